"""Days, months and ranges: the calendar rules every number in ``analytics`` uses.

- Ranges are inclusive dates: ``start``/``end`` keep a record whose day lies
  between them; either may be None (open-ended). In SQL that is
  ``day_range`` (index-friendly: ``>= start`` and ``< end + 1 day``), in memory
  ``between`` (on a list sorted by day) — the same rule, tested to agree.
- Months are the first day of the month (``datetime.date``).
- Stored times are local wall-clock times as the user entered them; days are
  taken from them as they are.
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any


def person_id(value: Any) -> int | None:
    """A person id from an id or a record with ``.id`` (None stays None)."""
    if value is None:
        return None
    return int(getattr(value, "id", value))


def day_range(column: str, start: dt.date | None, end: dt.date | None) -> tuple[str, list[Any]]:
    """``AND …`` SQL keeping rows whose day of ``column`` is within [start, end]."""
    sql, args = "", []
    if start is not None:
        sql += f" AND {column} >= ?"
        args.append(as_date(start).isoformat())
    if end is not None:
        sql += f" AND {column} < ?"
        args.append((as_date(end) + dt.timedelta(days=1)).isoformat())
    return sql, args


def between[T](
    items: Sequence[T], start: dt.date | None, end: dt.date | None, day: Callable[[T], dt.date]
) -> list[T]:
    """The items whose ``day`` is in [start, end]; ``items`` sorted by ``day``.

    Binary search on the items themselves (no list of keys is built): a range
    of a long journal costs the slice, not a pass over every item.
    """
    lo = 0 if start is None else bisect.bisect_left(items, start, key=day)
    hi = len(items) if end is None else bisect.bisect_right(items, end, key=day)
    return list(items[lo:hi])


def as_date(value: Any) -> dt.date:
    """A date from a date, a datetime or stored text ("2024-03-01", "2024-03-01 10:00:00")."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def as_datetime(value: Any) -> dt.datetime:
    """A naive datetime from a datetime, a date (midnight) or stored text."""
    if isinstance(value, dt.datetime):
        return value.replace(tzinfo=None)
    if isinstance(value, dt.date):
        return dt.datetime.combine(value, dt.time())
    return dt.datetime.fromisoformat(str(value)).replace(tzinfo=None)


def month_of(value: dt.date) -> dt.date:
    """The first day of ``value``'s month."""
    return as_date(value).replace(day=1)


def month_from_text(text: str) -> dt.date:
    """The month of stored text "YYYY-MM"."""
    return dt.date.fromisoformat(text + "-01")


def months(first: dt.date, last: dt.date) -> list[dt.date]:
    """First days of the months from ``first``'s month to ``last``'s, inclusive."""
    out = []
    year, month = first.year, first.month
    while (year, month) <= (last.year, last.month):
        out.append(dt.date(year, month, 1))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


def months_before(day: dt.date, count: int) -> dt.date:
    """The same day ``count`` calendar months earlier (clamped to the month's end)."""
    total = day.year * 12 + day.month - 1 - count
    year, month = divmod(total, 12)
    month += 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def quarter_start(today: dt.date) -> dt.date:
    """The first day of ``today``'s calendar quarter."""
    return dt.date(today.year, 3 * ((today.month - 1) // 3) + 1, 1)
