"""The readings every engine script of this folder draws, and the helpers they share.

Each ``*_engine.py`` runs in a fresh process (bench/chart_engines/run.py); this module
uses the standard library only, so importing it costs every engine the same.
"""

from __future__ import annotations

import bisect
import datetime as dt
import math
import random
from pathlib import Path

END = dt.date(2026, 11, 30)
SIZE = (1200, 480)  # the chart, in device-independent pixels
WINDOW = 30  # rolling-average days


def synthetic(
    years: int = 30, seed: int = 1
) -> list[tuple[dt.datetime, int | None, int | None, str, int]]:
    """Readings like the 30-year demo journal's: ~13.3k (12k reflections, 1.3k sessions) on ~7.5k days,
    growing from about 4 to about 8 (as ``mentorjournal demo --years 30``)."""
    rng = random.Random(seed)
    start = END - dt.timedelta(days=round(years * 365.25) - 1)
    total = (END - start).days
    out = []
    drift = [0.0, 0.0]
    day, rid = start, 0
    while day <= END:
        grown = (1 - math.exp(-3 * (day - start).days / total)) / (1 - math.exp(-3))
        drift = [0.97 * d + rng.gauss(0, 0.08) for d in drift]
        level = [3.8 + 4.3 * grown + drift[0], 4.2 + 4.0 * grown + drift[1]]
        if rng.random() < 0.688:
            kinds = ["reflection"] * rng.choices((1, 2, 3), (0.55, 0.3, 0.15))[0]
            if rng.random() < 0.175:
                kinds.append("session")
            for kind in kinds:
                rid += 1
                when = dt.datetime(
                    day.year, day.month, day.day, rng.randrange(7, 23), rng.randrange(60)
                )
                conf, mot = (
                    None if rng.random() < 0.027 else min(10, max(1, round(rng.gauss(v, 1.0))))
                    for v in level
                )
                out.append((when, conf, mot, kind, rid))
        day += dt.timedelta(days=1)
    out.sort()
    return out


def rolling(readings, field: int, days: int = WINDOW) -> list[tuple[dt.date, float]]:
    """Trailing calendar-window mean on every day with a value (as ``stats.rolling_average``)."""
    per_day: dict[dt.date, list[int]] = {}
    for r in readings:
        if r[field] is not None:
            per_day.setdefault(r[0].date(), []).append(r[field])
    ordered = sorted(per_day.items())
    out, total, count, lo = [], 0, 0, 0
    for day, values in ordered:
        total, count = total + sum(values), count + len(values)
        while ordered[lo][0] < day - dt.timedelta(days=days - 1):
            total, count, lo = total - sum(ordered[lo][1]), count - len(ordered[lo][1]), lo + 1
        out.append((day, total / count))
    return out


def ranges() -> dict[str, tuple[dt.date, dt.date]]:
    return {
        "all": (END - dt.timedelta(days=round(30 * 365.25) - 1), END),
        "1y": (dt.date(END.year - 1, END.month, END.day) + dt.timedelta(days=1), END),
        "3m": (dt.date(END.year, END.month - 3, END.day) + dt.timedelta(days=1), END),
    }


def between(items, start: dt.date, end: dt.date, day):
    keys = [day(i) for i in items]
    return items[bisect.bisect_left(keys, start) : bisect.bisect_right(keys, end)]


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def accessible_tree(interface, depth: int = 0, limit: int = 4) -> list[str]:
    """Roles and names a screen reader can reach below ``interface``."""
    if interface is None or not interface.isValid() or depth > limit:
        return []
    from PySide6.QtGui import QAccessible

    name = interface.text(QAccessible.Text.Name)
    found = [f"{'  ' * depth}{interface.role().name}: {name!r}"]
    for i in range(interface.childCount()):
        found += accessible_tree(interface.child(i), depth + 1, limit)
    return found


def pdf_is_vector(data: bytes) -> bool:
    """No embedded raster image: the chart went into the PDF as paths and text."""
    return b"/Subtype /Image" not in data and b"/Subtype/Image" not in data
