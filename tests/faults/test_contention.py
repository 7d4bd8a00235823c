"""Two processes on one journal: every command against every kind of holder.

The table (docs/CONCURRENCY.md): the holder is nobody, a process that has the
journal open (the window, or a command-line run), or one that holds it alone
(a passphrase change, restore or salvage in progress). Everyday commands work
beside an open journal; whole-file commands (passwd, restore, salvage) refuse
with exit code 5 naming the holder; everything waits for, then refuses, a
holder that has the journal alone. Commands run in this process through
``cli.main`` (the claims are the operating system's, so the holder in its own
process sees them exactly as another program would).
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest

from mentorjournal.cli import app as cli
from mentorjournal.domain import records
from mentorjournal.exchange import native
from mentorjournal.storage.backups import Backups
from mentorjournal.storage.journal import Journal
from mentorjournal.storage.models import Reflection
from tests.conftest import FAST, PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]

#: command -> outcome with (no holder, the journal open elsewhere, held alone elsewhere).
TABLE = {
    "add": ("ok", "ok", "busy"),
    "list": ("ok", "ok", "busy"),
    "show": ("ok", "ok", "busy"),
    "search": ("ok", "ok", "busy"),
    "stats": ("ok", "ok", "busy"),
    "export": ("ok", "ok", "busy"),
    "import": ("ok", "ok", "busy"),
    "backup": ("ok", "ok", "busy"),
    "verify": ("ok", "ok", "busy"),
    "passwd": ("ok", "refused", "busy"),
    "restore": ("ok", "refused", "busy"),
    "salvage": ("ok", "refused", "busy"),
}
HOLDERS = ("nobody", "open", "exclusive")


def spawn_holder(mode: str, path: Path) -> subprocess.Popen[str]:
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.faults.holder", mode, str(path)],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert proc.stdin and proc.stdout
    proc.stdin.write(PASSPHRASE + "\n")
    proc.stdin.flush()
    line = proc.stdout.readline()
    assert line.strip() == "ready", proc.stderr.read() if proc.stderr else ""
    return proc


def stop(proc: subprocess.Popen[str]) -> None:
    assert proc.stdin and proc.stdout and proc.stderr
    proc.stdin.close()
    proc.wait(timeout=30)
    proc.stdout.close()
    proc.stderr.close()


@pytest.fixture
def prepared(tmp_path, monkeypatch):
    """A journal with a record, a backup and an export to import; the lock waits short."""
    path = tmp_path / "j.mjournal"
    with Journal.create(path, PASSPHRASE, kdf=FAST) as journal:
        records.create(
            "reflection", title="feedback round", body="x", written_at=dt.datetime(2026, 1, 1)
        )
        Backups.for_journal(path).create(journal, "manual")
        native.export_json(tmp_path / "in.json")
    (tmp_path / "new.txt").write_text(PASSPHRASE + "\n")
    monkeypatch.setenv("MENTORJOURNAL_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("MENTORJOURNAL_LOCK_WAIT", "0.3")
    return path


def argv(command: str, path: Path, n: int) -> list[str]:
    folder = path.parent
    extra = {
        "add": ["reflection", "--title", f"t{n}", "--body", "b"],
        "list": [],
        "show": ["reflection", "1"],
        "search": ["feedback"],
        "stats": [],
        "export": ["--output", str(folder / f"out{n}.json")],
        "import": [str(folder / "in.json")],
        "backup": [],
        "verify": [],
        "passwd": ["--new-passphrase-file", str(folder / "new.txt")],  # same words, new salt
        "restore": ["latest"],
        "salvage": ["--output", str(folder / f"salvaged{n}.mjournal")],
    }[command]
    return [command, *extra, "--journal", str(path)]


def outcome(code: int, err: str) -> str:
    if code == 0:
        return "ok"
    assert code == 5, (code, err)
    return "busy" if "is changing the passphrase" in err else "refused"


@pytest.mark.parametrize("holder", HOLDERS)
def test_every_command_against_a_holder(prepared, holder, capsys):
    proc = spawn_holder(holder, prepared) if holder != "nobody" else None
    try:
        seen = {}
        for n, command in enumerate(TABLE):
            code = cli.main(argv(command, prepared, n))
            err = capsys.readouterr().err
            seen[command] = outcome(code, err)
            if seen[command] == "refused":
                assert "the MentorJournal window (process" in err, err
                assert len(err.strip().splitlines()) == 1, err
            if seen[command] == "busy":
                assert "the command line (mentorjournal) (process" in err, err
    finally:
        if proc is not None:
            stop(proc)
    column = HOLDERS.index(holder)
    assert seen == {command: cells[column] for command, cells in TABLE.items()}
    with Journal.open(prepared, PASSPHRASE) as journal:  # and the journal is whole
        assert journal.verify() == []


def test_restore_beside_a_writing_window_is_refused_and_loses_no_write(prepared, capsys):
    """The defect: restore replaced the file under a writer; 47 of 77 writes were lost."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.faults.holder", "writer", str(prepared)],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert proc.stdin and proc.stdout and proc.stderr
    proc.stdin.write(PASSPHRASE + "\n")
    proc.stdin.flush()
    assert proc.stdout.readline().strip() == "ready", proc.stderr.read()
    acks = []
    try:
        for attempt in range(5):
            acks.append(proc.stdout.readline())
            assert cli.main(["restore", "latest", "--journal", str(prepared)]) == 5
            assert "Close it (or lock it) there" in capsys.readouterr().err
            assert cli.main(argv("add", prepared, attempt)) == 0  # a second writer is fine
        for _ in range(20):
            acks.append(proc.stdout.readline())
    finally:
        proc.kill()
        proc.wait()
        proc.stdout.close()
        proc.stderr.close()
        proc.stdin.close()
    acked = {line.split()[1] for line in acks if line.startswith("ack")}
    with Journal.open(prepared, PASSPHRASE) as journal:
        assert journal.verify() == []
        titles = {r.title for r in Reflection.select(Reflection.title)}
    assert {f"ack-{n}" for n in acked} <= titles
    assert {f"t{n}" for n in range(5)} <= titles


def test_opening_during_a_passphrase_change_waits_and_never_deletes_its_copy(prepared):
    """The defect: an open deleted the in-progress re-key file; passwd then said "damaged"."""
    holder = spawn_holder("exclusive", prepared)
    try:
        in_progress = prepared.with_name(f".{prepared.name}.rekey-{holder.pid}-abcdef-1.tmp")
        in_progress.write_bytes(os.urandom(4096))
        with pytest.raises(Exception) as caught:
            Journal.open(prepared, PASSPHRASE)
        assert "is changing the passphrase" in str(caught.value)
        assert in_progress.exists()
    finally:
        stop(holder)
        in_progress.unlink()
