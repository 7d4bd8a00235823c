"""Journey: File ▸ Import… a jrnl journal by keys: the preview says what will come in and
writes nothing; Enter imports it (a backup first); the timeline shows the entries; the
same file again brings nothing new and makes no backup."""

from __future__ import annotations

from PySide6.QtCore import Qt

from mentorjournal.domain import queries
from tests.ui.journeys.importing import (
    FIXTURES,
    file_menu_import,
    open_window_with_import,
    wait_idle,
)
from tests.ui.journeys.keys import visible_texts
from tests.ui.journeys.story import write_story
from tests.ui.journeys.window_keys import focused, press, type_keys

JRNL = FIXTURES / "jrnl" / "plain-journal.txt"


def reflection_titles() -> list[str]:
    return [r.title for r in queries.reflections()]


def test_import_a_jrnl_journal_by_keys_then_again(qtbot, tmp_path, settings):
    story = write_story(tmp_path / "story.mjournal")
    window, backups = open_window_with_import(qtbot, story.path, settings, tmp_path / "backups")
    before = len(reflection_titles())

    dialog = file_menu_import(qtbot, window)
    type_keys(str(JRNL))
    press(Qt.Key.Key_Return)  # Preview (the default button)
    wait_idle(qtbot, dialog)
    shown = dialog.preview_text.toPlainText()
    assert "reflections: 13 new" in shown, shown
    assert "Recognised: jrnl" in dialog.detected.text()
    assert len(reflection_titles()) == before and backups.list() == []  # preview wrote nothing
    assert focused() is dialog.import_button

    press(Qt.Key.Key_Return)  # Import
    wait_idle(qtbot, dialog)
    assert "reflections: 13 imported" in dialog.preview_text.toPlainText()
    assert "Imported" in dialog.status.text()
    assert len(reflection_titles()) == before + 13
    assert [b.reason for b in backups.list()] == ["before-import"]
    press(Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    qtbot.waitUntil(lambda: "Kick-off call with my mentor" in visible_texts(window.timeline_page))

    dialog = file_menu_import(qtbot, window)
    assert dialog.path.text() == ""
    type_keys(str(JRNL))
    press(Qt.Key.Key_Return)
    wait_idle(qtbot, dialog)
    assert "13 already imported" in dialog.preview_text.toPlainText()
    assert "Nothing new to import" in dialog.status.text()
    assert not dialog.import_button.isEnabled()
    press(Qt.Key.Key_Return)  # Close is the default now
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert len(reflection_titles()) == before + 13
    assert len(backups.list()) == 1  # nothing to write: no backup
