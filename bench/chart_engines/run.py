"""Compare the chart engines as whole processes, interleaved, medians (min-max).

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/chart_engines/run.py [--runs 5] [--json FILE]

Needs pyqtgraph (``pip install pyqtgraph``) for its rows; Qt Charts and Qt
Graphs come with PySide6-Addons. Every figure is measured in its own fresh
process and the engines take turns (A B C D, A B C D, ...; the order is
shuffled each round), so load from other work on the machine falls on all of
them alike. Nothing is subtracted: each row is a whole process, and the empty
window's row is there to compare with.

1. Start: an empty QMainWindow (as ``bench/ui_startup.py``'s baseline), the same
   plus ``import`` of each engine, and the same plus one empty chart of each
   engine shown -- wall time of the process and its resident memory at the end.
2. Drawing: each ``*_engine.py`` worker draws the 30-year confidence/motivation
   chart (13.4k readings, two 30-day averages, session days) at 1200x480,
   switches to 1 year, 3 months and back to all, saves PNG and PDF.
3. Without QtWidgets: each worker's ``--core`` (a QGuiApplication only).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]

RSS = (
    "import os\nfor line in open('/proc/self/status'):\n"
    "    if line.startswith('VmRSS:'): print(int(line.split()[1]) / 1024)\nos._exit(0)\n"
)
WINDOW = (
    "from PySide6.QtWidgets import QApplication, QMainWindow\n{engine}\napp = QApplication([])\n"
    "window = QMainWindow()\n{chart}\nwindow.show()\napp.processEvents()\n"
)
EMPTY_QML = (
    "import QtQuick\nimport QtGraphs\nGraphsView { axisX: DateTimeAxis {} axisY: ValueAxis { max: 10 }"
    " LineSeries {} }\n"
)
CHARTS = {
    "qtcharts": "from PySide6.QtCharts import QChart, QChartView\nwindow.setCentralWidget(QChartView(QChart()))",
    "pyqtgraph": "window.setCentralWidget(pyqtgraph.PlotWidget(axisItems={'bottom': pyqtgraph.DateAxisItem()}))",
    "qtgraphs": (
        "from PySide6.QtCore import QUrl\nfrom PySide6.QtQuickWidgets import QQuickWidget\n"
        "import tempfile\nf = tempfile.NamedTemporaryFile('w', suffix='.qml', delete=False)\n"
        f"f.write({EMPTY_QML!r}); f.close()\nw = QQuickWidget(QUrl.fromLocalFile(f.name))\n"
        "w.setResizeMode(QQuickWidget.ResizeMode.SizeRootObjectToView)\nwindow.setCentralWidget(w)\n"
        "window.resize(800, 400)"
    ),
    "qpainter": (
        "from PySide6.QtGui import QPainter\nfrom PySide6.QtWidgets import QWidget\n"
        "class Chart(QWidget):\n    def paintEvent(self, e):\n        p = QPainter(self)\n"
        "        p.drawLine(0, 0, self.width(), self.height())\n        p.end()\n"
        "window.setCentralWidget(Chart())"
    ),
}
IMPORTS = {
    "qtcharts": "from PySide6 import QtCharts",
    "pyqtgraph": "import pyqtgraph",
    "qtgraphs": "from PySide6 import QtGraphs, QtQuickWidgets",
    "qpainter": "from PySide6 import QtGui",
}
WORKERS = {
    "qtcharts": ["qtcharts_engine.py"],
    "pyqtgraph": ["pyqtgraph_engine.py"],
    "qtgraphs": ["qtgraphs_engine.py"],
    "qpainter": ["qpainter_engine.py"],
    "qpainter-core": ["qpainter_engine.py", "--core"],
}


def start_programs(engines: list[str]) -> dict[str, str]:
    programs = {"empty window": WINDOW.format(engine="", chart="") + RSS}
    for name in engines:
        programs[f"+ import {name}"] = WINDOW.format(engine=IMPORTS[name], chart="") + RSS
        programs[f"+ empty {name} chart shown"] = (
            WINDOW.format(engine=IMPORTS[name], chart=CHARTS[name]) + RSS
        )
    return programs


def env() -> dict[str, str]:
    result = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    result.setdefault(
        "QT_QUICK_BACKEND", "software"
    )  # what a machine without a GPU gets; see qtgraphs_engine
    return result


def run_start(code: str) -> tuple[float, float]:
    began = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env=env(),
        cwd=ROOT,
        check=True,
    )
    return (time.perf_counter() - began) * 1000, float(done.stdout.split()[-1])


def run_worker(args: list[str]) -> dict:
    done = subprocess.run(
        [sys.executable, str(HERE / args[0]), *args[1:]],
        capture_output=True,
        text=True,
        env=env(),
        cwd=ROOT,
        timeout=300,
    )
    if done.returncode:
        raise RuntimeError(f"{args} failed ({done.returncode}): {done.stderr[-600:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def spread(values: list[float], digits: int = 0) -> str:
    return (
        f"{statistics.median(values):.{digits}f} ({min(values):.{digits}f}–{max(values):.{digits}f})"
        if values
        else "–"
    )


def available(engines: list[str]) -> list[str]:
    try:
        import pyqtgraph  # noqa: F401
    except ImportError:
        print(
            "pyqtgraph is not installed: its rows are left out (pip install pyqtgraph)",
            file=sys.stderr,
        )
        return [e for e in engines if e != "pyqtgraph"]
    return engines


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--json", type=Path, help="write every single run here too")
    parser.add_argument("--skip-start", action="store_true")
    parser.add_argument("--skip-draw", action="store_true")
    args = parser.parse_args()
    engines = available(["qtcharts", "pyqtgraph", "qtgraphs", "qpainter"])
    rng = random.Random(0)
    raw: dict[str, object] = {"python": sys.version.split()[0]}
    from PySide6 import __version__ as pyside

    raw["pyside6"] = pyside
    print(
        f"PySide6 {pyside}, Python {raw['python']}, {args.runs} interleaved runs, medians (min–max)\n"
    )

    if not args.skip_start:
        programs = start_programs(engines)
        for code in programs.values():  # warm the OS file cache for every variant once
            run_start(code)
        times: dict[str, list[float]] = {k: [] for k in programs}
        rss: dict[str, list[float]] = {k: [] for k in programs}
        for _ in range(args.runs):
            order = list(programs)
            rng.shuffle(order)
            for key in order:
                ms, mb = run_start(programs[key])
                times[key].append(ms)
                rss[key].append(mb)
        raw["start"] = {"ms": times, "rss_mb": rss}
        base = statistics.median(times["empty window"])
        print("| process (offscreen) | wall time, ms | × empty window | RSS at the end, MB |")
        print("|---|---|---|---|")
        for key in programs:
            ratio = [t / base for t in times[key]]
            print(f"| {key} | {spread(times[key])} | {spread(ratio, 2)} | {spread(rss[key])} |")
        print()

    if not args.skip_draw:
        workers = {k: v for k, v in WORKERS.items() if k.split("-")[0] in engines}
        for worker in workers.values():  # warm-up
            run_worker(worker)
        results: dict[str, list[dict]] = {k: [] for k in workers}
        for _ in range(args.runs):
            order = list(workers)
            rng.shuffle(order)
            for key in order:
                results[key].append(run_worker(workers[key]))
        raw["draw"] = results
        print(
            "| 30-year mood chart | first draw, ms | → 1 year | → 3 months | → all | PNG, ms | PDF, ms "
            "| PDF vector | RSS after first draw, MB |"
        )
        print("|---|---|---|---|---|---|---|---|---|")
        for key, runs in results.items():

            def col(name, runs=runs):
                return spread([r[name] for r in runs])

            def sw(name, runs=runs):
                return spread([r["switch_ms"][name] for r in runs])

            print(
                f"| {key} | {col('first_ms')} | {sw('1y')} | {sw('3m')} | {sw('all')} | {col('png_ms')} "
                f"| {col('pdf_ms')} | {'yes' if runs[0]['pdf_vector'] else 'no (pictures)'} | {col('rss_mb')} |"
            )
        print()
        print("| engine | accessible tree below the chart widget | hit-test of a point |")
        print("|---|---|---|")
        for key, runs in results.items():
            tree = " / ".join(line.strip() for line in runs[0].get("a11y", [])) or "(no widget)"
            hit = runs[0].get("hit_test")
            print(f"| {key} | {tree} | {'–' if hit is None else 'found' if hit else 'missed'} |")
        print()

    print("| without QtWidgets (QGuiApplication only) | result |")
    print("|---|---|")
    core = {}
    for name in engines:
        done = subprocess.run(
            [sys.executable, str(HERE / f"{name}_engine.py"), "--core"],
            capture_output=True,
            text=True,
            env=env(),
            cwd=ROOT,
            timeout=300,
        )
        lines = [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]
        tail = done.stderr.strip().splitlines()[-1:] if done.returncode else []
        core[name] = {"returncode": done.returncode, "output": lines, "stderr": tail}
        if done.returncode == 0 and lines and lines[-1].get("core_works"):
            verdict = (
                f"works: an image{' and a vector PDF' if lines[-1].get('pdf_vector') else ''}, "
                f"QtWidgets loaded: {lines[-1].get('qtwidgets_loaded')}"
            )
        else:
            signal = {-6: "SIGABRT", -11: "SIGSEGV", 134: "SIGABRT", 139: "SIGSEGV"}.get(
                done.returncode, ""
            )
            verdict = f"fails: exit {done.returncode} {signal} {' '.join(tail)}".strip()
            if lines and "import_loads_qtwidgets" in lines[0]:
                verdict += f" (its import loads QtWidgets: {lines[0]['import_loads_qtwidgets']})"
        print(f"| {name} | {verdict} |")
    raw["core"] = core
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(raw, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
