"""Creating, opening, verifying and re-keying a journal file.

``Journal`` owns the open SQLCipher database and binds the model proxy
``db.DB`` to it. Opening never creates or changes a file unless the key is
proven and the file looks whole; every failure is a ``JournalError`` with a
one-line message.
"""

from __future__ import annotations

import datetime as dt
import logging
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlcipher3 import dbapi2 as sqlcipher

from mentorjournal import __version__
from mentorjournal.errors import (
    JournalBusy,
    JournalDamaged,
    JournalExists,
)
from mentorjournal.storage import crypto, fsutil, migrations
from mentorjournal.storage.backups import Backups
from mentorjournal.storage.copies import copy_database
from mentorjournal.storage.crypto import KdfProfile, RawKey
from mentorjournal.storage.db import (
    DB,
    CipherDatabase,
    integrity_problems,
    raw_connect,
    translate_error,
)
from mentorjournal.storage.header import PAGE_SIZE, read_salt
from mentorjournal.storage.models import Meta

log = logging.getLogger(__name__)


Progress = Callable[[int, int], None]


def is_unlocked() -> bool:
    """True while a journal is open in this process (its records can be read)."""
    return DB.obj is not None


class Journal:
    """An open, unlocked journal. Use ``create``/``open``; call ``close``."""

    def __init__(self, path: Path, database: CipherDatabase) -> None:
        self.path = Path(path)
        self.db = database
        self.migrated_steps = 0

    # -- lifecycle ---------------------------------------------------------

    @classmethod
    def create(
        cls,
        path: Path | str,
        passphrase: str,
        *,
        kdf: KdfProfile = crypto.STANDARD,
        recovery_key: bool = False,
    ) -> Journal:
        """Create a new journal. The file appears only once it is complete."""
        path = Path(path)
        crypto.check_new_passphrase(passphrase)
        if path.exists():
            raise JournalExists(f"A file already exists at {path}; choose another name.")
        key = crypto.new_key(passphrase, kdf)
        return cls.create_with_key(path, key, recovery_key=recovery_key)

    @classmethod
    def create_with_key(cls, path: Path, key: RawKey, *, recovery_key: bool = False) -> Journal:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = fsutil.temp_path_for(path, "create")
        database = CipherDatabase(tmp, key, new=True)
        try:
            database.connect()
            migrations.migrate(database)
            with database.bind_ctx([Meta]), database.atomic():
                Meta.insert_many(
                    [
                        ("journal_id", str(uuid.uuid4())),
                        ("created_at", dt.datetime.now(dt.UTC).isoformat(timespec="seconds")),
                        ("created_by", f"MentorJournal {__version__}"),
                        ("kdf", crypto.profile_for_salt(key.salt).label),
                        ("recovery_key", "issued" if recovery_key else "none"),
                    ],
                    fields=[Meta.key, Meta.value],
                ).execute()
            database.close()
            for sidecar in fsutil.sidecars(tmp):
                fsutil.remove_quietly(sidecar)
            if path.exists():
                raise JournalExists(f"A file already exists at {path}; choose another name.")
            fsutil.atomic_replace(tmp, path)
        except BaseException:
            if not database.is_closed():
                database.close()
            for leftover in [tmp, *fsutil.sidecars(tmp)]:
                fsutil.remove_quietly(leftover)
            raise
        return cls.open_with_key(path, key)

    @classmethod
    def open(cls, path: Path | str, passphrase: str, **kwargs: Any) -> Journal:
        path = Path(path)
        salt = read_salt(path)
        key = crypto.derive_key(passphrase, salt)
        return cls.open_with_key(path, key, **kwargs)

    @classmethod
    def open_with_recovery_key(cls, path: Path | str, recovery: str, **kwargs: Any) -> Journal:
        path = Path(path)
        key = crypto.key_from_recovery(recovery, read_salt(path))
        return cls.open_with_key(path, key, **kwargs)

    @classmethod
    def open_with_key(
        cls,
        path: Path | str,
        key: RawKey,
        *,
        before_migration: Callable[[Journal], None] | None = None,
    ) -> Journal:
        """Open with an already derived key (after unlock, or from the keychain)."""
        path = Path(path)
        size = path.stat().st_size if path.exists() else 0
        read_salt(path)
        _remove_stale_temp_files(path)
        database = CipherDatabase(path, key)
        try:
            database.connect()
            _check_not_truncated(path, database, size)
            journal = cls(path, database)
            if migrations.pending_steps(database):
                if migrations.schema_version(database) > 0:
                    (before_migration or _default_backup("before-migration"))(journal)
                journal.migrated_steps = migrations.migrate(database)
        except sqlcipher.Error as exc:
            database.close()
            raise translate_error(exc) from None
        except BaseException:
            database.close()
            raise
        DB.initialize(database)
        log.info("journal opened (schema %d)", migrations.SCHEMA_VERSION)
        return journal

    def close(self) -> None:
        """Close the database (checkpointing the WAL) and unbind the models."""
        if not self.db.is_closed():
            try:
                self.db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            except Exception:  # a busy checkpoint is harmless; close anyway
                log.warning("checkpoint at close did not complete")
            self.db.close()
        if DB.obj is self.db:
            DB.initialize(None)
        log.info("journal closed")

    def release_thread(self) -> None:
        """Close the calling thread's connection (worker threads call this when done).

        Each thread gets its own connection on first use; a worker that does
        not give it back would keep the file open past a lock or a re-key.
        """
        if not self.db.is_closed():
            self.db.close()

    def __enter__(self) -> Journal:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- facts -------------------------------------------------------------

    @property
    def key(self) -> RawKey:
        return self.db.raw_key

    @property
    def keychain_id(self) -> str:
        """Non-secret name of this file's key, used for the OS keychain."""
        return self.key.journal_id

    def meta(self, name: str, default: str = "") -> str:
        with self.db.bind_ctx([Meta]):
            row = Meta.get_or_none(Meta.key == name)
        return row.value if row else default

    def set_meta(self, name: str, value: str) -> None:
        with self.db.bind_ctx([Meta]):
            Meta.insert(key=name, value=value).on_conflict_replace().execute()

    @property
    def journal_id(self) -> str:
        return self.meta("journal_id")

    def recovery_key(self) -> str:
        """The recovery key for the current key (show it once, then forget it)."""
        self.set_meta("recovery_key", "issued")
        return crypto.recovery_key_for(self.key)

    def verify(self) -> list[str]:
        """Full check: every page's HMAC (SQLCipher) and SQLite's integrity check.

        Returns the problems found; an empty list means the journal is sound.
        """
        conn = self.db.connection()
        try:
            problems = integrity_problems(conn)
            problems += [
                f"foreign key problem in {row[0]}"
                for row in conn.execute("PRAGMA foreign_key_check")
            ]
        except sqlcipher.Error as exc:
            return [str(translate_error(exc))]
        return problems

    # -- copies and re-keying ---------------------------------------------

    def copy_to(
        self,
        dest: Path,
        key: RawKey | None = None,
        progress: Progress | None = None,
        *,
        source: Any = None,
    ) -> None:
        """Write a complete, verified, fsynced encrypted copy to ``dest``.

        ``dest`` must not exist. The copy is made with SQLite's backup API into
        a connection keyed with ``key`` (default: this journal's key and salt).
        It reads through its own short-lived connection (``source`` overrides
        that), so it is safe to call from a worker thread.
        """
        own_source = source is None
        src = raw_connect(self.path, self.key) if own_source else source
        try:
            copy_database(src, Path(dest), key or self.key, progress)
        finally:
            if own_source:
                src.close()

    def change_passphrase(
        self,
        new_passphrase: str,
        *,
        kdf: KdfProfile | None = None,
        progress: Progress | None = None,
        before: Callable[[Journal], None] | None = None,
    ) -> RawKey:
        """Re-encrypt the journal under a new passphrase, atomically.

        A complete copy is written under the new key, verified and fsynced,
        then renamed over the journal. Interrupted at any point, the journal
        opens with the old or the new passphrase. Fails with ``JournalBusy``
        if another connection has the journal open.
        """
        crypto.check_new_passphrase(new_passphrase)
        profile = kdf or crypto.profile_for_salt(self.key.salt)
        new_key = crypto.new_key(new_passphrase, profile)
        self.rekey(new_key, progress=progress, before=before)
        return new_key

    def rekey(
        self,
        new_key: RawKey,
        *,
        progress: Progress | None = None,
        before: Callable[[Journal], None] | None = None,
    ) -> None:
        (before or _default_backup("before-passphrase-change"))(self)
        tmp = fsutil.temp_path_for(self.path, "rekey")
        conn = self.db.connection()
        self._take_exclusive(conn)
        try:
            self.copy_to(tmp, new_key, progress, source=conn)
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except BaseException:
            self._release_exclusive(conn)
            fsutil.remove_quietly(tmp)
            raise
        # The copy is complete and durable; swap it in while we still hold the
        # only connection, so no other writer can slip in between.
        self.db.close()
        fsutil.atomic_replace(tmp, self.path)
        for sidecar in fsutil.sidecars(self.path):
            fsutil.remove_quietly(sidecar)
        self.db = CipherDatabase(self.path, new_key)
        self.db.connect()
        DB.initialize(self.db)
        log.info("passphrase changed")

    @staticmethod
    def _take_exclusive(conn: sqlcipher.Connection) -> None:
        """Make sure no other connection (or process) has the journal open."""
        try:
            conn.execute("PRAGMA locking_mode = EXCLUSIVE")
            conn.execute("BEGIN EXCLUSIVE")
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            conn.execute("COMMIT")
        except sqlcipher.OperationalError:
            Journal._release_exclusive(conn)
            raise JournalBusy(
                "The journal is open in another window or program; close it there first."
            ) from None

    @staticmethod
    def _release_exclusive(conn: sqlcipher.Connection) -> None:
        try:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            conn.execute("PRAGMA locking_mode = NORMAL")
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlcipher.Error:
            log.warning("could not release the exclusive lock")


def _default_backup(reason: str) -> Callable[[Journal], None]:
    """Back up as the user's backup policy says (callers may pass their own step)."""

    def run(journal: Journal) -> None:
        Backups.for_journal(journal.path).create(journal, reason)

    return run


def _check_not_truncated(path: Path, database: CipherDatabase, size: int) -> None:
    wal = Path(f"{path}-wal")
    if wal.exists() and wal.stat().st_size > 0:
        return  # pages may live in the WAL until the next checkpoint
    pages = database.execute_sql("PRAGMA page_count").fetchone()[0]
    if pages * PAGE_SIZE > size:
        raise JournalDamaged(
            f"{path.name} is truncated: it is shorter than its own header says. "
            "Restore it from a backup."
        )


def _remove_stale_temp_files(path: Path) -> None:
    """Remove half-written copies left by a crash during create or rekey."""
    for purpose in ("create", "rekey"):
        for leftover in path.parent.glob(f".{path.name}.{purpose}-*.tmp*"):
            fsutil.remove_quietly(leftover)
