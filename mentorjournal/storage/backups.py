"""Encrypted backups: written atomically, verified, kept by rule, restorable.

A backup is a full copy made with SQLite's backup API under the journal's own
key and salt, so the same passphrase (or keychain entry) opens it. It is
written to a private temp file, checked page by page, fsynced and renamed
into place; a copy also goes to the second location when one is set.

Which backups are kept (``rotate``): the backups you make yourself - the
newest ``keep`` of them; automatic ones never push those out and are kept by
age (``settings.BackupPolicy``). Temp files of interrupted backups are
removed the next time the folder is used.

A restore holds the journal alone (``lock.Claim``), so no other process can
write into a file that is being replaced; it settles the ``-wal`` first, keeps
the journal as it was among the backups, writes the replacement beside the
journal, fsyncs it and renames it into place: interrupted anywhere, the
journal opens as either the old one or the restored one.
"""

from __future__ import annotations

import builtins
import datetime as dt
import json
import logging
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from mentorjournal import paths
from mentorjournal.errors import JournalBusy, JournalError, JournalNotFound
from mentorjournal.storage import crypto, fsutil, settings, wal
from mentorjournal.storage.copies import Progress, verify_file
from mentorjournal.storage.db import raw_connect
from mentorjournal.storage.header import read_salt
from mentorjournal.storage.lock import Claim, real_path

if TYPE_CHECKING:
    from mentorjournal.storage.journal import Journal

log = logging.getLogger(__name__)

SUFFIX = ".mjbackup"
DEFAULT_KEEP = paths.DEFAULT_BACKUPS_KEPT
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}T\d{6}\d{6}Z)-(?P<reason>[a-z0-9-]+)$")

#: Reasons of the backups the app makes by itself; every other reason is yours.
AUTOMATIC = frozenset(
    {
        "daily",
        "before-import",
        "before-passphrase-change",
        "before-migration",
        "before-restore",
        "before-salvage",
    }
)


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created: dt.datetime
    reason: str
    size: int

    @property
    def automatic(self) -> bool:
        return self.reason in AUTOMATIC


class Backups:
    """The backups of one journal: ``folder`` holds them, ``keep`` of yours are kept.

    ``Backups.for_journal(path)`` follows the user's policy (the core settings
    file, which the window and the command line share); the constructor takes
    explicit values (tests, the Settings dialog trying a folder).
    """

    def __init__(
        self,
        journal_path: Path,
        folder: Path | None = None,
        keep: int = DEFAULT_KEEP,
        policy: settings.BackupPolicy | None = None,
    ) -> None:
        if keep < 1:
            raise JournalError("Keep at least one backup.")
        self.journal_path = Path(journal_path)
        self.folder = Path(folder) if folder else paths.backup_dir_for(self.journal_path)
        self.keep = keep
        self.policy = policy or settings.BackupPolicy(folder, keep)
        #: Why the last copy to the second location failed ("" when it did not).
        self.second_problem = ""

    @classmethod
    def for_journal(
        cls, journal_path: Path, policy: settings.BackupPolicy | None = None
    ) -> Backups:
        """The backups of ``journal_path`` as the user's backup policy says."""
        policy = policy or settings.load().backups
        return cls(journal_path, policy.folder_for(journal_path), policy.keep, policy)

    @property
    def second_folder(self) -> Path | None:
        return self.policy.second_folder

    # -- listing -------------------------------------------------------------------

    def list(self, folder: Path | None = None) -> builtins.list[BackupInfo]:
        """Backups, newest first (in ``folder``: the second location, say)."""
        folder = folder or self.folder
        found: builtins.list[BackupInfo] = []
        try:
            candidates = builtins.list(folder.glob(f"{self.journal_path.stem}-*{SUFFIX}"))
        except OSError:
            return found
        for path in candidates:
            match = _NAME.match(path.name[: -len(SUFFIX)])
            if not match or match["stem"] != self.journal_path.stem:
                continue
            created = dt.datetime.strptime(match["stamp"], "%Y%m%dT%H%M%S%fZ").replace(
                tzinfo=dt.UTC
            )
            try:
                size = path.stat().st_size
            except OSError:
                continue
            found.append(BackupInfo(path, created, match["reason"], size))
        return sorted(found, key=lambda b: b.created, reverse=True)

    def due(self, every: dt.timedelta = dt.timedelta(days=1)) -> bool:
        """True when the newest backup is older than ``every`` (or none exists)."""
        backups = self.list()
        return not backups or dt.datetime.now(dt.UTC) - backups[0].created >= every

    # -- writing -------------------------------------------------------------------

    def create(
        self, journal: Journal, reason: str = "manual", progress: Progress | None = None
    ) -> Path:
        """Back up an open journal now; returns the new backup's path.

        The copy to the second location, when one is set, follows; if that
        location is missing (a drive unplugged) the backup still counts and
        ``second_problem`` says why.
        """
        reason = re.sub(r"[^a-z0-9-]+", "-", reason.lower()).strip("-") or "manual"
        self.clean_stale()
        with fsutil.os_errors("The backup"):
            fsutil.private_dir(self.folder)
            dest = self.folder / f"{self.journal_path.stem}-{_stamp()}-{reason}{SUFFIX}"
            tmp = fsutil.temp_path_for(dest, "backup")
            try:
                fsutil.create_private(tmp)
                journal.copy_to(tmp, progress=progress)
                fsutil.atomic_replace(tmp, dest)
            finally:
                for leftover in [tmp, *fsutil.sidecars(tmp)]:
                    fsutil.remove_quietly(leftover)
        log.info("backup written (%s)", reason)
        self.rotate()
        self._copy_to_second(dest, journal.key)
        return dest

    def _copy_to_second(self, backup: Path, key: crypto.RawKey) -> None:
        second = self.second_folder
        self.second_problem = ""
        if second is None:
            return
        try:
            if not second.parent.is_dir():
                raise FileNotFoundError(2, "not reachable", str(second))
            fsutil.private_dir(second)
            dest = second / backup.name
            tmp = fsutil.temp_path_for(dest, "backup")
            try:
                fsutil.copy_private(backup, tmp)
                verify_file(tmp, key)
                fsutil.atomic_replace(tmp, dest)
            finally:
                for leftover in [tmp, *fsutil.sidecars(tmp)]:
                    fsutil.remove_quietly(leftover)
        except (OSError, JournalError) as exc:
            self.second_problem = (
                f"The copy to the second backup location ({second}) failed: "
                f"{getattr(exc, 'strerror', None) or exc}."
            )
            log.warning("copy to the second backup location failed")
            return
        record_offsite_copy(self.journal_path)
        self.rotate(second)
        log.info("backup copied to the second location")

    def rotate(self, folder: Path | None = None) -> builtins.list[Path]:
        """Delete the backups the rules no longer keep; return what was deleted."""
        kept = set(self.kept(folder))
        removed = [b.path for b in self.list(folder) if b not in kept]
        for path in removed:
            for leftover in [path, *fsutil.sidecars(path)]:
                fsutil.remove_quietly(leftover)
        return removed

    def kept(
        self, folder: Path | None = None, now: dt.datetime | None = None
    ) -> builtins.list[BackupInfo]:
        """The backups the rules keep, newest first (see the module doc)."""
        found = self.list(folder)
        yours = [b for b in found if not b.automatic][: self.keep]
        automatic = [b for b in found if b.automatic]
        return sorted(
            [*yours, *_by_age(automatic, self.policy, now or dt.datetime.now(dt.UTC))],
            key=lambda b: b.created,
            reverse=True,
        )

    def clean_stale(self) -> builtins.list[Path]:
        """Remove temp copies that interrupted backups left (full-size, old key)."""
        removed: builtins.list[Path] = []
        for folder in (self.folder, self.second_folder):
            if folder is not None and folder.is_dir():
                removed += fsutil.remove_stale_temps(folder, "*", ("backup",))
        return removed

    # -- restoring -----------------------------------------------------------------

    def restore(
        self,
        backup: Path,
        passphrase: str | None = None,
        *,
        key: crypto.RawKey | None = None,
        current_key: crypto.RawKey | None = None,
    ) -> Path | None:
        """Replace the journal with ``backup`` (which must open and verify).

        The journal must be closed everywhere (``JournalBusy`` names who has
        it open). Its current state is kept first among the backups (reason
        ``before-restore``), so a restore loses nothing; that copy's path is
        returned (None when there was no journal). The backup opens with the
        passphrase it was made under; ``current_key`` is the journal's own key
        when it differs (to settle its ``-wal`` the usual way).
        """
        backup = Path(backup)
        if not backup.is_file():
            raise JournalNotFound(f"No backup at {backup}.")
        own_key = key is None
        if key is None:
            if passphrase is None:
                raise JournalError("A passphrase is needed to restore a backup.")
            key = crypto.derive_key(passphrase, read_salt(backup))
        try:
            verify_file(backup, key)  # also refuses a journal from a newer version
            with Claim.exclusive(self.journal_path, "restoring a backup"):
                return self._restore_alone(backup, [k for k in (current_key, key) if k])
        finally:
            if own_key:
                key.wipe()

    def _restore_alone(self, backup: Path, keys: builtins.list[crypto.RawKey]) -> Path | None:
        real = real_path(self.journal_path)
        if wal.inspect(backup).size:
            wal.merge_into_database(backup)  # a backup kept with its log: make it one file
        kept = self._settle_and_keep(real, keys) if real.exists() else None
        with fsutil.os_errors("The restored journal"):
            fsutil.private_dir(real.parent)
            tmp = fsutil.temp_path_for(real, "restore")
            try:
                fsutil.copy_private(backup, tmp)
                fsutil.atomic_replace(tmp, real)
            finally:
                fsutil.remove_quietly(tmp)
            # The log was settled (empty) before the rename; what is left is stale.
            for sidecar in fsutil.sidecars(real):
                fsutil.remove_quietly(sidecar)
        log.info("journal restored from backup")
        return kept

    def _settle_and_keep(self, real: Path, keys: builtins.list[crypto.RawKey]) -> Path:
        """Empty the journal's ``-wal`` into it, and keep the journal as it was.

        With a key that opens the journal, SQLite checkpoints it. Without one
        (the journal is damaged, or under another passphrase), the journal and
        its log are kept as they are, then the log is merged byte for byte.
        """
        if not wal.inspect(real).size:
            return self._keep_current(real, with_log=False)
        salt = real.read_bytes()[:16]
        for key in keys:
            if key.salt != salt:
                continue
            try:
                conn = raw_connect(real, key)
            except JournalError:
                continue
            try:
                busy = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
            finally:
                conn.close()
            if busy:
                raise JournalBusy(
                    "The journal is open in another program; close it there, then try again."
                )
            if not wal.inspect(real).size:
                return self._keep_current(real, with_log=False)
        kept = self._keep_current(real, with_log=True)
        wal.merge_into_database(real)
        return kept

    def _keep_current(self, real: Path, *, with_log: bool) -> Path:
        """Copy the journal (and, unsettled, its log) into the backups, durably."""
        with fsutil.os_errors("The copy of the current journal"):
            fsutil.private_dir(self.folder)
            dest = self.folder / f"{self.journal_path.stem}-{_stamp()}-before-restore{SUFFIX}"
            tmp = fsutil.temp_path_for(dest, "backup")
            try:
                if with_log:
                    log_copy = fsutil.sidecars(dest)[0]
                    fsutil.remove_quietly(log_copy)
                    fsutil.copy_private(wal.wal_path(real), log_copy)
                fsutil.copy_private(real, tmp)
                fsutil.atomic_replace(tmp, dest)
            finally:
                fsutil.remove_quietly(tmp)
        return dest


def _stamp() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%fZ")


def _by_age(
    automatic: builtins.list[BackupInfo], policy: settings.BackupPolicy, now: dt.datetime
) -> builtins.list[BackupInfo]:
    """All of the last day; the newest of each day, week and month within their spans."""
    keep: builtins.list[BackupInfo] = []
    seen: set[tuple[str, object]] = set()
    for info in automatic:  # newest first
        age = now - info.created
        day = info.created.date()
        buckets: builtins.list[tuple[str, object]] = []
        if age <= dt.timedelta(days=1):
            buckets.append(("recent", info.path))
        if age <= dt.timedelta(days=policy.daily_days):
            buckets.append(("day", day))
        if age <= dt.timedelta(weeks=policy.weekly_weeks):
            buckets.append(("week", tuple(day.isocalendar())[:2]))
        if age <= dt.timedelta(days=31 * policy.monthly_months):
            buckets.append(("month", (day.year, day.month)))
        fresh = [b for b in buckets if b not in seen]
        if fresh or not keep:  # the newest automatic backup is always kept
            keep.append(info)
        seen.update(buckets)
    return keep


# -- copies off this disk -------------------------------------------------------------


def _state_path() -> Path:
    return paths.data_dir() / "backup-state.json"


def _load_state() -> dict[str, str]:
    try:
        data = json.loads(_state_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    offsite = data.get("offsite") if isinstance(data, dict) else None
    return {str(k): str(v) for k, v in offsite.items()} if isinstance(offsite, dict) else {}


def record_offsite_copy(journal_path: Path, when: dt.datetime | None = None) -> None:
    """Remember when a copy last reached a place off this disk (a date, no content)."""
    state = _load_state()
    state[str(real_path(journal_path))] = (when or dt.datetime.now(dt.UTC)).isoformat()
    try:
        fsutil.atomic_write_text(_state_path(), json.dumps({"offsite": state}, indent=1) + "\n")
    except OSError:
        log.warning("could not record the time of the off-disk copy")


def last_offsite_copy(journal_path: Path, policy: settings.BackupPolicy) -> dt.datetime | None:
    """When a copy of the journal last reached somewhere off this disk, if ever."""
    candidates: builtins.list[dt.datetime] = []
    recorded = _load_state().get(str(real_path(journal_path)))
    if recorded:
        try:
            candidates.append(dt.datetime.fromisoformat(recorded))
        except ValueError:
            pass
    backups = Backups.for_journal(journal_path, policy)
    folders = [backups.second_folder] if backups.second_folder else []
    if _other_disk(backups.folder, journal_path):
        folders.append(backups.folder)
    for folder in folders:
        found = backups.list(folder)
        if found:
            candidates.append(found[0].created)
    return max(candidates) if candidates else None


def _other_disk(folder: Path, journal_path: Path) -> bool:
    try:
        return os.stat(folder).st_dev != os.stat(real_path(journal_path).parent).st_dev
    except OSError:
        return False


def offsite_warning(
    journal_path: Path,
    policy: settings.BackupPolicy | None = None,
    now: dt.datetime | None = None,
) -> str:
    """A warning when every copy of the journal is on this disk, or the last one off it is old.

    "" when all is well. The window shows it near the backups; the command
    line prints it after ``backup`` and ``verify``. Not shown before the
    journal has backups older than ``offsite_days`` (a new journal).
    """
    policy = policy or settings.load().backups
    now = now or dt.datetime.now(dt.UTC)
    limit = dt.timedelta(days=policy.offsite_days)
    last = last_offsite_copy(journal_path, policy)
    if last is not None:
        if now - last <= limit:
            return ""
        days = (now - last).days
        where = f" ({policy.second_folder})" if policy.second_folder else ""
        return (
            f"The newest copy of this journal off this disk{where} is {days} days old. "
            "Connect that drive (or let the cloud folder sync), then back up."
        )
    local = Backups.for_journal(journal_path, policy).list()
    if not local or now - local[-1].created <= limit:
        return ""
    return (
        "Every copy of this journal is on this computer's disk: a stolen or broken laptop "
        "takes them all. Set a second backup location on another drive or in a cloud folder "
        "(`mentorjournal backup --second-location PATH`)."
    )
