"""Journey: read your journal. Selecting a record shows it whole and rendered, with its
ratings, links, tags and dates; reading never opens an editor. Keys only."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from mentorjournal.storage.journal import Journal
from mentorjournal.text import render
from tests.conftest import PASSPHRASE
from tests.ui.journeys.story import TODAY, write_story
from tests.ui.journeys.window_keys import CTRL, focused, keystrokes, open_window, press


@pytest.fixture
def story(tmp_path):
    return write_story(tmp_path / "story.mjournal")


@pytest.fixture
def window(qtbot, story, settings):
    return open_window(qtbot, Journal.open(story.path, PASSPHRASE), settings)


def test_a_reflection_is_shown_whole_and_rendered(qtbot, window, story):
    press(Qt.Key.Key_3, CTRL)  # Reflections; the focus lands in its list, first row current
    page = window.reflections_page
    assert window.pages.currentWidget() is page and focused() is page.table
    press(Qt.Key.Key_Down)
    press(Qt.Key.Key_Up)  # the newest reflection is selected
    html = page.detail.toHtml()
    text = page.detail.toPlainText()
    assert "After the feedback talk" in text
    assert "What I noticed" in text and "# What" not in text  # a heading, not Markdown
    assert "font-weight:700" in html or "font-weight:600" in html  # **different** is bold
    assert "too tight" in text and "next time: ask earlier" in text
    assert "**" not in text and "- the estimate" not in text  # a list, not dashes
    assert "Confidence: 6/10" in text and "Motivation: 7/10" in text
    assert "#feedback" in text and "#growth" in text
    assert "After: " in text and "Session with Ana Quillfeather" in text  # the link
    assert "Written " in text and "last changed" in text  # the dates
    assert window.editors == []  # reading opened nothing
    assert keystrokes["count"] == 3


def test_a_session_shows_its_ratings_and_what_links_to_it(qtbot, window, story):
    press(Qt.Key.Key_2, CTRL)  # Sessions
    page = window.sessions_page
    press(Qt.Key.Key_Space)  # select the current (first) row
    text = page.detail.toPlainText()
    assert "Session with Ana Quillfeather" in text
    assert "Confidence before: 4/10" in text and "Confidence after: 7/10" in text
    assert "Motivation: 8/10" in text
    assert "Ask for feedback early" in text and "- Ask" not in text
    assert "Reflections on this session (1)" in text and "After the feedback talk" in text
    assert "Action items agreed in this session (1)" in text and "plumbago" in text
    # The list carries the ratings too: C before→after, M.
    assert page.model.index(0, 4).data() == "C 4→7 · M 8"
    assert window.editors == []


def test_the_timeline_lists_ratings_and_enter_opens_the_editor(qtbot, window, story):
    press(Qt.Key.Key_1, CTRL)
    page = window.timeline_page
    model = page.model
    ratings = {model.index(r, 2).data(): model.index(r, 4).data() for r in range(model.rowCount())}
    assert ratings["After the feedback talk"] == "C 6 · M 7"
    assert ratings["Listening: 6/10"] == "6/10"
    assert ratings["Session with Ana Quillfeather (as mentee)"] == "C 4→7 · M 8"
    press(Qt.Key.Key_Space)
    assert page.detail.shown() is not None and window.editors == []
    press(Qt.Key.Key_Return)  # editing is a separate, explicit step
    assert len(window.editors) == 1
    window.editors[0].close_without_saving()


def test_goals_people_and_skills_have_a_reading_pane(qtbot, window, story):
    press(Qt.Key.Key_5, CTRL)  # Goals & actions: the first goal is current
    press(Qt.Key.Key_Space)
    text = window.goals_page.detail.toPlainText()
    assert "Lead the vellichor project" in text and "35% done" in text
    assert "With: Ana Quillfeather" in text and "Action items (1)" in text
    press(Qt.Key.Key_6, CTRL)  # Skills
    press(Qt.Key.Key_Space)
    text = window.skills_page.detail.toPlainText()
    assert "Listening" in text and "Target level: 8/10" in text and "Ratings (1)" in text
    press(Qt.Key.Key_4, CTRL)  # People: the history of the relationship
    press(Qt.Key.Key_Space)
    assert "Sessions (1)" in window.people_page.detail.toPlainText()
    assert window.editors == []


def test_a_long_text_is_rendered_off_the_ui_thread(qtbot, window, story, monkeypatch):
    from mentorjournal.domain import records

    long_body = "# Long\n\n" + ("A line of **text** about the long entry.\n\n" * 800)
    assert len(long_body) > render.OFF_THREAD_CHARS
    records.update("reflection", story.reflection, body=long_body)
    press(Qt.Key.Key_3, CTRL)
    press(Qt.Key.Key_Space)
    pane = window.reflections_page.detail
    assert "Rendering…" in pane.toPlainText()  # at once, while the worker renders
    qtbot.waitUntil(lambda: "about the long entry" in pane.toPlainText(), timeout=20_000)
    assert "**" not in pane.toPlainText()


def test_journal_text_in_tooltips_is_plain(qtbot, window, story):
    from mentorjournal.domain import records

    records.update("reflection", story.reflection, title="<img src='file:///etc/passwd'> title")
    press(Qt.Key.Key_3, CTRL)
    model = window.reflections_page.model
    tip = model.index(0, 2).data(Qt.ItemDataRole.ToolTipRole)
    assert "&lt;img" in tip and "<img" not in tip


def test_a_reflection_names_its_template_as_the_editor_does(qtbot, story, settings):
    """The walk after the merge saw "template: weekly_review" in the reading pane."""
    import datetime as dt

    from mentorjournal.domain import records

    journal = Journal.open(story.path, PASSPHRASE)
    records.create(
        "reflection",
        title="Friday review",
        body="It went well.",
        template="weekly_review",
        written_at=dt.datetime.now().replace(microsecond=0),
    )
    window = open_window(qtbot, journal, settings)
    press(Qt.Key.Key_3, CTRL)
    press(Qt.Key.Key_Down)
    press(Qt.Key.Key_Up)  # the newest reflection: this one
    text = window.reflections_page.detail.toPlainText()
    assert "Friday review" in text
    assert "template: Weekly review" in text and "weekly_review" not in text
    assert window.editors == []


def test_linked_lines_name_their_record_as_it_is_now(qtbot, story):
    """A skill's ratings each name the skill (read once per document, not per line), and
    a document made after a rename names it anew: nothing is kept between documents."""
    from mentorjournal.domain import records
    from ui import reading

    with Journal.open(story.path, PASSPHRASE):
        for days in (10, 11, 12):
            records.create(
                "rating", skill=story.skill, value=7, rated_on=TODAY - dt.timedelta(days)
            )
        lines = dict(reading.record_document("skill", story.skill).lists)["Ratings (4)"]
        assert len(lines) == 4 and all("Listening: " in line for line in lines)
        records.update("skill", story.skill, name="Active listening")
        lines = dict(reading.record_document("skill", story.skill).lists)["Ratings (4)"]
        assert all("Active listening: " in line for line in lines)
        session = reading.record_document("session", story.session)
        assert session.title == "Session with Ana Quillfeather"
        records.update("person", story.ana, name="Ana Q.")
        assert reading.record_document("session", story.session).title == "Session with Ana Q."
