"""Resident memory of the real app with a journal open, before and after one mood chart per engine.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/chart_engines/app_rss.py [--years 10] [--runs 3]

Builds the demo journal (fast test key derivation: the 64 MiB of Argon2id is
not what this measures), then, each in a fresh process and interleaved: the
main window with the journal open on the timeline (today's start-up, Qt
Charts imported but nothing drawn), and the same plus the confidence/motivation
chart of all the journal's readings drawn with each engine (the app's own
MoodChart for Qt Charts; the prototypes of ``*_engine.py`` for the others).
Prints VmRSS after the chart is drawn; the budget is 120 MB.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import os
import random
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
VARIANTS = ("journal open", "readings loaded", "qtcharts", "pyqtgraph", "qtgraphs", "qpainter")


def engine_module(name: str):
    spec = importlib.util.spec_from_file_location(f"{name}_engine", HERE / f"{name}_engine.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def worker(variant: str, path: str) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("QT_QUICK_BACKEND", "software")
    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import QSettings

    from mentorjournal.analytics import insights
    from mentorjournal.storage.journal import Journal
    from ui.app import make_application
    from ui.main_window import MainWindow

    app = make_application()
    journal = Journal.open(path, "bench")
    window = MainWindow(journal, QSettings(), lambda parent, p: None)
    window.show()
    app.processEvents()
    if variant != "journal open":
        records = insights.MoodRecords()
        records.ensure(None)
        points = records.series()
        start, end = points[0].day, points[-1].day
        readings = [(p.when, p.confidence, p.motivation, p.kind, p.id) for p in points]
        if variant == "readings loaded":  # what every chart needs first: no chart yet
            pass
        elif variant == "qtcharts":
            from ui.insights.mood_chart import MoodChart

            chart = MoodChart()
            chart.resize(1200, 560)
            chart.show()
            chart.show_data(points, start, end)
            app.processEvents()
            chart.view.grab()
        elif variant == "pyqtgraph":
            plot = engine_module("pyqtgraph").MoodPlot(readings)
            plot.widget.resize(1200, 480)
            plot.widget.show()
            plot.show_range(start, end)
            app.processEvents()
            plot.widget.grab()
        elif variant == "qtgraphs":
            from PySide6 import QtGraphs  # noqa: F401
            from PySide6.QtCore import QUrl
            from PySide6.QtQuickWidgets import QQuickWidget

            module = engine_module("qtgraphs")
            qml = module.write_qml()
            widget = QQuickWidget()
            widget.setResizeMode(QQuickWidget.ResizeMode.SizeRootObjectToView)
            widget.setSource(QUrl.fromLocalFile(str(qml)))
            widget.resize(1200, 480)
            widget.show()
            graph = module.MoodGraph(widget.rootObject(), readings)
            graph.show_range(start, end)
            app.processEvents()
            widget.grabFramebuffer()
            qml.unlink()
        elif variant == "qpainter":
            module = engine_module("qpainter")
            chart, show = module.mood_chart(readings)
            show(start, end)
            widget = module.make_widget(chart)
            widget.resize(1200, 480)
            widget.show()
            app.processEvents()
            widget.grab()
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            print(int(line.split()[1]) / 1024, flush=True)
    os._exit(0)


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--worker", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        worker(*args.worker)
        return 0
    sys.path.insert(0, str(ROOT))
    from mentorjournal.demo import generate as demo
    from mentorjournal.storage import crypto
    from mentorjournal.storage.journal import Journal

    variants = [v for v in VARIANTS if v != "pyqtgraph" or importlib.util.find_spec("pyqtgraph")]
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    with tempfile.TemporaryDirectory(prefix="mj-chart-rss-") as tmp:
        path = Path(tmp) / "demo.mjournal"
        with Journal.create(path, "bench", kdf=crypto.INSECURE_FAST_FOR_TESTS):
            demo.populate(args.years, seed=1, end=dt.date(2026, 11, 30))
        rss: dict[str, list[float]] = {v: [] for v in variants}
        rng = random.Random(0)
        for _ in range(args.runs):
            order = list(variants)
            rng.shuffle(order)
            for variant in order:
                done = subprocess.run(
                    [sys.executable, __file__, "--worker", variant, str(path)],
                    env=env,
                    capture_output=True,
                    text=True,
                    check=True,
                    timeout=600,
                )
                rss[variant].append(float(done.stdout.split()[-1]))
    print(
        f"| {args.years}-year demo journal open in the main window | RSS, MB, median (min–max) of {args.runs} |"
    )
    print("|---|---|")
    for variant, values in rss.items():
        label = (
            variant
            if variant == "journal open"
            else "+ every mood reading loaded (no chart)"
            if variant == "readings loaded"
            else f"+ readings loaded and their mood chart drawn with {variant}"
        )
        print(
            f"| {label} | {statistics.median(values):.0f} ({min(values):.0f}–{max(values):.0f}) |"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
