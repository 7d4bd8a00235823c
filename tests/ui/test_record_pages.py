"""People, Goals & actions, Skills and the Timeline page (filters, Upcoming)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, QModelIndex, Qt

from mentorjournal.domain import records
from mentorjournal.storage.models import ActionItem, SkillRating
from tests.ui.conftest import MARKER
from tests.ui.small_journal import add_small_journal
from tests.ui.test_prep import check_box_point
from ui.goals_page import GoalsPage
from ui.people_page import PeoplePage
from ui.record_models import OVERDUE_ROLE, overdue_color
from ui.skills_page import RateDialog, SkillsPage
from ui.timeline_page import TimelinePage


@pytest.fixture
def small(open_journal):
    return add_small_journal()


def show(qtbot, page):
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    page.reload()
    return page


def texts(model, col=0, parent=QModelIndex()):  # noqa: B008
    return [model.data(model.index(r, col, parent)) for r in range(model.rowCount(parent))]


# -- people ----------------------------------------------------------------


def test_people_page_shows_full_history(qtbot, small):
    page = show(qtbot, PeoplePage())
    assert texts(page.model) == [f"Ada {MARKER}", "Ben Okafor"]
    page.show_person(small.ben.id)
    detail = page.detail.toPlainText()
    for expected in (
        "Ben Okafor",
        "My mentee",
        "Sessions (2)",
        "Ship the demo first",
        "Lead the platform team",
        "Send Ben the article",
        "Old finished thing",
    ):
        assert expected in detail
    # Newest session first: the planned one is ahead of the held one.
    assert detail.index("planned") < detail.index("Ship the demo first")
    qtbot.keyClick(page.table, Qt.Key.Key_Up)
    assert f"Ada {MARKER}" in page.detail.toPlainText()


def test_people_page_empty_state(qtbot, open_journal):
    records.delete("person", 1)
    page = show(qtbot, PeoplePage())
    assert page.table_state.is_empty()
    assert "No people yet" in page.table_state.message.text()


# -- goals & actions ---------------------------------------------------------


def test_goals_with_actions_beneath_and_overdue_marked(qtbot, small):
    page = show(qtbot, GoalsPage())
    model = page.model
    assert texts(model) == ["Lead the platform team", "Action items under no goal"]
    goal = model.index(0, 0)
    assert texts(model, 0, goal) == ["Send Ben the article"]
    assert model.data(model.index(0, 2)) == "40%"
    overdue = model.index(0, 3, goal)
    assert model.data(overdue).endswith("· Overdue")
    assert model.data(model.index(0, 1, goal)) == "Overdue"
    assert model.data(overdue, Qt.ItemDataRole.ForegroundRole) == overdue_color()
    assert model.data(overdue, OVERDUE_ROLE) is True
    assert texts(model, 0, model.index(1, 0)) == ["Draft the roadmap"]
    assert model.data(model.index(0, 3, model.index(1, 0))) == small.theirs.due_on.isoformat()
    assert "Overdue: 1 action item" in page.overdue.text()
    assert page.tree.isExpanded(goal)


def test_overdue_colour_contrasts_with_the_palette(qtbot):
    from PySide6.QtGui import QColor, QPalette
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    saved = app.palette()
    try:
        for base in ("#ffffff", "#1e1e1e"):
            palette = QPalette(saved)
            palette.setColor(QPalette.ColorRole.Base, QColor(base))
            app.setPalette(palette)
            assert abs(overdue_color().lightness() - QColor(base).lightness()) > 90
    finally:
        app.setPalette(saved)


def test_one_click_done_updates_the_journal(qtbot, small):
    page = show(qtbot, GoalsPage())
    index = page.model.index(0, 0, page.model.index(0, 0))
    with qtbot.waitSignal(page.journal_changed):
        qtbot.mouseClick(
            page.tree.viewport(), Qt.MouseButton.LeftButton, pos=check_box_point(page.tree, index)
        )
    assert ActionItem.get_by_id(small.mine.id).done_on == dt.date.today()
    assert page.model.data(index, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert "No overdue" in page.overdue.text()
    page.model.setData(index, Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole)
    assert ActionItem.get_by_id(small.mine.id).done_on is None


def test_goal_filters_and_done_items(qtbot, small):
    page = show(qtbot, GoalsPage())
    page.status.setCurrentIndex(page.status.findData(None))
    assert "Old achieved goal" in texts(page.model)
    page.show_done.setChecked(True)
    under_none = page.model.index(page.model.rowCount() - 1, 0)
    assert "Old finished thing" in texts(page.model, 0, under_none)


def test_goals_page_empty_state(qtbot, open_journal):
    page = show(qtbot, GoalsPage())
    assert page.tree_state.is_empty()
    assert "No goals" in page.tree_state.message.text()


# -- skills ------------------------------------------------------------------


def test_skills_page_and_rate_now(qtbot, small, monkeypatch):
    page = show(qtbot, SkillsPage())
    assert texts(page.model) == ["Delegation", f"Listening {MARKER}"]
    assert [page.model.data(page.model.index(0, c)) for c in range(5)] == [
        "Delegation",
        "Leadership",
        "6/10",
        "8/10",
        (dt.date.today() - dt.timedelta(days=5)).isoformat(),
    ]
    assert page.model.data(page.model.index(1, 4)) == "never rated"
    assert not page.rate_button.isEnabled()
    page.table.selectRow(1)
    assert page.rate_button.isEnabled()

    def fake_exec(dialog: RateDialog):
        assert MARKER in dialog.windowTitle()
        qtbot.keyClick(dialog.value, Qt.Key.Key_7)
        dialog.source.setCurrentIndex(dialog.source.findData("mentor"))
        qtbot.keyClicks(dialog.note, "Listened better in the retro")
        dialog.accept()  # Save: saves through the page, then closes
        return dialog.result()

    monkeypatch.setattr(RateDialog, "exec", fake_exec)
    with qtbot.waitSignal(page.journal_changed):
        qtbot.mouseClick(page.rate_button, Qt.MouseButton.LeftButton)
    rating = SkillRating.select().order_by(SkillRating.id.desc()).first()
    assert (rating.value, rating.source, rating.note, rating.rated_on) == (
        7,
        "mentor",
        "Listened better in the retro",
        dt.date.today(),
    )
    assert page.model.data(page.model.index(1, 2)) == "7/10"
    assert page.selected_id() == rating.skill_id  # the selection survives the reload


# -- timeline ----------------------------------------------------------------


def fetch_all(model):
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())


def test_timeline_ends_today_and_upcoming_lists_the_future(qtbot, small):
    page = show(qtbot, TimelinePage())
    fetch_all(page.model)
    today = dt.date.today()
    assert all(page.model.item(r).when.date() <= today for r in range(page.model.rowCount()))
    titles = texts(page.model, 2)
    assert "Lead the platform team" not in titles  # its target date is next year
    assert "Send Ben the article" in titles  # overdue: in the past
    upcoming = texts(page.upcoming_model, 1)
    assert upcoming == [
        "Due: Draft the roadmap",
        "Session with Ben Okafor",
        "Goal target: Lead the platform team · Ben Okafor",  # the person in the line
    ]
    page.upcoming_button.click()
    assert not page.upcoming_panel.isVisible()


def test_timeline_filters(qtbot, small):
    page = show(qtbot, TimelinePage())
    page.kind.setCurrentIndex(page.kind.findData("session"))
    fetch_all(page.model)
    assert {page.model.item(r).kind for r in range(page.model.rowCount())} == {"session"}
    assert page.model.rowCount() == 2  # Ada's and Ben's held sessions; the planned one is later
    page.person.setCurrentIndex(page.person.findData(small.ben.id))
    assert texts(page.model, 3) == ["Ben Okafor"]
    page.kind.setCurrentIndex(0)
    page.tag.setCurrentIndex(page.tag.findData("planning"))
    assert texts(page.model, 1) == ["Session"]
    page.reset_filters()
    page.start.set_value(dt.date(2024, 3, 2))
    page.end.setDate(QDate(2024, 3, 3))
    assert texts(page.model, 2) == [f"Note 1 {MARKER}", f"Note 0 {MARKER}"]
    assert page.count.text() == "2 records up to 2024-03-03"
    page.end.setDate(QDate(2000, 1, 1))
    assert page.table_state.is_empty() and "No records match" in page.table_state.message.text()
    page.reset_filters()
    assert page.end.date() == QDate.currentDate() and page.model.rowCount() > 5


def test_timeline_empty_states(qtbot, open_journal):
    page = show(qtbot, TimelinePage())
    assert page.upcoming_state.is_empty()
    assert "Nothing planned" in page.upcoming_state.message.text()


def test_timeline_clear_holds_no_journal_text(qtbot, small):
    page = show(qtbot, TimelinePage())
    page.person.setCurrentIndex(page.person.findData(small.ben.id))
    page.clear()
    assert page.person.count() == 1 and page.tag.count() == 1
    assert page.model.rowCount() == 0 and page.upcoming_model.rowCount() == 0
    assert not page.model.canFetchMore(QModelIndex())


def test_page_models_pass_the_model_tester(qtmodeltester, qtbot, small):
    goals = show(qtbot, GoalsPage())
    goals.status.setCurrentIndex(goals.status.findData(None))
    goals.show_done.setChecked(True)
    qtmodeltester.check(goals.model, force_py=True)
    for page in (show(qtbot, PeoplePage()), show(qtbot, SkillsPage())):
        qtmodeltester.check(page.model, force_py=True)
    timeline = show(qtbot, TimelinePage())
    timeline.person.setCurrentIndex(timeline.person.findData(small.ben.id))
    qtmodeltester.check(timeline.model, force_py=True)
    qtmodeltester.check(timeline.upcoming_model, force_py=True)
