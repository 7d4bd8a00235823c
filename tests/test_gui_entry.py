"""``mentorjournal-gui``: its arguments, and a clean end on SIGTERM.

The entry point is ``ui.app:main`` called with no arguments, so it must read
``sys.argv`` itself; each process here starts it that way.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import mentorjournal
from ui.app import parse_args

ROOT = Path(__file__).resolve().parent.parent
#: What the installed mentorjournal-gui script does.
ENTRY = "import sys; from ui.app import main; sys.exit(main())"


def gui_env(tmp_path: Path) -> dict[str, str]:
    """Offscreen, with home, settings, data and temporary folders of the test's own."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "MENTORJOURNAL_"))}
    home = tmp_path / "home"
    (home / "tmp").mkdir(parents=True, exist_ok=True)
    env.update(
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CACHE_HOME=str(home / "cache"),
        XDG_RUNTIME_DIR=str(home / "run"),
        TMPDIR=str(home / "tmp"),
        MENTORJOURNAL_DATA_DIR=str(home / "journals"),
        QT_QPA_PLATFORM="offscreen",
        PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring",
    )
    (home / "run").mkdir(mode=0o700, exist_ok=True)
    return env


def run_gui(tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", ENTRY, *args],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
        env=gui_env(tmp_path),
        stdin=subprocess.DEVNULL,
    )


# -- arguments --------------------------------------------------------------------------


def test_help_answers_without_opening_a_window(tmp_path):
    result = run_gui(tmp_path, "--help")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("usage: mentorjournal-gui")
    for option in ("JOURNAL", "--journal PATH", "--demo", "--version"):
        assert option in result.stdout


def test_version(tmp_path):
    result = run_gui(tmp_path, "--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"mentorjournal-gui {mentorjournal.__version__}"


def test_an_unknown_option_is_a_usage_error(tmp_path):
    result = run_gui(tmp_path, "--frobnicate")
    assert result.returncode == 2
    assert (
        "unrecognized arguments: --frobnicate" in result.stderr and "Traceback" not in result.stderr
    )


def test_a_journal_path_as_the_argument():
    options = parse_args(["/home/me/j.mjournal"])
    assert options.journal == Path("/home/me/j.mjournal") and not options.demo


def test_the_journal_option():
    assert parse_args(["--journal", "x.mjournal"]).journal == Path("x.mjournal")
    assert parse_args([]).journal is None and not parse_args([]).demo
    assert parse_args(["--demo"]).demo


@pytest.mark.parametrize(
    "args",
    [
        ["a.mjournal", "--journal", "b.mjournal"],
        ["--demo", "a.mjournal"],
        ["a.mjournal", "b.mjournal"],
    ],
)
def test_conflicting_journals_are_refused(args, capsys):
    with pytest.raises(SystemExit) as exit_info:
        parse_args(args)
    assert exit_info.value.code == 2
    assert "usage: mentorjournal-gui" in capsys.readouterr().err


# -- SIGTERM ----------------------------------------------------------------------------


def demo_folders(tmp_path: Path) -> list[Path]:
    return sorted((tmp_path / "home" / "tmp").glob("mentorjournal-demo-*"))


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="no SIGTERM to send on Windows")
def test_sigterm_on_the_demo_removes_its_temporary_journal(tmp_path):
    process = subprocess.Popen(
        [sys.executable, "-c", ENTRY, "--demo"],
        cwd=ROOT,
        env=gui_env(tmp_path),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline and process.poll() is None:
            folders = demo_folders(tmp_path)
            if folders and any(folders[0].glob("*.mjournal")):
                break
            time.sleep(0.1)
        folders = demo_folders(tmp_path)
        assert process.poll() is None, process.communicate()[1]
        assert folders and any(folders[0].glob("*.mjournal")), "the demo journal was never made"
        time.sleep(0.5)  # the unlock page with the demo passphrase is up
        process.send_signal(signal.SIGTERM)
        _out, err = process.communicate(timeout=60)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    assert process.returncode == 128 + signal.SIGTERM, (
        err
    )  # its own handler ran, not the default death
    assert "ending on signal SIGTERM" in err
    assert demo_folders(tmp_path) == []


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="no SIGTERM to send on Windows")
def test_sigterm_on_the_start_page_ends_at_once(tmp_path):
    process = subprocess.Popen(
        [sys.executable, "-c", ENTRY],
        cwd=ROOT,
        env=gui_env(tmp_path),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        time.sleep(3)  # the start dialog is up (a modal event loop of its own)
        assert process.poll() is None, process.communicate()[1]
        started = time.monotonic()
        process.send_signal(signal.SIGTERM)
        process.communicate(timeout=30)
        assert time.monotonic() - started < 10
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    assert process.returncode == 128 + signal.SIGTERM
