"""Journey: a file that is no export (or is damaged) gets one clear line in the import
dialog naming the problem; nothing is written (the journal file is unchanged) and no
backup is made; Import stays off."""

from __future__ import annotations

import hashlib

import pytest
from PySide6.QtCore import Qt

from tests.ui.journeys.importing import (
    FIXTURES,
    file_menu_import,
    open_window_with_import,
    wait_idle,
)
from tests.ui.journeys.story import write_story
from tests.ui.journeys.window_keys import press, type_keys


def fingerprint(path) -> str:
    parts = [path, path.with_name(path.name + "-wal")]
    return "".join(hashlib.sha256(p.read_bytes()).hexdigest() for p in parts if p.exists())


@pytest.mark.parametrize(
    "name",
    [
        "jrnl/bad/invalid-utf8.txt",
        "jrnl/bad/encrypted-v3-truncated.txt",
        "daylio/bad/bank-statement.csv",
        "dayone/bad/not-a-zip.zip",
        "no-such-file.txt",
    ],
)
def test_a_broken_file_gets_one_clear_line_and_writes_nothing(qtbot, tmp_path, settings, name):
    story = write_story(tmp_path / "story.mjournal")
    window, backups = open_window_with_import(qtbot, story.path, settings, tmp_path / "backups")
    before = fingerprint(story.path)
    dialog = file_menu_import(qtbot, window)
    type_keys(str(FIXTURES / name))
    press(Qt.Key.Key_Return)
    wait_idle(qtbot, dialog)
    message = dialog.status.text()
    assert message and "\n" not in message and "Traceback" not in message
    if name.startswith("jrnl/bad/encrypted"):  # encrypted: it asks for the password first
        assert dialog.password.isVisible()
        type_keys("mentor-test-pw")
        press(Qt.Key.Key_Return)
        wait_idle(qtbot, dialog)
        message = dialog.status.text()
        assert message and "\n" not in message
    assert "Unexpected" not in message and "unexpected" not in message
    assert not dialog.import_button.isEnabled()
    press(Qt.Key.Key_Return)  # Enter previews again (the same line), never imports
    wait_idle(qtbot, dialog)
    assert dialog.status.text() == message
    press(Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert backups.list() == []
    assert fingerprint(story.path) == before
