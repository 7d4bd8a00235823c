"""A session's summary to share: separate from the private notes, closing the loop
between two private journals with no server.

``summary_of(session)`` gathers what was agreed: the session's takeaways, its
action items (text, whose, due date) and the next date (the session's "next
session" date, else the next planned session with that person). Never the
notes, the agenda or the ratings.

``as_text`` is the summary as plain text to paste in a mail or a chat;
``as_file`` / ``write_summary`` the same as a small JSON file (``.mjsummary``)
the other person's MentorJournal imports:

``{"format": "mentorjournal-summary", "version": 1, "held_on": "2026-03-10",
"next_on": "2026-03-31" | null, "takeaways": "...", "actions": [{"uuid": ...,
"text": ..., "owner": "sender" | "receiver", "due_on": ... | null,
"done_on": ... | null}]}``

Owners are written from the file's point of view: an item that is the
sender's ("mine" in their journal) is ``sender``. ``apply_summary`` maps them
for the receiver: ``sender`` becomes theirs (``them``), ``receiver`` becomes
mine (``me``), each linked to the person the receiver chose (the sender). An
item imported before (its uuid, kept in ``source_ref``) is not added twice.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from mentorjournal.domain import records, rules
from mentorjournal.exchange.incoming import ImportRefused
from mentorjournal.storage.db import DB
from mentorjournal.storage.models import ActionItem, Session, SourceRef

log = logging.getLogger(__name__)

FORMAT = "mentorjournal-summary"
VERSION = 1
SUFFIX = ".mjsummary"
SOURCE = "mjsummary"
MAX_BYTES = 2_000_000
MAX_ACTIONS = 500


@dataclass(frozen=True)
class SharedAction:
    uuid: str
    text: str
    owner: str  # "sender" or "receiver" (from the file's point of view)
    due_on: dt.date | None
    done_on: dt.date | None


@dataclass(frozen=True)
class Summary:
    held_on: dt.date
    next_on: dt.date | None
    takeaways: str
    actions: tuple[SharedAction, ...]
    with_name: str = ""  # the other person, as the sender knows them (text only)


def summary_of(session: Any) -> Summary:
    """The shareable summary of one session (its own person's view)."""
    s = records.get_session(session)
    next_on = s.next_session_on
    if next_on is None:
        planned = (
            Session.select(Session.held_at)
            .where(
                Session.person == s.person_id,
                Session.status == "planned",
                Session.held_at > s.held_at,
                rules.live(Session),
            )
            .order_by(Session.held_at)
            .first()
        )
        next_on = planned.held_at.date() if planned is not None else None
    items = rules.action_order(
        ActionItem.select().where(ActionItem.session == s.id, rules.live(ActionItem))
    )
    actions = tuple(
        SharedAction(
            uuid=str(a.uuid),
            text=a.text.strip(),
            owner="sender" if a.owner == "me" else "receiver",
            due_on=a.due_on,
            done_on=a.done_on,
        )
        for a in items
    )
    return Summary(
        held_on=s.held_at.date(),
        next_on=next_on,
        takeaways=s.takeaways.strip(),
        actions=actions,
        with_name=records.get_person(s.person_id).name,
    )


def as_text(summary: Summary) -> str:
    """The summary as plain text (Markdown-friendly) to paste anywhere."""
    lines = [f"Session summary — {summary.held_on.isoformat()}", ""]
    if summary.takeaways:
        lines += ["Takeaways:", summary.takeaways, ""]
    mine = [a for a in summary.actions if a.owner == "sender"]
    theirs = [a for a in summary.actions if a.owner == "receiver"]
    for title, group in (("I will:", mine), ("You will:", theirs)):
        if group:
            lines.append(title)
            for a in group:
                due = f" (by {a.due_on.isoformat()})" if a.due_on else ""
                mark = "[x]" if a.done_on else "[ ]"
                lines.append(f"- {mark} {a.text}{due}")
            lines.append("")
    if not summary.takeaways and not summary.actions:
        lines += ["Nothing agreed yet.", ""]
    if summary.next_on:
        lines += [f"Next session: {summary.next_on.isoformat()}", ""]
    return "\n".join(lines).rstrip() + "\n"


def as_file(summary: Summary) -> dict[str, Any]:
    """The summary as the ``.mjsummary`` JSON object (no names: the receiver chooses)."""
    return {
        "format": FORMAT,
        "version": VERSION,
        "held_on": summary.held_on.isoformat(),
        "next_on": summary.next_on.isoformat() if summary.next_on else None,
        "takeaways": summary.takeaways,
        "actions": [
            {
                "uuid": a.uuid,
                "text": a.text,
                "owner": a.owner,
                "due_on": a.due_on.isoformat() if a.due_on else None,
                "done_on": a.done_on.isoformat() if a.done_on else None,
            }
            for a in summary.actions
        ],
    }


def write_summary(path: Path, summary: Summary) -> None:
    path.write_text(
        json.dumps(as_file(summary), ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )


def _date(value: Any, what: str, name: str) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise ImportRefused(f"{name}: {what} is not a date as YYYY-MM-DD.") from None


def parse_summary(data: Any, name: str = "the file") -> Summary:
    """A ``.mjsummary`` object checked field by field; ``ImportRefused`` otherwise."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ImportRefused(f"{name} is not a MentorJournal session summary.")
    if data.get("version") != VERSION:
        raise ImportRefused(
            f"{name} is a summary of version {data.get('version')!r}; this version reads {VERSION}."
        )
    held = _date(data.get("held_on"), "held_on", name)
    if held is None:
        raise ImportRefused(f"{name}: held_on is missing.")
    raw = data.get("actions") or []
    if not isinstance(raw, list) or len(raw) > MAX_ACTIONS:
        raise ImportRefused(f"{name}: actions must be a list of at most {MAX_ACTIONS}.")
    actions = []
    for n, item in enumerate(raw, 1):
        if not isinstance(item, dict):
            raise ImportRefused(f"{name}: action {n} is not an object.")
        text = item.get("text")
        if not isinstance(text, str) or not text.strip():
            raise ImportRefused(f"{name}: action {n} has no text.")
        owner = item.get("owner")
        if owner not in ("sender", "receiver"):
            raise ImportRefused(f"{name}: action {n}'s owner must be sender or receiver.")
        actions.append(
            SharedAction(
                uuid=str(item.get("uuid") or "")[:255],
                text=text.strip(),
                owner=owner,
                due_on=_date(item.get("due_on"), f"action {n}'s due_on", name),
                done_on=_date(item.get("done_on"), f"action {n}'s done_on", name),
            )
        )
    takeaways = data.get("takeaways") or ""
    if not isinstance(takeaways, str):
        raise ImportRefused(f"{name}: takeaways must be text.")
    return Summary(
        held_on=held,
        next_on=_date(data.get("next_on"), "next_on", name),
        takeaways=takeaways.strip(),
        actions=tuple(actions),
    )


def read_summary(path: Path) -> Summary:
    """Read a ``.mjsummary`` file; one clear line when it cannot be."""
    try:
        if path.is_dir():
            raise ImportRefused(f"{path.name} is a folder, not a summary file.")
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise ImportRefused(f"{path.name} is too large for a session summary.")
        data = json.loads(path.read_bytes().decode("utf-8-sig"))
    except FileNotFoundError:
        raise ImportRefused(f"{path.name}: no such file.") from None
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        raise ImportRefused(f"{path.name} is not a MentorJournal session summary.") from None
    return parse_summary(data, path.name)


@dataclass(frozen=True)
class Applied:
    mine: int  # items that became mine
    theirs: int  # items that became theirs
    skipped: int  # imported before


def apply_summary(summary: Summary, person: Any) -> Applied:
    """Add the summary's action items for ``person`` (the sender), owners mapped."""
    who = records.get_person(person)
    mine = theirs = skipped = 0
    with DB.atomic("IMMEDIATE"):
        for a in summary.actions:
            if a.uuid and SourceRef.get_or_none(
                SourceRef.source == SOURCE,
                SourceRef.source_id == a.uuid,
                SourceRef.kind == "action",
            ):
                skipped += 1
                continue
            owner = "them" if a.owner == "sender" else "me"
            item = records.create(
                "action",
                text=a.text,
                owner=owner,
                due_on=a.due_on,
                done_on=a.done_on,
                person=who.id,
            )
            if a.uuid:
                SourceRef.create(
                    source=SOURCE, source_id=a.uuid, kind="action", record_uuid=str(item.uuid)
                )
            if owner == "me":
                mine += 1
            else:
                theirs += 1
    return Applied(mine, theirs, skipped)
