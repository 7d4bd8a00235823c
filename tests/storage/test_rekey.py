"""Changing the passphrase and the recovery key."""

import datetime as dt

import pytest

from mentorjournal.errors import InvalidPassphrase, JournalBusy, WrongPassphrase
from mentorjournal.storage import db
from mentorjournal.storage.backups import Backups
from mentorjournal.storage.journal import Journal
from mentorjournal.storage.models import Reflection
from tests.conftest import FAST, PASSPHRASE


def test_change_passphrase_keeps_content_and_swaps_keys(journal, journal_path):
    Reflection.create(written_at=dt.datetime(2026, 2, 2), title="kept", body="body")
    old_salt = journal_path.read_bytes()[:16]
    journal.change_passphrase("brand new ✓", kdf=FAST)
    assert [r.title for r in Reflection.select()] == ["kept"]  # still usable
    journal.close()
    assert journal_path.read_bytes()[:16] != old_salt  # new salt, new key
    with pytest.raises(WrongPassphrase):
        Journal.open(journal_path, PASSPHRASE)
    with Journal.open(journal_path, "brand new ✓") as j:
        assert j.verify() == []
        assert [r.title for r in Reflection.select()] == ["kept"]
    assert sorted(p.name for p in journal_path.parent.iterdir() if p.is_file()) == [
        "journal.mjournal"
    ]


def test_change_passphrase_refuses_empty_and_changes_nothing(journal, journal_path):
    with pytest.raises(InvalidPassphrase):
        journal.change_passphrase("")
    journal.close()
    Journal.open(journal_path, PASSPHRASE).close()


def test_change_passphrase_reports_progress_and_backs_up_first(journal, journal_path):
    Reflection.insert_many(
        [
            {"written_at": dt.datetime(2026, 1, 1), "title": str(i), "body": "z" * 3000}
            for i in range(300)
        ]
    ).execute()
    backups = Backups(journal_path)
    seen = []
    journal.change_passphrase(
        "next",
        kdf=FAST,
        progress=lambda done, total: seen.append((done, total)),
        before=lambda j: backups.create(j, "before-passphrase-change"),
    )
    assert seen and seen[-1][0] == seen[-1][1] > 1
    [backup] = backups.list()
    assert backup.reason == "before-passphrase-change"
    # The backup is still under the old passphrase.
    assert Reflection.select().count() == 300
    journal.close()
    with Journal.open(backup.path, PASSPHRASE):
        assert Reflection.select().count() == 300


def test_change_passphrase_fails_cleanly_while_another_connection_is_open(
    journal, journal_path, monkeypatch
):
    monkeypatch.setattr(db, "BUSY_TIMEOUT_MS", 300)
    Reflection.create(written_at=dt.datetime(2026, 1, 1), title="a")
    other = db.raw_connect(journal_path, journal.key)
    other.execute("SELECT count(*) FROM reflection").fetchone()
    try:
        with pytest.raises(JournalBusy, match="open in another"):
            journal.change_passphrase("next", kdf=FAST)
        # Both connections still work and the old passphrase still opens it.
        Reflection.create(written_at=dt.datetime(2026, 1, 2), title="b")
        assert other.execute("SELECT count(*) FROM reflection").fetchone()[0] == 2
    finally:
        other.close()
    assert [p.name for p in journal_path.parent.iterdir() if p.name.endswith(".tmp")] == []
    journal.close()
    Journal.open(journal_path, PASSPHRASE).close()


def test_recovery_key_opens_the_journal_and_sets_a_new_passphrase(tmp_path):
    path = tmp_path / "r.mjournal"
    with Journal.create(path, "forgotten", kdf=FAST, recovery_key=True) as j:
        recovery = j.recovery_key()
        Reflection.create(written_at=dt.datetime(2026, 1, 1), title="safe")
        assert j.meta("recovery_key") == "issued"
    with Journal.open_with_recovery_key(path, recovery) as j:
        assert [r.title for r in Reflection.select()] == ["safe"]
        j.change_passphrase("remembered now", kdf=FAST)
        fresh = j.recovery_key()
    with Journal.open(path, "remembered now") as j:
        assert Reflection.select().count() == 1
    # The key changed with the passphrase: the old recovery key is retired.
    with pytest.raises(WrongPassphrase):
        Journal.open_with_recovery_key(path, recovery)
    Journal.open_with_recovery_key(path, fresh).close()
