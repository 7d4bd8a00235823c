"""The trash: deleted records wait here, inside the encrypted journal, until
they are restored or deleted for good.

Deleting a record (``records.delete``, ``move``) keeps its row and sets
``deleted_at`` and ``deleted_batch``; everything deleted together shares one
batch id, so it comes back together. What goes with a record (``GOES_WITH``):

- a person: their sessions (a session cannot exist without its person);
- a skill: its ratings (likewise);
- a goal: its action items (the goal's action plan).

Anything else that links to a deleted record (a goal's person, a
reflection's session, a win's goal, an action item's session...) stays as
it is and keeps its link: readers treat a link to a trashed record as no
link (``rules.live``), and a restore brings it back, so delete then restore
leaves the journal exactly as it was (the same JSON export).

``purge`` deletes for good: the rows go (the schema's ``ON DELETE`` actions
apply to what links to them), a ``Tombstone`` (uuid, kind, when) stays for a
later merge, attachments and tags no longer used by anything go with them,
and the file is rewritten so that no free page keeps a copy: SQLite's
``secure_delete`` for the transaction, the full-text index merged
(``optimize``), ``VACUUM`` and a truncating WAL checkpoint. Copies in backups
made before remain until those backups are replaced (``BACKUP_HORIZON_TEXT``).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
import time
import uuid as uuidlib
from collections.abc import Iterable, Sequence
from typing import Any

import peewee as pw

from mentorjournal.domain import rules
from mentorjournal.errors import JournalError, NotFound
from mentorjournal.kinds import Kind, kind_label
from mentorjournal.storage.db import DB, driver_errors
from mentorjournal.storage.models import (
    KIND_OF_MODEL,
    MODELS,
    Attachment,
    BaseModel,
    Person,
    RecordModel,
    ReflectionAttachment,
    ReflectionTag,
    SessionAttachment,
    SessionTag,
    Skill,
    Tag,
    Tombstone,
    deleting,
    utcnow,
)
from mentorjournal.text.plain import first_line, shorten

log = logging.getLogger(__name__)

#: How long copies of deleted records remain in backups (the reliability rules:
#: automatic backups daily for a week, weekly for a month, monthly after). Worded
#: here once, so the window and the command line say the same when the rules change.
BACKUP_HORIZON_TEXT = (
    "Backups made before keep a copy: automatic backups are replaced over time "
    "(the daily ones after a week, the weekly ones after a month, the monthly ones "
    "as newer months come), and backups you made yourself keep it until you delete them."
)

#: Kinds of the records a user writes, in an order where a record's parents come first.
TRASH_KINDS: tuple[Kind, ...] = (
    Kind.PERSON,
    Kind.SKILL,
    Kind.GOAL,
    Kind.SESSION,
    Kind.REFLECTION,
    Kind.RATING,
    Kind.ACTION,
    Kind.WIN,
)

#: (child kind, link field): deleting the record the link points at deletes the child too.
GOES_WITH: tuple[tuple[Kind, str], ...] = (
    (Kind.SESSION, "person"),
    (Kind.RATING, "skill"),
    (Kind.ACTION, "goal"),
)

#: (child kind, link field) whose child cannot exist without its parent (``ON DELETE
#: CASCADE``): restoring the child restores the parent, purging the parent purges it.
NEEDS_PARENT: tuple[tuple[Kind, str], ...] = (
    (Kind.SESSION, "person"),
    (Kind.RATING, "skill"),
)

TITLE_LEN = 120
#: The batch id of a trashed record that has none (not written by this module).
_SINGLE = "single-"


def _model(kind: str) -> type[RecordModel]:
    model = MODELS[Kind(kind)]
    if not issubclass(model, RecordModel):
        raise JournalError(f"A {kind_label(kind)} cannot go to the trash.")
    return model


def _links() -> list[tuple[Kind, str, Kind]]:
    """Every link between record kinds: (child kind, field, parent kind)."""
    out = []
    for kind in TRASH_KINDS:
        model = _model(kind)
        for name, field in model._meta.fields.items():
            if isinstance(field, pw.ForeignKeyField) and field.rel_model in KIND_OF_MODEL:
                out.append((kind, name, Kind(KIND_OF_MODEL[field.rel_model])))
    return out


LINKS = _links()


@dataclasses.dataclass(frozen=True, slots=True)
class Item:
    """One record in the trash (or about to go there)."""

    kind: str
    id: int
    uuid: str
    title: str


@dataclasses.dataclass(frozen=True, slots=True)
class Batch:
    """Records deleted together: ``heads`` were asked for, the rest went with them."""

    id: str
    deleted_at: dt.datetime  # UTC
    heads: tuple[Item, ...]
    items: tuple[Item, ...]  # every record of the batch, heads first

    def counts(self) -> dict[str, int]:
        """Records of the batch per kind."""
        return _count(self.items)

    def with_them(self) -> dict[str, int]:
        """What went with the heads, per kind (a person's sessions...)."""
        heads = {(i.kind, i.id) for i in self.heads}
        return _count(i for i in self.items if (i.kind, i.id) not in heads)


@dataclasses.dataclass(frozen=True, slots=True)
class Consequences:
    """What deleting a record would do, for the question before it."""

    takes: dict[str, int]  # records that go to the trash with it, per kind
    unlinks: dict[str, int]  # records that stay but lose their link to it, per kind


@dataclasses.dataclass(frozen=True, slots=True)
class Restored:
    batch: str
    items: tuple[Item, ...]
    parents: tuple[Item, ...]  # records of other batches a restored one needs (a session's person)


@dataclasses.dataclass(frozen=True, slots=True)
class Purged:
    counts: dict[str, int]  # records deleted for good, per kind
    attachments: int  # attached files no longer used by anything
    tags: int  # tags no longer used by anything
    kept: tuple[Item, ...]  # trashed records a live one needs: restored instead
    seconds: float  # the time the rewrite of the file took (VACUUM)

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def _count(items: Iterable[Item]) -> dict[str, int]:
    out: dict[str, int] = {}
    for item in items:
        out[item.kind] = out.get(item.kind, 0) + 1
    return out


# -- reading the trash ------------------------------------------------------


def count() -> int:
    """How many records are in the trash."""
    return sum(
        _model(kind).select().where(_model(kind).deleted_at.is_null(False)).count()
        for kind in TRASH_KINDS
    )


def is_trashed(kind: str, record_id: int) -> bool:
    model = _model(kind)
    return bool(
        model.select().where(model.id == record_id, model.deleted_at.is_null(False)).exists()
    )


def batch_of(kind: str, record_id: int) -> str | None:
    """The batch a trashed record went with (None: not in the trash)."""
    model = _model(kind)
    row = model.select(model.deleted_batch).where(model.id == record_id).first()
    return None if row is None else row.deleted_batch


def _rows(batch_ids: list[str] | None = None) -> list[tuple[str, RecordModel]]:
    """(kind, row) of the trashed records (of ``batch_ids`` when given)."""
    out: list[tuple[str, RecordModel]] = []
    for kind in TRASH_KINDS:
        model = _model(kind)
        query = model.select().where(model.deleted_at.is_null(False))
        if batch_ids is not None:
            named = [b for b in batch_ids if not b.startswith(_SINGLE)]
            single = [
                int(b.rsplit("-", 1)[1]) for b in batch_ids if b.startswith(f"{_SINGLE}{kind}-")
            ]
            query = query.where(
                model.deleted_batch.in_(named)
                | (model.deleted_batch.is_null() & model.id.in_(single))
            )
        out.extend((kind, row) for row in query)
    return out


def titles(pairs: Sequence[tuple[str, BaseModel]]) -> list[Item]:
    """An ``Item`` (with a title to show) for each (kind, record)."""
    person_ids = {getattr(r, "person_id", None) for k, r in pairs if k == Kind.SESSION}
    skill_ids = {getattr(r, "skill_id", None) for k, r in pairs if k == Kind.RATING}
    people = {
        p.id: p.name
        for p in Person.select(Person.id, Person.name).where(Person.id.in_(list(person_ids)))
    }
    skills = {
        s.id: s.name
        for s in Skill.select(Skill.id, Skill.name).where(Skill.id.in_(list(skill_ids)))
    }
    return [Item(kind, r.id, r.uuid, _title(kind, r, people, skills)) for kind, r in pairs]


def _title(kind: str, r: Any, people: dict[int, str], skills: dict[int, str]) -> str:
    if kind == Kind.PERSON:
        text = r.name
    elif kind == Kind.SESSION:
        text = f"Session with {people.get(r.person_id, '?')}, {r.held_at:%Y-%m-%d}"
    elif kind == Kind.REFLECTION:
        text = first_line(r.title) or first_line(r.body) or "Untitled reflection"
    elif kind == Kind.SKILL:
        text = r.name
    elif kind == Kind.RATING:
        text = f"{skills.get(r.skill_id, '?')}: {r.value}/10 ({r.rated_on})"
    elif kind == Kind.ACTION:
        text = first_line(r.text) or "(no text)"
    else:  # goal, win
        text = r.title
    return shorten(first_line(text), TITLE_LEN)


def batches() -> list[Batch]:
    """Everything in the trash, one ``Batch`` per delete, newest first."""
    by_batch: dict[str, list[tuple[str, RecordModel]]] = {}
    for kind, row in _rows():
        by_batch.setdefault(row.deleted_batch or f"{_SINGLE}{kind}-{row.id}", []).append(
            (kind, row)
        )
    out = [_batch(bid, rows) for bid, rows in by_batch.items()]
    out.sort(key=lambda b: (b.deleted_at, b.id), reverse=True)
    return out


def batch(batch_id: str) -> Batch:
    """One batch of the trash; ``NotFound`` if it is not (or no longer) there."""
    rows = _rows([batch_id])
    if not rows:
        raise NotFound("That is no longer in the trash.")
    return _batch(batch_id, rows)


def _batch(batch_id: str, rows: list[tuple[str, RecordModel]]) -> Batch:
    ids = {(kind, row.id) for kind, row in rows}
    heads: list[tuple[str, RecordModel]] = []
    rest: list[tuple[str, RecordModel]] = []
    for kind, row in rows:
        child = any(
            kind == child_kind and (parent, getattr(row, f"{field}_id")) in ids
            for child_kind, field in GOES_WITH
            for parent in (_parent_kind(child_kind, field),)
        )
        (rest if child else heads).append((kind, row))
    items = titles(heads + rest)
    return Batch(
        id=batch_id,
        deleted_at=max(row.deleted_at or dt.datetime.min for _kind, row in rows),
        heads=tuple(items[: len(heads)]),
        items=tuple(items),
    )


def _parent_kind(child_kind: str, field: str) -> Kind:
    for child, name, parent in LINKS:
        if child == child_kind and name == field:
            return parent
    raise KeyError((child_kind, field))  # pragma: no cover - GOES_WITH names real links


# -- deleting -----------------------------------------------------------------


def _live(kind: str, record_id: int) -> RecordModel:
    model = _model(kind)
    found = model.get_or_none(model.id == record_id)
    if found is None:
        raise NotFound(f"No {kind_label(kind)} with id {record_id}.")
    if found.deleted_at is not None:
        raise NotFound(f"That {kind_label(kind)} is already in the trash.")
    return found


def _with_them(targets: dict[str, set[int]]) -> dict[str, set[int]]:
    """``targets`` and, repeatedly, the live records that go with them."""
    chosen = {kind: set(ids) for kind, ids in targets.items()}
    grew = True
    while grew:
        grew = False
        for child_kind, field in GOES_WITH:
            parents = chosen.get(_parent_kind(child_kind, field))
            if not parents:
                continue
            model = _model(child_kind)
            link = getattr(model, field)
            found = {
                row.id
                for row in model.select(model.id).where(
                    link.in_(sorted(parents)), rules.live(model)
                )
            }
            new = found - chosen.get(child_kind, set())
            if new:
                chosen.setdefault(child_kind, set()).update(new)
                grew = True
    return chosen


def consequences(kind: str, record_id: int) -> Consequences:
    """What deleting the record would take along, and what would lose its link to it."""
    _live(kind, record_id)
    chosen = _with_them({kind: {record_id}})
    takes = {k: len(ids) for k, ids in chosen.items() if k != kind or len(ids) > 1}
    if kind in takes:
        takes[kind] -= 1
        if not takes[kind]:
            del takes[kind]
    unlinks: dict[str, set[int]] = {}
    for child_kind, field, parent in LINKS:
        parents = chosen.get(parent)
        if not parents:
            continue
        model = _model(child_kind)
        query = model.select(model.id).where(
            getattr(model, field).in_(sorted(parents)), rules.live(model)
        )
        taken = chosen.get(child_kind, set())
        unlinks.setdefault(child_kind, set()).update(r.id for r in query if r.id not in taken)
    return Consequences(takes=takes, unlinks={k: len(v) for k, v in unlinks.items() if v})


def move(targets: Iterable[tuple[str, int]]) -> Batch:
    """Put records, with what goes with them, into the trash as one batch.

    ``targets`` are (kind, id) pairs of live records (``NotFound`` otherwise;
    then nothing moves). Returns the batch, for "Undo" (``restore``).
    """
    wanted: dict[str, set[int]] = {}
    for kind, record_id in targets:
        _live(kind, int(record_id))
        wanted.setdefault(Kind(kind), set()).add(int(record_id))
    if not wanted:
        raise NotFound("Nothing to delete.")
    batch_id = uuidlib.uuid4().hex
    now = utcnow()
    with driver_errors(), DB.atomic():
        chosen = _with_them(wanted)
        for kind in TRASH_KINDS:
            ids = sorted(chosen.get(kind, ()))
            model = _model(kind)
            for part in _chunks(ids):
                model.update(deleted_at=now, deleted_batch=batch_id).where(
                    model.id.in_(part)
                ).execute()
    log.debug("moved %d records to the trash", sum(len(v) for v in chosen.values()))
    return batch(batch_id)


# -- restoring ----------------------------------------------------------------


def restore(batch_id: str) -> Restored:
    """Bring a batch back as it was; also the trashed records a restored one needs
    (the person of a session, the skill of a rating), without their batch mates."""
    with driver_errors(), DB.atomic():
        found = batch(batch_id)
        ids: dict[str, set[int]] = {}
        for item in found.items:
            ids.setdefault(item.kind, set()).add(item.id)
        parents: list[tuple[str, RecordModel]] = []
        for child_kind, field in NEEDS_PARENT:
            children = ids.get(child_kind)
            if not children:
                continue
            parent_kind = _parent_kind(child_kind, field)
            child = _model(child_kind)
            parent = _model(parent_kind)
            needed = {
                getattr(r, f"{field}_id")
                for r in child.select(getattr(child, field)).where(child.id.in_(sorted(children)))
            }
            for row in parent.select().where(
                parent.id.in_(sorted(needed)), parent.deleted_at.is_null(False)
            ):
                if row.id not in ids.get(parent_kind, set()):
                    parents.append((parent_kind, row))
        for kind, row in parents:
            ids.setdefault(kind, set()).add(row.id)
        for kind in TRASH_KINDS:
            model = _model(kind)
            for part in _chunks(sorted(ids.get(kind, set()))):
                model.update(deleted_at=None, deleted_batch=None).where(
                    model.id.in_(part)
                ).execute()
    log.debug("restored %d records from the trash", len(found.items) + len(parents))
    return Restored(batch_id, found.items, tuple(titles(parents)))


# -- deleting for good -------------------------------------------------------


def purge(batch_ids: Iterable[str] | None = None, *, compact: bool = True) -> Purged:
    """Delete batches of the trash for good (``None``: empty the whole trash).

    Must not run inside a transaction. ``compact`` (the default) rewrites the
    file afterwards so no free page keeps the deleted text; tests that purge
    often may skip it.
    """
    if DB.in_transaction():
        raise JournalError("The trash cannot be emptied in the middle of another change.")
    wanted = None if batch_ids is None else sorted(set(batch_ids))
    previous = DB.execute_sql("PRAGMA secure_delete").fetchone()[0]
    DB.execute_sql("PRAGMA secure_delete = ON")
    try:
        with driver_errors(), DB.atomic():
            counts, attachments, tags, kept = _purge_rows(wanted)
            if counts:
                DB.execute_sql("INSERT INTO search_index(search_index) VALUES ('optimize')")
        started = time.perf_counter()
        if compact and counts:
            with driver_errors():
                DB.execute_sql("VACUUM")
                DB.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        seconds = time.perf_counter() - started
    finally:
        DB.execute_sql(f"PRAGMA secure_delete = {int(previous)}")
    log.info("purged %d records from the trash", sum(counts.values()))
    return Purged(counts, attachments, tags, tuple(kept), seconds)


def _purge_rows(wanted: list[str] | None) -> tuple[dict[str, int], int, int, list[Item]]:
    rows: dict[str, dict[int, RecordModel]] = {}
    for kind, row in _rows(wanted):
        rows.setdefault(kind, {})[row.id] = row
    # A parent purged takes every child that needs it: trashed ones of other
    # batches go too; a live child (an import may have linked one) keeps it alive.
    kept: list[tuple[str, RecordModel]] = []
    for child_kind, field in NEEDS_PARENT:
        parent_kind = _parent_kind(child_kind, field)
        parents = rows.get(parent_kind)
        if not parents:
            continue
        child = _model(child_kind)
        link = getattr(child, field)
        for part in _chunks(sorted(parents)):
            for row in child.select().where(link.in_(part)):
                parent_id = getattr(row, f"{field}_id")
                if row.deleted_at is None:
                    if parent_id in parents:
                        kept.append((parent_kind, parents.pop(parent_id)))
                else:
                    rows.setdefault(child_kind, {})[row.id] = row
    for kind, row in kept:
        model = _model(kind)
        model.update(deleted_at=None, deleted_batch=None).where(model.id == row.id).execute()
    sessions = sorted(rows.get(Kind.SESSION, {}))
    reflections = sorted(rows.get(Kind.REFLECTION, {}))
    files: set[str] = set()
    tag_ids: set[int] = set()
    for table, column, ids in (
        ("session", "session_id", sessions),
        ("reflection", "reflection_id", reflections),
    ):
        for part in _chunks(ids):
            marks = ", ".join("?" * len(part))
            files.update(
                str(sha)
                for (sha,) in DB.execute_sql(
                    f"SELECT sha256 FROM {table}_attachment WHERE {column} IN ({marks})", part
                )
            )
            tag_ids.update(
                int(tag)
                for (tag,) in DB.execute_sql(
                    f"SELECT tag_id FROM {table}_tag WHERE {column} IN ({marks})", part
                )
            )
    now = utcnow()
    stones = [
        {"uuid": row.uuid, "kind": str(kind), "deleted_at": now}
        for kind, by_id in rows.items()
        for row in by_id.values()
    ]
    for kind in reversed(TRASH_KINDS):  # children first
        model = _model(kind)
        for part in _chunks(sorted(rows.get(kind, ()))):
            model.delete().where(model.id.in_(part)).execute()
    unused_files = [
        sha
        for sha in sorted(files)
        if not SessionAttachment.select().where(SessionAttachment.attachment == sha).exists()
        and not ReflectionAttachment.select().where(ReflectionAttachment.attachment == sha).exists()
    ]
    for names in _chunks(unused_files):
        deleting(Attachment).where(Attachment.sha256.in_(names)).execute()
    unused_tags = [
        tag
        for tag in sorted(tag_ids)
        if not SessionTag.select().where(SessionTag.tag == tag).exists()
        and not ReflectionTag.select().where(ReflectionTag.tag == tag).exists()
    ]
    for tag in Tag.select().where(Tag.id.in_(unused_tags)):
        stones.append({"uuid": tag.uuid, "kind": str(Kind.TAG), "deleted_at": now})
    for part in _chunks(unused_tags):
        deleting(Tag).where(Tag.id.in_(part)).execute()
    for start in range(0, len(stones), 300):
        Tombstone.insert_many(stones[start : start + 300]).on_conflict_replace().execute()
    counts = {str(kind): len(by_id) for kind, by_id in rows.items() if by_id}
    return counts, len(unused_files), len(unused_tags), titles(kept)


def _chunks[T](values: list[T], size: int = 500) -> Iterable[list[T]]:
    for i in range(0, len(values), size):
        yield values[i : i + size]


__all__ = [
    "BACKUP_HORIZON_TEXT",
    "GOES_WITH",
    "Batch",
    "Consequences",
    "Item",
    "Purged",
    "Restored",
    "batch",
    "batch_of",
    "batches",
    "consequences",
    "count",
    "is_trashed",
    "move",
    "purge",
    "restore",
    "titles",
]
