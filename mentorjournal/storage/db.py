"""The SQLCipher connection: one proxy, bound when a journal is opened.

``DB`` is the peewee proxy every model uses. ``CipherDatabase`` opens each
connection with the raw key (no key derivation per connection), silences
SQLCipher's own logging, proves the key by reading the schema *before* any
pragma that could write, and then sets the connection settings the journal
relies on (WAL, durable sync, foreign keys, in-memory temp storage, an explicit
busy timeout).
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import peewee
from playhouse.sqlcipher_ext import SqlCipherDatabase
from sqlcipher3 import dbapi2 as sqlcipher

from mentorjournal.errors import (
    DiskFull,
    JournalBusy,
    JournalDamaged,
    JournalError,
    JournalReadOnly,
    StorageFailure,
    WrongPassphrase,
)
from mentorjournal.storage.crypto import RawKey

log = logging.getLogger(__name__)

DB = peewee.DatabaseProxy()


def is_open() -> bool:
    """True while a journal is bound to ``DB`` (unlocked)."""
    return DB.obj is not None


BUSY_TIMEOUT_MS = 5000

#: Settings applied to every connection once the key is proven.
CONNECTION_PRAGMAS = (
    ("journal_mode", "wal"),
    ("synchronous", "full"),
    ("foreign_keys", "on"),
    ("temp_store", "memory"),
    ("cache_size", "-16000"),
)

_log_silenced = False


def silence_sqlcipher_log() -> None:
    """SQLCipher logs decryption failures to stderr by default; turn that off.

    The setting is process-wide, so doing it once is enough.
    """
    global _log_silenced
    if _log_silenced:
        return
    conn = sqlcipher.connect(":memory:")
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
    finally:
        conn.close()
    _log_silenced = True


#: SQLite's primary result codes that mean something to a user (sqlite3.h).
SQLITE_PERM, SQLITE_BUSY, SQLITE_LOCKED, SQLITE_READONLY = 3, 5, 6, 8
SQLITE_ERROR = 1
SQLITE_IOERR, SQLITE_CORRUPT, SQLITE_FULL, SQLITE_CANTOPEN = 10, 11, 13, 14
SQLITE_NOTADB = 26

SALVAGE_HINT = (
    "Restore a backup, or copy every readable record into a new journal (`mentorjournal salvage`)."
)
_DAMAGED = "The journal file is damaged; nothing was changed. " + SALVAGE_HINT


def error_code(exc: BaseException) -> int | None:
    """SQLite's primary result code behind ``exc`` (a driver error, or peewee's wrapper).

    A plain SQLITE_ERROR raised while handling another driver error is a symptom
    ("cannot rollback - no transaction is active" after SQLite rolled back by
    itself on an I/O error): the first more specific code along the chain wins.
    """
    seen: set[int] = set()
    node: BaseException | None = exc
    first: int | None = None
    while node is not None and id(node) not in seen:
        seen.add(id(node))
        code = getattr(node, "sqlite_errorcode", None)
        if isinstance(code, int):
            if code & 0xFF != SQLITE_ERROR:
                return code & 0xFF
            first = SQLITE_ERROR
        node = node.__cause__ or node.__context__
    return first


def _out_of_space(path: Path | None) -> bool:
    """An I/O error is a full disk when the journal's disk (or this process's size limit) is full."""
    import shutil

    if path is None and isinstance(DB.obj, CipherDatabase):
        path = Path(DB.obj.database)
    if path is None:
        return False
    try:
        import resource  # POSIX only

        limit = resource.getrlimit(resource.RLIMIT_FSIZE)[0]
        if limit != resource.RLIM_INFINITY:
            files = [p for p in (path, Path(f"{path}-wal")) if p.exists()]
            if any(p.stat().st_size + 2 * 1024 * 1024 >= limit for p in files):
                return True
    except (ImportError, OSError, ValueError):
        pass
    try:
        return shutil.disk_usage(path.parent).free < 2 * 1024 * 1024
    except OSError:
        return False


def translate_error(
    exc: BaseException, *, opening: bool = False, path: Path | None = None
) -> JournalError:
    """Map a driver error to a one-line message a user can act on, by SQLite's result code.

    ``opening``: the error came while proving the key, where "not a database"
    means a wrong key (or a damaged first page); afterwards it means damage.
    Messages never quote the driver's text (it may hold SQL or content).
    """
    code = error_code(exc)
    if code in (SQLITE_BUSY, SQLITE_LOCKED):
        return JournalBusy(
            "The journal is busy in another program (it holds the write lock); "
            "try again in a moment."
        )
    if code == SQLITE_NOTADB:
        return (
            WrongPassphrase("Wrong passphrase or damaged file.")
            if opening
            else JournalDamaged(_DAMAGED)
        )
    if code == SQLITE_CORRUPT:
        return JournalDamaged(_DAMAGED)
    if code in (SQLITE_READONLY, SQLITE_PERM):
        return JournalReadOnly(
            "The journal cannot be written: the file or its folder is read-only. "
            "Nothing was changed."
        )
    if code == SQLITE_FULL:
        return DiskFull(
            "The disk is full: this change was not saved. Free some space and try again."
        )
    if code == SQLITE_IOERR and _out_of_space(path):
        return DiskFull(
            "The disk is full (or a file size limit was reached): this change was not saved. "
            "Free some space and try again."
        )
    if code == SQLITE_IOERR:
        return StorageFailure(
            "The operating system reported a disk error while using the journal; "
            "nothing was changed. Check the disk, then verify the journal."
        )
    if code == SQLITE_CANTOPEN:
        return JournalError(
            "The journal file could not be opened (check the folder and its permissions)."
        )
    return JournalError(f"The journal could not be read ({exc.__class__.__name__}).")


@contextlib.contextmanager
def driver_errors() -> Iterator[None]:
    """``with driver_errors():`` turns database errors into ``JournalError``s.

    Constraint violations are left alone (the record services turn those into
    ``ValidationError``s naming the field).
    """
    try:
        yield
    except (JournalError, peewee.IntegrityError):
        raise
    except (sqlcipher.Error, peewee.PeeweeException) as exc:
        database = DB.obj if isinstance(DB.obj, CipherDatabase) else None
        error = translate_error(exc, path=Path(database.database) if database else None)
        if isinstance(error, JournalDamaged) and isinstance(DB.obj, CipherDatabase):
            DB.obj.mark_damaged("a page failed its check")
        raise error from None
    except OverflowError:
        raise JournalError("A number is too large for the journal (at most 2^63 - 1).") from None


def raw_connect(
    path: Path, key: RawKey, *, readonly: bool = False, new: bool = False
) -> sqlcipher.Connection:
    """A sqlcipher3 connection to ``path`` keyed with ``key``, key proven.

    ``new`` is for creating a file (nothing to prove yet). Driver errors come
    out as ``JournalError`` with a one-line message.
    """
    silence_sqlcipher_log()
    if readonly:
        target, uri = Path(path).resolve().as_uri() + "?mode=ro", True
    else:
        target, uri = str(path), False
    try:
        conn = sqlcipher.connect(target, uri=uri, isolation_level=None, check_same_thread=False)
    except sqlcipher.Error as exc:
        raise translate_error(exc, path=Path(path)) from None
    try:
        conn.execute(f"PRAGMA key = {key.pragma_value()}")
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        if not new:
            # Prove the key before anything can write (journal_mode may).
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher.Error as exc:
        conn.close()
        raise translate_error(exc, opening=True, path=Path(path)) from None
    return conn


def integrity_problems(conn: sqlcipher.Connection) -> list[str]:
    """SQLCipher's page-by-page HMAC check plus SQLite's own integrity check."""
    problems = [str(row[0]) for row in conn.execute("PRAGMA cipher_integrity_check")]
    rows = [str(row[0]) for row in conn.execute("PRAGMA integrity_check")]
    if rows != ["ok"]:
        problems.extend(rows)
    return problems


class CipherDatabase(SqlCipherDatabase):
    """peewee's SqlCipherDatabase, keyed with a raw key instead of a passphrase.

    Write transactions begin ``IMMEDIATE`` (``begin``): a transaction that
    starts as a reader and then writes cannot wait for another writer (SQLite
    answers "busy" at once when the snapshot is stale), one that takes the
    write lock first waits for the busy timeout like any other. Reads that
    need a consistent view use ``DB.atomic("DEFERRED")``.

    The database keeps its own copy of the key and wipes it in ``forget_key``
    (``Journal.close``). Once damage is seen (``damaged``), no transaction
    begins any more: nothing is written into a damaged file.
    """

    def __init__(self, path: Path, key: RawKey, *, new: bool = False) -> None:
        self._raw_key = key.copy()
        self._new = new
        self.damaged = ""
        super().__init__(str(path), pragmas=CONNECTION_PRAGMAS, thread_safe=True)

    def _connect(self) -> sqlcipher.Connection:  # peewee hook: called for each new connection
        conn = raw_connect(Path(self.database), self._raw_key, new=self._new)
        try:
            self._add_conn_hooks(conn)  # type: ignore[attr-defined]  # peewee's, not in its stubs
        except sqlcipher.Error as exc:
            conn.close()
            raise translate_error(exc, path=Path(self.database)) from None
        except Exception:
            conn.close()
            raise
        return conn

    def begin(self, lock_type: str | None = None) -> None:
        """Transactions take the write lock at once (IMMEDIATE), so writers wait for
        each other for the busy timeout instead of failing; ``DEFERRED`` is for
        readers (they may run on a damaged journal, writers may not)."""
        if self.damaged and lock_type != "DEFERRED":
            raise JournalDamaged(
                f"The journal is damaged ({self.damaged}); nothing more is written into it. "
                + SALVAGE_HINT
            )
        super().begin(lock_type or "IMMEDIATE")

    def mark_damaged(self, what: str) -> None:
        if not self.damaged:
            log.warning("journal damage seen: writes are refused from now on")
        self.damaged = self.damaged or what

    @property
    def raw_key(self) -> RawKey:
        return self._raw_key

    def forget_key(self) -> None:
        """Overwrite the key (the database cannot be used afterwards)."""
        self._raw_key.wipe()

    def execute_sql(self, sql: str, params: Sequence[Any] | None = None) -> sqlcipher.Cursor:
        """peewee's ``execute_sql`` with types: a cursor over the result rows."""
        cursor: sqlcipher.Cursor = peewee.Database.execute_sql(self, sql, params)
        return cursor

    def connection(self) -> sqlcipher.Connection:
        """This thread's connection (opened on first use)."""
        conn: sqlcipher.Connection = peewee.Database.connection(self)
        return conn

    def settings(self) -> dict[str, str]:
        """The connection settings as SQLite reports them (for verify/tests)."""
        names = ("journal_mode", "synchronous", "foreign_keys", "temp_store", "busy_timeout")
        return {name: str(self.execute_sql(f"PRAGMA {name}").fetchone()[0]) for name in names}
