"""Errors the core raises for things a user can cause or fix.

Every ``JournalError`` carries a one-line message meant for the user: the
window shows it in a dialog, the command line prints it on stderr. None of
them ever includes journal content or a passphrase.
"""

from __future__ import annotations

import errno


class JournalError(Exception):
    """Base class for problems a user can understand and act on."""

    #: Exit code the command line uses for this kind of problem.
    exit_code = 1


class JournalNotFound(JournalError):
    """The path does not exist or is not a file."""


class JournalExists(JournalError):
    """Creating a journal where a file already exists."""


class InvalidPassphrase(JournalError):
    """A passphrase that cannot be used (for example an empty one)."""

    exit_code = 2


class WrongPassphrase(JournalError):
    """The key does not decrypt the file: wrong passphrase or damaged header."""

    exit_code = 3


class NotAJournal(JournalError):
    """The file is something else: empty, plain SQLite, unknown format."""

    exit_code = 4


class JournalDamaged(JournalError):
    """The file decrypts but is damaged (truncated, failed integrity check)."""

    exit_code = 4


class JournalBusy(JournalError):
    """Another program holds the journal and the operation needs it alone."""

    exit_code = 5


class JournalReadOnly(JournalError):
    """The journal file or its folder cannot be written to."""

    exit_code = 7


class DiskFull(JournalError):
    """The disk (or a size limit) is full: nothing was saved."""

    exit_code = 8


class StorageFailure(JournalError):
    """The operating system reported an input/output error on the journal."""

    exit_code = 9


class NewerJournal(JournalError):
    """The journal was written by a newer version of MentorJournal."""

    exit_code = 6


class ValidationError(JournalError):
    """A value was refused; ``field`` names the field it belongs to."""

    exit_code = 2

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


class NotFound(JournalError):
    """A record that was asked for does not exist."""


class KeychainError(JournalError):
    """The OS keychain refused or failed; the caller falls back to asking."""


_FULL = {errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", errno.ENOSPC)}
_DENIED = {errno.EACCES, errno.EPERM, errno.EROFS}


def from_os_error(exc: OSError, what: str = "The file") -> JournalError:
    """An operating-system error as a one-line ``JournalError`` (by errno, never by text).

    ``what`` names what was being written or read ("The backup", "The export").
    """
    where = f" ({exc.filename})" if getattr(exc, "filename", None) else ""
    code = exc.errno
    if code in _FULL:
        return DiskFull(
            f"{what} was not written: the disk is full or a size limit was reached{where}. "
            "Free some space and try again; nothing else was changed."
        )
    if code in _DENIED:
        return JournalReadOnly(
            f"{what} could not be written: permission denied or read-only{where}. "
            "Nothing was changed."
        )
    if code == errno.ENOENT:
        return JournalNotFound(f"{what}: no such file or folder{where}.")
    if code == errno.ENOTDIR:
        return JournalNotFound(f"{what}: a part of the path is not a folder{where}.")
    reason = exc.strerror or type(exc).__name__
    return StorageFailure(
        f"{what}: the operating system reported an error ({reason}){where}. "
        "Nothing was changed; check the disk."
    )
