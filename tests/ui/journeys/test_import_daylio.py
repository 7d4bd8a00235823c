"""Journey: a Daylio export. By default a mood is only a tag (mood:good), no rating is
set; choosing "as confidence" in the dialog (by keys) previews again and sets ratings."""

from __future__ import annotations

from PySide6.QtCore import Qt

from mentorjournal.domain import queries
from tests.ui.journeys.importing import (
    FIXTURES,
    file_menu_import,
    open_window_with_import,
    wait_idle,
)
from tests.ui.journeys.story import write_story
from tests.ui.journeys.window_keys import ALT, focused, press, type_keys

DAYLIO = FIXTURES / "daylio" / "staticf0x-test_data.csv"


def imported() -> list:
    return [r for r in queries.reflections() if any(t.startswith("mood:") for t in _tags(r))]


def _tags(record) -> list[str]:
    from mentorjournal.domain import records

    return records.tags_of(record)


def start(qtbot, tmp_path, settings):
    story = write_story(tmp_path / "story.mjournal")
    window, _backups = open_window_with_import(qtbot, story.path, settings, tmp_path / "b")
    dialog = file_menu_import(qtbot, window)
    type_keys(str(DAYLIO))
    press(Qt.Key.Key_Return)
    wait_idle(qtbot, dialog)
    assert "Recognised: Daylio" in dialog.detected.text()
    assert dialog.mood.isVisible() and dialog.mood.currentData() is None  # off by default
    return dialog


def test_daylio_moods_are_tags_only_by_default(qtbot, tmp_path, settings):
    dialog = start(qtbot, tmp_path, settings)
    assert focused() is dialog.import_button
    press(Qt.Key.Key_Return)
    wait_idle(qtbot, dialog)
    rows = imported()
    assert rows and all(r.confidence is None and r.motivation is None for r in rows)
    assert any("mood:rad" in _tags(r) for r in rows)


def test_daylio_moods_into_confidence_when_chosen(qtbot, tmp_path, settings):
    dialog = start(qtbot, tmp_path, settings)
    press(Qt.Key.Key_M, ALT)  # "Daylio &mood:"
    assert focused() is dialog.mood
    press(Qt.Key.Key_Down)  # "as a tag, and as confidence"
    qtbot.waitUntil(lambda: dialog.running == "", timeout=30_000)
    wait_idle(qtbot, dialog)
    assert dialog.mood.currentData() == "confidence"
    assert "moods also set confidence" in dialog.preview_text.toPlainText()
    qtbot.waitUntil(lambda: focused() is dialog.import_button)
    press(Qt.Key.Key_Return)
    wait_idle(qtbot, dialog)
    rows = imported()
    assert rows and all(r.confidence is not None for r in rows)
    assert all(r.motivation is None for r in rows)
