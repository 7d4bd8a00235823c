"""Patterns in the ratings, honestly computed: by weekday, after sessions, by tag.

Each pattern compares the mean rating of a group of days with the mean of the
other days, and carries both sample sizes. The rules:

- A *day's* value is the mean of that day's ratings; means of groups are
  means of day values, so a day with five entries does not outweigh five days
  with one. Sample sizes count days.
- **Enough data**: a comparison is shown only when both the group and the
  rest have at least ``MIN_DAYS`` (3) days. Below that it is left out, not
  shown as zero.
- **Weekday**: days falling on that weekday against all other days.
- **After a session**: a day is "after a session" when a held session took
  place on it or on one of the two days before (day 0–2). Only reflection
  readings count here: a session's own "after" rating would compare the
  session with itself.
- **Tag**: days with a reading from a reflection or session carrying the tag,
  against days without one.
- Wording is association, never cause ("on days with …, your confidence was
  … on average"); the window says so.

The readings given are already one person's and one role's; the rules do not
depend on either.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
from array import array
from collections.abc import Iterable, Sequence

from mentorjournal.analytics.readings import MoodPoint
from mentorjournal.analytics.stats import HeldSession
from mentorjournal.storage.db import DB

#: Fewest days on each side of a comparison for it to be shown.
MIN_DAYS = 3
#: A day counts as "after a session" up to this many days after the session's day.
AFTER_SESSION_DAYS = 2
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@dataclasses.dataclass(frozen=True, slots=True)
class Pattern:
    """The mean of a group of days against the mean of the other days."""

    kind: str  # "weekday", "after_session", "tag"
    label: str  # "Monday", "after a session", "public-speaking"
    field: str
    mean: float
    days: int
    rest_mean: float
    rest_days: int

    @property
    def difference(self) -> float:
        return self.mean - self.rest_mean


def day_values(points: Iterable[MoodPoint], field: str) -> dict[dt.date, float]:
    """Each day's mean of ``field`` (days without a value left out)."""
    per_day: dict[dt.date, list[int]] = {}
    for p in points:
        value = getattr(p, field)
        if value is not None:
            per_day.setdefault(p.day, []).append(value)
    return {day: sum(v) / len(v) for day, v in per_day.items()}


def compare(
    kind: str, label: str, field: str, values: dict[dt.date, float], group: set[dt.date]
) -> Pattern | None:
    """``group``'s days against the rest; None without ``MIN_DAYS`` on each side."""
    if len(group) <= len(values):
        inside = [values[d] for d in group if d in values]
    else:
        inside = [v for d, v in values.items() if d in group]
    return _pattern(kind, label, field, sum(inside), len(inside), _totals(values))


def _totals(values: dict[dt.date, float]) -> tuple[float, int]:
    return sum(values.values()), len(values)


def _pattern(
    kind: str, label: str, field: str, total: float, days: int, every: tuple[float, int]
) -> Pattern | None:
    rest_total, rest_days = every[0] - total, every[1] - days
    if days < MIN_DAYS or rest_days < MIN_DAYS:
        return None
    return Pattern(kind, label, field, total / days, days, rest_total / rest_days, rest_days)


def by_weekday(
    points: Sequence[MoodPoint], field: str, values: dict[dt.date, float] | None = None
) -> list[Pattern]:
    values = day_values(points, field) if values is None else values
    every = _totals(values)
    sums, counts = [0.0] * 7, [0] * 7
    for d, v in values.items():
        weekday = d.weekday()
        sums[weekday] += v
        counts[weekday] += 1
    out = []
    for weekday, name in enumerate(WEEKDAYS):
        found = _pattern("weekday", name, field, sums[weekday], counts[weekday], every)
        if found is not None:
            out.append(found)
    return out


def after_sessions(
    points: Sequence[MoodPoint],
    held: Sequence[HeldSession],
    field: str,
    values: dict[dt.date, float] | None = None,
) -> Pattern | None:
    """``values``: the day values of the reflection readings, when already known."""
    if values is None:
        values = day_values((p for p in points if p.kind == "reflection"), field)
    after = {s.day + dt.timedelta(days=n) for s in held for n in range(AFTER_SESSION_DAYS + 1)}
    return compare("after_session", "after a session", field, values, after)


def _day(session: HeldSession) -> dt.date:
    return session.day


#: Per tag name, the ids of the reflections and of the sessions carrying it.
TagLinks = dict[str, tuple[array[int], array[int]]]


def tag_links() -> TagLinks:
    """Every tagged reflection and session (every person's), by tag name: ids as arrays
    (8 bytes a link; a tuple per link took ~200 at 30 years' 20,000 links)."""
    out: TagLinks = {}
    for kind, rid, name in DB.execute_sql(
        "SELECT 0, rt.reflection_id, t.name FROM reflection_tag rt"
        " JOIN tag t ON t.id = rt.tag_id UNION ALL"
        " SELECT 1, st.session_id, t.name FROM session_tag st JOIN tag t ON t.id = st.tag_id"
    ):
        ids = out.get(name)
        if ids is None:
            ids = out[str(name)] = (array("q"), array("q"))
        ids[kind].append(rid)
    return out


def reading_tags(
    points: Sequence[MoodPoint], links: TagLinks | None = None
) -> dict[str, set[dt.date]]:
    """For each tag, the days of ``points`` whose record carries it (by tag name).

    ``links``: ``tag_links()`` when already read (another person's page read them)."""
    wanted: tuple[dict[int, dt.date], dict[int, dt.date]] = ({}, {})
    for p in points:
        wanted[p.kind == "session"][p.id] = p.day
    out: dict[str, set[dt.date]] = {}
    for name, ids in (tag_links() if links is None else links).items():
        days = {
            day
            for side in (0, 1)
            for rid in ids[side]
            if (day := wanted[side].get(rid)) is not None
        }
        if days:
            out[name] = days
    return out


def by_tag(
    points: Sequence[MoodPoint],
    field: str,
    tags: dict[str, set[dt.date]] | None = None,
    values: dict[dt.date, float] | None = None,
) -> list[Pattern]:
    """Every tag with enough days on both sides, largest difference first."""
    values = day_values(points, field) if values is None else values
    tags = reading_tags(points) if tags is None else tags
    out = [
        found
        for name, days in tags.items()
        if (found := compare("tag", name, field, values, days)) is not None
    ]
    out.sort(key=lambda p: (-abs(p.difference), p.label.lower()))
    return out


class DayValues:
    """Day values of all of one person's and role's readings, computed once and cut to any
    range (a range switch does not go through every reading again)."""

    def __init__(self, points: Sequence[MoodPoint], field: str) -> None:
        every = day_values(points, field)
        reflections = day_values((p for p in points if p.kind == "reflection"), field)
        self._every = sorted(every.items())
        self._reflections = sorted(reflections.items())

    @staticmethod
    def _cut(
        items: list[tuple[dt.date, float]], start: dt.date, end: dt.date
    ) -> dict[dt.date, float]:
        days = [d for d, _v in items]
        return dict(items[bisect.bisect_left(days, start) : bisect.bisect_right(days, end)])

    def between(
        self, start: dt.date, end: dt.date
    ) -> tuple[dict[dt.date, float], dict[dt.date, float]]:
        """(every reading's, the reflections') day values in [start, end]."""
        return self._cut(self._every, start, end), self._cut(self._reflections, start, end)


@dataclasses.dataclass(frozen=True, slots=True)
class Patterns:
    field: str
    weekdays: tuple[Pattern, ...]
    after_session: Pattern | None
    tags: tuple[Pattern, ...]
    days: int  # days with a value in all

    @property
    def any(self) -> bool:
        return bool(self.weekdays or self.after_session or self.tags)


def patterns(
    points: Sequence[MoodPoint],
    held: Sequence[HeldSession],
    field: str = "confidence",
    tags: dict[str, set[dt.date]] | None = None,
    values: dict[dt.date, float] | None = None,
    reflection_values: dict[dt.date, float] | None = None,
) -> Patterns:
    """All three kinds of pattern for ``points`` (one person's, one role's, one range).

    ``values`` and ``reflection_values``: ``day_values`` of the points and of their
    reflections, when the caller keeps them (``DayValues``)."""
    values = day_values(points, field) if values is None else values
    return Patterns(
        field,
        tuple(by_weekday(points, field, values)),
        after_sessions(points, held, field, reflection_values),
        tuple(by_tag(points, field, tags, values)),
        len(values),
    )
