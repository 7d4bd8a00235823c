"""Dates as people type them: ISO dates and a few words, in one place.

``parse_date("last friday")`` and ``parse_datetime("yesterday 14:30")`` accept

- ISO dates, ``YYYY-MM-DD`` (and, for a date and time, ``YYYY-MM-DD HH:MM``);
- ``today``, ``yesterday``, ``tomorrow`` (and ``now`` for a date and time);
- a weekday name (``friday``, ``fri``): the nearest such day in the direction
  asked for, today included: the past for what happened (a reflection, a
  session, ``--since``), the future for what is due (``prefer="future"``);
- ``last friday`` (1 to 7 days before today) and ``next monday`` (1 to 7 days
  after today);
- ``3 days ago``, ``2 weeks ago``, ``a month ago``, ``in 2 weeks``, ``in 1 year``
  (months and years keep the day of the month, or the month's last day).

A date and time may end in a time of day, ``HH:MM``; without one, a day word
means that day at the current time of day (``today`` is now). Anything else
raises ``DateError`` (a ``ValueError``) with one line naming the accepted forms.
Words are English and case does not matter. Pure functions of ``today``/``now``:
no journal, no locale, no imports beyond the standard library.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from typing import Literal

Prefer = Literal["past", "future"]

#: What the messages list as accepted.
FORMS = (
    "YYYY-MM-DD, today, yesterday, tomorrow, a weekday, last/next WEEKDAY, "
    "N days/weeks/months/years ago, in N days/weeks/months/years"
)

WEEKDAYS = {name: n for n, name in enumerate(calendar.day_name[i].lower() for i in range(7))}
WEEKDAYS |= {name[:3]: n for name, n in list(WEEKDAYS.items())}
WEEKDAYS |= {"tues": 1, "weds": 2, "thur": 3, "thurs": 3}

_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", re.ASCII)
_ISO_START = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}(?:[T ].*)?", re.ASCII | re.DOTALL)
_TIME = re.compile(r"(.*?)\s+(?:at\s+)?([0-9]{1,2}):([0-9]{2})", re.ASCII | re.DOTALL)
_AGO = re.compile(r"(a|an|one|[0-9]{1,5})\s+(day|week|month|year)s?\s+ago", re.ASCII)
_IN = re.compile(r"in\s+(a|an|one|[0-9]{1,5})\s+(day|week|month|year)s?", re.ASCII)


class DateError(ValueError):
    """A date that could not be read; ``str()`` is the one-line message."""


def looks_iso(text: str) -> bool:
    """True when ``text`` starts like an ISO date (the core's own checks apply)."""
    return _ISO_START.fullmatch(text.strip()) is not None


def parse_date(text: str, *, today: dt.date | None = None, prefer: Prefer = "past") -> dt.date:
    """The date ``text`` names, counted from ``today`` (default: the local date)."""
    today = today or dt.date.today()
    words = " ".join(str(text).strip().lower().split())
    if _ISO_DATE.fullmatch(words):
        try:
            return dt.date.fromisoformat(words)
        except ValueError:
            raise DateError(f"{words} is not a real date") from None
    found = _words(words, today, prefer)
    if found is None:
        shown = words if len(words) <= 40 else words[:39] + "…"
        raise DateError(f"not a date: {shown!r} (use {FORMS})")
    return found


def parse_datetime(
    text: str, *, now: dt.datetime | None = None, prefer: Prefer = "past"
) -> dt.datetime:
    """A date and time: a day as ``parse_date`` reads it, optionally then ``HH:MM``."""
    now = (now or dt.datetime.now()).replace(second=0, microsecond=0)
    words = " ".join(str(text).strip().lower().split())
    if words == "now":
        return now
    if looks_iso(words):
        try:
            return dt.datetime.fromisoformat(words)
        except ValueError:
            raise DateError(f"{words} is not a real date and time") from None
    clock = now.time()
    timed = _TIME.fullmatch(words)
    if timed:
        words, hour, minute = timed.group(1), int(timed.group(2)), int(timed.group(3))
        if hour > 23 or minute > 59:
            raise DateError(f"{hour:02}:{minute:02} is not a time of day (use HH:MM, 00:00-23:59)")
        clock = dt.time(hour, minute)
    try:
        day = parse_date(words, today=now.date(), prefer=prefer)
    except DateError as exc:
        if "not a real date" in str(exc):
            raise
        shown = words if len(words) <= 40 else words[:39] + "…"
        raise DateError(
            f"not a date and time: {shown!r} (use YYYY-MM-DD HH:MM, now, or a day as "
            f"{FORMS}, optionally followed by HH:MM)"
        ) from None
    return dt.datetime.combine(day, clock)


def _words(words: str, today: dt.date, prefer: Prefer) -> dt.date | None:
    if words == "today":
        return today
    if words == "yesterday":
        return today - dt.timedelta(days=1)
    if words == "tomorrow":
        return today + dt.timedelta(days=1)
    if words in WEEKDAYS:
        ahead = (WEEKDAYS[words] - today.weekday()) % 7
        if prefer == "future":
            return today + dt.timedelta(days=ahead)
        return today - dt.timedelta(days=(7 - ahead) % 7)
    head, _, rest = words.partition(" ")
    if rest in WEEKDAYS and head in ("last", "next"):
        if head == "last":
            back = (today.weekday() - WEEKDAYS[rest]) % 7 or 7
            return today - dt.timedelta(days=back)
        ahead = (WEEKDAYS[rest] - today.weekday()) % 7 or 7
        return today + dt.timedelta(days=ahead)
    match = _AGO.fullmatch(words) or _IN.fullmatch(words)
    if match:
        amount = 1 if match.group(1) in ("a", "an", "one") else int(match.group(1))
        sign = -1 if words.endswith("ago") else 1
        moved = _shift(today, sign * amount, match.group(2))
        if moved is None:
            raise DateError(f"{words!r} is outside the calendar (years 1 to 9999)")
        return moved
    return None


def _shift(day: dt.date, amount: int, unit: str) -> dt.date | None:
    """``day`` moved by whole days, weeks, months or years (None past year 1 or 9999)."""
    try:
        if unit == "day":
            return day + dt.timedelta(days=amount)
        if unit == "week":
            return day + dt.timedelta(weeks=amount)
        months = amount * (12 if unit == "year" else 1)
        index = day.year * 12 + day.month - 1 + months
        year, month = divmod(index, 12)
        last = calendar.monthrange(year, month + 1)[1]
        return dt.date(year, month + 1, min(day.day, last))
    except (OverflowError, ValueError):
        return None
