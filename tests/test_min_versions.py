"""scripts/min_versions.py: the floors of pyproject.toml become exact pins for make test-minimums."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
spec = importlib.util.spec_from_file_location("min_versions", ROOT / "scripts" / "min_versions.py")
min_versions = importlib.util.module_from_spec(spec)
sys.modules["min_versions"] = min_versions
spec.loader.exec_module(min_versions)


def test_every_dependency_is_pinned_at_its_floor():
    floors = min_versions.floors()
    assert floors["PySide6-Essentials"] == floors["shiboken6"] == "6.9.0"
    assert set(floors) == {
        "PySide6-Essentials",
        "shiboken6",
        "cryptography",
        "PyYAML",
        "shtab",
        "sqlcipher3",
        "peewee",
        "argon2-cffi",
        "keyring",
        "markdown-it-py",
        "platformdirs",
        "zxcvbn",
    }  # tzdata is for Windows only: its marker leaves it out here


def test_a_dependency_for_another_platform_is_left_out(tmp_path):
    pyproject = tmp_path / "pyproject.toml"
    pyproject.write_text(
        '[project]\nname = "x"\ndependencies = [\'tzdata>=2024.1; sys_platform == "win32"\','
        " 'peewee>=3.17.0; sys_platform != \"win32\"']\n",
        encoding="utf-8",
    )
    assert min_versions.floors(pyproject) == {"peewee": "3.17.0"}


def test_a_dependency_without_a_floor_is_an_error(tmp_path):
    pyproject = tmp_path / "pyproject.toml"
    pyproject.write_text(
        '[project]\nname = "x"\ndependencies = ["peewee>=3.17", "markdown"]\n', encoding="utf-8"
    )
    with pytest.raises(SystemExit, match="markdown has no >= floor"):
        min_versions.floors(pyproject)


def test_constraints_and_verify(capsys):
    from importlib import metadata

    assert min_versions.main(["constraints"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert "PySide6-Essentials==6.9.0" in lines and "peewee==3.17.0" in lines
    at_floors = all(metadata.version(n) == v for n, v in min_versions.floors().items())
    assert min_versions.main(["verify"]) == (0 if at_floors else 1)  # .venv-min: 0; .venv: newer, 1
    out = capsys.readouterr().out
    assert "peewee" in out and "(floor 3.17.0)" in out
