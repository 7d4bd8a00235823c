"""Confidence and motivation readings: the one definition behind every mood number.

A *reading* is a reflection with a confidence or motivation rating (its
``confidence``, ``motivation``), or a held session with one (its
``confidence_after``, ``motivation``). Records with neither are not readings;
planned and cancelled sessions never are. Each reading belongs to a person by
``domain.ownership``'s rule (a reflection through its linked session).

Each reading also has a *role*: whether I gave it as mentee or as mentor. A
session's reading takes the session's role; a reflection linked to a session
takes that session's role; an unlinked reflection is mine as mentee (a
journal entry about my own growth). So a mentor's confidence in their own
mentoring is its own series ("mentor"), never mixed into the mentee's.

``mood_series`` answers one question; ``MoodRecords`` reads once for a screen
that asks again and again (Insights): the readings of every person with their
owner, loaded from a day on and widened only when an older range is asked for.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
from collections.abc import Iterator
from typing import Any

from mentorjournal.analytics.series import as_datetime, day_range, person_id
from mentorjournal.domain import ownership, rules
from mentorjournal.storage.db import DB


@dataclasses.dataclass(frozen=True, slots=True)
class MoodPoint:
    """One confidence/motivation reading: a reflection or a held session."""

    when: dt.datetime
    confidence: int | None
    motivation: int | None
    kind: str  # "reflection" or "session"
    id: int
    role: str = "mentee"  # "mentee" or "mentor": see the module's rule
    #: ``when``'s day, kept (every range and pattern asks for it, thousands of times).
    day: dt.date = dataclasses.field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "day", self.when.date())


#: SQL for a reflection's role (table alias ``r``): its session's, else "mentee".
_REFLECTION_ROLE = "COALESCE((SELECT rs.role FROM session rs WHERE rs.id = r.session_id), 'mentee')"

#: A reading and the id of the person it belongs to (None: nobody).
Reading = tuple[MoodPoint, int | None]


#: Page cache (KiB) while the readings are read; see ``_passing_through``.
SCAN_CACHE_KIB = 256


@contextlib.contextmanager
def _passing_through() -> Iterator[None]:
    """A small page cache for the readings scan, the usual one again after it.

    A reflection's ratings are stored after its body; before schema 5's index of
    them (``models.LIVE_BY_DATE``) reading them walked through every reflection's
    text. Where the index is not used (a person's readings: their sessions are
    looked up), with the connection's usual cache (16 MB) that text would stay in
    memory afterwards (+19 MB at 10 years); with a small one it only passes
    through (+3 MB).
    """
    before = int(DB.execute_sql("PRAGMA cache_size").fetchone()[0])
    DB.execute_sql(f"PRAGMA cache_size = -{SCAN_CACHE_KIB}")
    try:
        yield
    finally:
        DB.execute_sql(f"PRAGMA cache_size = {before}")


def read(
    start: dt.date | None = None, end: dt.date | None = None, person: Any = None
) -> list[Reading]:
    """The readings whose day is in [start, end] (of ``person``), oldest first."""
    sql, args = readings_sql(start, end, person)
    with _passing_through():
        rows = [
            (MoodPoint(as_datetime(when), conf, mot, kind, rid, role), owner)
            for when, conf, mot, kind, rid, owner, role in DB.execute_sql(sql, args)
        ]
    rows.sort(key=lambda row: (row[0].when, row[0].kind, row[0].id))
    return rows


def readings_sql(
    start: dt.date | None = None, end: dt.date | None = None, person: Any = None
) -> tuple[str, list[Any]]:
    """The statement ``read`` runs and its arguments."""
    r_where, r_args = day_range("r.written_at", start, end)
    s_where, s_args = day_range("s.held_at", start, end)
    r_where += " AND " + rules.live_sql("r")  # nothing in the trash is a reading
    s_where += " AND " + rules.live_sql("s")
    pid = person_id(person)
    if pid is not None:
        r_where += " AND " + ownership.belongs_to("reflection", "r")
        r_args.append(pid)
        s_where += " AND " + ownership.belongs_to("session", "s")
        s_args.append(pid)
    sql = (
        "SELECT r.written_at, r.confidence, r.motivation, 'reflection', r.id,"
        f" {ownership.person_of('reflection', 'r')}, {_REFLECTION_ROLE} FROM reflection r"
        " WHERE (r.confidence IS NOT NULL OR r.motivation IS NOT NULL)" + r_where + " UNION ALL"
        " SELECT s.held_at, s.confidence_after, s.motivation, 'session', s.id,"
        f" {ownership.person_of('session', 's')}, s.role FROM session s"
        f" WHERE s.status = '{rules.HELD}'"
        " AND (s.confidence_after IS NOT NULL OR s.motivation IS NOT NULL)" + s_where
    )
    return sql, r_args + s_args


def mood_series(
    start: dt.date | None = None,
    end: dt.date | None = None,
    person: Any = None,
    role: str | None = None,
) -> list[MoodPoint]:
    """Confidence and motivation readings, oldest first (of ``person`` and given in ``role``
    when given)."""
    return [p for p, _ in read(start, end, person) if role is None or p.role == role]


class MoodRecords:
    """Every person's readings with their owner, read once and kept.

    Reading reflection ratings means reading the reflections themselves, the
    one expensive query of the Insights screen, so readings are loaded from a
    day on (``ensure``) and only the missing older part is read when a longer
    range is asked for. ``series(person)`` equals
    ``mood_series(start=self.since, person=person)``.
    """

    def __init__(self) -> None:
        self._rows: list[Reading] = []
        self.since: dt.date | None = None  # readings from this day on are loaded
        self.loaded = False  # anything loaded yet
        self.complete = False  # everything loaded
        self._series: dict[tuple[int | None, str | None], list[MoodPoint]] = {}

    def ensure(self, start: dt.date | None) -> bool:
        """Load the readings from ``start`` on (None: all); True if anything was read."""
        if self.complete or (
            self.loaded and start is not None and self.since is not None and start >= self.since
        ):
            return False
        before = self.since if self.loaded else None
        end = None if before is None else before - dt.timedelta(days=1)
        self._rows = read(start, end) + self._rows
        self._series = {}
        self.since = start
        self.loaded = True
        self.complete = start is None
        return True

    def series(self, person: Any = None, role: str | None = None) -> list[MoodPoint]:
        """The loaded readings of ``person`` (everyone's when None), oldest first;
        only those given in ``role`` ("mentee"/"mentor") when it is given.

        The same list (the same object) until more readings are loaded, so that
        callers can keep what they computed from it; do not change it.
        """
        pid = person_id(person)
        key = (pid, role)
        found = self._series.get(key)
        if found is None:
            found = self._series[key] = [
                point
                for point, owner in self._rows
                if (pid is None or owner == pid) and (role is None or point.role == role)
            ]
        return found

    def first_day(self) -> dt.date | None:
        return self._rows[0][0].day if self._rows else None
