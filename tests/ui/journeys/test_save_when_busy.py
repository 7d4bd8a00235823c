"""Journey: saving in the window while another process holds the journal's write lock,
and with the disk full; a `mentorjournal restore` beside the open window.

Real processes and real files, no mocks: a second process opens the journal and keeps a
write transaction open (as a long import would); the window's save waits, then the editor
says why in one line and keeps the text; once the other process lets go, Ctrl+S saves it.
A file size limit (RLIMIT_FSIZE, as in tests/faults/test_disk.py) stands in for a full disk.
A restore started from a terminal while the window has the journal open is refused,
naming the window.
"""

from __future__ import annotations

import os
import resource
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from mentorjournal.storage import lock
from mentorjournal.storage.backups import Backups
from mentorjournal.storage.journal import Journal
from mentorjournal.storage.models import Reflection
from tests.conftest import FAST, PASSPHRASE
from ui import app

ROOT = Path(__file__).resolve().parents[3]
Ctrl = Qt.KeyboardModifier.ControlModifier

HOLD_WRITE_LOCK = """
import sys
from mentorjournal.storage import lock
from mentorjournal.storage.journal import Journal
lock.set_program("the command line (mentorjournal)")
journal = Journal.open(sys.argv[1], sys.stdin.readline().rstrip("\\n"))
conn = journal.db.connection()
conn.execute("BEGIN IMMEDIATE")
print("ready", flush=True)
sys.stdin.readline()
conn.execute("ROLLBACK")
journal.close()
"""


def child_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("MENTORJOURNAL_")}
    for name in ("MENTORJOURNAL_DATA_DIR", "MENTORJOURNAL_CONFIG_DIR"):
        env[name] = os.environ[name]
    env["MENTORJOURNAL_PASSPHRASE"] = PASSPHRASE
    env["MENTORJOURNAL_LOCK_WAIT"] = "1"
    return env


@pytest.fixture
def controller(qtbot, settings, chain):
    made = app.Controller(settings, chain, kdf=FAST)
    yield made
    made.idle.detach()
    if made.window is not None:
        made.window.close()


def open_window(qtbot, controller, path: Path):
    window = controller.show_window(Journal.open(path, PASSPHRASE))
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: not controller.auto_backup.is_running(), timeout=10_000)
    qtbot.waitUntil(lambda: not window.health.is_checking(), timeout=20_000)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def new_reflection(qtbot, window, text: str):
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_N, Ctrl)
    qtbot.waitUntil(lambda: bool(window.editors))
    editor = window.editors[-1]
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor)
    editor.autosave_timer.setInterval(60_000)  # this journey saves with Ctrl+S and autosave
    qtbot.keyClicks(editor.focusWidget(), text)
    return editor


def test_save_while_another_process_holds_the_write_lock(
    qtbot, controller, journal_file, monkeypatch
):
    window = open_window(qtbot, controller, journal_file)
    editor = new_reflection(qtbot, window, "Busy but kept")
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_WRITE_LOCK, str(journal_file)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=child_env(),
        cwd=ROOT,
    )
    try:
        holder.stdin.write(PASSPHRASE + "\n")
        holder.stdin.flush()
        assert holder.stdout.readline().strip() == "ready"
        told: list[str] = []
        monkeypatch.setattr(
            "ui.alerts.error", lambda _parent, text, details="": told.append(f"{text} {details}")
        )
        qtbot.keyClick(editor.focusWidget(), Qt.Key.Key_S, Ctrl)  # waits ~5 s, then refused
        assert told and "busy" in told[0] and "stays in this window" in told[0]
        assert "Not saved" in editor.status.text() and "busy" in editor.status.text()
        assert editor.is_dirty() and "Busy but kept" in editor.values()["title"]
    finally:
        holder.stdin.write("\n")
        holder.stdin.close()
        holder.wait(timeout=30)
        holder.stdout.close()
    qtbot.keyClick(editor.focusWidget(), Qt.Key.Key_S, Ctrl)
    assert "Saved at" in editor.status.text()
    assert Reflection.select().where(Reflection.title == "Busy but kept").count() == 1


def test_save_on_a_full_disk_keeps_the_text(qtbot, controller, journal_file):
    window = open_window(qtbot, controller, journal_file)
    editor = new_reflection(qtbot, window, "Full but kept")
    before = resource.getrlimit(resource.RLIMIT_FSIZE)
    previous = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (4096, before[1]))  # every file stops at 4 KiB
    try:
        editor.autosave()  # the autosave timer's own slot, as after a pause in typing
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, before)
        signal.signal(signal.SIGXFSZ, previous)
    # One line, and the text stays. (The core words this size limit as "could not be read
    # (OperationalError)" rather than DiskFull: reported to the core's owner.)
    assert editor.status.text().startswith("Not saved: "), editor.status.text()
    assert "Traceback" not in editor.status.text()
    assert editor.is_dirty() and "Full but kept" in editor.values()["title"]
    qtbot.keyClick(editor.focusWidget(), Qt.Key.Key_S, Ctrl)  # space again: it saves
    assert "Saved at" in editor.status.text()
    assert window.journal.verify() == []


def test_restore_from_a_terminal_is_refused_while_the_window_has_the_journal(
    qtbot, controller, journal_file, monkeypatch
):
    monkeypatch.setattr(lock, "PROGRAM", lock.PROGRAM)  # put back after the test
    lock.set_program("the MentorJournal window")  # as ui.app.main does
    window = open_window(qtbot, controller, journal_file)
    backup = Backups.for_journal(journal_file).list()[0].path  # the daily one just made
    before = journal_file.read_bytes()
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "mentorjournal",
            "restore",
            str(backup),
            "--journal",
            str(journal_file),
        ],
        capture_output=True,
        text=True,
        env=child_env(),
        cwd=ROOT,
        timeout=60,
    )
    assert result.returncode == 5, result.stderr
    assert "the MentorJournal window" in result.stderr and str(os.getpid()) in result.stderr
    assert window.journal is not None and journal_file.read_bytes() == before
