"""The Insights screen's numbers: ``stats`` per person, sliced by date range (Qt-free).

``stats`` answers one question per function. The Insights screen asks all of
them at once, for everyone or for one person, and then again for other date
ranges. This module keeps that fast and consistent:

- ``MoodRecords`` reads every confidence/motivation reading once, with the
  person each belongs to, and filters by person in memory. The result equals
  ``stats.mood_series(person=...)`` (that is what the tests check); reading
  reflection ratings is the one expensive query of the screen, so it is not
  repeated when the person or the range changes.
- ``snapshot`` computes every chart's all-time numbers for one person;
  ``between`` slices any of them to a range without touching the database.
- Where ``stats`` has no person filter (goal progress, open and overdue
  action items, wins), the functions here add it, with the rules ``stats``
  uses: an action item belongs to its person, or, with none set, to the person
  of the session where it was agreed; a goal or a win (through its goal) to the
  goal's person.

Ranges are inclusive dates, as everywhere in ``stats``.
"""

from __future__ import annotations

import bisect
import calendar
import dataclasses
import datetime as dt
import logging
from collections.abc import Callable, Sequence
from typing import Any

from mentorjournal.analytics import stats
from mentorjournal.analytics.stats import (
    ActionMonth,
    Gap,
    GoalProgress,
    MonthCount,
    MoodPoint,
    RatingPoint,
    RollingPoint,
    SkillGrowth,
    Streak,
    Uplift,
)
from mentorjournal.storage.db import DB

log = logging.getLogger(__name__)

#: Range keys the Insights screen offers, with their length in months (None: all).
RANGE_MONTHS: dict[str, int | None] = {"3m": 3, "6m": 6, "1y": 12, "all": None}
#: Days without a session that count as a long gap on the cadence chart.
LONG_GAP_DAYS = 60

_ACTION_PERSON = (
    "COALESCE(a.person_id, (SELECT s.person_id FROM session s WHERE s.id = a.session_id))"
)


@dataclasses.dataclass(frozen=True, slots=True)
class Cards:
    """The summary cards. ``streak`` is the whole journal's (reflections are mine);
    everything else follows the person filter."""

    today: dt.date
    streak: Streak
    confidence_last_30: float | None
    confidence_previous_30: float | None
    confidence_change: float | None
    wins_this_quarter: int
    open_actions: int
    overdue_actions: int


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
    cards: Cards

    def first_day(self, mood: Sequence[MoodPoint] = ()) -> dt.date | None:
        """The earliest day any time chart has data for (the start of "all")."""
        days = [mood[0].day] if mood else []
        days += [self.uplift[0].when.date()] if self.uplift else []
        days += [m.month for m in self.months if m.total][:1]
        days += [self.actions[0].month] if self.actions else []
        days += [s.ratings[0].day for s in self.skills if s.ratings]
        return min(days) if days else None

    def is_empty(self, mood: Sequence[MoodPoint] = ()) -> bool:
        """Nothing to chart: no ratings, done sessions, skill ratings, goals or actions."""
        return not (mood or self.uplift or any(s.ratings for s in self.skills)
                    or any(m.total for m in self.months) or self.actions or self.goals)


# -- mood readings, read once ------------------------------------------------------


class MoodRecords:
    """Confidence/motivation readings with their person, read once and kept.

    Reading reflection ratings means reading the reflections themselves, the
    one expensive query of the screen, so readings are loaded from a day on
    (``ensure``) and only the missing older part is read when a longer range
    is asked for. ``series`` equals ``stats.mood_series(start=self.since,
    person=...)``.
    """

    def __init__(self) -> None:
        self._rows: list[tuple[MoodPoint, int | None]] = []
        self.since: dt.date | None = None  # readings from this day on are loaded
        self.loaded = False  # anything loaded yet
        self.complete = False  # everything loaded

    def ensure(self, start: dt.date | None) -> bool:
        """Load the readings from ``start`` on (None: all); True if anything was read."""
        if self.complete or (self.loaded and start is not None and self.since is not None
                             and start >= self.since):
            return False
        before = self.since if self.loaded else None
        rows = self._read(start, before)
        self._rows = rows + self._rows
        self.since = start
        self.loaded = True
        self.complete = start is None
        return True

    @staticmethod
    def _read(start: dt.date | None, before: dt.date | None) -> list[tuple[MoodPoint, int | None]]:
        end = None if before is None else before - dt.timedelta(days=1)
        r_where, r_args = stats._day_range("r.written_at", start, end)
        s_where, s_args = stats._day_range("s.held_at", start, end)
        sql = (
            "SELECT r.written_at, r.confidence, r.motivation, 'reflection', r.id, s.person_id"
            " FROM reflection r LEFT JOIN session s ON s.id = r.session_id"
            " WHERE (r.confidence IS NOT NULL OR r.motivation IS NOT NULL)" + r_where
            + " UNION ALL"
            " SELECT s.held_at, s.confidence_after, s.motivation, 'session', s.id, s.person_id"
            " FROM session s WHERE s.status = 'done'"
            " AND (s.confidence_after IS NOT NULL OR s.motivation IS NOT NULL)" + s_where
        )
        rows = [
            (MoodPoint(stats._datetime(when), conf, mot, kind, rid), pid)
            for when, conf, mot, kind, rid, pid in DB.execute_sql(sql, r_args + s_args)
        ]
        rows.sort(key=lambda row: (row[0].when, row[0].kind, row[0].id))
        return rows

    def series(self, person: Any = None) -> list[MoodPoint]:
        """The loaded readings of ``person`` (everyone's when None), oldest first."""
        pid = stats._pid(person)
        if pid is None:
            return [point for point, _ in self._rows]
        return [point for point, owner in self._rows if owner == pid]

    def first_day(self) -> dt.date | None:
        return self._rows[0][0].day if self._rows else None


# -- ranges ---------------------------------------------------------------------------


def months_before(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` calendar months earlier (clamped to the month's end)."""
    total = day.year * 12 + day.month - 1 - months
    year, month = divmod(total, 12)
    month += 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def range_bounds(key: str, today: dt.date, first_day: dt.date | None) -> tuple[dt.date, dt.date]:
    """Inclusive (start, end) of a named range ending ``today``.

    "3m"/"6m"/"1y" start the day after the same date that many months earlier
    (so "3m" on 10 March is 11 December … 10 March); "all" starts on
    ``first_day`` (or ``today`` with no data) and ends on ``today``.
    """
    if key not in RANGE_MONTHS:
        raise ValueError(f"unknown range {key!r}")
    months = RANGE_MONTHS[key]
    if months is None:
        start = min(first_day, today) if first_day else today
    else:
        start = months_before(today, months) + dt.timedelta(days=1)
    return start, today


def between[T](items: Sequence[T], start: dt.date | None, end: dt.date | None,
            day: Callable[[T], dt.date]) -> list[T]:
    """The items whose ``day`` is in [start, end]; ``items`` sorted by ``day``."""
    keys = [day(item) for item in items]
    lo = 0 if start is None else bisect.bisect_left(keys, start)
    hi = len(keys) if end is None else bisect.bisect_right(keys, end)
    return list(items[lo:hi])


def rolling_between(points: Sequence[MoodPoint], days: int, field: str,
                    start: dt.date | None, end: dt.date | None) -> list[RollingPoint]:
    """The rolling average over all ``points``, shown from ``start`` to ``end``.

    Computed before slicing, so the first days of a range average over the
    readings just before it too (the line does not restart at the range edge).
    """
    return between(stats.rolling_average(points, days, field), start, end, lambda p: p.day)


def month_range(first: dt.date, last: dt.date) -> list[dt.date]:
    """First days of the months from ``first``'s month to ``last``'s, inclusive."""
    return list(stats._months(first.replace(day=1), last.replace(day=1)))


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


# -- person-aware numbers that stats has for everyone only ----------------------


def goal_progress(person: Any = None, today: dt.date | None = None) -> list[GoalProgress]:
    """``stats.goal_progress`` for the goals of one person (all goals when None)."""
    goals = stats.goal_progress(today)
    pid = stats._pid(person)
    return goals if pid is None else [g for g in goals if g.person_id == pid]


def open_action_count(person: Any = None, today: dt.date | None = None,
                      overdue: bool = False) -> int:
    """Action items not done; with ``overdue``, only those due before ``today``."""
    sql, args = "SELECT count(*) FROM action_item a WHERE a.done_on IS NULL", []
    if overdue:
        sql += " AND a.due_on < ?"
        args.append((today or dt.date.today()).isoformat())
    pid = stats._pid(person)
    if pid is not None:
        sql += f" AND {_ACTION_PERSON} = ?"
        args.append(pid)
    return DB.execute_sql(sql, args).fetchone()[0]


def quarter_start(today: dt.date) -> dt.date:
    return dt.date(today.year, 3 * ((today.month - 1) // 3) + 1, 1)


def wins_count(start: dt.date, end: dt.date, person: Any = None) -> int:
    """Wins from ``start`` to ``end``; for a person, wins of that person's goals."""
    sql = "SELECT count(*) FROM win w WHERE w.won_on >= ? AND w.won_on < ?"
    args: list = [start.isoformat(), (end + dt.timedelta(days=1)).isoformat()]
    pid = stats._pid(person)
    if pid is not None:
        sql += " AND (SELECT g.person_id FROM goal g WHERE g.id = w.goal_id) = ?"
        args.append(pid)
    return DB.execute_sql(sql, args).fetchone()[0]


def skill_growth(person: Any = None) -> list[SkillGrowth]:
    """``stats.skill_growth()``; for a person, only ratings given in sessions with them.

    Skills keep their place (with an empty series when no rating is left), and
    first/latest/growth/to-target are recomputed from the ratings that are left.
    """
    skills = stats.skill_growth()
    pid = stats._pid(person)
    if pid is None:
        return skills
    kept = {
        row[0]
        for row in DB.execute_sql(
            "SELECT r.id FROM skill_rating r JOIN session s ON s.id = r.session_id"
            " WHERE s.person_id = ?",
            [pid],
        )
    }
    return [_regrow(skill, tuple(r for r in skill.ratings if r.id in kept)) for skill in skills]


def _regrow(skill: SkillGrowth, ratings: tuple[RatingPoint, ...]) -> SkillGrowth:
    first = ratings[0].value if ratings else None
    latest = ratings[-1].value if ratings else None
    return dataclasses.replace(
        skill, ratings=ratings, first=first, latest=latest,
        growth=None if not ratings else latest - first,
        to_target=None if not ratings or skill.target is None else skill.target - latest,
    )


def cards(mood: Sequence[MoodPoint], person: Any = None, today: dt.date | None = None) -> Cards:
    """The summary cards from ``mood`` (the person's readings) and a few counts.

    For everyone this equals ``stats.summary(today)`` field for field.
    """
    today = today or dt.date.today()
    day = dt.timedelta(days=1)
    last = _mean(mood, today - 29 * day, today)
    previous = _mean(mood, today - 59 * day, today - 30 * day)
    return Cards(
        today=today,
        streak=stats.reflection_streak(today),
        confidence_last_30=last,
        confidence_previous_30=previous,
        confidence_change=None if last is None or previous is None else last - previous,
        wins_this_quarter=wins_count(quarter_start(today), today, person),
        open_actions=open_action_count(person),
        overdue_actions=open_action_count(person, today, overdue=True),
    )


def _mean(mood: Sequence[MoodPoint], start: dt.date, end: dt.date) -> float | None:
    values = [p.confidence for p in between(mood, start, end, lambda p: p.day)
              if p.confidence is not None]
    return sum(values) / len(values) if values else None


# -- everything at once -------------------------------------------------------------


def snapshot(records: MoodRecords, person: Any = None, today: dt.date | None = None,
             gap_days: int = LONG_GAP_DAYS) -> Snapshot:
    """Every chart's all-time numbers for ``person`` (None: everyone).

    Makes sure ``records`` holds the 60 days the confidence card needs.
    """
    today = today or dt.date.today()
    records.ensure(today - dt.timedelta(days=59))
    pid = stats._pid(person)
    return Snapshot(
        today=today,
        person_id=pid,
        uplift=stats.session_uplift(pid),
        skills=skill_growth(pid),
        months=stats.sessions_per_month(pid, today=today),
        gaps=stats.long_gaps(gap_days, pid, today=today),
        actions=stats.action_completion_per_month(person=pid),
        goals=goal_progress(pid, today),
        cards=cards(records.series(pid), pid, today),
    )


def people_with_records() -> list[tuple[int, str, str]]:
    """(id, name, relation) of people with a session or a goal, by name."""
    return [
        tuple(row)
        for row in DB.execute_sql(
            "SELECT p.id, p.name, p.relation FROM person p WHERE EXISTS"
            " (SELECT 1 FROM session s WHERE s.person_id = p.id) OR EXISTS"
            " (SELECT 1 FROM goal g WHERE g.person_id = p.id)"
            " ORDER BY p.name COLLATE NOCASE, p.id"
        )
    ]
