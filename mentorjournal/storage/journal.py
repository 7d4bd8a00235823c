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
    JournalError,
    JournalExists,
)
from mentorjournal.storage import crypto, fsutil, migrations, pages, wal
from mentorjournal.storage.backups import Backups
from mentorjournal.storage.copies import copy_database
from mentorjournal.storage.crypto import KdfProfile, RawKey
from mentorjournal.storage.db import (
    DB,
    SALVAGE_HINT,
    CipherDatabase,
    integrity_problems,
    raw_connect,
    translate_error,
)
from mentorjournal.storage.header import PAGE_SIZE, read_salt
from mentorjournal.storage.lock import Claim, real_path
from mentorjournal.storage.models import Meta

log = logging.getLogger(__name__)


Progress = Callable[[int, int], None]


def is_unlocked() -> bool:
    """True while a journal is open in this process (its records can be read)."""
    return DB.obj is not None


class Journal:
    """An open, unlocked journal. Use ``create``/``open``; call ``close``."""

    def __init__(self, path: Path, database: CipherDatabase, claim: Claim | None = None) -> None:
        self.path = Path(path)
        self.db = database
        self.claim = claim
        self.migrated_steps = 0
        #: What the open found in the ``-wal`` file (for ``verify``).
        self.wal_report: wal.WalReport | None = None

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
        with fsutil.os_errors("The journal"):
            fsutil.private_dir(path.parent)
            tmp = fsutil.temp_path_for(path, "create")
            fsutil.create_private(tmp)  # 0600 before SQLite writes a byte (its -wal follows)
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
            database.forget_key()
            for sidecar in fsutil.sidecars(tmp):
                fsutil.remove_quietly(sidecar)
            if path.exists():
                raise JournalExists(f"A file already exists at {path}; choose another name.")
            with fsutil.os_errors("The journal"):
                fsutil.atomic_replace(tmp, path)
        except sqlcipher.Error as exc:
            raise translate_error(exc, path=tmp) from None
        finally:
            if not database.is_closed():
                database.close()
            database.forget_key()
            for leftover in [tmp, *fsutil.sidecars(tmp)]:
                fsutil.remove_quietly(leftover)
        return cls.open_with_key(path, key)

    @classmethod
    def open(cls, path: Path | str, passphrase: str, **kwargs: Any) -> Journal:
        path = Path(path)
        salt = read_salt(path)
        key = crypto.derive_key(passphrase, salt)
        try:
            return cls.open_with_key(path, key, **kwargs)
        finally:
            key.wipe()  # the database keeps its own copy

    @classmethod
    def open_with_recovery_key(cls, path: Path | str, recovery: str, **kwargs: Any) -> Journal:
        path = Path(path)
        key = crypto.key_from_recovery(recovery, read_salt(path))
        try:
            return cls.open_with_key(path, key, **kwargs)
        finally:
            key.wipe()

    @classmethod
    def open_with_key(
        cls,
        path: Path | str,
        key: RawKey,
        *,
        before_migration: Callable[[Journal], None] | None = None,
    ) -> Journal:
        """Open with an already derived key (after unlock, or from the keychain).

        The journal is claimed shared first (``lock``): an open waits for a
        passphrase change or a restore of another process to finish. Then,
        cheaply: the ``-wal`` file is read as SQLite would replay it (when no
        other process holds the journal) and refused if it is damaged with
        commits behind the damage; the file's length is checked against its
        header; and every page of a small journal (a spread of pages of a big
        one) is checked against its HMAC. A damaged journal is never opened
        for writing: ``JournalDamaged`` says to restore or salvage.
        """
        path = Path(path)
        read_salt(path)
        claim = Claim.shared(path)
        try:
            journal = cls._open_claimed(path, key, claim, before_migration)
        except BaseException:
            claim.release()
            raise
        DB.initialize(journal.db)
        log.info("journal opened (schema %d)", migrations.SCHEMA_VERSION)
        return journal

    @classmethod
    def _open_claimed(
        cls,
        path: Path,
        key: RawKey,
        claim: Claim,
        before_migration: Callable[[Journal], None] | None,
    ) -> Journal:
        real = real_path(path)
        fsutil.clean_pending()
        fsutil.remove_stale_temps(real.parent, real.name, TEMP_PURPOSES)
        Backups.for_journal(path).clean_stale()
        report = None
        with claim.if_alone() as alone:
            if alone:
                report = wal.inspect(real)
                if report.damaged:
                    raise JournalDamaged(
                        f"{path.name}: {report.describe()}. Nothing was changed. " + SALVAGE_HINT
                    )
        database = CipherDatabase(real, key)
        try:
            database.connect()
            _check_not_truncated(path, database)
            _check_pages(path, database, key, report)
            journal = cls(path, database, claim)
            journal.wal_report = report
            if migrations.pending_steps(database):
                if migrations.schema_version(database) > 0:
                    (before_migration or _default_backup("before-migration"))(journal)
                journal.migrated_steps = migrations.migrate(database)
        except sqlcipher.Error as exc:
            database.close()
            database.forget_key()
            raise translate_error(exc, path=real) from None
        except BaseException:
            database.close()
            database.forget_key()
            raise
        return journal

    def close(self) -> None:
        """Close the database (checkpointing the WAL), unbind the models, wipe the key."""
        if not self.db.is_closed():
            try:
                self.db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            except Exception:  # a busy checkpoint is harmless; close anyway
                log.warning("checkpoint at close did not complete")
            self.db.close()
        self.db.forget_key()
        if DB.obj is self.db:
            DB.initialize(None)
        if self.claim is not None:
            self.claim.release()
            self.claim = None
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
        """Full check: every page's HMAC (SQLCipher), SQLite's integrity check, the WAL.

        Returns the problems found; an empty list means the journal is sound.
        ``wal_status`` says what the ``-wal`` file held.
        """
        conn = self.db.connection()
        try:
            problems = integrity_problems(conn)
            problems += [
                f"foreign key problem in {row[0]}"
                for row in conn.execute("PRAGMA foreign_key_check")
            ]
        except sqlcipher.Error as exc:
            problems = [str(translate_error(exc))]
        report = self.inspect_wal()
        if report is not None and report.damaged:
            problems.append(report.describe())
        if problems:
            self.db.mark_damaged(problems[0])
        return problems

    def inspect_wal(self) -> wal.WalReport | None:
        """The ``-wal`` file as SQLite replays it, or None while another process writes it."""
        if self.claim is not None:
            with self.claim.if_alone() as alone:
                if alone:
                    self.wal_report = wal.inspect(real_path(self.path))
                    return self.wal_report
        return None

    def wal_status(self) -> str:
        """One line on the ``-wal`` file, for ``verify``."""
        report = self.wal_report
        if report is None:
            return "the -wal file is in use by another program (it was not checked)"
        return report.describe()

    def check_in_background(self) -> list[str]:
        """The full check for a worker thread (its own connection); damage stops writes.

        The window runs this after unlocking: a problem found means the
        journal is damaged (``is_damaged``) and every write is refused from
        then on; offer ``storage.salvage.salvage``.
        """
        conn = raw_connect(real_path(self.path), self.key)
        try:
            problems = integrity_problems(conn)
        except sqlcipher.Error as exc:
            problems = [str(translate_error(exc))]
        except JournalError as exc:
            problems = [str(exc)]
        finally:
            conn.close()
        if problems:
            self.db.mark_damaged(problems[0])
        return problems

    @property
    def is_damaged(self) -> bool:
        return bool(self.db.damaged)

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
        src = raw_connect(real_path(self.path), self.key) if own_source else source
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
        """Re-encrypt under ``new_key``: a verified copy renamed over the journal.

        Holds the journal alone (``lock``) for the whole change: another
        process that has it open makes this fail with ``JournalBusy`` naming
        it, and opens elsewhere wait until the change is done. A symbolic
        link stays a link: the file it points to is replaced.
        """
        if self.claim is None:
            raise JournalError("The journal is closed.")
        with self.claim.exclusively("changing the passphrase"):
            self._rekey_alone(new_key, progress, before)

    def _rekey_alone(
        self,
        new_key: RawKey,
        progress: Progress | None,
        before: Callable[[Journal], None] | None,
    ) -> None:
        if self.db.damaged:
            raise JournalDamaged(
                f"The journal is damaged ({self.db.damaged}); its passphrase cannot be "
                "changed. " + SALVAGE_HINT
            )
        (before or _default_backup("before-passphrase-change"))(self)
        real = real_path(self.path)
        tmp = fsutil.temp_path_for(real, "rekey")
        conn = self.db.connection()
        self._take_exclusive(conn)
        try:
            with fsutil.os_errors("The re-encrypted copy"):
                fsutil.create_private(tmp)
            self.copy_to(tmp, new_key, progress, source=conn)
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except BaseException:
            self._release_exclusive(conn)
            for leftover in [tmp, *fsutil.sidecars(tmp)]:
                fsutil.remove_quietly(leftover)
            raise
        # The copy is complete and durable; swap it in while we still hold the
        # only connection, so no other writer can slip in between. The WAL
        # was checkpointed and truncated above, so nothing in it belongs to
        # the old file any more.
        old = self.db
        old.close()
        with fsutil.os_errors("The journal"):
            fsutil.atomic_replace(tmp, real)
        for sidecar in fsutil.sidecars(real):
            fsutil.remove_quietly(sidecar)
        old.forget_key()
        self.db = CipherDatabase(real, new_key)
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


#: Temp files beside the journal, by the operation that writes them.
TEMP_PURPOSES = ("create", "rekey", "restore", "salvage", "merge")


def _check_not_truncated(path: Path, database: CipherDatabase) -> None:
    """The file is at least as long as its header says (pages may still be in the WAL).

    Read in this order - page count, then the WAL, then the file's size - so
    that another process checkpointing meanwhile can only make the file look
    longer, never shorter.
    """
    pages_in_header = database.execute_sql("PRAGMA page_count").fetchone()[0]
    wal_file = Path(f"{database.database}-wal")
    if wal_file.exists() and wal_file.stat().st_size > 0:
        return
    size = Path(database.database).stat().st_size
    if pages_in_header * PAGE_SIZE > size:
        raise JournalDamaged(
            f"{path.name} is truncated: it is shorter than its own header says. "
            "Restore it from a backup, or salvage what can be read "
            "(`mentorjournal salvage`)."
        )


def _check_pages(
    path: Path, database: CipherDatabase, key: RawKey, report: wal.WalReport | None
) -> None:
    """Every page (or a spread) against its HMAC; SQLCipher confirms before we say damaged."""
    if report is None:
        return  # another process writes the journal: its pages change under us
    real = Path(database.database)
    bad = pages.sample_problems(real, key, skip=report.pages)
    if not bad:
        return
    try:
        confirmed = integrity_problems(database.connection())
    except sqlcipher.Error as exc:
        confirmed = [str(translate_error(exc))]
    if not confirmed:
        log.warning("page check disagreed with SQLCipher; trusting SQLCipher")
        return
    raise JournalDamaged(
        f"{path.name} is damaged: page {bad[0]} fails its integrity check (HMAC)"
        + (f" (and {len(bad) - 1} more)" if len(bad) > 1 else "")
        + ". Nothing was changed. "
        + SALVAGE_HINT
    )
