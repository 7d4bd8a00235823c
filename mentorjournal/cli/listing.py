"""The ``list`` command: the timeline, skills and action items as rows.

Rows are plain dicts (``kind``, ``id``, ``uuid``, ``when``, ``title``, ...)
so the same data prints as aligned lines or as JSON.
"""

from __future__ import annotations

import argparse
import datetime as dt
import logging
from collections.abc import Callable
from typing import Any

from mentorjournal.cli.common import PROG, add_command, date_option
from mentorjournal.cli.output import plain

log = logging.getLogger(__name__)

#: What ``list`` can show: the timeline's kinds plus skills.
LIST_KINDS = ("reflection", "session", "person", "goal", "action", "rating", "win", "skill")
#: Plural spellings people type.
_ALIASES = {
    "reflections": "reflection",
    "sessions": "session",
    "people": "person",
    "persons": "person",
    "goals": "goal",
    "actions": "action",
    "ratings": "rating",
    "wins": "win",
    "skills": "skill",
}


def _kind(text: str) -> str:
    kind = _ALIASES.get(text.strip().lower(), text.strip().lower())
    if kind not in LIST_KINDS:
        raise argparse.ArgumentTypeError(f"unknown kind {text!r}; one of: {', '.join(LIST_KINDS)}")
    return kind


def rows(args: argparse.Namespace) -> list[dict[str, Any]]:
    """The rows ``list`` prints, for the parsed options (journal open)."""
    from mentorjournal.domain import queries, records

    person = records.resolve_name("person", args.person, "--person") if args.person else None
    if args.open or args.overdue or args.owner:
        if args.overdue:
            actions = queries.overdue_actions(args.today or dt.date.today())
            if person is not None:
                keep = {a.id for a in queries.open_actions(person=person)}
                actions = [a for a in actions if a.id in keep]
        else:
            actions = queries.open_actions(owner=args.owner, person=person)
        return [_action_row(a) for a in actions][args.offset : args.offset + args.limit]
    kinds = list(dict.fromkeys(args.kinds)) if args.kinds else None
    found: list[dict[str, Any]] = []
    timeline_kinds = [k for k in kinds if k != "skill"] if kinds else None
    if timeline_kinds is None or timeline_kinds:
        items = queries.timeline(
            kinds=timeline_kinds,
            person=person,
            tag=args.tag,
            start=args.since,
            end=args.until,
            offset=args.offset,
            limit=args.limit,
        )
        found += [_timeline_row(item) for item in items]
    if kinds and "skill" in kinds and len(found) < args.limit:
        skills = [_skill_row(*entry) for entry in queries.skills_with_latest()]
        skip = args.offset if kinds == ["skill"] else 0
        found += skills[skip : skip + args.limit - len(found)]
    return found


def _timeline_row(item: Any) -> dict[str, Any]:
    return {
        "kind": item.kind,
        "id": item.id,
        "uuid": item.uuid,
        "when": plain(item.when),
        "title": item.title,
        "summary": item.summary,
        "person": item.person_name,
        "tags": list(item.tags),
    }


def _skill_row(skill: Any, value: int | None, day: dt.date | None) -> dict[str, Any]:
    latest = f"latest {value}/10 on {day.isoformat()}" if value is not None and day else "not rated"
    target = f", target {skill.target_level}" if skill.target_level else ""
    return {
        "kind": "skill",
        "id": skill.id,
        "uuid": skill.uuid,
        "when": None,
        "title": skill.name,
        "category": skill.category,
        "latest_value": value,
        "latest_on": plain(day),
        "target_level": skill.target_level,
        "detail": latest + target,
    }


def _action_row(action: Any) -> dict[str, Any]:
    due = f"due {action.due_on.isoformat()}" if action.due_on else "no due date"
    return {
        "kind": "action",
        "id": action.id,
        "uuid": action.uuid,
        "when": plain(action.due_on),
        "title": " ".join(action.text.split())[:120],
        "owner": action.owner,
        "due_on": plain(action.due_on),
        "done_on": plain(action.done_on),
        "detail": f"{action.owner}, {due}",
    }


def _limit(text: str) -> int:
    if not text.strip().isdigit() or not 1 <= int(text) <= 1000:
        raise argparse.ArgumentTypeError(f"must be a whole number from 1 to 1000: {text!r}")
    return int(text)


def _offset(text: str) -> int:
    if not text.strip().isdigit():
        raise argparse.ArgumentTypeError(f"must be a whole number, 0 or more: {text!r}")
    return int(text)


def register_list(
    sub: argparse._SubParsersAction, handler: Callable[[argparse.Namespace], int]
) -> None:
    """Add ``list`` to the top-level parser."""
    p = add_command(
        sub,
        "list",
        handler,
        summary="list records, newest first",
        description=(
            "List records on the timeline, newest first: each line shows the kind, the id\n"
            "(for `show`), the date and a title. Give kinds to list only those; skills are\n"
            "listed with their latest rating. --open and --overdue list action items."
        ),
        examples=f"""
  {PROG} list
  {PROG} list reflection session --limit 10
  {PROG} list --person "Ada Lovelace" --since 2026-01-01
  {PROG} list skill
  {PROG} list --open --owner me
  {PROG} list goal --json""",
    )
    p.add_argument(
        "kinds",
        metavar="KIND",
        nargs="*",
        type=_kind,
        help="only these kinds: " + ", ".join(LIST_KINDS),
    )
    p.add_argument(
        "--person", metavar="REF", help="only records tied to this person (id, UUID or name)"
    )
    p.add_argument("--tag", metavar="TAG", help="only sessions and reflections with this tag")
    p.add_argument(
        "--since",
        type=date_option,
        metavar="DATE",
        help="only records dated on or after DATE (YYYY-MM-DD, or words: last monday, 2 weeks ago)",
    )
    p.add_argument(
        "--until", type=date_option, metavar="DATE", help="only records dated up to DATE"
    )
    p.add_argument("--open", action="store_true", help="open action items, by due date")
    p.add_argument("--overdue", action="store_true", help="overdue action items, oldest first")
    p.add_argument("--owner", choices=("me", "them"), help="open action items of this owner only")
    p.add_argument(
        "--limit", type=_limit, default=50, metavar="N", help="at most N rows (default 50)"
    )
    p.add_argument("--offset", type=_offset, default=0, metavar="N", help="skip the first N rows")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument("--today", type=date_option, metavar="DATE", help=argparse.SUPPRESS)
