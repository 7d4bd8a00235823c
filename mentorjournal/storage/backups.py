"""Encrypted backups: written atomically, verified, rotated, restorable.

A backup is a full copy made with SQLite's backup API under the journal's own
key and salt, so the same passphrase (or keychain entry) opens it. It is
written to a temp file, checked page by page, fsynced and renamed into place.
"""

from __future__ import annotations

import builtins
import datetime as dt
import logging
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from mentorjournal import paths
from mentorjournal.errors import JournalError, JournalNotFound
from mentorjournal.storage import crypto, fsutil, settings
from mentorjournal.storage.copies import Progress, verify_file
from mentorjournal.storage.header import read_salt

if TYPE_CHECKING:
    from mentorjournal.storage.journal import Journal

log = logging.getLogger(__name__)

SUFFIX = ".mjbackup"
DEFAULT_KEEP = paths.DEFAULT_BACKUPS_KEPT
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}T\d{6}\d{6}Z)-(?P<reason>[a-z0-9-]+)$")


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created: dt.datetime
    reason: str
    size: int


class Backups:
    """The backups of one journal: ``folder`` holds them, ``keep`` is N.

    ``Backups.for_journal(path)`` follows the user's policy (the core settings
    file, which the window and the command line share); the constructor takes
    explicit values (tests, the Settings dialog trying a folder).
    """

    def __init__(
        self, journal_path: Path, folder: Path | None = None, keep: int = DEFAULT_KEEP
    ) -> None:
        if keep < 1:
            raise JournalError("Keep at least one backup.")
        self.journal_path = Path(journal_path)
        self.folder = Path(folder) if folder else paths.backup_dir_for(self.journal_path)
        self.keep = keep

    @classmethod
    def for_journal(
        cls, journal_path: Path, policy: settings.BackupPolicy | None = None
    ) -> Backups:
        """The backups of ``journal_path`` as the user's backup policy says."""
        policy = policy or settings.load().backups
        return cls(journal_path, policy.folder_for(journal_path), policy.keep)

    def list(self) -> list[BackupInfo]:
        """Backups, newest first."""
        found: list[BackupInfo] = []
        if not self.folder.is_dir():
            return found
        for path in self.folder.glob(f"{self.journal_path.stem}-*{SUFFIX}"):
            match = _NAME.match(path.name[: -len(SUFFIX)])
            if not match:
                continue
            created = dt.datetime.strptime(match["stamp"], "%Y%m%dT%H%M%S%fZ").replace(
                tzinfo=dt.UTC
            )
            found.append(BackupInfo(path, created, match["reason"], path.stat().st_size))
        return sorted(found, key=lambda b: b.created, reverse=True)

    def create(
        self, journal: Journal, reason: str = "manual", progress: Progress | None = None
    ) -> Path:
        """Back up an open journal now; returns the new backup's path."""
        reason = re.sub(r"[^a-z0-9-]+", "-", reason.lower()).strip("-") or "manual"
        self.folder.mkdir(parents=True, exist_ok=True)
        stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%fZ")
        dest = self.folder / f"{self.journal_path.stem}-{stamp}-{reason}{SUFFIX}"
        tmp = fsutil.temp_path_for(dest, "backup")
        try:
            journal.copy_to(tmp, progress=progress)
            fsutil.atomic_replace(tmp, dest)
        finally:
            for leftover in [tmp, *fsutil.sidecars(tmp)]:
                fsutil.remove_quietly(leftover)
        log.info("backup written (%s)", reason)
        self.rotate()
        return dest

    def due(self, every: dt.timedelta = dt.timedelta(days=1)) -> bool:
        """True when the newest backup is older than ``every`` (or none exists)."""
        backups = self.list()
        return not backups or dt.datetime.now(dt.UTC) - backups[0].created >= every

    def rotate(self) -> builtins.list[Path]:
        """Delete all but the newest ``keep`` backups; return what was deleted."""
        removed = [b.path for b in self.list()[self.keep :]]
        for path in removed:
            fsutil.remove_quietly(path)
        return removed

    def restore(
        self, backup: Path, passphrase: str | None = None, *, key: crypto.RawKey | None = None
    ) -> None:
        """Replace the journal with ``backup`` (which must open and verify).

        The journal must be closed. Its current state is itself backed up
        first when it still opens with the same key, so a restore loses
        nothing. The backup opens with the passphrase it was made under.
        """
        backup = Path(backup)
        if not backup.is_file():
            raise JournalNotFound(f"No backup at {backup}.")
        if key is None:
            if passphrase is None:
                raise JournalError("A passphrase is needed to restore a backup.")
            key = crypto.derive_key(passphrase, read_salt(backup))
        verify_file(backup, key)
        if self.journal_path.exists():
            self._keep_current()
        tmp = fsutil.temp_path_for(self.journal_path, "restore")
        try:
            tmp.write_bytes(backup.read_bytes())
            for sidecar in fsutil.sidecars(self.journal_path):
                fsutil.remove_quietly(sidecar)
            fsutil.atomic_replace(tmp, self.journal_path)
        finally:
            fsutil.remove_quietly(tmp)
        log.info("journal restored from backup")

    def _keep_current(self) -> None:
        """Copy the current journal (and any unmerged WAL) aside first."""
        self.folder.mkdir(parents=True, exist_ok=True)
        stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%fZ")
        dest = self.folder / f"{self.journal_path.stem}-{stamp}-before-restore{SUFFIX}"
        tmp = fsutil.temp_path_for(dest, "backup")
        try:
            tmp.write_bytes(self.journal_path.read_bytes())
            wal = fsutil.sidecars(self.journal_path)[0]
            if wal.exists() and wal.stat().st_size:
                fsutil.atomic_write_bytes(fsutil.sidecars(dest)[0], wal.read_bytes())
            fsutil.atomic_replace(tmp, dest)
        finally:
            fsutil.remove_quietly(tmp)
