# MentorJournal: `make run` starts the app, `make test` runs every test.
# Both first check the system packages Qt needs (scripts/system_check.py: installs
# what is missing with apt-get/dnf/pacman/zypper, or prints the command), then
# create .venv with a suitable Python (3.12+, scripts/find-python) and install
# the project into it.
#
# SYSTEM_CHECK=install (default) | check (only report) | skip
# PYTHON=/path/to/python3.12 picks the interpreter for a new .venv.

VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp
SYSTEM_CHECK ?= install
export PYTHON

# The tests run against the declared minimum versions: the core's (sqlcipher3, peewee,
# argon2-cffi, keyring, markdown-it-py, platformdirs) and the UI tests that PySide6 6.8 fails.
MIN_VENV ?= .venv-min
MIN_TESTS ?= tests/cli/test_completion.py tests/storage --ignore=tests/storage/test_crash.py tests/text tests/domain tests/exchange \
	tests/test_distribution.py tests/ui/test_start_dialog.py tests/ui/test_backup_ui.py tests/ui/test_app.py \
	tests/ui/test_insights.py

.PHONY: run demo test lint bench screenshots clean system-check test-wheel test-minimums dist translations \
	install-desktop uninstall-desktop man
.DEFAULT_GOAL := $(STAMP)

# `make run` needs what the app needs; `make test` also the tools of the tests.
CHECK_FOR := $(if $(filter test test-%,$(MAKECMDGOALS)),test,run)

system-check:
ifneq ($(SYSTEM_CHECK),skip)
	@python=$$(./scripts/find-python) || exit 1; \
	venv=""; $(PY) -c "import pip" >/dev/null 2>&1 || venv="--venv-python $$python"; \
	$$python scripts/system_check.py --for $(CHECK_FOR) $$venv $(if $(filter check,$(SYSTEM_CHECK)),--check,--install)
endif

$(STAMP): pyproject.toml setup.py | system-check
	@python=$$(./scripts/find-python) || exit 1; \
	if [ -x $(PY) ] && ! $(PY) -c 'import sys; sys.exit(sys.version_info < (3, 12))'; then rm -rf $(VENV); fi; \
	if [ -d $(VENV) ] && ! $(PY) -c "import pip" >/dev/null 2>&1; then rm -rf $(VENV); fi; \
	[ -x $(PY) ] || $$python -m venv $(VENV) || { rm -rf $(VENV); exit 1; }
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	@touch $(STAMP)

# The compiled translations (.qm, not committed) from resources/i18n/*.ts (docs/TRANSLATIONS.md).
TS := $(wildcard resources/i18n/mentorjournal_*.ts)
QM := $(TS:.ts=.qm)
$(QM): %.qm: %.ts | $(STAMP)
	$(PY) scripts/translations.py compile
translations: $(QM)

# QT_QPA_PLATFORM passes through as it is (unset: Qt picks xcb or wayland).
run: $(STAMP) $(QM)
	$(PY) main.py $(ARGS)

demo: $(STAMP) $(QM)
	$(PY) main.py --demo

test: $(STAMP) $(QM)
	QT_QPA_PLATFORM=$${QT_QPA_PLATFORM:-offscreen} $(PY) -m pytest $(PYTEST_ARGS)

lint: $(STAMP)  # style, types of the core, the layers, no cycles or private names
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .
	$(PY) -m mypy
	$(VENV)/bin/lint-imports
	$(PY) scripts/check_shape.py

# The built wheel installed with its dependencies into a new venv (from the package index).
test-wheel: $(STAMP)
	QT_QPA_PLATFORM=$${QT_QPA_PLATFORM:-offscreen} $(PY) scripts/check_wheel.py --with-deps

# The declared minimum versions (pyproject.toml's >= floors, exactly) with a subset of the tests.
test-minimums: | system-check
	@python=$$(./scripts/find-python) || exit 1; rm -rf $(MIN_VENV); $$python -m venv $(MIN_VENV)
	$(MIN_VENV)/bin/python scripts/min_versions.py constraints > $(MIN_VENV)/constraints.txt
	$(MIN_VENV)/bin/python -m pip install --quiet --upgrade pip
	$(MIN_VENV)/bin/python -m pip install --quiet -c $(MIN_VENV)/constraints.txt -e '.[test]'
	$(MIN_VENV)/bin/python scripts/min_versions.py verify
	$(MIN_VENV)/bin/python scripts/translations.py compile
	QT_QPA_PLATFORM=$${QT_QPA_PLATFORM:-offscreen} $(MIN_VENV)/bin/python -m pytest $(PYTEST_ARGS) $(MIN_TESTS)

# The man page, from the command line's parser (tests/cli/test_manpage.py checks it is current).
man: $(STAMP)
	$(PY) scripts/make_manpage.py packaging/mentorjournal.1

dist: $(STAMP)
	rm -rf dist
	$(PY) -m build --no-isolation --outdir dist .

# The menu entry, icons, MIME type and metainfo for this user (XDG_DATA_HOME, ~/.local/share).
# Exec= is mentorjournal-gui from PATH (pipx) if there is one, else this checkout's .venv.
install-desktop:
	@exec=$$(command -v mentorjournal-gui) || { $(MAKE) --no-print-directory $(STAMP) && exec="$(CURDIR)/$(VENV)/bin/mentorjournal-gui"; }; \
	./scripts/desktop-integration install "$$exec"

uninstall-desktop:
	./scripts/desktop-integration uninstall

# Figures, not tests: one table at 1, 10, 30 and 100 years plus the jrnl comparison (see
# bench/run.py). ARGS="--quick", ARGS="--years 10 --only search", ARGS="--save before",
# ARGS="--compare bench/baseline/before.json". Journals are cached in bench/cache/.
bench: $(STAMP)
	QT_QPA_PLATFORM=$${QT_QPA_PLATFORM:-offscreen} $(PY) bench/run.py $(ARGS)

screenshots: $(STAMP) $(QM)  # a real X server when there is one (xvfb-run -a make screenshots), else offscreen
	QT_QPA_PLATFORM=$$([ -n "$$DISPLAY" ] && echo xcb || echo offscreen) $(PY) scripts/screenshots.py $(ARGS)  # ARGS="--language de"

clean:
	rm -rf $(VENV) $(MIN_VENV) resources/i18n/*.qm .pytest_cache .ruff_cache .hypothesis build dist *.egg-info
