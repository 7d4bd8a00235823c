"""Wrong passphrase and damaged or foreign files: one clear error, no change."""

import datetime as dt
import os
import random
import sqlite3

import pytest

from mentorjournal.errors import JournalDamaged, JournalError, NotAJournal, WrongPassphrase
from mentorjournal.storage.journal import Journal
from mentorjournal.storage.models import Reflection
from tests.conftest import FAST, PASSPHRASE


@pytest.fixture
def closed_journal(journal_path):
    with Journal.create(journal_path, PASSPHRASE, kdf=FAST):
        for i in range(40):
            Reflection.create(
                written_at=dt.datetime(2026, 1, 1) + dt.timedelta(days=i),
                title=f"entry {i}",
                body="text " * 400,
            )
    return journal_path


def _snapshot(folder):
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}


def _open_and_read_everything(path, passphrase=PASSPHRASE):
    with Journal.open(path, passphrase) as j:
        problems = j.verify()
        if problems:
            raise JournalDamaged(problems[0])
        list(Reflection.select())


def _assert_clear_error(path, expected, match, passphrase=PASSPHRASE):
    before = _snapshot(path.parent)
    with pytest.raises(expected, match=match) as info:
        _open_and_read_everything(path, passphrase)
    message = str(info.value)
    assert "\n" not in message and "Traceback" not in message
    assert _snapshot(path.parent) == before  # byte-identical, and no new files


def test_wrong_passphrase(closed_journal):
    _assert_clear_error(
        closed_journal, WrongPassphrase, "Wrong passphrase or damaged file", "not it"
    )


def test_wrong_passphrase_differs_by_one_character(closed_journal):
    _assert_clear_error(closed_journal, WrongPassphrase, "Wrong passphrase", PASSPHRASE[:-1] + "F")


def test_zero_byte_file(tmp_path):
    path = tmp_path / "empty.mjournal"
    path.touch()
    _assert_clear_error(path, NotAJournal, "empty")


def test_random_bytes(tmp_path):
    path = tmp_path / "noise.mjournal"
    path.write_bytes(random.Random(5).randbytes(8192))
    _assert_clear_error(path, JournalError, "not a MentorJournal journal|Wrong passphrase")


def test_random_bytes_that_look_like_our_profile(tmp_path):
    path = tmp_path / "noise.mjournal"
    path.write_bytes(bytes([FAST.ident]) + random.Random(6).randbytes(8191))
    _assert_clear_error(path, WrongPassphrase, "Wrong passphrase or damaged file")


def test_plain_sqlite_database(tmp_path):
    path = tmp_path / "plain.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t(x)")
    conn.commit()
    conn.close()
    _assert_clear_error(path, NotAJournal, "unencrypted SQLite database")


def test_other_kind_of_file(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("just some notes\n" * 10)
    _assert_clear_error(path, NotAJournal, "not a MentorJournal journal")


@pytest.mark.parametrize("cut", ["half", "one-page", "odd-size"])
def test_truncated_file(closed_journal, cut):
    data = closed_journal.read_bytes()
    size = {"half": len(data) // 2 // 4096 * 4096, "one-page": 4096, "odd-size": len(data) - 100}[
        cut
    ]
    closed_journal.write_bytes(data[:size])
    _assert_clear_error(closed_journal, JournalError, "truncated|damaged|not a MentorJournal")


@pytest.mark.parametrize("where", ["salt", "page-1", "middle", "last-page"])
def test_flipped_byte(closed_journal, where):
    data = bytearray(closed_journal.read_bytes())
    offset = {
        "salt": 3,
        "page-1": 2000,
        "middle": len(data) // 2 + 77,
        "last-page": len(data) - 50,
    }[where]
    data[offset] ^= 0x01
    closed_journal.write_bytes(bytes(data))
    _assert_clear_error(
        closed_journal, JournalError, "damaged|Wrong passphrase|not a MentorJournal"
    )


def test_unreadable_file_gives_a_clear_error(closed_journal):
    if os.geteuid() == 0:
        # root reads anything; make it a folder-sized problem instead
        closed_journal.unlink()
        closed_journal.mkdir()
        with pytest.raises(JournalError, match="folder"):
            Journal.open(closed_journal, PASSPHRASE)
        return
    closed_journal.chmod(0)
    with pytest.raises(JournalError, match="Cannot read"):
        Journal.open(closed_journal, PASSPHRASE)
