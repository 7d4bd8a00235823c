"""Start a program and end it as soon as its first window has been painted.

    python bench/first_window.py app [ARGS...]   # MentorJournal's window (main.py ARGS)
    python bench/first_window.py baseline        # an empty QMainWindow, nothing else

The parent times the whole process, from spawn to exit. Both sides run the
same way: this file creates the QApplication and watches every event with
the same filter; the first paint of a visible top-level window ends the
process at once (``os._exit``), so neither side pays for tearing down.
MentorJournal then runs exactly as ``python main.py ARGS`` does (its first
window is the start or unlock dialog); the baseline shows one empty
QMainWindow and enters the event loop.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    which, args = sys.argv[1], sys.argv[2:]
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication, QWidget

    class FirstPaint(QObject):
        def eventFilter(self, watched, event):  # Qt override
            if (
                event.type() == QEvent.Type.Paint
                and isinstance(watched, QWidget)
                and watched.isWindow()
                and watched.isVisible()
            ):
                sys.stdout.flush()
                os._exit(0)
            return False

    import threading

    watchdog = threading.Timer(float(os.environ.get("BENCH_FIRST_WINDOW_TIMEOUT", "300")), os._exit)
    watchdog.args = (3,)  # no window ever painted: fail instead of waiting for ever
    watchdog.daemon = True
    watchdog.start()
    app = QApplication([sys.argv[0]])
    spy = FirstPaint()
    app.installEventFilter(spy)
    if which == "baseline":
        from PySide6.QtWidgets import QMainWindow

        window = QMainWindow()
        window.resize(800, 600)
        window.show()
        return app.exec()
    sys.path.insert(0, str(ROOT))
    sys.argv = [str(ROOT / "main.py"), *args]
    import main as entry  # main.py: the window or the command line, as a user starts it

    return entry.main()


if __name__ == "__main__":
    sys.exit(main())
