"""The reflection streak: how many days in a row the journal was kept.

Part of ``stats`` (which re-exports everything here); kept apart because its
forgiving rule deserves a module of its own. See ``reflection_streak``.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import logging
from typing import Any

from mentorjournal.storage.db import DB

log = logging.getLogger(__name__)

#: A session day counts towards a streak when a reflection follows within this.
STREAK_GRACE = dt.timedelta(hours=48)


@dataclasses.dataclass(frozen=True, slots=True)
class Streak:
    current: int
    longest: int
    counted_today: bool


def reflection_streak(today: dt.date | None = None) -> Streak:
    """Current and longest run of consecutive *counted* days. The exact rule:

    1. A day counts if a reflection was written on it.
    2. The day of a done session also counts if a reflection was written
       within 48 hours after the session started (``held_at`` ≤ written_at ≤
       ``held_at`` + 48 h), so writing up a session the next day or the day
       after does not break the streak. Only the session's day is covered,
       not the days between it and the reflection.
    3. A session day whose 48 hours are not over yet (they end on ``today`` or
       later) counts as well: the chance to write it up is still open.
    4. Days after ``today`` are ignored.

    ``current`` is the run ending on ``today``; if ``today`` does not count
    (yet), the run ending yesterday, so the streak lasts until a whole day is
    missed. ``longest`` is the longest run ever, ``current`` included.
    """
    today = today or dt.date.today()
    horizon = dt.datetime.combine(today + dt.timedelta(days=1), dt.time())
    written = sorted(
        _parse(row[0])
        for row in DB.execute_sql(
            "SELECT written_at FROM reflection WHERE written_at < ? AND deleted_at IS NULL",
            [_sql(horizon)],
        )
    )
    counted = {when.date() for when in written}
    for (held,) in DB.execute_sql(
        "SELECT held_at FROM session WHERE status = 'done' AND held_at < ? AND deleted_at IS NULL",
        [_sql(horizon)],
    ):
        held_at = _parse(held)
        day = held_at.date()
        if day in counted:
            continue
        deadline = held_at + STREAK_GRACE
        i = bisect.bisect_left(written, held_at)
        if (i < len(written) and written[i] <= deadline) or deadline.date() >= today:
            counted.add(day)
    longest = run = 0
    previous: dt.date | None = None
    for day in sorted(counted):
        run = run + 1 if previous is not None and (day - previous).days == 1 else 1
        longest = max(longest, run)
        previous = day
    counted_today = today in counted
    current = 0
    day = today if counted_today else today - dt.timedelta(days=1)
    while day in counted:
        current += 1
        day -= dt.timedelta(days=1)
    return Streak(current, longest, counted_today)


def _parse(value: Any) -> dt.datetime:
    parsed = value if isinstance(value, dt.datetime) else dt.datetime.fromisoformat(str(value))
    return parsed if parsed.tzinfo is None else parsed.replace(tzinfo=None)


def _sql(value: dt.datetime) -> str:
    return value.isoformat(" ")
