"""A process killed with SIGKILL at random moments never costs the journal."""

import datetime as dt
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from mentorjournal.errors import WrongPassphrase
from mentorjournal.storage.journal import Journal
from mentorjournal.storage.models import Reflection
from tests.conftest import FAST, PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]


def _spawn(*args: str, passphrase: str = PASSPHRASE) -> subprocess.Popen:
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.storage.crash_child", *args],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    proc.stdin.write(passphrase + "\n")
    proc.stdin.flush()
    return proc


@pytest.mark.slow
def test_writer_killed_at_random_moments_loses_no_acknowledged_write(journal_path):
    Journal.create(journal_path, PASSPHRASE, kdf=FAST).close()
    rng = random.Random(20261125)
    acknowledged: set[int] = set()
    for _round in range(30):
        proc = _spawn("writer", str(journal_path))
        target = rng.randint(1, 25)
        while True:
            line = proc.stdout.readline()
            assert line, proc.stderr.read()[-800:]
            acknowledged.add(int(line.split()[1]))
            target -= 1
            if target <= 0:
                time.sleep(rng.random() * 0.02)  # land anywhere inside the next write
                break
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        proc.stdout.close()
        proc.stderr.close()
        proc.stdin.close()
        with Journal.open(journal_path, PASSPHRASE) as j:
            assert j.verify() == []
            titles = {r.title for r in Reflection.select(Reflection.title)}
        missing = {n for n in acknowledged if f"ack-{n}" not in titles}
        assert not missing, f"acknowledged writes lost: {sorted(missing)[:5]}"
    assert len(acknowledged) >= 30


@pytest.mark.slow
def test_killed_during_passphrase_change_opens_with_old_or_new(journal_path):
    with Journal.create(journal_path, PASSPHRASE, kdf=FAST):
        Reflection.insert_many(
            [
                {"written_at": dt.datetime(2026, 1, 1), "title": f"t{i}", "body": "y" * 2000}
                for i in range(1500)
            ]
        ).execute()
    new = "the new passphrase"
    # One uninterrupted run tells how long a passphrase change takes here.
    proc = _spawn("rekey", str(journal_path), new)
    proc.stdin.close()
    assert proc.stdout.readline().strip() == "start"
    began = time.perf_counter()
    assert proc.stdout.readline().strip() == "done", proc.stderr.read()[-800:]
    duration = time.perf_counter() - began
    proc.wait()
    proc.stdout.close()
    proc.stderr.close()
    current, other = new, PASSPHRASE

    rng = random.Random(7)
    outcomes = {"old": 0, "new": 0}
    for _round in range(20):
        proc = _spawn("rekey", str(journal_path), other, passphrase=current)
        proc.stdin.close()
        assert proc.stdout.readline().strip() == "start"
        # Kill anywhere in twice the measured duration: about half the rounds
        # land inside the change (backup, copy, verify, rename), half after it.
        time.sleep(rng.random() * duration * 2)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        proc.stdout.close()
        proc.stderr.close()
        try:
            j = Journal.open(journal_path, current)
            outcomes["old"] += 1
        except WrongPassphrase:
            j = Journal.open(journal_path, other)
            outcomes["new"] += 1
            current, other = other, current
        with j:
            assert j.verify() == []
            assert Reflection.select().count() == 1500
        leftovers = [p.name for p in journal_path.parent.iterdir() if p.name.endswith(".tmp")]
        assert leftovers == []
    assert outcomes["old"] and outcomes["new"], outcomes
