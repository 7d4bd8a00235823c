"""Create, read, update and delete every record kind: the one write API.

The window and the command line both call these functions; neither writes
SQL. Every write is validated first (``mentorjournal.domain.validation``) and runs in
one transaction, so a refused edit changes nothing.

``ref`` arguments name a record by integer id, digit string, UUID string or
model instance.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import re
from collections.abc import Callable, Iterable, Iterator
from typing import Any

import peewee as pw
from sqlcipher3 import dbapi2 as sqlcipher

from mentorjournal.domain import rules, trash, validation
from mentorjournal.errors import NotFound, ValidationError
from mentorjournal.kinds import NAME_FIELDS, Kind, kind_label
from mentorjournal.storage.db import DB, driver_errors
from mentorjournal.storage.models import (
    KIND_OF_MODEL,
    MODELS,
    ActionItem,
    BaseModel,
    Goal,
    Person,
    Reflection,
    ReflectionTag,
    Session,
    SessionTag,
    Skill,
    SkillRating,
    Tag,
    Win,
)
from mentorjournal.storage.models import new_uuid as _new_uuid
from mentorjournal.storage.models import utcnow as _utcnow

#: The types of the records this API returns (read their fields; change them
#: only through ``update``). Windows and the command line name them from here.
Record = BaseModel

log = logging.getLogger(__name__)

#: The model behind each record kind.
MODEL_FOR_KIND = MODELS

#: Kinds that carry tags, with their link model and the link's record field.
TAGGED: dict[str, tuple[type[SessionTag] | type[ReflectionTag], str]] = {
    "session": (SessionTag, "session"),
    "reflection": (ReflectionTag, "reflection"),
}

#: Fields fixed when a record is created; an update may not change them.
_FIXED = ("uuid", "created_at", "updated_at")


def _model(kind: str) -> type[BaseModel]:
    validation.rules_for(kind)  # raises a clear error for an unknown kind
    return MODEL_FOR_KIND[kind]


def get(kind: str, ref: Any) -> BaseModel:
    """The ``kind`` record named by ``ref``; ``NotFound`` if there is none."""
    model = _model(kind)
    label = kind_label(kind)
    if isinstance(ref, model):
        ref = ref.id
    if isinstance(ref, str) and ref.strip().isascii() and ref.strip().isdigit():
        ref = int(ref.strip())
    if isinstance(ref, int) and not isinstance(ref, bool):
        found = model.get_or_none(model.id == ref)
        if found is None:
            raise NotFound(f"No {label} with id {ref}.")
        return _not_trashed(found, label, f"id {ref}")
    if isinstance(ref, str):
        try:
            key = validation.check_uuid("id", ref)
        except ValidationError:
            raise NotFound(f"No {label} called {ref.strip()[:60]!r}: use its id or UUID.") from None
        found = model.get_or_none(model.uuid == key)
        if found is None:
            raise NotFound(f"No {label} with UUID {key}.")
        return _not_trashed(found, label, f"UUID {key}")
    raise NotFound(f"No {label} for {type(ref).__name__}: use its id or UUID.")


def _not_trashed(record: BaseModel, label: str, named: str) -> BaseModel:
    if getattr(record, "deleted_at", None) is not None:
        raise NotFound(f"The {label} with {named} is in the trash; restore it from there.")
    return record


def resolve_name(kind: str, ref: Any, field: str) -> Any:
    """``ref`` as given when it is an id or UUID; else the id of the one ``kind`` so named.

    Names match exactly, then ignoring case. No match, or several, is a
    ``ValidationError`` naming ``field``.
    """
    if not isinstance(ref, str):
        return ref
    text = ref.strip()
    if (text.isascii() and text.isdigit()) or _is_uuid(text) or kind not in NAME_FIELDS:
        return text
    model = _model(kind)
    name = NAME_FIELDS[kind]
    column = getattr(model, name)
    live = model.select(model.id, column)
    if hasattr(model, "deleted_at"):
        live = live.where(rules.live(model))
    matches = [row.id for row in live.where(column == text).limit(2)]
    if not matches:
        lowered = text.casefold()
        matches = [row.id for row in live if getattr(row, name).casefold() == lowered][:2]
    label = kind_label(kind)
    if not matches:
        raise ValidationError(field, f"no {label} with that {name}; give its id or UUID")
    if len(matches) > 1:
        raise ValidationError(field, f"several {label}s have that {name}; give the id or UUID")
    return matches[0]


def _is_uuid(text: str) -> bool:
    try:
        validation.check_uuid("id", text)
    except ValidationError:
        return False
    return True


def create(kind: str, **fields: Any) -> BaseModel:
    """Validate ``fields`` and insert a new ``kind`` record; return it.

    A reflection without ``written_at`` is written now; a skill rating without
    ``rated_on`` and a win without ``won_on`` are dated today. Sessions and
    reflections take ``tags=[names]``. ``uuid``, ``created_at`` and
    ``updated_at`` may be given (import); otherwise they are generated.
    """
    model = _model(kind)
    fields = _with_defaults(kind, fields)
    cleaned = validation.validate(kind, fields)
    tags = cleaned.pop("tags", None)
    updated_at = cleaned.pop("updated_at", None)
    record = model(**cleaned)
    with _translated(kind):
        with DB.atomic():
            record.save(force_insert=True)
            if updated_at is not None:
                model.update(updated_at=updated_at).where(model.id == record.id).execute()
                record.updated_at = updated_at
            if tags:
                _set_tags(kind, record, tags)
    log.debug("created %s %d", kind, record.id)
    return record


def update(kind: str, ref: Any, **fields: Any) -> BaseModel:
    """Validate ``fields`` and change them on the record ``ref``; return it.

    Only the fields given are checked and written. ``tags`` replaces the tag
    list. An update that changes nothing writes nothing (``updated_at`` is
    kept); any real change sets ``updated_at``. Refused values raise
    ``ValidationError`` and leave the stored record exactly as it was.
    """
    record = get(kind, ref)
    for name in _FIXED:
        if name in fields:
            raise ValidationError(name, "is set by the journal and cannot be changed")
    cleaned = validation.validate(kind, fields, partial=True, existing=record)
    tags = cleaned.pop("tags", None)
    changes = {name: value for name, value in cleaned.items() if _stored(record, name) != value}
    tags_change = tags is not None and sorted(t.casefold() for t in tags) != sorted(
        t.casefold() for t in tags_of(record)
    )
    if not changes and not tags_change:
        return record
    model = type(record)
    with _translated(kind):
        with DB.atomic():
            for name, value in changes.items():
                setattr(record, name, value)
            record.save()
            if tags_change:
                _set_tags(kind, record, tags or [])
    log.debug("updated %s %d (%d fields)", kind, record.id, len(changes) + int(tags_change))
    return model.get_by_id(record.id)


def delete(kind: str, ref: Any) -> trash.Batch:
    """Move the record ``ref`` to the trash, with what goes with it; return the batch.

    A person takes their sessions, a skill its ratings, a goal its action
    items (``trash.GOES_WITH``); records that only link to it stay, and read
    as unlinked while it is in the trash. ``trash.restore(batch.id)`` undoes
    it exactly; ``purge`` deletes for good.
    """
    record = get(kind, ref)
    if kind == Kind.TAG:
        raise ValidationError("kind", "a tag goes when no session or reflection uses it")
    with _translated(kind):
        moved = trash.move([(kind, record.id)])
    log.debug("moved %s %d to the trash", kind, record.id)
    return moved


def purge(kind: str, ref: Any, *, compact: bool = True) -> trash.Purged:
    """Delete the record ``ref`` (and what goes with it) for good, at once.

    Links from other records are cleared by the schema; a tombstone stays.
    """
    moved = delete(kind, ref)
    return trash.purge([moved.id], compact=compact)


def complete_action(ref: Any, on: dt.date | str | None = None) -> ActionItem:
    """Mark an action item done (on ``on``, default today)."""
    done = update("action", ref, done_on=on if on not in (None, "") else dt.date.today())
    return typed(done, ActionItem)


def reopen_action(ref: Any) -> ActionItem:
    """Mark a done action item open again."""
    return typed(update("action", ref, done_on=None), ActionItem)


def typed[M: BaseModel](record: BaseModel, model: type[M]) -> M:
    """``record`` as the model it is (``get`` and ``update`` return the base type)."""
    if not isinstance(record, model):
        raise TypeError(f"expected a {model.__name__}, got a {type(record).__name__}")
    return record


def get_person(ref: Any) -> Person:
    """The person named by ``ref``; ``NotFound`` if there is none."""
    return typed(get("person", ref), Person)


def get_session(ref: Any) -> Session:
    """The session named by ``ref``; ``NotFound`` if there is none."""
    return typed(get("session", ref), Session)


def values_of(kind: str, record: BaseModel) -> dict[str, Any]:
    """The stored values of ``record`` by field name, as ``validate`` returns them.

    Links are ids, tags a list of names; every field the kind accepts is present.
    """
    values: dict[str, Any] = {}
    for name in validation.FIELDS[Kind(kind)]:
        if name == "tags":
            values[name] = tags_of(record)
        elif name in record._meta.fields:
            values[name] = _stored(record, name)
    return values


def default_values(kind: str) -> dict[str, Any]:
    """What a new ``kind`` record gets when a field is not given (fixed defaults only)."""
    model = _model(kind)
    values: dict[str, Any] = {}
    for name in validation.FIELDS[Kind(kind)]:
        field = model._meta.fields.get(name)
        default = getattr(field, "default", None)
        if default is not None and not callable(default):
            values[name] = default
    return values


def create_many(
    kind: str, rows: Iterable[dict[str, Any]], *, chunk: int = 500
) -> list[tuple[int, str]]:
    """Validate and insert many records of one kind at once (imports); their (id, uuid)s.

    Each row is checked exactly as ``create`` checks it, all before anything is
    written; the rows are then inserted in chunks inside one transaction, tags
    reusing existing ones case-insensitively. A refused row raises
    ``ValidationError`` and nothing is written.
    """
    model = _model(kind)
    now = _utcnow()
    prepared: list[tuple[dict[str, Any], list[str]]] = []
    for fields in rows:
        cleaned = validation.validate(kind, _with_defaults(kind, dict(fields)))
        tags = list(cleaned.pop("tags", None) or [])
        cleaned.setdefault("uuid", _new_uuid())
        cleaned.setdefault("created_at", now)
        cleaned.setdefault("updated_at", cleaned["created_at"])
        prepared.append((cleaned, tags))
    done: list[tuple[int, str]] = []
    with _translated(kind), DB.atomic():
        next_id = int(model.select(pw.fn.MAX(model.id)).scalar() or 0) + 1
        inserted = []
        for n, (cleaned, _) in enumerate(prepared):
            inserted.append({"id": next_id + n, **cleaned})
            done.append((next_id + n, str(cleaned["uuid"])))
        insert_rows(model, inserted)
        if kind in TAGGED:
            _set_many_tags(
                kind,
                [(rid, tags) for (rid, _), (_, tags) in zip(done, prepared, strict=True)],
                chunk,
            )
    log.debug("created %d %s records", len(done), kind)
    return done


_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def insert_rows(model: type[pw.Model], rows: list[dict[str, Any]]) -> None:
    """Insert checked rows with one prepared statement (peewee's builder is the slow part).

    Fields a row leaves out get the model's default; values are stored as peewee
    stores them (``db_value``). A constraint the schema enforces raises peewee's
    ``IntegrityError``, as a peewee insert would.
    """
    if not rows:
        return
    given = {name for row in rows for name in row}
    fields = [
        field
        for field in model._meta.sorted_fields
        if field.name in given or not isinstance(field, pw.AutoField)
    ]
    names = [field.name for field in fields]
    columns = ", ".join(f'"{field.column_name}"' for field in fields)
    marks = ", ".join("?" for _ in fields)
    sql = f'INSERT INTO "{model._meta.table_name}" ({columns}) VALUES ({marks})'

    # Per column: its name, how peewee stores a value, and its default (made per row
    # when it is a function, such as a new uuid; stored once otherwise).
    plans = [
        (
            name,
            field.db_value,
            field.default if callable(field.default) else None,
            None if callable(field.default) else field.db_value(field.default),
        )
        for field, name in zip(fields, names, strict=True)
    ]
    params = (
        tuple(
            store(row[name]) if name in row else (store(make()) if make else fixed)
            for name, store, make, fixed in plans
        )
        for row in rows
    )
    try:
        DB.cursor().executemany(sql, params)  # the rows' values made as they are written
    except sqlcipher.IntegrityError as exc:
        raise pw.IntegrityError(str(exc)) from exc


def _set_many_tags(kind: str, owners: list[tuple[int, list[str]]], chunk: int) -> None:
    """Tag many new records at once; names match existing tags as the schema does (NOCASE)."""
    link, field = TAGGED[kind]
    ids = {tag.name.translate(_ASCII_LOWER): int(tag.id) for tag in Tag.select(Tag.id, Tag.name)}
    del chunk
    rows = []
    for rid, names in owners:
        for name in names:
            key = name.translate(_ASCII_LOWER)
            if key not in ids:
                ids[key] = int(Tag.create(name=name).id)
            rows.append({field: rid, "tag": ids[key]})
    insert_rows(link, list({(r[field], r["tag"]): r for r in rows}.values()))


# -- tags ------------------------------------------------------------------


def tags_of(record: BaseModel) -> list[str]:
    """The tag names of a session or reflection, sorted case-insensitively."""
    kind = KIND_OF_MODEL.get(type(record))
    if kind not in TAGGED:
        return []
    link, field = TAGGED[kind]
    query = (
        Tag.select(Tag.name)
        .join(link, on=(link.tag == Tag.id))
        .where(getattr(link, field) == record.id)
    )
    return sorted((tag.name for tag in query), key=str.casefold)


def all_tags(in_use: bool = False) -> list[str]:
    """Every tag name, sorted case-insensitively; ``in_use`` keeps only linked ones."""
    query = Tag.select(Tag.name)
    if in_use:  # by a record that is not in the trash
        query = query.where(
            pw.fn.EXISTS(
                SessionTag.select()
                .join(Session)
                .where(SessionTag.tag == Tag.id, rules.live(Session))
            )
            | pw.fn.EXISTS(
                ReflectionTag.select()
                .join(Reflection)
                .where(ReflectionTag.tag == Tag.id, rules.live(Reflection))
            )
        )
    return sorted((tag.name for tag in query), key=str.casefold)


def _set_tags(kind: str, record: BaseModel, names: Iterable[str]) -> None:
    """Replace the record's tags; names reuse existing tags case-insensitively."""
    link, field = TAGGED[kind]
    link.delete().where(getattr(link, field) == record.id).execute()
    rows = []
    for name in names:
        tag = Tag.get_or_none(Tag.name == name) or Tag.create(name=name)
        rows.append({field: record.id, "tag": tag.id})
    if rows:
        link.insert_many(rows).execute()


# -- helpers ---------------------------------------------------------------


def _with_defaults(kind: str, fields: dict[str, Any]) -> dict[str, Any]:
    defaults: dict[str, tuple[str, Callable[[], Any]]] = {
        "reflection": ("written_at", lambda: dt.datetime.now().replace(microsecond=0)),
        "rating": ("rated_on", dt.date.today),
        "win": ("won_on", dt.date.today),
    }
    if kind in defaults:
        name, factory = defaults[kind]
        if fields.get(name) in (None, ""):
            fields = {**fields, name: factory()}
    return fields


def _stored(record: BaseModel, name: str) -> Any:
    """The stored value of a field as ``validate`` would return it."""
    field = record._meta.fields[name]
    if isinstance(field, pw.ForeignKeyField):
        return getattr(record, field.column_name)
    return getattr(record, name)


_COLUMN = re.compile(r"failed: (?:\w+\.)?(\w+)")


@contextlib.contextmanager
def _translated(kind: str) -> Iterator[None]:
    """Turn a constraint the schema enforces into a ``ValidationError``, and any
    other database error into its ``JournalError`` (``storage.db.driver_errors``).

    Validation should catch everything first; this is the second line.
    """
    try:
        with driver_errors():
            yield
    except pw.IntegrityError as exc:
        match = _COLUMN.search(str(exc))
        field = match.group(1) if match else kind
        log.warning("constraint refused a %s write", kind)
        raise ValidationError(field, "the journal refused this value") from None


__all__ = [
    "MODEL_FOR_KIND",
    "ActionItem",
    "Goal",
    "Person",
    "Record",
    "Reflection",
    "Session",
    "Skill",
    "SkillRating",
    "Tag",
    "Win",
    "default_values",
    "resolve_name",
    "values_of",
    "TAGGED",
    "all_tags",
    "complete_action",
    "create",
    "create_many",
    "insert_rows",
    "delete",
    "get",
    "purge",
    "reopen_action",
    "tags_of",
    "update",
]
