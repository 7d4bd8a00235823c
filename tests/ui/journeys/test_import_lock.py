"""Journey: the journal is locked (Ctrl+L) while the import dialog shows a preview: the
dialog closes, forgetting the export and the password; nothing was written."""

from __future__ import annotations

from PySide6.QtCore import Qt
from shiboken6 import isValid

from tests.ui.journeys.importing import (
    FIXTURES,
    file_menu_import,
    open_window_with_import,
    wait_idle,
)
from tests.ui.journeys.story import write_story
from tests.ui.journeys.window_keys import CTRL, press, type_keys


def test_locking_closes_the_import_dialog(qtbot, tmp_path, settings):
    story = write_story(tmp_path / "story.mjournal")
    window, backups = open_window_with_import(qtbot, story.path, settings, tmp_path / "b")
    dialog = file_menu_import(qtbot, window)
    type_keys(str(FIXTURES / "jrnl" / "encrypted-v1-jrnl1.9.8.txt"))
    press(Qt.Key.Key_Return)
    wait_idle(qtbot, dialog)
    type_keys("mentor-test-pw")
    press(Qt.Key.Key_Return)
    wait_idle(qtbot, dialog)
    assert dialog.import_button.isEnabled()
    press(Qt.Key.Key_L, CTRL)  # lock
    password, preview = dialog.password, dialog.preview_text
    qtbot.waitUntil(lambda: not isValid(dialog) or not dialog.isVisible())
    assert window.journal is None
    assert not isValid(password) or password.text() == ""  # forgotten, or gone with it
    assert not isValid(preview) or preview.toPlainText() == ""
    assert backups.list() == []
