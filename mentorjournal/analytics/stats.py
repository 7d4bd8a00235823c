"""The numbers behind every chart and summary (Qt-free, plain dataclasses).

Conventions shared by every function here:

- Ratings are whole numbers 1–10; records without the rating in question are
  left out (never counted as zero).
- Only held sessions count (``domain.rules.HELD``): planned and cancelled
  sessions have no ratings worth plotting and did not happen.
- ``start``/``end`` are dates and inclusive (``series``' rule); either may be
  None (open-ended).
- ``person`` is a person id (or a ``Person``); a record counts for them when it
  belongs to them by ``domain.ownership``'s rule, the same rule the timeline,
  search and session prep use.
- Functions that depend on the current date take ``today`` (default: the
  local date), so results are reproducible in tests and exports.
- Months are the first day of the month (``datetime.date``).

Confidence and motivation readings come from ``readings``; this module
re-exports ``MoodPoint`` and ``mood_series``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
from collections.abc import Iterable, Sequence
from typing import Any

from mentorjournal.analytics.readings import MoodPoint, mood_series
from mentorjournal.analytics.series import (
    as_date,
    as_datetime,
    between,
    day_range,
    month_from_text,
    month_of,
    months,
    person_id,
    quarter_start,
)
from mentorjournal.analytics.streak import STREAK_GRACE, Streak, reflection_streak
from mentorjournal.domain import ownership, rules
from mentorjournal.storage.db import DB

log = logging.getLogger(__name__)

__all__ = [
    "STREAK_GRACE",
    "ActionMonth",
    "Gap",
    "GoalProgress",
    "MonthCount",
    "MoodPoint",
    "RatingPoint",
    "RollingPoint",
    "SkillGrowth",
    "Streak",
    "Summary",
    "Uplift",
    "action_completion_per_month",
    "HeldSession",
    "Event",
    "achieved_goals",
    "goal_progress",
    "held_sessions",
    "wins",
    "long_gaps",
    "mood_series",
    "open_count",
    "overdue_count",
    "reflection_streak",
    "rolling_average",
    "session_uplift",
    "sessions_per_month",
    "skill_growth",
    "summary",
    "wins_count",
]

_HELD = f"status = '{rules.HELD}'"


@dataclasses.dataclass(frozen=True, slots=True)
class RollingPoint:
    """The mean of ``count`` ratings in the window ending on ``day``."""

    day: dt.date
    value: float
    count: int


@dataclasses.dataclass(frozen=True, slots=True)
class Uplift:
    """Confidence before and after one held session; ``uplift`` is after - before."""

    session_id: int
    when: dt.datetime
    person_id: int
    role: str
    before: int
    after: int
    uplift: int


@dataclasses.dataclass(frozen=True, slots=True)
class RatingPoint:
    id: int
    day: dt.date
    value: int
    source: str


@dataclasses.dataclass(frozen=True, slots=True)
class SkillGrowth:
    """A skill's ratings, oldest first, and what they add up to.

    ``first``/``latest`` are the oldest and newest ratings, ``growth`` is
    latest - first and ``to_target`` target - latest (None when a value is
    missing).
    """

    skill_id: int
    name: str
    category: str
    target: int | None
    ratings: tuple[RatingPoint, ...]
    first: int | None
    latest: int | None
    growth: int | None
    to_target: int | None


@dataclasses.dataclass(frozen=True, slots=True)
class MonthCount:
    month: dt.date
    as_mentee: int
    as_mentor: int

    @property
    def total(self) -> int:
        return self.as_mentee + self.as_mentor


@dataclasses.dataclass(frozen=True, slots=True)
class Gap:
    """``days`` without a held session from ``start`` to ``end``; ``ongoing``
    gaps run from the last session up to ``today``."""

    start: dt.date
    end: dt.date
    days: int
    ongoing: bool = False


@dataclasses.dataclass(frozen=True, slots=True)
class ActionMonth:
    """Action items due in ``month``: how many, how many done, how many in time."""

    month: dt.date
    due: int
    completed: int
    completed_on_time: int


@dataclasses.dataclass(frozen=True, slots=True)
class GoalProgress:
    id: int
    title: str
    progress: int
    target_date: dt.date | None
    days_left: int | None  # negative when the target date has passed
    person_id: int | None
    actions_total: int
    actions_done: int


@dataclasses.dataclass(frozen=True, slots=True)
class HeldSession:
    """A held session: when, my role in it, whose it is."""

    id: int
    when: dt.datetime
    role: str
    person_id: int
    #: ``when``'s day, kept (patterns ask for it per session on every range switch).
    day: dt.date = dataclasses.field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "day", self.when.date())


@dataclasses.dataclass(frozen=True, slots=True)
class Event:
    """A dated record with a title: a win (its day), an achieved goal (the day it last
    changed, which is when it was marked achieved unless it was edited since)."""

    kind: str
    id: int
    day: dt.date
    title: str


@dataclasses.dataclass(frozen=True, slots=True)
class Summary:
    """The headline numbers (the Insights cards, ``stats`` on the command line).

    ``streak`` is the whole journal's (reflections are mine); everything else
    follows the person filter.
    """

    today: dt.date
    streak: Streak
    confidence_last_30: float | None
    confidence_previous_30: float | None
    confidence_change: float | None  # last 30 minus previous 30
    wins_this_quarter: int
    open_actions: int
    overdue_actions: int
    role: str | None = None  # the confidence figures: ratings given as this role (None: both)


# -- confidence and motivation ------------------------------------------------


def rolling_average(
    points: Iterable[MoodPoint], days: int, field: str = "confidence"
) -> list[RollingPoint]:
    """Calendar-window rolling mean of ``field`` ("confidence" or "motivation").

    For every day D on which at least one point has a value for ``field``, the
    result holds the plain mean of *all* values whose day lies in the ``days``
    calendar days ending on D, D included: ``[D - (days - 1), D]``. Days
    without readings do not dilute the mean and get no point of their own;
    there is no smoothing or interpolation. ``days=1`` is the mean of each day.
    Sums are of integers, so the only rounding is the final division.
    """
    if days < 1:
        raise ValueError("days must be at least 1")
    if field not in ("confidence", "motivation"):
        raise ValueError("field must be 'confidence' or 'motivation'")
    per_day: dict[dt.date, list[int]] = {}
    for point in points:
        value = getattr(point, field)
        if value is not None:
            per_day.setdefault(point.day, []).append(value)
    ordered = sorted(per_day.items())
    out: list[RollingPoint] = []
    window_sum = window_count = 0
    lo = 0
    for day, values in ordered:
        window_sum += sum(values)
        window_count += len(values)
        first_day = day - dt.timedelta(days=days - 1)
        while ordered[lo][0] < first_day:
            window_sum -= sum(ordered[lo][1])
            window_count -= len(ordered[lo][1])
            lo += 1
        out.append(RollingPoint(day, window_sum / window_count, window_count))
    return out


def session_uplift(
    person: int | Any | None = None,
    start: dt.date | None = None,
    end: dt.date | None = None,
) -> list[Uplift]:
    """Held sessions with confidence rated both before and after, oldest first."""
    where, args = _person_filter("session", "s", person)
    more, more_args = day_range("s.held_at", start, end)
    sql = (
        "SELECT s.id, s.held_at, s.person_id, s.role, s.confidence_before, s.confidence_after"
        f" FROM session s WHERE s.{_HELD} AND s.confidence_before IS NOT NULL"
        " AND s.confidence_after IS NOT NULL" + where + more + " ORDER BY s.held_at, s.id"
    )
    return [
        Uplift(sid, as_datetime(when), pid, role, before, after, after - before)
        for sid, when, pid, role, before, after in DB.execute_sql(sql, args + more_args)
    ]


# -- skills -------------------------------------------------------------------


def skill_growth(skill: int | str | Any | None = None, person: Any = None) -> list[SkillGrowth]:
    """Per skill (by name), its ratings oldest first; ``skill`` is an id, name or Skill.

    Ratings on the same day keep the order they were entered in. Skills
    without ratings are included with an empty series. With ``person``, only
    the ratings that belong to them count (given in sessions with them);
    every skill keeps its place, with an empty series when none is left.
    """
    where, args = "", list[Any]()
    if isinstance(skill, str):
        where, args = " WHERE k.name = ? COLLATE NOCASE", [skill]
    elif skill is not None:
        where, args = " WHERE k.id = ?", [person_id(skill)]
    skills = DB.execute_sql(
        "SELECT k.id, k.name, k.category, k.target_level FROM skill k"
        + (where or " WHERE 1")
        + " AND "
        + rules.live_sql("k")
        + " ORDER BY k.name COLLATE NOCASE, k.id",
        args,
    ).fetchall()
    ratings: dict[int, list[RatingPoint]] = {row[0]: [] for row in skills}
    rsql = "SELECT r.skill_id, r.id, r.rated_on, r.value, r.source FROM skill_rating r WHERE 1"
    rargs = list(args)
    if where:
        rsql += " AND r.skill_id IN (SELECT k.id FROM skill k" + where + ")"
    owner, owner_args = _person_filter("rating", "r", person)
    for skill_id, rid, day, value, source in DB.execute_sql(
        rsql + owner + " ORDER BY r.rated_on, r.id", rargs + owner_args
    ):
        if skill_id in ratings:  # not of a skill in the trash
            ratings[skill_id].append(RatingPoint(rid, as_date(day), value, source))
    out = []
    for sid, name, category, target in skills:
        series = tuple(ratings[sid])
        first = series[0].value if series else None
        latest = series[-1].value if series else None
        growth = latest - first if first is not None and latest is not None else None
        to_target = target - latest if latest is not None and target is not None else None
        out.append(
            SkillGrowth(sid, name, category or "", target, series, first, latest, growth, to_target)
        )
    return out


# -- sessions -----------------------------------------------------------------


def sessions_per_month(
    person: int | Any | None = None,
    start: dt.date | None = None,
    end: dt.date | None = None,
    today: dt.date | None = None,
) -> list[MonthCount]:
    """Held sessions per month, split by my role, with empty months as zeros.

    Months run from ``start`` (or the first session) to ``end`` (or the
    later of the last session and ``today``). No sessions and no ``start``:
    an empty list.
    """
    where, args = _person_filter("session", "s", person)
    more, more_args = day_range("s.held_at", start, end)
    sql = (
        "SELECT substr(s.held_at, 1, 7) AS month, s.role, count(*) FROM session s"
        f" WHERE s.{_HELD}" + where + more + " GROUP BY month, s.role"
    )
    counts: dict[dt.date, list[int]] = {}
    for month, role, n in DB.execute_sql(sql, args + more_args):
        slot = counts.setdefault(month_from_text(month), [0, 0])
        slot[0 if role == "mentee" else 1] += n
    if not counts and start is None:
        return []
    first = month_of(start) if start else min(counts)
    if end is not None:
        last = month_of(end)
    else:
        last = max([month_of(today or dt.date.today()), *counts])
    return [MonthCount(m, *counts.get(m, (0, 0))) for m in months(first, last)]


def long_gaps(
    min_days: int = 60,
    person: int | Any | None = None,
    today: dt.date | None = None,
) -> list[Gap]:
    """Stretches of at least ``min_days`` days between held sessions, oldest first.

    A gap runs from one session's day to the next session's day. If the last
    session is at least ``min_days`` before ``today``, an ``ongoing`` gap up
    to ``today`` ends the list.
    """
    today = today or dt.date.today()
    where, args = _person_filter("session", "s", person)
    days = [
        as_date(row[0])
        for row in DB.execute_sql(
            "SELECT DISTINCT substr(s.held_at, 1, 10) AS day FROM session s"
            f" WHERE s.{_HELD}" + where + " ORDER BY day",
            args,
        )
    ]
    gaps = [
        Gap(a, b, (b - a).days)
        for a, b in zip(days, days[1:], strict=False)
        if (b - a).days >= min_days
    ]
    if days and days[-1] <= today and (today - days[-1]).days >= min_days:
        gaps.append(Gap(days[-1], today, (today - days[-1]).days, ongoing=True))
    return gaps


def held_sessions(person: Any = None) -> list[HeldSession]:
    """Every held session (of ``person``), oldest first."""
    where, args = _person_filter("session", "s", person)
    sql = (
        f"SELECT s.id, s.held_at, s.role, s.person_id FROM session s WHERE s.{_HELD}"
        + where
        + " ORDER BY s.held_at, s.id"
    )
    return [
        HeldSession(sid, as_datetime(when), role, pid)
        for sid, when, role, pid in DB.execute_sql(sql, args)
    ]


# -- goals and action items ---------------------------------------------------


def wins(person: Any = None) -> list[Event]:
    """Every win (of ``person``), oldest first."""
    where, args = _person_filter("win", "w", person)
    sql = "SELECT w.id, w.won_on, w.title FROM win w WHERE 1" + where + " ORDER BY w.won_on, w.id"
    return [Event("win", wid, as_date(day), title) for wid, day, title in DB.execute_sql(sql, args)]


def achieved_goals(person: Any = None) -> list[Event]:
    """Achieved goals (of ``person``), by the day they last changed, oldest first."""
    where, args = _person_filter("goal", "g", person)
    sql = (
        "SELECT g.id, g.updated_at, g.title FROM goal g WHERE g.status = 'achieved'"
        + where
        + " ORDER BY g.updated_at, g.id"
    )
    return [
        Event("goal", gid, as_date(day), title) for gid, day, title in DB.execute_sql(sql, args)
    ]


def action_completion_per_month(
    start: dt.date | None = None,
    end: dt.date | None = None,
    person: int | Any | None = None,
    owner: str | None = None,
) -> list[ActionMonth]:
    """Action items by the month they are (were) due, with empty months as zeros.

    ``due``: items whose due date is in the month. ``completed``: those of
    them that are done (whenever). ``completed_on_time``: those done on or
    before their due date. Items without a due date are not counted.
    """
    where, args = day_range("a.due_on", start, end)
    more, more_args = _person_filter("action", "a", person)
    where += more
    args += more_args
    if owner is not None:
        where += " AND a.owner = ?"
        args.append(owner)
    sql = (
        "SELECT substr(a.due_on, 1, 7) AS month, count(*), count(a.done_on),"
        " sum(a.done_on IS NOT NULL AND substr(a.done_on, 1, 10) <= substr(a.due_on, 1, 10))"
        " FROM action_item a WHERE a.due_on IS NOT NULL" + where + " GROUP BY month"
    )
    counts = {
        month_from_text(month): (due, done, on_time or 0)
        for month, due, done, on_time in DB.execute_sql(sql, args)
    }
    if not counts and (start is None or end is None):
        return []
    first = month_of(start) if start else min(counts)
    last = month_of(end) if end else max(counts)
    return [ActionMonth(m, *counts.get(m, (0, 0, 0))) for m in months(first, last)]


def goal_progress(today: dt.date | None = None, person: Any = None) -> list[GoalProgress]:
    """Active goals (of ``person``), soonest target first (undated last)."""
    today = today or dt.date.today()
    where, args = _person_filter("goal", "g", person)
    sql = (
        "SELECT g.id, g.title, g.progress, g.target_date, g.person_id,"
        " (SELECT count(*) FROM action_item a WHERE a.goal_id = g.id AND a.deleted_at IS NULL),"
        " (SELECT count(*) FROM action_item a WHERE a.goal_id = g.id AND a.deleted_at IS NULL"
        " AND a.done_on IS NOT NULL)"
        " FROM goal g WHERE g.status = 'active'"
        + where
        + " ORDER BY g.target_date IS NULL, g.target_date, g.title COLLATE NOCASE, g.id"
    )
    out = []
    for gid, title, progress, target, pid, total, done in DB.execute_sql(sql, args):
        target_date = as_date(target) if target else None
        days_left = (target_date - today).days if target_date else None
        out.append(GoalProgress(gid, title, progress, target_date, days_left, pid, total, done))
    return out


def open_count(person: Any = None) -> int:
    """Action items not done (of ``person``)."""
    where, args = _person_filter("action", "a", person)
    sql = f"SELECT count(*) FROM action_item a WHERE {rules.open_sql('a')}" + where
    return int(DB.execute_sql(sql, args).fetchone()[0])


def overdue_count(
    today: dt.date | None = None, owner: str | None = None, person: Any = None
) -> int:
    """Overdue action items (``domain.rules``), of ``owner`` and ``person`` when given."""
    today = today or dt.date.today()
    sql = f"SELECT count(*) FROM action_item a WHERE {rules.overdue_sql('a')}"
    args: list[Any] = [rules.today_param(today)]
    if owner is not None:
        sql += " AND a.owner = ?"
        args.append(owner)
    where, more = _person_filter("action", "a", person)
    return int(DB.execute_sql(sql + where, args + more).fetchone()[0])


def wins_count(start: dt.date, end: dt.date, person: Any = None) -> int:
    """Wins from ``start`` to ``end`` (inclusive), of ``person`` when given."""
    where, args = day_range("w.won_on", start, end)
    more, more_args = _person_filter("win", "w", person)
    sql = "SELECT count(*) FROM win w WHERE 1" + where + more
    return int(DB.execute_sql(sql, args + more_args).fetchone()[0])


# -- summary -------------------------------------------------------


def summary(
    today: dt.date | None = None,
    person: Any = None,
    mood: Sequence[MoodPoint] | None = None,
    role: str | None = None,
    streak: Streak | None = None,
) -> Summary:
    """The headline numbers, for everyone or for ``person``.

    Average confidence over the 30 days ending ``today`` (``today - 29`` …
    ``today``) and over the 30 days before (``today - 59`` … ``today - 30``),
    from the readings (``mood``: the person's readings when already loaded,
    else they are read); None where there is no rating. Wins this quarter:
    from the first day of ``today``'s calendar quarter up to ``today``. Open
    action items: not done (any owner, any due date); overdue: ``domain.rules``.
    The streak is the whole journal's (``streak``: already computed for ``today``, e.g.
    for another person). With ``role``, the confidence figures count only the ratings
    given as that role (``readings``' rule).
    """
    today = today or dt.date.today()
    day = dt.timedelta(days=1)
    if mood is None:
        mood = mood_series(today - 59 * day, today, person)
    if role is not None:
        mood = [p for p in mood if p.role == role]
    last = _mean_confidence(mood, today - 29 * day, today)
    previous = _mean_confidence(mood, today - 59 * day, today - 30 * day)
    return Summary(
        today=today,
        streak=reflection_streak(today) if streak is None else streak,
        confidence_last_30=last,
        confidence_previous_30=previous,
        confidence_change=None if last is None or previous is None else last - previous,
        wins_this_quarter=wins_count(quarter_start(today), today, person),
        open_actions=open_count(person),
        overdue_actions=overdue_count(today, person=person),
        role=role,
    )


# -- helpers ------------------------------------------------------------------


def _mean_confidence(mood: Sequence[MoodPoint], start: dt.date, end: dt.date) -> float | None:
    values = [
        p.confidence for p in between(mood, start, end, lambda p: p.day) if p.confidence is not None
    ]
    return sum(values) / len(values) if values else None


def _person_filter(kind: str, alias: str, person: Any) -> tuple[str, list[Any]]:
    """``AND …`` SQL keeping the rows not in the trash that belong to ``person`` (everyone's
    when None)."""
    live = " AND " + rules.live_sql(alias)
    pid = person_id(person)
    if pid is None:
        return live, []
    return live + " AND " + ownership.belongs_to(kind, alias), [pid]
