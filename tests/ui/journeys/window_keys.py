"""Walking the main window by keyboard: keys go where Qt put the focus.

``focused()`` is ``QApplication.focusWidget()`` (a test fails if nothing has
it); ``press``/``type_keys`` send key events there; ``keystrokes`` counts them,
so a journey can state how many keys it took. ``open_window`` shows a window
on a real journal and waits until it is the active window, so its shortcuts
work as they do for a person. Message boxes are answered through ``ui.alerts``
(``answers``): they are the one thing a journey does not type into.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QApplication, QWidget

from ui import alerts
from ui.main_window import MainWindow

NO = Qt.KeyboardModifier.NoModifier
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier

keystrokes = {"count": 0}


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def press(key: Qt.Key, modifier: Qt.KeyboardModifier = NO) -> None:
    """One key (with its modifiers) where the focus is."""
    keystrokes["count"] += 1
    QTest.keyClick(focused(), key, modifier)


def type_keys(text: str) -> None:
    keystrokes["count"] += len(text)
    QTest.keyClicks(focused(), text)


def menu_key(view: QAbstractItemView, *then: Qt.Key) -> None:
    """The Menu key on a list: its context menu pops up (at the current row), then
    ``then`` are typed into the menu (its underlined letters)."""

    def in_menu() -> None:
        popup = QApplication.activePopupWidget()
        if popup is None:
            QTimer.singleShot(20, in_menu)
            return
        for key in then:
            keystrokes["count"] += 1
            QTest.keyClick(popup, key)

    keystrokes["count"] += 1
    window = view.window()
    QTimer.singleShot(0, in_menu)
    where = view.visualRect(view.currentIndex()).center()
    event = QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, where, view.mapToGlobal(where))
    QApplication.sendEvent(view.viewport(), event)  # what the Menu key becomes
    # The menu is closed: a window manager gives the window its activation back; the
    # offscreen platform needs asking.
    window.activateWindow()
    for _ in range(100):
        if window.isActiveWindow():
            break
        QTest.qWait(20)


class Unlocks:
    """Stands in for the unlock dialog: records the paths asked for, opens nothing."""

    def __init__(self) -> None:
        self.calls: list = []

    def __call__(self, parent, path):
        self.calls.append(path)
        return None


def open_window(qtbot, journal, settings, unlock=None) -> MainWindow:
    window = MainWindow(journal, settings, unlock or Unlocks())
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    keystrokes["count"] = 0
    return window


@contextmanager
def answers(monkeypatch, *replies: bool) -> Iterator[list[tuple[str, str]]]:
    """Answer the next questions (``alerts.confirm``) in turn; collect what was asked."""
    asked: list[tuple[str, str]] = []
    queue = list(replies)

    def confirm(_parent, question, details=""):
        asked.append((question, details))
        return queue.pop(0) if queue else False

    monkeypatch.setattr(alerts, "confirm", confirm)
    yield asked
