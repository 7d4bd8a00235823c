"""Durable file operations: fsync, and atomic replace via a temp file.

Used for journal creation, passphrase changes, backups, restores and exports,
so that a crash leaves either the old file or the complete new one.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from pathlib import Path


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


def temp_path_for(dest: Path, purpose: str) -> Path:
    """A hidden, unique sibling of ``dest`` for writing before a rename."""
    return dest.with_name(f".{dest.name}.{purpose}-{secrets.token_hex(4)}.tmp")


def atomic_replace(tmp: Path, dest: Path) -> None:
    """fsync ``tmp``, rename it over ``dest``, fsync the folder."""
    fsync_file(tmp)
    os.replace(tmp, dest)
    fsync_dir(dest.parent)


def atomic_write_bytes(dest: Path, data: bytes) -> None:
    dest = Path(dest)
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = temp_path_for(dest, "write")
    try:
        with open(tmp, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
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
