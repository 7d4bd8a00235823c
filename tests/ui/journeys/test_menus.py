"""Journey: menus and shortcuts as desktop users expect; New, Find and Lock from any
window of the app; the guide and the shortcuts list inside the app."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from mentorjournal.domain import queries
from mentorjournal.storage import db
from mentorjournal.storage.journal import Journal
from tests.conftest import PASSPHRASE
from tests.ui.journeys.keys import in_modal
from tests.ui.journeys.story import write_story
from tests.ui.journeys.window_keys import (
    CTRL,
    SHIFT,
    focused,
    open_window,
    press,
    type_keys,
)
from ui import help as guide
from ui.main_window import NAVIGATION, SECTIONS
from ui.settings import add_recent_journal


@pytest.fixture
def story(tmp_path):
    return write_story(tmp_path / "story.mjournal")


@pytest.fixture
def window(qtbot, story, settings):
    return open_window(qtbot, Journal.open(story.path, PASSPHRASE), settings)


def menu_texts(window, title: str) -> list[str]:
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == title)
    return [a.text() or "—" for a in menu.actions()]


def test_the_menus_desktop_users_expect(qtbot, window):
    assert [a.text() for a in window.menuBar().actions()] == ["&File", "&Edit", "&View", "&Help"]
    file_menu = menu_texts(window, "&File")
    for wanted in (
        "New &reflection…",
        "New &session…",
        "&New",
        "&Open journal…",
        "Open &recent",
        "&Import…",
        "&Export…",
        "&Lock",
        "&Quit",
    ):
        assert wanted in file_menu
    edit_menu = menu_texts(window, "&Edit")
    for wanted in ("&Undo", "&Redo", "Cu&t", "&Copy", "&Paste", "Select &all", "&Delete", "&Find…"):
        assert wanted in edit_menu
    view_menu = menu_texts(window, "&View")
    assert [t.replace("&&", "&") for t in view_menu[: len(NAVIGATION)]] == list(NAVIGATION)
    assert "&Trash" in view_menu and "T&heme" in view_menu
    assert menu_texts(window, "&Help") == [
        "MentorJournal &guide",
        "&Keyboard shortcuts",
        "—",
        "&About MentorJournal",
    ]
    keys = {a.text(): a.shortcut().toString() for a in window.actions()}
    assert keys["&Undo"] == "Ctrl+Z" and keys["&Delete"] == "Del" and keys["&Find…"] == "Ctrl+F"
    assert [a.shortcut().toString() for a in window.section_actions] == [
        f"Ctrl+{n}" for n in range(1, 9)
    ]


def test_ctrl_digits_walk_the_sections_with_the_focus_in_each_list(qtbot, window):
    for n, page in enumerate(window.record_pages[:8], start=1):
        press(getattr(Qt.Key, f"Key_{n}"), CTRL)
        assert window.pages.currentWidget() is page
        assert window.nav.currentRow() == n - 1
    press(Qt.Key.Key_3, CTRL)
    assert focused() is window.reflections_page.table


def test_new_find_and_lock_work_from_an_open_editor(qtbot, window, story):
    press(Qt.Key.Key_N, CTRL)
    first = window.editors[0]
    qtbot.waitUntil(first.isActiveWindow)
    press(Qt.Key.Key_N, CTRL | SHIFT)  # from inside the reflection editor: a new session
    assert sorted(e.kind for e in window.editors) == ["reflection", "session"]
    session_editor = window.editors[1]
    qtbot.waitUntil(session_editor.isActiveWindow)
    press(Qt.Key.Key_F, CTRL)  # Find from the editor brings the window's search forward
    qtbot.waitUntil(window.isActiveWindow)
    assert window.pages.currentWidget() is window.search_page
    assert focused() is window.search_page.field
    first.activateWindow()
    qtbot.waitUntil(first.isActiveWindow)
    first.form.field("title").setFocus()
    type_keys("Locked while typing")
    press(Qt.Key.Key_L, CTRL)  # from the focused editor: saved, locked, cleared
    assert window.journal is None and db.DB.obj is None
    assert window.editors == []
    assert window.central.currentWidget() is window.locked_page
    with Journal.open(story.path, PASSPHRASE):
        assert "Locked while typing" in [r.title for r in queries.reflections()]


def test_ctrl_l_locks_from_a_modal_dialog(qtbot, window):
    press(Qt.Key.Key_6, CTRL)  # Skills: Listening is selected

    def in_the_dialog():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QDialog)
        press(Qt.Key.Key_L, CTRL)

    QTimer.singleShot(300, in_the_dialog)
    press(Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)  # "&Rate now…": a modal dialog
    qtbot.waitUntil(lambda: window.journal is None)
    assert QApplication.activeModalWidget() is None


def test_the_guide_covers_what_a_new_user_needs_offline(qtbot, window):
    press(Qt.Key.Key_F1)
    shown = guide._open["guide"]
    qtbot.waitUntil(shown.isActiveWindow)
    titles = [t.title for t in shown.topics]
    for words in (
        "Getting started",
        "recovery key",
        "Locking",
        "Backups",
        "Importing",
        "Preparing a session",
    ):
        assert any(words.casefold() in t.casefold() for t in titles), words
    assert focused() is shown.list
    press(Qt.Key.Key_Down)  # the next topic
    text = shown.page.toPlainText()
    assert "recovery key" in text.casefold() and "#" not in text  # rendered, not Markdown
    for row in range(len(titles)):
        shown.list.setCurrentRow(row)
        assert shown.page.toPlainText().strip()
    press(Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: "guide" not in guide._open)


def test_keyboard_shortcuts_are_listed_from_the_actions(qtbot, window):
    listed = dict(window.shortcut_list())
    assert listed["New reflection…"] == "Ctrl+N" and listed["Lock"] == "Ctrl+L"
    assert listed["Show Timeline"] == "Ctrl+1" and listed["Delete"] == "Del"
    seen = []

    def look(dialog):
        seen.append(dialog.table.rowCount())
        press(Qt.Key.Key_Escape)

    # Waits for the dialog however slow the machine, and closes it if a step fails.
    walk = in_modal(guide.ShortcutsDialog, look)
    press(Qt.Key.Key_Slash, CTRL)
    walk.check()
    assert seen == [len(listed)]


def test_open_recent_lists_other_journals_and_opens_one(qtbot, story, settings, tmp_path):
    other = write_story(tmp_path / "other.mjournal").path
    add_recent_journal(settings, other)
    add_recent_journal(settings, story.path)
    opened = []

    def unlock(parent, path):
        opened.append(path)
        return Journal.open(path, PASSPHRASE)

    window = open_window(qtbot, Journal.open(story.path, PASSPHRASE), settings, unlock)
    window._fill_recent()
    entries = [a.text() for a in window.recent_menu.actions()]
    assert entries == [str(other.resolve())]
    window.recent_menu.actions()[0].trigger()
    assert opened == [other.resolve()] and window.journal.path == other.resolve()
    assert window.windowTitle().startswith("other.mjournal")


def test_view_theme_switches_and_is_remembered(qtbot, window, settings):
    from ui import theme

    dark = next(a for a in window.theme_actions.actions() if a.text() == "Dark")
    dark.trigger()
    assert theme.is_dark() and settings.value("preferences/theme") == "dark"
    light = next(a for a in window.theme_actions.actions() if a.text() == "Light")
    light.trigger()
    assert not theme.is_dark()
    theme.apply("system")


def test_trash_is_the_last_section(window):
    assert SECTIONS[-1] == "Trash" and window.nav.item(len(SECTIONS) - 1).text() == "Trash"
