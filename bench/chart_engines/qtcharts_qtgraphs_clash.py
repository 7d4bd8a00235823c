"""Qt Charts and Qt Graphs in one process: a Qt Graphs series comes back as a Qt Charts type.

    QT_QPA_PLATFORM=offscreen QT_QUICK_BACKEND=software .venv/bin/python bench/chart_engines/qtcharts_qtgraphs_clash.py

Both modules have C++ classes named ``QScatterSeries``, ``QLineSeries``,
``QBarSet``... (neither in a namespace). Once ``PySide6.QtCharts`` is imported,
``findChild`` on a Qt Graphs QML scene returns ``PySide6.QtCharts.QScatterSeries``
for a Qt Graphs series; calling ``replace()`` on it runs Qt Charts' code on a
Qt Graphs object and the process dies (SIGSEGV). So the app could not move
chart by chart from Qt Charts to Qt Graphs without wrapping every object by
hand (``Shiboken.wrapInstance``). Prints the type it got; ``--call`` also calls it.
"""

import os
import sys
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_QUICK_BACKEND", "software")

from PySide6 import QtCharts, QtGraphs  # noqa: E402,F401  (both, as in an app midway through a move)
from PySide6.QtCore import QObject, QPointF, QUrl  # noqa: E402
from PySide6.QtGui import QGuiApplication  # noqa: E402
from PySide6.QtQuick import QQuickView  # noqa: E402

app = QGuiApplication([])
with tempfile.NamedTemporaryFile("w", suffix=".qml", delete=False) as f:
    f.write(
        "import QtQuick\nimport QtGraphs\nGraphsView { width: 300; height: 200\n"
        "  axisX: ValueAxis { max: 10 } axisY: ValueAxis { max: 10 }\n"
        "  ScatterSeries { objectName: 'points' } }\n"
    )
view = QQuickView(QUrl.fromLocalFile(f.name))
series = view.rootObject().findChild(QObject, "points")
print(
    f"Qt Graphs ScatterSeries came back as {type(series).__module__}.{type(series).__name__}",
    flush=True,
)
os.unlink(f.name)
if "--call" in sys.argv:
    series.replace([QPointF(1, 1), QPointF(2, 2)])
    print("replace() worked")
