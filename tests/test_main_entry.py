"""main.py sends window options to the window and everything else to the CLI."""

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
import main  # noqa: E402


@pytest.mark.parametrize(
    ("args", "window"),
    [
        ([], True),
        (["--demo"], True),
        (["--journal", "x.mjournal"], True),
        (["--journal=x"], True),
        (["--journal", "x", "list"], False),
        (["list"], False),
        (["--help"], False),
        (["--journal"], False),
        (["verify", "--journal", "x"], False),
    ],
)
def test_routing(args, window):
    assert main.wants_window(args) is window


def test_journal_option_before_a_command_reaches_the_cli(tmp_path):
    result = subprocess.run(
        [
            sys.executable,
            str(ROOT / "main.py"),
            "--journal",
            str(tmp_path / "none.mjournal"),
            "verify",
        ],
        capture_output=True,
        text=True,
        timeout=60,
        env={"MENTORJOURNAL_PASSPHRASE": "x", "PATH": ""},
    )
    assert result.returncode == 1
    assert "No journal at" in result.stderr and "Traceback" not in result.stderr
