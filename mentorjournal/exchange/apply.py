"""The one apply step of every importer: plan, preview, and write in one transaction.

``preview(batch)`` says what an import would do, writing nothing: records
to create per kind, records already imported before (matched by source and
source id in ``source_ref``), new tags, attachments and their size, and what
could not be mapped and why. ``apply(batch)`` does exactly that inside one
``IMMEDIATE`` transaction: a failure or a cancel at any point leaves the
journal as it was.

Identity: each imported record gets a new uuid of ours and a ``source_ref``
row (source, the source's id, kind → our uuid). Importing the same export
again creates nothing; a later export of the same source adds only the
records whose ids are new. Two records of one export are never merged: the
readers number identical entries apart (``incoming.Keys``), and a repeated
source id is reported.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from mentorjournal.domain import attachments, records, validation
from mentorjournal.domain.attachments import size_text
from mentorjournal.errors import ValidationError
from mentorjournal.exchange.incoming import (
    Batch,
    Cancelled,
    Finding,
    ImportCancelled,
    IncomingAttachment,
    IncomingRecord,
    Progress,
    Report,
)
from mentorjournal.exchange.schema import fold
from mentorjournal.kinds import Kind
from mentorjournal.storage import fts
from mentorjournal.storage.db import DB, driver_errors
from mentorjournal.storage.models import Attachment, SourceRef, Tag, utcnow

log = logging.getLogger(__name__)

_CHUNK = 500
#: The order kinds are listed in summaries.
ORDER = (Kind.REFLECTION, Kind.ACTION, Kind.TAG, "attachment")
_PLURAL = {
    Kind.REFLECTION: "reflections",
    Kind.ACTION: "action items",
    Kind.TAG: "tags",
    "attachment": "attachments",
}


@dataclasses.dataclass
class Summary:
    """What an import will do (a preview) or did.

    ``created`` and ``existing`` count per kind (``reflection``, ``action``,
    ``tag``, ``attachment``); ``existing`` are records imported from this
    source before (and attachments the journal already holds).
    """

    source: str
    format: str
    path: Path
    done: bool = False  # False: a preview
    created: dict[str, int] = dataclasses.field(default_factory=dict)
    existing: dict[str, int] = dataclasses.field(default_factory=dict)
    attachment_bytes: int = 0
    new_tags: list[str] = dataclasses.field(default_factory=list)
    not_mapped: list[Finding] = dataclasses.field(default_factory=list)
    notes: list[Finding] = dataclasses.field(default_factory=list)

    @property
    def writes(self) -> bool:
        """True when the import creates anything."""
        return any(self.created.values())

    @property
    def total_created(self) -> int:
        return sum(self.created.values())

    def kind_lines(self) -> list[str]:
        """One line per kind: ``reflections: 12 new, 3 already imported``."""
        verb = "imported" if self.done else "new"
        lines = []
        for kind in ORDER:
            new, old = self.created.get(kind, 0), self.existing.get(kind, 0)
            if not new and not old:
                continue
            text = f"{_PLURAL[kind]}: {new} {verb}"
            if old:
                text += f", {old} already " + (
                    "in the journal" if kind in (Kind.TAG, "attachment") else "imported"
                )
            if kind == "attachment" and new:
                text += f" ({size_text(self.attachment_bytes)})"
            lines.append(text)
        return lines or ["nothing to import"]

    def lines(self) -> list[str]:
        """The whole summary for people: kinds, then what was not mapped, then notes."""
        out = [f"Format: {self.format}"] + self.kind_lines()
        out += [f"not mapped: {finding.line()}" for finding in self.not_mapped]
        out += [f"note: {finding.line()}" for finding in self.notes]
        return out


@dataclasses.dataclass
class _Plan:
    records: list[IncomingRecord]
    summary: Summary
    new_attachments: dict[str, IncomingAttachment]


def _stored_hashes(hashes: Iterable[str]) -> set[str]:
    wanted = list(hashes)
    found: set[str] = set()
    for i in range(0, len(wanted), _CHUNK):
        part = wanted[i : i + _CHUNK]
        query = Attachment.select(Attachment.sha256).where(Attachment.sha256.in_(part))
        found.update(sha for (sha,) in query.tuples())
    return found


def _check(record: IncomingRecord) -> str | None:
    """The journal's own rules on one record; the refusal's message, or None."""
    try:
        validation.validate(record.kind, _fields(record))
    except ValidationError as exc:
        return f"{exc.field}: {exc.message}"
    return None


def _plan(batch: Batch) -> _Plan:
    summary = Summary(batch.source, batch.format, batch.path)
    extra = Report()
    imported = set(
        SourceRef.select(SourceRef.source_id, SourceRef.kind)
        .where(SourceRef.source == batch.source)
        .tuples()
    )
    seen: set[tuple[str, str]] = set()
    chosen: list[IncomingRecord] = []
    for record in batch.records:
        key = (record.source_id, str(record.kind))
        if key in imported:
            summary.existing[record.kind] = summary.existing.get(record.kind, 0) + 1
            continue
        if key in seen:
            extra.not_mapped(
                "records whose id appears twice in the export (the second was left out)",
                record.where,
            )
            continue
        problem = _check(record)
        if problem is not None:
            extra.not_mapped(
                f"{_PLURAL.get(record.kind, record.kind)} the journal refuses ({problem})",
                record.where,
            )
            continue
        seen.add(key)
        chosen.append(record)
        summary.created[record.kind] = summary.created.get(record.kind, 0) + 1

    journal_tags = {fold(name) for (name,) in Tag.select(Tag.name).tuples()}
    new_tags: dict[str, str] = {}
    used_tags: set[str] = set()
    incoming: dict[str, IncomingAttachment] = {}
    for record in chosen:
        if record.kind in records.TAGGED:
            for name in record.tags:
                key = fold(name)
                used_tags.add(key)
                if key not in journal_tags:
                    new_tags.setdefault(key, name)
        for item in record.attachments:
            incoming.setdefault(item.digest.sha256, item)
    summary.new_tags = sorted(new_tags.values(), key=str.casefold)
    summary.created[Kind.TAG] = len(new_tags)
    summary.existing[Kind.TAG] = len(used_tags) - len(new_tags)
    stored = _stored_hashes(incoming)
    new_attachments = {sha: item for sha, item in incoming.items() if sha not in stored}
    summary.created["attachment"] = len(new_attachments)
    summary.existing["attachment"] = len(stored)
    summary.attachment_bytes = sum(item.digest.size for item in new_attachments.values())
    summary.not_mapped = list(batch.report.unmapped.values()) + list(extra.unmapped.values())
    summary.notes = list(batch.report.notes.values())
    return _Plan(chosen, summary, new_attachments)


def preview(batch: Batch) -> Summary:
    """What ``apply(batch)`` would do; writes nothing (the journal must be open)."""
    with driver_errors():
        return _plan(batch).summary


def apply(
    batch: Batch, *, progress: Progress | None = None, cancel: Cancelled | None = None
) -> Summary:
    """Import the batch in one transaction; return what was done.

    ``progress(done, total)`` is called as attachments and records are
    written; ``cancel()`` returning True stops the import (``ImportCancelled``)
    and nothing is written.
    """
    tables = [validation.MODELS[kind]._meta.table_name for kind in (Kind.REFLECTION, Kind.ACTION)]
    with driver_errors(), fts.roomy_cache(DB), DB.atomic("IMMEDIATE"), fts.index_once(DB, tables):
        plan = _plan(batch)
        total = len(plan.new_attachments) + len(plan.records)
        done = 0

        def step() -> None:
            nonlocal done
            done += 1
            if cancel is not None and cancel():
                raise ImportCancelled()
            if progress is not None and (done % 50 == 0 or done == total):
                progress(done, total)

        if progress is not None:
            progress(0, total)
        for item in plan.new_attachments.values():
            attachments.store(item.open, item.name, known=item.digest)
            step()
        refs: list[dict[str, Any]] = []
        now = utcnow()
        for kind in (Kind.REFLECTION, Kind.ACTION):
            wanted = [r for r in plan.records if r.kind == kind]
            for i in range(0, len(wanted), _CHUNK):
                part = wanted[i : i + _CHUNK]
                made = records.create_many(kind, [_fields(r) for r in part])
                links = [
                    (rid, item.digest.sha256, item.name)
                    for (rid, _), record in zip(made, part, strict=True)
                    for item in record.attachments
                ]
                if links:
                    attachments.link_many(kind, links)
                refs += [
                    {
                        "source": batch.source,
                        "source_id": record.source_id,
                        "kind": str(kind),
                        "record_uuid": uuid,
                        "imported_at": now,
                    }
                    for (_, uuid), record in zip(made, part, strict=True)
                ]
                for _ in part:
                    step()
        for i in range(0, len(refs), _CHUNK):
            SourceRef.insert_many(refs[i : i + _CHUNK]).execute()
    plan.summary.done = True
    log.info(
        "import from %s: %d records, %d attachments",
        batch.source,
        len(plan.records),
        len(plan.new_attachments),
    )
    return plan.summary


def _fields(record: IncomingRecord) -> dict[str, Any]:
    fields: dict[str, Any] = dict(record.values)
    if record.kind in records.TAGGED:
        fields["tags"] = record.tags
    if record.created_at is not None:
        fields["created_at"] = record.created_at
        fields["updated_at"] = record.updated_at or record.created_at
    return fields


__all__ = ["ORDER", "Summary", "apply", "preview"]
