"""pyqtgraph: the 30-year confidence/motivation chart as a PlotWidget (prototype).

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/chart_engines/pyqtgraph_engine.py [--out DIR] [--core]

Needs ``pip install pyqtgraph`` (and numpy). Draws what ``MoodChart`` draws: every
rating as a light marker (circles, diamonds), the 30-day averages as lines,
session days as ticks along the bottom, a legend; ``DateAxisItem`` labels the
dates, ``ScatterPlotItem(hoverable=True, tip=...)`` gives tooltips and
``sigClicked`` the clicked point (no hand-made hit-testing). Prints one JSON
line of figures (see ``run.py``); ``--out`` writes the light and dark PNGs and
the PDF; ``--core`` tries to render with a QGuiApplication only (no QtWidgets).
"""

from __future__ import annotations

import argparse
import bisect
import datetime as dt
import json
import os
import resource
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from engine_data import (  # the same readings and helpers in every engine script
    SIZE,
    WINDOW,
    accessible_tree,
    between,
    pdf_is_vector,
    ranges,
    rolling,
    rss_mb,
    synthetic,
)

# -- the engine -------------------------------------------------------------------------------


COLOURS = {
    "confidence": ("#1f6fc5", "#6cb4ff"),
    "motivation": ("#d2691e", "#ffad66"),
    "session": ("#2e8b57", "#6fd39a"),
}
THEMES = {
    False: {"base": "#ffffff", "text": "#1e1e1e", "grid": 40},
    True: {"base": "#1e1f22", "text": "#e8e8e8", "grid": 60},
}


class MoodPlot:
    """The chart: one PlotWidget, five items, a legend; ``show_range`` slices and draws."""

    def __init__(self, readings) -> None:
        import numpy as np
        import pyqtgraph as pg

        self.np, self.pg = np, pg
        self.readings = readings
        self.days = [r[0].date() for r in readings]
        self.rolling = {f: rolling(readings, i) for f, i in (("confidence", 1), ("motivation", 2))}
        self.widget = pg.GraphicsLayoutWidget()  # the legend in a row above the plot, not over it
        self.widget.setAccessibleName("Confidence and motivation chart")
        self.legend = pg.LegendItem(colCount=5)
        self.widget.addItem(self.legend, row=0, col=0)
        plot = self.plot = self.widget.addPlot(
            row=1, col=0, axisItems={"bottom": pg.DateAxisItem(orientation="bottom")}
        )
        plot.setMenuEnabled(False)
        plot.hideButtons()
        plot.setMouseEnabled(x=False, y=False)
        plot.getAxis("left").setTicks([[(v, str(v)) for v in range(0, 11, 2)]])
        plot.setLabel("left", "Rating (1–10)")
        plot.setYRange(0, 10.6, padding=0)
        tip = self._tip
        self.points = {
            "confidence": pg.ScatterPlotItem(
                symbol="o", size=7, pen=None, hoverable=True, tip=tip, name="Confidence rating"
            ),
            "motivation": pg.ScatterPlotItem(
                symbol="d", size=8, pen=None, hoverable=True, tip=tip, name="Motivation rating"
            ),
        }
        self.lines = {
            f: pg.PlotCurveItem(name=f"{f.capitalize()}, {WINDOW}-day average")
            for f in ("confidence", "motivation")
        }
        self.sessions = pg.ScatterPlotItem(
            symbol="|", size=10, hoverable=True, tip=tip, name="Session day"
        )
        for item in (*self.points.values(), *self.lines.values(), self.sessions):
            plot.addItem(item)
            self.legend.addItem(item, item.name())
        self.clicked = []
        for item in (*self.points.values(), self.sessions):
            item.sigClicked.connect(lambda _item, pts, _ev: self.clicked.append(pts[0].data()))
        self.apply_theme(False)

    @staticmethod
    def _tip(x: float, y: float, data) -> str:
        return f"{dt.datetime.fromtimestamp(x):%-d %b %Y}\n{data}"

    def apply_theme(self, dark: bool) -> None:
        """Everything that has a colour, again (pyqtgraph does not follow the palette)."""
        pg, theme = self.pg, THEMES[dark]
        self.widget.setBackground(theme["base"])
        for name in ("left", "bottom"):
            axis = self.plot.getAxis(name)
            axis.setPen(theme["text"])
            axis.setTextPen(theme["text"])
        self.plot.showGrid(x=True, y=True, alpha=theme["grid"] / 255)
        self.legend.setLabelTextColor(theme["text"])
        for field, item in self.points.items():
            colour = pg.mkColor(COLOURS[field][dark])
            colour.setAlpha(110)
            item.setBrush(colour)
            self.lines[field].setPen(pg.mkPen(COLOURS[field][dark], width=2.6))
        self.sessions.setPen(pg.mkPen(COLOURS["session"][dark], width=2))

    def show_range(self, start: dt.date, end: dt.date) -> None:
        np = self.np
        shown = self.readings[
            bisect.bisect_left(self.days, start) : bisect.bisect_right(self.days, end)
        ]
        for index, field in ((1, "confidence"), (2, "motivation")):
            chosen = [r for r in shown if r[index] is not None]
            self.points[field].setData(
                x=np.fromiter((r[0].timestamp() for r in chosen), float, len(chosen)),
                y=np.fromiter((r[index] for r in chosen), float, len(chosen)),
                data=[f"{field.capitalize()} {r[index]}/10 ({r[3]} {r[4]})" for r in chosen],
            )
            line = between(self.rolling[field], start, end, lambda p: p[0])
            self.lines[field].setData(
                x=np.fromiter(
                    (dt.datetime(d.year, d.month, d.day, 12).timestamp() for d, _ in line),
                    float,
                    len(line),
                ),
                y=np.fromiter((v for _, v in line), float, len(line)),
            )
        sessions = [r for r in shown if r[3] == "session"]
        self.sessions.setData(
            x=np.fromiter((r[0].timestamp() for r in sessions), float, len(sessions)),
            y=np.full(len(sessions), 0.35),
            data=[f"Session {r[4]}" for r in sessions],
        )
        low = dt.datetime(start.year, start.month, start.day).timestamp()
        high = dt.datetime(end.year, end.month, end.day).timestamp() + 86400
        self.plot.setXRange(low, high, padding=0)


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
    from PySide6.QtWidgets import QApplication

    began = time.perf_counter()
    import pyqtgraph  # noqa: F401  (the engine, with numpy)

    import_ms = (time.perf_counter() - began) * 1000
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRect
    from PySide6.QtGui import QAccessible, QPageLayout, QPageSize, QPainter, QPdfWriter

    app = QApplication([])
    spans = ranges()
    began = time.perf_counter()
    chart = MoodPlot(readings)
    chart.widget.resize(*SIZE)
    chart.widget.show()
    app.processEvents()
    chart.show_range(*spans["all"])
    app.processEvents()
    image = chart.widget.grab()
    first_ms = (time.perf_counter() - began) * 1000
    rss_after_draw = rss_mb()

    switch = {}
    for key in ("1y", "3m", "all"):
        began = time.perf_counter()
        chart.show_range(*spans[key])
        app.processEvents()
        chart.widget.grab()
        switch[key] = (time.perf_counter() - began) * 1000

    began = time.perf_counter()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    chart.widget.grab().save(buffer, "PNG")
    png_ms = (time.perf_counter() - began) * 1000
    png = bytes(data.data())

    out = args.out or Path(os.environ.get("TMPDIR", "/tmp"))
    out.mkdir(parents=True, exist_ok=True)
    began = time.perf_counter()
    pdf_path = out / "pyqtgraph-mood.pdf"
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
    chart.widget.render(painter, painter.viewport(), QRect(0, 0, *SIZE))
    painter.end()
    pdf_ms = (time.perf_counter() - began) * 1000
    pdf = pdf_path.read_bytes()

    # hit-testing and tooltips come with the engine: the point under a position
    scatter = chart.points["confidence"]
    first = scatter.points()[0]
    hits = scatter.pointsAt(first.pos())
    a11y = accessible_tree(QAccessible.queryAccessibleInterface(chart.widget))
    if args.out:
        image.save(str(out / "pyqtgraph-mood-light.png"))
        for key in ("1y", "3m"):
            chart.show_range(*spans[key])
            app.processEvents()
            chart.widget.grab().save(str(out / f"pyqtgraph-mood-{key}-light.png"))
        chart.show_range(*spans["all"])
        chart.apply_theme(True)
        app.processEvents()
        chart.widget.grab().save(str(out / "pyqtgraph-mood-dark.png"))
    print(
        json.dumps(
            {
                "engine": "pyqtgraph",
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
                "hit_test": first.data() in [hit.data() for hit in hits],
            }
        )
    )
    os._exit(0)


def core() -> int:
    """pyqtgraph draws on a QGraphicsScene (QtWidgets) and imports QtWidgets itself."""
    from PySide6.QtGui import QGuiApplication

    QGuiApplication([])
    import pyqtgraph as pg

    loaded = "PySide6.QtWidgets" in sys.modules
    print(json.dumps({"engine": "pyqtgraph", "import_loads_qtwidgets": loaded}), flush=True)
    pg.PlotItem()  # a QGraphicsWidget without a QApplication: does not get past here
    print(json.dumps({"engine": "pyqtgraph", "core_works": True}))
    os._exit(0)


if __name__ == "__main__":
    sys.exit(main())
