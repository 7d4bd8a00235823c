"""The JSON exchange format: which fields each record kind has, and their checks.

The shared rules of ``validation.FIELDS`` drive both directions:
``exchange.export_json`` writes exactly those fields, and ``check_file``
validates an incoming file against them before anything is written. Every refusal is a ``ValidationError`` whose
field names the record kind, its index in the file and the field, e.g.
``session[12].confidence_after``. Links to other records are uuids; session and
reflection tags are names. Checks that need the journal (links to records
that are not in the file, name clashes) happen in ``exchange.import_json``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from typing import Any

import peewee as pw

from mentorjournal.domain import validation
from mentorjournal.domain.validation import Rule
from mentorjournal.errors import ValidationError

FORMAT = "mentorjournal"
#: Version 2 adds attachments (``exchange.blobs``); a journal without any is written as 1.
VERSION = 2

#: Record kinds in dependency order: a kind links only to kinds before it
#: (and a person to another person).
KIND_ORDER = ("tag", "person", "skill", "goal", "session", "reflection", "rating", "action", "win")
MODELS: dict[str, type[pw.Model]] = validation.MODELS
#: Kinds whose ``name`` is unique (NOCASE) in the journal.
UNIQUE_NAME = ("tag", "skill")
TAGGED = ("session", "reflection")
#: Kinds that list their attachments (version 2).
ATTACHING = ("session", "reflection")

#: SQLite's NOCASE folds ASCII letters only; name clashes must match it exactly.
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def fold(name: str) -> str:
    """A name as SQLite's NOCASE collation compares it."""
    return name.translate(_ASCII_LOWER)


def fields(kind: str) -> dict[str, Rule]:
    """The exported fields of ``kind``, in order, with their shared validation rules."""
    return validation.FIELDS[kind]


def links(kind: str) -> dict[str, str]:
    """Link fields of ``kind`` and the kind each points to."""
    return {name: rule.target for name, rule in fields(kind).items() if rule.type == "link"}


# -- value checks ----------------------------------------------------------------


def check_value(rule: Rule, value: Any, where: str) -> Any:
    """Clean one non-link value with the shared rules of ``validation``.

    Links are only checked to be uuids here; ``exchange`` resolves them in
    bulk, because they may point at records later in the same file.
    """
    if rule.type == "link":
        return None if value is None or value == "" else validation.check_uuid(where, value)
    if rule.required and (value is None or (isinstance(value, str) and not value.strip())):
        raise ValidationError(where, "is required" if value is None else "must not be empty")
    # The per-value rule of validation.validate(); its record-level checks
    # query the journal one record at a time, so they are done in bulk here.
    return validation.check_value(where, rule, value)


@dataclass
class Incoming:
    """One validated record from a file."""

    kind: str
    index: int
    uuid: str
    created_at: dt.datetime
    updated_at: dt.datetime
    values: dict[str, Any]  # field name -> checked value (links still uuids)
    attachments: list[tuple[str, str]] = dataclasses.field(default_factory=list)  # sha, name


def default(kind: str, name: str) -> Any:
    """The value a field gets when the file leaves it out."""
    if name == "tags":
        return ()
    field = MODELS[kind]._meta.fields.get(name)
    if field is None:  # pragma: no cover - FIELDS and the models agree
        return None
    return field.default


def _whole(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def check_file(data: Any, now: dt.datetime) -> dict[str, list[Incoming]]:
    """Validate a parsed export completely; return its records per kind."""
    if not isinstance(data, dict):
        raise ValidationError("file", "is not a MentorJournal export (expected a JSON object)")
    if data.get("format") != FORMAT:
        raise ValidationError(
            "format", f'this is not a MentorJournal export (expected "format": "{FORMAT}")'
        )
    version = data.get("version")
    if not _whole(version) or version < 1:
        raise ValidationError("version", "must be a whole number (1 for this format)")
    if version > VERSION:
        raise ValidationError(
            "version",
            f"the file was written by a newer MentorJournal "
            f"(format version {version}); please update the app",
        )
    records = data.get("records")
    if not isinstance(records, dict):
        raise ValidationError("records", "must be an object with a list of records per kind")
    for name in records:
        if name not in KIND_ORDER:
            raise ValidationError(
                f"records.{name}", f"unknown record kind; expected one of {', '.join(KIND_ORDER)}"
            )
    out: dict[str, list[Incoming]] = {}
    for kind in KIND_ORDER:
        rows = records.get(kind, [])
        if not isinstance(rows, list):
            raise ValidationError(f"records.{kind}", "must be a list")
        out[kind] = _check_kind(kind, rows, now)
    return out


def _stamp(row: dict, name: str, where: str, fallback: dt.datetime) -> dt.datetime:
    if row.get(name) is None:
        return fallback
    value = validation.check_datetime(f"{where}.{name}", row[name], utc=True)
    return fallback if value is None else value


def _check_kind(kind: str, rows: list, now: dt.datetime) -> list[Incoming]:
    rules = fields(kind)
    seen: dict[str, int] = {}
    names: dict[str, int] = {}
    result = []
    for i, row in enumerate(rows):
        where = f"{kind}[{i}]"
        if not isinstance(row, dict):
            raise ValidationError(where, "must be an object")
        files: list[tuple[str, str]] = []
        if kind in ATTACHING and "attachments" in row:
            from mentorjournal.exchange import blobs

            files = blobs.check_links(row["attachments"], f"{where}.attachments")
        for key in row:
            if key == "attachments" and kind in ATTACHING:
                continue
            if key not in rules and key not in ("uuid", "created_at", "updated_at"):
                raise ValidationError(f"{where}.{key}", "unknown field")
        if row.get("uuid") is None:
            raise ValidationError(f"{where}.uuid", "is required")
        uid = validation.check_uuid(f"{where}.uuid", row["uuid"])
        if uid in seen:
            raise ValidationError(
                f"{where}.uuid", f"the same uuid is already used by {kind}[{seen[uid]}]"
            )
        seen[uid] = i
        created = _stamp(row, "created_at", where, now)
        updated = _stamp(row, "updated_at", where, created)
        values = {}
        for name, rule in rules.items():
            if name in row:
                value = check_value(rule, row[name], f"{where}.{name}")
                if value is None and rule.type == "enum":
                    value = default(kind, name)
            elif rule.required:
                raise ValidationError(f"{where}.{name}", "is required")
            else:
                value = default(kind, name)
            values[name] = value
        _check_record(kind, values, where)
        if kind == "person" and values["introduced_by"] == uid:
            raise ValidationError(f"{where}.introduced_by", "a person cannot introduce themselves")
        if kind in UNIQUE_NAME:
            key = fold(values["name"])
            if key in names:
                raise ValidationError(
                    f"{where}.name", f"the same name is already used by {kind}[{names[key]}]"
                )
            names[key] = i
        result.append(Incoming(kind, i, uid, created, updated, values, files))
    return result


def _check_record(kind: str, values: dict[str, Any], where: str) -> None:
    """The cross-field rules of ``validation`` that need no journal."""
    if kind == "person":
        started, ended = values["started_on"], values["ended_on"]
        if started and ended and ended < started:
            raise ValidationError(
                f"{where}.ended_on", "the relationship cannot end before it started"
            )
    elif kind == "session":
        held, following = values["held_at"], values["next_session_on"]
        if held and following and following < held.date():
            raise ValidationError(
                f"{where}.next_session_on", "the next session cannot be before this one"
            )
