"""What every importer hands to the shared apply step: neutral incoming records.

A format module only parses: it turns another app's export into
``IncomingRecord``s (a reflection or an action item, its tags and its
attachments as re-openable streams) and notes in a ``Report`` what it could
not map or had to interpret. ``exchange.apply`` then does the rest for every
format alike: the dedupe by source id, the one transaction, the attachments,
the summary.

Reports name *where* something was (an entry's date, a file name inside the
export), never the journal text itself, and they are not logged.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from mentorjournal.domain.attachments import Digest, Opener
from mentorjournal.errors import JournalError

#: ``progress(done, total)``; ``total`` 0 means "not known yet".
Progress = Callable[[int, int], None]
#: Returns True when the user asked to stop.
Cancelled = Callable[[], bool]

#: How many examples a finding keeps.
EXAMPLES = 3


class ImportRefused(JournalError):
    """An export that cannot be read: one line naming the file, the format and the problem."""

    exit_code = 2


class ImportCancelled(JournalError):
    """The user stopped an import; nothing was written."""

    exit_code = 130

    def __init__(self) -> None:
        super().__init__("Import cancelled; nothing was imported.")


@dataclasses.dataclass(frozen=True)
class IncomingAttachment:
    """A file that comes with an incoming record."""

    name: str  # the original file name
    digest: Digest  # computed while reading the export
    open: Opener  # reads the bytes again, when they are stored


@dataclasses.dataclass
class IncomingRecord:
    """One record to create: a reflection (``kind="reflection"``) or an action item.

    ``values`` are fields for ``domain.records.create`` (no links); ``tags``
    names; ``source_id`` the source's own id, or a hash of what identifies the
    record there (``content_key``). ``where`` says where it is in the export,
    for messages.
    """

    kind: str
    source_id: str
    values: dict[str, Any]
    tags: list[str] = dataclasses.field(default_factory=list)
    attachments: list[IncomingAttachment] = dataclasses.field(default_factory=list)
    created_at: dt.datetime | None = None  # UTC, naive
    updated_at: dt.datetime | None = None  # UTC, naive
    where: str = ""


@dataclasses.dataclass
class Finding:
    """Something the reader could not map (or had to interpret): how often, where."""

    reason: str
    count: int = 0
    examples: list[str] = dataclasses.field(default_factory=list)

    def line(self) -> str:
        where = f" (e.g. {'; '.join(self.examples)})" if self.examples else ""
        return f"{self.count} × {self.reason}{where}"


class Report:
    """What a reader noticed, grouped by reason, with the first few places."""

    def __init__(self) -> None:
        self.unmapped: dict[str, Finding] = {}
        self.notes: dict[str, Finding] = {}

    @staticmethod
    def _add(group: dict[str, Finding], reason: str, where: str, count: int) -> None:
        finding = group.setdefault(reason, Finding(reason))
        finding.count += count
        if where and len(finding.examples) < EXAMPLES and where not in finding.examples:
            finding.examples.append(where)

    def not_mapped(self, reason: str, where: str = "", count: int = 1) -> None:
        """Something in the export that will not be in the journal (or not fully)."""
        self._add(self.unmapped, reason, where, count)

    def note(self, reason: str, where: str = "", count: int = 1) -> None:
        """How something was read, where the export left a choice (time zones, dates)."""
        self._add(self.notes, reason, where, count)


@dataclasses.dataclass
class ImportOptions:
    """Choices the user makes for an import (the preview offers them)."""

    #: The password of an encrypted jrnl journal.
    password: str | None = None
    #: Where a mood on a 1–5 scale goes besides its tag: None, "confidence" or "motivation".
    mood_to: str | None = None
    #: Force a format instead of detecting it (``import --from``).
    format: str | None = None
    #: Obsidian: import the notes that are not daily notes too (dated by their file).
    all_notes: bool = False


@dataclasses.dataclass
class Reading:
    """Progress and cancel while an export is read (attachments are hashed then)."""

    progress: Progress | None = None
    cancel: Cancelled | None = None
    done: int = 0

    def tick(self, total: int = 0) -> None:
        """One more file read; raises ``ImportCancelled`` when the user asked to stop."""
        self.done += 1
        if self.cancel is not None and self.cancel():
            raise ImportCancelled()
        if self.progress is not None and (self.done % 20 == 0 or self.done == total):
            self.progress(self.done, total)


@dataclasses.dataclass
class Batch:
    """Everything read from one export, ready to preview and apply."""

    source: str  # "jrnl", "dayone", "daylio", "joplin", "obsidian"
    format: str  # what was read, for people: "jrnl journal (plain text)"
    path: Path
    records: list[IncomingRecord]
    report: Report
    closer: Callable[[], None] | None = None

    def close(self) -> None:
        """Release the export (an open archive); attachments cannot be read after this."""
        if self.closer is not None:
            self.closer()
            self.closer = None

    def __enter__(self) -> Batch:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def content_key(source: str, *parts: str) -> str:
    """A stable id for a record that has none in its source: a hash of what identifies it."""
    sha = hashlib.sha256(source.encode())
    for part in parts:
        sha.update(b"\x00" + part.encode("utf-8", "surrogatepass"))
    return "h:" + sha.hexdigest()[:40]


class Keys:
    """Hands out content keys, numbering repeats so two identical entries stay two."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.seen: dict[str, int] = {}

    def __call__(self, *parts: str) -> str:
        key = content_key(self.source, *parts)
        count = self.seen.get(key, 0) + 1
        self.seen[key] = count
        return key if count == 1 else f"{key}#{count}"
