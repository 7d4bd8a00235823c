"""The Insights page: what its charts hold and paint is the core's numbers, per person and range.

The small journal of ``tests/analytics/test_insights.py`` gives hand-computed
values (its table of readings; Ben's sessions are mentor-role). Points are
checked in the charts' own data (``Series``: days and values) and where they
are painted (``TimeChart.map`` after a paint); clicks, exports and themes are
driven the way a user would (mouse clicks, the buttons, a palette change).
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QPoint, QSize, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication

from mentorjournal.analytics import insights, stats
from mentorjournal.charts.theme import COLOURS
from mentorjournal.charts.ticks import MIDDAY, date_ticks, day_x
from mentorjournal.demo import generate as demo
from mentorjournal.domain import records
from mentorjournal.storage.journal import Journal
from tests.analytics.test_insights import TODAY, at, small_journal
from tests.conftest import FAST, PASSPHRASE
from ui import alerts, theme
from ui.insights.chart_base import ChartPanel
from ui.insights.mood_chart import SESSION_ROW
from ui.insights.page import InsightsPage
from ui.insights.view import EMPTY_JOURNAL

D = dt.date


def make_page(qtbot) -> InsightsPage:
    page = InsightsPage(today=lambda: TODAY)
    qtbot.addWidget(page)
    page.resize(1100, 900)
    with qtbot.waitSignal(page.refreshed):
        page.show()  # the first refresh runs once the page is on screen
    return page


def xy(series) -> list[tuple[float, float]]:
    return list(zip(series.xs, series.ys, strict=True))


def pts(*pairs) -> list[tuple[float, float]]:
    """(when, value) pairs as chart points: a datetime as is, a date at midday."""
    return [
        (day_x(w) if isinstance(w, dt.datetime) else day_x(w) + MIDDAY, float(v)) for w, v in pairs
    ]


def painted(panel: ChartPanel) -> None:
    """Paint the panel's view (it may be scrolled out of sight) so its geometry is known."""
    panel.view.grab()


def click_at(qtbot, panel: ChartPanel, pos) -> None:
    qtbot.mouseClick(
        panel.view, Qt.MouseButton.LeftButton, pos=QPoint(round(pos.x()), round(pos.y()))
    )


@pytest.fixture
def small(journal):
    return small_journal()


def switch_person(qtbot, page: InsightsPage, person_id: int | None) -> None:
    with qtbot.waitSignal(page.refreshed):
        page.set_person(person_id)
    assert page.person_id == person_id


def switch_range(qtbot, page: InsightsPage, key: str) -> None:
    with qtbot.waitSignal(page.refreshed):
        qtbot.mouseClick(page.range_buttons[key], Qt.MouseButton.LeftButton)
    assert page.range_key == key


def test_every_chart_holds_the_hand_computed_numbers(qtbot, small):
    page = make_page(qtbot)
    # The default range: since the first record (Listening's first rating, 1 December).
    assert not page.is_empty and page.range_key == "all"
    assert page.bounds == (D(2025, 12, 1), TODAY)
    assert page.range_label.text() == "1 Dec 2025 – 10 Mar 2026"

    mood = page.mood_chart
    assert mood.is_showing_chart and mood.window_days == 30 and mood.role == "mentee"
    assert xy(mood.confidence_points) == pts(
        (at("2026-01-04 20:00"), 3),
        (at("2026-01-05 10:00"), 7),
        (at("2026-01-05 21:00"), 6),
        (at("2026-02-02 10:00"), 8),
        (at("2026-02-15 09:00"), 7),
    )
    assert xy(mood.motivation_points) == pts(
        (at("2026-01-04 20:00"), 5),
        (at("2026-01-05 10:00"), 6),
        (at("2026-02-02 10:00"), 7),
        (at("2026-02-15 09:00"), 6),
    )
    assert xy(mood.session_marks) == pts(
        (at("2026-01-05 10:00"), SESSION_ROW), (at("2026-02-02 10:00"), SESSION_ROW)
    )
    # 30-day means of my readings as mentee: 4 Jan 3; 5 Jan 16/3; 2 Feb (3+7+6+8)/4; 15 Feb 7.5.
    assert xy(mood.confidence_line) == pts(
        (D(2026, 1, 4), 3), (D(2026, 1, 5), 16 / 3), (D(2026, 2, 2), 6), (D(2026, 2, 15), 7.5)
    )
    assert mood.confidence_line.name == "Confidence, 30-day average"
    # As mentor: a series of its own (Ben's sessions and the reflections linked to them).
    mood.role_box.setCurrentIndex(1)
    assert xy(mood.confidence_points) == pts(
        (at("2026-01-20 18:00"), 5), (at("2026-03-03 17:00"), 5), (at("2026-03-09 09:00"), 8)
    )
    assert "as mentor" in mood.confidence_points.tip(0)
    mood.role_box.setCurrentIndex(0)

    # Where a point is painted follows from its numbers.
    painted(mood)
    chart = mood.time_chart
    plot = chart.plot
    p = chart.map(*pts((at("2026-02-02 10:00"), 8))[0])
    days = (TODAY + dt.timedelta(days=1) - D(2025, 12, 1)).days
    assert p.x() == pytest.approx(
        plot.left() + (day_x(at("2026-02-02 10:00")) - day_x(D(2025, 12, 1))) / days * plot.width()
    )
    assert p.y() == pytest.approx(plot.bottom() - 8 / 10.6 * plot.height())

    up = page.uplift_chart  # both roles: s1 +3 (mentee), s2 -1 and s5 0 (mentor)
    assert xy(up.stems) == pts(
        (at("2026-01-05 10:00"), 3), (at("2026-01-20 18:00"), -1), (at("2026-03-03 17:00"), 0)
    )
    assert up.stems.colours == ["good", "bad", "neutral"]
    assert up.subtitle.text().startswith(
        "3 sessions (1 as mentee, 2 as mentor): confidence 5.0 before → 5.7 after on average"
    )

    glance = page.skill_changes
    assert [(c.label, c.first, c.latest, c.target) for c in glance.change_chart.rows_data] == [
        ("Listening", 4, 7, 8),
        ("Writing", 3, 3, None),
    ]
    skills = page.skills_chart
    assert skills.skill_box.currentText() == "Listening"  # the most ratings
    assert xy(skills.points) == pts(
        (D(2025, 12, 1), 4), (D(2026, 1, 5), 5), (D(2026, 1, 20), 6), (D(2026, 3, 3), 7)
    )
    assert [(r.y, r.name) for r in skills.time_chart.rules] == [(8, "Target 8")]
    assert skills.growth_model.rows == [
        ("Listening", 4, 7, "+3", 8),
        ("Writing", 3, 3, "+0", ""),
    ]

    sessions = page.sessions_chart  # December 2025 to March 2026
    assert sessions.bars.months == [D(2025, 12, 1), D(2026, 1, 1), D(2026, 2, 1), D(2026, 3, 1)]
    assert [s.values for s in sessions.bars.stacks] == [[0, 1, 1, 0], [0, 1, 0, 1]]
    assert sessions.spans == []  # no 60-day gap
    actions = page.actions_chart
    assert actions.layer("on_time") == [0, 1, 1, 0]
    assert actions.layer("late") == [0, 1, 0, 0]
    assert actions.layer("open") == [0, 0, 0, 2]
    assert actions.subtitle.text() == (
        "5 due in this range: 3 done (60%), 2 of them on time. 1 open action item is overdue now."
    )
    goals = page.goals_chart  # soonest target at the top
    assert [(b.label, b.value) for b in goals.progress.bars] == [
        ("Mentor well", 70),
        ("Lead a project", 40),
        ("Find a mentor", 0),
        ("Read more", 10),
    ]
    cards = page.cards
    # My confidence as mentee: 7 in the last 30 days against 8 before (Ben's are mentor-side).
    assert [c.value.text() for c in cards.cards] == ["2 days", "7.0", "3", "3"]
    assert cards.confidence.caption.text() == "Confidence as mentee, last 30 days"
    assert "▼ -1.0" in cards.confidence.detail.text()

    rows = dict(page.overview_panel.rows)
    assert rows["Confidence as mentee"] == "5.3 → 7.5 ▲ +2.2 grew"
    assert rows["Confidence as mentor"] == "5.0 → 6.5 ▲ +1.5 grew"
    assert rows["Listening"].startswith("4 → 7 ▲ +3 grew · target 8 not yet")
    assert page.overview_panel.counts.text().startswith(
        "4 sessions held (2 as mentee, 2 as mentor) · 4 wins · 0 goals achieved"
    )
    # Zen was never rated: the banner asks for a starting point.
    assert page.overview_panel.banner.isVisible()
    assert "1 skill has no rating yet (Zen)" in page.overview_panel.banner_text.text()


def test_person_filter_and_ranges(qtbot, small):
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
    mood = page.mood_chart  # with my mentee Ben, my ratings are mentor-side
    assert mood.role == "mentor"
    assert xy(mood.confidence_points) == pts(
        (at("2026-01-20 18:00"), 5), (at("2026-03-03 17:00"), 5), (at("2026-03-09 09:00"), 8)
    )
    assert page.skills_chart.skill_box.count() == 1  # Writing was never rated with Ben
    assert [g.label for g in page.goals_chart.progress.bars] == ["Mentor well"]

    switch_person(qtbot, page, j.dee.id)  # a goal and nothing else
    assert not page.is_empty
    for chart in (page.mood_chart, page.uplift_chart, page.sessions_chart, page.actions_chart):
        assert not chart.is_showing_chart and chart.message.text() == chart.empty_text, chart.title
        assert not chart.export_data_button.isEnabled()
    assert page.goals_chart.is_showing_chart
    switch_person(qtbot, page, None)
    assert page.mood_chart.role == "mentee"  # everyone's: my ratings as mentee again

    expected = {"3m": D(2025, 12, 11), "6m": D(2025, 12, 1), "1y": D(2025, 12, 1)}
    for key, start in expected.items():  # never before the first record
        switch_range(qtbot, page, key)
        assert page.bounds == (start, TODAY), key
        assert page.start_edit.date() == QDate(start.year, start.month, start.day)
    switch_range(qtbot, page, "custom")
    assert page.start_edit.isVisible()
    with qtbot.waitSignal(page.refreshed):  # typing a date redraws once typing pauses
        page.start_edit.setDate(QDate(2026, 1, 10))
        page.end_edit.setDate(QDate(2026, 2, 20))
    assert page.bounds == (D(2026, 1, 10), D(2026, 2, 20))
    # The line does not restart at the edge: 2 Feb still averages 4 and 5 January in.
    assert xy(page.mood_chart.confidence_line) == pts((D(2026, 2, 2), 6), (D(2026, 2, 15), 7.5))
    listening = page.overview.skills[0]
    assert (listening.then, listening.now) == (5, 6)  # where it stood on 10 January


def test_skill_table_is_filled_once_per_data_change(qtbot, small):
    page = make_page(qtbot)
    fills = page.skills_chart.table_fills
    for key in ("3m", "1y", "all"):
        switch_range(qtbot, page, key)
    assert page.skills_chart.table_fills == fills  # a range switch does not refill it


def test_an_empty_journal_shows_a_message_instead_of_empty_axes(qtbot, journal):
    records.create("reflection", written_at=at("2026-03-01 09:00"), body="no ratings yet")
    page = make_page(qtbot)
    assert page.is_empty and page.empty_message.text() == EMPTY_JOURNAL
    only = records.create("reflection", written_at=at("2024-02-03 08:00"), confidence=4)
    with qtbot.waitSignal(page.refreshed):
        page.reload()
    assert not page.is_empty
    assert page.bounds == (D(2024, 2, 3), TODAY)
    assert xy(page.mood_chart.confidence_points) == pts((at("2024-02-03 08:00"), 4))
    assert page.mood_chart.table()[1] == [
        ("2024-02-03 08:00", "reflection", only.id, "mentee", 4, None, 4.0, None)
    ]
    page.clear()  # locked: every number forgotten
    assert not page.mood_chart.confidence_points.xs and page.person_box.count() == 0
    assert page.overview_panel.rows == []


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
    switch_range(qtbot, page, "1y")  # from 1 June 2025 (the first record)
    sessions = page.sessions_chart
    assert [(g.start, g.end, g.days) for g in sessions.gaps] == [
        (D(2025, 6, 1), D(2025, 8, 14), 74),
        (D(2025, 10, 1), D(2026, 1, 15), 106),
    ]
    # Bar 0 is June 2025: 1 June starts bar 0, 14 August is 13/31 into bar 2.
    assert [(s.x0, s.x1) for s in sessions.spans] == [
        (-0.5, 1.5 + 13 / 31),
        (3.5, 6.5 + 14 / 31),
    ]
    painted(sessions)
    bars = sessions.bars
    inside = bars.span_rects[1].center()
    assert bars.hit(inside).tip.startswith("No session for 106 days")


def test_clicking_and_keyboard_stepping_ask_for_records(qtbot, small):
    j = small
    page = make_page(qtbot)
    mood = page.mood_chart
    painted(mood)
    where = mood.time_chart.map(*pts((at("2026-02-15 09:00"), 7))[0])
    hit = mood.view.hit(where)
    assert hit is not None and hit.tip == "15 Feb 2026\nConfidence 7/10 (reflection, as mentee)"
    with qtbot.waitSignal(page.record_requested) as asked:
        click_at(qtbot, mood, where)
    assert asked.args == ["reflection", j.r4.id]
    with qtbot.assertNotEmitted(page.record_requested):  # empty space: nothing to open
        click_at(qtbot, mood, mood.time_chart.map(day_x(D(2025, 12, 20)), 9.5))

    up = page.uplift_chart
    painted(up)
    with qtbot.waitSignal(page.record_requested) as asked:
        click_at(qtbot, up, up.time_chart.map(*pts((at("2026-01-20 18:00"), -1))[0]))
    assert asked.args == ["session", j.s2.id]

    goals = page.goals_chart
    painted(goals)
    with qtbot.waitSignal(page.record_requested) as asked:
        click_at(qtbot, goals, goals.progress.rows[1].center())
    assert asked.args == ["goal", j.g1.id]

    # The keyboard: focus the chart, step with the arrows, open with Return.
    skills = page.skills_chart
    painted(skills)
    skills.view.setFocus()
    qtbot.keyClick(skills.view, Qt.Key.Key_Right)
    qtbot.keyClick(skills.view, Qt.Key.Key_Right)
    assert skills.view.current().tip.startswith("5 Jan 2026\nListening: 5/10")
    with qtbot.waitSignal(page.record_requested) as asked:
        qtbot.keyClick(skills.view, Qt.Key.Key_Return)
    assert asked.args == ["rating", j.k2.id]

    # At a glance: clicking Writing opens its whole history.
    glance = page.skill_changes
    painted(glance)
    click_at(qtbot, glance, glance.change_chart.rows[1].center())
    assert skills.skill_box.currentText() == "Writing"


@pytest.fixture
def save_to(monkeypatch) -> Iterator[list[Path | None]]:
    target: list[Path | None] = [None]
    monkeypatch.setattr(alerts, "ask_save_path", lambda *_a, **_k: target[0])
    yield target


def test_png_and_csv_exports(qtbot, small, tmp_path, save_to):
    page = make_page(qtbot)
    for chart in page.charts:
        path = save_to[0] = tmp_path / f"{chart.slug}.png"
        qtbot.mouseClick(chart.save_image_button, Qt.MouseButton.LeftButton)
        image = QImage(str(path))
        assert not image.isNull(), chart.title
        ratio = chart.view.devicePixelRatioF()
        assert image.size() == QSize(
            round(chart.view.width() * ratio), round(chart.view.height() * ratio)
        )
        colours = {
            image.pixel(x, y)
            for x in range(0, image.width(), 7)
            for y in range(0, image.height(), 7)
        }
        assert len(colours) > 3, chart.title
    save_to[0] = tmp_path / "mood.csv"
    qtbot.mouseClick(page.mood_chart.export_data_button, Qt.MouseButton.LeftButton)
    with save_to[0].open(newline="", encoding="utf-8") as fh:
        rows = list(csv.reader(fh))
    assert rows[0][:5] == ["when", "record", "id", "role", "confidence"]
    assert rows[1][:6] == ["2026-01-04 20:00", "reflection", str(small.r1.id), "mentee", "3", "5"]
    assert len(rows) == 1 + 5  # my five readings as mentee: r1, s1, r2, s3, r4


def test_show_as_table_gives_the_numbers(qtbot, small):
    page = make_page(qtbot)
    sessions = page.sessions_chart
    qtbot.mouseClick(sessions.table_button, Qt.MouseButton.LeftButton)
    assert sessions.is_showing_table
    model = sessions.table_model
    assert [model.data(model.index(r, 0)) for r in range(model.rowCount())] == [
        "2025-12",
        "2026-01",
        "2026-02",
        "2026-03",
    ]
    qtbot.mouseClick(sessions.table_button, Qt.MouseButton.LeftButton)
    assert sessions.is_showing_chart


def test_an_export_that_cannot_be_written_is_reported(qtbot, small, tmp_path, save_to, monkeypatch):
    page = make_page(qtbot)
    shown: list[str] = []
    monkeypatch.setattr(alerts, "error", lambda _parent, text, details="": shown.append(text))
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    save_to[0] = blocker / "chart.png"
    qtbot.mouseClick(page.uplift_chart.save_image_button, Qt.MouseButton.LeftButton)
    assert shown == ["Could not write chart.png."]


def test_charts_paint_in_the_palettes_colours(qtbot, small):
    page = make_page(qtbot)
    try:
        for name, pick in (("dark", 1), ("light", 0)):
            theme.apply(name)
            QApplication.processEvents()
            view = page.mood_chart.view
            assert view.theme.dark is (pick == 1)
            image = view.image(1.0)
            base = QApplication.palette().color(QApplication.palette().ColorRole.Base)
            assert QColor(image.pixel(2, 2)).rgb() == base.rgb()
            found = {
                QColor(image.pixel(x, y)).rgb()
                for x in range(0, image.width(), 2)
                for y in range(0, image.height(), 2)
            }
            assert QColor(COLOURS["confidence"][pick]).rgb() in found  # the 30-day line
    finally:
        theme.apply(theme.SYSTEM)


@pytest.fixture
def demo_journal(tmp_path) -> Iterator[Journal]:
    journal = demo.create_demo_journal(
        tmp_path / "demo.mjournal", PASSPHRASE, years=2, seed=7, scale=0.3, kdf=FAST, end=TODAY
    )
    yield journal
    journal.close()


def test_demo_journal_every_range_matches_the_core_and_shows_growth(qtbot, demo_journal):
    page = make_page(qtbot)
    conf = page.overview.rating("confidence")
    assert conf.direction == "up" and page.overview.has_growth  # the rise is marked
    assert "▲" in dict(page.overview_panel.rows)["Confidence as mentee"]
    for key in ("3m", "1y", "all"):
        switch_range(qtbot, page, key)
        start, end = page.bounds
        shown = [
            p for p in stats.mood_series(start, end, role="mentee") if p.confidence is not None
        ]
        assert xy(page.mood_chart.confidence_points) == [
            (day_x(p.when), float(p.confidence)) for p in shown
        ]
        months = stats.sessions_per_month(None, start.replace(day=1), end)
        assert page.sessions_chart.bars.stacks[0].values == [float(m.as_mentee) for m in months]
    people = insights.people_with_records()
    mentee = next(pid for pid, _n, rel in people if rel == "mentee")
    switch_person(qtbot, page, mentee)
    assert page.mood_chart.role == "mentor"


@pytest.mark.parametrize(
    ("start", "end", "width", "expected"),
    [
        (D(2025, 12, 2), D(2026, 12, 1), 400, ["Jan 2026", "Apr 2026", "Jul 2026", "Oct 2026"]),
        (D(2016, 6, 1), D(2026, 5, 31), 500, ["2018", "2020", "2022", "2024", "2026"]),
        (D(2026, 9, 1), D(2026, 9, 30), 700, ["7 Sep", "14 Sep", "21 Sep", "28 Sep"]),
    ],
)
def test_time_axis_labels_sit_on_natural_boundaries(start, end, width, expected):
    ticks = date_ticks(start, end, width)
    assert [label for _day, label in ticks] == expected


def test_the_skills_page_draws_each_skills_history_line(qtbot, small):
    from ui.skills_page import SkillsPage

    j = small
    page = SkillsPage()
    qtbot.addWidget(page)
    page.resize(1000, 400)
    page.show()
    page.reload()
    assert page.model.headerData(5, Qt.Orientation.Horizontal) == "History"
    listening = page.histories[j.listening.id]
    assert listening.ys == [4.0, 5.0, 6.0, 7.0] and listening.target == 8.0
    assert j.zen.id not in page.histories  # never rated: no line
    row = page.model.row_of(j.listening.id)
    cell = page.table.visualRect(page.model.index(row, 5))
    image = page.table.viewport().grab(cell).toImage()
    line = QColor(
        COLOURS["confidence"][
            0 if not page.palette().color(page.palette().ColorRole.Base).lightness() < 128 else 1
        ]
    )
    found = {
        QColor(image.pixel(x, y)).rgb() for x in range(image.width()) for y in range(image.height())
    }
    assert line.rgb() in found


def test_the_window_loads_no_chart_code_until_insights_is_shown(tmp_path):
    import os
    import subprocess
    import sys

    script = f"""
import sys
from PySide6.QtCore import QSettings
from mentorjournal.storage.journal import Journal
from tests.conftest import FAST
from ui.app import make_application
from ui.main_window import NAVIGATION, MainWindow
app = make_application()
journal = Journal.create({str(tmp_path / "j.mjournal")!r}, "pw pw pw pw", kdf=FAST)
window = MainWindow(journal, QSettings(), lambda *a: None)
window.show()
app.processEvents()
heavy = ("mentorjournal.charts", "ui.insights.view", "mentorjournal.analytics.overview")
print(sorted(m for m in sys.modules if m.startswith(heavy)))
window.nav.setCurrentRow(NAVIGATION.index("Insights"))
app.processEvents()
print("mentorjournal.charts.time_chart" in sys.modules)
journal.close()
"""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    root = Path(__file__).resolve().parents[2]
    result = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        env=env,
        cwd=root,
        timeout=120,
    )
    assert result.stdout.split("\n")[:2] == ["[]", "True"], result.stderr


def test_patterns_are_shown_in_words_with_their_sample_sizes(qtbot, journal):
    from tests.analytics.test_overview import three_weeks_journal

    three_weeks_journal()
    page = InsightsPage(today=lambda: D(2026, 2, 21))
    qtbot.addWidget(page)
    page.resize(1100, 900)
    with qtbot.waitSignal(page.refreshed):
        page.show()
    lines = page.patterns_panel.lines
    assert lines[0] == (
        "In the three days from a session on (reflections only), your confidence averaged "
        "8.0 (6 days) against 5.0 on other days (15 days): higher by 3.0."
    )
    assert any(
        line.startswith("On days with “public-speaking”, your confidence averaged 7.0 (3 days)")
        for line in lines
    )
    assert "not causes" in page.patterns_panel.rule.text()
    switch_range(qtbot, page, "custom")
    with qtbot.waitSignal(page.refreshed):
        page.start_edit.setDate(QDate(2026, 2, 1))
        page.end_edit.setDate(QDate(2026, 2, 4))  # four days: not enough for any pattern
    assert page.patterns_panel.lines == []
    assert "Not enough data" in page.patterns_panel.text.text()


def test_the_banner_asks_for_a_baseline_and_saves_it(qtbot, small):
    from PySide6.QtCore import QTimer

    from mentorjournal.analytics import stats as core
    from mentorjournal.domain import preferences
    from ui.insights.rate_dialog import RateSkillsDialog

    j = small
    page = make_page(qtbot)
    panel = page.overview_panel
    assert panel.banner.isVisible()

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, RateSkillsDialog):
            QTimer.singleShot(50, answer)
            return
        spin = dialog.spins[j.zen.id]
        spin.setFocus()
        for _ in range(4):
            qtbot.keyClick(spin, Qt.Key.Key_Up)
        dialog.interval.setFocus()
        qtbot.keyClick(dialog.interval, Qt.Key.Key_End)  # every 12 months
        from PySide6.QtWidgets import QDialogButtonBox

        box = dialog.findChild(QDialogButtonBox)
        qtbot.mouseClick(
            box.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
        )

    QTimer.singleShot(0, answer)
    with qtbot.waitSignal(page.refreshed, timeout=10_000):
        qtbot.mouseClick(panel.rate_button, Qt.MouseButton.LeftButton)
    zen = next(s for s in core.skill_growth() if s.skill_id == j.zen.id)
    assert [(r.day, r.value, r.source) for r in zen.ratings] == [(TODAY, 4, "self")]
    assert preferences.reassess_months() == 12
    assert not panel.banner.isVisible()  # nothing left to ask today


def test_the_page_fits_a_narrow_window_without_scrolling_sideways(qtbot, small):
    page = make_page(qtbot)
    page.resize(820, 700)
    QApplication.processEvents()
    scroll = page.content.scroll  # (the shell's own "scroll" is QWidget.scroll)
    assert scroll.horizontalScrollBar().maximum() == 0
    assert scroll.widget().minimumSizeHint().width() <= 800


def test_many_goals_draw_the_soonest_and_table_them_all(qtbot, journal):
    from ui.insights.goals_chart import SHOWN

    for n in range(SHOWN + 5):
        records.create(
            "goal", title=f"Goal {n:02d}", progress=n, target_date=D(2026, 4, 1) + dt.timedelta(n)
        )
    page = make_page(qtbot)
    goals = page.goals_chart
    assert [b.label for b in goals.progress.bars] == [f"Goal {n:02d}" for n in range(SHOWN)]
    assert len(goals.table()[1]) == SHOWN + 5
    assert (
        f"The {SHOWN} soonest are drawn; all {SHOWN + 5} are in the table." in goals.subtitle.text()
    )


def test_chart_exports_start_in_documents_then_the_last_folder(qtbot, small, tmp_path, monkeypatch):
    """The walk after the merge found charts and the report offering the start folder."""
    from ui import folders

    starts: list[Path] = []
    chosen = tmp_path / "exports" / "chart.png"
    chosen.parent.mkdir()

    def ask(_parent, _caption, start, _filter):
        starts.append(Path(start))
        return str(chosen), ""

    monkeypatch.setattr(alerts.QFileDialog, "getSaveFileName", ask)
    page = make_page(qtbot)
    chart = page.charts[0]
    qtbot.mouseClick(chart.save_image_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(chart.export_data_button, Qt.MouseButton.LeftButton)
    assert starts[0].parent == folders.documents()
    assert starts[0].name.endswith(".png")
    assert starts[1].parent == chosen.parent and starts[1].name.endswith(".csv")
