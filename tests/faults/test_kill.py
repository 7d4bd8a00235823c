"""kill -9 during every operation, at random moments and at the worst ones.

Each operation runs in a child forked from a preloaded forkserver (so a run
costs milliseconds, not an interpreter start) and is killed with SIGKILL:
after a random delay, or the moment its temp file appears, or the moment the
journal's ``-wal`` disappears. After each kill the journal must open, pass
``verify``, keep every acknowledged write, and be the old or the new state
(never a mix); temp files must be gone after the next open. The figures
(runs, failures, lost writes) print with ``-s``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import multiprocessing
import os
import random
import signal
import stat
import time
import uuid
from collections.abc import Callable
from pathlib import Path

import pytest

from mentorjournal.domain import records
from mentorjournal.errors import JournalDamaged, WrongPassphrase
from mentorjournal.exchange import native
from mentorjournal.storage import fsutil
from mentorjournal.storage.backups import Backups
from mentorjournal.storage.copies import verify_file
from mentorjournal.storage.journal import Journal
from mentorjournal.storage.models import Reflection
from tests.conftest import FAST, PASSPHRASE
from tests.faults import ops

RUNS = 30
CTX = multiprocessing.get_context("forkserver")
CTX.set_forkserver_preload(
    [
        "tests.faults.ops",
        "mentorjournal.storage.journal",
        "mentorjournal.storage.salvage",
        "mentorjournal.domain.records",
        "mentorjournal.exchange.native",
    ]
)


def child_env() -> dict[str, str]:
    names = ("MENTORJOURNAL_DATA_DIR", "MENTORJOURNAL_CONFIG_DIR")
    return {name: os.environ[name] for name in names} | {"MENTORJOURNAL_LOCK_WAIT": "10"}


def start(target: Callable[..., None], *args: object) -> multiprocessing.Process:
    proc = CTX.Process(target=target, args=(child_env(), *args), daemon=True)
    proc.start()
    return proc


def lines(acks: Path) -> list[str]:
    try:
        return acks.read_text().splitlines()
    except FileNotFoundError:
        return []


def wait_for(predicate: Callable[[], bool], timeout: float = 30.0, step: float = 0.0005) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(step)
    return False


def kill(proc: multiprocessing.Process) -> None:
    if proc.pid is not None and proc.is_alive():
        try:
            os.kill(proc.pid, signal.SIGKILL)
        except ProcessLookupError:  # it finished between the check and the kill
            pass
    proc.join(10)


def temp_in(folder: Path, word: str) -> Callable[[], bool]:
    def seen() -> bool:
        try:
            with os.scandir(folder) as entries:
                return any(word in e.name and ".tmp" in e.name for e in entries)
        except FileNotFoundError:
            return False

    return seen


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.rglob("*.tmp*"))


def timed(target: Callable[..., None], *args: object) -> float:
    began = time.perf_counter()
    proc = start(target, *args)
    proc.join(120)
    assert proc.exitcode == 0
    return time.perf_counter() - began


class Figures:
    def __init__(self, name: str) -> None:
        self.name, self.runs, self.failures, self.lost, self.acknowledged = name, 0, 0, 0, 0
        self.outcomes: dict[str, int] = {}

    def outcome(self, name: str) -> None:
        self.outcomes[name] = self.outcomes.get(name, 0) + 1

    def report(self) -> None:
        print(
            f"\nFAULT {self.name}: {self.runs} runs, {self.failures} failures, "
            f"{self.lost} lost of {self.acknowledged} acknowledged; outcomes {self.outcomes}"
        )


def kill_somewhere(
    proc: multiprocessing.Process, rng: random.Random, duration: float, worst: Callable[[], bool]
) -> str:
    """Kill at a random moment, or (every other run) at the worst one."""
    if rng.random() < 0.5:
        time.sleep(rng.random() * duration * 1.5)
        kill(proc)
        return "random"
    wait_for(lambda: worst() or not proc.is_alive(), timeout=duration * 4 + 5)
    if rng.random() < 0.5:
        time.sleep(rng.random() * 0.005)
    kill(proc)
    return "worst"


def titles(path: Path, passphrase: str = PASSPHRASE) -> set[str]:
    with Journal.open(path, passphrase) as journal:
        assert journal.verify() == []
        return {r.title for r in Reflection.select(Reflection.title)}


def fill(path: Path, n: int) -> None:
    with Journal.create(path, PASSPHRASE, kdf=FAST):
        Reflection.insert_many(
            [
                {"written_at": dt.datetime(2026, 1, 1), "title": f"base-{i}", "body": "y" * 1500}
                for i in range(n)
            ]
        ).execute()


# -- the operations --------------------------------------------------------------------


def test_kill_during_add(tmp_path):
    path, acks = tmp_path / "j.mjournal", tmp_path / "acks"
    fill(path, 0)
    rng, fig = random.Random(1), Figures("add")
    for _ in range(RUNS):
        before = len(lines(acks))
        proc = start(ops.add, str(path), str(acks), before)
        target = before + rng.randint(1, 12)
        assert wait_for(lambda target=target: len(lines(acks)) >= target)
        time.sleep(rng.random() * 0.01)
        kill(proc)
        acked = set(lines(acks))
        found = titles(path)
        fig.runs += 1
        fig.acknowledged = len(acked)
        missing = acked - found
        fig.lost += len(missing)
        fig.failures += bool(missing)
    fig.report()
    assert fig.failures == 0 and fig.lost == 0 and fig.acknowledged >= RUNS


def test_kill_during_passwd(tmp_path):
    path, acks = tmp_path / "j.mjournal", tmp_path / "acks"
    fill(path, 300)
    duration = timed(ops.passwd, str(path), str(acks), PASSPHRASE, ops.OTHER)
    current, other = ops.OTHER, PASSPHRASE
    rng, fig = random.Random(2), Figures("passwd")
    for _ in range(RUNS):
        proc = start(ops.passwd, str(path), str(acks), current, other)
        fig.outcome(kill_somewhere(proc, rng, duration, temp_in(tmp_path, "rekey")))
        try:
            found = titles(path, current)
            fig.outcome("old")
        except WrongPassphrase:
            found = titles(path, other)
            current, other = other, current
            fig.outcome("new")
        fig.runs += 1
        fig.failures += len(found) != 300
        assert [n for n in os.listdir(tmp_path) if ".rekey-" in n] == []
    fig.report()
    assert fig.failures == 0
    assert fig.outcomes.get("old") and fig.outcomes.get("new"), fig.outcomes


def test_kill_during_backup(tmp_path):
    path, acks = tmp_path / "j.mjournal", tmp_path / "acks"
    fill(path, 300)
    folder = Backups.for_journal(path).folder
    rng, fig = random.Random(3), Figures("backup")
    duration = 0.5
    for _ in range(RUNS):
        proc = start(ops.backup, str(path), str(acks))
        fig.outcome(kill_somewhere(proc, rng, duration, temp_in(folder, "backup")))
        with Journal.open(path, PASSPHRASE) as journal:  # the next start cleans up
            assert journal.verify() == []
            key = journal.key.copy()
        fig.runs += 1
        assert leftovers(folder) == []
        listed = Backups.for_journal(path).list()
        for made in lines(acks):
            if Path(made).exists():
                verify_file(Path(made), key)
        for info in listed:
            verify_file(info.path, key)
        assert all(stat.S_IMODE(i.path.stat().st_mode) == 0o600 for i in listed)
    fig.report()
    assert fig.failures == 0


def test_kill_during_restore(tmp_path):
    """The defect: -wal/-shm were deleted before the new file was in place (13 of 15)."""
    path, acks = tmp_path / "j.mjournal", tmp_path / "acks"
    fill(path, 50)
    with Journal.open(path, PASSPHRASE) as journal:
        backup = Backups.for_journal(path).create(journal, "manual")
    restored = titles(backup)
    expected = set(restored)
    rng, fig = random.Random(4), Figures("restore")
    n = 0
    for _ in range(RUNS):
        writer = start(ops.add, str(path), str(acks), n)  # leave acknowledged commits in -wal
        assert wait_for(lambda n=n: len(lines(acks)) >= n + 3)
        kill(writer)
        new = set(lines(acks)[n:])
        n = len(lines(acks))
        expected |= new
        fig.acknowledged += len(new)
        assert Path(f"{path}-wal").stat().st_size > 0
        proc = start(ops.restore, str(path), str(tmp_path / "racks"), str(backup))
        wal_gone = lambda: not Path(f"{path}-wal").exists()  # noqa: E731
        worst = wal_gone if rng.random() < 0.5 else temp_in(tmp_path, "restore")
        fig.outcome(kill_somewhere(proc, rng, 0.3, worst))
        found = titles(path)
        fig.runs += 1
        if found == restored:
            fig.outcome("restored")
            expected = set(restored)
        elif found >= expected:
            fig.outcome("old")
            expected = found
        else:
            fig.failures += 1
            fig.lost += len(expected - found)
            expected = found
        assert [n for n in os.listdir(tmp_path) if ".restore-" in n] == []
    fig.report()
    assert fig.failures == 0 and fig.lost == 0


def test_kill_during_import(tmp_path):
    path, acks = tmp_path / "j.mjournal", tmp_path / "acks"
    fill(path, 0)
    source = tmp_path / "source.mjournal"
    with Journal.create(source, PASSPHRASE, kdf=FAST):
        for i in range(150):
            records.create("reflection", title=f"imp-{i}", body="z" * 500, tags=["t"])
        data = native.export_json()
    rng, fig = random.Random(5), Figures("import")
    count = 0
    for run in range(RUNS):
        for row in data["records"]["reflection"]:
            row["uuid"] = str(uuid.uuid4())
        file = tmp_path / f"in{run}.json"
        file.write_text(json.dumps(data))
        proc = start(ops.import_file, str(path), str(acks), str(file))
        assert wait_for(lambda run=run: lines(acks).count("started") > run)
        time.sleep(rng.random() * 0.4)
        kill(proc)
        with Journal.open(path, PASSPHRASE) as journal:
            assert journal.verify() == []
            now = Reflection.select().count()
        fig.runs += 1
        fig.outcome("all" if now == count + 150 else "none" if now == count else "partial")
        fig.failures += now not in (count, count + 150)
        count = now
    fig.report()
    assert fig.failures == 0


def test_kill_during_export(tmp_path):
    path, acks = tmp_path / "j.mjournal", tmp_path / "acks"
    fill(path, 800)
    rng, fig = random.Random(6), Figures("export")
    modes = set()
    for run in range(RUNS):
        dest = tmp_path / f"out{run}.json"
        proc = start(ops.export, str(path), str(acks), str(dest))
        if rng.random() < 0.5:
            assert wait_for(temp_in(tmp_path, "write"), timeout=20)
            for name in os.listdir(tmp_path):
                if ".write-" in name:
                    try:
                        modes.add(stat.S_IMODE(os.stat(tmp_path / name).st_mode))
                    except FileNotFoundError:
                        pass
            fig.outcome("worst")
        else:
            time.sleep(rng.random() * 0.6)
            fig.outcome("random")
        kill(proc)
        with Journal.open(path, PASSPHRASE):  # the next start removes what was left
            pass
        fig.runs += 1
        assert [n for n in os.listdir(tmp_path) if ".write-" in n] == []
        if dest.exists():
            fig.outcome("complete")
            fig.failures += len(json.loads(dest.read_text())["records"]["reflection"]) != 800
            assert stat.S_IMODE(dest.stat().st_mode) == 0o600
    fig.report()
    assert fig.failures == 0
    assert modes <= {0o600}


def test_kill_during_salvage(tmp_path):
    path, acks = tmp_path / "j.mjournal", tmp_path / "acks"
    fill(path, 400)
    data = bytearray(path.read_bytes())
    data[30 * 4096 + 200] ^= 0xFF
    path.write_bytes(bytes(data))
    digest = hashlib.sha256(bytes(data)).hexdigest()
    rng, fig = random.Random(7), Figures("salvage")
    duration = timed(ops.salvage, str(path), str(acks), str(tmp_path / "first.mjournal"))
    for run in range(RUNS):
        out = tmp_path / f"out{run}.mjournal"
        proc = start(ops.salvage, str(path), str(acks), str(out))
        fig.outcome(kill_somewhere(proc, rng, duration, temp_in(tmp_path, "salvage")))
        with pytest.raises(JournalDamaged):
            Journal.open(path, PASSPHRASE)  # still damaged, untouched; cleans up
        fig.runs += 1
        assert hashlib.sha256(path.read_bytes()).hexdigest() == digest
        assert [n for n in os.listdir(tmp_path) if ".salvage-" in n] == []
        if out.exists():
            fig.outcome("complete")
            found = titles(out)
            fig.failures += not 350 <= len(found) <= 400
    fig.report()
    assert fig.failures == 0


def test_temp_files_are_private_while_written(tmp_path):
    """Temp copies of exports and backups are 0600 from their first byte."""
    fsutil.use_private_umask()
    previous = os.umask(0o022)  # even under a lax umask
    try:
        tmp = fsutil.temp_path_for(tmp_path / "x.json", "write")
        fsutil.write_new_private(tmp, b"{}")
        assert stat.S_IMODE(tmp.stat().st_mode) == 0o600
    finally:
        os.umask(previous)
