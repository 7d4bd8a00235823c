"""Qt Graphs (2D, QML) through QQuickWidget: the 30-year confidence/motivation chart (prototype).

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/chart_engines/qtgraphs_engine.py [--out DIR] [--core]
        [--backend software|rhi]

Qt Graphs 2D exists only as the QML type GraphsView (no C++/Python widget), so
the chart is QML in a QQuickWidget; the series are filled from Python with
``replace()``. ``--backend software`` (the default here) is the Qt Quick
software renderer, what a machine without a GPU gets (this one's OpenGL RHI
fails offscreen and falls back to it anyway); ``--backend rhi`` leaves Qt's
choice (under ``xvfb-run`` that is OpenGL on llvmpipe). ``--core`` renders
with a QGuiApplication and a QQuickView only (no QtWidgets). Prints one JSON
line of figures (see ``run.py``); ``--out`` writes the PNGs and the PDF.
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
    accessible_tree,
    between,
    pdf_is_vector,
    ranges,
    rolling,
    rss_mb,
    synthetic,
)

# -- the engine -------------------------------------------------------------------------------


QML = """
import QtQuick
import QtGraphs

Item {
    id: root
    property bool dark: false
    readonly property color text: dark ? "#e8e8e8" : "#1e1e1e"
    Row {  // Qt Graphs 2D has no legend of its own
        id: legend
        anchors.horizontalCenter: parent.horizontalCenter
        spacing: 16
        Repeater {
            model: [["Confidence rating", "confidence"], ["Motivation rating", "motivation"],
                    ["Confidence, 30-day average", "confidenceLine"],
                    ["Motivation, 30-day average", "motivationLine"], ["Session day", "sessions"]]
            Row {
                spacing: 4
                Rectangle { width: 10; height: 10; radius: 5; anchors.verticalCenter: parent.verticalCenter
                            color: graph.seriesColour(modelData[1]) }
                Text { text: modelData[0]; color: root.text }
            }
        }
    }
    GraphsView {
        id: graph
        objectName: "graph"
        anchors { top: legend.bottom; left: parent.left; right: parent.right; bottom: parent.bottom }
        function seriesColour(name) {
            for (var i = 0; i < seriesList.length; i++)
                if (seriesList[i].objectName === name) return seriesList[i].color
            return "grey"
        }
        theme: GraphsTheme {
            colorScheme: root.dark ? GraphsTheme.ColorScheme.Dark : GraphsTheme.ColorScheme.Light
            backgroundColor: root.dark ? "#1e1f22" : "#ffffff"
            plotAreaBackgroundColor: backgroundColor
            labelTextColor: root.text
        }
        axisX: DateTimeAxis { objectName: "x"; labelFormat: "yyyy" }
        axisY: ValueAxis { min: 0; max: 10.6; tickInterval: 2; labelDecimals: 0; subTickCount: 0 }
        ScatterSeries { objectName: "confidence"; name: "Confidence rating"; hoverable: true
                        color: root.dark ? "#6e6cb4ff" : "#6e1f6fc5" /*DELEGATE*/ }
        ScatterSeries { objectName: "motivation"; name: "Motivation rating"; hoverable: true
                        color: root.dark ? "#6effad66" : "#6ed2691e" /*DELEGATE*/ }
        LineSeries { objectName: "confidenceLine"; name: "Confidence average"; width: 2.6
                     color: root.dark ? "#6cb4ff" : "#1f6fc5" }
        LineSeries { objectName: "motivationLine"; name: "Motivation average"; width: 2.6
                     color: root.dark ? "#ffad66" : "#d2691e" }
        ScatterSeries { objectName: "sessions"; name: "Session day"; color: root.dark ? "#6fd39a" : "#2e8b57" }
    }
}
"""


class MoodGraph:
    """Finds the QML series by name and fills them for a range."""

    def __init__(self, root, readings) -> None:
        from PySide6.QtCore import QObject

        self.root = root
        self.readings = readings
        self.days = [r[0].date() for r in readings]
        self.rolling = {f: rolling(readings, i) for f, i in (("confidence", 1), ("motivation", 2))}
        from PySide6 import QtGraphs
        from shiboken6 import Shiboken

        kinds = {
            "confidence": QtGraphs.QScatterSeries,
            "motivation": QtGraphs.QScatterSeries,
            "confidenceLine": QtGraphs.QLineSeries,
            "motivationLine": QtGraphs.QLineSeries,
            "sessions": QtGraphs.QScatterSeries,
            "x": QtGraphs.QDateTimeAxis,
        }
        self.series = {}
        for name, kind in kinds.items():
            found = root.findChild(QObject, name)
            if found is None:
                raise RuntimeError(f"QML object {name!r} not found")
            # With PySide6.QtCharts also imported, shiboken hands out QtCharts.QScatterSeries (same C++
            # class name) for a Qt Graphs series, and calling it crashes: wrap it as the right type.
            self.series[name] = Shiboken.wrapInstance(Shiboken.getCppPointer(found)[0], kind)

    def show_range(self, start: dt.date, end: dt.date) -> None:
        from PySide6.QtCore import QDateTime, QPointF

        shown = self.readings[
            bisect.bisect_left(self.days, start) : bisect.bisect_right(self.days, end)
        ]
        for index, field in ((1, "confidence"), (2, "motivation")):
            self.series[field].replace(
                [QPointF(r[0].timestamp() * 1000, r[index]) for r in shown if r[index] is not None]
            )
            line = between(self.rolling[field], start, end, lambda p: p[0])
            self.series[field + "Line"].replace(
                [
                    QPointF(dt.datetime(d.year, d.month, d.day, 12).timestamp() * 1000, v)
                    for d, v in line
                ]
            )
        self.series["sessions"].replace(
            [QPointF(r[0].timestamp() * 1000, 0.35) for r in shown if r[3] == "session"]
        )
        axis = self.series["x"]
        axis.setMin(QDateTime(start, dt.time(0)))
        axis.setMax(QDateTime(end + dt.timedelta(days=1), dt.time(0)))
        axis.setLabelFormat(
            "d MMM"
            if (end - start).days <= 124
            else "MMM yyyy"
            if (end - start).days < 800
            else "yyyy"
        )


#: Small round markers like the other engines' (the default marker is a 16 px square): one QML item per point.
DELEGATE = """; pointDelegate: Component { Rectangle { property color pointColor; width: 7; height: 7; radius: 3.5
                                                        color: pointColor } }"""


def write_qml(delegate: bool = False) -> Path:
    path = Path(os.environ.get("TMPDIR", "/tmp")) / f"mj-qtgraphs-{os.getpid()}.qml"
    path.write_text(QML.replace("/*DELEGATE*/", DELEGATE if delegate else ""), encoding="utf-8")
    return path


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--out", type=Path)
    parser.add_argument("--core", action="store_true")
    parser.add_argument("--backend", choices=("software", "rhi"), default="software")
    parser.add_argument(
        "--delegate", action="store_true", help="round markers (a QML item per point)"
    )
    args = parser.parse_args()
    if args.backend == "software":
        os.environ["QT_QUICK_BACKEND"] = "software"
    if args.core:
        return core()
    readings = synthetic()
    from PySide6.QtWidgets import QApplication

    began = time.perf_counter()
    from PySide6 import QtGraphs  # noqa: F401  (the engine: QtQuick, QtQml, Qt Graphs)
    from PySide6.QtQuickWidgets import QQuickWidget

    import_ms = (time.perf_counter() - began) * 1000
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QUrl
    from PySide6.QtGui import QAccessible, QPageLayout, QPageSize, QPainter, QPdfWriter

    app = QApplication([])
    spans = ranges()
    qml = write_qml(args.delegate)
    began = time.perf_counter()
    widget = QQuickWidget()
    widget.setResizeMode(QQuickWidget.ResizeMode.SizeRootObjectToView)
    widget.setSource(QUrl.fromLocalFile(str(qml)))
    if widget.status() != QQuickWidget.Status.Ready:
        raise RuntimeError("; ".join(e.toString() for e in widget.errors()))
    widget.setAccessibleName("Confidence and motivation chart")
    widget.resize(*SIZE)
    widget.show()
    chart = MoodGraph(widget.rootObject(), readings)
    chart.show_range(*spans["all"])
    app.processEvents()
    image = widget.grabFramebuffer()
    first_ms = (time.perf_counter() - began) * 1000
    rss_after_draw = rss_mb()

    switch = {}
    for key in ("1y", "3m", "all"):
        began = time.perf_counter()
        chart.show_range(*spans[key])
        app.processEvents()
        widget.grabFramebuffer()
        switch[key] = (time.perf_counter() - began) * 1000

    began = time.perf_counter()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    widget.grabFramebuffer().save(buffer, "PNG")
    png_ms = (time.perf_counter() - began) * 1000
    png = bytes(data.data())

    out = args.out or Path(os.environ.get("TMPDIR", "/tmp"))
    out.mkdir(parents=True, exist_ok=True)
    began = time.perf_counter()
    pdf_path = out / "qtgraphs-mood.pdf"
    writer = QPdfWriter(str(pdf_path))
    writer.setResolution(96)  # 1 unit = 1 screen pixel: the widget's own geometry, still vector
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Landscape,
            QMarginsF(12, 12, 12, 12),
        )
    )
    painter = QPainter(writer)  # Qt Quick paints no QPainter: the PDF gets a picture of the chart
    painter.drawImage(painter.viewport(), widget.grabFramebuffer())
    painter.end()
    pdf_ms = (time.perf_counter() - began) * 1000
    pdf = pdf_path.read_bytes()

    a11y = accessible_tree(QAccessible.queryAccessibleInterface(widget))
    if args.out:
        suffix = ("" if args.backend == "software" else "-rhi") + (
            "-delegate" if args.delegate else ""
        )
        image.save(str(out / f"qtgraphs-mood-light{suffix}.png"))
        for key in ("1y", "3m"):
            chart.show_range(*spans[key])
            app.processEvents()
            widget.grabFramebuffer().save(str(out / f"qtgraphs-mood-{key}-light{suffix}.png"))
        chart.show_range(*spans["all"])
        widget.rootObject().setProperty("dark", True)
        app.processEvents()
        widget.grabFramebuffer().save(str(out / f"qtgraphs-mood-dark{suffix}.png"))
    qml.unlink()
    print(
        json.dumps(
            {
                "engine": "qtgraphs-delegate" if args.delegate else "qtgraphs",
                "backend": widget.quickWindow().rendererInterface().graphicsApi().name,
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
    """QGuiApplication + QQuickView + grabWindow: a picture of the chart without QtWidgets."""
    from PySide6 import QtGraphs  # noqa: F401  (Python types for the QML series)
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtQuick import QQuickView

    app = QGuiApplication([])
    qml = write_qml()
    began = time.perf_counter()
    view = QQuickView()
    view.setResizeMode(QQuickView.ResizeMode.SizeRootObjectToView)
    view.setSource(QUrl.fromLocalFile(str(qml)))
    view.resize(*SIZE)
    view.show()
    chart = MoodGraph(view.rootObject(), synthetic())
    chart.show_range(*ranges()["all"])
    app.processEvents()
    image = view.grabWindow()
    ms = (time.perf_counter() - began) * 1000
    qml.unlink()
    print(
        json.dumps(
            {
                "engine": "qtgraphs",
                "core_works": not image.isNull(),
                "core_ms": ms,
                "image": [image.width(), image.height()],
                "qtwidgets_loaded": "PySide6.QtWidgets" in sys.modules,
            }
        )
    )
    os._exit(0)


if __name__ == "__main__":
    sys.exit(main())
