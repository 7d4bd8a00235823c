"""The Insights screen's numbers: every chart's series for one person and range (Qt-free).

``stats`` answers one question per function. The Insights screen asks all of
them at once, for everyone or for one person, and then again for other date
ranges. This module keeps that fast and consistent:

- ``readings.MoodRecords`` reads every confidence/motivation reading once,
  with the person each belongs to, and filters by person in memory (equal to
  ``readings.mood_series(person=...)``); reading reflection ratings is the one
  expensive query of the screen, so it is not repeated when the person or the
  range changes.
- ``snapshot`` computes every chart's all-time numbers for one person with
  ``stats`` (whose person filter is ``domain.ownership``'s rule);
  ``series.between`` slices any of them to a range without touching the
  database, by the same inclusive-dates rule ``stats``' own ``start``/``end``
  follow (the tests check both give the same numbers).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
from collections.abc import Sequence
from typing import Any

from mentorjournal.analytics import stats
from mentorjournal.analytics.readings import MoodPoint, MoodRecords
from mentorjournal.analytics.series import between, months, months_before, person_id
from mentorjournal.analytics.stats import (
    ActionMonth,
    Event,
    Gap,
    GoalProgress,
    HeldSession,
    MonthCount,
    RollingPoint,
    SkillGrowth,
    Summary,
    Uplift,
)
from mentorjournal.storage.db import DB

log = logging.getLogger(__name__)

__all__ = [
    "DEFAULT_RANGE",
    "LONG_GAP_DAYS",
    "RANGE_MONTHS",
    "MoodRecords",
    "Snapshot",
    "Summary",
    "between",
    "fill_actions",
    "fill_sessions",
    "gaps_between",
    "month_range",
    "people_with_records",
    "range_bounds",
    "rolling_between",
    "snapshot",
]

#: Range keys the Insights screen offers, with their length in months (None: all).
RANGE_MONTHS: dict[str, int | None] = {"3m": 3, "6m": 6, "1y": 12, "all": None}
#: The range Insights opens on: "all", since the chosen person's first record. Growth
#: shows over the whole journal (a year of a long journal is often flat), and no range
#: starts before the first record, so "all" never opens on empty months.
DEFAULT_RANGE = "all"
#: Days without a session that count as a long gap on the cadence chart.
LONG_GAP_DAYS = 60


@dataclasses.dataclass(frozen=True, slots=True)
class Snapshot:
    """Every chart's all-time numbers for one person (``person_id`` None: everyone),
    except the confidence/motivation readings, which ``MoodRecords`` keeps."""

    today: dt.date
    person_id: int | None
    uplift: list[Uplift]
    skills: list[SkillGrowth]
    months: list[MonthCount]
    gaps: list[Gap]
    actions: list[ActionMonth]
    goals: list[GoalProgress]
    cards: Summary
    held: list[HeldSession] = dataclasses.field(default_factory=list)
    wins: list[Event] = dataclasses.field(default_factory=list)
    achieved: list[Event] = dataclasses.field(default_factory=list)

    def first_day(self, mood: Sequence[MoodPoint] = ()) -> dt.date | None:
        """The earliest day any time chart has data for (the start of "all")."""
        days = [mood[0].day] if mood else []
        days += [self.uplift[0].when.date()] if self.uplift else []
        days += [m.month for m in self.months if m.total][:1]
        days += [self.actions[0].month] if self.actions else []
        days += [s.ratings[0].day for s in self.skills if s.ratings]
        days += [self.held[0].day] if self.held else []
        days += [self.wins[0].day] if self.wins else []
        return min(days) if days else None

    def is_empty(self, mood: Sequence[MoodPoint] = ()) -> bool:
        """Nothing to chart: no ratings, done sessions, skill ratings, goals or actions."""
        return not (
            mood
            or self.uplift
            or any(s.ratings for s in self.skills)
            or any(m.total for m in self.months)
            or self.actions
            or self.goals
        )


# -- ranges ---------------------------------------------------------------------------


def range_bounds(key: str, today: dt.date, first_day: dt.date | None) -> tuple[dt.date, dt.date]:
    """Inclusive (start, end) of a named range ending ``today``.

    "3m"/"6m"/"1y" start the day after the same date that many months earlier
    (so "3m" on 10 March is 11 December … 10 March); "all" starts on
    ``first_day`` (or ``today`` with no data) and ends on ``today``. No range
    starts before ``first_day`` (the first record): a young journal's "1 year"
    does not open on months of empty axis.
    """
    if key not in RANGE_MONTHS:
        raise ValueError(f"unknown range {key!r}")
    length = RANGE_MONTHS[key]
    first = min(first_day, today) if first_day else None
    if length is None:
        start = first or today
    else:
        start = months_before(today, length) + dt.timedelta(days=1)
        if first is not None:
            start = max(start, first)
    return start, today


def rolling_between(
    points: Sequence[MoodPoint], days: int, field: str, start: dt.date | None, end: dt.date | None
) -> list[RollingPoint]:
    """The rolling average over all ``points``, shown from ``start`` to ``end``.

    Computed before slicing, so the first days of a range average over the
    readings just before it too (the line does not restart at the range edge).
    """
    return between(stats.rolling_average(points, days, field), start, end, lambda p: p.day)


def month_range(first: dt.date, last: dt.date) -> list[dt.date]:
    """First days of the months from ``first``'s month to ``last``'s, inclusive."""
    return months(first, last)


def fill_sessions(months: Sequence[MonthCount], first: dt.date, last: dt.date) -> list[MonthCount]:
    """``months`` over exactly the months of [first, last], zeros where missing."""
    known = {m.month: m for m in months}
    return [known.get(m, MonthCount(m, 0, 0)) for m in month_range(first, last)]


def fill_actions(months: Sequence[ActionMonth], first: dt.date, last: dt.date) -> list[ActionMonth]:
    """``months`` over exactly the months of [first, last], zeros where missing."""
    known = {m.month: m for m in months}
    return [known.get(m, ActionMonth(m, 0, 0, 0)) for m in month_range(first, last)]


def gaps_between(gaps: Sequence[Gap], start: dt.date, end: dt.date) -> list[Gap]:
    """Gaps that overlap [start, end] (not clipped)."""
    return [gap for gap in gaps if gap.end >= start and gap.start <= end]


# -- everything at once -------------------------------------------------------------


def snapshot(
    records: MoodRecords,
    person: Any = None,
    today: dt.date | None = None,
    gap_days: int = LONG_GAP_DAYS,
    streak: stats.Streak | None = None,
) -> Snapshot:
    """Every chart's all-time numbers for ``person`` (None: everyone).

    Makes sure ``records`` holds the 60 days the confidence card needs. ``streak``: the
    journal's reflection streak on ``today`` when already known (it is the same for every
    person, and reading every reflection's date for it is most of a person's snapshot).
    """
    today = today or dt.date.today()
    records.ensure(today - dt.timedelta(days=59))
    pid = person_id(person)
    return Snapshot(
        today=today,
        person_id=pid,
        uplift=stats.session_uplift(pid),
        skills=stats.skill_growth(person=pid),
        months=stats.sessions_per_month(pid, today=today),
        gaps=stats.long_gaps(gap_days, pid, today=today),
        actions=stats.action_completion_per_month(person=pid),
        goals=stats.goal_progress(today, pid),
        cards=stats.summary(
            today, pid, records.series(pid), card_role(records.series(pid)), streak=streak
        ),
        held=stats.held_sessions(pid),
        wins=stats.wins(pid),
        achieved=stats.achieved_goals(pid),
    )


def card_role(mood: Sequence[MoodPoint]) -> str:
    """The role the confidence card shows: my ratings as mentee when there are any (mine,
    or with a mentor), else as mentor (with one of my mentees)."""
    return "mentee" if any(p.role == "mentee" for p in mood) or not mood else "mentor"


def people_with_records() -> list[tuple[int, str, str]]:
    """(id, name, relation) of people with a session or a goal, by name."""
    return [
        (int(row[0]), str(row[1]), str(row[2]))
        for row in DB.execute_sql(
            "SELECT p.id, p.name, p.relation FROM person p WHERE p.deleted_at IS NULL AND (EXISTS"
            " (SELECT 1 FROM session s WHERE s.person_id = p.id AND s.deleted_at IS NULL) OR EXISTS"
            " (SELECT 1 FROM goal g WHERE g.person_id = p.id AND g.deleted_at IS NULL))"
            " ORDER BY p.name COLLATE NOCASE, p.id"
        )
    ]
