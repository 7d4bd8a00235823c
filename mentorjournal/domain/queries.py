"""Read-side services: timeline, person history, session prep, lists.

Nothing here writes. The timeline is one ``UNION ALL`` query over every
record kind that reads the ordered keys (kind, id, date) of every matching
row once; pages are slices of that key list, and only the rows of the
requested page are fetched, by id, one statement per kind, with what a list
shows (title, person, tags, ratings): no long text. A summary is read from
its record when first asked for (``TimelineItem.summary``). The key list is
kept until the data changes (this connection's ``total_changes`` or SQLite's
``data_version`` for other connections' commits), so walking every page costs
one ordered read plus one lookup per row: linear in the journal's size, where
``LIMIT ? OFFSET ?`` over the union re-sorted the whole union for every page.
The list holds keys and dates only, no text, compactly (``OrderedKeys``: about 30
bytes a row).

Dates used to place each kind on the timeline: session ``held_at``,
reflection ``written_at``, skill rating ``rated_on``, win ``won_on``, goal
``target_date`` (else ``created_at``), action item ``due_on`` (else
``created_at``), person ``started_on`` (else ``created_at``). Date-only values
count as midnight. Order: newest first, then kind name, then id (newest first).
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import threading
from array import array
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from itertools import islice, repeat
from typing import Any

from mentorjournal.domain import ownership, records, rules, trash, validation
from mentorjournal.errors import ValidationError
from mentorjournal.kinds import RELATION_LABELS, TIMELINE_KINDS
from mentorjournal.storage.db import DB, is_open
from mentorjournal.storage.models import (
    ActionItem,
    Goal,
    Person,
    Reflection,
    ReflectionTag,
    Session,
    Skill,
    SkillRating,
    Tag,
    Win,
)
from mentorjournal.text.plain import first_line
from mentorjournal.text.plain import summary as plain_summary

log = logging.getLogger(__name__)

SUMMARY_LEN = 200
TITLE_LEN = 120
MAX_PAGE = 1000


@dataclass(frozen=True)
class TimelineItem:
    """One row of the timeline: enough to list it; open the record for more."""

    kind: str
    id: int
    uuid: str
    when: dt.datetime
    title: str
    person_id: int | None
    person_name: str | None
    tags: tuple[str, ...]
    #: Ratings a list shows: a session's confidence before and after and its
    #: motivation, a reflection's confidence and motivation, a skill rating's value.
    confidence_before: int | None = None
    confidence: int | None = None
    motivation: int | None = None
    value: int | None = None

    @property
    def summary(self) -> str:
        """Short plain text of the record's text (its notes, body, description...).

        Read from the journal and made on first use, as the record stands then: a list
        shows titles, so walking thousands of rows reads no long text and parses no
        Markdown until a tooltip, the reading pane or ``mj list`` asks for a summary.
        Empty for action items (their text is the title) and while the journal is locked.
        """
        made: str | None = self.__dict__.get("_summary")
        if made is None:
            text = _summary_text(self.kind, self.id)
            if text is None:
                return ""  # locked: nothing read, nothing kept
            made = self.__dict__["_summary"] = plain_summary(text, SUMMARY_LEN)
        return made


@dataclass(frozen=True)
class PersonHistory:
    """Everything the journal holds about one relationship."""

    person: Person
    sessions: list[Session]  # newest first
    goals: list[Goal]
    actions: list[ActionItem]  # open first (by due date), then done
    reflections: list[Reflection]  # linked through the person's sessions, newest first


# -- timeline --------------------------------------------------------------

# kind: (table, date expression); who a row belongs to is ``ownership``'s rule.
_BRANCHES: dict[str, tuple[str, str]] = {
    "person": ("person", "COALESCE(x.started_on || ' 00:00:00', x.created_at)"),
    "session": ("session", "x.held_at"),
    "reflection": ("reflection", "x.written_at"),
    "rating": ("skill_rating", "x.rated_on || ' 00:00:00'"),
    "goal": ("goal", "COALESCE(x.target_date || ' 00:00:00', x.created_at)"),
    "action": ("action_item", "COALESCE(x.due_on || ' 00:00:00', x.created_at)"),
    "win": ("win", "x.won_on || ' 00:00:00'"),
}

_TAG_LINKS = {
    "session": ("session_tag", "session_id"),
    "reflection": ("reflection_tag", "reflection_id"),
}

_TAGS_OF = (
    "(SELECT group_concat(t.name, char(31)) FROM {link} l JOIN tag t ON t.id = l.tag_id"
    " WHERE l.{column} = x.id)"
)

#: What a timeline row lists, per kind: (joins, title, extra, extra2, tags, confidence
#: before, confidence, motivation, value). No long text: a reflection's body is read
#: only when its title is blank (the title is then its first line), and the summary is
#: read when asked for (``TimelineItem.summary``). SQLite reads every overflow page of
#: a long body to return any part of it (or a column stored after it), so leaving the
#: bodies out is most of what a page of rows costs.
_LIST: dict[str, tuple[str, ...]] = {
    "person": ("", "x.name", "NULL", "NULL", "NULL", "NULL", "NULL", "NULL", "NULL"),
    "session": (
        "",
        "NULL",
        "x.role",
        "x.status",
        _TAGS_OF.format(link="session_tag", column="session_id"),
        "x.confidence_before",
        "x.confidence_after",
        "x.motivation",
        "NULL",
    ),
    "reflection": (
        # A reflection's ratings and session lie after its body: read them from schema 5's
        # index of live reflections (one seek by date and id; the row's overflow pages
        # are not read). ``i`` also gives the person (``_RATED``).
        "JOIN reflection i INDEXED BY reflection_live_by_date"
        " ON i.written_at = x.written_at AND i.id = x.id AND i.deleted_at IS NULL",
        "x.title",
        # A blank title shows the body's first line; trim() knows only ASCII blanks, so
        # _item reads the body itself for a title that only Python finds blank.
        "CASE WHEN trim(x.title, ' ' || char(9, 10, 11, 12, 13)) = ''"
        " THEN substr(x.body, 1, 1200) END",
        "NULL",
        _TAGS_OF.format(link="reflection_tag", column="reflection_id"),
        "NULL",
        "i.confidence",
        "i.motivation",
        "NULL",
    ),
    "rating": (
        "JOIN skill sk ON sk.id = x.skill_id",
        "sk.name",
        "x.value",
        "NULL",
        "NULL",
        "NULL",
        "NULL",
        "NULL",
        "x.value",
    ),
    "goal": ("", "x.title", "NULL", "NULL", "NULL", "NULL", "NULL", "NULL", "NULL"),
    "action": (
        "",
        "substr(x.text, 1, 300)",
        "NULL",
        "NULL",
        "NULL",
        "NULL",
        "NULL",
        "NULL",
        "NULL",
    ),
    "win": ("", "x.title", "NULL", "NULL", "NULL", "NULL", "NULL", "NULL", "NULL"),
}


#: The alias whose columns give a kind's person in ``_list_sql`` (see ``_LIST``).
_RATED = {"reflection": "i"}


@cache
def _list_sql(kind: str) -> str:
    """The list columns of the ``kind`` rows whose ids are the JSON array ``?``.

    One statement text per kind (the ids are one parameter), so SQLite prepares it once.
    """
    table = _BRANCHES[kind][0]
    joins, title, extra, extra2, tags, before, confidence, motivation, value = _LIST[kind]
    return (
        f"SELECT x.id, x.uuid, {title}, {extra}, {extra2}, p.id, p.name, {tags},"
        f" {before}, {confidence}, {motivation}, {value} FROM {table} x {joins}"
        f" LEFT JOIN person p ON p.id = {ownership.person_of(kind, _RATED.get(kind, 'x'))}"
        f" AND {rules.live_sql('p')}"
        " WHERE x.id IN (SELECT value FROM json_each(?))"
    )


#: The text a row's summary is made of, per kind (a bounded prefix), by id (``?``).
_TEXT: dict[str, str] = {
    "person": "SELECT substr(x.notes, 1, 1200), x.relation, x.organisation FROM person x"
    " WHERE x.id = ?",
    "session": "SELECT substr(COALESCE(NULLIF(x.takeaways, ''), NULLIF(x.notes, ''), x.agenda),"
    " 1, 1200) FROM session x WHERE x.id = ?",
    "reflection": "SELECT substr(x.body, 1, 1200), x.title FROM reflection x WHERE x.id = ?",
    "rating": "SELECT substr(x.note, 1, 1200) FROM skill_rating x WHERE x.id = ?",
    "goal": "SELECT substr(x.description, 1, 1200) FROM goal x WHERE x.id = ?",
    "win": "SELECT substr(x.description, 1, 1200) FROM win x WHERE x.id = ?",
}


def _summary_text(kind: str, record_id: int) -> str | None:
    """The text of one timeline row's summary as stored now (``None``: the journal is locked)."""
    if not is_open():
        return None
    sql = _TEXT.get(kind)
    if sql is None:  # an action item's text is its title
        return ""
    row = DB.execute_sql(sql, [record_id]).fetchone()
    if row is None:  # deleted for good since the page was read
        return ""
    text = row[0] or ""
    if kind == "reflection" and not (row[1] or "").strip():
        text = text.strip()[len(first_line(text)) :]  # the first line is the title
    elif kind == "person" and not text.strip():
        relation, organisation = row[1], row[2]
        text = RELATION_LABELS.get(relation, relation) + (
            f" · {organisation}" if organisation else ""
        )
    return text


# Joins the key list to what its sort orders need (``SORTS``). Only one alias matches per row.
_JOINS = """
FROM page
LEFT JOIN person xp ON page.kind = 'person' AND xp.id = page.id
LEFT JOIN session xs ON page.kind = 'session' AND xs.id = page.id
LEFT JOIN reflection xr ON page.kind = 'reflection' AND xr.id = page.id
LEFT JOIN skill_rating xk ON page.kind = 'rating' AND xk.id = page.id
LEFT JOIN skill sk ON sk.id = xk.skill_id
LEFT JOIN goal xg ON page.kind = 'goal' AND xg.id = page.id
LEFT JOIN action_item xa ON page.kind = 'action' AND xa.id = page.id
LEFT JOIN win xw ON page.kind = 'win' AND xw.id = page.id
LEFT JOIN session rs ON rs.id = COALESCE(xr.session_id, xk.session_id, xa.session_id)
                     AND rs.deleted_at IS NULL
LEFT JOIN goal wg ON wg.id = COALESCE(xw.goal_id, xa.goal_id) AND wg.deleted_at IS NULL
LEFT JOIN person p ON p.id = COALESCE(xp.id, xs.person_id, xg.person_id, xa.person_id,
                                      rs.person_id, wg.person_id) AND p.deleted_at IS NULL
"""

#: How ``timeline`` can sort: by its columns (SQL over the joined rows, see ``_JOINS``).
SORTS = {
    "when": "page.when_ {d}, page.kind, page.id {d}",
    "kind": "page.kind {d}, page.when_ DESC, page.id DESC",
    "title": "lower(COALESCE(xp.name, xr.title, sk.name, xg.title, xa.text, xw.title,"
    " 'Session with ' || p.name, '')) {d}, page.when_ DESC, page.id DESC",
    "person": "p.name IS NULL, lower(p.name) {d}, page.when_ DESC, page.id DESC",
}


def _stamp(value: Any, field: str, *, end: bool = False) -> str | None:
    """A timeline bound as stored text (``None`` for no bound).

    Start bounds are inclusive (``>=``), end bounds exclusive (``<``): a date
    end bound becomes the next midnight, so that whole day is included; a
    datetime end bound is moved on by a microsecond, so that moment is too.
    """
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, dt.datetime) or (isinstance(value, str) and len(value.strip()) > 10):
        moment = validation.check_datetime(field, value)
        if moment is None:
            return None
        if end:
            moment += dt.timedelta(microseconds=1)
        return str(moment)
    day = validation.check_date(field, value)
    if day is None:
        return None
    if end:
        day += dt.timedelta(days=1)
    return f"{day} 00:00:00"


def _union(kinds: Any, person: Any, tag: str | None, start: Any, end: Any) -> tuple[str, list[Any]]:
    """The ``UNION ALL`` of (kind, id, when_) rows that match the filters."""
    chosen: list[str]
    if kinds is None:
        chosen = list(TIMELINE_KINDS)
    else:
        chosen = [kinds] if isinstance(kinds, str) else list(kinds)
        for kind in chosen:
            if kind not in _BRANCHES:
                raise ValidationError(
                    "kinds", f"unknown kind {kind!r}; one of: {', '.join(TIMELINE_KINDS)}"
                )
    tag = tag.strip() if isinstance(tag, str) else tag
    if tag:
        chosen = [k for k in chosen if k in _TAG_LINKS]
    person_id = records.get("person", person).id if person not in (None, "") else None
    low = _stamp(start, "start")
    high = _stamp(end, "end", end=True)
    parts: list[str] = []
    params: list[Any] = []
    for kind in sorted(set(chosen)):
        table, when = _BRANCHES[kind]
        where: list[str] = [rules.live_sql("x")]
        if person_id is not None:
            where.append(ownership.belongs_to(kind, "x"))
            params.append(person_id)
        if tag:
            link, column = _TAG_LINKS[kind]
            where.append(
                f"EXISTS (SELECT 1 FROM {link} l JOIN tag t ON t.id = l.tag_id "
                f"WHERE l.{column} = x.id AND t.name = ?)"
            )
            params.append(tag)
        if low is not None:
            where.append(f"{when} >= ?")
            params.append(low)
        if high is not None:
            where.append(f"{when} < ?")
            params.append(high)
        clause = f" WHERE {' AND '.join(where)}"
        parts.append(f"SELECT '{kind}' AS kind, x.id AS id, {when} AS when_ FROM {table} x{clause}")
    if not parts:
        return "", []
    return " UNION ALL ".join(parts), params


Key = tuple[str, int, str]  # kind, id, the stored date the timeline sorts by
#: The kinds a key list codes as one byte each (``OrderedKeys.kinds``).
_KIND_CODES = {kind: code for code, kind in enumerate(_BRANCHES)}
_CODE_KINDS = tuple(_BRANCHES)


class OrderedKeys:
    """The timeline's ordered keys, compact: a byte per kind, 8 bytes per id, the dates
    as one string of equal-width slots.

    A list of (kind, id, date) tuples costs about 170 bytes a row (the tuple, the int,
    the date's string); this costs nine bytes and the width of a date (19 characters, 26
    with microseconds): about 30 bytes a row, whatever the dates' format (each is kept
    as stored, padded with blanks to the longest). ``page`` gives a slice back as ``Key`` tuples, in the same order.
    """

    __slots__ = ("_dates", "_ids", "_kinds", "_width")

    #: Rows read at a time (what a read holds at once besides the compact lists).
    CHUNK = 4096

    def __init__(self, rows: Iterable[tuple[str, int, str]]) -> None:
        kinds = bytearray()
        self._ids = array("q")
        self._width = 0  # the longest date's (they are padded with blanks to it)
        parts: list[str] = []
        rows = iter(rows)
        while chunk := list(islice(rows, self.CHUNK)):
            codes, ids, dates = zip(*chunk, strict=True)
            kinds += bytes(map(_KIND_CODES.__getitem__, codes))
            self._ids.extend(ids)
            width = max(map(len, dates))
            if width > self._width:  # a longer date than so far: re-pad what was read
                old, was = "".join(parts), self._width
                parts = [old[at : at + was].ljust(width) for at in range(0, len(old), was or 1)]
                self._width = width
            parts.append("".join(map(str.ljust, dates, repeat(self._width))))
        self._kinds = bytes(kinds)
        self._dates = "".join(parts)

    def __len__(self) -> int:
        return len(self._kinds)

    def page(self, offset: int, limit: int) -> list[Key]:
        """The keys ``offset`` to ``offset + limit`` (fewer past the end)."""
        end = min(offset + limit, len(self._kinds))
        width, dates, kinds, ids = self._width, self._dates, self._kinds, self._ids
        return [
            (_CODE_KINDS[kinds[at]], ids[at], dates[at * width : (at + 1) * width].rstrip(" "))
            for at in range(offset, end)
        ]


#: Key lists kept (filters and order -> keys), each until the data changes.
_KEPT = 8
_keys_lock = threading.Lock()
_kept: dict[tuple[Any, ...], tuple[tuple[Any, int, int], OrderedKeys]] = {}


def _data_stamp() -> tuple[Any, int, int]:
    """What changes whenever the data this thread's connection sees may have changed."""
    conn = DB.connection()
    version = int(DB.execute_sql("PRAGMA data_version").fetchone()[0])
    return conn, version, int(conn.total_changes)


def _kept_keys(union: str, params: list[Any]) -> OrderedKeys | None:
    """A key list kept for these filters (in any order) that is still fresh, if any."""
    stamp = _data_stamp()
    with _keys_lock:
        for (kept_union, kept_params, _sort, _descending), (kept_stamp, keys) in _kept.items():
            fresh = kept_stamp[0] is stamp[0] and kept_stamp[1:] == stamp[1:]
            if fresh and kept_union == union and kept_params == tuple(params):
                return keys
    return None


def _ordered_keys(union: str, params: list[Any], sort: str, descending: bool) -> OrderedKeys:
    """Every matching (kind, id, date) in the timeline's order, read once per data change."""
    cache_key = (union, tuple(params), sort, descending)
    stamp = _data_stamp()
    with _keys_lock:
        kept = _kept.get(cache_key)
    if kept is not None and kept[0][0] is stamp[0] and kept[0][1:] == stamp[1:]:
        return kept[1]
    if sort == "when" and descending:
        sql = f"SELECT kind, id, when_ FROM ({union}) ORDER BY when_ DESC, kind, id DESC"
    else:
        order = SORTS[sort].format(d="DESC" if descending else "ASC")
        sql = (
            f"WITH page AS (SELECT kind, id, when_ FROM ({union}))"
            f" SELECT page.kind, page.id, page.when_ {_JOINS} ORDER BY {order}"
        )
    keys = OrderedKeys(DB.execute_sql(sql, params))
    with _keys_lock:
        _kept.pop(cache_key, None)
        while len(_kept) >= _KEPT:
            _kept.pop(next(iter(_kept)))
        _kept[cache_key] = (stamp, keys)
    return keys


def _details(keys: list[Key]) -> list[TimelineItem]:
    """The timeline rows of ``keys``, in their order: one statement per kind, by id."""
    ids: dict[str, list[int]] = {}
    for kind, rid, _when in keys:
        ids.setdefault(kind, []).append(rid)
    found = {
        kind: {row[0]: row for row in DB.execute_sql(_list_sql(kind), [json.dumps(wanted)])}
        for kind, wanted in ids.items()
    }
    titles: dict[str, str] = {}  # titles repeat ("Weekly review", a session's): made once
    items = []
    for kind, rid, when in keys:
        row = found[kind].get(rid)
        if row is not None:  # the key list is as fresh as the rows: always found
            items.append(_item(kind, when, row, titles))
    return items


def timeline(
    kinds: Any = None,
    person: Any = None,
    tag: str | None = None,
    start: Any = None,
    end: Any = None,
    offset: int = 0,
    limit: int = 100,
    sort: str = "when",
    descending: bool = True,
) -> list[TimelineItem]:
    """One page of the timeline, newest first (or by ``sort``: a key of ``SORTS``).

    ``kinds`` limits the record kinds; ``person`` (id, UUID or record) keeps
    records tied to that person (directly, or through a session or goal);
    ``tag`` keeps tagged sessions and reflections; ``start``/``end`` are
    inclusive dates (or exact datetimes). The ordered keys of every matching
    row are read once per data change; a page is a slice of them, its rows
    fetched by id (see the module doc).
    """
    offset = validation.check_count("offset", offset, 2**62)
    limit = validation.check_count("limit", limit, MAX_PAGE)
    if sort not in SORTS:
        raise ValidationError("sort", f"one of: {', '.join(SORTS)}")
    union, params = _union(kinds, person, tag, start, end)
    if not union or limit == 0:
        return []
    keys = _ordered_keys(union, params, sort, descending)
    return _details(keys.page(offset, limit))


def timeline_count(
    kinds: Any = None,
    person: Any = None,
    tag: str | None = None,
    start: Any = None,
    end: Any = None,
) -> int:
    """How many records ``timeline`` would list with the same filters."""
    union, params = _union(kinds, person, tag, start, end)
    if not union:
        return 0
    kept = _kept_keys(union, params)
    if kept is not None:  # a key list of these filters (any order) is fresh: its length
        return len(kept)
    return int(DB.execute_sql(f"SELECT count(*) FROM ({union})", params).fetchone()[0])


def _item(kind: str, when: str, row: tuple[Any, ...], titles: dict[str, str]) -> TimelineItem:
    rid, uid, title, extra, extra2, person_id, person_name, tags, *ratings = row
    if kind == "session":
        role = "mentor" if extra == "mentor" else "mentee"
        title = f"Session with {person_name} (as {role})"
        if extra2 != "done":
            title += f" — {extra2}"
    elif kind == "reflection" and not (title or "").strip():
        if extra is None:  # blank to Python, not to SQL's trim(): read the body now
            found = DB.execute_sql(
                "SELECT substr(body, 1, 1200) FROM reflection WHERE id = ?", [rid]
            ).fetchone()
            extra = found[0] if found else ""
        title = first_line(extra) or "Untitled reflection"
    elif kind == "rating":
        title = f"{title}: {extra}/10"
    elif kind == "action":
        title = first_line(title)
    names = tuple(sorted(tags.split("\x1f"), key=str.casefold)) if tags else ()
    title = title or ""
    shown = titles.get(title)
    if shown is None:
        shown = titles[title] = plain_summary(title, TITLE_LEN)
    return TimelineItem(  # by position: the fields in their order (cheaper, 30,000 times)
        kind,
        rid,
        uid,
        dt.datetime.fromisoformat(when),
        shown,
        person_id,
        person_name,
        names,
        *ratings,  # confidence before, confidence, motivation, value
    )


# -- people and history ----------------------------------------------------


def people(relation: str | None = None) -> list[Person]:
    """People sorted by name; ``relation`` is mentor, mentee or contact."""
    query = Person.select().where(rules.live(Person))
    if relation not in (None, ""):
        relation = validation.validate("person", {"relation": relation}, partial=True)["relation"]
        query = query.where(Person.relation == relation)
    return sorted(query, key=lambda p: (p.name.casefold(), p.id))


def sessions(
    person: Any = None, role: str | None = None, status: str | None = None
) -> list[Session]:
    """Sessions newest first, optionally of one person, role or status."""
    query = Session.select().where(rules.live(Session))
    checked = validation.validate(
        "session",
        {k: v for k, v in (("role", role), ("status", status)) if v not in (None, "")},
        partial=True,
    )
    if person not in (None, ""):
        query = query.where(Session.person == records.get("person", person).id)
    if "role" in checked:
        query = query.where(Session.role == checked["role"])
    if "status" in checked:
        query = query.where(Session.status == checked["status"])
    return list(query.order_by(Session.held_at.desc(), Session.id.desc()))


def reflections(
    start: Any = None, end: Any = None, tag: str | None = None, session: Any = None
) -> list[Reflection]:
    """Reflections newest first, optionally within dates, with a tag or of a session."""
    query = Reflection.select().where(rules.live(Reflection))
    low, high = _stamp(start, "start"), _stamp(end, "end", end=True)
    if low:
        query = query.where(Reflection.written_at >= low)
    if high:
        query = query.where(Reflection.written_at < high)
    if tag:
        query = query.where(
            Reflection.id.in_(
                ReflectionTag.select(ReflectionTag.reflection)
                .join(Tag)
                .where(Tag.name == tag.strip())
            )
        )
    if session not in (None, ""):
        query = query.where(Reflection.session == records.get("session", session).id)
    return list(query.order_by(Reflection.written_at.desc(), Reflection.id.desc()))


def goals(status: str | None = None, person: Any = None) -> list[Goal]:
    """Goals by target date (undated last), optionally of one status or person."""
    query = Goal.select().where(rules.live(Goal))
    if status not in (None, ""):
        status = validation.validate("goal", {"status": status}, partial=True)["status"]
        query = query.where(Goal.status == status)
    if person not in (None, ""):
        query = query.where(Goal.person == records.get("person", person).id)
    return list(query.order_by(Goal.target_date.is_null(), Goal.target_date, Goal.id))


def open_actions(owner: str | None = None, person: Any = None) -> list[ActionItem]:
    """Action items not done, by due date (undated last); ``owner`` is me or them."""
    query = ActionItem.select().where(rules.is_open(), rules.live(ActionItem))
    if owner not in (None, ""):
        owner = validation.validate("action", {"owner": owner}, partial=True)["owner"]
        query = query.where(ActionItem.owner == owner)
    if person not in (None, ""):
        query = query.where(ownership.owned("action", records.get("person", person).id))
    return list(rules.action_order(query))


def overdue_actions(today: dt.date | None = None) -> list[ActionItem]:
    """Open action items whose due date is before ``today``, oldest due first."""
    today = today or dt.date.today()
    query = ActionItem.select().where(rules.overdue(today), rules.live(ActionItem))
    return list(query.order_by(ActionItem.due_on, ActionItem.id))


def wins(start: Any = None, end: Any = None) -> list[Win]:
    """Wins newest first, optionally between two dates (inclusive)."""
    query = Win.select().where(rules.live(Win))
    if start not in (None, ""):
        query = query.where(Win.won_on >= validation.check_date("start", start))
    if end not in (None, ""):
        query = query.where(Win.won_on <= validation.check_date("end", end))
    return list(query.order_by(Win.won_on.desc(), Win.id.desc()))


def skills_with_latest() -> list[tuple[Skill, int | None, dt.date | None]]:
    """Every skill (by name) with its latest rating value and date, or None."""
    latest = {
        row.skill_id: (row.value, row.rated_on)
        for row in SkillRating.select(SkillRating.skill, SkillRating.value, SkillRating.rated_on)
        .where(rules.live(SkillRating))
        .order_by(SkillRating.rated_on, SkillRating.id)
    }
    result = []
    for skill in sorted(
        Skill.select().where(rules.live(Skill)), key=lambda s: (s.name.casefold(), s.id)
    ):
        value, day = latest.get(skill.id, (None, None))
        result.append((skill, value, day))
    return result


def person_history(person: Any) -> PersonHistory:
    """The full history of one relationship."""
    who = records.get_person(person)
    their_sessions = list(
        Session.select()
        .where(Session.person == who.id, rules.live(Session))
        .order_by(Session.held_at.desc(), Session.id.desc())
    )
    return PersonHistory(
        person=who,
        sessions=their_sessions,
        goals=list(
            Goal.select()
            .where(Goal.person == who.id, rules.live(Goal))
            .order_by(Goal.target_date.is_null(), Goal.target_date, Goal.id)
        ),
        actions=list(
            rules.action_order(
                ActionItem.select().where(ownership.owned("action", who.id), rules.live(ActionItem))
            )
        ),
        reflections=list(
            Reflection.select()
            .where(ownership.owned("reflection", who.id), rules.live(Reflection))
            .order_by(Reflection.written_at.desc(), Reflection.id.desc())
        ),
    )


def linked_to(kind: str, record_id: int) -> dict[str, list[records.Record]]:
    """The records (not in the trash) that link to one record, per kind and link field.

    Keys are "kind.field" ("reflection.session", "action.goal"...); each list is
    ordered by id. For the reading view: a session's reflections, action items
    and ratings, a goal's action items and wins, a skill's ratings...
    """
    out: dict[str, list[records.Record]] = {}
    for child_kind, field, parent_kind in trash.LINKS:
        if parent_kind != kind:
            continue
        model = records.MODEL_FOR_KIND[child_kind]
        found = list(
            model.select()
            .where(getattr(model, field) == record_id, rules.live(model))
            .order_by(model.id)
        )
        if found:
            out[f"{child_kind}.{field}"] = found
    return out
