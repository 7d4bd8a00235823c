"""The Makefile's recipes, read with ``make -n`` (printed, not run)."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def dry_run(*args: str, **env: str) -> list[str]:
    environment = {
        k: v for k, v in os.environ.items() if k not in ("MAKEFLAGS", "MFLAGS", "SYSTEM_CHECK")
    }
    environment.update(env)
    result = subprocess.run(
        ["make", "-n", "--no-print-directory", "-C", str(ROOT), *args],
        capture_output=True,
        text=True,
        timeout=60,
        env=environment,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.splitlines()


def test_run_passes_qt_qpa_platform_through():
    lines = dry_run("run", QT_QPA_PLATFORM="offscreen")
    assert lines[-1].strip() == ".venv/bin/python main.py"
    assert not any("QT_QPA_PLATFORM" in line for line in lines)  # neither cleared nor set


def test_run_passes_args_to_main():
    assert (
        dry_run("run", "ARGS=/tmp/j.mjournal")[-1].strip()
        == ".venv/bin/python main.py /tmp/j.mjournal"
    )


def test_test_defaults_to_offscreen():
    assert dry_run("test")[-1].startswith(
        "QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen} .venv/bin/python -m pytest"
    )


def test_run_and_test_check_the_system_first():
    run = "\n".join(dry_run("run"))
    test = "\n".join(dry_run("test"))
    assert "scripts/system_check.py --for run" in run and "--install" in run
    assert "scripts/system_check.py --for test" in test
    assert "scripts/system_check.py" not in "\n".join(dry_run("run", "SYSTEM_CHECK=skip"))
    assert "--check" in "\n".join(dry_run("run", "SYSTEM_CHECK=check"))
