"""Journey: share a session's summary (File ▸ Share session summary…: copy the text, save
the file) and import such a file in a journal, the items landing with owners swapped."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QInputDialog

from mentorjournal.storage.journal import Journal
from mentorjournal.storage.models import ActionItem
from tests.conftest import PASSPHRASE
from tests.ui.journeys.keys import in_modal, wait_until
from tests.ui.journeys.story import write_story
from tests.ui.journeys.window_keys import ALT, CTRL, open_window, press
from ui import alerts, summary_ui
from ui.summary_ui import ShareDialog


@pytest.fixture
def story(tmp_path):
    return write_story(tmp_path / "story.mjournal")


@pytest.fixture
def window(qtbot, story, settings):
    return open_window(qtbot, Journal.open(story.path, PASSPHRASE), settings)


def file_menu(letter: Qt.Key) -> None:
    def in_menu() -> None:
        popup = QApplication.activePopupWidget()
        if popup is None:
            QTimer.singleShot(20, in_menu)
            return
        QTest.keyClick(popup, letter)

    QTimer.singleShot(0, in_menu)
    press(Qt.Key.Key_F, ALT)


def back_to(qtbot, window) -> None:
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def test_share_then_import(qtbot, window, story, tmp_path, monkeypatch):
    told: list[str] = []
    monkeypatch.setattr(alerts, "info", lambda _p, text, details="": told.append(text))
    target = tmp_path / "for-ana.mjsummary"
    monkeypatch.setattr(alerts, "ask_save_path", lambda *_args: target)

    press(Qt.Key.Key_2, CTRL)  # Sessions
    page = window.sessions_page
    qtbot.waitUntil(page.isVisible)
    page.focus_list()
    press(Qt.Key.Key_Home)
    assert window.summary_actions.selected_session() == story.session
    seen: dict[str, str] = {}

    def steps(dialog: ShareDialog) -> None:
        seen["text"] = dialog.text.toPlainText()
        press(Qt.Key.Key_Return)  # Copy text (the default button)
        wait_until(lambda: QGuiApplication.clipboard().text() == seen["text"])
        press(Qt.Key.Key_S, ALT)  # Save file…
        wait_until(target.exists)
        press(Qt.Key.Key_Escape)

    walk = in_modal(ShareDialog, steps)
    file_menu(Qt.Key.Key_H)
    qtbot.waitUntil(lambda: walk.ran and target.exists() and not walk.errors, timeout=20_000)
    walk.check()
    back_to(qtbot, window)
    assert "Takeaways:\n- Ask for feedback early" in seen["text"]
    assert "I will:\n- [ ] Draft the plumbago plan (by " in seen["text"]
    assert "zephyrine" not in seen["text"]  # the private notes stay private
    data = json.loads(target.read_text())
    assert [a["owner"] for a in data["actions"]] == ["sender"]

    # The same file imported (here: into this journal, from Ben): Ben's item, theirs.
    monkeypatch.setattr(summary_ui, "choose_summary_path", lambda *_args: target)
    before = {a.id for a in ActionItem.select()}

    def pick_ben(dialog: QInputDialog) -> None:
        while dialog.textValue() != "Ben Marlowe":
            QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)

    walk = in_modal(QInputDialog, pick_ben)
    file_menu(Qt.Key.Key_Y)
    qtbot.waitUntil(lambda: walk.ran and bool(told) and told[-1].startswith("Action items added"))
    walk.check()
    assert told[-1] == "Action items added: 0 yours, 1 theirs."
    new = [a for a in ActionItem.select() if a.id not in before]
    assert [(a.text, a.owner, a.person_id) for a in new] == [
        ("Draft the plumbago plan", "them", story.ben)
    ]
