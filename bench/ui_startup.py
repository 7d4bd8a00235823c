"""The window's figures of bench/run.py: cold start, key derivation, the main window.

    .venv/bin/python bench/ui_startup.py                 # 10-year journal, 5 pairs
    .venv/bin/python bench/ui_startup.py --years 1 10 --runs 3
    xvfb-run -a env QT_QPA_PLATFORM=xcb .venv/bin/python bench/ui_startup.py   # a real X server

The same as ``bench/run.py --only start,kdf,gui`` (see there for how each
figure is measured); other options pass through to it.
"""

import os
import sys
from pathlib import Path

if __name__ == "__main__":
    run = Path(__file__).with_name("run.py")
    args = sys.argv[1:]
    if "--years" not in args:
        args += ["--years", "10"]
    os.execv(sys.executable, [sys.executable, str(run), "--only", "start,kdf,gui", *args])
