"""The wheel is the app: built, installed into a new venv and started from there.

``scripts/check_wheel.py`` does the same as a script (``make test-wheel`` there
also installs the dependencies from the package index, in CI). Here the new
venv borrows this venv's dependencies (PySide6 and the rest, through a
``.pth`` file), so the test needs no network; the wheel's own files still come
first, and every probe runs outside the checkout.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
spec = importlib.util.spec_from_file_location("check_wheel", ROOT / "scripts" / "check_wheel.py")
check_wheel = importlib.util.module_from_spec(spec)
sys.modules["check_wheel"] = check_wheel
spec.loader.exec_module(check_wheel)


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> tuple[Path, Path]:
    return check_wheel.build(tmp_path_factory.mktemp("dist"))


@pytest.fixture(scope="module")
def installed(built, tmp_path_factory) -> tuple[Path, Path]:
    """The new venv's python, and a folder outside the checkout to run it from."""
    base = tmp_path_factory.mktemp("installed")
    python = check_wheel.make_venv(base / "venv", share_deps=True)
    check_wheel.install(python, built[0], with_deps=False)
    outside = base / "elsewhere"
    outside.mkdir()
    return python, outside


def test_the_wheel_holds_the_packages_and_their_data(built):
    names = set(check_wheel.wheel_names(built[0]))
    assert {f"mentorjournal/_resources/templates/{t}" for t in check_wheel.TEMPLATES} <= names
    assert {f"mentorjournal/_resources/icons/{i}" for i in check_wheel.ICONS} <= names
    assert {
        "mentorjournal/__init__.py",
        "mentorjournal/resources.py",
        "mentorjournal/cli/app.py",
        "ui/__init__.py",
        "ui/app.py",
    } <= names
    assert any(n.endswith(".dist-info/licenses/LICENSE") for n in names)
    tops = {n.split("/", 1)[0] for n in names if not n.split("/", 1)[0].endswith(".dist-info")}
    data = {top for top in tops if top.endswith(".data")}
    assert tops - data == {"mentorjournal", "ui"}  # no tests, scripts, or a loose resources/
    # the man page only, installed as share/man/man1/mentorjournal.1
    assert {n.split("/", 1)[1] for n in names if n.split("/", 1)[0] in data} == {
        "data/share/man/man1/mentorjournal.1"
    }


def test_the_wheel_metadata_says_mit_and_pipx(built):
    import zipfile

    with zipfile.ZipFile(built[0]) as archive:
        metadata = archive.read(
            next(n for n in archive.namelist() if n.endswith(".dist-info/METADATA"))
        ).decode()
        entry_points = archive.read(
            next(n for n in archive.namelist() if n.endswith("entry_points.txt"))
        ).decode()
    assert "License-Expression: MIT" in metadata
    assert "pipx install" in metadata  # the README, its long description, says how to install it
    assert "mentorjournal = mentorjournal.cli.app:main" in entry_points
    assert "mentorjournal-gui = ui.app:main" in entry_points


def test_the_sdist_holds_what_make_test_and_the_packaging_need(built):
    names = set(check_wheel.sdist_names(built[1]))
    tracked = {
        "LICENSE",
        "README.md",
        "Makefile",
        "main.py",
        "setup.py",
        "pyproject.toml",
        "scripts/find-python",
        "scripts/system_check.py",
        "packaging/mentorjournal.spec",
        "packaging/linux/io.github.mentorjournal.MentorJournal.mime.xml",
    }
    assert tracked <= names
    for folder in ("resources", "tests", "packaging"):
        on_disk = {
            p.relative_to(ROOT).as_posix()
            for p in (ROOT / folder).rglob("*")
            if p.is_file() and "__pycache__" not in p.parts
        }
        assert on_disk <= names, sorted(on_disk - names)[:5]


def test_installed_commands_answer(installed):
    python, outside = installed
    version = check_wheel.run_installed(
        python, str(python.parent / "mentorjournal"), "--version", cwd=outside
    )
    assert version.returncode == 0 and "0." in version.stdout
    helped = check_wheel.run_installed(
        python, str(python.parent / "mentorjournal-gui"), "--help", cwd=outside
    )
    assert helped.returncode == 0, helped.stderr
    assert (
        "usage: mentorjournal-gui" in helped.stdout
        and "--demo" in helped.stdout
        and "JOURNAL" in helped.stdout
    )


def test_the_installed_app_finds_its_templates_and_icon(installed):
    python, outside = installed
    probe = check_wheel.run_installed(python, str(python), "-c", check_wheel.PROBE, cwd=outside)
    assert probe.returncode == 0, probe.stderr
    found = json.loads(probe.stdout.strip().splitlines()[-1])
    venv_root = str(python.parent.parent)
    assert found["mentorjournal"].startswith(venv_root) and found["ui"].startswith(venv_root)
    assert found["templates_folder"].startswith(venv_root)
    assert found["templates"] == sorted(Path(t).stem for t in check_wheel.TEMPLATES)
    assert found["icon_folder"].startswith(venv_root)
    assert not found["icon_null"] and {16, 512} <= set(found["icon_sizes"])
