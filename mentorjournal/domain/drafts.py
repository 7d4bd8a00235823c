"""Drafts: editor input that could not be saved as a record yet, kept encrypted.

An editor saves its record as the user types. When the input cannot be saved
yet (a new session with no person chosen, a goal without a title), the values
are kept here instead, inside the encrypted journal (``journal_meta`` keys
``draft.<id>``), so neither a crash nor an automatic lock loses them. The
window offers them again after the next unlock; a successful save or the
user's "discard" removes them. The session-prep page keeps an edited agenda
the same way (kind ``agenda``, ``record_id`` = the person).

Nothing here is ever written outside the journal file.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import uuid
from dataclasses import dataclass
from typing import Any

import peewee as pw

from mentorjournal.errors import ValidationError
from mentorjournal.storage.db import DB, driver_errors
from mentorjournal.storage.models import Meta, utcnow

log = logging.getLogger(__name__)

PREFIX = "draft."
MAX_DRAFTS = 100


@dataclass(frozen=True)
class Draft:
    key: str
    kind: str
    record_id: int | None  # the record being edited; None for a new one
    values: dict[str, Any]
    saved_at: dt.datetime  # UTC


def _encode(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        return {"$datetime": value.isoformat()}
    if isinstance(value, dt.date):
        return {"$date": value.isoformat()}
    if isinstance(value, (list, tuple)):
        return [_encode(v) for v in value]
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    raise TypeError(f"a draft cannot hold {type(value).__name__}")


def _decode(value: Any) -> Any:
    if isinstance(value, dict):
        if "$datetime" in value:
            return dt.datetime.fromisoformat(value["$datetime"])
        if "$date" in value:
            return dt.date.fromisoformat(value["$date"])
        return {k: _decode(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_decode(v) for v in value]
    return value


def save(kind: str, record_id: int | None, values: dict[str, Any], key: str | None = None) -> str:
    """Keep ``values`` as a draft (replacing ``key`` if given); returns its key."""
    with driver_errors():
        if key is None:
            if Meta.select().where(Meta.key.startswith(PREFIX)).count() >= MAX_DRAFTS:
                raise ValidationError(
                    "draft", f"There are already {MAX_DRAFTS} unsaved drafts; save or discard some."
                )
            key = PREFIX + uuid.uuid4().hex
        payload = {
            "kind": kind,
            "record_id": record_id,
            "saved_at": utcnow().isoformat(),
            "values": {name: _encode(v) for name, v in values.items()},
        }
        with DB.atomic():
            Meta.insert(
                key=key, value=json.dumps(payload, ensure_ascii=False)
            ).on_conflict_replace().execute()
    log.debug("draft of a %s kept", kind)
    return key


def load_all(kind: str | None = None) -> list[Draft]:
    """Every draft (of ``kind``), oldest first. Unreadable entries are skipped."""
    drafts = []
    with driver_errors():
        rows = list(Meta.select().where(Meta.key.startswith(PREFIX)))
    for row in rows:
        try:
            payload = json.loads(row.value)
            draft = Draft(
                row.key,
                str(payload["kind"]),
                payload["record_id"],
                _decode(payload["values"]),
                dt.datetime.fromisoformat(payload["saved_at"]),
            )
        except (ValueError, KeyError, TypeError):
            log.warning("skipped an unreadable draft")
            continue
        if kind is None or draft.kind == kind:
            drafts.append(draft)
    return sorted(drafts, key=lambda d: d.saved_at)


def discard(key: str | None) -> None:
    """Forget a draft (no error when it is gone already)."""
    if key and key.startswith(PREFIX):
        with driver_errors():
            pw.ModelDelete(Meta).where(Meta.key == key).execute()


# -- the session-prep agenda, one draft per person -----------------------------

AGENDA = "agenda"


def agenda_key(person_id: int) -> str:
    return f"{PREFIX}{AGENDA}.{int(person_id)}"


def save_agenda(person_id: int, text: str) -> None:
    """Keep the edited agenda for a session with ``person_id``."""
    save(AGENDA, person_id, {"text": text}, agenda_key(person_id))


def agenda(person_id: int) -> str | None:
    """The kept agenda for ``person_id``, or None."""
    key = agenda_key(person_id)
    for draft in load_all(AGENDA):
        if draft.key == key:
            return str(draft.values.get("text") or "")
    return None


def discard_agenda(person_id: int) -> None:
    discard(agenda_key(person_id))
