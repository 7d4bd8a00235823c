"""A day a cell: each day's mean rating and the session days (the calendar heatmap).

A day's value is the mean of that day's ratings of the field (all kinds of
reading, of the chosen person and role); session days are the days of held
sessions. Days without a rating have no value (not zero).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence

from mentorjournal.analytics.readings import MoodPoint
from mentorjournal.analytics.series import between
from mentorjournal.analytics.stats import HeldSession


@dataclasses.dataclass(frozen=True, slots=True)
class DayCell:
    day: dt.date
    mean: float
    count: int


def day_cells(
    points: Sequence[MoodPoint], field: str, start: dt.date, end: dt.date
) -> dict[dt.date, DayCell]:
    """Each day in [start, end] with a rating of ``field``: its mean and how many."""
    per_day: dict[dt.date, list[int]] = {}
    for p in between(points, start, end, lambda p: p.day):
        value = getattr(p, field)
        if value is not None:
            per_day.setdefault(p.day, []).append(value)
    return {day: DayCell(day, sum(v) / len(v), len(v)) for day, v in per_day.items()}


def session_days(held: Sequence[HeldSession], start: dt.date, end: dt.date) -> set[dt.date]:
    return {s.day for s in between(held, start, end, lambda s: s.day)}
