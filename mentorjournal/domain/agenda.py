"""After a session: agenda lines that can become action items, and recording it.

The session-prep screen drafts an agenda (``prep.draft_agenda``); the user
edits it and, after the meeting, turns it into the session's notes and ticks
the lines that became action items. ``agenda_lines`` offers those lines;
``record_session`` saves the session and its action items in one transaction.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from dataclasses import dataclass
from typing import Any

from mentorjournal.domain import records, rules
from mentorjournal.storage.db import DB
from mentorjournal.storage.models import Session

log = logging.getLogger(__name__)

_ITEM = re.compile(r"^\s{0,3}(?:[-*+]|\d+[.)])\s+(?:\[[ xX]\]\s+)?(?P<text>.+?)\s*$")
_DUE_NOTE = re.compile(r"\s*\(due \d{4}-\d{2}-\d{2}(?:, overdue)?\)$")


@dataclass(frozen=True)
class AgendaLine:
    """One list item of an agenda, with a guess at who owns it."""

    text: str
    owner: str  # "me" or "them"
    section: str  # the heading above it ("" before any heading)


@dataclass(frozen=True)
class NewAction:
    """An action item to create with the session."""

    text: str
    owner: str = "me"
    due_on: dt.date | None = None


def agenda_lines(agenda: str) -> list[AgendaLine]:
    """The list items of a Markdown agenda, in order, markup removed.

    Lines under a "Mine:" label are mine; lines under another "…'s:" label
    are theirs; everything else is mine. Due-date notes the draft agenda adds
    ("(due 2024-05-01, overdue)") are dropped from the text.
    """
    out: list[AgendaLine] = []
    section, owner = "", "me"
    for raw in (agenda or "").splitlines():
        line = raw.strip()
        if line.startswith("#"):
            section, owner = line.lstrip("#").strip(), "me"
            continue
        if line.endswith(":") and not _ITEM.match(raw):
            owner = (
                "me" if line.casefold() == "mine:" else "them" if line.endswith("'s:") else owner
            )
            continue
        match = _ITEM.match(raw)
        if match:
            text = _DUE_NOTE.sub("", match.group("text")).replace("\\[", "[").strip()
            if text:
                out.append(AgendaLine(text=text, owner=owner, section=section))
    return out


def role_for(relation: str) -> str:
    """My role in a session with someone of ``relation``: mentor of a mentee, else mentee."""
    return "mentor" if relation == "mentee" else "mentee"


def record_session(
    person: Any,
    *,
    held_at: dt.datetime,
    agenda: str = "",
    notes: str = "",
    takeaways: str = "",
    role: str | None = None,
    actions: list[NewAction] | tuple[NewAction, ...] = (),
    **fields: Any,
) -> Session:
    """Save a held session and its new action items in one transaction.

    A session planned with the same person on the same day becomes this
    session (marked done) instead of a second one being created. Returns the
    session; nothing is saved when any field or action item is refused.
    """
    who = records.get_person(person)
    role = role or role_for(who.relation)
    values = {
        "role": role,
        "held_at": held_at,
        "status": "done",
        "agenda": agenda,
        "notes": notes,
        "takeaways": takeaways,
        **fields,
    }
    day = held_at.date()
    with DB.atomic():
        planned = (
            Session.select()
            .where(
                Session.person == who.id,
                Session.status == "planned",
                rules.live(Session),
                Session.held_at >= dt.datetime.combine(day, dt.time()),
                Session.held_at < dt.datetime.combine(day + dt.timedelta(days=1), dt.time()),
            )
            .order_by(Session.held_at, Session.id)
            .first()
        )
        if planned is not None:
            saved = records.update("session", planned.id, **values)
        else:
            saved = records.create("session", person=who.id, **values)
        session = records.typed(saved, Session)
        for item in actions:
            records.create(
                "action",
                text=item.text,
                owner=item.owner,
                due_on=item.due_on,
                session=session.id,
                person=who.id,
            )
    log.info("recorded a session with %d new action items", len(actions))
    return session
