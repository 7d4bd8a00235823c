"""Unlock -> first paint of the timeline in the real MainWindow (offscreen), CPU time.

A quick probe for iterating on the window's opening (``bench/run.py --only gui`` gives
the table figure): ``python bench/window_open.py 10`` prints, as JSON, the CPU time
(process_time) of ``Journal.open`` and of the window made, shown, settled and grabbed,
on the cached demo journal of that many years (cheap test KDF). ``--profile FILE``
writes a cProfile of the same span.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("years", type=int)
    parser.add_argument("--profile", metavar="FILE")
    options = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings

    from bench.common import PASSPHRASE
    from bench.probes import _app
    from mentorjournal.storage.journal import Journal
    from ui.main_window import MainWindow

    cache = Path(__file__).resolve().parent / "cache"
    path = next(cache.glob(f"demo-y{options.years}-*.mjournal"))
    app = _app()
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tempfile.mkdtemp())
    profiler = None
    if options.profile:
        import cProfile

        profiler = cProfile.Profile()
        profiler.enable()
    start = time.process_time()
    journal = Journal.open(path, PASSPHRASE)
    opened = time.process_time()
    window = MainWindow(journal, QSettings(), lambda _parent, _path: None)
    window.show()
    for _ in range(3):
        app.processEvents()
    window.grab()
    shown = time.process_time()
    if profiler is not None:
        profiler.disable()
        profiler.dump_stats(options.profile)
    figures = {"open_ms": (opened - start) * 1e3, "window_ms": (shown - opened) * 1e3}
    print(json.dumps({**figures, "total_ms": (shown - start) * 1e3}), flush=True)
    os._exit(0)  # no teardown: not part of the figure


if __name__ == "__main__":
    main()
