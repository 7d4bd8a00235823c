"""Journey: log today's confidence and motivation from the main window in a few keys.

Ctrl+Shift+K, a digit, Tab, a digit, Enter: five keystrokes for two one-digit
ratings (three besides the digits). Every key goes where Qt put the focus.
"""

from __future__ import annotations

import datetime as dt

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from mentorjournal.storage.journal import Journal
from mentorjournal.storage.models import Reflection
from tests.conftest import PASSPHRASE
from tests.ui.test_main_window import FakeUnlock, make_window
from ui.checkin import CheckInDialog

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


class Keys:
    """Sends keys to the focused widget and counts them."""

    def __init__(self, qtbot) -> None:
        self.qtbot = qtbot
        self.count = 0

    def press(self, code, modifier=Qt.KeyboardModifier.NoModifier) -> None:
        target = QApplication.focusWidget() or QApplication.activeWindow()
        assert target is not None, "no widget has the focus"
        self.qtbot.keyClick(target, code, modifier)
        self.count += 1

    def type(self, text: str) -> None:
        self.qtbot.keyClicks(QApplication.focusWidget(), text)
        self.count += len(text)


@pytest.fixture
def window(qtbot, open_journal, settings):
    window = make_window(qtbot, open_journal, settings, FakeUnlock())
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def open_dialog(qtbot, keys: Keys) -> CheckInDialog:
    keys.press(Qt.Key.Key_K, CTRL_SHIFT)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), CheckInDialog))
    dialog = QApplication.activeModalWidget()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.confidence)
    return dialog


def test_log_todays_confidence_and_motivation_in_five_keystrokes(qtbot, window):
    before = Reflection.select().count()
    keys = Keys(qtbot)
    dialog = open_dialog(qtbot, keys)
    keys.press(Qt.Key.Key_7)
    keys.press(Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.motivation
    keys.press(Qt.Key.Key_6)
    with qtbot.waitSignal(dialog.saved, timeout=3000):
        keys.press(Qt.Key.Key_Return)
    assert keys.count == 5  # shortcut, digit, Tab, digit, Enter
    assert Reflection.select().count() == before + 1
    saved = Reflection.select().order_by(Reflection.id.desc()).first()
    assert (saved.confidence, saved.motivation, saved.title, saved.body) == (7, 6, "Check-in", "")
    assert saved.written_at.date() == dt.date.today()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert window.statusBar().currentMessage() == "Check-in saved."


def test_ten_an_empty_rating_and_a_line(qtbot, window):
    keys = Keys(qtbot)
    dialog = open_dialog(qtbot, keys)
    keys.type("10")  # "1" then "0" is 10
    keys.press(Qt.Key.Key_Tab)  # motivation stays empty
    keys.press(Qt.Key.Key_Tab)
    keys.type("Nervous before the talk")
    with qtbot.waitSignal(dialog.saved, timeout=3000):
        keys.press(Qt.Key.Key_Return)
    saved = Reflection.select().order_by(Reflection.id.desc()).first()
    assert (saved.confidence, saved.motivation, saved.title) == (
        10,
        None,
        "Nervous before the talk",
    )


def test_zero_is_refused_and_an_empty_check_in_says_why(qtbot, window):
    before = Reflection.select().count()
    keys = Keys(qtbot)
    dialog = open_dialog(qtbot, keys)
    keys.press(Qt.Key.Key_0)  # refused: never stored as 1 (nor 10)
    assert dialog.confidence.value() is None
    keys.press(Qt.Key.Key_Return)
    assert dialog.isVisible() and Reflection.select().count() == before
    assert dialog.error.isVisible()
    assert dialog.error.text().startswith("Confidence or motivation is needed")
    assert QApplication.focusWidget() is dialog.confidence
    keys.press(Qt.Key.Key_4)
    with qtbot.waitSignal(dialog.saved, timeout=3000):
        keys.press(Qt.Key.Key_Return)
    assert Reflection.select().order_by(Reflection.id.desc()).first().confidence == 4


def test_escape_cancels_and_a_lock_closes_it(qtbot, journal_file, settings):
    window = make_window(
        qtbot,
        Journal.open(journal_file, PASSPHRASE),
        settings,
        FakeUnlock(lambda path: Journal.open(path, PASSPHRASE)),
    )
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    before = Reflection.select().count()
    keys = Keys(qtbot)
    dialog = open_dialog(qtbot, keys)
    keys.press(Qt.Key.Key_5)
    keys.press(Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert Reflection.select().count() == before
    if QApplication.activeWindow() is not window:  # the window manager's part offscreen
        window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    dialog = open_dialog(qtbot, keys)
    qtbot.keyClicks(dialog.line, "typed before the lock")
    with qtbot.waitSignal(window.unlocked, timeout=5000):
        window.lock()  # as the idle lock does
    assert not shiboken6.isValid(dialog) or not dialog.isVisible()  # closed and deleted
    assert Reflection.select().count() == before
    window.close()
