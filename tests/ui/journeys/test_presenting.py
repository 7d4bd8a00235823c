"""Journey: presenting mode for a video call. Session prep for one person, F5: full screen,
no navigation, no menu bar, no person chooser, no other names on screen, reminders held
back; Esc leaves and everything is back."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from mentorjournal.storage.journal import Journal
from tests.conftest import PASSPHRASE
from tests.ui.journeys.story import write_story
from tests.ui.journeys.window_keys import ALT, CTRL, open_window, press


@pytest.fixture
def story(tmp_path):
    return write_story(tmp_path / "story.mjournal")


@pytest.fixture
def window(qtbot, story, settings):
    return open_window(qtbot, Journal.open(story.path, PASSPHRASE), settings)


def on_screen(root: QWidget) -> str:
    """The text of every widget that is shown (a combo box's whole list when it is)."""
    parts = [root.windowTitle()]
    for widget in root.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, QLabel | QLineEdit | QAbstractButton):
            parts.append(widget.text())
        elif isinstance(widget, QTextEdit | QPlainTextEdit):
            parts.append(widget.toPlainText())
        elif isinstance(widget, QComboBox):
            parts += [widget.itemText(i) for i in range(widget.count())]
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model, top = widget.model(), QModelIndex()
            for row in range(min(model.rowCount(top), 200)):
                column = 0
                while model.hasIndex(row, column, top):
                    parts.append(str(model.index(row, column, top).data() or ""))
                    column += 1
    return "\n".join(parts)


def test_presenting_one_persons_prep(qtbot, window, story):
    press(Qt.Key.Key_7, CTRL)  # Session prep
    page = window.prep_page
    qtbot.waitUntil(page.isVisible)
    press(Qt.Key.Key_P, ALT)  # "&Prepare for:"
    assert QApplication.focusWidget() is page.person
    for _ in range(5):
        if page.person_id() == story.ana:
            break
        press(Qt.Key.Key_Down)
    assert page.person_id() == story.ana
    qtbot.waitUntil(lambda: "Lead the vellichor project" in on_screen(page))
    assert "Ben Marlowe" in on_screen(window)  # the chooser lists everyone

    press(Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: window.presenting.active)
    assert window.windowState() & Qt.WindowState.WindowFullScreen
    assert not window.nav.isVisible() and not window.menuBar().isVisible()
    assert not page.person.isVisible()
    assert window.reminders.suppressed
    shown = on_screen(window)
    assert "Lead the vellichor project" in shown and "Draft the plumbago plan" in shown
    for other in ("Ben Marlowe", "Old Contact"):
        assert other not in shown

    press(Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not window.presenting.active)
    assert not window.windowState() & Qt.WindowState.WindowFullScreen
    assert window.nav.isVisible() and window.menuBar().isVisible() and page.person.isVisible()
    assert not window.reminders.suppressed and not window.presenting.action.isChecked()


def test_locking_leaves_presenting(qtbot, window):
    press(Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: window.presenting.active)
    press(Qt.Key.Key_L, CTRL)
    qtbot.waitUntil(lambda: window.journal is None)
    assert not window.presenting.active and not window.nav.isHidden()
    assert not window.windowState() & Qt.WindowState.WindowFullScreen
