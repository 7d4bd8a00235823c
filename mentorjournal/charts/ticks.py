"""Where axes put their labels: dates on calendar boundaries, months, "nice" count steps.

Time is a float number of days (``day_x``: the proleptic ordinal plus the
fraction of the day), so a day is one unit whatever the clock or time zone.
Date labels sit on natural boundaries — days, Mondays, the first of a month,
a quarter, a year — never at evenly spaced instants in between (a label
"Mar" at a point in late February); as many as fit the width.
"""

from __future__ import annotations

import datetime as dt

#: Ranges up to this many days label dates as "d MMM"; longer ones as "MMM yyyy".
SHORT_RANGE_DAYS = 124
#: Room for one date label, in device-independent pixels (at the default font).
LABEL_WIDTH = {"d MMM": 64, "MMM yyyy": 88}
MONTH_STEPS = (1, 2, 3, 6, 12, 24, 60)
MIDDAY = 0.5


def day_x(when: dt.date | dt.datetime) -> float:
    """The x value of a day (its start) or a moment: days since 1 January of year 1."""
    if isinstance(when, dt.datetime):
        return when.toordinal() + (when.hour * 3600 + when.minute * 60 + when.second) / 86400
    return float(when.toordinal())


_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def fmt_day(day: dt.date | dt.datetime) -> str:
    """ "5 Mar 2026" (the English month abbreviations, as ``%b`` gives them in the C locale)."""
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


def month_name(month: dt.date) -> str:
    return month.strftime("%B %Y")


def date_format(start: dt.date, end: dt.date) -> str:
    """The axis label format for a range from ``start`` to ``end``."""
    return "d MMM" if (end - start).days <= SHORT_RANGE_DAYS else "MMM yyyy"


def date_ticks(
    start: dt.date, end: dt.date, width: float, scale: float = 1.0
) -> list[tuple[dt.date, str]]:
    """The labelled days of a time axis from ``start`` to ``end``, each with its label.

    ``scale``: how much wider than the default font's labels are (large fonts).
    """
    fmt = date_format(start, end)
    room = max(2, int(max(width, 1) // (LABEL_WIDTH[fmt] * scale)))
    if fmt == "d MMM":
        days = [start + dt.timedelta(days=n) for n in range((end - start).days + 1)]
        mondays = [d for d in days if d.weekday() == 0]
        choices = [days, days[::2], mondays, mondays[::2], [d for d in days if d.day == 1]]
        chosen = next((c for c in choices if len(c) <= room), choices[-1])
        return [(d, f"{d.day} {d:%b}") for d in chosen]
    first = start.year * 12 + start.month - 1 + (start.day != 1)  # months whose 1st is in range
    last = end.year * 12 + end.month - 1
    firsts = [dt.date(m // 12, m % 12 + 1, 1) for m in range(first, last + 1)]
    step = month_label_step(len(firsts), width / scale)
    chosen = [
        d
        for d in firsts
        if not (d.month - 1) % min(step, 12) and (step <= 12 or not d.year % (step // 12))
    ]
    return [(d, str(d.year) if step >= 12 else d.strftime("%b %Y")) for d in chosen]


def month_label_step(count: int, width: float) -> int:
    """Label every Nth month so that labels of about 80 px do not touch."""
    room = max(1, int(max(width, 1) // 80))
    for step in MONTH_STEPS:
        if count / step <= room:
            return step
    return MONTH_STEPS[-1]


def month_labels(months: list[dt.date], width: float) -> list[tuple[int, str]]:
    """(bar index, label) for the months of a month axis that fit ``width``."""
    step = month_label_step(len(months), width)
    out = []
    for index, month in enumerate(months):
        if (month.month - 1) % min(step, 12) or (step > 12 and month.year % (step // 12)):
            continue
        if step >= 12:
            label = f"{month.year}"
        elif step == 1 and len(months) <= 12 and month.month != 1 and index:
            label = month.strftime("%b")
        else:
            label = month.strftime("%b %Y")
        out.append((index, label))
    return out


def month_position(day: dt.date, first_month: dt.date) -> float:
    """Where a day falls on a month axis whose bar 0 is ``first_month`` (bars centred on n)."""
    index = (day.year - first_month.year) * 12 + day.month - first_month.month
    following = dt.date(day.year + day.month // 12, day.month % 12 + 1, 1)
    days_in_month = (following - day.replace(day=1)).days
    return index - 0.5 + (day.day - 1) / days_in_month


def count_axis(top: float) -> tuple[int, int]:
    """(upper end, step) of a 0-based count axis: a round step, at most about 6 lines."""
    step = next(
        (s for s in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000) if top / s <= 6),
        max(1, int(top // 6)),
    )
    upper = max(step, -(-int(top) // step) * step)
    if upper <= top:
        upper += step
    return upper, step
