# MentorJournal: `make run` starts the app, `make test` runs every test.
# Both create .venv with a suitable Python (3.12+) and install what is needed.

VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp
export QT_QPA_PLATFORM ?= offscreen

.PHONY: run demo test lint bench screenshots clean

$(STAMP): pyproject.toml
	@python=$$(./scripts/find-python) || exit 1; \
	if [ -x $(PY) ] && ! $(PY) -c 'import sys; sys.exit(sys.version_info < (3, 12))'; then rm -rf $(VENV); fi; \
	[ -x $(PY) ] || $$python -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	@touch $(STAMP)

run: $(STAMP)
	QT_QPA_PLATFORM= $(PY) main.py $(ARGS)

demo: $(STAMP)
	QT_QPA_PLATFORM= $(PY) main.py --demo

test: $(STAMP)
	$(PY) -m pytest $(PYTEST_ARGS)

lint: $(STAMP)  # style, types of the core, the layers, no cycles or private names
	$(PY) -m ruff check .
	$(PY) -m mypy
	$(VENV)/bin/lint-imports
	$(PY) scripts/check_shape.py

bench: $(STAMP)
	$(PY) -m pip install --quiet -e '.[bench]' || echo "jrnl could not be installed: the comparison with it is skipped"
	$(PY) bench/run.py $(ARGS)
	$(PY) bench/jrnl_compare.py

screenshots: $(STAMP)  # a real X server when there is one (xvfb-run -a make screenshots), else offscreen
	QT_QPA_PLATFORM=$$([ -n "$$DISPLAY" ] && echo xcb || echo offscreen) $(PY) scripts/screenshots.py

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .hypothesis build *.egg-info
