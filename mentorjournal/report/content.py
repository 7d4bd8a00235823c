"""What a progress report holds, gathered from the journal (no Qt)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from mentorjournal.analytics import insights, overview, stats
from mentorjournal.analytics.overview import Overview
from mentorjournal.analytics.readings import MoodPoint
from mentorjournal.analytics.series import between, person_id
from mentorjournal.analytics.stats import Event, GoalProgress, MonthCount, SkillGrowth
from mentorjournal.domain import records


@dataclasses.dataclass(frozen=True)
class Options:
    start: dt.date | None = None  # None: since the first record
    end: dt.date | None = None  # None: today
    person: int | None = None
    reflections: tuple[int, ...] = ()  # ticked reflections (titles and dates)
    include_text: bool = False  # their text too (private: off unless chosen)
    today: dt.date | None = None


@dataclasses.dataclass(frozen=True)
class Reflection:
    id: int
    when: dt.datetime
    title: str
    text: str  # empty unless chosen


@dataclasses.dataclass(frozen=True)
class Report:
    title: str
    person_name: str | None
    start: dt.date
    end: dt.date
    made_on: dt.date
    overview: Overview
    mood: tuple[MoodPoint, ...]  # the period's readings, both roles
    months: tuple[MonthCount, ...]
    goals: tuple[GoalProgress, ...]  # active now
    achieved: tuple[Event, ...]
    wins: tuple[Event, ...]
    skills: tuple[SkillGrowth, ...]
    reflections: tuple[Reflection, ...]


def _person_name(pid: int | None) -> str | None:
    return None if pid is None else str(getattr(records.get("person", pid), "name", "")) or None


def gather(options: Options) -> Report:
    """Collect the report for ``options`` (an open journal)."""
    today = options.today or dt.date.today()
    pid = person_id(options.person)
    mood_records = insights.MoodRecords()
    # A period's report needs its readings and the 30 days before (the rolling lines).
    mood_records.ensure(None if options.start is None else options.start - dt.timedelta(days=30))
    snap = insights.snapshot(mood_records, pid, today)
    every = mood_records.series(pid)
    first = snap.first_day(every)
    start = options.start or insights.range_bounds("all", today, first)[0]
    end = options.end or today
    if start > end:
        start, end = end, start
    view = overview.overview(every, snap.skills, snap.held, snap.wins, snap.achieved, start, end)
    first_month, last_month = start.replace(day=1), end.replace(day=1)
    months = insights.fill_sessions(
        between(snap.months, first_month, last_month, lambda m: m.month), first_month, last_month
    )
    chosen = []
    for rid in options.reflections:
        record: Any = records.get("reflection", rid)
        body = str(record.body or "")
        chosen.append(
            Reflection(
                int(record.id),
                record.written_at,
                str(record.title or "") or "Untitled reflection",  # never the body: private
                body if options.include_text else "",
            )
        )
    chosen.sort(key=lambda r: r.when)
    name = _person_name(pid)
    return Report(
        title="Progress report" + (f": {name}" if name else ""),
        person_name=name,
        start=start,
        end=end,
        made_on=today,
        overview=view,
        mood=tuple(between(every, start, end, lambda p: p.day)),
        months=tuple(months),
        goals=tuple(snap.goals),
        achieved=tuple(between(snap.achieved, start, end, lambda e: e.day)),
        wins=tuple(between(snap.wins, start, end, lambda e: e.day)),
        skills=tuple(stats.skill_growth(person=pid)),
        reflections=tuple(chosen),
    )
