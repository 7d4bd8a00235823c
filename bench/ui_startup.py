"""Benchmark the window: cold start, unlock to a populated timeline, memory.

    .venv/bin/python bench/ui_startup.py            # offscreen by default
    xvfb-run -a .venv/bin/python bench/ui_startup.py  # a real X server

1. Cold start to the unlock window, as whole processes, against an empty
   QMainWindow started the same way in the same run (target <= 1.3x).
2. Unlock to a populated timeline on the 10-year demo journal with the real
   key derivation (target <= key derivation + 100 ms).
3. Memory with that journal open: resident now and peak (target <= 120 MB;
   the peak includes Argon2id's 64 MiB working memory during unlock).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PASSPHRASE = "bench passphrase"

BASELINE = """
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.show()
app.processEvents()
import os; os._exit(0)
"""

APP = """
import sys
sys.path.insert(0, {root!r})
from pathlib import Path
from PySide6.QtCore import QSettings
from mentorjournal.storage import keychain
from ui.app import Controller, make_application
app = make_application()
controller = Controller(QSettings(), keychain.Keychain())
dialog = controller.start_dialog()
dialog.show_start_page(Path({path!r}))
dialog.show()
app.processEvents()
import os; os._exit(0)
"""


def _process_ms(code: str, runs: int) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    times = []
    for _ in range(runs):
        began = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True, env=env, cwd=ROOT)
        times.append((time.perf_counter() - began) * 1000)
    return statistics.median(times)


def _rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def unlock_worker(path: str) -> None:
    """Runs in its own process: unlock and show the populated main window."""
    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import QSettings

    from mentorjournal.storage import crypto
    from mentorjournal.storage.journal import Journal
    from ui.app import make_application
    from ui.main_window import MainWindow

    app = make_application()
    salt = Path(path).read_bytes()[:16]
    kdf_ms = (
        statistics.median(
            [
                (lambda b: (crypto.derive_key(PASSPHRASE, salt), time.perf_counter() - b)[1])(
                    time.perf_counter()
                )
                for _ in range(3)
            ]
        )
        * 1000
    )
    began = time.perf_counter()
    journal = Journal.open(path, PASSPHRASE)
    window = MainWindow(journal, QSettings(), lambda parent, p: None)
    window.show()
    app.processEvents()
    rows = window.timeline_page.model.rowCount() if hasattr(window, "timeline_page") else -1
    total_ms = (time.perf_counter() - began) * 1000
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{kdf_ms:.0f} {total_ms:.0f} {rows} {_rss_mb():.0f} {peak:.0f}")
    os._exit(0)


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        unlock_worker(args.worker)
        return 0
    sys.path.insert(0, str(ROOT))
    from mentorjournal.demo import generate as demo
    from mentorjournal.storage import crypto
    from mentorjournal.storage.journal import Journal

    with tempfile.TemporaryDirectory(prefix="mj-uibench-") as tmp:
        path = Path(tmp) / "demo.mjournal"
        with Journal.create(path, PASSPHRASE, kdf=crypto.STANDARD):
            demo.populate(10, seed=1, end=dt.date(2026, 11, 1))
        _process_ms(BASELINE, 1)  # warm the OS file cache for both
        baseline = _process_ms(BASELINE, args.runs)
        app = _process_ms(APP.format(root=str(ROOT), path=str(path)), args.runs)
        env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
        out = subprocess.run(
            [sys.executable, __file__, "--worker", str(path)],
            capture_output=True,
            text=True,
            check=True,
            env=env,
        ).stdout.split()
    kdf_ms, total_ms, rows, rss, peak = (float(x) for x in out)
    print("| figure | value | target |")
    print("|---|---|---|")
    print(f"| empty QMainWindow, whole process (ms) | {baseline:.0f} | |")
    print(f"| MentorJournal to unlock window, whole process (ms) | {app:.0f} | |")
    print(f"| cold start ratio | {app / baseline:.2f}x | <= 1.3x |")
    print(f"| key derivation (ms) | {kdf_ms:.0f} | 300-1000 |")
    print(
        f"| unlock to populated timeline, 10-year demo (ms) | {total_ms:.0f} ({rows:.0f} rows loaded) "
        f"| <= KDF + 100 = {kdf_ms + 100:.0f} |"
    )
    print(f"| resident memory with the journal open (MB) | {rss:.0f} | <= 120 |")
    print(f"| peak resident memory incl. unlock (MB) | {peak:.0f} | |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
