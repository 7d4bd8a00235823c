"""Demo folders of apps that were killed are removed when the next demo starts.

Real processes: a child makes a demo folder (and a journal in it) and is killed
with SIGKILL, so nothing of its own cleans up; another child keeps running with
its folder. Only the dead one's folder goes.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from ui import demo_journal

ROOT = Path(__file__).resolve().parents[2]

CHILD = """
import sys, time
from pathlib import Path
from mentorjournal.storage import crypto
from ui.demo_journal import DemoFolder, make_demo_journal
folder = DemoFolder(Path(sys.argv[1]))
make_demo_journal(folder.path, "demo passphrase", kdf=crypto.INSECURE_FAST_FOR_TESTS, years=1)
print(folder.path, flush=True)
time.sleep(600)
"""


def start_demo_child(parent: Path) -> tuple[subprocess.Popen, Path]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(parent)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        text=True,
    )
    line = child.stdout.readline().strip()
    assert line, "the child made no demo folder"
    return child, Path(line)


def age(folder: Path, seconds: float) -> None:
    then = time.time() - seconds
    os.utime(folder, (then, then))


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_a_killed_apps_demo_folder_goes_a_running_apps_stays(tmp_path):
    killed, dead_folder = start_demo_child(tmp_path)
    running, live_folder = start_demo_child(tmp_path)
    try:
        assert (dead_folder / demo_journal.DEMO_FILE).is_file()
        killed.send_signal(signal.SIGKILL)
        killed.wait(timeout=30)
        for folder in (dead_folder, live_folder):
            age(folder, 2 * demo_journal.GRACE_SECONDS)
        unrelated = tmp_path / "mentorjournal-notes"
        unrelated.mkdir()

        assert demo_journal.sweep_left_behind(tmp_path) == [dead_folder]

        assert not dead_folder.exists()
        assert (live_folder / demo_journal.DEMO_FILE).is_file()
        assert unrelated.is_dir()
    finally:
        for child in (killed, running):
            child.kill()
            child.wait(timeout=30)
            child.stdout.close()


def test_a_young_unclaimed_folder_may_be_in_the_making_and_stays(tmp_path):
    young = tmp_path / (demo_journal.DEMO_PREFIX + "young")
    young.mkdir()
    old = tmp_path / (demo_journal.DEMO_PREFIX + "old")
    old.mkdir()
    age(old, 2 * demo_journal.GRACE_SECONDS)
    assert demo_journal.sweep_left_behind(tmp_path) == [old]
    assert young.is_dir()


def test_this_apps_own_demo_folder_stays_until_it_removes_it(tmp_path):
    folder = demo_journal.DemoFolder(tmp_path)
    age(folder.path, 2 * demo_journal.GRACE_SECONDS)
    assert demo_journal.sweep_left_behind(tmp_path) == []
    folder.remove()
    assert not folder.path.exists()
