"""Claims on a journal file, held through the operating system.

Every process that opens a journal holds a *shared* claim on it: the window
and any number of command-line runs work on one journal together (SQLite
keeps their transactions apart). Operations that replace the whole file -
changing the passphrase, restoring a backup, salvaging - take the claim
*exclusive*: they wait a moment for the others to finish and otherwise
refuse, naming who holds the journal. An open waits for an exclusive holder
the same way. The operating system drops a claim when its process dies, so a
crash never leaves a journal locked.

Beside the journal (the real file, when the path is a symbolic link) a hidden
folder ``.NAME.lock/`` holds:

- ``open``: the file the claims are taken on (``flock``; ``LockFileEx`` on
  Windows), empty;
- ``gate``: taken exclusive by whoever wants an exclusive claim, so that a
  holder upgrading its shared claim (the window changing the passphrase)
  never lets another whole-file operation slip in (a failed upgrade drops
  the shared lock for a moment);
- one note per holder, ``PID@HOST.json``: the process id, the host, the
  program ("the MentorJournal window", "the command line") and what it is
  doing. Notes name holders in messages; they never hold content. A note
  left by a dead process is ignored and removed.

One process holds one claim per journal, shared by its ``Journal`` objects
(counted); an exclusive claim needs that process to hold the journal once.
The waits can be shortened with ``MENTORJOURNAL_LOCK_WAIT`` (seconds).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import logging
import os
import re
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from mentorjournal.errors import JournalBusy

log = logging.getLogger(__name__)

#: How long an open waits for a whole-file operation of another process to end.
OPEN_WAIT = 15.0
#: How long a whole-file operation waits for other holders to close the journal.
EXCLUSIVE_WAIT = 3.0
ENV_WAIT = "MENTORJOURNAL_LOCK_WAIT"
_POLL = 0.05

#: Who this process is, in messages other processes show ("… has the journal open").
PROGRAM = "a MentorJournal program"

SHARED, EXCLUSIVE = "shared", "exclusive"


def set_program(name: str) -> None:
    """Name this process in other processes' messages (the front ends call this once)."""
    global PROGRAM
    PROGRAM = name


def lock_folder(journal: Path) -> Path:
    real = real_path(journal)
    return real.with_name(f".{real.name}.lock")


def real_path(path: Path) -> Path:
    """The file a path names, through symbolic links (the file that gets replaced)."""
    return Path(os.path.realpath(path))


def _wait(default: float) -> float:
    raw = os.environ.get(ENV_WAIT)
    if raw:
        try:
            return max(0.0, float(raw))
        except ValueError:
            log.warning("%s is not a number of seconds; ignored", ENV_WAIT)
    return default


# -- the operating system's locks ---------------------------------------------------

if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import ctypes
    import msvcrt
    from ctypes import wintypes

    class _Overlapped(ctypes.Structure):
        _fields_ = [
            ("Internal", ctypes.c_void_p),
            ("InternalHigh", ctypes.c_void_p),
            ("Offset", wintypes.DWORD),
            ("OffsetHigh", wintypes.DWORD),
            ("hEvent", wintypes.HANDLE),
        ]

    _kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
    _LOCKFILE_FAIL_IMMEDIATELY, _LOCKFILE_EXCLUSIVE_LOCK = 0x1, 0x2

    def _os_unlock(fd: int) -> None:
        handle = msvcrt.get_osfhandle(fd)
        _kernel32.UnlockFileEx(handle, 0, 1, 0, ctypes.byref(_Overlapped()))

    def _os_lock(fd: int, mode: str) -> bool:
        """Take the lock without waiting (Windows cannot convert: unlock first)."""
        handle = msvcrt.get_osfhandle(fd)
        _os_unlock(fd)
        flags = _LOCKFILE_FAIL_IMMEDIATELY | (_LOCKFILE_EXCLUSIVE_LOCK if mode == EXCLUSIVE else 0)
        return bool(_kernel32.LockFileEx(handle, flags, 0, 1, 0, ctypes.byref(_Overlapped())))

else:
    import fcntl

    def _os_lock(fd: int, mode: str) -> bool:
        """Take (or convert to) ``mode`` without waiting; False if another process holds it.

        A conversion that fails leaves no lock at all (Linux and BSD drop the
        old one first): callers that upgrade re-take the shared lock.
        """
        op = fcntl.LOCK_EX if mode == EXCLUSIVE else fcntl.LOCK_SH
        try:
            fcntl.flock(fd, op | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _os_unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


def _open_lock_file(path: Path) -> int:
    try:
        return os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    except PermissionError:
        return os.open(path, os.O_RDONLY)  # a read-only folder: locks work on a read fd


def _poll(take: Any, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while True:
        if take():
            return True
        if time.monotonic() >= deadline:
            return False
        time.sleep(_POLL)


# -- who holds it ------------------------------------------------------------------


def _host() -> str:
    import socket  # not at import: the window imports this module before its first dialog

    return socket.gethostname() or "localhost"


def _note_name(pid: int, host: str) -> str:
    return f"{pid}@{re.sub(r'[^A-Za-z0-9._-]', '_', host)}.json"


@dataclass(frozen=True)
class Holder:
    """Another process that holds (or held) a claim on the journal."""

    pid: int
    host: str
    program: str
    doing: str
    since: str

    def describe(self) -> str:
        where = "" if self.host == _host() else f" on {self.host}"
        return f"{self.program} (process {self.pid}{where})"

    def alive(self) -> bool:
        if self.host != _host():
            return True  # cannot tell: a journal on a shared drive
        return _pid_alive(self.pid)


def _pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if sys.platform == "win32":  # pragma: no cover
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def holders(journal: Path) -> list[Holder]:
    """The other live processes that hold the journal, as their notes say."""
    folder = lock_folder(journal)
    found = []
    for note in _notes(folder):
        holder = _read_note(note)
        if holder is None or (holder.pid == os.getpid() and holder.host == _host()):
            continue
        if holder.alive():
            found.append(holder)
    return found


def _notes(folder: Path) -> list[Path]:
    try:
        return [p for p in folder.iterdir() if p.name.endswith(".json")]
    except OSError:
        return []


def _read_note(path: Path) -> Holder | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return Holder(
            int(data["pid"]),
            str(data["host"]),
            str(data["program"]),
            str(data["doing"]),
            str(data.get("since", "")),
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _busy_message(journal: Path, wanted: str, purpose: str) -> str:
    found = holders(journal)
    busy = [h for h in found if h.doing != "open"]
    if busy:
        h = busy[0]
        return f"The journal is busy: {h.describe()} is {h.doing}. Try again when it has finished."
    if wanted == EXCLUSIVE:
        if found:
            names = ", ".join(h.describe() for h in found[:3])
            return (
                f"Cannot start {purpose}: the journal is open in {names}. "
                "Close it (or lock it) there, then try again."
            )
        return (
            f"Cannot start {purpose}: the journal is open in another program. "
            "Close it there, then try again."
        )
    return "The journal is busy in another program; try again in a moment."


# -- claims --------------------------------------------------------------------------


@dataclass
class _Entry:
    """This process's hold on one journal (shared by its Journal objects)."""

    journal: Path
    folder: Path
    fd: int | None
    mode: str
    doing: str
    users: int = 1
    note: Path | None = None


_entries: dict[str, _Entry] = {}
_mutex = threading.RLock()


class Claim:
    """One holder's claim on a journal; ``release`` it when done (``Journal.close`` does)."""

    def __init__(self, entry: _Entry) -> None:
        self._entry: _Entry | None = entry

    # -- taking ------------------------------------------------------------------

    @classmethod
    def shared(cls, journal: Path, *, wait: float | None = None) -> Claim:
        """Claim ``journal`` for reading and writing alongside other processes."""
        journal = Path(journal)
        with _mutex:
            key = str(real_path(journal))
            entry = _entries.get(key)
            if entry is not None:
                if entry.mode == EXCLUSIVE:
                    raise JournalBusy(
                        f"The journal is busy: this program is {entry.doing}. "
                        "Try again when it has finished."
                    )
                entry.users += 1
                return cls(entry)
            entry = _take(journal, SHARED, "open", wait_for_open() if wait is None else wait)
            _entries[key] = entry
            return cls(entry)

    @classmethod
    def exclusive(cls, journal: Path, purpose: str, *, wait: float | None = None) -> Claim:
        """Claim ``journal`` alone for ``purpose`` (e.g. "restoring a backup")."""
        journal = Path(journal)
        with _mutex:
            key = str(real_path(journal))
            if key in _entries:
                raise JournalBusy(
                    f"Cannot start {purpose}: the journal is open in this program; "
                    "close (or lock) it first."
                )
            entry = _take(
                journal, EXCLUSIVE, purpose, wait_for_exclusive() if wait is None else wait
            )
            _entries[key] = entry
            return cls(entry)

    # -- using -------------------------------------------------------------------

    @property
    def mode(self) -> str:
        return self._entry.mode if self._entry else ""

    @property
    def held(self) -> bool:
        """False when the operating system's lock could not be taken at all (read-only folder)."""
        return self._entry is not None and self._entry.fd is not None

    @contextlib.contextmanager
    def exclusively(self, purpose: str, *, wait: float | None = None) -> Iterator[None]:
        """Hold the journal alone inside the block (upgrade), shared again after it."""
        entry = self._require()
        with _mutex:
            if entry.users > 1:
                raise JournalBusy(
                    f"Cannot start {purpose}: the journal is open twice in this program."
                )
            if entry.mode == EXCLUSIVE:
                yield
                return
            _upgrade(entry, purpose, wait_for_exclusive() if wait is None else wait)
        try:
            yield
        finally:
            with _mutex:
                _downgrade(entry)

    @contextlib.contextmanager
    def if_alone(self) -> Iterator[bool]:
        """True inside the block when no other process holds the journal (held exclusive).

        Used to clean up after crashes: temp files of a whole-file operation
        are stale only when nobody else holds the journal.
        """
        entry = self._require()
        with _mutex:
            if entry.mode == EXCLUSIVE:
                yield True
                return
            if entry.users > 1 or entry.fd is None:
                yield False
                return
            try:
                _upgrade(entry, "cleaning up", 0.0)
            except JournalBusy:
                yield False
                return
            try:
                yield True
            finally:
                _downgrade(entry)

    def release(self) -> None:
        entry, self._entry = self._entry, None
        if entry is None:
            return
        with _mutex:
            entry.users -= 1
            if entry.users > 0:
                return
            _entries.pop(str(real_path(entry.journal)), None)
            _drop(entry)

    def _require(self) -> _Entry:
        if self._entry is None:
            raise RuntimeError("claim already released")
        return self._entry

    def __enter__(self) -> Claim:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


def _take(journal: Path, mode: str, doing: str, wait: float) -> _Entry:
    folder = lock_folder(journal)
    try:
        folder.mkdir(mode=0o700, exist_ok=True)
        fd: int | None = _open_lock_file(folder / "open")
    except OSError as exc:
        # A read-only place: nobody can replace the file there either.
        log.warning("journal lock unavailable (%s); continuing without it", type(exc).__name__)
        return _Entry(journal, folder, None, mode, doing)
    assert fd is not None
    try:
        if mode == EXCLUSIVE:
            gate = _open_lock_file(folder / "gate")
            try:
                if not _poll(lambda: _os_lock(gate, EXCLUSIVE), wait):
                    raise JournalBusy(_busy_message(journal, mode, doing))
                if not _poll(lambda: _os_lock(fd, EXCLUSIVE), wait):
                    raise JournalBusy(_busy_message(journal, mode, doing))
            finally:
                os.close(gate)  # closing drops the gate
        elif not _poll(lambda: _os_lock(fd, SHARED), wait):
            raise JournalBusy(_busy_message(journal, mode, doing))
    except BaseException:
        os.close(fd)
        raise
    entry = _Entry(journal, folder, fd, mode, doing)
    _clean_notes(folder, everyone=mode == EXCLUSIVE)
    _write_note(entry)
    return entry


def _upgrade(entry: _Entry, purpose: str, wait: float) -> None:
    fd = entry.fd
    if fd is None:
        entry.mode, entry.doing = EXCLUSIVE, purpose
        return
    gate = _open_lock_file(entry.folder / "gate")
    try:
        if not _poll(lambda: _os_lock(gate, EXCLUSIVE), wait):
            raise JournalBusy(_busy_message(entry.journal, EXCLUSIVE, purpose))

        def attempt() -> bool:
            if _os_lock(fd, EXCLUSIVE):
                return True
            # The failed conversion dropped our shared lock: take it back. Nobody
            # can take the journal meanwhile, since we hold the gate.
            if not _poll(lambda: _os_lock(fd, SHARED), 5.0):
                log.error("could not take back the shared claim")
            return False

        if not _poll(attempt, wait):
            raise JournalBusy(_busy_message(entry.journal, EXCLUSIVE, purpose))
    finally:
        os.close(gate)
    entry.mode, entry.doing = EXCLUSIVE, purpose
    _clean_notes(entry.folder, everyone=True)
    _write_note(entry)


def _downgrade(entry: _Entry) -> None:
    if entry.fd is not None:
        _os_lock(entry.fd, SHARED)  # cannot conflict: we held it alone
    entry.mode, entry.doing = SHARED, "open"
    _write_note(entry)


def _drop(entry: _Entry) -> None:
    if entry.note is not None:
        with contextlib.suppress(OSError):
            entry.note.unlink()
    if entry.fd is not None:
        with contextlib.suppress(OSError):
            _os_unlock(entry.fd)
        os.close(entry.fd)
        entry.fd = None
    forget(entry.journal)


def forget(journal: Path) -> None:
    """Remove the lock folder of a journal that no longer exists (a failed create, say).

    While the journal exists its lock file stays, so that every process locks
    the same file.
    """
    journal = Path(journal)
    if os.path.lexists(journal):
        return
    with _mutex:
        if str(real_path(journal)) in _entries:
            return
        folder = lock_folder(journal)
        for leftover in [folder / "open", folder / "gate", *_notes(folder)]:
            with contextlib.suppress(OSError):
                leftover.unlink()
        with contextlib.suppress(OSError):
            folder.rmdir()


def _write_note(entry: _Entry) -> None:
    if entry.fd is None:
        return
    note = entry.folder / _note_name(os.getpid(), _host())
    data = {
        "pid": os.getpid(),
        "host": _host(),
        "program": PROGRAM,
        "doing": entry.doing,
        "since": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
    }
    try:
        fd = os.open(note, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(json.dumps(data))
        entry.note = note
    except OSError:
        log.info("could not write the lock note")


def _clean_notes(folder: Path, *, everyone: bool) -> None:
    """Remove notes of dead processes (all others' when we hold the journal alone)."""
    mine = _note_name(os.getpid(), _host())
    for note in _notes(folder):
        if note.name == mine:
            continue
        holder = _read_note(note)
        if everyone or holder is None or not holder.alive():
            with contextlib.suppress(OSError):
                note.unlink()


def held_here(journal: Path) -> str:
    """How this process holds ``journal``: "shared", "exclusive" or "" (tests, diagnostics)."""
    with _mutex:
        entry = _entries.get(str(real_path(Path(journal))))
        return entry.mode if entry else ""


def wait_for_open() -> float:
    return _wait(OPEN_WAIT)


def wait_for_exclusive() -> float:
    return _wait(EXCLUSIVE_WAIT)
