"""The numbers behind every chart and summary (Qt-free, plain dataclasses).

Conventions shared by every function here:

- Ratings are whole numbers 1–10; records without the rating in question are
  left out (never counted as zero).
- Only sessions with status ``done`` count: planned and cancelled sessions
  have no ratings worth plotting and did not happen.
- ``start``/``end`` are dates and inclusive: a record counts when its day is
  between them. Either may be None (open-ended).
- ``person`` is a person id (or a ``Person``). For reflections it means
  "linked to a session with that person"; for action items "whose person is
  them, or, with no person set, agreed in a session with them" (as in search).
- Functions that depend on the current date take ``today`` (default: the
  local date), so results are reproducible in tests and exports.
- Months are the first day of the month (``datetime.date``).

Stored times are local wall-clock times as the user entered them; days are
taken from them as they are.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
from collections.abc import Iterable, Sequence
from typing import Any

from mentorjournal.analytics.streak import STREAK_GRACE as STREAK_GRACE
from mentorjournal.analytics.streak import Streak, reflection_streak
from mentorjournal.storage.db import DB

log = logging.getLogger(__name__)


_SESSION_PERSON = "(SELECT s.person_id FROM session s WHERE s.id = {t}.session_id)"


@dataclasses.dataclass(frozen=True, slots=True)
class MoodPoint:
    """One confidence/motivation reading: a reflection or a done session."""

    when: dt.datetime
    confidence: int | None
    motivation: int | None
    kind: str  # "reflection" or "session"
    id: int

    @property
    def day(self) -> dt.date:
        return self.when.date()


@dataclasses.dataclass(frozen=True, slots=True)
class RollingPoint:
    """The mean of ``count`` ratings in the window ending on ``day``."""

    day: dt.date
    value: float
    count: int


@dataclasses.dataclass(frozen=True, slots=True)
class Uplift:
    """Confidence before and after one done session; ``uplift`` is after - before."""

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
    """``days`` without a done session from ``start`` to ``end``; ``ongoing``
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
class Summary:
    today: dt.date
    streak: Streak
    confidence_last_30: float | None
    confidence_previous_30: float | None
    confidence_change: float | None  # last 30 minus previous 30
    wins_this_quarter: int
    open_actions: int
    overdue_actions: int


# -- confidence and motivation ------------------------------------------------


def mood_series(
    start: dt.date | None = None,
    end: dt.date | None = None,
    person: int | Any | None = None,
) -> list[MoodPoint]:
    """Confidence and motivation readings, oldest first.

    From reflections (``confidence``, ``motivation``) and done sessions
    (``confidence_after``, ``motivation``); records with neither rating are
    left out.
    """
    pid = _pid(person)
    r_where, r_args = _day_range("r.written_at", start, end)
    s_where, s_args = _day_range("s.held_at", start, end)
    if pid is not None:
        r_where += " AND " + _SESSION_PERSON.format(t="r") + " = ?"
        r_args.append(pid)
        s_where += " AND s.person_id = ?"
        s_args.append(pid)
    sql = (
        "SELECT r.written_at, r.confidence, r.motivation, 'reflection', r.id FROM reflection r"
        " WHERE (r.confidence IS NOT NULL OR r.motivation IS NOT NULL)" + r_where + " UNION ALL"
        " SELECT s.held_at, s.confidence_after, s.motivation, 'session', s.id FROM session s"
        " WHERE s.status = 'done' AND (s.confidence_after IS NOT NULL OR s.motivation IS NOT NULL)"
        + s_where
    )
    points = [
        MoodPoint(_datetime(when), conf, mot, kind, rid)
        for when, conf, mot, kind, rid in DB.execute_sql(sql, r_args + s_args)
    ]
    points.sort(key=lambda p: (p.when, p.kind, p.id))
    return points


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
    """Done sessions with confidence rated both before and after, oldest first."""
    where, args = _day_range("held_at", start, end)
    pid = _pid(person)
    if pid is not None:
        where += " AND person_id = ?"
        args.append(pid)
    sql = (
        "SELECT id, held_at, person_id, role, confidence_before, confidence_after FROM session"
        " WHERE status = 'done' AND confidence_before IS NOT NULL"
        " AND confidence_after IS NOT NULL" + where + " ORDER BY held_at, id"
    )
    return [
        Uplift(sid, _datetime(when), person_id, role, before, after, after - before)
        for sid, when, person_id, role, before, after in DB.execute_sql(sql, args)
    ]


# -- skills -------------------------------------------------------------------


def skill_growth(skill: int | str | Any | None = None) -> list[SkillGrowth]:
    """Per skill (by name), its ratings oldest first; ``skill`` is an id, name or Skill.

    Ratings on the same day keep the order they were entered in. Skills
    without ratings are included with an empty series.
    """
    where, args = "", []
    if isinstance(skill, str):
        where, args = " WHERE k.name = ? COLLATE NOCASE", [skill]
    elif skill is not None:
        where, args = " WHERE k.id = ?", [_pid(skill)]
    skills = DB.execute_sql(
        "SELECT k.id, k.name, k.category, k.target_level FROM skill k"
        + where
        + " ORDER BY k.name COLLATE NOCASE, k.id",
        args,
    ).fetchall()
    ratings: dict[int, list[RatingPoint]] = {row[0]: [] for row in skills}
    rsql = "SELECT r.skill_id, r.id, r.rated_on, r.value, r.source FROM skill_rating r"
    if where:
        rsql += " WHERE r.skill_id IN (SELECT k.id FROM skill k" + where + ")"
    for skill_id, rid, day, value, source in DB.execute_sql(
        rsql + " ORDER BY r.rated_on, r.id", args
    ):
        ratings[skill_id].append(RatingPoint(rid, _date(day), value, source))
    out = []
    for sid, name, category, target in skills:
        series = tuple(ratings[sid])
        first = series[0].value if series else None
        latest = series[-1].value if series else None
        growth = latest - first if series else None
        to_target = target - latest if series and target is not None else None
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
    """Done sessions per month, split by my role, with empty months as zeros.

    Months run from ``start`` (or the first session) to ``end`` (or the
    later of the last session and ``today``). No sessions and no ``start``:
    an empty list.
    """
    where, args = _day_range("held_at", start, end)
    pid = _pid(person)
    if pid is not None:
        where += " AND person_id = ?"
        args.append(pid)
    sql = (
        "SELECT substr(held_at, 1, 7) AS month, role, count(*) FROM session"
        " WHERE status = 'done'" + where + " GROUP BY month, role"
    )
    counts: dict[dt.date, list[int]] = {}
    for month, role, n in DB.execute_sql(sql, args):
        slot = counts.setdefault(_month(month), [0, 0])
        slot[0 if role == "mentee" else 1] += n
    if not counts and start is None:
        return []
    first = _month_of(start) if start else min(counts)
    if end is not None:
        last = _month_of(end)
    else:
        last = max([_month_of(today or dt.date.today()), *counts])
    return [MonthCount(m, *counts.get(m, (0, 0))) for m in _months(first, last)]


def long_gaps(
    min_days: int = 60,
    person: int | Any | None = None,
    today: dt.date | None = None,
) -> list[Gap]:
    """Stretches of at least ``min_days`` days between done sessions, oldest first.

    A gap runs from one session's day to the next session's day. If the last
    session is at least ``min_days`` before ``today``, an ``ongoing`` gap up
    to ``today`` ends the list.
    """
    today = today or dt.date.today()
    where, args = "", []
    pid = _pid(person)
    if pid is not None:
        where, args = " AND person_id = ?", [pid]
    days = [
        _date(row[0])
        for row in DB.execute_sql(
            "SELECT DISTINCT substr(held_at, 1, 10) AS day FROM session"
            " WHERE status = 'done'" + where + " ORDER BY day",
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


# -- goals and action items ---------------------------------------------------


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
    where, args = _day_range("a.due_on", start, end)
    pid = _pid(person)
    if pid is not None:
        where += " AND COALESCE(a.person_id, " + _SESSION_PERSON.format(t="a") + ") = ?"
        args.append(pid)
    if owner is not None:
        where += " AND a.owner = ?"
        args.append(owner)
    sql = (
        "SELECT substr(a.due_on, 1, 7) AS month, count(*),"
        " count(a.done_on), sum(a.done_on IS NOT NULL AND substr(a.done_on, 1, 10) <= substr(a.due_on, 1, 10))"
        " FROM action_item a WHERE a.due_on IS NOT NULL" + where + " GROUP BY month"
    )
    counts = {
        _month(month): (due, done, on_time or 0)
        for month, due, done, on_time in DB.execute_sql(sql, args)
    }
    if not counts and (start is None or end is None):
        return []
    first = _month_of(start) if start else min(counts)
    last = _month_of(end) if end else max(counts)
    return [ActionMonth(m, *counts.get(m, (0, 0, 0))) for m in _months(first, last)]


def goal_progress(today: dt.date | None = None) -> list[GoalProgress]:
    """Active goals, soonest target first (goals without a target date last)."""
    today = today or dt.date.today()
    sql = (
        "SELECT g.id, g.title, g.progress, g.target_date, g.person_id,"
        " (SELECT count(*) FROM action_item a WHERE a.goal_id = g.id),"
        " (SELECT count(*) FROM action_item a WHERE a.goal_id = g.id AND a.done_on IS NOT NULL)"
        " FROM goal g WHERE g.status = 'active'"
        " ORDER BY g.target_date IS NULL, g.target_date, g.title COLLATE NOCASE, g.id"
    )
    out = []
    for gid, title, progress, target, person_id, total, done in DB.execute_sql(sql):
        target_date = _date(target) if target else None
        days_left = (target_date - today).days if target_date else None
        out.append(
            GoalProgress(gid, title, progress, target_date, days_left, person_id, total, done)
        )
    return out


def overdue_count(today: dt.date | None = None, owner: str | None = None) -> int:
    """Open action items whose due date is before ``today``."""
    today = today or dt.date.today()
    sql = "SELECT count(*) FROM action_item WHERE done_on IS NULL AND due_on < ?"
    args: list = [today.isoformat()]
    if owner is not None:
        sql += " AND owner = ?"
        args.append(owner)
    return DB.execute_sql(sql, args).fetchone()[0]


# -- summary -------------------------------------------------------


def summary(today: dt.date | None = None) -> Summary:
    """The headline numbers for the Insights page and ``stats`` on the command line.

    Average confidence over the 30 days ending ``today`` (``today - 29`` …
    ``today``) and over the 30 days before (``today - 59`` … ``today - 30``),
    from reflections and done sessions alike (see ``mood_series``); None where
    there is no rating. Wins this quarter: from the first day of ``today``'s
    calendar quarter up to ``today``. Open action items: not done (any owner,
    any due date); overdue: open and due before ``today``.
    """
    today = today or dt.date.today()
    day = dt.timedelta(days=1)
    last = _mean_confidence(today - 29 * day, today)
    previous = _mean_confidence(today - 59 * day, today - 30 * day)
    quarter_start = dt.date(today.year, 3 * ((today.month - 1) // 3) + 1, 1)
    wins = DB.execute_sql(
        "SELECT count(*) FROM win WHERE won_on >= ? AND won_on < ?",
        [quarter_start.isoformat(), (today + day).isoformat()],
    ).fetchone()[0]
    open_actions = DB.execute_sql(
        "SELECT count(*) FROM action_item WHERE done_on IS NULL"
    ).fetchone()[0]
    return Summary(
        today=today,
        streak=reflection_streak(today),
        confidence_last_30=last,
        confidence_previous_30=previous,
        confidence_change=None if last is None or previous is None else last - previous,
        wins_this_quarter=wins,
        open_actions=open_actions,
        overdue_actions=overdue_count(today),
    )


# -- helpers ------------------------------------------------------------------


def _mean_confidence(start: dt.date, end: dt.date) -> float | None:
    values = [p.confidence for p in mood_series(start, end) if p.confidence is not None]
    return sum(values) / len(values) if values else None


def _pid(value: Any) -> int | None:
    if value is None:
        return None
    return int(getattr(value, "id", value))


def _day_range(column: str, start: dt.date | None, end: dt.date | None) -> tuple[str, list]:
    """``AND …`` SQL keeping rows whose day is within [start, end] (index-friendly)."""
    sql, args = "", []
    if start is not None:
        sql += f" AND {column} >= ?"
        args.append(_day(start).isoformat())
    if end is not None:
        sql += f" AND {column} < ?"
        args.append((_day(end) + dt.timedelta(days=1)).isoformat())
    return sql, args


def _day(value: dt.date) -> dt.date:
    return value.date() if isinstance(value, dt.datetime) else value


def _datetime(value: Any) -> dt.datetime:
    if isinstance(value, dt.datetime):
        return value.replace(tzinfo=None)
    if isinstance(value, dt.date):
        return dt.datetime.combine(value, dt.time())
    return dt.datetime.fromisoformat(str(value)).replace(tzinfo=None)


def _date(value: Any) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def _month(text: str) -> dt.date:
    return dt.date.fromisoformat(text + "-01")


def _month_of(value: dt.date) -> dt.date:
    return _day(value).replace(day=1)


def _months(first: dt.date, last: dt.date) -> Sequence[dt.date]:
    out = []
    year, month = first.year, first.month
    while (year, month) <= (last.year, last.month):
        out.append(dt.date(year, month, 1))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out
