"""Qt Charts (today's engine): the app's own MoodChart on 30 years of readings.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/chart_engines/qtcharts_engine.py [--out DIR] [--core]

The reference the other engines are compared with: ``ui.insights.mood_chart.MoodChart``
exactly as it ships (hand-made date ticks on a QCategoryAxis, light markers,
``Picks`` hit-testing), fed the same synthetic 30-year series as the other
scripts. Prints one JSON line of figures (see ``run.py``); ``--out`` also
writes the light and dark PNGs and the PDF; ``--core`` tries to render with a
QGuiApplication only (no QtWidgets).
"""

from __future__ import annotations

import argparse
import bisect
import datetime as dt
import json
import math
import os
import random
import resource
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

# -- the data: the same in every script of this folder ---------------------------------

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


# -- the engine -------------------------------------------------------------------------------


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--out", type=Path)
    parser.add_argument("--core", action="store_true")
    args = parser.parse_args()
    if args.core:
        return core()
    readings = synthetic()
    began = time.perf_counter()
    from PySide6.QtCharts import QChart  # noqa: F401  (the engine)
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRect
    from PySide6.QtGui import QAccessible, QPageLayout, QPageSize, QPainter, QPdfWriter
    from PySide6.QtWidgets import QApplication

    from mentorjournal.analytics.stats import MoodPoint
    from ui.insights.mood_chart import MoodChart

    import_ms = (time.perf_counter() - began) * 1000

    app = QApplication([])
    points = [MoodPoint(*r) for r in readings]
    spans = ranges()

    began = time.perf_counter()
    panel = MoodChart()
    panel.resize(SIZE[0], SIZE[1] + 80)
    panel.show()
    app.processEvents()
    panel.show_data(points, *spans["all"])
    app.processEvents()
    image = panel.view.grab()
    first_ms = (time.perf_counter() - began) * 1000
    rss_after_draw = rss_mb()

    switch = {}
    for key in ("1y", "3m", "all"):
        began = time.perf_counter()
        panel.show_data(points, *spans[key])
        app.processEvents()
        panel.view.grab()
        switch[key] = (time.perf_counter() - began) * 1000

    began = time.perf_counter()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    panel.view.grab().save(buffer, "PNG")
    png_ms = (time.perf_counter() - began) * 1000
    png = bytes(data.data())

    began = time.perf_counter()
    out = args.out or Path(os.environ.get("TMPDIR", "/tmp"))
    out.mkdir(parents=True, exist_ok=True)
    pdf_path = out / "qtcharts-mood.pdf"
    writer = QPdfWriter(str(pdf_path))
    writer.setResolution(96)  # 1 unit = 1 screen pixel: the widget's own geometry, still vector
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Landscape,
            QMarginsF(12, 12, 12, 12),
        )
    )
    painter = QPainter(writer)
    target = painter.viewport()
    panel.view.render(painter, target, QRect(0, 0, panel.view.width(), panel.view.height()))
    painter.end()
    pdf_ms = (time.perf_counter() - began) * 1000
    pdf = pdf_path.read_bytes()

    a11y = accessible_tree(QAccessible.queryAccessibleInterface(panel.view))
    if args.out:
        image.save(str(args.out / "qtcharts-mood-light.png"))
        for key in ("1y", "3m"):
            panel.show_data(points, *spans[key])
            app.processEvents()
            panel.view.grab().save(str(out / f"qtcharts-mood-{key}-light.png"))
        panel.show_data(points, *spans["all"])
        from ui import theme

        panel.setPalette(theme.dark_palette())
        panel.apply_theme()
        panel.layout_axes()
        app.processEvents()
        panel.view.grab().save(str(args.out / "qtcharts-mood-dark.png"))
    print(
        json.dumps(
            {
                "engine": "qtcharts",
                "readings": len(readings),
                "import_ms": import_ms,
                "first_ms": first_ms,
                "switch_ms": switch,
                "png_ms": png_ms,
                "png_kb": len(png) / 1024,
                "pdf_ms": pdf_ms,
                "pdf_kb": len(pdf) / 1024,
                "pdf_vector": pdf_is_vector(pdf),
                "rss_mb": rss_after_draw,
                "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                "qtwidgets_loaded": "PySide6.QtWidgets" in sys.modules,
                "a11y": a11y,
            }
        )
    )
    os._exit(0)


def core() -> int:
    """QChart is a QGraphicsWidget: without a QApplication there is nothing to draw with."""
    from PySide6.QtGui import QGuiApplication

    QGuiApplication([])
    try:
        from PySide6.QtCharts import QChart

        QChart()  # QGraphicsWidget: needs QApplication (QtWidgets)
        works, why = True, ""
    except Exception as exc:  # noqa: BLE001 - reported, not handled
        works, why = False, f"{type(exc).__name__}: {exc}"
    print(
        json.dumps(
            {
                "engine": "qtcharts",
                "core_works": works,
                "why": why,
                "qtwidgets_loaded": "PySide6.QtWidgets" in sys.modules,
            }
        )
    )
    os._exit(0)


if __name__ == "__main__":
    sys.exit(main())
