"""Journey: find. Ctrl+F from anywhere, type, the best match is highlighted in a way Qt
shows, filters narrow by kind, person and dates, and Enter opens the selected result."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from mentorjournal.storage.journal import Journal
from tests.conftest import PASSPHRASE
from tests.ui.journeys.story import TODAY, write_story
from tests.ui.journeys.window_keys import (
    ALT,
    CTRL,
    focused,
    keystrokes,
    open_window,
    press,
    type_keys,
)
from ui.pages import highlight_colors


@pytest.fixture
def story(tmp_path):
    return write_story(tmp_path / "story.mjournal")


@pytest.fixture
def window(qtbot, story, settings):
    return open_window(qtbot, Journal.open(story.path, PASSPHRASE), settings)


def kinds_shown(page) -> set[str]:
    return {page.model.key(r)[0] for r in range(page.model.rowCount())}


def test_type_and_enter_opens_the_best_match(qtbot, window, story):
    page = window.search_page
    press(Qt.Key.Key_F, CTRL)
    assert focused() is page.field
    with qtbot.waitSignal(page.searched, timeout=5000):
        type_keys("feedback")  # results as you type
    assert page.model.rowCount() >= 2
    # The first result is selected and shown whole, its match highlighted as Qt renders it.
    background, _color = highlight_colors()
    html = page.snippet.toHtml()
    assert f"background-color:{background}" in html.replace(" ", "")
    assert "<mark>" not in html
    press(Qt.Key.Key_Return)  # the results are for what is typed: Enter opens the selection
    assert len(window.editors) == 1
    first = page.model.key(0)
    assert (window.editors[0].kind, window.editors[0].record_id) == first
    assert keystrokes["count"] == len("feedback") + 2
    window.editors[0].close_without_saving()


def test_down_moves_to_the_results_and_enter_opens_that_one(qtbot, window, story):
    page = window.search_page
    press(Qt.Key.Key_F, CTRL)
    type_keys("zephyrine")
    press(Qt.Key.Key_Return)  # search now, without waiting for the pause
    assert page.model.rowCount() == 1
    press(Qt.Key.Key_Down)
    assert focused() is page.table
    press(Qt.Key.Key_Return)
    assert [(e.kind, e.record_id) for e in window.editors] == [("session", story.session)]
    window.editors[0].close_without_saving()


def test_filters_by_kind_person_and_dates(qtbot, window, story):
    page = window.search_page
    press(Qt.Key.Key_F, CTRL)
    type_keys("feedback")
    press(Qt.Key.Key_Return)
    assert kinds_shown(page) == {"session", "reflection"}
    press(Qt.Key.Key_K, ALT)  # &Kind:
    assert focused() is page.kind
    type_keys("Reflection")  # a combo box chooses by typing
    assert page.kind.currentData() == "reflection"
    assert kinds_shown(page) == {"reflection"}
    press(Qt.Key.Key_K, ALT)
    qtbot.wait(QApplication.keyboardInputInterval() + 100)
    type_keys("All")
    press(Qt.Key.Key_P, ALT)  # &Person:
    assert focused() is page.person
    type_keys("Ben")
    assert page.person.currentText() == "Ben Marlowe"
    assert page.model.rowCount() == 0 and page.count.text() == "No matches."
    qtbot.wait(QApplication.keyboardInputInterval() + 100)  # a new word, not "BenAna"
    type_keys("Ana")
    assert kinds_shown(page) == {"session", "reflection"}  # her session and the note on it
    press(Qt.Key.Key_M, ALT)  # Fro&m: the filter starts from "Any date"
    assert focused() is page.start
    day = TODAY - dt.timedelta(days=2)
    type_keys(day.isoformat())
    assert page.filters()["start"] == day
    assert kinds_shown(page) == {"reflection"}  # the session was the day before
    press(Qt.Key.Key_Down)  # a day earlier: the session's day
    assert kinds_shown(page) == {"session", "reflection"}
    press(Qt.Key.Key_Backspace)
    type_keys("x")  # not a date: the filter is off and the field says how to write one
    assert page.filters()["start"] is None and "YYYY-MM-DD" in page.start.toolTip()


def test_no_match_and_odd_input_say_so(qtbot, window, story):
    page = window.search_page
    press(Qt.Key.Key_F, CTRL)
    type_keys('"AND( NEAR -')
    press(Qt.Key.Key_Return)
    assert page.count.text() == "No matches." and window.editors == []
    press(Qt.Key.Key_Return)  # Enter with nothing found opens nothing
    assert window.editors == []
