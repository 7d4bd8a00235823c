"""docs/SECURITY.md's "if this app disappeared" steps, run exactly as written."""

from __future__ import annotations

import re
import sqlite3
import subprocess
import sys
from pathlib import Path

from mentorjournal.domain import records
from mentorjournal.storage import crypto
from mentorjournal.storage.journal import Journal
from tests.conftest import PASSPHRASE

DOC = Path(__file__).resolve().parents[2] / "docs" / "SECURITY.md"


def blocks(language: str) -> list[str]:
    section = DOC.read_text(encoding="utf-8").split("## Opening a journal without MentorJournal")[1]
    section = section.split("\n## ")[0]
    return re.findall(rf"```{language}\n(.*?)```", section, re.S)


def test_the_documented_python_path_writes_a_plain_copy(tmp_path):
    install, run = blocks("sh")
    assert install.strip() == "pip install sqlcipher3 argon2-cffi"
    [script] = blocks("python")
    (tmp_path / "mj_export.py").write_text(script, encoding="utf-8")
    journal = tmp_path / "journal.mjournal"
    with Journal.create(journal, PASSPHRASE, kdf=crypto.STANDARD):  # the real parameters
        records.create("reflection", title="still mine", body="if the app is gone")
    command = run.strip().split()
    assert command[:2] == ["python3", "mj_export.py"]
    result = subprocess.run(
        [sys.executable, *command[1:]],
        cwd=tmp_path,
        input=PASSPHRASE + "\n",
        capture_output=True,
        text=True,
        timeout=120,
        start_new_session=True,  # no terminal: getpass reads the passphrase from stdin
    )
    assert result.returncode == 0, result.stderr
    with sqlite3.connect(tmp_path / "plain.sqlite") as plain:
        rows = plain.execute("SELECT title, body FROM reflection").fetchall()
    assert rows == [("still mine", "if the app is gone")]
