"""Axes and values shared by the charts: dates as milliseconds, month axes, rating axes.

Dates read naturally at every range: ``d MMM`` when a range spans a few
months, ``MMM yyyy`` beyond that. Labels and grid lines sit on natural
boundaries — days, Mondays, the first of a month, a quarter, a year — never at
evenly spaced instants in between (a date-time axis would label "Mar" a
point in late February); as many as fit the width without running together.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Sequence

from PySide6.QtCharts import QCategoryAxis, QValueAxis

log = logging.getLogger(__name__)

#: Ranges up to this many days label dates as "d MMM"; longer ones as "MMM yyyy".
SHORT_RANGE_DAYS = 124
#: Room for one date label, in device-independent pixels.
LABEL_WIDTH = {"d MMM": 64, "MMM yyyy": 88}
RATING_TOP = 10.6  # a little room above 10 so top markers are not cut in half


def to_ms(when: dt.date | dt.datetime) -> float:
    """Local wall-clock time in ms since the epoch: the x values of every time chart."""
    if not isinstance(when, dt.datetime):
        when = dt.datetime(when.year, when.month, when.day)
    return when.timestamp() * 1000.0


def date_format(start: dt.date, end: dt.date) -> str:
    """The axis label format for a range from ``start`` to ``end``."""
    return "d MMM" if (end - start).days <= SHORT_RANGE_DAYS else "MMM yyyy"


def date_ticks(start: dt.date, end: dt.date, width: float) -> list[tuple[dt.date, str]]:
    """The labelled days of a time axis from ``start`` to ``end``, each with its label."""
    fmt = date_format(start, end)
    room = max(2, int(max(width, 1) // LABEL_WIDTH[fmt]))
    days = [start + dt.timedelta(days=n) for n in range((end - start).days + 1)]
    if fmt == "d MMM":
        mondays = [d for d in days if d.weekday() == 0]
        choices = [days, days[::2], mondays, mondays[::2], [d for d in days if d.day == 1]]
        chosen = next((c for c in choices if len(c) <= room), choices[-1])
        return [(d, f"{d.day} {d:%b}") for d in chosen]
    firsts = [d for d in days if d.day == 1]
    step = month_label_step(len(firsts), width)
    chosen = [
        d
        for d in firsts
        if not (d.month - 1) % min(step, 12) and (step <= 12 or not d.year % (step // 12))
    ]
    return [(d, str(d.year) if step >= 12 else d.strftime("%b %Y")) for d in chosen]


def setup_date_axis(axis: QCategoryAxis, start: dt.date, end: dt.date, width: float) -> None:
    """Show ``start`` … ``end`` (whole days; values in ms, see ``to_ms``) labelled by ``date_ticks``."""
    for label in list(axis.categoriesLabels()):
        axis.remove(label)
    low, high = to_ms(start), to_ms(end + dt.timedelta(days=1))
    axis.setRange(low, high)
    axis.setStartValue(low)
    axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
    for day, label in date_ticks(start, end, width):
        axis.append(label, to_ms(day))


def setup_rating_axis(axis: QValueAxis, title: str = "") -> None:
    """0 … 10 with a line every 2 (ratings are 1–10)."""
    axis.setRange(0, RATING_TOP)
    axis.setTickType(QValueAxis.TickType.TicksDynamic)
    axis.setTickAnchor(0)
    axis.setTickInterval(2)
    axis.setLabelFormat("%d")
    axis.setTitleText(title)


def setup_count_axis(axis: QValueAxis, top: float, title: str = "") -> None:
    """0 … a round number at least ``top``, with whole-number labels."""
    nice = 1
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000):
        if top / step <= 6:
            nice = step
            break
    else:
        nice = max(1, int(top // 6))
    upper = max(nice, -(-int(top) // nice) * nice)
    if upper <= top:
        upper += nice
    axis.setTickType(QValueAxis.TickType.TicksDynamic)
    axis.setTickAnchor(0)
    axis.setTickInterval(nice)
    axis.setRange(0, upper)
    axis.setLabelFormat("%d")
    axis.setTitleText(title)


MONTH_STEPS = (1, 2, 3, 6, 12, 24, 60)


def month_label_step(count: int, width: float) -> int:
    """Label every Nth month so that labels of about 80 px do not touch."""
    room = max(1, int(max(width, 1) // 80))
    for step in MONTH_STEPS:
        if count / step <= room:
            return step
    return MONTH_STEPS[-1]


def setup_month_axis(axis: QCategoryAxis, months: Sequence[dt.date], width: float) -> None:
    """Bars sit at 0, 1, 2 …; label the months that fit, each at its bar."""
    for label in list(axis.categoriesLabels()):
        axis.remove(label)
    axis.setRange(-0.5, max(len(months), 1) - 0.5)
    axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
    step = month_label_step(len(months), width)
    for index, month in enumerate(months):
        if (month.month - 1) % min(step, 12) or (step > 12 and month.year % (step // 12)):
            continue
        if step >= 12:
            label = f"{month.year}"
        elif step == 1 and len(months) <= 12 and month.month != 1 and index:
            label = month.strftime("%b")
        else:
            label = month.strftime("%b %Y")
        axis.append(label, index)
    axis.setStartValue(-0.5)


def month_position(day: dt.date, first_month: dt.date) -> float:
    """Where a day falls on a month axis whose bar 0 is ``first_month``."""
    index = (day.year - first_month.year) * 12 + day.month - first_month.month
    if day.month == 12:
        days_in_month = 31
    else:
        days_in_month = (dt.date(day.year, day.month + 1, 1) - dt.date(day.year, day.month, 1)).days
    return index - 0.5 + (day.day - 1) / days_in_month
