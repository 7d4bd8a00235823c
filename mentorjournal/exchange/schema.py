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
import re
from collections.abc import Callable
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


# -- the fast path: values exactly as our own export writes them ----------------------
#
# ``export_json`` writes canonical values: lower-case uuids, ``isoformat()`` dates and
# times, enum values as stored, whole numbers as ints, tags as a list of clean names.
# For such a value a fast check returns exactly what ``check_value`` returns; for any
# other value it returns ``_MISS`` and the value goes through ``check_value`` (and its
# messages). So the fast path changes no verdict and no message, only the time
# (tests/exchange/test_schema_fast.py runs both over good and damaged files).

_MISS: Any = object()
_CANON_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", re.ASCII)
_CANON_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", re.ASCII)
_CANON_DATETIME = re.compile(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]{6})?", re.ASCII
)
Fast = Callable[[Any], Any]


def _storable(text: str) -> bool:
    """What ``validation.check_string`` asks of a string besides its length."""
    if "\x00" in text:
        return False
    if text.isascii():
        return True
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:  # lone surrogates
        return False
    return True


def _canon_uuid(value: Any) -> Any:
    return value if type(value) is str and _CANON_UUID.fullmatch(value) else _MISS


def _canon_datetime(value: Any) -> Any:
    if type(value) is str and _CANON_DATETIME.fullmatch(value):
        try:
            return dt.datetime.fromisoformat(value)
        except ValueError:  # e.g. the 30th of February: the full check words it
            return _MISS
    return _MISS


def _never(value: Any) -> Any:
    """The fast check of what has none: always the full check."""
    return _MISS


def _fast_check(rule: Rule) -> Fast:
    """The fast check of ``rule`` (see above): a value, or ``_MISS``."""
    required = rule.required
    # What check_value returns for a missing value (None) when that is no error.
    if rule.type in ("line", "text"):
        empty: Any = _MISS if required else ""
    elif rule.type in ("int", "datetime"):
        empty = None if rule.nullable and not required else _MISS
    elif rule.type == "link":
        empty = None  # links are only checked to be uuids here (see check_value)
    elif rule.type in ("enum", "rating", "date"):
        empty = _MISS if required else None
    else:
        empty = _MISS

    def line(value: Any) -> Any:
        if value is None:
            return empty
        if (
            type(value) is str
            and len(value) <= validation.MAX_LINE
            and "\n" not in value
            and "\r" not in value
            and _storable(value)
        ):
            text = value.strip()
            if text or not required:
                return text
        return _MISS

    def text(value: Any) -> Any:
        if value is None:
            return empty
        if type(value) is str and len(value) <= validation.MAX_TEXT and _storable(value):
            if not required or value.strip():
                return value
        return _MISS

    choices = frozenset(
        c for c in rule.choices if c.strip() and re.sub(r"[\s-]+", "_", c.strip().lower()) == c
    )

    def enum(value: Any) -> Any:
        if value is None:
            return empty
        return value if type(value) is str and value in choices else _MISS

    lo, hi = (1, 10) if rule.type == "rating" else (rule.lo, rule.hi)

    def whole(value: Any) -> Any:
        if value is None:
            return empty
        return value if type(value) is int and lo <= value <= hi else _MISS

    def date(value: Any) -> Any:
        if value is None:
            return empty
        if type(value) is str and _CANON_DATE.fullmatch(value):
            try:
                return dt.date.fromisoformat(value)
            except ValueError:
                return _MISS
        return _MISS

    def datetime(value: Any) -> Any:
        return empty if value is None else _canon_datetime(value)

    def link(value: Any) -> Any:
        return empty if value is None else _canon_uuid(value)

    def tags(value: Any) -> Any:
        if type(value) is not list:
            return _MISS
        seen = set()
        for name in value:
            if (
                type(name) is not str
                or not name
                or len(name) > validation.MAX_TAG
                or "\n" in name
                or "\r" in name
                or name != name.strip()
                or not _storable(name)
                or name.casefold() in seen
            ):
                return _MISS
            seen.add(name.casefold())
        return list(value)

    checks: dict[str, Fast] = {
        "line": line,
        "text": text,
        "enum": enum,
        "rating": whole,
        "int": whole,
        "date": date,
        "datetime": datetime,
        "link": link,
        "tags": tags,
    }
    return checks.get(rule.type, _never)


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


def check_file(data: Any, now: dt.datetime, *, fast: bool = True) -> dict[str, list[Incoming]]:
    """Validate a parsed export completely; return its records per kind.

    ``fast``: values written exactly as our export writes them are checked by
    a shortcut that returns what the full checks return; every other value
    gets the full checks and their messages. ``fast=False`` checks every value
    the full way: the same verdicts and messages (the reference the shortcut
    is tested against).
    """
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
        out[kind] = _check_kind(kind, rows, now, fast)
    return out


def _stamp(row: dict, name: str, where: str, fallback: dt.datetime, fast: bool) -> dt.datetime:
    raw = row.get(name)
    if raw is None:
        return fallback
    if fast and (value := _canon_datetime(raw)) is not _MISS:
        return value
    value = validation.check_datetime(f"{where}.{name}", raw, utc=True)
    return fallback if value is None else value


def _check_kind(kind: str, rows: list, now: dt.datetime, fast: bool = True) -> list[Incoming]:
    rules = fields(kind)
    checks = [
        (name, rule, _fast_check(rule) if fast else _never, default(kind, name))
        for name, rule in rules.items()
    ]
    known = {*rules, "uuid", "created_at", "updated_at"}
    attaching = kind in ATTACHING
    if attaching:
        from mentorjournal.exchange import blobs

        known.add("attachments")
    seen: dict[str, int] = {}
    names: dict[str, int] = {}
    result = []
    for i, row in enumerate(rows):
        where = f"{kind}[{i}]"
        if not isinstance(row, dict):
            raise ValidationError(where, "must be an object")
        files: list[tuple[str, str]] = []
        if attaching and "attachments" in row:
            files = blobs.check_links(row["attachments"], f"{where}.attachments")
        if not (fast and row.keys() <= known):  # the full look, to name the unknown field
            for key in row:
                if key == "attachments" and attaching:
                    continue
                if key not in rules and key not in ("uuid", "created_at", "updated_at"):
                    raise ValidationError(f"{where}.{key}", "unknown field")
        raw_uid = row.get("uuid")
        if raw_uid is None:
            raise ValidationError(f"{where}.uuid", "is required")
        uid = _canon_uuid(raw_uid) if fast else _MISS
        if uid is _MISS:
            uid = validation.check_uuid(f"{where}.uuid", raw_uid)
        if uid in seen:
            raise ValidationError(
                f"{where}.uuid", f"the same uuid is already used by {kind}[{seen[uid]}]"
            )
        seen[uid] = i
        created = _stamp(row, "created_at", where, now, fast)
        updated = _stamp(row, "updated_at", where, created, fast)
        values = {}
        for name, rule, quick, fallback in checks:
            if name in row:
                raw = row[name]
                value = quick(raw)
                if value is _MISS:
                    value = check_value(rule, raw, f"{where}.{name}")
                if value is None and rule.type == "enum":
                    value = fallback
            elif rule.required:
                raise ValidationError(f"{where}.{name}", "is required")
            else:
                value = fallback
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
