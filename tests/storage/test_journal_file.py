"""The encrypted journal file: create, open, settings, and what never leaks."""

import contextlib
import datetime as dt
import os
import sqlite3
import subprocess
import sys

import pytest

from mentorjournal.errors import InvalidPassphrase, JournalExists, JournalNotFound, WrongPassphrase
from mentorjournal.storage import crypto, fsutil, migrations
from mentorjournal.storage.backups import Backups
from mentorjournal.storage.journal import Journal
from mentorjournal.storage.models import Person, Reflection
from tests.conftest import FAST, PASSPHRASE

MARKER = "ZQXJ-private-marker-7731"


def test_create_then_open_with_the_same_passphrase(journal_path):
    with Journal.create(journal_path, PASSPHRASE, kdf=FAST) as j:
        Reflection.create(written_at=dt.datetime(2026, 1, 2, 9), title="First", body="hello")
        journal_id = j.journal_id
    with Journal.open(journal_path, PASSPHRASE) as j:
        assert j.journal_id == journal_id
        assert [r.title for r in Reflection.select()] == ["First"]


def test_real_kdf_create_and_open(journal_path):
    with Journal.create(journal_path, "real kdf", kdf=crypto.STANDARD) as j:
        assert j.meta("kdf") == "standard"
    with Journal.open(journal_path, "real kdf") as j:
        assert j.verify() == []
    assert journal_path.read_bytes()[0] == crypto.STANDARD.ident


def test_connection_settings_are_set_and_verified(journal):
    assert journal.db.settings() == {
        "journal_mode": "wal",
        "synchronous": "2",  # FULL
        "foreign_keys": "1",
        "temp_store": "2",  # MEMORY
        "busy_timeout": "5000",
    }


def test_file_is_sqlcipher_not_sqlite(journal, journal_path):
    head = journal_path.read_bytes()[:16]
    assert head != b"SQLite format 3\x00"
    with (
        pytest.raises(sqlite3.DatabaseError),
        contextlib.closing(sqlite3.connect(journal_path)) as plain,
    ):
        plain.execute(
            "SELECT * FROM sqlite_master"
        ).fetchall()  # closed: Python 3.13 warns of a leak


def test_open_works_with_the_sqlcipher_shell_recipe(journal, journal_path):
    """docs/SECURITY.md: raw key via PRAGMA key = "x'...'" opens the file."""
    from sqlcipher3 import dbapi2

    Person.create(name="Ada", relation="mentor")
    key = crypto.key_from_recovery(journal.recovery_key(), journal_path.read_bytes()[:16])
    conn = dbapi2.connect(str(journal_path))
    conn.execute(f"PRAGMA key = \"x'{key.key.hex()}'\"")
    assert conn.execute("SELECT name FROM person").fetchall() == [("Ada",)]
    conn.close()


def test_creating_needs_a_nonempty_passphrase(journal_path):
    with pytest.raises(InvalidPassphrase):
        Journal.create(journal_path, "", kdf=FAST)
    assert not journal_path.exists()
    assert list(journal_path.parent.iterdir()) == []


def test_creating_over_an_existing_file_is_refused(tmp_path):
    path = tmp_path / "taken.mjournal"
    path.write_bytes(b"keep me")
    with pytest.raises(JournalExists):
        Journal.create(path, PASSPHRASE, kdf=FAST)
    assert path.read_bytes() == b"keep me"


def test_opening_a_missing_path_never_creates_a_journal(tmp_path):
    path = tmp_path / "nope.mjournal"
    with pytest.raises(JournalNotFound, match="No journal at"):
        Journal.open(path, PASSPHRASE)
    assert not path.exists() and list(tmp_path.iterdir()) == []


def test_opening_a_folder_is_a_clear_error(tmp_path):
    with pytest.raises(JournalNotFound, match="folder"):
        Journal.open(tmp_path, PASSPHRASE)


@pytest.mark.parametrize("passphrase", ["émoji 🔐", "nul\x00byte", "\ud800", "  spaces  ", "x'00'"])
def test_odd_passphrases_work_exactly_as_typed(tmp_path, passphrase):
    path = tmp_path / "odd.mjournal"
    Journal.create(path, passphrase, kdf=FAST).close()
    Journal.open(path, passphrase).close()
    with pytest.raises(WrongPassphrase):
        Journal.open(path, passphrase.strip() + "!")


def _files(folder):
    return sorted(p.name for p in folder.rglob("*") if p.is_file())


def test_marker_never_appears_in_any_file_bytes(journal, journal_path):
    """Journal, -wal, -shm and backups hold only ciphertext."""
    body = f"{MARKER} " * 2000
    Reflection.create(written_at=dt.datetime(2026, 3, 1), title=MARKER, body=body)
    Person.create(name=MARKER, relation="contact", notes=MARKER)
    backups = Backups(journal_path)
    backups.create(journal, reason="test")
    needles = [MARKER.encode(), MARKER.encode("utf-16-le"), MARKER.lower().encode()]

    def scan():
        files = [p for p in journal_path.parent.rglob("*") if p.is_file()]
        assert any(p.name.endswith("-wal") for p in files)  # the WAL was there to check
        for path in files:
            data = path.read_bytes()
            for needle in needles:
                assert needle not in data, f"plaintext in {path.name}"
        return files

    scanned = scan()
    assert {p.suffix for p in scanned} >= {".mjournal", ".mjbackup"}
    journal.close()
    for path in journal_path.parent.rglob("*"):
        if path.is_file():
            assert all(n not in path.read_bytes() for n in needles)


def test_newer_schema_is_refused_and_file_untouched(journal, journal_path):
    journal.db.execute_sql(f"PRAGMA user_version = {migrations.SCHEMA_VERSION + 1}")
    key = journal.key.copy()  # the journal's own copy is wiped when it closes
    journal.close()
    before = journal_path.read_bytes()
    from mentorjournal.errors import NewerJournal

    with pytest.raises(NewerJournal, match="newer MentorJournal"):
        Journal.open_with_key(journal_path, key)
    assert journal_path.read_bytes() == before


def test_stale_temp_files_from_a_crash_are_cleaned_on_open(journal, journal_path):
    key = journal.key.copy()
    journal.close()
    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    )
    mine = fsutil.temp_path_for(journal_path, "rekey")
    stale = mine.with_name(mine.name.replace(f"-{os.getpid()}-", f"-{dead.stdout.strip()}-"))
    stale.write_bytes(os.urandom(4096))
    Journal.open_with_key(journal_path, key).close()
    assert not stale.exists()
