"""Journey: preparing for the next session with someone, then recording it.

Ctrl+7 (Session prep), Alt+P and the first letter of the name choose the person;
Ctrl+Shift+N there opens a new session already with that person and my role with
them (the walk after the merge found "With: —" and "I am the mentee" for a mentee).
Esc on the untouched editor saves nothing. Keys only.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from mentorjournal.storage.journal import Journal
from mentorjournal.storage.models import Session
from tests.conftest import PASSPHRASE
from tests.ui.journeys.story import write_story
from tests.ui.journeys.window_keys import CTRL, focused, keystrokes, open_window, press

ALT = Qt.KeyboardModifier.AltModifier
CTRL_SHIFT = CTRL | Qt.KeyboardModifier.ShiftModifier


def test_a_new_session_from_prep_is_with_the_person_prepared_for(qtbot, tmp_path, settings):
    story = write_story(tmp_path / "story.mjournal")
    window = open_window(qtbot, Journal.open(story.path, PASSPHRASE), settings)
    before = Session.select().count()
    press(Qt.Key.Key_7, CTRL)
    press(Qt.Key.Key_P, ALT)  # "Prepare for:"
    assert focused() is window.prep_page.person
    press(Qt.Key.Key_B)  # Ben Marlowe, my mentee
    qtbot.waitUntil(lambda: window.prep_page.prep is not None)
    assert window.prep_page.prep.person.name == "Ben Marlowe"
    assert keystrokes["count"] == 3  # prepare for the next session with Ben
    press(Qt.Key.Key_N, CTRL_SHIFT)
    qtbot.waitUntil(lambda: bool(window.editors) and focused().window() is window.editors[-1])
    editor = window.editors[-1]
    assert editor.form.field("person").currentText().startswith("Ben Marlowe")
    assert editor.form.field("role").currentText() == "I am the mentor"
    press(Qt.Key.Key_Escape)  # untouched: closes, saves nothing
    qtbot.waitUntil(lambda: not editor.isVisible())
    assert Session.select().count() == before
