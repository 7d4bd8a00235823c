"""Field rules shared by the record services, the command line and import.

``validate(kind, data)`` checks every value of one record and returns the
cleaned values, or raises ``ValidationError(field, message)`` naming the first
field that is wrong. Cleaning means coercion only: ISO strings become dates and
datetimes, rating strings such as ``"7"`` become ``7``, empty optional values
become ``None``; Markdown text is kept exactly as given.

Links to other records (``person``, ``session``, ``goal``, ``skill``,
``introduced_by``) may be given as an integer id, a digit string, a UUID
string or a model instance; they are checked against the open journal and
returned as integer ids.

Messages never quote journal text; they name the field and the rule.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import uuid as uuid_mod
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

import peewee as pw

from mentorjournal.errors import ValidationError
from mentorjournal.kinds import (
    FollowUp,
    GoalStatus,
    Owner,
    PersonStatus,
    RatingSource,
    Relation,
    Role,
    SessionFormat,
    SessionStatus,
    kind_label,
    values,
)
from mentorjournal.storage import models

log = logging.getLogger(__name__)

#: Longest Markdown text one field may hold (about 5 MB of plain text).
MAX_TEXT = 5_000_000
#: Longest single-line text (names, titles, organisation, category...).
MAX_LINE = 1_000
#: Longest tag name.
MAX_TAG = 100
#: Longest session, in minutes (a whole day).
MAX_DURATION = 1440

RATING_MESSAGE = "must be a whole number from 1 to 10, or empty"

_INT = re.compile(r"[0-9]+", re.ASCII)
_DATE = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})", re.ASCII)
_DATETIME = re.compile(
    r"([0-9]{4}-[0-9]{2}-[0-9]{2})(?:[T ]([0-9]{2}):([0-9]{2})(?::([0-9]{2})(?:\.([0-9]{1,6}))?)?"
    r"(Z|[+-][0-9]{2}:?[0-9]{2})?)?",
    re.ASCII,
)


@dataclass(frozen=True)
class Rule:
    """How one field is checked. ``type`` is one of the ``_CHECKS`` keys."""

    type: str
    required: bool = False
    choices: tuple[str, ...] = ()
    lo: int = 0
    hi: int = 0
    nullable: bool = True
    target: str = ""  # kind a link points to
    utc: bool = False  # datetimes stored in UTC (created_at / updated_at)


def _enum(*choices: str, required: bool = False) -> Rule:
    return Rule("enum", required=required, choices=choices)


def _link(target: str, required: bool = False) -> Rule:
    return Rule("link", required=required, target=target)


LINE = Rule("line")
TEXT = Rule("text")
RATING = Rule("rating")
DATE = Rule("date")

#: Accepted by every kind: identity and timestamps, for import and merge.
COMMON: dict[str, Rule] = {
    "uuid": Rule("uuid"),
    "created_at": Rule("datetime", nullable=False, utc=True),
    "updated_at": Rule("datetime", nullable=False, utc=True),
}

#: Every field a kind accepts, with its rule.
FIELDS: dict[str, dict[str, Rule]] = {
    "person": {
        "name": Rule("line", required=True),
        "relation": _enum(*values(Relation), required=True),
        "organisation": LINE,
        "contact": TEXT,
        "introduced_by": _link("person"),
        "started_on": DATE,
        "ended_on": DATE,
        "status": _enum(*values(PersonStatus)),
        "follow_up": _enum(*values(FollowUp)),
        "notes": TEXT,
        "cadence_days": Rule("int", lo=1, hi=366),
    },
    "session": {
        "person": _link("person", required=True),
        "role": _enum(*values(Role), required=True),
        "held_at": Rule("datetime", required=True),
        "duration_min": Rule("int", lo=0, hi=MAX_DURATION),
        "format": _enum(*values(SessionFormat)),
        "status": _enum(*values(SessionStatus)),
        "agenda": TEXT,
        "notes": TEXT,
        "takeaways": TEXT,
        "confidence_before": RATING,
        "confidence_after": RATING,
        "motivation": RATING,
        "next_session_on": DATE,
        "tags": Rule("tags"),
    },
    "reflection": {
        "written_at": Rule("datetime", required=True),
        "title": LINE,
        "body": TEXT,
        "template": LINE,
        "confidence": RATING,
        "motivation": RATING,
        "session": _link("session"),
        "tags": Rule("tags"),
    },
    "skill": {
        "name": Rule("line", required=True),
        "category": LINE,
        "target_level": RATING,
        "description": TEXT,
        "retired_on": DATE,
    },
    "rating": {
        "skill": _link("skill", required=True),
        "rated_on": Rule("date", required=True),
        "value": Rule("rating", required=True),
        "note": TEXT,
        "source": _enum(*values(RatingSource)),
        "session": _link("session"),
    },
    "goal": {
        "title": Rule("line", required=True),
        "description": TEXT,
        "target_date": DATE,
        "status": _enum(*values(GoalStatus)),
        "progress": Rule("int", lo=0, hi=100, nullable=False),
        "person": _link("person"),
    },
    "action": {
        "text": Rule("text", required=True),
        "owner": _enum(*values(Owner)),
        "due_on": DATE,
        "done_on": DATE,
        "goal": _link("goal"),
        "session": _link("session"),
        "person": _link("person"),
    },
    "win": {
        "won_on": Rule("date", required=True),
        "title": Rule("line", required=True),
        "description": TEXT,
        "goal": _link("goal"),
        "skill": _link("skill"),
    },
    "tag": {
        "name": Rule("line", required=True),
    },
}

#: The model behind each kind.
MODELS = models.MODELS

KINDS: tuple[str, ...] = tuple(FIELDS)

# Kinds whose name must be unique (case-insensitive), as the schema demands.
_UNIQUE_NAME: dict[str, tuple[type[models.BaseModel], pw.Field[Any]]] = {
    "skill": (models.Skill, models.Skill.name),
    "tag": (models.Tag, models.Tag.name),
}


# -- single values ---------------------------------------------------------


def _refuse(field: str, message: str) -> ValidationError:
    return ValidationError(field, message)


def _is_blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def check_string(field: str, value: Any, *, limit: int = MAX_TEXT) -> str:
    """A storable string: text type, no NUL, no lone surrogates, not too long."""
    if not isinstance(value, str):
        raise _refuse(field, "must be text")
    if "\x00" in value:
        raise _refuse(field, "must not contain NUL characters")
    if len(value) > limit:
        raise _refuse(field, f"is too long ({len(value):,} characters; at most {limit:,})")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise _refuse(
            field, "contains characters that cannot be stored (lone surrogates)"
        ) from None
    return value


def check_whole(field: str, value: Any, lo: int, hi: int, *, nullable: bool = True) -> int | None:
    """A whole number in ``lo..hi`` (digit strings accepted); empty → ``None``."""
    message = f"must be a whole number from {lo} to {hi}" + (", or empty" if nullable else "")
    if _is_blank(value):
        if nullable:
            return None
        raise _refuse(field, message)
    if isinstance(value, bool):
        raise _refuse(field, message)
    if isinstance(value, str):
        text = value.strip()
        if not _INT.fullmatch(text):
            raise _refuse(field, message)
        value = int(text)
    if not isinstance(value, int):
        raise _refuse(field, message)
    if not lo <= value <= hi:
        raise _refuse(field, message)
    return int(value)


def check_count(field: str, value: Any, hi: int) -> int:
    """A whole number from 0 to ``hi`` that must be given (offsets, limits)."""
    result = check_whole(field, value, 0, hi, nullable=False)
    if result is None:  # pragma: no cover - check_whole refuses empty values here
        raise _refuse(field, f"must be a whole number from 0 to {hi}")
    return result


def check_rating(field: str, value: Any) -> int | None:
    """A rating: a whole number 1–10, or empty (``None``/``""``) → ``None``."""
    return check_whole(field, value, 1, 10)


def check_date(field: str, value: Any) -> dt.date | None:
    """A real calendar date from a ``date`` or a ``YYYY-MM-DD`` string; empty → ``None``."""
    if _is_blank(value):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        raise _refuse(field, "must be a date as YYYY-MM-DD")
    text = value.strip()
    match = _DATE.fullmatch(text)
    if not match:
        raise _refuse(field, "must be a date as YYYY-MM-DD")
    try:
        return dt.date(*(int(part) for part in match.groups()))
    except ValueError:
        raise _refuse(field, f"{text} is not a real date") from None


def check_datetime(field: str, value: Any, *, utc: bool = False) -> dt.datetime | None:
    """A date and time from a ``datetime``, a ``date`` (midnight) or an ISO string.

    Results are naive: local wall-clock time, or UTC when ``utc`` is set
    (timezone-aware input is converted accordingly). Empty → ``None``.
    """
    if _is_blank(value):
        return None
    if isinstance(value, dt.datetime):
        result = value
    elif isinstance(value, dt.date):
        result = dt.datetime.combine(value, dt.time())
    elif isinstance(value, str):
        text = value.strip()
        if not _DATETIME.fullmatch(text):
            raise _refuse(field, "must be a date and time as YYYY-MM-DD HH:MM")
        try:
            result = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
        except ValueError:
            raise _refuse(field, f"{text} is not a real date and time") from None
    else:
        raise _refuse(field, "must be a date and time as YYYY-MM-DD HH:MM")
    if result.tzinfo is not None:
        result = result.astimezone(dt.UTC if utc else None).replace(tzinfo=None)
    return result


def check_uuid(field: str, value: Any) -> str:
    """A UUID in canonical lower-case form."""
    if isinstance(value, uuid_mod.UUID):
        return str(value)
    if not isinstance(value, str):
        raise _refuse(field, "must be a UUID")
    try:
        return str(uuid_mod.UUID(value.strip()))
    except ValueError:
        raise _refuse(field, "must be a UUID") from None


def check_tags(field: str, value: Any) -> list[str]:
    """Tag names: stripped, empty ones dropped, duplicates (any case) removed."""
    if _is_blank(value):
        return []
    if isinstance(value, str) or not isinstance(value, Iterable):
        raise _refuse(field, "must be a list of tag names")
    names: list[str] = []
    seen: set[str] = set()
    for item in value:
        name = check_string(field, item, limit=MAX_TAG + 1000).strip()
        if not name:
            continue
        if len(name) > MAX_TAG:
            raise _refuse(field, f"a tag is too long (at most {MAX_TAG} characters)")
        if "\n" in name or "\r" in name:
            raise _refuse(field, "a tag must be a single line")
        if name.casefold() not in seen:
            seen.add(name.casefold())
            names.append(name)
    return names


def resolve(kind: str, ref: Any, field: str | None = None) -> models.BaseModel:
    """The record of ``kind`` that ``ref`` (id, digit string, UUID, instance) names.

    Raises ``ValidationError`` naming ``field`` (default: the kind) when it
    cannot be found.
    """
    field = field or kind
    model = MODELS[kind]
    if isinstance(ref, model):
        ref = ref.id
    if isinstance(ref, bool) or ref is None:
        raise _refuse(field, f"must name a {kind_label(kind)} (an id or a UUID)")
    if isinstance(ref, str):
        text = ref.strip()
        if _INT.fullmatch(text):
            ref = int(text)
        else:
            try:
                ref = str(uuid_mod.UUID(text))
            except ValueError:
                raise _refuse(field, f"must name a {kind_label(kind)} (an id or a UUID)") from None
            found = model.get_or_none(model.uuid == ref)
            if found is None:
                raise _refuse(field, f"no {kind_label(kind)} with that UUID")
            return found
    if not isinstance(ref, int):
        raise _refuse(field, f"must name a {kind_label(kind)} (an id or a UUID)")
    found = model.get_or_none(model.id == ref)
    if found is None:
        raise _refuse(field, f"no {kind_label(kind)} with id {ref}")
    return found


def check_value(field: str, rule: Rule, value: Any) -> Any:
    """Clean one value by ``rule`` (no requiredness or cross-record checks)."""
    return _check_one("", field, rule, value)


def _check_link(field: str, rule: Rule, value: Any) -> int | None:
    if _is_blank(value):
        return None
    return resolve(rule.target, value, field).id


def _check_one(kind: str, field: str, rule: Rule, value: Any) -> Any:
    """Clean one value (requiredness is checked by the caller)."""
    if rule.type == "line":
        if value is None:
            return ""
        text = check_string(field, value, limit=MAX_LINE + 1000).strip()
        if len(text) > MAX_LINE:
            raise _refuse(field, f"is too long ({len(text):,} characters; at most {MAX_LINE:,})")
        if "\n" in text or "\r" in text:
            raise _refuse(field, "must be a single line")
        return text
    if rule.type == "text":
        return "" if value is None else check_string(field, value)
    if rule.type == "enum":
        allowed = ", ".join(rule.choices)
        if _is_blank(value):
            return None
        if not isinstance(value, str):
            raise _refuse(field, f"must be one of: {allowed}")
        choice = re.sub(r"[\s-]+", "_", value.strip().lower())
        if choice not in rule.choices:
            raise _refuse(field, f"must be one of: {allowed}")
        return choice
    if rule.type == "rating":
        return check_rating(field, value)
    if rule.type == "int":
        return check_whole(field, value, rule.lo, rule.hi, nullable=rule.nullable)
    if rule.type == "date":
        return check_date(field, value)
    if rule.type == "datetime":
        result = check_datetime(field, value, utc=rule.utc)
        if result is None and not rule.nullable:
            raise _refuse(field, "must be a date and time as YYYY-MM-DD HH:MM")
        return result
    if rule.type == "link":
        return _check_link(field, rule, value)
    if rule.type == "tags":
        return check_tags(field, value)
    if rule.type == "uuid":
        return check_uuid(field, value)
    raise AssertionError(f"unknown rule type {rule.type}")  # pragma: no cover


# -- whole records ---------------------------------------------------------


def rules_for(kind: str) -> dict[str, Rule]:
    """Every field ``kind`` accepts (its own plus ``uuid``/timestamps)."""
    if kind not in FIELDS:
        raise _refuse("kind", f"unknown record kind {kind!r}; one of: {', '.join(KINDS)}")
    return {**FIELDS[kind], **COMMON}


def validate(
    kind: str,
    data: Mapping[str, Any],
    *,
    partial: bool = False,
    existing: models.BaseModel | None = None,
) -> dict[str, Any]:
    """Check and clean the values of one ``kind`` record; return them.

    ``partial=True`` (updates) checks only the fields given; otherwise every
    required field must be present. ``existing`` is the record being updated:
    cross-field rules (end not before start...) then use its stored values for
    fields not given, and uniqueness checks skip it. Raises
    ``ValidationError`` naming the field for anything wrong, including fields
    the kind does not have.
    """
    rules = rules_for(kind)
    if not isinstance(data, Mapping):
        raise _refuse(kind, "expected a set of field values")
    for field in data:
        if field not in rules:
            raise _refuse(str(field), f"unknown field for a {kind_label(kind)}")
    cleaned: dict[str, Any] = {}
    for field, rule in rules.items():
        if field not in data:
            if rule.required and not partial:
                raise _refuse(field, "is required")
            continue
        value = data[field]
        if rule.required and _is_blank(value):
            raise _refuse(field, "is required" if value is None else "must not be empty")
        result = _check_one(kind, field, rule, value)
        if rule.type == "enum" and result is None:
            if rule.required:
                raise _refuse(field, "is required")
            continue  # empty optional choice: keep the stored or default value
        cleaned[field] = result
    _check_record(kind, cleaned, existing)
    return cleaned


def _current(field: str, cleaned: dict[str, Any], existing: models.BaseModel | None) -> Any:
    """The value a field will have after the write: the new one, else the stored one."""
    if field in cleaned:
        return cleaned[field]
    if existing is None:
        return None
    model_field = existing._meta.fields.get(field)
    if isinstance(model_field, pw.ForeignKeyField):
        return getattr(existing, model_field.column_name)
    return getattr(existing, field, None)


def _check_record(kind: str, cleaned: dict[str, Any], existing: models.BaseModel | None) -> None:
    """Rules that involve more than one field, or the rest of the journal."""
    if kind == "person":
        started = _current("started_on", cleaned, existing)
        ended = _current("ended_on", cleaned, existing)
        if started and ended and ended < started:
            field = "ended_on" if "ended_on" in cleaned else "started_on"
            raise _refuse(field, "the relationship cannot end before it started")
        introducer = cleaned.get("introduced_by")
        if existing is not None and introducer is not None and introducer == existing.id:
            raise _refuse("introduced_by", "a person cannot introduce themselves")
    if kind == "session":
        held = _current("held_at", cleaned, existing)
        following = _current("next_session_on", cleaned, existing)
        if held and following and following < held.date():
            field = "next_session_on" if "next_session_on" in cleaned else "held_at"
            raise _refuse(field, "the next session cannot be before this one")
    for field, rule in FIELDS.get(kind, {}).items():  # a new link to a trashed record
        if rule.type != "link" or cleaned.get(field) is None:
            continue
        if existing is not None and _current(field, {}, existing) == cleaned[field]:
            continue  # kept as it was: the link comes back with a restore
        target = MODELS[rule.target]
        trashed = target.select().where(
            target.id == cleaned[field], pw.SQL("deleted_at IS NOT NULL")
        )
        if trashed.exists():
            raise _refuse(field, f"that {kind_label(rule.target)} is in the trash")
    if kind in _UNIQUE_NAME and "name" in cleaned:
        model, name = _UNIQUE_NAME[kind]
        query = model.select().where(name == cleaned["name"])
        if existing is not None:
            query = query.where(model.id != existing.id)
        if query.exists():
            in_trash = getattr(model, "deleted_at", None)
            if in_trash is not None and query.where(in_trash.is_null(False)).exists():
                raise _refuse(
                    "name", f"a {kind} with this name is in the trash: restore it from there"
                )
            raise _refuse("name", f"a {kind} with this name already exists")
    if "uuid" in cleaned:
        model = MODELS[kind]
        query = model.select().where(model.uuid == cleaned["uuid"])
        if existing is not None:
            query = query.where(model.id != existing.id)
        if query.exists():
            raise _refuse("uuid", f"another {kind_label(kind)} already has this UUID")
