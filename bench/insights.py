"""The Insights figures of bench/run.py: refreshes and switches, computed and drawn.

    .venv/bin/python bench/insights.py                   # 10-year journal, 5 pairs
    .venv/bin/python bench/insights.py --years 30 100 --runs 3

The same as ``bench/run.py --only insights`` (see there and bench/probes.py,
``insights``); other options pass through to it.
"""

import os
import sys
from pathlib import Path

if __name__ == "__main__":
    run = Path(__file__).with_name("run.py")
    args = sys.argv[1:]
    if "--years" not in args:
        args += ["--years", "10"]
    os.execv(sys.executable, [sys.executable, str(run), "--only", "insights", *args])
