"""Automatic encrypted backups: atomic, verified, rotated, restorable."""

import datetime as dt

import pytest

from mentorjournal.errors import JournalDamaged, JournalError, WrongPassphrase
from mentorjournal.storage.backups import Backups
from mentorjournal.storage.journal import Journal
from mentorjournal.storage.models import Reflection
from tests.conftest import FAST, PASSPHRASE


def test_backup_is_an_encrypted_copy_that_opens_with_the_same_passphrase(journal, journal_path):
    Reflection.create(written_at=dt.datetime(2026, 1, 1), title="one")
    backups = Backups(journal_path)
    path = backups.create(journal, reason="manual")
    assert path.parent == journal_path.parent / "backups" / "journal"
    assert path.read_bytes()[:16] == journal_path.read_bytes()[:16]
    assert [p.name for p in path.parent.iterdir()] == [path.name]  # no temp or -wal left
    journal.close()
    with Journal.open(path, PASSPHRASE) as copy:
        assert [r.title for r in Reflection.select()] == ["one"]
        assert copy.verify() == []


def test_rotation_keeps_the_newest_n(journal, journal_path):
    backups = Backups(journal_path, keep=3)
    made = [backups.create(journal, reason=f"r{i}") for i in range(5)]
    listed = backups.list()
    assert [b.path for b in listed] == list(reversed(made[-3:]))
    assert [b.reason for b in listed] == ["r4", "r3", "r2"]
    assert not made[0].exists() and not made[1].exists()


def test_keep_must_be_positive(journal_path):
    with pytest.raises(JournalError):
        Backups(journal_path, keep=0)


def test_due_after_a_day(journal, journal_path):
    backups = Backups(journal_path)
    assert backups.due()
    backups.create(journal)
    assert not backups.due()
    assert backups.due(every=dt.timedelta(0))


def test_restore_brings_back_the_backup_and_keeps_the_current_state(journal, journal_path):
    Reflection.create(written_at=dt.datetime(2026, 1, 1), title="before")
    backups = Backups(journal_path)
    backup = backups.create(journal)
    Reflection.create(written_at=dt.datetime(2026, 1, 2), title="after")
    journal.close()
    backups.restore(backup, PASSPHRASE)
    with Journal.open(journal_path, PASSPHRASE):
        assert [r.title for r in Reflection.select()] == ["before"]
    kept = [b for b in backups.list() if b.reason == "before-restore"]
    assert len(kept) == 1
    with Journal.open(kept[0].path, PASSPHRASE):
        assert sorted(r.title for r in Reflection.select()) == ["after", "before"]


def test_restore_refuses_a_damaged_backup_and_changes_nothing(journal, journal_path):
    backups = Backups(journal_path)
    backup = backups.create(journal)
    journal.close()
    data = bytearray(backup.read_bytes())
    data[len(data) // 2] ^= 0xFF
    backup.write_bytes(bytes(data))
    before = journal_path.read_bytes()
    with pytest.raises((JournalDamaged, WrongPassphrase)):
        backups.restore(backup, PASSPHRASE)
    assert journal_path.read_bytes() == before


def test_restore_with_wrong_passphrase_changes_nothing(journal, journal_path):
    backups = Backups(journal_path)
    backup = backups.create(journal)
    journal.close()
    before = journal_path.read_bytes()
    with pytest.raises(WrongPassphrase):
        backups.restore(backup, "wrong")
    assert journal_path.read_bytes() == before


def test_backup_before_migration_hook_runs_for_old_journals(tmp_path):
    """An older schema is backed up before the first migration step."""
    from mentorjournal.storage import migrations

    path = tmp_path / "old.mjournal"
    Journal.create(path, PASSPHRASE, kdf=FAST).close()
    calls = []
    original = migrations.SCHEMA_VERSION
    try:
        migrations.STEPS.append(lambda db: db.execute_sql("CREATE TABLE future_thing(x)"))
        migrations.SCHEMA_VERSION = original + 1
        with Journal.open(
            path,
            PASSPHRASE,
            before_migration=lambda j: calls.append(Backups(path).create(j, "before-migration")),
        ) as j:
            assert j.migrated_steps == 1
            assert j.db.execute_sql("PRAGMA user_version").fetchone()[0] == original + 1
    finally:
        migrations.STEPS.pop()
        migrations.SCHEMA_VERSION = original
    [backup] = calls
    with Journal.open(backup, PASSPHRASE) as old:
        assert old.db.execute_sql("PRAGMA user_version").fetchone()[0] == original


def test_backup_runs_from_a_worker_thread_while_the_journal_stays_usable(journal, journal_path):
    import threading

    Reflection.create(written_at=dt.datetime(2026, 1, 1), title="in backup")
    made = []
    worker = threading.Thread(
        target=lambda: made.append(Backups(journal_path).create(journal, "worker"))
    )
    worker.start()
    worker.join()
    Reflection.create(written_at=dt.datetime(2026, 1, 2), title="after backup")
    journal.close()
    with Journal.open(made[0], PASSPHRASE):
        assert [r.title for r in Reflection.select()] == ["in backup"]
