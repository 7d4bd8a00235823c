"""The first window imports only what it shows (issue 14, "cold start to the first window").

A real start in a fresh process: the start dialog is painted before the
database layer, key derivation, the keychain, the Markdown renderer or the
main window are imported; typing the passphrase and Enter then opens the
journal in the main window (which loads them). Speed itself is measured in
bench/ (``bench/run.py --only start``), never here.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.conftest import PASSPHRASE
from tests.test_gui_entry import gui_env

ROOT = Path(__file__).resolve().parents[2]


def start(tmp_path: Path, journal: Path, passphrase: str) -> list[dict]:
    done = subprocess.run(
        [sys.executable, "-m", "tests.ui.first_window_child", str(journal)],
        input=passphrase + "\n",
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
        env=gui_env(tmp_path),
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert PASSPHRASE not in done.stdout + done.stderr  # never printed or logged
    return [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]


def test_the_start_dialog_shows_before_the_heavy_modules_load_and_enter_unlocks(
    tmp_path, journal_file
):
    painted, focus, opened = start(tmp_path, journal_file, PASSPHRASE)
    assert painted["painted"] == "MentorJournal"
    assert painted["loaded"] == []  # nothing of the database, the KDF or the main window yet
    assert painted["qt"] is False  # PySide's Qt namespace (all its enums) not made yet
    assert focus["focus"] == "QLineEdit"  # the passphrase field has the focus
    assert opened["opened"] is True
    assert opened["path"] == str(journal_file)
    # Unlocking loaded them: the list above is not empty because the names are wrong.
    assert {"peewee", "sqlcipher3", "argon2", "ui.main_window"} <= set(opened["loaded"])
    assert opened["qt"] is True  # and the check above can fail
