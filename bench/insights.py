"""Benchmark the Insights screen on the demo journal (not a test: figures only).

    .venv/bin/python bench/insights.py              # 10 years, offscreen
    .venv/bin/python bench/insights.py --years 30

The demo journal is built in a child process (fast test KDF: key derivation is
not what this measures), so this process holds only what the app would: it
opens the journal, shows the Insights page at 1280x800 and prints medians of
wall time and of this process's CPU time (the machine is shared: CPU time is
the steadier figure):

- first show: every number computed, every reading loaded (the default range
  is "all"), the visible part drawn;
- warm refresh (nothing changed, readings loaded), drawn; and the same with the
  numbers computed again (``recomputed``: what an edit elsewhere costs);
- range switches and a person switch;
- "visible" figures draw what a user sees (the page as scrolled); "every chart"
  also paints the charts scrolled out of view (``ChartView.picture``);
- RSS at the end, Insights on "All".
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

END = dt.date(2026, 11, 1)


def _rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def _build(path: Path, years: int) -> None:
    code = (
        f"import sys, datetime as dt; sys.path.insert(0, {str(ROOT)!r})\n"
        "from mentorjournal.demo import generate as demo\n"
        "from mentorjournal.storage import crypto\n"
        "from mentorjournal.storage.journal import Journal\n"
        f"with Journal.create({str(path)!r}, 'bench', kdf=crypto.INSECURE_FAST_FOR_TESTS):\n"
        f"    demo.populate({years}, seed=1, scale=1.0, end=dt.date(2026, 11, 1))\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--journal", type=Path, help="reuse (or build) the demo journal here")
    options = parser.parse_args()

    tmp = tempfile.TemporaryDirectory(prefix="mj-insights-")
    path = options.journal or Path(tmp.name) / "bench.mjournal"
    if not path.exists():
        _build(path, options.years)

    from mentorjournal.storage.journal import Journal
    from ui.app import make_application
    from ui.insights.page import InsightsPage

    app = make_application()
    journal = Journal.open(path, "bench")
    rows: list[tuple[str, str, str]] = []
    try:
        page = InsightsPage(today=lambda: END)
        page.resize(1280, 800)

        def timed(action, every: bool = False) -> tuple[float, float]:
            wall, cpu = time.perf_counter(), time.process_time()
            action()
            app.processEvents()  # as the event loop would (deferred deletes, layouts)
            page.grab()  # what the user sees
            if every:
                for chart in page.charts:
                    chart.view.picture()
            return (time.perf_counter() - wall) * 1000, (time.process_time() - cpu) * 1000

        def median(action, every: bool = False) -> tuple[float, float]:
            runs = [timed(action, every) for _ in range(options.repeat)]
            return statistics.median(r[0] for r in runs), statistics.median(r[1] for r in runs)

        def shown() -> None:
            page.show()
            app.processEvents()
            while page.snapshot is None:
                app.processEvents()

        def recompute() -> None:
            page._computed.clear()
            page.refresh()

        def fmt(pair: tuple[float, float]) -> str:
            return f"{pair[0]:.0f} ({pair[1]:.0f} CPU)"

        first = timed(shown)
        rows.append(("first show: all readings loaded, computed, visible drawn", fmt(first), ""))
        rows.append(("warm refresh, visible drawn", fmt(median(page.refresh)), "<= 150"))
        rows.append(("warm refresh, every chart drawn", fmt(median(page.refresh, True)), "<= 150"))
        rows.append(
            (
                "refresh with the numbers recomputed, every chart drawn",
                fmt(median(recompute, True)),
                "",
            )
        )
        for key in ("3m", "1y", "all"):
            rows.append(
                (
                    f"switch to {key}, visible drawn",
                    fmt(median(lambda key=key: page.set_range(key))),
                    "<= 100",
                )
            )
            rows.append(
                (
                    f"switch to {key}, every chart drawn",
                    fmt(median(lambda key=key: page.set_range(key), True)),
                    "<= 100",
                )
            )
        person = timed(lambda: page.person_box.setCurrentIndex(1), True)
        rows.append(("switch person, every chart drawn", fmt(person), ""))
        page.person_box.setCurrentIndex(0)
        page.set_range("all")
        for chart in page.charts:
            chart.view.picture()
        app.processEvents()
        rows.append(
            (
                "RSS with Insights on All, every chart drawn (MB)",
                f"{_rss_mb():.0f}",
                "<= 120 at 10 years",
            )
        )
        series = page.mood_chart.time_chart.series
        rows.append(
            ("readings on the mood chart (All)", f"{sum(len(s.xs) for s in series[:2]):,}", "")
        )
    finally:
        journal.close()
        tmp.cleanup()
    print(
        f"Insights, {options.years}-year demo journal, ms as wall (CPU), median of {options.repeat}"
    )
    print("| figure | value | target |")
    print("|---|---|---|")
    for row in rows:
        print("| " + " | ".join(row) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
