"""Insights after the picture and sharing changes: what is kept between ranges and people
never hides a change in the journal, and a chart out of sight is painted when it comes
into view (not before, not stale)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from mentorjournal.analytics import stats
from mentorjournal.charts.ticks import day_x
from mentorjournal.domain import records
from tests.analytics.test_insights import TODAY, at, small_journal
from ui.insights.page import InsightsPage


@pytest.fixture
def small(journal):
    return small_journal()


def make_page(qtbot, height: int = 900) -> InsightsPage:
    page = InsightsPage(today=lambda: TODAY)
    qtbot.addWidget(page)
    page.resize(1100, height)
    with qtbot.waitSignal(page.refreshed):
        page.show()
    return page


def switch_range(qtbot, page: InsightsPage, key: str) -> None:
    with qtbot.waitSignal(page.refreshed):
        qtbot.mouseClick(page.range_buttons[key], Qt.MouseButton.LeftButton)
    assert page.range_key == key


def confidences(page: InsightsPage) -> list[tuple[float, float]]:
    series = page.mood_chart.confidence_points
    return list(zip(series.xs, series.ys, strict=True))


def test_a_range_shown_before_shows_a_rating_added_since(qtbot, small):
    page = make_page(qtbot)
    view = page.mood_chart.view
    for key in ("3m", "all", "3m"):  # both ranges painted and kept
        switch_range(qtbot, page, key)
        view.grab()
    painted = view.painted
    new = at("2026-03-10 08:00")
    assert (day_x(new), 2.0) not in confidences(page)
    records.create("reflection", written_at=new, body="later", confidence=2)
    with qtbot.waitSignal(page.refreshed):
        page.reload()  # what the window does when the journal changed
    view.grab()
    assert (day_x(new), 2.0) in confidences(page)
    assert view.painted == painted + 1  # the kept 3-month picture was not shown again
    switch_range(qtbot, page, "all")
    view.grab()
    assert (day_x(new), 2.0) in confidences(page)
    assert view.painted == painted + 2  # nor the kept "all" one
    hit = view.hit(page.mood_chart.time_chart.map(day_x(new), 2.0))
    assert hit is not None and hit.record is not None and hit.record[0] == "reflection"


def test_a_chart_out_of_sight_is_painted_when_scrolled_into_view(qtbot, small):
    page = make_page(qtbot, height=500)
    goals = page.goals_chart.view  # the last chart: far below a 500 px page
    qtbot.wait(10)
    assert goals.painted == 0 and goals.visibleRegion().isEmpty()
    switch_range(qtbot, page, "1y")
    qtbot.wait(10)
    assert goals.painted == 0  # a range switch paints nothing out of sight
    bar = page.content.scroll.verticalScrollBar()
    bar.setValue(bar.maximum())  # scrolled to the end, as with the scroll bar
    qtbot.waitUntil(lambda: goals.painted == 1)
    shown = [bar.label for bar in page.goals_chart.progress.bars]
    assert shown and not goals.picture().isNull()
    assert goals.hit(goals.stops()[0].at) is not None  # laid out by that paint


def test_every_person_shows_the_journals_streak_and_a_new_reflection_counts(qtbot, small):
    j = small
    page = make_page(qtbot)
    expected = stats.reflection_streak(TODAY)
    for person in (j.ben.id, j.ana.id, None):
        with qtbot.waitSignal(page.refreshed):
            page.set_person(person)
        assert page.snapshot.cards.streak == expected, person
    records.create("reflection", written_at=at("2026-03-08 07:00"), body="kept up")
    after = stats.reflection_streak(TODAY)
    assert after != expected  # the test means something: the new day joins the run
    with qtbot.waitSignal(page.refreshed):
        page.reload()
    with qtbot.waitSignal(page.refreshed):
        page.set_person(j.ben.id)  # another person's page after the change
    assert page.snapshot.cards.streak == after


def test_tag_patterns_follow_new_tags_after_a_change(qtbot, small):
    page = make_page(qtbot)
    before = set(page._kept().get("tags", {}))
    reflection = records.create(
        "reflection",
        written_at=at("2026-03-07 07:00"),
        body="tagged",
        confidence=6,
        tags=["fresh-tag"],
    )
    assert reflection.id
    with qtbot.waitSignal(page.refreshed):
        page.reload()
    assert "fresh-tag" in set(page._kept()["tags"]) - before
    assert dt.date(2026, 3, 7) in page._kept()["tags"]["fresh-tag"]
