"""SQLite's write-ahead log, read without the key: checked and merged.

A journal's ``-wal`` holds whole encrypted pages in frames, each with a
plaintext 24-byte header and a running checksum (sqlite.org/fileformat2.html,
"The WAL file"). SQLite replays the frames up to the first one whose checksum
fails and silently ignores the rest, so a flipped byte in the middle of the
log drops every commit after it. ``inspect`` reads the log the same way, and
also checks each later frame against its own predecessor, so it can tell a
torn tail (a crash while writing: harmless, nothing acknowledged is lost)
from damage with intact commits behind it.

``merge_into_database`` does what a checkpoint does, byte for byte, without
the key: it copies the committed frames into the database file, fsyncs it,
then empties the log. Interrupted, the log is still whole and SQLite (or the
next merge) replays it again. A restore uses it when the key it has does not
open the current journal, so the old journal stays whole until the rename.
Only call these while holding the journal alone (``lock.Claim``).
"""

from __future__ import annotations

import os
import struct
from dataclasses import dataclass, field
from pathlib import Path

from mentorjournal.storage import fsutil

HEADER_SIZE = 32
FRAME_HEADER_SIZE = 24
_MAGICS = (0x377F0682, 0x377F0683)


@dataclass
class Frame:
    number: int  # 1-based position in the log
    page: int
    commit_size: int  # pages in the database after this commit; 0 if not a commit
    offset: int  # of the page data in the log


@dataclass
class WalReport:
    """What the log holds: ``frames`` replayed by SQLite, and any damage."""

    size: int = 0
    page_size: int = 0
    frames: list[Frame] = field(default_factory=list)  # valid, up to the last commit
    torn_frames: int = 0  # after the last commit: not committed (ignored by SQLite too)
    damaged_frame: int | None = None  # first frame that fails although later ones are intact
    lost_commits: int = 0  # intact commits after the damaged frame
    header_problem: str = ""

    @property
    def commits(self) -> int:
        return sum(1 for f in self.frames if f.commit_size)

    @property
    def damaged(self) -> bool:
        return self.damaged_frame is not None

    @property
    def pages(self) -> set[int]:
        return {f.page for f in self.frames}

    def describe(self) -> str:
        if self.size == 0:
            return "the -wal file is empty"
        if self.header_problem:
            return f"the -wal file's header is damaged ({self.header_problem}); it is ignored"
        if self.damaged:
            return (
                f"the -wal file is damaged at frame {self.damaged_frame}: "
                f"{self.lost_commits} later commit(s) would be lost"
            )
        text = f"the -wal file holds {self.commits} commit(s) in {len(self.frames)} frame(s)"
        if self.torn_frames:
            text += f", and {self.torn_frames} uncommitted frame(s) of an interrupted write"
        return text


def wal_path(database: Path) -> Path:
    return Path(f"{database}-wal")


def _checksum(data: bytes, big_endian: bool, s1: int, s2: int) -> tuple[int, int]:
    words = struct.unpack(f"{'>' if big_endian else '<'}{len(data) // 4}I", data)
    mask = 0xFFFFFFFF
    for i in range(0, len(words), 2):
        s1 = (s1 + words[i] + s2) & mask
        s2 = (s2 + words[i + 1] + s1) & mask
    return s1, s2


def inspect(database: Path) -> WalReport:
    """Read the log beside ``database`` as SQLite's recovery would, and look past it."""
    path = wal_path(database)
    try:
        with open(path, "rb") as fh:
            data = fh.read()
    except FileNotFoundError:
        return WalReport()
    report = WalReport(size=len(data))
    if not data:
        return report
    if len(data) < HEADER_SIZE:
        report.header_problem = "too short"
        return report
    magic, _version, page_size, _seq, salt1, salt2, c1, c2 = struct.unpack(">8I", data[:32])
    if magic not in _MAGICS:
        report.header_problem = "unknown magic number"
        return report
    big_endian = bool(magic & 1)
    if _checksum(data[:24], big_endian, 0, 0) != (c1, c2):
        report.header_problem = "checksum mismatch"
        return report
    if page_size < 512 or page_size & (page_size - 1):
        report.header_problem = "bad page size"
        return report
    report.page_size = page_size
    frame_size = FRAME_HEADER_SIZE + page_size
    count = (len(data) - HEADER_SIZE) // frame_size
    running = (c1, c2)
    valid: list[Frame] = []
    uncommitted = 0
    failed_at: int | None = None
    for n in range(count):
        start = HEADER_SIZE + n * frame_size
        head = data[start : start + FRAME_HEADER_SIZE]
        page, commit, f_salt1, f_salt2, f_c1, f_c2 = struct.unpack(">6I", head)
        body = data[start + FRAME_HEADER_SIZE : start + frame_size]
        if (f_salt1, f_salt2) != (salt1, salt2) or page == 0:
            break  # an older generation of the log, or never written: the end
        s = _checksum(head[:8], big_endian, *running)
        s = _checksum(body, big_endian, *s)
        if failed_at is None:
            if s != (f_c1, f_c2):
                failed_at = n + 1
                running = (f_c1, f_c2)  # look past it: later frames chain from what was stored
                continue
            frame = Frame(n + 1, page, commit, start + FRAME_HEADER_SIZE)
            valid.append(frame)
            uncommitted = 0 if commit else uncommitted + 1
            running = s
        else:
            if s != (f_c1, f_c2):
                break  # garbage: the damage (or a torn write) goes on
            running = s
            if commit:
                report.lost_commits += 1
    if failed_at is not None and report.lost_commits:
        report.damaged_frame = failed_at
    last_commit = max((i for i, f in enumerate(valid) if f.commit_size), default=-1)
    report.frames = valid[: last_commit + 1]
    report.torn_frames = len(valid) - len(report.frames) + (0 if failed_at is None else 1)
    return report


def merge_into_database(database: Path) -> int:
    """Checkpoint without the key: committed frames into the file, then an empty log.

    Returns how many frames were copied. The database must not be open anywhere.
    """
    database = Path(database)
    report = inspect(database)
    path = wal_path(database)
    if report.frames:
        with open(path, "rb") as log, open(database, "r+b") as db:
            for frame in report.frames:
                log.seek(frame.offset)
                page = log.read(report.page_size)
                db.seek((frame.page - 1) * report.page_size)
                db.write(page)
            db.truncate(report.frames[-1].commit_size * report.page_size)
            db.flush()
            os.fsync(db.fileno())
    if path.exists():
        with open(path, "r+b") as log:
            log.truncate(0)
            log.flush()
            os.fsync(log.fileno())
    fsutil.remove_quietly(Path(f"{database}-shm"))
    return len(report.frames)
