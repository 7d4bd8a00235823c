"""Journey: the lock that really locks - Ctrl+L, idle, the screen locking, the computer sleeping;
what was copied leaves the clipboard.

The session signals come from a stand-in screen locker and logind
(tests/ui/dbus_standin.py) on a D-Bus session bus the test starts itself.
"""

from __future__ import annotations

import logging
import shutil
import subprocess
import sys
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtDBus import QDBusConnection
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from mentorjournal.storage import db
from mentorjournal.storage.journal import Journal
from tests.conftest import FAST, PASSPHRASE
from tests.ui.conftest import MARKER
from tests.ui.journeys.keys import press_in, visible_texts
from ui import app, clipboard
from ui.session_lock import SessionWatcher
from ui.start_dialog import StartDialog

ROOT = Path(__file__).resolve().parents[3]


class PrivateBus:
    """``dbus-daemon --session`` on its own socket, and the stand-in services on it."""

    def __init__(self) -> None:
        daemon = shutil.which("dbus-daemon")
        assert daemon, "the lock tests need dbus-daemon (apt-get install dbus-daemon dbus-bin)"
        self.folder = Path(tempfile.mkdtemp(prefix="mjbus-"))
        self.address = f"unix:path={self.folder / 'bus'}"
        self.daemon = subprocess.Popen(
            [daemon, "--session", "--nofork", "--print-address=1", f"--address={self.address}"],
            stdout=subprocess.PIPE,
            text=True,
        )
        printed = self.daemon.stdout.readline().strip()
        assert printed.startswith("unix:"), f"dbus-daemon did not start: {printed!r}"
        self.address = printed
        self.lines: list[str] = []
        self.standin = subprocess.Popen(
            [sys.executable, "-m", "tests.ui.dbus_standin", self.address],
            cwd=ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        threading.Thread(target=self._read, daemon=True).start()
        self.name = f"mj-test-{id(self)}"
        self.connection = QDBusConnection.connectToBus(self.address, self.name)
        assert self.connection.isConnected()

    def _read(self) -> None:
        for line in self.standin.stdout:
            self.lines.append(line.strip())

    def tell(self, command: str) -> None:
        self.standin.stdin.write(command + "\n")
        self.standin.stdin.flush()

    def close(self) -> None:
        QDBusConnection.disconnectFromBus(self.name)
        for process in (self.standin, self.daemon):
            process.terminate()
            process.wait(10)
            for pipe in (process.stdin, process.stdout):
                if pipe is not None:
                    pipe.close()
        shutil.rmtree(self.folder, ignore_errors=True)


@pytest.fixture
def bus(qtbot) -> Iterator[PrivateBus]:
    made = PrivateBus()
    try:
        qtbot.waitUntil(lambda: "ready" in made.lines, timeout=20_000)
        yield made
    finally:
        made.close()


@pytest.fixture
def locked_out(monkeypatch) -> list[StartDialog]:
    """The unlock dialog each lock asks for, answered with Cancel (the window stays locked)."""
    asked: list[StartDialog] = []

    def cancel(dialog: StartDialog) -> int:
        asked.append(dialog)
        return 0

    monkeypatch.setattr(StartDialog, "exec", cancel)
    return asked


def open_window(qtbot, settings, chain, journal_file: Path, session: SessionWatcher | None):
    controller = app.Controller(settings, chain, kdf=FAST, session=session)
    window = controller.show_window(Journal.open(journal_file, PASSPHRASE))
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: not controller.auto_backup.is_running(), timeout=10_000)
    assert MARKER in visible_texts(window)
    return controller, window


def assert_locked(window) -> None:
    assert window.journal is None and db.DB.obj is None
    assert window.central.currentWidget() is window.locked_page
    for top in QApplication.topLevelWidgets():
        if top.isVisible():
            assert MARKER not in visible_texts(top)


@pytest.mark.parametrize("locker", ["screensaver", "gnome"])
def test_the_screen_locking_locks_the_journal(
    qtbot, settings, chain, journal_file, bus, locked_out, locker
):
    watcher = SessionWatcher(bus.connection, bus.connection, use_real_buses=False)
    assert "org.freedesktop.ScreenSaver.ActiveChanged" in watcher.listening
    assert "org.gnome.ScreenSaver.ActiveChanged" in watcher.listening
    controller, window = open_window(qtbot, settings, chain, journal_file, watcher)
    try:
        bus.tell(f"{locker} false")  # the screen saver ending locks nothing
        qtbot.waitUntil(lambda: any(line.startswith("sent") for line in bus.lines))
        qtbot.wait(200)
        assert window.journal is not None
        with qtbot.waitSignal(window.locked, timeout=10_000):
            bus.tell(f"{locker} true")
        assert_locked(window)
        qtbot.waitUntil(lambda: len(locked_out) == 1)  # and asks for the passphrase again
    finally:
        controller.idle.detach()
        watcher.detach()
        window.close()


def test_sleep_locks_the_journal_first(qtbot, settings, chain, journal_file, bus, locked_out):
    watcher = SessionWatcher(bus.connection, bus.connection, use_real_buses=False)
    assert "org.freedesktop.login1.Manager.PrepareForSleep" in watcher.listening
    controller, window = open_window(qtbot, settings, chain, journal_file, watcher)
    try:
        # While the journal is open, logind is asked to let the lock happen before sleeping.
        qtbot.waitUntil(lambda: "inhibit sleep delay" in bus.lines, timeout=10_000)
        assert watcher.holds_inhibitor
        with qtbot.waitSignal(window.locked, timeout=10_000):
            bus.tell("sleep true")
        assert_locked(window)
        qtbot.waitUntil(lambda: "released" in bus.lines, timeout=10_000)  # now it may sleep
        assert not watcher.holds_inhibitor
        bus.tell("sleep false")  # waking up with the journal locked: nothing to hold back
        qtbot.wait(300)
        assert bus.lines.count("inhibit sleep delay") == 1
    finally:
        controller.idle.detach()
        watcher.detach()
        window.close()


def test_without_a_bus_the_window_only_does_not_listen(
    qtbot, settings, chain, journal_file, locked_out, caplog
):
    with caplog.at_level(logging.INFO, logger="ui.session_lock"):
        watcher = SessionWatcher(None, None, use_real_buses=False)
    assert watcher.listening == []
    assert "no session bus: not listening for the screen locking" in caplog.text
    assert "no system bus: not listening for sleep" in caplog.text
    controller, window = open_window(qtbot, settings, chain, journal_file, watcher)
    try:
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        with qtbot.waitSignal(window.locked, timeout=5000):
            press_in(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)  # Ctrl+L still
        assert_locked(window)
    finally:
        controller.idle.detach()
        window.close()


def test_locking_empties_the_clipboard_of_journal_text(
    qtbot, settings, chain, journal_file, locked_out
):
    controller, window = open_window(qtbot, settings, chain, journal_file, None)
    board = QGuiApplication.clipboard()
    try:
        clipboard.copy_secret(f"notes about {MARKER}")
        assert board.text() == f"notes about {MARKER}"
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        with qtbot.waitSignal(window.locked, timeout=5000):
            press_in(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
        assert MARKER not in board.text()
    finally:
        controller.idle.detach()
        window.close()
