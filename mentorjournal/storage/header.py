"""What a journal file looks like from outside, before any decryption.

Kept free of heavy imports (no SQLCipher, no peewee, no Argon2) so the window
can check a file while it is still starting up.
"""

from __future__ import annotations

from pathlib import Path

from mentorjournal.errors import JournalError, JournalNotFound, NotAJournal
from mentorjournal.storage import crypto

SQLITE_MAGIC = b"SQLite format 3\x00"
SUFFIX = ".mjournal"
PAGE_SIZE = 4096


def read_salt(path: Path) -> bytes:
    """Check that ``path`` can be a journal and return its 16-byte salt."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise JournalNotFound(f"No journal at {path}.") from None
    except OSError as exc:
        raise JournalError(f"Cannot read {path}: {exc.strerror}.") from None
    if path.is_dir():
        raise JournalNotFound(f"{path} is a folder, not a journal file.")
    if size == 0:
        raise NotAJournal(f"{path.name} is empty: it is not a MentorJournal journal.")
    try:
        with open(path, "rb") as fh:
            head = fh.read(len(SQLITE_MAGIC))
    except OSError as exc:
        raise JournalError(f"Cannot read {path}: {exc.strerror}.") from None
    if head == SQLITE_MAGIC:
        raise NotAJournal(
            f"{path.name} is an unencrypted SQLite database, not a MentorJournal journal."
        )
    if size < PAGE_SIZE or size % PAGE_SIZE:
        raise NotAJournal(
            f"{path.name} is not a MentorJournal journal, or it is truncated or damaged."
        )
    return head[: crypto.SALT_SIZE]
