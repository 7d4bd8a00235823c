"""Benchmark the Insights screen on the 10-year demo journal (not a test: figures only).

    .venv/bin/python bench/insights.py              # offscreen
    .venv/bin/python bench/insights.py --years 30

Builds the demo journal (fast test KDF: key derivation is not what this
measures), opens the Insights page at 1280x800 and prints:

- the first full refresh: every chart's numbers computed and every chart
  drawn (``refresh()`` plus rendering the page to an image), target <= 150 ms;
- the same again warm (readings already loaded);
- switching range (3 months, 6 months, 1 year, all) and person: each switch
  computed and drawn, the slowest one is what the user waits for;
- the largest series drawn (points of the confidence/motivation chart);
- RSS with Insights on "All".
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

END = dt.date(2026, 11, 1)


def _drawn_ms(page, action) -> float:
    """``action``, then render every chart (also those scrolled out of view)."""
    began = time.perf_counter()
    action()
    page.grab()
    for chart in page.charts:
        chart.grab()
    return (time.perf_counter() - began) * 1000


def _rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--repeat", type=int, default=5)
    options = parser.parse_args()

    from mentorjournal.demo import generate as demo
    from mentorjournal.storage import crypto
    from mentorjournal.storage.journal import Journal
    from ui.app import make_application
    from ui.insights.page import InsightsPage

    app = make_application()
    with tempfile.TemporaryDirectory(prefix="mj-insights-") as tmp:
        path = Path(tmp) / "bench.mjournal"
        with Journal.create(path, "bench", kdf=crypto.INSECURE_FAST_FOR_TESTS):
            counts = demo.populate(options.years, seed=1, scale=1.0, end=END)
        journal = Journal.open(path, "bench")
        try:
            page = InsightsPage(today=lambda: END)
            page.resize(1280, 800)
            page.show()
            app.processEvents()

            first = _drawn_ms(page, page.refresh)
            snapshot_ms = page.timings.get("snapshot_ms", float("nan"))
            warm = statistics.median(_drawn_ms(page, page.refresh) for _ in range(options.repeat))
            switches = {}
            for key in ("3m", "6m", "1y", "all"):
                switches[key] = statistics.median(
                    _drawn_ms(page, lambda key=key: page.set_range(key))
                    for _ in range(options.repeat)
                )
            person_ms = []
            for row in range(1, page.person_box.count()):
                person_ms.append(
                    _drawn_ms(page, lambda row=row: page.person_box.setCurrentIndex(row))
                )
            page.person_box.setCurrentIndex(0)  # everyone again
            page.set_range("all")
            _drawn_ms(page, lambda: None)
            series = page.mood_chart.time_chart.series
            largest = max(series, key=lambda s: len(s.xs))
            rss = _rss_mb()
            rows = [
                ("records in the journal", f"{counts.total:,}", ""),
                ("first refresh: computed + drawn (ms)", f"{first:.0f}", "<= 150"),
                ("  of which the numbers (ms)", f"{snapshot_ms:.0f}", ""),
                ("warm refresh: computed + drawn (ms)", f"{warm:.0f}", "<= 150"),
                *[(f"switch to {k} (ms)", f"{v:.0f}", "responsive") for k, v in switches.items()],
                (
                    f"switch person, slowest of {len(person_ms)} (ms)",
                    f"{max(person_ms):.0f}" if person_ms else "-",
                    "responsive",
                ),
                (
                    f"largest series, everyone, all time: {largest.name!r}",
                    f"{len(largest.xs):,} points",
                    "",
                ),
                ("RSS with Insights on All (MB)", f"{rss:.0f}", "<= 120 at 10 years"),
            ]
        finally:
            journal.close()
    print(
        f"Insights, {options.years}-year demo journal, {sys.platform}, Qt offscreen={os.environ['QT_QPA_PLATFORM']}"
    )
    print("| figure | value | target |")
    print("|---|---|---|")
    for row in rows:
        print("| " + " | ".join(row) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
