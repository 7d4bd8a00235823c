"""Journey: an encrypted jrnl journal. The dialog asks for its password (a password field,
focused); a wrong one gets one line; the right one previews and Enter imports. The
password is not kept once the dialog closes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from mentorjournal.domain import queries
from tests.ui.journeys.importing import (
    FIXTURES,
    file_menu_import,
    open_window_with_import,
    wait_idle,
)
from tests.ui.journeys.story import write_story
from tests.ui.journeys.window_keys import focused, press, type_keys

ENCRYPTED = FIXTURES / "jrnl" / "encrypted-v1-jrnl1.9.8.txt"


def test_an_encrypted_jrnl_journal_asks_for_its_password(qtbot, tmp_path, settings):
    story = write_story(tmp_path / "story.mjournal")
    window, backups = open_window_with_import(qtbot, story.path, settings, tmp_path / "b")
    before = len(queries.reflections())
    dialog = file_menu_import(qtbot, window)
    type_keys(str(ENCRYPTED))
    press(Qt.Key.Key_Return)
    wait_idle(qtbot, dialog)
    assert dialog.password.isVisible() and focused() is dialog.password
    assert dialog.password.echoMode() == QLineEdit.EchoMode.Password
    assert "password" in dialog.status.text()
    type_keys("not the password")
    press(Qt.Key.Key_Return)
    wait_idle(qtbot, dialog)
    assert "does not open" in dialog.status.text() and not dialog.import_button.isEnabled()
    assert focused() is dialog.password and dialog.password.selectedText()  # type over it
    type_keys("mentor-test-pw")
    press(Qt.Key.Key_Return)
    wait_idle(qtbot, dialog)
    assert "new" in dialog.preview_text.toPlainText(), dialog.status.text()
    press(Qt.Key.Key_Return)
    wait_idle(qtbot, dialog)
    assert len(queries.reflections()) > before
    assert len(backups.list()) == 1
    press(Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert dialog.password.text() == ""
