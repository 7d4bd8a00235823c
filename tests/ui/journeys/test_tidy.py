"""Journey: Edit ▸ Tidy up… merges two tags by keys: choose one, type the other's name,
Merge; the question says what moves; the result line says what happened; the
reflection now carries the one tag. A rename by keys follows."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from mentorjournal.domain import records
from mentorjournal.storage.journal import Journal
from tests.conftest import PASSPHRASE
from tests.ui.journeys.story import write_story
from tests.ui.journeys.window_keys import ALT, answers, focused, open_window, press, type_keys
from ui.tidy_dialog import TidyDialog


def open_tidy_by_keys(qtbot, window) -> TidyDialog:
    def in_menu() -> None:
        popup = QApplication.activePopupWidget()
        if popup is None:
            QTimer.singleShot(20, in_menu)
            return
        QTest.keyClick(popup, Qt.Key.Key_I)  # T&idy up…

    QTimer.singleShot(0, in_menu)
    press(Qt.Key.Key_E, ALT)  # &Edit
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), TidyDialog))
    dialog = QApplication.activeModalWidget()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.list)
    return dialog


def test_merge_two_tags_then_rename_by_keys(qtbot, tmp_path, settings, monkeypatch):
    story = write_story(tmp_path / "story.mjournal")
    window = open_window(qtbot, Journal.open(story.path, PASSPHRASE), settings)
    reflection = records.get("reflection", story.reflection)
    assert sorted(records.tags_of(reflection)) == ["feedback", "growth"]
    dialog = open_tidy_by_keys(qtbot, window)
    texts = [dialog.list.item(r).text() for r in range(dialog.list.count())]
    assert "growth — 1 reflection, 0 sessions" in texts
    type_keys("growth")  # the list finds it as you type
    assert [c[0] for c in dialog.chosen()] == ["growth"]
    press(Qt.Key.Key_Tab)
    assert focused() is dialog.name
    type_keys("feedback")
    with answers(monkeypatch, True) as asked:
        press(Qt.Key.Key_M, ALT)  # &Merge into
        qtbot.waitUntil(lambda: "Merged" in dialog.result.text())
    assert asked[0][0] == "Merge 'growth' into 'feedback'?"
    assert "growth: 1 reflection, 0 sessions" in asked[0][1]
    assert dialog.result.text() == "Merged the tag 'growth' into 'feedback' (moved: 1 reflections)."
    assert records.tags_of(records.get("reflection", story.reflection)) == ["feedback"]
    texts = [dialog.list.item(r).text() for r in range(dialog.list.count())]
    assert not any(t.startswith("growth") for t in texts)

    assert focused() is dialog.list
    QTest.qWait(QApplication.keyboardInputInterval() + 100)  # a pause: a new search
    type_keys("feedback")
    assert [c[0] for c in dialog.chosen()] == ["feedback"]
    press(Qt.Key.Key_Tab)
    type_keys("Feedback")
    press(Qt.Key.Key_R, ALT)  # &Rename
    qtbot.waitUntil(lambda: "Renamed" in dialog.result.text())
    assert records.tags_of(records.get("reflection", story.reflection)) == ["Feedback"]
    press(Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
