"""Journey: delete and undo. The Delete key (or the context menu) moves a record to the
trash, Ctrl+Z brings it back at once; the Trash page restores or deletes for good. Keys
only; questions are answered through ``ui.alerts``."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from mentorjournal.domain import queries, search, trash
from mentorjournal.exchange import native
from mentorjournal.storage.journal import Journal
from tests.conftest import PASSPHRASE
from tests.ui.journeys.story import write_story
from tests.ui.journeys.window_keys import (
    ALT,
    CTRL,
    answers,
    focused,
    keystrokes,
    menu_key,
    open_window,
    press,
)
from ui.main_window import SECTIONS


@pytest.fixture
def story(tmp_path):
    return write_story(tmp_path / "story.mjournal")


@pytest.fixture
def window(qtbot, story, settings):
    return open_window(qtbot, Journal.open(story.path, PASSPHRASE), settings)


def exported() -> dict:
    return native.export_json()["records"]


def titles(model, column=2) -> list[str]:
    return [model.index(r, column).data() for r in range(model.rowCount())]


def test_delete_key_then_ctrl_z_gives_back_the_same_journal(qtbot, window, story):
    before = exported()
    press(Qt.Key.Key_3, CTRL)  # Reflections, the newest is current
    page = window.reflections_page
    assert titles(page.model)[0] == "After the feedback talk"
    press(Qt.Key.Key_Delete)  # one key: no question for a reflection, Undo is there
    assert titles(page.model) == ["An older note"]
    assert window.undo_bar.isVisible()
    assert "After the feedback talk" in window.undo_bar.label.text()
    assert focused() is page.table  # the next Delete deletes the next row
    assert search.search("noticed") == []
    press(Qt.Key.Key_Z, CTRL)
    assert titles(page.model)[0] == "After the feedback talk"
    assert not window.undo_bar.isVisible()
    assert exported() == before
    assert keystrokes["count"] == 3


def test_deleting_a_person_says_what_goes_with_them(qtbot, window, story, monkeypatch):
    before = exported()
    press(Qt.Key.Key_4, CTRL)  # People: Ana is first
    with answers(monkeypatch, False, True) as asked:
        press(Qt.Key.Key_Delete)  # asked, answered No: nothing happens
        assert trash.count() == 0
        press(Qt.Key.Key_Delete)  # asked again, answered Yes
    question, details = asked[0]
    assert question == "Delete “Ana Quillfeather”?"
    assert "Going to the trash with it: 1 session." in details
    assert "Staying, without the link to it: 1 goal, 1 reflection, 1 action item." in details
    assert [p.name for p in queries.people()] == ["Ben Marlowe", "Old Contact"]
    assert "with 1 session" in window.undo_bar.label.text()
    window.undo_bar.undo_button.setFocus()
    press(Qt.Key.Key_Space)  # the bar's Undo button
    assert exported() == before


def test_the_context_menu_deletes_and_the_trash_page_restores(qtbot, window, story, monkeypatch):
    before = exported()
    press(Qt.Key.Key_5, CTRL)  # Goals & actions: the vellichor goal is current
    tree = window.goals_page.tree
    with answers(monkeypatch, True) as asked:
        menu_key(tree, Qt.Key.Key_D)  # the context menu, then its "&Delete"
    assert "Going to the trash with it: 1 action item." in asked[0][1]
    assert "vellichor" not in " ".join(
        str(tree.model().index(r, 0).data()) for r in range(tree.model().rowCount())
    )
    window.undo_bar.dismiss()  # the bar is gone: the Trash page is the way back
    press(Qt.Key.Key_Z, CTRL)  # ...and Ctrl+Z still works while nothing else was deleted
    assert exported() == before
    with answers(monkeypatch, True):
        press(Qt.Key.Key_Delete)  # deleted again
    window.show_section(SECTIONS.index("Trash"))  # View ▸ Trash
    trash_page = window.trash_page
    assert focused() is trash_page.table
    assert titles(trash_page.model) == ["Lead the vellichor project"]
    assert titles(trash_page.model, 3) == ["1 action item"]
    press(Qt.Key.Key_Return)  # restore
    assert trash_page.model.rowCount() == 0 and trash_page.table_state.is_empty()
    assert exported() == before


def test_empty_trash_purges_and_says_how_long_backups_keep_it(qtbot, window, story, monkeypatch):
    press(Qt.Key.Key_3, CTRL)
    press(Qt.Key.Key_Delete)
    press(Qt.Key.Key_Delete)  # both reflections
    window.show_section(SECTIONS.index("Trash"))
    assert window.trash_page.model.rowCount() == 2
    with answers(monkeypatch, True) as asked:
        press(Qt.Key.Key_M, ALT)  # "E&mpty trash…"
        qtbot.waitUntil(lambda: window.trash_page.model.rowCount() == 0, timeout=20_000)
    assert asked[0][0] == "Empty the trash?"
    assert trash.BACKUP_HORIZON_TEXT in asked[0][1]
    assert "Deleted for good: 2 reflections." in window.trash_page.status.text()
    assert trash.count() == 0 and queries.reflections() == []
    qtbot.waitUntil(window.isActiveWindow)  # back from the progress dialog
    press(Qt.Key.Key_Z, CTRL)  # nothing left to undo: no error, nothing comes back
    assert queries.reflections() == []


def test_deleting_from_an_open_editor_keeps_what_was_typed_for_undo(qtbot, window, story):
    press(Qt.Key.Key_3, CTRL)
    press(Qt.Key.Key_Return)  # edit the newest reflection
    editor = window.editors[0]
    title = editor.form.field("title")
    qtbot.keyClick(title, Qt.Key.Key_End)  # the title opens selected: add to its end
    qtbot.keyClicks(title, " (typed)")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.reflections_page.table.setFocus()
    press(Qt.Key.Key_Delete)
    assert window.editors == []  # its editor closed with it
    press(Qt.Key.Key_Z, CTRL)
    assert titles(window.reflections_page.model)[0] == "After the feedback talk (typed)"
