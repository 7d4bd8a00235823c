"""Journey: write today's reflection with the keyboard only.

Ctrl+N puts the cursor in the title; Tab goes to the text, then (one Tab) to
Confidence; digits rate; Ctrl+S saves; Esc closes. An untouched editor (or one
with only a template's own text) saves nothing; a changed one is saved on Esc.
Every step is a key event sent where Qt put the focus.
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from mentorjournal.domain import records, templates
from mentorjournal.storage.models import Reflection
from tests.ui.journeys.keyboard import focused, key, type_text
from tests.ui.test_main_window import FakeUnlock, make_window
from ui.editors.fields import DateTimeField

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def window(qtbot, open_journal, settings):
    window = make_window(qtbot, open_journal, settings, FakeUnlock())
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def new_reflection(qtbot, window):
    """Ctrl+N in the window; the editor it opens, once it has the focus."""
    before = list(window.editors)
    if QApplication.activeWindow() is not window:  # a window manager would give it back;
        window.activateWindow()  # the offscreen platform has none
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(focused() or window, Qt.Key.Key_N, CTRL)
    qtbot.waitUntil(lambda: len(window.editors) == len(before) + 1)
    editor = window.editors[-1]
    qtbot.waitUntil(lambda: focused() is not None and focused().window() is editor)
    return editor


def close_with_escape(qtbot, window, editor) -> None:
    with qtbot.waitSignal(editor.closed, timeout=3000):
        key(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: editor not in window.editors)


def test_ctrl_n_type_tab_rate_save_close(qtbot, window):
    before = Reflection.select().count()
    editor = new_reflection(qtbot, window)
    assert focused() is editor.form.field("title")  # the cursor is in the text, not the chooser
    type_text(qtbot, "Feedback in the retro")
    key(qtbot, Qt.Key.Key_Tab)
    assert focused() is editor.form.field("body").edit
    type_text(qtbot, "I asked for feedback *first*.")
    tabs = 0
    while focused() is not editor.form.field("confidence") and tabs < 10:
        key(qtbot, Qt.Key.Key_Tab)  # Tab in the text leaves it (no tab character typed)
        tabs += 1
    assert tabs <= 3, f"{tabs} Tabs from the text to Confidence"
    assert tabs == 1
    key(qtbot, Qt.Key.Key_7)
    key(qtbot, Qt.Key.Key_Tab)
    assert focused() is editor.form.field("motivation")
    key(qtbot, Qt.Key.Key_1)
    key(qtbot, Qt.Key.Key_0)  # "10"
    key(qtbot, Qt.Key.Key_Tab)
    assert focused() is editor.form.field("tags")
    type_text(qtbot, "feedback")
    key(qtbot, Qt.Key.Key_Tab)
    assert isinstance(focused(), DateTimeField)  # "Written": one stop, not five
    key(qtbot, Qt.Key.Key_Tab)
    assert focused() is editor.form.field("session")
    with qtbot.waitSignal(editor.saved, timeout=3000):
        key(qtbot, Qt.Key.Key_S, CTRL)
    saved = Reflection.get_by_id(editor.record_id)
    assert (saved.title, saved.body) == ("Feedback in the retro", "I asked for feedback *first*.")
    assert (saved.confidence, saved.motivation, saved.template) == (7, 10, "")
    assert records.tags_of(saved) == ["feedback"]
    assert saved.written_at.date() == dt.date.today()
    close_with_escape(qtbot, window, editor)
    assert Reflection.select().count() == before + 1


def test_escape_on_an_untouched_editor_closes_it_and_saves_nothing(qtbot, window):
    before = Reflection.select().count()
    editor = new_reflection(qtbot, window)
    close_with_escape(qtbot, window, editor)
    assert Reflection.select().count() == before


def test_escape_on_a_changed_editor_saves_it(qtbot, window):
    editor = new_reflection(qtbot, window)
    type_text(qtbot, "Said no to a meeting")
    close_with_escape(qtbot, window, editor)
    assert Reflection.select().where(Reflection.title == "Said no to a meeting").count() == 1


def test_a_template_alone_is_no_entry_but_writing_in_it_is(qtbot, window):
    before = Reflection.select().count()
    editor = new_reflection(qtbot, window)
    key(qtbot, Qt.Key.Key_Backtab)
    key(qtbot, Qt.Key.Key_Backtab)  # from the title back to the template chooser
    assert focused() is editor.template_bar.choice
    type_text(qtbot, "W")  # the chooser's keyboard search picks "Weekly review"
    weekly = templates.get("weekly_review")
    assert editor.form.field("body").value() == weekly.body
    assert editor.form.field("title").value() == weekly.name
    close_with_escape(qtbot, window, editor)
    assert Reflection.select().count() == before  # never a silent empty "Weekly review"

    editor = new_reflection(qtbot, window)
    key(qtbot, Qt.Key.Key_Backtab)
    key(qtbot, Qt.Key.Key_Backtab)
    type_text(qtbot, "W")
    for _ in range(3):
        key(qtbot, Qt.Key.Key_Tab)  # chooser → Save as template… → title → text
    assert focused() is editor.form.field("body").edit
    type_text(qtbot, "Shipped the importer.")
    close_with_escape(qtbot, window, editor)
    saved = Reflection.select().order_by(Reflection.id.desc()).first()
    assert Reflection.select().count() == before + 1
    assert saved.template == "weekly_review" and saved.title == weekly.name
    assert "Shipped the importer." in saved.body


def test_a_new_reflection_is_selected_in_the_timeline_when_its_editor_closes(qtbot, window):
    editor = new_reflection(qtbot, window)
    type_text(qtbot, "Chose the harder project")
    close_with_escape(qtbot, window, editor)
    saved = Reflection.get(Reflection.title == "Chose the harder project")
    table = window.timeline_page.table
    rows = table.selectionModel().selectedRows()
    assert len(rows) == 1
    assert window.timeline_page.selected_record() == ("reflection", saved.id)
    assert "Chose the harder project" in window.timeline_page.detail.toPlainText()
