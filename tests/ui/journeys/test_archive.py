"""Journey: the archive. Ended relationships, achieved or dropped goals and retired skills
stay out of the everyday lists, one key away."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from mentorjournal.domain import records
from mentorjournal.storage.journal import Journal
from tests.conftest import PASSPHRASE
from tests.ui.journeys.story import write_story
from tests.ui.journeys.window_keys import ALT, CTRL, focused, open_window, press, type_keys


@pytest.fixture
def story(tmp_path):
    return write_story(tmp_path / "story.mjournal")


@pytest.fixture
def window(qtbot, story, settings):
    return open_window(qtbot, Journal.open(story.path, PASSPHRASE), settings)


def names(model, column=0) -> list[str]:
    return [model.index(r, column).data() for r in range(model.rowCount())]


def test_ended_relationships_are_one_key_away(qtbot, window):
    press(Qt.Key.Key_4, CTRL)
    page = window.people_page
    assert names(page.model) == ["Ana Quillfeather", "Ben Marlowe"]
    assert page.archived.text() == "1 ended, not shown"
    press(Qt.Key.Key_D, ALT)  # "Show en&ded relationships" (a mnemonic clicks after a moment)
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)
    assert names(page.model) == ["Ana Quillfeather", "Ben Marlowe", "Old Contact"]
    assert page.archived.text() == ""


def test_achieved_and_dropped_goals_are_one_choice_away(qtbot, window):
    press(Qt.Key.Key_5, CTRL)
    page = window.goals_page
    shown = names(page.model)
    assert "Old finished goal" not in shown and "Lead the vellichor project" in shown
    press(Qt.Key.Key_S, ALT)  # "&Show:"
    assert focused() is page.status
    type_keys("Achieved")
    assert names(page.model)[0] == "Old finished goal"


def test_retire_a_skill_and_bring_it_back(qtbot, window, story):
    press(Qt.Key.Key_6, CTRL)
    page = window.skills_page
    assert names(page.model) == ["Listening"]  # Shorthand is retired
    press(Qt.Key.Key_T, ALT)  # "Re&tire" the selected one
    qtbot.waitUntil(lambda: page.model.rowCount() == 0)
    assert names(page.model) == [] and "retired" in page.status.text()
    assert records.get("skill", story.skill).retired_on is not None
    assert page.table_state.is_empty()
    press(Qt.Key.Key_W, ALT)  # "Sho&w retired skills"
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    assert names(page.model) == ["Listening", "Shorthand"]
    press(Qt.Key.Key_6, CTRL)  # the focus back in the list, Listening selected

    press(Qt.Key.Key_B, ALT)  # "Bring &back"
    qtbot.waitUntil(lambda: "back in the list" in page.status.text())
    assert records.get("skill", story.skill).retired_on is None
    assert "back in the list" in page.status.text()
    # A retired skill keeps its place in the journal, and its reading pane says so.
    press(Qt.Key.Key_6, CTRL)  # back in the list
    press(Qt.Key.Key_End, CTRL)  # the last row
    assert "Shorthand" in page.detail.toPlainText() and "retired" in page.detail.toPlainText()
