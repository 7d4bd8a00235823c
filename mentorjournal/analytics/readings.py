"""Confidence and motivation readings: the one definition behind every mood number.

A *reading* is a reflection with a confidence or motivation rating (its
``confidence``, ``motivation``), or a held session with one (its
``confidence_after``, ``motivation``). Records with neither are not readings;
planned and cancelled sessions never are. Each reading belongs to a person by
``domain.ownership``'s rule (a reflection through its linked session).

``mood_series`` answers one question; ``MoodRecords`` reads once for a screen
that asks again and again (Insights): the readings of every person with their
owner, loaded from a day on and widened only when an older range is asked for.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
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

    @property
    def day(self) -> dt.date:
        return self.when.date()


#: A reading and the id of the person it belongs to (None: nobody).
Reading = tuple[MoodPoint, int | None]


def read(
    start: dt.date | None = None, end: dt.date | None = None, person: Any = None
) -> list[Reading]:
    """The readings whose day is in [start, end] (of ``person``), oldest first."""
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
        f" {ownership.person_of('reflection', 'r')} FROM reflection r"
        " WHERE (r.confidence IS NOT NULL OR r.motivation IS NOT NULL)" + r_where + " UNION ALL"
        " SELECT s.held_at, s.confidence_after, s.motivation, 'session', s.id,"
        f" {ownership.person_of('session', 's')} FROM session s"
        f" WHERE s.status = '{rules.HELD}'"
        " AND (s.confidence_after IS NOT NULL OR s.motivation IS NOT NULL)" + s_where
    )
    rows = [
        (MoodPoint(as_datetime(when), conf, mot, kind, rid), owner)
        for when, conf, mot, kind, rid, owner in DB.execute_sql(sql, r_args + s_args)
    ]
    rows.sort(key=lambda row: (row[0].when, row[0].kind, row[0].id))
    return rows


def mood_series(
    start: dt.date | None = None, end: dt.date | None = None, person: Any = None
) -> list[MoodPoint]:
    """Confidence and motivation readings, oldest first (of ``person`` when given)."""
    return [point for point, _ in read(start, end, person)]


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

    def ensure(self, start: dt.date | None) -> bool:
        """Load the readings from ``start`` on (None: all); True if anything was read."""
        if self.complete or (
            self.loaded and start is not None and self.since is not None and start >= self.since
        ):
            return False
        before = self.since if self.loaded else None
        end = None if before is None else before - dt.timedelta(days=1)
        self._rows = read(start, end) + self._rows
        self.since = start
        self.loaded = True
        self.complete = start is None
        return True

    def series(self, person: Any = None) -> list[MoodPoint]:
        """The loaded readings of ``person`` (everyone's when None), oldest first."""
        pid = person_id(person)
        if pid is None:
            return [point for point, _ in self._rows]
        return [point for point, owner in self._rows if owner == pid]

    def first_day(self) -> dt.date | None:
        return self._rows[0][0].day if self._rows else None
