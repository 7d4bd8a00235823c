"""Nothing lost, nothing leaked: damage, the WAL, restore, salvage, permissions, backups, keys."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import stat
import struct
from pathlib import Path

import pytest

from mentorjournal.domain import records
from mentorjournal.errors import JournalBusy, JournalDamaged, JournalError
from mentorjournal.storage import backups as backups_module
from mentorjournal.storage import crypto, keychain, placement, wal
from mentorjournal.storage.backups import BackupInfo, Backups
from mentorjournal.storage.journal import Journal
from mentorjournal.storage.lock import Claim
from mentorjournal.storage.models import Reflection
from mentorjournal.storage.salvage import salvage
from mentorjournal.storage.settings import BackupPolicy
from tests.conftest import FAST, PASSPHRASE

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "journals"


def fill(path: Path, n: int) -> None:
    with Journal.create(path, PASSPHRASE, kdf=FAST):
        Reflection.insert_many(
            [
                {"written_at": dt.datetime(2026, 1, 1), "title": f"r{i}", "body": "y" * 900}
                for i in range(n)
            ]
        ).execute()


def wal_with_commits(path: Path, n: int) -> None:
    """Leave ``n`` commits in ``-wal`` as a crash would (no checkpoint at close)."""
    fill(path, 5)
    journal = Journal.open(path, PASSPHRASE)
    conn = journal.db.connection()
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    for i in range(n):
        records.create("reflection", title=f"wal-{i}", body="w" * 200)
    saved = {p: p.read_bytes() for p in (Path(f"{path}-wal"), path)}
    journal.close()
    for p, data in saved.items():  # as it was before the checkpoint at close
        p.write_bytes(data)


def flip(path: Path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0x5A
    path.write_bytes(bytes(data))


# -- damage past page 1 (defect 3) ---------------------------------------------------


@pytest.mark.parametrize("page", [2, 5, 12, -1])
def test_damage_past_page_one_is_refused_at_open_and_salvage_copies_the_rest(tmp_path, page):
    path = tmp_path / "j.mjournal"
    fill(path, 120)
    pages = path.stat().st_size // 4096
    number = pages if page == -1 else page
    flip(path, (number - 1) * 4096 + 700)
    before = path.read_bytes()
    with pytest.raises(JournalDamaged, match="salvage"):
        Journal.open(path, PASSPHRASE)
    assert path.read_bytes() == before  # nothing was written into it
    key = crypto.derive_key(PASSPHRASE, before[:16])
    report = salvage(path, key, tmp_path / "saved.mjournal")
    assert path.read_bytes() == before
    with Journal.open(report.output, PASSPHRASE) as saved:
        assert saved.verify() == []
        found = Reflection.select().count()
    assert found >= 120 - 10, report.summary()
    assert found + report.unreadable.get("reflection", 0) >= 120 or found == 120


def test_a_write_that_meets_damage_stops_every_later_write(journal, journal_path):
    records.create("reflection", title="one", body="x")
    journal.db.mark_damaged("page 3 failed its check")
    with pytest.raises(JournalDamaged, match="nothing more is written"):
        records.create("reflection", title="two", body="x")
    with pytest.raises(JournalDamaged):
        journal.change_passphrase("another one", kdf=FAST)


# -- the WAL (defect 11) ---------------------------------------------------------------


def test_wal_inspection_agrees_with_sqlite_and_merging_without_the_key_equals_a_checkpoint(
    tmp_path,
):
    path = tmp_path / "j.mjournal"
    wal_with_commits(path, 12)
    report = wal.inspect(path)
    assert report.commits == 12 and not report.damaged
    copy = tmp_path / "copy.mjournal"
    shutil.copy(path, copy)
    shutil.copy(f"{path}-wal", f"{copy}-wal")
    wal.merge_into_database(copy)
    assert not Path(f"{copy}-wal").stat().st_size
    with Journal.open(copy, PASSPHRASE) as merged:
        assert merged.verify() == []
        mine = sorted(r.title for r in Reflection.select())
    with Journal.open(path, PASSPHRASE):
        theirs = sorted(r.title for r in Reflection.select())
    assert mine == theirs and len(mine) == 17


def test_a_flipped_byte_in_the_wal_is_found_and_the_journal_is_left_untouched(tmp_path):
    path = tmp_path / "j.mjournal"
    wal_with_commits(path, 12)
    frames = wal.inspect(path).frames
    middle = frames[len(frames) // 3]
    flip(Path(f"{path}-wal"), middle.offset + 100)
    report = wal.inspect(path)
    assert report.damaged and report.lost_commits > 0
    before = Path(f"{path}-wal").read_bytes()
    with pytest.raises(JournalDamaged, match="-wal file is damaged"):
        Journal.open(path, PASSPHRASE)
    assert Path(f"{path}-wal").read_bytes() == before


def test_a_torn_last_frame_is_not_damage(tmp_path):
    path = tmp_path / "j.mjournal"
    wal_with_commits(path, 3)
    log = Path(f"{path}-wal")
    data = log.read_bytes()
    frame = wal.FRAME_HEADER_SIZE + 4096
    torn = bytearray(data[-frame:])
    struct.pack_into(">I", torn, 4, 0)  # not a commit
    torn[100] ^= 1
    log.write_bytes(data + bytes(torn))
    assert not wal.inspect(path).damaged
    with Journal.open(path, PASSPHRASE) as journal:
        assert journal.verify() == [] and "3 commit(s)" in journal.wal_status()


# -- restore (defects 1, 2, 7) -------------------------------------------------------------


def test_restore_refuses_while_the_journal_is_open_in_this_process(journal, journal_path):
    backup = Backups(journal_path).create(journal)
    with pytest.raises(JournalBusy, match="open in this program"):
        Backups(journal_path).restore(backup, PASSPHRASE)


def test_restore_keeps_unsettled_wal_commits_of_a_journal_under_another_key(tmp_path):
    path = tmp_path / "j.mjournal"
    other = tmp_path / "other.mjournal"
    with Journal.create(other, "another passphrase", kdf=FAST) as journal:
        backup = Backups(other).create(journal)
    wal_with_commits(path, 4)
    kept = Backups(path).restore(backup, "another passphrase")
    assert kept is not None
    with Journal.open(kept, PASSPHRASE):  # the old journal, its -wal commits included
        assert sum(r.title.startswith("wal-") for r in Reflection.select()) == 4
    with Journal.open(path, "another passphrase") as restored:
        assert restored.verify() == []


def test_restore_and_passwd_write_through_a_symbolic_link(tmp_path):
    real = tmp_path / "store" / "journal.mjournal"
    real.parent.mkdir()
    fill(real, 3)
    link = tmp_path / "journal.mjournal"
    link.symlink_to(real)
    with Journal.open(link, PASSPHRASE) as journal:
        journal.change_passphrase("new words here", kdf=FAST)
        backup = Backups(link).create(journal)
    assert link.is_symlink()
    Backups(link).restore(backup, "new words here")
    assert link.is_symlink() and real.is_file()
    with Journal.open(link, "new words here") as journal:
        assert journal.verify() == [] and Reflection.select().count() == 3


def test_a_backup_of_an_older_schema_restores_and_opens_migrated(tmp_path):
    from tests.fixtures.make_schema_fixture import PASSPHRASE as FIXTURE_PASSPHRASE

    path = tmp_path / "j.mjournal"
    fill(path, 2)
    backup = tmp_path / "old-backup.mjbackup"
    shutil.copy(FIXTURES / "schema-v1.mjournal", backup)
    Backups(path).restore(backup, FIXTURE_PASSPHRASE)
    with Journal.open(path, FIXTURE_PASSPHRASE) as journal:
        assert journal.migrated_steps >= 1 and journal.verify() == []
        assert Reflection.select().count() > 0


# -- permissions (defect 10) --------------------------------------------------------------


def test_journal_backups_and_folders_are_private(tmp_path):
    previous = os.umask(0o022)  # even when the process umask is lax
    try:
        path = tmp_path / "new" / "j.mjournal"
        with Journal.create(path, PASSPHRASE, kdf=FAST) as journal:
            records.create("reflection", title="t", body="b")
            made = Backups(path).create(journal)
            assert stat.S_IMODE(Path(f"{path}-wal").stat().st_mode) == 0o600
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
        assert stat.S_IMODE(made.stat().st_mode) == 0o600
        assert stat.S_IMODE(made.parent.stat().st_mode) == 0o700
    finally:
        os.umask(previous)


# -- backups kept by rule (defect 8) --------------------------------------------------------


def test_automatic_backups_never_push_out_yours_and_are_kept_by_age(tmp_path, journal_path):
    backups = Backups(journal_path, keep=2)
    now = dt.datetime(2026, 6, 30, 12, tzinfo=dt.UTC)
    infos = [
        BackupInfo(Path(f"m{i}"), now - dt.timedelta(days=400 + i), "manual", 1) for i in range(3)
    ]
    infos += [
        BackupInfo(Path(f"a{h}"), now - dt.timedelta(hours=h), "daily", 1)
        for h in range(0, 24 * 500, 6)
    ]
    backups.list = lambda folder=None: sorted(infos, key=lambda b: b.created, reverse=True)  # type: ignore[method-assign]
    kept = backups.kept(now=now)
    names = {b.path.name for b in kept}
    assert {"m0", "m1"} <= names and "m2" not in names  # yours: the newest two
    automatic = [b for b in kept if b.automatic]
    ages = sorted((now - b.created).days for b in automatic)
    assert sum(a < 1 for a in ages) == 4  # all of the last day
    assert len([a for a in ages if 1 <= a < 7]) <= 7
    assert max(ages) <= 31 * 12 + 1  # the horizon
    assert len(automatic) < 45


def test_interrupted_backup_copies_are_removed(journal, journal_path):
    backups = Backups(journal_path)
    backups.create(journal)
    stale = backups.folder / ".journal-x.mjbackup.backup-999999999-abcdef-00.tmp"
    stale.write_bytes(b"\0" * 4096)
    os.utime(stale, (0, 0))
    backups.create(journal)
    assert not stale.exists()


def test_second_location_gets_a_copy_and_the_offsite_warning_follows_it(tmp_path, journal_path):
    second = tmp_path / "usb" / "mj"
    (tmp_path / "usb").mkdir()
    policy = BackupPolicy(second_folder=second, offsite_days=3)
    with Journal.create(journal_path, PASSPHRASE, kdf=FAST) as journal:
        made = Backups.for_journal(journal_path, policy).create(journal)
    assert (second / made.name).is_file()
    assert backups_module.offsite_warning(journal_path, policy) == ""
    later = dt.datetime.now(dt.UTC) + dt.timedelta(days=10)
    assert "10 days old" in backups_module.offsite_warning(journal_path, policy, later) or (
        "days old" in backups_module.offsite_warning(journal_path, policy, later)
    )
    shutil.rmtree(tmp_path / "usb")  # the drive is unplugged: the backup still counts
    with Journal.open(journal_path, PASSPHRASE) as journal:
        backups = Backups.for_journal(journal_path, policy)
        backups.create(journal)
    assert "second backup location" in backups.second_problem


def test_no_copy_off_this_disk_is_warned_about_once_the_journal_is_old_enough(journal_path):
    with Journal.create(journal_path, PASSPHRASE, kdf=FAST) as journal:
        Backups(journal_path).create(journal)
    policy = BackupPolicy(offsite_days=3)
    assert backups_module.offsite_warning(journal_path, policy) == ""
    later = dt.datetime.now(dt.UTC) + dt.timedelta(days=5)
    assert "stolen or broken laptop" in backups_module.offsite_warning(journal_path, policy, later)


# -- where the journal sits ---------------------------------------------------------------


def test_sync_folders_and_conflicted_copies_are_warned_about(tmp_path):
    for name, marker in (("Dropbox", None), ("Sync", ".stfolder"), ("OneDrive - Work", None)):
        folder = tmp_path / name / "notes"
        folder.mkdir(parents=True)
        if marker:
            (tmp_path / name / marker).mkdir()
        path = folder / "journal.mjournal"
        assert placement.sync_engine(path), name
        assert "sync" in placement.warnings(path)[0].lower()
    plain = tmp_path / "plain"
    plain.mkdir()
    journal = plain / "journal.mjournal"
    journal.write_bytes(b"")
    assert placement.warnings(journal) == []
    (plain / "journal.sync-conflict-20260101-101010-ABCDEFG.mjournal").write_bytes(b"")
    (plain / "journal (conflicted copy 2026-01-01).mjournal").write_bytes(b"")
    found = placement.warnings(journal)
    assert len(found) == 2 and all("conflicted copy" in w for w in found)


# -- key material ---------------------------------------------------------------------


def test_the_key_is_wiped_when_the_journal_closes(journal, journal_path):
    key = journal.key
    copy = key.copy()
    journal.close()
    assert key.wiped and not copy.wiped
    with pytest.raises(JournalError, match="locked"):
        key.pragma_value()
    Journal.open_with_key(journal_path, copy).close()
    assert not copy.wiped  # the caller's copy is the caller's


def test_claims_are_counted_in_one_process(journal_path):
    Journal.create(journal_path, PASSPHRASE, kdf=FAST).close()
    first = Claim.shared(journal_path)
    second = Claim.shared(journal_path)
    with pytest.raises(JournalBusy):
        Claim.exclusive(journal_path, "restoring a backup")
    first.release()
    with pytest.raises(JournalBusy):
        Claim.exclusive(journal_path, "restoring a backup")
    second.release()
    Claim.exclusive(journal_path, "restoring a backup").release()


def test_passwd_moves_a_remembered_key_and_forgets_the_old_one(journal_path, isolated_environment):
    from mentorjournal.cli import app as cli

    chain = keychain.Keychain()
    with Journal.create(journal_path, PASSPHRASE, kdf=FAST) as journal:
        keychain.remember(chain, journal)
        old_id = journal.keychain_id
    secret = journal_path.parent / "new.txt"
    secret.write_text("a new passphrase\n")
    os.environ["MENTORJOURNAL_PASSPHRASE"] = PASSPHRASE
    try:
        assert (
            cli.main(
                ["passwd", "--journal", str(journal_path), "--new-passphrase-file", str(secret)]
            )
            == 0
        )
    finally:
        del os.environ["MENTORJOURNAL_PASSPHRASE"]
    stored = isolated_environment.secrets
    assert (keychain.SERVICE, old_id) not in stored
    [(service, new_id)] = stored
    key = crypto.derive_key("a new passphrase", journal_path.read_bytes()[:16])
    assert new_id == key.journal_id and stored[(service, new_id)] == key.key.hex()
