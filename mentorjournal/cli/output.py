"""How the command line prints records, rows and search hits.

Text goes to stdout exactly as stored when stdout is a pipe or file; in a
terminal, control characters from journal text are dropped so content can
never send escape sequences. Search marks become bold (ANSI) in a terminal,
and ``[brackets]`` everywhere else.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
from typing import Any

from mentorjournal.cli.common import for_terminal, is_terminal, say
from mentorjournal.domain import validation
from mentorjournal.domain.search import MARK_END, MARK_START, SearchHit
from mentorjournal.kinds import kind_label

log = logging.getLogger(__name__)

BOLD = "\x1b[1m"
RESET = "\x1b[0m"

#: The field that names a record of each kind (for links and listings).
TITLE_FIELD = {
    "person": "name",
    "session": "held_at",
    "reflection": "title",
    "skill": "name",
    "rating": "value",
    "goal": "title",
    "action": "text",
    "win": "title",
    "tag": "name",
}


def use_bold() -> bool:
    """ANSI bold only for a real terminal that wants colour."""
    return is_terminal() and "NO_COLOR" not in os.environ and os.environ.get("TERM") != "dumb"


# -- values -----------------------------------------------------------------


def counted(n: int, kind: str) -> str:
    """``1 session``, ``2 sessions``, ``3 people``."""
    label = kind_label(kind)
    if n == 1:
        return f"1 {label}"
    return f"{n} {'people' if kind == 'person' else label + 's'}"


def short_batch(batch_id: str) -> str:
    """The part of a trash batch id people type (``delete`` and ``trash list`` print it)."""
    return batch_id[:8] if len(batch_id) == 32 else batch_id


def plain(value: Any) -> Any:
    """A JSON-ready value: dates as ISO text, everything else as is."""
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def shown(value: Any) -> str:
    """A value for people: minutes-precision times, '-' for empty."""
    if value is None or value == "" or value == []:
        return "-"
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    if isinstance(value, dict):
        label = value.get("label")
        return f"{value['id']} ({label})" if label else str(value["id"])
    return str(value)


def local_time(value: dt.datetime | None) -> dt.datetime | None:
    """``created_at``/``updated_at`` are stored in UTC; show them in local time."""
    if value is None:
        return None
    return value.replace(tzinfo=dt.UTC).astimezone().replace(tzinfo=None)


def record_label(kind: str, record: Any) -> str:
    """A short, human name for a record (a person's name, a goal's title...)."""
    if kind == "session":
        person = getattr(record, "person", None)
        held = shown(record.held_at)
        return f"{held} with {person.name}" if person is not None else held
    if kind == "rating":
        return f"{record.skill.name}: {record.value}"
    value = getattr(record, TITLE_FIELD.get(kind, "id"), "")
    text = shown(value)
    return text if len(text) <= 60 else text[:59] + "…"


# -- one record -------------------------------------------------------------


def record_dict(kind: str, record: Any) -> dict[str, Any]:
    """Every field of a record; links as ``{"id", "uuid", "label"}`` or None."""
    from mentorjournal.domain import records

    data: dict[str, Any] = {
        "kind": kind,
        "id": record.id,
        "uuid": record.uuid,
        "created_at": plain(local_time(record.created_at)),
        "updated_at": plain(local_time(record.updated_at)),
    }
    for field, rule in validation.FIELDS.get(kind, {}).items():
        if rule.type == "tags":
            data[field] = records.tags_of(record)
        elif rule.type == "link":
            linked = getattr(record, field)
            data[field] = (
                None
                if linked is None
                else {
                    "id": linked.id,
                    "uuid": linked.uuid,
                    "label": record_label(rule.target, linked),
                }
            )
        else:
            data[field] = plain(getattr(record, field))
    return data


def print_record(kind: str, data: dict[str, Any]) -> None:
    """Short fields as ``name: value`` lines, then each long text under a heading."""
    rules = validation.FIELDS.get(kind, {})
    say(f"{kind_label(kind)} {data['id']}  {data['uuid']}")
    texts = []
    width = max(len(f) for f in data)
    for field, value in data.items():
        if field in ("kind", "id", "uuid"):
            continue
        if field in rules and rules[field].type == "text":
            texts.append((field, value))
            continue
        say(f"{field + ':':<{width + 1}} {for_terminal(shown(_reparse(value)))}")
    for field, value in texts:
        if not value:
            continue
        say()
        say(f"{field}:")
        say(for_terminal(value.rstrip("\n")))


def _reparse(value: Any) -> Any:
    """Times printed with minutes only (they were made JSON-ready as ISO text)."""
    if isinstance(value, str) and len(value) >= 16 and value[4] == "-" and value[10] in " T":
        try:
            return dt.datetime.fromisoformat(value)
        except ValueError:
            return value
    return value


def print_json(data: Any) -> None:
    say(json.dumps(data, indent=2, ensure_ascii=False, default=plain))


# -- many records -----------------------------------------------------------


def print_rows(rows: list[dict[str, Any]]) -> None:
    """One line per record: kind, id, date, title (and a short detail)."""
    if not rows:
        return
    kind_width = max(len(str(r["kind"])) for r in rows)
    id_width = max(len(str(r["id"])) for r in rows)
    for row in rows:
        when = _day_or_time(row.get("when"))
        detail = f"  ({row['detail']})" if row.get("detail") else ""
        title = str(row.get("title") or "").replace("\n", " ")
        say(
            for_terminal(
                f"{row['kind']:<{kind_width}}  {row['id']:>{id_width}}  {when:<16}  {title}{detail}"
            )
        )


def _day_or_time(value: Any) -> str:
    """A row's date, with the time only when it is not midnight (date-only kinds)."""
    if not value:
        return ""
    moment = _reparse(value)
    if isinstance(moment, dt.datetime) and moment.time() == dt.time():
        return moment.date().isoformat()
    return shown(moment)


# -- search hits ------------------------------------------------------------


def marked(snippet: str, bold: bool | None = None) -> str:
    """A snippet on one line with the matches in bold (terminal) or [brackets]."""
    bold = use_bold() if bold is None else bold
    start, end = (BOLD, RESET) if bold else ("[", "]")
    keep = {MARK_START, MARK_END}
    text = "".join(
        " " if ch in "\n\r\t" else ch
        for ch in snippet
        if ch in keep or ch in "\n\r\t" or not (ord(ch) < 32 or ord(ch) == 127)
    )
    return " ".join(text.split()).replace(MARK_START, start).replace(MARK_END, end)


def hit_dict(hit: SearchHit) -> dict[str, Any]:
    return {
        "kind": hit.kind,
        "id": hit.id,
        "uuid": hit.uuid,
        "title": hit.title,
        "when": plain(hit.when),
        "snippet": hit.snippet,
        "rank": hit.rank,
    }


def print_hit(hit: SearchHit) -> None:
    when = hit.when.strftime("%Y-%m-%d") if hit.when else ""
    title = " ".join(hit.title.split())
    say(for_terminal("  ".join(part for part in (f"{hit.kind} {hit.id}", when, title) if part)))
    say("    " + marked(hit.snippet))
