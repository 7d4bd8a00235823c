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
import json
import os
import resource
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from engine_data import (  # noqa: E402 - the same readings and helpers in every engine script
    SIZE,
    accessible_tree,
    pdf_is_vector,
    ranges,
    rss_mb,
    synthetic,
)

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
