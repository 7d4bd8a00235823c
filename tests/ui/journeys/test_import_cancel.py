"""Journey: Cancel (Esc) while a big import is being written: the one transaction rolls
back, the before-import backup is removed, the journal is as it was."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from mentorjournal.domain import queries
from tests.ui.journeys.importing import file_menu_import, open_window_with_import, wait_idle
from tests.ui.journeys.story import write_story
from tests.ui.journeys.window_keys import focused, press, type_keys

ENTRIES = 20_000


def big_jrnl(path):
    start = dt.datetime(2020, 1, 1, 8, 0)
    with open(path, "w", encoding="utf-8") as out:
        for n in range(ENTRIES):
            when = (start + dt.timedelta(hours=n)).strftime("%Y-%m-%d %I:%M:%S %p")
            out.write(f"[{when}] Entry number {n}.\nSome words about day {n}. #bulk\n\n")
    return path


def test_cancel_during_an_import_leaves_the_journal_as_it_was(qtbot, tmp_path, settings):
    story = write_story(tmp_path / "story.mjournal")
    source = big_jrnl(tmp_path / "big-journal.txt")
    window, backups = open_window_with_import(qtbot, story.path, settings, tmp_path / "backups")
    before = len(queries.reflections())
    dialog = file_menu_import(qtbot, window)
    type_keys(str(source))
    press(Qt.Key.Key_Return)
    wait_idle(qtbot, dialog, timeout=120_000)
    assert f"reflections: {ENTRIES} new" in dialog.preview_text.toPlainText()
    press(Qt.Key.Key_Return)  # Import
    assert dialog.running == "import" and focused() is dialog.cancel_button
    qtbot.waitUntil(lambda: dialog.bar.value() > 0, timeout=120_000)  # writing has begun
    press(Qt.Key.Key_Escape)  # Cancel
    wait_idle(qtbot, dialog, timeout=120_000)
    assert "cancelled" in dialog.status.text() and "nothing was imported" in dialog.status.text()
    assert len(queries.reflections()) == before
    assert backups.list() == []
    assert not dialog.import_button.isEnabled()  # preview again before another try
