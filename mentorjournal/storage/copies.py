"""Whole-file copies of a journal: written with SQLite's backup API, then verified.

Backups, passphrase changes and salvage all make a complete encrypted copy
under some key and check it page by page before trusting it; this module is
that one procedure, kept below ``journal`` and ``backups`` so both use it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlcipher3 import dbapi2 as sqlcipher

from mentorjournal.errors import JournalDamaged
from mentorjournal.storage import fsutil, migrations
from mentorjournal.storage.crypto import RawKey
from mentorjournal.storage.db import integrity_problems, raw_connect, translate_error

Progress = Callable[[int, int], None]


def copy_database(source: Any, dest: Path, key: RawKey, progress: Progress | None = None) -> None:
    """Copy the open connection ``source`` into the new file ``dest`` keyed with ``key``.

    The copy is verified (every page's HMAC and SQLite's integrity check) and
    fsynced; on any failure ``dest`` is removed.
    """
    dest = Path(dest)
    target = raw_connect(dest, key, new=True)
    try:

        def step(status: int, remaining: int, total: int) -> None:
            if progress:
                progress(total - remaining, total)

        source.backup(target, pages=256, progress=step)
    except sqlcipher.Error as exc:
        target.close()
        fsutil.remove_quietly(dest)
        raise translate_error(exc) from None
    finally:
        target.close()
    try:
        verify_file(dest, key)
        fsutil.fsync_file(dest)
    except BaseException:
        fsutil.remove_quietly(dest)
        raise


def verify_file(path: Path, key: RawKey) -> None:
    """Open ``path`` with ``key`` and run the full integrity check, or raise."""
    conn = raw_connect(path, key)
    try:
        problems = integrity_problems(conn)
        version = conn.execute("PRAGMA user_version").fetchone()[0]
    except sqlcipher.Error as exc:
        raise translate_error(exc) from None
    finally:
        conn.close()
    if problems:
        raise JournalDamaged(f"{Path(path).name} failed its integrity check: {problems[0]}")
    migrations.check_version(version)
