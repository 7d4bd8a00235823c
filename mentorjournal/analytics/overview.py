"""The overview: "then → now" for one person and range, in numbers the cards and report show.

The rules, stated once:

- **Then and now of a rating** (confidence, motivation). Within the range,
  take the readings' span, from the first reading's day to the last one's.
  *Then* is the mean of the readings in the first ``window`` days of it, *now*
  the mean of those in the last ``window`` days, where ``window`` is 90 days,
  or a third of the span when the span is shorter than 270 days (at least one
  day). Fewer than two readings, or a span of a single day: no change.
- **Grew, fell or held.** A change counts as growth (▲) or decline (▼) only
  when it is at least ``FLAT`` (0.5 on the 1–10 scale); smaller moves are
  "about the same" (■), so a flat journal never shows a ▲.
- **Roles.** The rating series are split by role (``readings``' rule): my
  confidence as mentee, and, when there are any, as mentor — two series,
  never mixed.
- **Skills.** *Then* is the last rating on or before the range's first day
  if there is one (where I stood when the range began), else the first
  rating in the range; *now* is the last rating in the range. A skill shows
  when it has a rating in the range. Target reached: now ≥ target.
- **Counts.** Sessions held, wins and goals achieved whose day lies in the
  range (inclusive dates, ``series``' rule).

Everything works on lists already in memory (the Insights snapshot), so a
range switch asks nothing of the database.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import itertools
import operator
from collections.abc import Sequence

from mentorjournal.analytics.readings import MoodPoint
from mentorjournal.analytics.series import between
from mentorjournal.analytics.stats import Event, HeldSession, RatingPoint, SkillGrowth

#: Smallest change of a mean (1–10 scale) that counts as growth or decline.
FLAT = 0.5
#: Length of the "then" and "now" windows, in days (shorter for short spans).
WINDOW_DAYS = 90
#: Skill levels: the smallest change that counts (ratings are whole numbers).
SKILL_FLAT = 1


@dataclasses.dataclass(frozen=True, slots=True)
class ThenNow:
    """A rating's mean then and now, and the monthly means between (for a sparkline)."""

    field: str  # "confidence" or "motivation"
    role: str  # "mentee" or "mentor"
    then: float | None
    now: float | None
    then_count: int
    now_count: int
    then_span: tuple[dt.date, dt.date] | None
    now_span: tuple[dt.date, dt.date] | None
    monthly: tuple[tuple[dt.date, float], ...]  # (first of month, mean), oldest first

    @property
    def change(self) -> float | None:
        if self.then is None or self.now is None or self.then_span == self.now_span:
            return None
        return self.now - self.then

    @property
    def direction(self) -> str | None:
        """ "up", "down" or "flat" (within ``FLAT``); None without a change."""
        return direction(self.change, FLAT)


@dataclasses.dataclass(frozen=True, slots=True)
class SkillThenNow:
    skill_id: int
    name: str
    then: int
    now: int
    then_day: dt.date
    now_day: dt.date
    target: int | None
    points: tuple[RatingPoint, ...]  # the ratings in the range, oldest first

    @property
    def ratings(self) -> tuple[tuple[dt.date, int], ...]:
        """(day, value) of the ratings in the range, oldest first."""
        return tuple((r.day, r.value) for r in self.points)

    @property
    def change(self) -> int:
        return self.now - self.then

    @property
    def direction(self) -> str:
        return direction(self.change, SKILL_FLAT) or "flat"

    @property
    def reached(self) -> bool | None:
        """Target reached (None: no target)."""
        return None if self.target is None else self.now >= self.target


@dataclasses.dataclass(frozen=True, slots=True)
class Overview:
    start: dt.date
    end: dt.date
    ratings: tuple[ThenNow, ...]  # confidence and motivation as mentee, then as mentor
    skills: tuple[SkillThenNow, ...]  # most grown first
    sessions_as_mentee: int
    sessions_as_mentor: int
    wins: tuple[Event, ...]
    goals_achieved: tuple[Event, ...]

    def rating(self, field: str, role: str = "mentee") -> ThenNow | None:
        return next((r for r in self.ratings if r.field == field and r.role == role), None)

    @property
    def targets_reached(self) -> int:
        return sum(1 for s in self.skills if s.reached)

    @property
    def has_growth(self) -> bool:
        return any(r.direction == "up" for r in self.ratings) or any(
            s.direction == "up" for s in self.skills
        )


def direction(change: float | None, flat: float) -> str | None:
    if change is None:
        return None
    if change >= flat:
        return "up"
    if change <= -flat:
        return "down"
    return "flat"


def window_days(first: dt.date, last: dt.date) -> int:
    """The then/now window for readings from ``first`` to ``last`` (see the module's rule)."""
    span = (last - first).days + 1
    return WINDOW_DAYS if span >= 3 * WINDOW_DAYS else max(1, span // 3)


class Column:
    """One role's ratings of one field, oldest first, with running sums: then → now of any
    range is two binary searches and a few subtractions (a range switch on a 30-year
    journal does not go through every reading again)."""

    def __init__(self, points: Sequence[MoodPoint], field: str, role: str) -> None:
        self.field, self.role = field, role
        getter = operator.attrgetter(field)
        self.days: list[dt.date] = []
        values: list[int] = []
        for p in points:
            if p.role == role:
                value = getter(p)
                if value is not None:
                    self.days.append(p.day)
                    values.append(value)
        self.sums = [0, *itertools.accumulate(values)]
        # where each month starts in the list: (month number, first index)
        self.months: list[tuple[int, int]] = []
        for i, day in enumerate(self.days):
            key = day.year * 12 + day.month - 1
            if not self.months or self.months[-1][0] != key:
                self.months.append((key, i))

    def _mean(self, lo: int, hi: int) -> float:
        return (self.sums[hi] - self.sums[lo]) / (hi - lo)

    def then_now(self, start: dt.date | None = None, end: dt.date | None = None) -> ThenNow:
        """Then and now within [start, end] (the module's rule)."""
        days = self.days
        lo = 0 if start is None else bisect.bisect_left(days, start)
        hi = len(days) if end is None else bisect.bisect_right(days, end)
        monthly = []
        if lo < hi:
            a = bisect.bisect_right(self.months, lo, key=lambda m: m[1]) - 1
            for k in range(max(0, a), len(self.months)):
                key, begin = self.months[k]
                if begin >= hi:
                    break
                stop = self.months[k + 1][1] if k + 1 < len(self.months) else len(days)
                seg_lo, seg_hi = max(lo, begin), min(hi, stop)
                if seg_hi > seg_lo:
                    monthly.append(
                        (dt.date(key // 12, key % 12 + 1, 1), self._mean(seg_lo, seg_hi))
                    )
        if lo >= hi:
            return ThenNow(self.field, self.role, None, None, 0, 0, None, None, tuple(monthly))
        first, last = days[lo], days[hi - 1]
        window = dt.timedelta(days=window_days(first, last) - 1)
        then_span, now_span = (first, first + window), (last - window, last)
        then_hi = bisect.bisect_right(days, then_span[1], lo, hi)
        now_lo = bisect.bisect_left(days, now_span[0], lo, hi)
        return ThenNow(
            self.field,
            self.role,
            self._mean(lo, then_hi),
            self._mean(now_lo, hi),
            then_hi - lo,
            hi - now_lo,
            then_span,
            now_span,
            tuple(monthly),
        )


def then_now(points: Sequence[MoodPoint], field: str, role: str) -> ThenNow:
    """Then and now of ``field`` over ``points`` (already cut to the range), for ``role``."""
    return Column(points, field, role).then_now()


def _rating_day(rating: RatingPoint) -> dt.date:
    return rating.day


def skills_then_now(
    skills: Sequence[SkillGrowth], start: dt.date, end: dt.date
) -> list[SkillThenNow]:
    """Each skill rated in [start, end]: then, now and target; most grown first."""
    out = []
    for skill in skills:
        ratings = skill.ratings
        lo = bisect.bisect_left(ratings, start, key=_rating_day)
        hi = bisect.bisect_right(ratings, end, key=_rating_day)
        inside = skill.ratings[lo:hi]
        if not inside:
            continue
        base = skill.ratings[lo - 1] if lo > 0 else inside[0]
        latest = inside[-1]
        out.append(
            SkillThenNow(
                skill.skill_id,
                skill.name,
                base.value,
                latest.value,
                base.day,
                latest.day,
                skill.target,
                tuple(inside),
            )
        )
    out.sort(key=lambda s: (-s.change, s.name.lower()))
    return out


def columns(points: Sequence[MoodPoint]) -> dict[tuple[str, str], Column]:
    """The four columns (confidence, motivation) x (mentee, mentor) of one person's readings."""
    return {
        (field, role): Column(points, field, role)
        for role in ("mentee", "mentor")
        for field in ("confidence", "motivation")
    }


def overview(
    points: Sequence[MoodPoint],
    skills: Sequence[SkillGrowth],
    held: Sequence[HeldSession],
    wins: Sequence[Event],
    achieved: Sequence[Event],
    start: dt.date,
    end: dt.date,
    kept: dict[tuple[str, str], Column] | None = None,
) -> Overview:
    """The overview of [start, end] from one person's lists (all sorted by day).

    ``kept``: ``columns(points)`` when the caller keeps them between ranges."""
    cols = columns(points) if kept is None else kept
    ratings = [cols[(f, "mentee")].then_now(start, end) for f in ("confidence", "motivation")]
    mentor = [cols[(f, "mentor")].then_now(start, end) for f in ("confidence", "motivation")]
    ratings += [r for r in mentor if r.then is not None]
    sessions = between(held, start, end, lambda s: s.day)
    return Overview(
        start,
        end,
        tuple(ratings),
        tuple(skills_then_now(skills, start, end)),
        sum(1 for s in sessions if s.role == "mentee"),
        sum(1 for s in sessions if s.role == "mentor"),
        tuple(between(wins, start, end, lambda e: e.day)),
        tuple(between(achieved, start, end, lambda e: e.day)),
    )
