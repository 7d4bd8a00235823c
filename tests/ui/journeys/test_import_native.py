"""Journey: our own JSON export goes through the same File ▸ Import… dialog: the preview
counts what would be added (a dry run, rolled back), Enter imports it after a backup."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt

from mentorjournal.domain import queries
from mentorjournal.exchange import native
from mentorjournal.storage.journal import Journal
from tests.conftest import FAST, PASSPHRASE
from tests.ui.journeys.importing import file_menu_import, open_window_with_import, wait_idle
from tests.ui.journeys.story import write_story
from tests.ui.journeys.window_keys import press, type_keys


def test_our_json_export_through_the_import_dialog(qtbot, tmp_path, settings):
    story = write_story(tmp_path / "story.mjournal")
    with Journal.open(story.path, PASSPHRASE):
        export = tmp_path / "story-export.json"
        export.write_text(json.dumps(native.export_json()), encoding="utf-8")
        people = len(queries.people())
    empty = tmp_path / "empty.mjournal"
    Journal.create(empty, PASSPHRASE, kdf=FAST).close()
    window, backups = open_window_with_import(qtbot, empty, settings, tmp_path / "backups")
    assert queries.people() == []
    dialog = file_menu_import(qtbot, window)
    type_keys(str(export))
    press(Qt.Key.Key_Return)
    wait_idle(qtbot, dialog)
    assert "Recognised: MentorJournal" in dialog.detected.text()
    assert " added" in dialog.preview_text.toPlainText()
    assert queries.people() == [] and backups.list() == []  # the preview wrote nothing
    press(Qt.Key.Key_Return)
    wait_idle(qtbot, dialog)
    assert "Imported" in dialog.status.text()
    assert len(queries.people()) == people
    assert [b.reason for b in backups.list()] == ["before-import"]
