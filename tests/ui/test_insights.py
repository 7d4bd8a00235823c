"""The Insights page: its series hold the core's numbers, per person and range.

The small journal of ``tests/analytics/test_insights.py`` gives hand-computed
values; the demo journal checks every chart against ``stats``/``insights``
for each range and several people. Clicks, exports and themes are driven the
way a user would (mouse clicks, the buttons, a palette change).
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCharts import QChart
from PySide6.QtCore import QDate, QPoint, QPointF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication

from mentorjournal.analytics import insights, series, stats
from mentorjournal.demo import generate as demo
from mentorjournal.domain import records
from mentorjournal.storage.journal import Journal
from tests.analytics.test_insights import TODAY, at, small_journal
from tests.conftest import FAST, PASSPHRASE
from ui import alerts, theme
from ui.insights.axes import to_ms
from ui.insights.chart_base import COLOURS, ChartPanel
from ui.insights.mood_chart import SESSION_ROW
from ui.insights.page import EMPTY_JOURNAL, InsightsPage

D = dt.date
MIDDAY = dt.timedelta(hours=12)


# -- helpers ------------------------------------------------------------------------------


def make_page(qtbot) -> InsightsPage:
    page = InsightsPage(today=lambda: TODAY)
    qtbot.addWidget(page)
    page.resize(1100, 900)
    with qtbot.waitSignal(page.refreshed):
        page.show()  # the first refresh runs once the page is on screen
    return page


def xy(series) -> list[tuple[float, float]]:
    return [(p.x(), p.y()) for p in series.points()]


def pts(*pairs) -> list[tuple[float, float]]:
    """(when, value) pairs as chart points: ``when`` a datetime, or a date drawn at midday."""
    out = []
    for when, value in pairs:
        if not isinstance(when, dt.datetime):
            when = dt.datetime.combine(when, dt.time()) + MIDDAY
        out.append((to_ms(when), float(value)))
    return out


def bars(bar_set) -> list[float]:
    return [bar_set.at(i) for i in range(bar_set.count())]


def view_pos(panel: ChartPanel, series, x: float, y: float) -> QPoint:
    """Where the value (x, y) of ``series`` is drawn, in the chart view's viewport."""
    scene = panel.chart.mapToScene(panel.chart.mapToPosition(QPointF(x, y), series))
    return panel.view.mapFromScene(scene)


def click(qtbot, panel: ChartPanel, series, x: float, y: float) -> None:
    qtbot.waitUntil(lambda: panel.chart.plotArea().width() > 100)
    qtbot.mouseClick(
        panel.view.viewport(), Qt.MouseButton.LeftButton, pos=view_pos(panel, series, x, y)
    )


def read_csv(path: Path) -> list[list[str]]:
    with path.open(newline="", encoding="utf-8") as fh:
        return list(csv.reader(fh))


def switch_person(qtbot, page: InsightsPage, person_id: int | None) -> None:
    with qtbot.waitSignal(page.refreshed):
        page.set_person(person_id)
    assert page.person_id == person_id


def switch_range(qtbot, page: InsightsPage, key: str) -> None:
    with qtbot.waitSignal(page.refreshed):
        qtbot.mouseClick(page.range_buttons[key], Qt.MouseButton.LeftButton)
    assert page.range_key == key


@pytest.fixture
def small(journal):
    return small_journal()


# -- the small journal: exact numbers -----------------------------------------------------


def test_every_chart_holds_the_hand_computed_numbers(qtbot, small):
    page = make_page(qtbot)
    assert not page.is_empty and page.range_key == "1y"
    assert page.bounds == (D(2025, 3, 11), TODAY)
    assert page.range_label.text() == "11 Mar 2025 – 10 Mar 2026"

    mood = page.mood_chart
    assert mood.is_showing_chart and mood.window_days == 30
    assert xy(mood.confidence_points) == pts(
        (at("2026-01-04 20:00"), 3),
        (at("2026-01-05 10:00"), 7),
        (at("2026-01-05 21:00"), 6),
        (at("2026-01-20 18:00"), 5),
        (at("2026-02-02 10:00"), 8),
        (at("2026-02-15 09:00"), 7),
        (at("2026-03-03 17:00"), 5),
        (at("2026-03-09 09:00"), 8),
    )
    assert xy(mood.motivation_points) == pts(
        (at("2026-01-04 20:00"), 5),
        (at("2026-01-05 10:00"), 6),
        (at("2026-01-21 08:00"), 4),
        (at("2026-02-02 10:00"), 7),
        (at("2026-02-15 09:00"), 6),
        (at("2026-03-03 17:00"), 8),
    )
    assert xy(mood.session_marks) == pts(
        *[
            (at(w), SESSION_ROW)
            for w in (
                "2026-01-05 10:00",
                "2026-01-20 18:00",
                "2026-02-02 10:00",
                "2026-03-03 17:00",
            )
        ]
    )
    # 30-day means: 4 Jan 3; 5 Jan (3+7+6)/3; 20 Jan (+5)/4; 2 Feb (+8)/5; then 20/3 three times.
    assert xy(mood.confidence_line) == pts(
        (D(2026, 1, 4), 3),
        (D(2026, 1, 5), 16 / 3),
        (D(2026, 1, 20), 21 / 4),
        (D(2026, 2, 2), 29 / 5),
        (D(2026, 2, 15), 20 / 3),
        (D(2026, 3, 3), 20 / 3),
        (D(2026, 3, 9), 20 / 3),
    )
    assert xy(mood.motivation_line) == pts(
        (D(2026, 1, 4), 5),
        (D(2026, 1, 5), 5.5),
        (D(2026, 1, 21), 5),
        (D(2026, 2, 2), 5.5),
        (D(2026, 2, 15), 17 / 3),
        (D(2026, 3, 3), 7),
    )
    assert mood.confidence_line.name() == "Confidence, 30-day average"
    mood.window.setCurrentIndex(
        0
    )  # 7 days: 5 Jan (3+7+6)/3, 20 Jan 5, 2 Feb 8, 15 Feb 7, 3 Mar 5, 9 Mar (5+8)/2
    assert xy(mood.confidence_line) == pts(
        (D(2026, 1, 4), 3),
        (D(2026, 1, 5), 16 / 3),
        (D(2026, 1, 20), 5),
        (D(2026, 2, 2), 8),
        (D(2026, 2, 15), 7),
        (D(2026, 3, 3), 5),
        (D(2026, 3, 9), 6.5),
    )
    assert mood.confidence_line.name() == "Confidence, 7-day average"
    mood.window.setCurrentIndex(1)

    up = page.uplift_chart
    assert xy(up.rose) == pts((at("2026-01-05 10:00"), 3))
    assert xy(up.same) == pts((at("2026-03-03 17:00"), 0))
    assert xy(up.fell) == pts((at("2026-01-20 18:00"), -1))
    assert xy(up.stems) == pts(
        *[
            (at(w), v)
            for w, vs in (
                ("2026-01-05 10:00", (0, 3, 0)),
                ("2026-01-20 18:00", (0, -1, 0)),
                ("2026-03-03 17:00", (0, 0, 0)),
            )
            for v in vs
        ]
    )
    assert up.subtitle.text().startswith(
        "3 sessions: confidence 5.0 before → 5.7 after on average (+0.7)"
    )

    skills = page.skills_chart
    assert [skills.skill_box.itemText(i) for i in range(skills.skill_box.count())] == [
        "Listening",
        "Writing",
    ]
    assert skills.skill_box.currentText() == "Listening"  # the most ratings in range
    assert xy(skills.ratings_line) == pts(
        (D(2025, 12, 1), 4), (D(2026, 1, 5), 5), (D(2026, 1, 20), 6), (D(2026, 3, 3), 7)
    )
    assert xy(skills.target_line) == [(to_ms(D(2025, 3, 11)), 8.0), (to_ms(D(2026, 3, 11)), 8.0)]
    table = skills.growth_table
    assert [[table.item(r, c).text() for c in range(5)] for r in range(table.rowCount())] == [
        ["Listening", "4", "7", "+3", "8"],
        ["Writing", "3", "3", "+0", ""],
    ]
    skills.skill_box.setCurrentIndex(1)
    assert xy(skills.ratings_line) == pts((D(2026, 2, 2), 3))
    assert skills.target_line.count() == 0 and skills.target_line.name() == "No target set"
    assert table.currentRow() == 1

    # 13 months, March 2025 to March 2026; sessions only from January on.
    sessions = page.sessions_chart
    assert [m.month for m in sessions.months] == insights.month_range(D(2025, 3, 1), TODAY)
    assert bars(sessions.as_mentee) == [0.0] * 10 + [1.0, 1.0, 0.0]
    assert bars(sessions.as_mentor) == [0.0] * 10 + [1.0, 0.0, 1.0]
    assert sessions.gap_areas == []  # no 60-day gap

    actions = page.actions_chart
    assert bars(actions.on_time) == [0.0] * 10 + [1.0, 1.0, 0.0]
    assert bars(actions.late) == [0.0] * 10 + [1.0, 0.0, 0.0]
    assert bars(actions.open) == [0.0] * 10 + [0.0, 0.0, 2.0]
    assert actions.subtitle.text() == (
        "5 due in this range: 3 done (60%), 2 of them on time. 1 open action item is overdue now."
    )

    goals = page.goals_chart  # drawn bottom to top: soonest target at the top
    assert goals.y_axis.categories() == [
        "Read more",
        "Find a mentor",
        "Lead a project",
        "Mentor well",
    ]
    assert bars(goals.progress) == [10.0, 0.0, 40.0, 70.0]

    cards = page.cards
    assert [c.value.text() for c in cards.cards] == ["2 days", "6.7", "3", "3"]
    assert "+0.2" in cards.confidence.detail.text() and "6.5" in cards.confidence.detail.text()
    assert "1 overdue" in cards.actions.detail.text()


def test_person_filter_shows_one_mentee(qtbot, small):
    j = small
    page = make_page(qtbot)
    box = page.person_box
    assert [box.itemText(i) for i in range(box.count())] == [
        "Everyone",
        "Ana Ruiz (my mentor)",
        "ben Okafor (my mentee)",
        "Dee Park (my mentee)",
    ]
    switch_person(qtbot, page, j.ben.id)
    assert box.currentText() == "ben Okafor (my mentee)"

    mood = page.mood_chart
    assert xy(mood.confidence_points) == pts(
        (at("2026-01-20 18:00"), 5), (at("2026-03-03 17:00"), 5), (at("2026-03-09 09:00"), 8)
    )
    assert xy(mood.motivation_points) == pts(
        (at("2026-01-21 08:00"), 4), (at("2026-03-03 17:00"), 8)
    )
    assert xy(mood.session_marks) == pts(
        (at("2026-01-20 18:00"), SESSION_ROW), (at("2026-03-03 17:00"), SESSION_ROW)
    )
    assert xy(mood.confidence_line) == pts(
        (D(2026, 1, 20), 5), (D(2026, 3, 3), 5), (D(2026, 3, 9), 6.5)
    )
    assert xy(page.uplift_chart.rose) == []
    assert xy(page.uplift_chart.same) == pts((at("2026-03-03 17:00"), 0))
    assert xy(page.uplift_chart.fell) == pts((at("2026-01-20 18:00"), -1))
    skills = page.skills_chart
    assert skills.skill_box.count() == 1  # Writing was never rated with Ben
    assert xy(skills.ratings_line) == pts((D(2026, 1, 20), 6), (D(2026, 3, 3), 7))
    assert bars(page.sessions_chart.as_mentee) == [0.0] * 13
    assert bars(page.sessions_chart.as_mentor) == [0.0] * 10 + [1.0, 0.0, 1.0]
    assert bars(page.actions_chart.late) == [0.0] * 10 + [1.0, 0.0, 0.0]  # a2, through its session
    assert bars(page.actions_chart.open) == [0.0] * 10 + [0.0, 0.0, 1.0]  # a4, his own
    assert bars(page.actions_chart.on_time) == [0.0] * 13
    assert page.goals_chart.y_axis.categories() == ["Mentor well"]
    assert [c.value.text() for c in page.cards.cards] == ["2 days", "6.5", "1", "1"]
    assert page.cards.actions.detail.text() == "none overdue"
    assert "with ben Okafor" in page.cards.confidence.toolTip()

    # Dee has a goal and nothing else: every time chart says so, the page is not "empty".
    switch_person(qtbot, page, j.dee.id)
    assert not page.is_empty
    for chart in (page.mood_chart, page.uplift_chart, page.sessions_chart, page.actions_chart):
        assert not chart.is_showing_chart and chart.message.text() == chart.empty_text, chart.title
        assert not chart.export_data_button.isEnabled()
    assert page.skills_chart.message.text() == page.skills_chart.no_skills_text
    assert page.goals_chart.is_showing_chart and page.goals_chart.y_axis.categories() == [
        "Find a mentor"
    ]
    assert page.cards.confidence.value.text() == "–"

    switch_person(qtbot, page, None)
    assert len(page.mood_chart.confidence_points.points()) == 8


def test_range_buttons_and_custom_dates_change_what_the_series_hold(qtbot, small):
    page = make_page(qtbot)
    skills, sessions = page.skills_chart, page.sessions_chart
    expected = {  # range: (start, months on the bar charts, skill ratings shown)
        "3m": (D(2025, 12, 11), 4, 3),  # the 1 December rating is out
        "6m": (D(2025, 9, 11), 7, 4),
        "all": (D(2025, 12, 1), 4, 4),  # from the first rating on
        "1y": (D(2025, 3, 11), 13, 4),
    }
    for key, (start, months, ratings) in expected.items():
        switch_range(qtbot, page, key)
        assert page.bounds == (start, TODAY), key
        assert page.range_buttons[key].isChecked()
        assert len(sessions.months) == months and len(page.actions_chart.months) == months, key
        assert skills.ratings_line.count() == ratings, key
        assert xy(skills.target_line)[0] == (to_ms(start), 8.0)
        assert page.mood_chart.confidence_points.count() == 8
        assert not page.start_edit.isVisible()
        assert page.start_edit.date() == QDate(
            start.year, start.month, start.day
        )  # ready for "custom"

    switch_range(qtbot, page, "custom")
    assert page.start_edit.isVisible() and page.end_edit.isVisible()
    with qtbot.waitSignal(page.refreshed):  # typing a date redraws once typing pauses
        page.start_edit.setDate(QDate(2026, 1, 10))
        page.end_edit.setDate(QDate(2026, 2, 20))
    assert page.bounds == (D(2026, 1, 10), D(2026, 2, 20))
    assert page.range_label.text() == "10 Jan 2026 – 20 Feb 2026"
    mood = page.mood_chart
    assert xy(mood.confidence_points) == pts(
        (at("2026-01-20 18:00"), 5), (at("2026-02-02 10:00"), 8), (at("2026-02-15 09:00"), 7)
    )
    assert xy(mood.motivation_points) == pts(
        (at("2026-01-21 08:00"), 4), (at("2026-02-02 10:00"), 7), (at("2026-02-15 09:00"), 6)
    )
    # The line does not restart at the edge: 20 Jan still averages 4 and 5 January in.
    assert xy(mood.confidence_line) == pts(
        (D(2026, 1, 20), 21 / 4), (D(2026, 2, 2), 29 / 5), (D(2026, 2, 15), 20 / 3)
    )
    assert (xy(page.uplift_chart.rose), xy(page.uplift_chart.same)) == ([], [])
    assert xy(page.uplift_chart.fell) == pts((at("2026-01-20 18:00"), -1))
    assert xy(skills.ratings_line) == pts((D(2026, 1, 20), 6))
    assert bars(sessions.as_mentee) == [1.0, 1.0] and bars(sessions.as_mentor) == [1.0, 0.0]
    assert bars(page.actions_chart.on_time) == [1.0, 1.0] and bars(page.actions_chart.late) == [
        1.0,
        0.0,
    ]

    with qtbot.waitSignal(page.refreshed):  # dates the wrong way round are swapped
        page.start_edit.setDate(QDate(2024, 6, 30))
        page.end_edit.setDate(QDate(2024, 1, 1))
    assert page.bounds == (D(2024, 1, 1), D(2024, 6, 30))
    for chart in (
        page.mood_chart,
        page.uplift_chart,
        page.skills_chart,
        page.sessions_chart,
        page.actions_chart,
    ):
        assert not chart.is_showing_chart, chart.title
        assert not chart.save_image_button.isEnabled() and not chart.export_data_button.isEnabled()
    assert skills.message.text() == "No ratings of Listening in this range (last rated 3 Mar 2026)."
    assert page.goals_chart.is_showing_chart  # goals have no time axis


def test_an_empty_journal_shows_a_message_instead_of_empty_axes(qtbot, journal):
    records.create("reflection", written_at=at("2026-03-01 09:00"), body="no ratings yet")
    page = make_page(qtbot)
    assert page.is_empty
    assert page.empty_message.isVisible() and not page.scroll.isVisible()
    assert page.empty_message.text() == EMPTY_JOURNAL
    assert "Your insights will appear here" in page.empty_message.text()
    assert page.person_box.count() == 1 and page.person_box.itemText(0) == "Everyone"
    assert page.bounds == (D(2025, 3, 11), TODAY)

    # One rating, long ago: the page reads older readings before deciding it is empty.
    only = records.create("reflection", written_at=at("2024-02-03 08:00"), confidence=4)
    with qtbot.waitSignal(page.refreshed):
        page.reload()
    assert not page.is_empty and page.scroll.isVisible()
    assert not page.mood_chart.is_showing_chart  # nothing in the last year
    switch_range(qtbot, page, "all")
    assert page.bounds == (D(2024, 2, 3), TODAY)
    assert xy(page.mood_chart.confidence_points) == pts((at("2024-02-03 08:00"), 4))
    assert xy(page.mood_chart.confidence_line) == pts((D(2024, 2, 3), 4))
    assert page.mood_chart.table()[1] == [
        ("2024-02-03 08:00", "reflection", only.id, 4, None, 4.0, None)
    ]

    page.clear()  # locked: every number forgotten
    assert page.mood_chart.confidence_points.count() == 0 and page.person_box.count() == 0
    assert page.cards.streak.value.text() == "–"


def test_long_gaps_are_shaded_where_they_fall(qtbot, journal):
    ana = records.create("person", name="Ana", relation="mentor")
    ben = records.create("person", name="Ben", relation="mentee")
    for who, when in (
        (ana, "2025-06-01 10:00"),
        (ana, "2025-10-01 10:00"),
        (ben, "2025-08-14 10:00"),
        (ana, "2026-01-15 10:00"),
        (ben, "2026-03-02 10:00"),
    ):
        records.create(
            "session", person=who.id, role="mentee", held_at=at(when), confidence_after=5
        )
    page = make_page(qtbot)
    sessions = page.sessions_chart  # everyone: 74, 48, 106 and 46 days between sessions, 8 since
    assert [(g.start, g.end, g.days) for g in sessions.gaps] == [
        (D(2025, 6, 1), D(2025, 8, 14), 74),
        (D(2025, 10, 1), D(2026, 1, 15), 106),
    ]
    # Bar 0 is March 2025: 1 June starts bar 3, 14 August is 13/31 into bar 5; 1 October starts
    # bar 7, 15 January is 14/31 into bar 10. Shading runs the full height of the axis.
    top = sessions.y_axis.max()
    assert [xy(area.lowerSeries()) for area in sessions.gap_areas] == [
        [(2.5, 0.0), (4.5 + 13 / 31, 0.0)],
        [(6.5, 0.0), (9.5 + 14 / 31, 0.0)],
    ]
    assert [xy(area.upperSeries()) for area in sessions.gap_areas] == [
        [(2.5, top), (4.5 + 13 / 31, top)],
        [(6.5, top), (9.5 + 14 / 31, top)],
    ]
    assert "2 long gaps shaded; the longest 106 days from 1 Oct 2025." in sessions.subtitle.text()
    switch_person(qtbot, page, ana.id)  # Ana alone: 122 days, then 106
    assert [g.days for g in sessions.gaps] == [122, 106] and len(sessions.gap_areas) == 2
    switch_range(qtbot, page, "3m")  # from 11 December: only the gap that reaches into it
    assert [g.days for g in sessions.gaps] == [106] and len(sessions.gap_areas) == 1
    assert xy(sessions.gap_areas[0].lowerSeries())[0] == (-0.5, 0.0)  # cut at the left edge
    switch_person(qtbot, page, ben.id)  # 200 days, none ongoing (8 days since the last)
    assert [g.days for g in sessions.gaps] == [200] and bars(sessions.as_mentee) == [
        0.0,
        0.0,
        0.0,
        1.0,
    ]


def test_goals_with_the_same_title_get_a_bar_each(qtbot, journal):
    long = "Speak at a conference about the platform migration we did last year"
    made = [
        records.create("goal", title=title, progress=progress, target_date=D(2026, 5, day))
        for title, progress, day in (
            (long + " (part one)", 20, 1),
            (long + " (part two)", 30, 2),
            ("Same", 50, 3),
            ("Same", 60, 4),
        )
    ]
    page = make_page(qtbot)
    goals = page.goals_chart
    labels = goals.y_axis.categories()
    assert len(labels) == 4 and len(set(labels)) == 4  # cut to fit, still one per goal
    assert bars(goals.progress) == [60.0, 50.0, 30.0, 20.0]
    with qtbot.waitSignal(page.record_requested) as asked:
        click(qtbot, goals, goals.bars, 25, 0)
    assert asked.args == ["goal", made[3].id]
    assert goals.subtitle.text().startswith("4 active goals, 40% along on average.")


# -- clicks --------------------------------------------------------------------------------


def test_clicking_a_point_asks_for_its_record(qtbot, small):
    j = small
    page = make_page(qtbot)
    mood = page.mood_chart
    feb15 = to_ms(at("2026-02-15 09:00"))
    hit = mood.view.hit(QPointF(view_pos(mood, mood.confidence_points, feb15, 7)))
    assert hit is not None and hit[0].tip(hit[1]) == "15 Feb 2026\nConfidence 7/10 (reflection)"
    with qtbot.waitSignal(page.record_requested) as asked:
        click(qtbot, mood, mood.confidence_points, feb15, 7)
    assert asked.args == ["reflection", j.r4.id]
    with qtbot.waitSignal(page.record_requested) as asked:
        click(qtbot, mood, mood.motivation_points, to_ms(at("2026-01-21 08:00")), 4)
    assert asked.args == ["reflection", j.r3.id]
    with qtbot.waitSignal(page.record_requested) as asked:
        click(qtbot, mood, mood.session_marks, to_ms(at("2026-03-03 17:00")), SESSION_ROW)
    assert asked.args == ["session", j.s5.id]
    with qtbot.assertNotEmitted(page.record_requested):  # empty space: nothing to open
        click(qtbot, mood, mood.confidence_points, to_ms(at("2025-06-01 12:00")), 9)

    up = page.uplift_chart
    with qtbot.waitSignal(page.record_requested) as asked:
        click(qtbot, up, up.fell, to_ms(at("2026-01-20 18:00")), -1)
    assert asked.args == ["session", j.s2.id]

    skills = page.skills_chart
    with qtbot.waitSignal(page.record_requested) as asked:
        click(qtbot, skills, skills.ratings_line, to_ms(D(2026, 1, 20)) + 12 * 3600_000, 6)
    assert asked.args == ["rating", j.k3.id]

    goals = (
        page.goals_chart
    )  # rows bottom to top: Read more, Find a mentor, Lead a project, Mentor well
    with qtbot.waitSignal(page.record_requested) as asked:
        click(qtbot, goals, goals.bars, 20, 2)
    assert asked.args == ["goal", j.g1.id]

    with qtbot.waitSignal(page.record_requested) as asked:  # any panel's view reaches the page
        page.sessions_chart.view.point_clicked.emit(("session", j.s3.id))
    assert asked.args == ["session", j.s3.id]


# -- exports -----------------------------------------------------------------------------


@pytest.fixture
def save_to(monkeypatch) -> Iterator[list[Path | None]]:
    """The file the save dialog "picks": set ``target[0]`` (None: cancelled)."""
    target: list[Path | None] = [None]

    def ask(_parent, _caption, suggested, file_filter):
        assert suggested.startswith("mentorjournal-") and suggested[-3:] in file_filter
        return target[0]

    monkeypatch.setattr(alerts, "ask_save_path", ask)
    yield target


def test_png_export_is_the_chart_as_shown(qtbot, small, tmp_path, save_to):
    page = make_page(qtbot)
    for chart in page.charts:
        path = tmp_path / f"{chart.slug}.png"
        save_to[0] = path
        qtbot.mouseClick(chart.save_image_button, Qt.MouseButton.LeftButton)
        image = QImage(str(path))
        assert not image.isNull(), chart.title
        ratio = chart.view.devicePixelRatioF()
        assert image.size() == QSize(
            round(chart.view.width() * ratio), round(chart.view.height() * ratio)
        )
        assert chart.view.width() > 300 and chart.view.height() > 100
        colours = {
            image.pixel(x, y)
            for x in range(0, image.width(), 7)
            for y in range(0, image.height(), 7)
        }
        assert len(colours) > 3, chart.title  # something is drawn, not a blank rectangle

    save_to[0] = None  # cancelled: nothing written
    qtbot.mouseClick(page.mood_chart.save_image_button, Qt.MouseButton.LeftButton)
    assert sorted(p.name for p in tmp_path.glob("*.png")) == sorted(
        f"{c.slug}.png" for c in page.charts
    )


def test_csv_export_reads_back_as_the_chart_data(qtbot, small, tmp_path, save_to):
    j = small
    page = make_page(qtbot)

    def exported(chart: ChartPanel) -> list[list[str]]:
        path = save_to[0] = tmp_path / f"{chart.slug}.csv"
        qtbot.mouseClick(chart.export_data_button, Qt.MouseButton.LeftButton)
        rows = read_csv(path)
        header, data = chart.table()
        assert rows == [list(header)] + [["" if v is None else str(v) for v in row] for row in data]
        return rows

    assert exported(page.mood_chart) == [
        [
            "when",
            "record",
            "id",
            "confidence",
            "motivation",
            "confidence_30d_average",
            "motivation_30d_average",
        ],
        ["2026-01-04 20:00", "reflection", str(j.r1.id), "3", "5", "3.0", "5.0"],
        ["2026-01-05 10:00", "session", str(j.s1.id), "7", "6", "5.333", "5.5"],
        ["2026-01-05 21:00", "reflection", str(j.r2.id), "6", "", "5.333", "5.5"],
        ["2026-01-20 18:00", "session", str(j.s2.id), "5", "", "5.25", ""],
        ["2026-01-21 08:00", "reflection", str(j.r3.id), "", "4", "", "5.0"],
        ["2026-02-02 10:00", "session", str(j.s3.id), "8", "7", "5.8", "5.5"],
        ["2026-02-15 09:00", "reflection", str(j.r4.id), "7", "6", "6.667", "5.667"],
        ["2026-03-03 17:00", "session", str(j.s5.id), "5", "8", "6.667", "7.0"],
        ["2026-03-09 09:00", "reflection", str(j.r5.id), "8", "", "6.667", ""],
    ]
    assert exported(page.uplift_chart) == [
        ["when", "session_id", "person", "role", "confidence_before", "confidence_after", "uplift"],
        ["2026-01-05 10:00", str(j.s1.id), "Ana Ruiz", "mentee", "4", "7", "3"],
        ["2026-01-20 18:00", str(j.s2.id), "ben Okafor", "mentor", "6", "5", "-1"],
        ["2026-03-03 17:00", str(j.s5.id), "ben Okafor", "mentor", "5", "5", "0"],
    ]
    assert exported(page.skills_chart) == [
        ["skill", "rated_on", "value", "source", "target", "rating_id"],
        ["Listening", "2025-12-01", "4", "self", "8", str(j.k1.id)],
        ["Listening", "2026-01-05", "5", "mentor", "8", str(j.k2.id)],
        ["Listening", "2026-01-20", "6", "peer", "8", str(j.k3.id)],
        ["Listening", "2026-03-03", "7", "self", "8", str(j.k4.id)],
    ]
    sessions = exported(page.sessions_chart)
    assert sessions[0] == ["month", "as_mentee", "as_mentor", "total"] and len(sessions) == 14
    assert sessions[1] == ["2025-03", "0", "0", "0"]
    assert sessions[-3:] == [
        ["2026-01", "1", "1", "2"],
        ["2026-02", "1", "0", "1"],
        ["2026-03", "0", "1", "1"],
    ]
    actions = exported(page.actions_chart)
    assert actions[0] == [
        "month",
        "due",
        "completed",
        "completed_on_time",
        "completed_late",
        "not_done",
    ]
    assert actions[-3:] == [
        ["2026-01", "2", "2", "1", "1", "0"],
        ["2026-02", "1", "1", "1", "0", "0"],
        ["2026-03", "2", "0", "0", "0", "2"],
    ]
    assert exported(page.goals_chart) == [
        [
            "goal_id",
            "title",
            "progress",
            "target_date",
            "days_left",
            "actions_done",
            "actions_total",
        ],
        [str(j.g2.id), "Mentor well", "70", "2026-03-01", "-9", "0", "0"],
        [str(j.g1.id), "Lead a project", "40", "2026-04-01", "22", "1", "2"],
        [str(j.g5.id), "Find a mentor", "0", "2026-06-30", "112", "0", "0"],
        [str(j.g3.id), "Read more", "10", "", "", "0", "0"],
    ]

    page.mood_chart.window.setCurrentIndex(0)  # the 7-day line: 9 Mar averages 5 (3 Mar) and 8
    mood = exported(page.mood_chart)
    assert mood[0][5:] == ["confidence_7d_average", "motivation_7d_average"]
    assert mood[-1] == ["2026-03-09 09:00", "reflection", str(j.r5.id), "8", "", "6.5", ""]

    switch_person(qtbot, page, j.ana.id)  # the export follows the person filter
    assert exported(page.uplift_chart)[1:] == [
        ["2026-01-05 10:00", str(j.s1.id), "Ana Ruiz", "mentee", "4", "7", "3"]
    ]


def test_an_export_that_cannot_be_written_is_reported(qtbot, small, tmp_path, save_to, monkeypatch):
    page = make_page(qtbot)
    shown: list[str] = []
    monkeypatch.setattr(alerts, "error", lambda _parent, text, details="": shown.append(text))
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    save_to[0] = blocker / "chart.csv"
    qtbot.mouseClick(page.uplift_chart.export_data_button, Qt.MouseButton.LeftButton)
    assert shown == ["Could not write chart.csv."]
    save_to[0] = blocker / "chart.png"
    qtbot.mouseClick(page.uplift_chart.save_image_button, Qt.MouseButton.LeftButton)
    assert shown[-1] == "Could not write chart.png."


# -- themes ---------------------------------------------------------------------------------


def test_charts_follow_a_dark_or_light_palette(qtbot, small):
    page = make_page(qtbot)
    light = QApplication.style().standardPalette()
    assert not theme.is_dark(light)
    dark = theme.dark_palette()
    for palette, is_dark, chart_theme in (
        (dark, True, QChart.ChartTheme.ChartThemeDark),
        (light, False, QChart.ChartTheme.ChartThemeLight),
    ):
        page.setPalette(palette)
        base = palette.color(QPalette.ColorRole.Base)
        for chart in page.charts:
            assert chart.dark is is_dark
            assert chart.chart.theme() == chart_theme, chart.title
            assert chart.chart.backgroundBrush().color() == base, chart.title
        pick = 1 if is_dark else 0
        # The theme resets series colours; the charts' own come back after it.
        assert page.mood_chart.confidence_line.pen().color() == QColor(COLOURS["confidence"][pick])
        assert page.sessions_chart.as_mentor.color() == QColor(COLOURS["mentor"][pick])
        assert page.actions_chart.late.color() == QColor(COLOURS["late"][pick])
        assert page.skills_chart.target_line.pen().color() == QColor(COLOURS["target"][pick])
        # A redraw (another range) keeps the theme's colours.
        switch_range(qtbot, page, "3m" if is_dark else "1y")
        assert page.sessions_chart.as_mentee.color() == QColor(COLOURS["mentee"][pick])
        assert (
            page.uplift_chart.fell.lightMarker().pixelColor(4, 4).rgb()
            == QColor(COLOURS["bad"][pick]).rgb()
        )
        # The cards' coloured text is readable on the new background too (without a refresh).
        assert f"color:{COLOURS['bad'][pick]}" in page.cards.actions.detail.text()


def test_the_application_theme_reaches_the_charts_and_cards(qtbot, small):
    page = make_page(qtbot)
    try:
        for name, pick, chart_theme in (
            ("dark", 1, QChart.ChartTheme.ChartThemeDark),
            ("light", 0, QChart.ChartTheme.ChartThemeLight),
        ):
            theme.apply(name)
            qtbot.waitUntil(
                lambda chart_theme=chart_theme: all(
                    c.chart.theme() == chart_theme for c in page.charts
                )
            )
            assert page.mood_chart.confidence_line.pen().color() == QColor(
                COLOURS["confidence"][pick]
            )
            assert f"color:{COLOURS['bad'][pick]}" in page.cards.actions.detail.text()
            assert f"color:{COLOURS['good'][pick]}" in page.cards.confidence.detail.text()  # ▲ +0.2
    finally:
        theme.apply(theme.SYSTEM)


# -- the demo journal: every chart against the core ----------------------------------------------


@pytest.fixture
def demo_journal(tmp_path) -> Iterator[Journal]:
    journal = demo.create_demo_journal(
        tmp_path / "demo.mjournal", PASSPHRASE, years=2, seed=7, scale=0.3, kdf=FAST, end=TODAY
    )
    yield journal
    journal.close()


def month_end(day: dt.date) -> dt.date:
    return series.months_before(day.replace(day=1), -1) - dt.timedelta(days=1)


def check_against_core(page: InsightsPage, pid: int | None) -> None:
    """Every series of the page equals what ``stats``/``insights`` return for ``pid`` and the range."""
    start, end = page.bounds
    if page.range_key == "all":
        first = page.snapshot.first_day(stats.mood_series(person=pid))
        assert (start, end) == insights.range_bounds("all", TODAY, first)
    else:
        assert (start, end) == insights.range_bounds(page.range_key, TODAY, None)
    every = stats.mood_series(person=pid)
    shown = stats.mood_series(start, end, person=pid)
    mood = page.mood_chart
    for field, points, line in (
        ("confidence", mood.confidence_points, mood.confidence_line),
        ("motivation", mood.motivation_points, mood.motivation_line),
    ):
        assert xy(points) == [
            (to_ms(p.when), float(getattr(p, field)))
            for p in shown
            if getattr(p, field) is not None
        ]
        rolling = insights.rolling_between(every, 30, field, start, end)
        assert xy(line) == pts(*[(r.day, r.value) for r in rolling])
    assert xy(mood.session_marks) == [
        (to_ms(p.when), SESSION_ROW) for p in shown if p.kind == "session"
    ]

    uplift = stats.session_uplift(pid, start, end)
    up = page.uplift_chart
    for bar_series, keep in (
        (up.rose, lambda u: u > 0),
        (up.same, lambda u: u == 0),
        (up.fell, lambda u: u < 0),
    ):
        assert xy(bar_series) == [
            (to_ms(u.when), float(u.uplift)) for u in uplift if keep(u.uplift)
        ]

    skills = page.skills_chart
    growth = {s.skill_id: s for s in stats.skill_growth(person=pid)}
    assert [skills.skill_box.itemData(i) for i in range(skills.skill_box.count())] == [
        sid for sid, s in growth.items() if s.ratings
    ]
    if skills.skill is not None:
        ratings = [r for r in growth[skills.skill.skill_id].ratings if start <= r.day <= end]
        assert xy(skills.ratings_line) == pts(*[(r.day, r.value) for r in ratings])

    first, last = start.replace(day=1), month_end(end)
    months = (
        stats.sessions_per_month(pid, first, last)
        if stats.sessions_per_month(pid, today=TODAY)
        else []
    )
    assert bars(page.sessions_chart.as_mentee) == [float(m.as_mentee) for m in months]
    assert bars(page.sessions_chart.as_mentor) == [float(m.as_mentor) for m in months]
    gaps = insights.gaps_between(stats.long_gaps(insights.LONG_GAP_DAYS, pid, TODAY), start, end)
    assert page.sessions_chart.gaps == gaps and len(page.sessions_chart.gap_areas) == len(gaps)
    due = (
        stats.action_completion_per_month(first, last, pid)
        if stats.action_completion_per_month(person=pid)
        else []
    )
    assert bars(page.actions_chart.on_time) == [float(m.completed_on_time) for m in due]
    assert bars(page.actions_chart.open) == [float(m.due - m.completed) for m in due]
    assert sum(bars(page.actions_chart.late)) == sum(m.completed - m.completed_on_time for m in due)
    goals = stats.goal_progress(TODAY, pid)
    assert bars(page.goals_chart.progress) == [float(g.progress) for g in reversed(goals)]
    cards = stats.summary(TODAY, pid, every)
    assert page.cards.data == cards
    assert [c.value.text() for c in page.cards.cards][2:] == [
        str(cards.wins_this_quarter),
        str(cards.open_actions),
    ]


def test_demo_journal_every_range_and_person_matches_the_core(qtbot, demo_journal):
    page = make_page(qtbot)
    people = insights.people_with_records()
    assert page.person_box.count() == len(people) + 1
    counts: dict[str, int] = {}
    for key in ("3m", "6m", "1y", "all"):
        switch_range(qtbot, page, key)
        check_against_core(page, None)
        counts[key] = page.mood_chart.confidence_points.count()
    assert 0 < counts["3m"] < counts["6m"] < counts["1y"] < counts["all"]  # two years of readings
    assert page.bounds[0] <= TODAY - dt.timedelta(days=700)
    mentees = [pid for pid, _name, relation in people if relation == "mentee"]
    mentors = [pid for pid, _name, relation in people if relation == "mentor"]
    for pid in mentees[:1] + mentors[:1]:
        switch_person(qtbot, page, pid)
        for key in ("all", "1y", "3m"):
            switch_range(qtbot, page, key)
            check_against_core(page, pid)
    # A mentor looking at one mentee sees fewer readings than everyone's.
    switch_person(qtbot, page, mentees[0])
    one = page.mood_chart.confidence_points.count()
    switch_person(qtbot, page, None)
    assert one < page.mood_chart.confidence_points.count()
    check_against_core(page, None)


@pytest.mark.parametrize(
    ("start", "end", "width", "expected"),
    [
        # A year: the first of each month that fits, never a point in between.
        (
            dt.date(2025, 12, 2),
            dt.date(2026, 12, 1),
            1000,
            [
                "Jan 2026",
                "Feb 2026",
                "Mar 2026",
                "Apr 2026",
                "May 2026",
                "Jun 2026",
                "Jul 2026",
                "Aug 2026",
                "Sep 2026",
                "Oct 2026",
                "Nov 2026",
                "Dec 2026",
            ],
        ),
        (
            dt.date(2025, 12, 2),
            dt.date(2026, 12, 1),
            400,
            ["Jan 2026", "Apr 2026", "Jul 2026", "Oct 2026"],
        ),
        # Ten years: whole years.
        (dt.date(2016, 6, 1), dt.date(2026, 5, 31), 500, ["2018", "2020", "2022", "2024", "2026"]),
        # Three months: Mondays, then every other Monday when narrow.
        (dt.date(2026, 9, 1), dt.date(2026, 9, 30), 700, ["7 Sep", "14 Sep", "21 Sep", "28 Sep"]),
    ],
)
def test_time_axis_labels_sit_on_natural_boundaries(start, end, width, expected):
    from ui.insights.axes import date_ticks

    ticks = date_ticks(start, end, width)
    assert [label for _day, label in ticks] == expected
    assert all(start <= day <= end for day, _label in ticks)
