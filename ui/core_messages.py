"""The core's user messages (``JournalError``), translated for the window.

The core stays Qt-free and English (the CLI prints its messages as they are).
Here each message a window user commonly meets is listed as its English
template, ``{name}`` standing for the parts that vary; ``translate(text)``
finds the template a message was made from and returns its translation with
the same parts filled in. A message made of several sentences is matched
whole first, then sentence by sentence, so "X was not written: the disk is
full… Free some space…" is translated even when the core composes it.
A message no template matches is shown as it is (English).

Validation messages ("title: is required") are translated in two halves:
the field's label (the editor's words) and the rule's message.
"""

from __future__ import annotations

import re
from functools import cache

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "core"

TEMPLATES = (
    # unlocking, opening
    QT_TRANSLATE_NOOP("core", "Wrong passphrase or damaged file."),
    QT_TRANSLATE_NOOP("core", "The passphrase must not be empty."),
    QT_TRANSLATE_NOOP("core", "That is not a valid recovery key (unexpected characters)."),
    QT_TRANSLATE_NOOP("core", "That is not a valid recovery key (wrong length)."),
    QT_TRANSLATE_NOOP("core", "That recovery key has a typo: its checksum does not match."),
    QT_TRANSLATE_NOOP("core", "No journal at {path}."),
    QT_TRANSLATE_NOOP("core", "No file or folder at {path}."),
    QT_TRANSLATE_NOOP("core", "Cannot read {path}: {reason}."),
    QT_TRANSLATE_NOOP("core", "A file already exists at {path}; choose another name."),
    QT_TRANSLATE_NOOP("core", "{name} is empty: it is not a MentorJournal journal."),
    QT_TRANSLATE_NOOP(
        "core", "{name} is an unencrypted SQLite database, not a MentorJournal journal."
    ),
    QT_TRANSLATE_NOOP(
        "core", "{name} is not a MentorJournal journal, or it is truncated or damaged."
    ),
    QT_TRANSLATE_NOOP("core", "This file is too short to be a MentorJournal journal."),
    QT_TRANSLATE_NOOP(
        "core", "This file is not a MentorJournal journal, or its first bytes are damaged."
    ),
    QT_TRANSLATE_NOOP(
        "core",
        "This journal was written by a newer MentorJournal (schema {version}; "
        "this version reads up to {supported}). Please update the app.",
    ),
    # held by another program
    QT_TRANSLATE_NOOP(
        "core",
        "The journal is busy in another program (it holds the write lock); try again in a moment.",
    ),
    QT_TRANSLATE_NOOP("core", "The journal is busy in another program; try again in a moment."),
    QT_TRANSLATE_NOOP("core", "The journal is busy: {who} is {doing}."),
    QT_TRANSLATE_NOOP("core", "Try again when it has finished."),
    QT_TRANSLATE_NOOP("core", "Cannot start {purpose}: the journal is open in {names}."),
    QT_TRANSLATE_NOOP("core", "Cannot start {purpose}: the journal is open in another program."),
    QT_TRANSLATE_NOOP("core", "Close it (or lock it) there, then try again."),
    QT_TRANSLATE_NOOP("core", "Close it there, then try again."),
    QT_TRANSLATE_NOOP(
        "core", "The journal is open in another program; close it there, then try again."
    ),
    QT_TRANSLATE_NOOP(
        "core", "The journal is open in another window or program; close it there first."
    ),
    # damaged
    QT_TRANSLATE_NOOP("core", "The journal file is damaged; nothing was changed."),
    QT_TRANSLATE_NOOP(
        "core",
        "Restore a backup, or copy every readable record into a new journal "
        "(`mentorjournal salvage`).",
    ),
    QT_TRANSLATE_NOOP(
        "core", "The journal is damaged ({problem}); nothing more is written into it."
    ),
    QT_TRANSLATE_NOOP("core", "Nothing was changed."),
    # read-only, disk full, disk errors
    QT_TRANSLATE_NOOP(
        "core", "The journal cannot be written: the file or its folder is read-only."
    ),
    QT_TRANSLATE_NOOP("core", "The disk is full: this change was not saved."),
    QT_TRANSLATE_NOOP(
        "core", "The disk is full (or a file size limit was reached): this change was not saved."
    ),
    QT_TRANSLATE_NOOP("core", "Free some space and try again."),
    QT_TRANSLATE_NOOP(
        "core",
        "The operating system reported a disk error while using the journal; nothing was changed.",
    ),
    QT_TRANSLATE_NOOP("core", "Check the disk, then verify the journal."),
    QT_TRANSLATE_NOOP(
        "core", "The journal file could not be opened (check the folder and its permissions)."
    ),
    QT_TRANSLATE_NOOP(
        "core",
        "{what} was not written: the disk is full or a size limit was reached{where}.",
    ),
    QT_TRANSLATE_NOOP("core", "Free some space and try again; nothing else was changed."),
    QT_TRANSLATE_NOOP(
        "core", "{what} could not be written: permission denied or read-only{where}."
    ),
    QT_TRANSLATE_NOOP("core", "{what}: no such file or folder{where}."),
    QT_TRANSLATE_NOOP("core", "The file"),
    QT_TRANSLATE_NOOP("core", "The backup"),
    QT_TRANSLATE_NOOP("core", "The export"),
    # field rules (domain/validation.py): the part after "field: "
    QT_TRANSLATE_NOOP("core", "is required"),
    QT_TRANSLATE_NOOP("core", "must not be empty"),
    QT_TRANSLATE_NOOP("core", "must be text"),
    QT_TRANSLATE_NOOP("core", "must be a single line"),
    QT_TRANSLATE_NOOP("core", "is too long ({count} characters; at most {limit})"),
    QT_TRANSLATE_NOOP("core", "must be a whole number from 0 to {high}"),
    QT_TRANSLATE_NOOP("core", "must be between {low} and {high}"),
    QT_TRANSLATE_NOOP("core", "must be a date as YYYY-MM-DD"),
    QT_TRANSLATE_NOOP("core", "{text} is not a real date"),
    QT_TRANSLATE_NOOP("core", "must be a date and time as YYYY-MM-DD HH:MM"),
    QT_TRANSLATE_NOOP("core", "{text} is not a real date and time"),
    QT_TRANSLATE_NOOP("core", "must be one of: {allowed}"),
    QT_TRANSLATE_NOOP("core", "a tag must be a single line"),
    QT_TRANSLATE_NOOP("core", "a tag is too long (at most {limit} characters)"),
    QT_TRANSLATE_NOOP("core", "the journal refused this value"),
    QT_TRANSLATE_NOOP("core", "a person cannot introduce themselves"),
    QT_TRANSLATE_NOOP("core", "belongs to another session"),
    # the trash (domain/trash.py BACKUP_HORIZON_TEXT)
    QT_TRANSLATE_NOOP(
        "core",
        "Backups made before keep a copy: automatic backups are replaced over time (the daily "
        "ones after a week, the weekly ones after a month, the monthly ones as newer months "
        "come), and backups you made yourself keep it until you delete them.",
    ),
    # the keychain (storage/keychain.py)
    QT_TRANSLATE_NOOP(
        "core",
        "No system keychain was found on this computer (for example GNOME Keyring, KWallet, "
        "macOS Keychain or Windows Credential Manager), so the passphrase cannot be "
        "remembered. Everything else works.",
    ),
    # not found
    QT_TRANSLATE_NOOP("core", "That record no longer exists."),
    QT_TRANSLATE_NOOP("core", "No {kind} with id {id}."),
)


def _pattern(template: str) -> re.Pattern[str]:
    parts = re.split(r"\{(\w+)\}", template)
    out = []
    for n, part in enumerate(parts):
        out.append(re.escape(part) if n % 2 == 0 else f"(?P<{part}>(?:(?![.;] [A-Z]).)*?)")
    return re.compile("".join(out) + r"\Z", re.S)


@cache
def _patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple((template, _pattern(template)) for template in TEMPLATES)


def _one(text: str) -> str | None:
    for template, pattern in _patterns():
        match = pattern.match(text)
        if match:
            words = {
                key: _one(value) or value for key, value in match.groupdict().items()
            }  # "{what}" may be "The backup"
            return QCoreApplication.translate(CONTEXT, template).format(**words)
    return None


def _field(name: str) -> str:
    from .editors import specs  # noqa: PLC0415 - the editor's words, only when a field is named

    label = specs.LABELS.get(name)
    return QCoreApplication.translate("specs", label) if label else name


def translate(text: str) -> str:
    """``text`` in the window's language when it is a known core message, else unchanged."""
    if not text:
        return text
    whole = _one(text)
    if whole is not None:
        return whole
    field = re.match(r"([a-z_]+): (.+)\Z", text, re.S)
    if field:
        rule = _one(field.group(2))
        if rule is not None:
            return f"{_field(field.group(1))}: {rule}"
    sentences = re.split(r"(?<=[.;])\s+(?=[A-Z])", text)
    if len(sentences) > 1:
        done = [_one(sentence) for sentence in sentences]
        if any(d is not None for d in done):
            return " ".join(d or s for d, s in zip(done, sentences, strict=True))
    return text


def text_of(exc: BaseException) -> str:
    """An exception's one-line message, translated (``str(exc)`` for the window)."""
    return translate(str(exc))
