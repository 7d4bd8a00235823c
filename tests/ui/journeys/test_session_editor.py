"""Journey: a session with its topics and action items, without leaving its editor.

Ctrl+Shift+N, pick the person by typing, tags, then the "Action items" tab:
add one, set its owner and due date, save; tick it done, save. Keys only,
sent where Qt put the focus. A new session that cannot be saved yet keeps its
items (an encrypted draft) through a lock.
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTabBar

from mentorjournal.domain import drafts, records
from mentorjournal.storage.journal import Journal
from mentorjournal.storage.models import ActionItem, Session
from tests.conftest import PASSPHRASE
from tests.ui.journeys.keyboard import focused, key, tab_to, type_text
from tests.ui.test_main_window import FakeUnlock, make_window

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = CTRL | Qt.KeyboardModifier.ShiftModifier


def open_session_editor(qtbot, window):
    if QApplication.activeWindow() is not window:  # offscreen has no window manager
        window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(focused() or window, Qt.Key.Key_N, CTRL_SHIFT)
    qtbot.waitUntil(lambda: window.editors and window.editors[-1].kind == "session")
    editor = window.editors[-1]
    qtbot.waitUntil(lambda: focused() is not None and focused().window() is editor)
    return editor


def to_action_items(qtbot, editor) -> None:
    """From the field before the texts: Tab to the text tabs, Right to "Action items"."""
    tab_to(qtbot, lambda w: isinstance(w, QTabBar))
    while editor.form.tabs.currentWidget() is not editor.actions:
        key(qtbot, Qt.Key.Key_Right)
    key(qtbot, Qt.Key.Key_Tab)
    assert focused() is editor.actions.table


@pytest.fixture
def window(qtbot, open_journal, settings):
    window = make_window(qtbot, open_journal, settings, FakeUnlock())
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def test_topics_and_action_items_in_the_session_editor(qtbot, window):
    editor = open_session_editor(qtbot, window)
    assert focused() is editor.form.field("person")
    type_text(qtbot, "Ada")  # the picker's keyboard search
    assert editor.form.field("person").currentText().startswith("Ada")
    tab_to(qtbot, lambda w: w is editor.form.field("tags"))
    type_text(qtbot, "career, feedback")
    to_action_items(qtbot, editor)
    key(qtbot, Qt.Key.Key_Tab)
    assert focused() is editor.actions.add_button
    key(qtbot, Qt.Key.Key_Space)  # Add action item: a row, its text being edited
    type_text(qtbot, "Send the deck")
    key(qtbot, Qt.Key.Key_Return)
    key(qtbot, Qt.Key.Key_Right)
    type_text(qtbot, "T")  # Owner: Them
    key(qtbot, Qt.Key.Key_Return)
    key(qtbot, Qt.Key.Key_Right)
    type_text(qtbot, "2025-06-01")  # Due
    key(qtbot, Qt.Key.Key_Return)
    with qtbot.waitSignal(editor.saved, timeout=3000):
        key(qtbot, Qt.Key.Key_S, CTRL)
    session = Session.get_by_id(editor.record_id)
    assert records.tags_of(session) == ["career", "feedback"]
    assert session.person.name.startswith("Ada")
    (item,) = ActionItem.select().where(ActionItem.session == session.id)
    assert (item.text, item.owner, item.due_on, item.done_on) == (
        "Send the deck",
        "them",
        dt.date(2025, 6, 1),
        None,
    )
    for _ in range(3):
        key(qtbot, Qt.Key.Key_Left)  # back to "Done"
    key(qtbot, Qt.Key.Key_Space)  # tick it
    with qtbot.waitSignal(editor.saved, timeout=3000):
        key(qtbot, Qt.Key.Key_S, CTRL)
    assert ActionItem.get_by_id(item.id).done_on == dt.date.today()
    assert ActionItem.select().count() == 1  # updated, not created again
    with qtbot.waitSignal(editor.closed, timeout=3000):
        key(qtbot, Qt.Key.Key_Escape)

    again = window.open_record("session", session.id)  # as the Sessions page opens it
    assert [(i.text, i.done) for i in again.actions.items()] == [("Send the deck", True)]


def test_a_bad_due_date_is_named_and_nothing_is_lost(qtbot, window):
    session = Session.select().first()
    editor = window.open_record("session", session.id)
    qtbot.waitUntil(lambda: focused() is not None and focused().window() is editor)
    to_action_items(qtbot, editor)
    key(qtbot, Qt.Key.Key_Tab)
    key(qtbot, Qt.Key.Key_Space)
    type_text(qtbot, "Book a room")
    key(qtbot, Qt.Key.Key_Return)
    key(qtbot, Qt.Key.Key_Right)
    key(qtbot, Qt.Key.Key_Right)
    type_text(qtbot, "2025-02-30")
    key(qtbot, Qt.Key.Key_Return)
    key(qtbot, Qt.Key.Key_S, CTRL)
    assert editor.actions.error.isVisible()
    assert editor.actions.error.text() == "Action item 1: due on 2025-02-30 is not a real date."
    assert ActionItem.select().where(ActionItem.session == session.id).count() == 0
    assert [i.text for i in editor.actions.items()] == ["Book a room"]
    type_text(qtbot, "2025-03-02")  # the cell is still current: type over it
    key(qtbot, Qt.Key.Key_Return)
    with qtbot.waitSignal(editor.saved, timeout=3000):
        key(qtbot, Qt.Key.Key_S, CTRL)
    assert not editor.actions.error.isVisible()
    (item,) = ActionItem.select().where(ActionItem.session == session.id)
    assert item.due_on == dt.date(2025, 3, 2)


def test_items_of_a_session_not_saved_yet_survive_a_lock(qtbot, journal_file, settings):
    window = make_window(
        qtbot,
        Journal.open(journal_file, PASSPHRASE),
        settings,
        FakeUnlock(lambda path: Journal.open(path, PASSPHRASE)),
    )
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    editor = open_session_editor(qtbot, window)  # no person chosen: it cannot be saved yet
    to_action_items(qtbot, editor)
    key(qtbot, Qt.Key.Key_Tab)
    key(qtbot, Qt.Key.Key_Space)
    type_text(qtbot, "Ask about the budget")
    key(qtbot, Qt.Key.Key_Return)
    with qtbot.waitSignal(window.unlocked, timeout=5000):
        window.lock()  # as the idle lock does: nothing is asked, nothing is lost
    assert ActionItem.select().where(ActionItem.text == "Ask about the budget").count() == 0
    restored = window.editors[-1]
    assert restored.kind == "session" and restored.record_id is None
    assert [i.text for i in restored.actions.items()] == ["Ask about the budget"]
    restored.activateWindow()
    qtbot.waitUntil(lambda: focused() is not None and focused().window() is restored)
    restored.form.field("person").setFocus()  # where a click on "With" puts it
    type_text(qtbot, "Ada")
    with qtbot.waitSignal(restored.saved, timeout=3000):
        key(qtbot, Qt.Key.Key_S, CTRL)
    (item,) = ActionItem.select().where(ActionItem.text == "Ask about the budget")
    assert item.session_id == restored.record_id
    assert drafts.load_all() == []
    window.close()


def test_my_role_follows_the_person_picked_until_i_choose_it(qtbot, window):
    """Picking a mentee makes me their mentor, a mentor their mentee; a role I chose stays."""
    records.create("person", name="Zed Mentee", relation="mentee")
    editor = open_session_editor(qtbot, window)
    person, role = editor.form.field("person"), editor.form.field("role")
    search_gap = QApplication.keyboardInputInterval() + 100  # a new keyboard search

    def pick(name):
        qtbot.wait(search_gap)
        type_text(qtbot, name)
        assert person.currentText().startswith(name)

    assert role.value() == "mentee"  # a new session starts as "I am the mentee"
    pick("Zed")
    assert role.value() == "mentor"
    pick("Ada")
    assert role.value() == "mentee"
    tab_to(qtbot, lambda w: w is role)
    key(qtbot, Qt.Key.Key_Down)  # I choose "I am the mentor" myself, with Ada
    assert role.value() == "mentor"
    for _ in range(20):  # Shift+Tab back to the person
        if focused() is person:
            break
        key(qtbot, Qt.Key.Key_Backtab)
    pick("Zed")
    pick("Ada")
    assert role.value() == "mentor"  # my choice stays, whoever is picked
