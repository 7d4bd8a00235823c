"""scripts/find-python: picks Python 3.12+, or says how to get one on this system."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "scripts" / "find-python"

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="a POSIX shell script")


def stub(path: Path, text: str) -> None:
    path.write_text(text, encoding="utf-8")
    path.chmod(0o755)


def system(tmp_path: Path, *, python3_version: str | None, apt_candidate: str | None) -> Path:
    """A PATH with the shell tools the script uses, a python3 of the given version and an apt."""
    bindir = tmp_path / "bin"
    bindir.mkdir()
    for tool in ("sh", "sed", "tail", "tr", "id", "uname"):
        (bindir / tool).symlink_to(shutil.which(tool))
    if python3_version is not None:
        ok = 0 if tuple(int(n) for n in python3_version.split(".")[:2]) >= (3, 12) else 1
        stub(
            bindir / "python3",
            f'#!/bin/sh\ncase "$2" in *platform*) echo {python3_version};; *) exit {ok};; esac\n',
        )
    if apt_candidate is not None:
        stub(bindir / "apt-get", "#!/bin/sh\nexit 0\n")
        stub(
            bindir / "apt-cache",
            f"#!/bin/sh\necho 'python3:'\necho '  Candidate: {apt_candidate}'\n",
        )
    return bindir


def run(bindir: Path, tmp_path: Path, **env: str) -> subprocess.CompletedProcess:
    environment = {
        "PATH": str(bindir),
        "HOME": str(tmp_path / "home"),
        "PYENV_ROOT": str(tmp_path / "none"),
    }
    environment.update(env)
    return subprocess.run(
        [str(bindir / "sh"), str(SCRIPT)],
        capture_output=True,
        text=True,
        timeout=60,
        env=environment,
    )


def test_a_new_enough_python3_is_chosen(tmp_path):
    bindir = system(tmp_path, python3_version="3.13.5", apt_candidate=None)
    result = run(bindir, tmp_path)
    assert result.returncode == 0 and result.stdout.strip() == str(bindir / "python3")


def test_python_names_one(tmp_path):
    bindir = system(tmp_path, python3_version="3.11.2", apt_candidate=None)
    result = run(bindir, tmp_path, PYTHON=sys.executable)
    assert result.returncode == 0 and result.stdout.strip() == sys.executable


def test_debian_12_is_told_about_uv(tmp_path):
    bindir = system(tmp_path, python3_version="3.11.2", apt_candidate="3.11.2-1+b1")
    result = run(bindir, tmp_path)
    assert result.returncode == 1 and result.stdout == ""
    assert "3.11.2" in result.stderr
    assert (
        "apt-get install pipx && pipx install uv && ~/.local/bin/uv python install 3.12"
        in result.stderr
    )
    assert "PYTHON=/path/to/python3.12" in result.stderr


def test_debian_13_without_python_is_told_the_apt_command(tmp_path):
    bindir = system(tmp_path, python3_version=None, apt_candidate="3.13.5-1")
    result = run(bindir, tmp_path)
    assert result.returncode == 1
    assert "there is no python3 here" in result.stderr
    assert "apt-get install python3 python3-venv" in result.stderr


def test_a_uv_managed_python_is_found(tmp_path):
    bindir = system(tmp_path, python3_version="3.11.2", apt_candidate=None)
    uv_python = (
        tmp_path
        / "home"
        / ".local"
        / "share"
        / "uv"
        / "python"
        / "cpython-3.12.8-linux-x86_64-gnu"
        / "bin"
    )
    uv_python.mkdir(parents=True)
    (uv_python / "python3").symlink_to(sys.executable)
    result = run(bindir, tmp_path)
    assert result.returncode == 0 and result.stdout.strip() == str(uv_python / "python3")
