"""Durable, private file operations: fsync, atomic replace via a temp file, cleanup.

Used for journal creation, passphrase changes, backups, restores and exports,
so that a crash leaves either the old file or the complete new one.

Everything MentorJournal creates is private: files 0600, folders 0700 (the
front ends also set the process umask to 077, which covers SQLite's own
``-wal``/``-shm``). A temp file's name carries the process id and a tag of the
host that writes it (``.NAME.PURPOSE-PID-HOST-RANDOM.tmp``), so a later run
can tell a temp file of a crashed process (stale: removed) from one being
written right now. Temp files written outside the journal's and backups'
folders (exports) are also listed in ``data_dir()/pending/`` while they are
written, so the next start finds and removes them wherever they are.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from mentorjournal import paths
from mentorjournal.errors import JournalError, from_os_error

# hashlib, secrets, socket and json are imported where used (temp names, notes), and
# the temp names' patterns compiled when first matched: the window imports this module
# for ``use_private_umask`` before its first dialog.

log = logging.getLogger(__name__)

FILE_MODE = 0o600
DIR_MODE = 0o700
PRIVATE_UMASK = 0o077

_TEMP = r"^\.(?P<name>.+)\.(?P<purpose>[a-z]+)-(?P<pid>\d+)-(?P<host>[0-9a-f]{6})-[0-9a-f]+\.tmp"
_OLD_TEMP = r"^\..+\.[a-z]+-[0-9a-f]{8}\.tmp"
#: A temp file whose writer cannot be checked (another host, an older version) is
#: stale after this long.
UNCHECKED_STALE_AFTER = 24 * 3600


def use_private_umask() -> None:
    """New files of this process are readable by the user only (front ends call this)."""
    os.umask(PRIVATE_UMASK)


def fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_dir(path: Path) -> None:
    """Make a rename in ``path`` durable (a no-op where folders can't be opened)."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:  # Windows cannot open a directory
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def private_dir(path: Path) -> Path:
    """Create ``path`` (and missing parents) as 0700 folders; existing ones are left alone."""
    path = Path(path)
    if not path.is_dir():
        missing = []
        for parent in [path, *path.parents]:
            if parent.exists():
                break
            missing.append(parent)
        for folder in reversed(missing):
            with contextlib.suppress(FileExistsError):
                folder.mkdir(mode=DIR_MODE)
    return path


def create_private(path: Path) -> None:
    """Create ``path`` empty, 0600, failing if it exists (SQLite then opens it)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    os.close(fd)


def _host_tag() -> str:
    import hashlib
    import socket

    return hashlib.blake2b(socket.gethostname().encode(), digest_size=3).hexdigest()


def temp_path_for(dest: Path, purpose: str) -> Path:
    """A hidden, unique sibling of ``dest`` for writing before a rename."""
    import secrets

    return dest.with_name(
        f".{dest.name}.{purpose}-{os.getpid()}-{_host_tag()}-{secrets.token_hex(4)}.tmp"
    )


def _pid_alive(pid: int) -> bool:
    if sys.platform == "win32":  # pragma: no cover
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def is_stale_temp(path: Path) -> bool:
    """True for a temp file (or its SQLite sidecar) whose writer is gone."""
    match = re.match(_TEMP, path.name)
    if match:
        if match["host"] == _host_tag():
            pid = int(match["pid"])
            return pid != os.getpid() and not _pid_alive(pid)
    elif not re.match(_OLD_TEMP, path.name):
        return False
    try:
        age = time.time() - path.stat().st_mtime
    except OSError:
        return False
    return age > UNCHECKED_STALE_AFTER


def remove_stale_temps(folder: Path, name: str, purposes: tuple[str, ...]) -> list[Path]:
    """Remove stale temp files of ``name`` (and their sidecars) in ``folder``."""
    removed = []
    for purpose in purposes:
        try:
            candidates = list(Path(folder).glob(f".{name}.{purpose}-*.tmp*"))
        except OSError:
            continue
        for leftover in candidates:
            if is_stale_temp(leftover):
                remove_quietly(leftover)
                removed.append(leftover)
    if removed:
        log.info("removed %d temp file(s) left by an interrupted operation", len(removed))
    return removed


def atomic_replace(tmp: Path, dest: Path) -> None:
    """fsync ``tmp``, rename it over ``dest``, fsync the folder."""
    fsync_file(tmp)
    os.replace(tmp, dest)
    fsync_dir(dest.parent)


def write_new_private(path: Path, data: bytes) -> None:
    """Write ``data`` into the new file ``path`` (0600) and fsync it."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())


def copy_private(source: Path, dest: Path, chunk: int = 1 << 20) -> None:
    """Copy ``source`` into the new file ``dest`` (0600), fsynced."""
    fd = os.open(dest, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    with os.fdopen(fd, "wb") as out, open(source, "rb") as src:
        while block := src.read(chunk):
            out.write(block)
        out.flush()
        os.fsync(out.fileno())


@contextlib.contextmanager
def pending(tmp: Path) -> Iterator[None]:
    """List ``tmp`` in ``data_dir()/pending/`` while it is written (see the module doc)."""
    import json
    import secrets

    note: Path | None = None
    try:
        folder = private_dir(paths.data_dir() / "pending")
        note = folder / f"{os.getpid()}-{_host_tag()}-{secrets.token_hex(4)}.json"
        write_new_private(note, json.dumps({"path": str(Path(tmp).absolute())}).encode())
    except OSError:
        log.info("could not note a temp file for cleanup")
        note = None
    try:
        yield
    finally:
        if note is not None:
            remove_quietly(note)


def clean_pending() -> list[Path]:
    """Remove temp files that crashed processes left anywhere (see ``pending``)."""
    import json

    folder = paths.data_dir() / "pending"
    removed: list[Path] = []
    try:
        notes = list(folder.glob("*.json"))
    except OSError:
        return removed
    for note in notes:
        parts = note.stem.split("-")
        if len(parts) != 3 or parts[1] != _host_tag() or not parts[0].isdigit():
            continue
        pid = int(parts[0])
        if pid == os.getpid() or _pid_alive(pid):
            continue
        try:
            tmp = Path(json.loads(note.read_text(encoding="utf-8"))["path"])
        except (OSError, ValueError, KeyError, TypeError):
            remove_quietly(note)
            continue
        if re.match(_TEMP, tmp.name):
            for leftover in [tmp, *sidecars(tmp), Path(f"{tmp}-journal")]:
                remove_quietly(leftover)
            removed.append(tmp)
        remove_quietly(note)
    if removed:
        log.info("removed %d temp file(s) left by an interrupted export", len(removed))
    return removed


def atomic_write_bytes(dest: Path, data: bytes) -> None:
    """Write ``dest`` (0600) through a temp file beside it: the old file or the new one.

    Raises ``OSError`` (callers that want a one-line message wrap it in ``os_errors``).
    """
    dest = Path(dest)
    if not dest.parent.is_dir():
        private_dir(dest.parent)
    tmp = temp_path_for(dest, "write")
    with pending(tmp):
        try:
            write_new_private(tmp, data)
            os.replace(tmp, dest)
            fsync_dir(dest.parent)
        except BaseException:
            remove_quietly(tmp)
            raise


def atomic_write_text(dest: Path, text: str) -> None:
    atomic_write_bytes(dest, text.encode("utf-8"))


def remove_quietly(path: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        os.remove(path)


def sidecars(path: Path) -> list[Path]:
    """SQLite's -wal and -shm files beside a database."""
    return [Path(f"{path}-wal"), Path(f"{path}-shm")]


@contextlib.contextmanager
def os_errors(what: str) -> Iterator[None]:
    """``with os_errors("The backup"):`` turns ``OSError`` into a one-line ``JournalError``."""
    try:
        yield
    except JournalError:
        raise
    except OSError as exc:
        raise from_os_error(exc, what) from None
