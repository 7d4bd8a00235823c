"""On this day: what I wrote and which sessions I had on the same date in earlier years.

Same month and day, any earlier year; on 28 February of a year that is not a
leap year, 29 February counts too. Titles only (never the body): the
overview and a report show where to look, not private text. Records of
``person`` only when one is chosen (``domain.ownership``).
"""

from __future__ import annotations

import calendar
import dataclasses
import datetime as dt
from typing import Any

from mentorjournal.analytics.series import as_datetime, person_id
from mentorjournal.domain import ownership, rules
from mentorjournal.storage.db import DB


@dataclasses.dataclass(frozen=True, slots=True)
class Memory:
    kind: str  # "reflection" or "session"
    id: int
    when: dt.datetime
    title: str
    years_ago: int


def on_this_day(today: dt.date, person: Any = None, limit: int = 10) -> list[Memory]:
    """Records from ``today``'s date in earlier years, most recent year first."""
    days = [f"{today:%m-%d}"]
    if today.month == 2 and today.day == 28 and not calendar.isleap(today.year):
        days.append("02-29")
    marks = ",".join("?" * len(days))
    pid = person_id(person)
    r_where = " AND " + rules.live_sql("r")  # nothing in the trash comes back as a memory
    s_where = " AND " + rules.live_sql("s")
    args: list[Any] = [*days, today.isoformat()]
    r_args, s_args = list(args), list(args)
    if pid is not None:
        r_where += " AND " + ownership.belongs_to("reflection", "r")
        s_where += " AND " + ownership.belongs_to("session", "s")
        r_args.append(pid)
        s_args.append(pid)
    sql = (
        "SELECT 'reflection', r.id, r.written_at, r.title FROM reflection r"
        f" WHERE substr(r.written_at, 6, 5) IN ({marks}) AND r.written_at < ?"
        + r_where
        + " UNION ALL SELECT 'session', s.id, s.held_at,"
        " (SELECT p.name FROM person p WHERE p.id = s.person_id) FROM session s"
        f" WHERE s.status = '{rules.HELD}' AND substr(s.held_at, 6, 5) IN ({marks})"
        " AND s.held_at < ?" + s_where
    )
    out = []
    for kind, rid, when, title in DB.execute_sql(sql, r_args + s_args):
        moment = as_datetime(when)
        if moment.year >= today.year:
            continue
        label = (
            (title or "Untitled reflection") if kind == "reflection" else f"Session with {title}"
        )
        out.append(Memory(kind, rid, moment, label, today.year - moment.year))
    out.sort(key=lambda m: (m.years_ago, m.when))
    return out[:limit]
