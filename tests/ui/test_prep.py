"""Session prep: exact items for a small journal, one-click done, exports, after-session flow."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtWidgets import QStyle, QStyleOptionComboBox

from mentorjournal.domain import agenda, prep, records
from mentorjournal.storage.models import ActionItem, Session
from tests.ui.conftest import MARKER
from tests.ui.small_journal import add_small_journal
from ui import alerts
from ui.after_session import AfterSessionDialog
from ui.prep_page import PrepPage


def column(model, col: int = 0, role=Qt.ItemDataRole.DisplayRole) -> list:
    return [model.data(model.index(r, col), role) for r in range(model.rowCount())]


@pytest.fixture
def small(open_journal):
    return add_small_journal()


@pytest.fixture
def page(qtbot, small) -> PrepPage:
    page = PrepPage()
    qtbot.addWidget(page)
    page.resize(1200, 760)
    page.show()
    page.reload()
    assert page.select_person(small.ben.id)
    return page


def test_people_to_prepare_for_are_mentors_and_mentees(qtbot, small):
    records.create("person", name="Casey Contact", relation="contact")
    page = PrepPage()
    qtbot.addWidget(page)
    page.reload()
    names = [page.person.itemText(i) for i in range(page.person.count())]
    assert names == [f"Ada {MARKER} (my mentor)", "Ben Okafor (my mentee)"]


def test_prep_shows_exactly_this_persons_items(page, small):
    assert column(page.mine_model) == ["Send Ben the article"]
    assert column(page.theirs_model) == ["Draft the roadmap"]
    assert column(page.mine_model, 1) == [f"{small.mine.due_on.isoformat()} · Overdue"]
    assert column(page.goals_model) == ["Lead the platform team"]
    assert column(page.goals_model, 2) == ["40%"]
    assert column(page.ratings_model) == ["Delegation"]
    assert column(page.ratings_model, 1) == ["6/10"]
    assert column(page.ratings_model, 3) == ["▲ from 4"]
    last = page.last.toHtml()
    assert "roadmaps" in last and "Ship the demo first" in last
    assert "font-weight:700" in last or "font-weight:600" in last  # **roadmaps** rendered bold
    assert "Theirs (Ben Okafor)" == page.theirs_box.title()
    expected = prep.session_prep(small.ben.id).draft_agenda
    assert page.agenda.toPlainText() == expected
    assert "Old finished thing" not in expected


def test_empty_journal_says_what_to_do(qtbot, open_journal):
    records.delete("person", records.get("person", 1))
    page = PrepPage()
    qtbot.addWidget(page)
    page.reload()
    assert page.body.currentWidget() is page.nobody
    assert "Add a person" in page.nobody.text()


def test_ticking_an_action_marks_it_done(qtbot, page, small):
    view = page.mine
    index = page.mine_model.index(0, 0)
    with qtbot.waitSignal(page.journal_changed):
        qtbot.mouseClick(
            view.viewport(), Qt.MouseButton.LeftButton, pos=check_box_point(view, index)
        )
    assert ActionItem.get_by_id(small.mine.id).done_on == dt.date.today()
    assert page.mine_model.data(index, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    page.mine_model.setData(index, Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    assert ActionItem.get_by_id(small.mine.id).done_on is None


def check_box_point(view, index) -> QPoint:
    """The middle of a cell's check box (left of its text)."""
    rect = view.visualRect(index)
    indicator = view.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth)
    return QPoint(rect.left() + indicator // 2 + 4, rect.center().y())


def test_agenda_exports_to_markdown_and_pdf(page, tmp_path: Path, monkeypatch):
    page.agenda.setPlainText("# My agenda\n\n- [ ] Talk about *roadmaps* ✓\n")
    folder = tmp_path / "exports"
    folder.mkdir()
    chosen = iter([folder / "prep.md", folder / "prep"])
    monkeypatch.setattr(alerts, "ask_save_path", lambda *args: next(chosen))
    md = page.export_markdown()
    assert md == folder / "prep.md"
    assert md.read_text(encoding="utf-8") == page.agenda.toPlainText()
    pdf = page.export_pdf()
    assert pdf == folder / "prep.pdf"  # the suffix is added
    assert pdf.read_bytes().startswith(b"%PDF")
    assert sorted(p.name for p in folder.iterdir()) == ["prep.md", "prep.pdf"]  # no temp files left


def test_cancelled_export_writes_nothing(page, tmp_path, monkeypatch):
    monkeypatch.setattr(alerts, "ask_save_path", lambda *args: None)
    assert page.export_markdown() is None and page.export_pdf() is None
    assert list(tmp_path.glob("*.pdf")) == []


def test_printable_page_holds_agenda_and_context(page):
    page.agenda.setPlainText("Edited *agenda* line")
    html = page.page_html()
    assert "<em>agenda</em>" in html
    assert "Send Ben the article" in html and "Draft the roadmap" in html
    assert "Lead the platform team" in html and "Delegation: 6/10" in html
    assert "roadmaps" in html


def test_after_session_creates_the_session_and_ticked_actions(qtbot, page, small, monkeypatch):
    page.agenda.setPlainText(
        "# Agenda\n\n- Review the roadmap\n- Pick a mentor for Ben\n- Celebrate\n"
    )
    due = dt.date.today() + dt.timedelta(days=14)

    def fake_exec(dialog: AfterSessionDialog):
        assert dialog.lines.rowCount() == 3
        dialog.notes.setPlainText(dialog.notes.toPlainText() + "\nWe agreed on two things.")
        dialog.takeaways.setPlainText("Roadmap looks good")
        dialog.set_line(0, True, owner="them", due=due)
        dialog.set_line(2, True)
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(AfterSessionDialog, "exec", fake_exec)
    before = Session.select().count()
    with qtbot.waitSignal(page.session_recorded) as recorded:
        page.after_button.click()
    assert Session.select().count() == before + 1
    session = Session.get_by_id(recorded.args[0])
    assert (
        session.person_id == small.ben.id and session.role == "mentor" and session.status == "done"
    )
    assert session.agenda.startswith("# Agenda")
    assert session.notes.endswith("We agreed on two things.")
    assert session.takeaways == "Roadmap looks good"
    created = [
        (a.text, a.owner, a.due_on)
        for a in ActionItem.select().where(ActionItem.session == session.id)
    ]
    assert created == [("Review the roadmap", "them", due), ("Celebrate", "me", None)]
    # The prep now starts from the new session.
    assert page.prep.last_session.id == session.id
    assert "Review the roadmap" in column(page.theirs_model)


def test_cancelled_after_session_saves_nothing(page, monkeypatch):
    monkeypatch.setattr(AfterSessionDialog, "exec", lambda dialog: 0)
    before = Session.select().count()
    page.after_session()
    assert Session.select().count() == before


def test_agenda_lines_and_owners():
    lines = agenda.agenda_lines(
        "# Session\n\nMine:\n\n- [ ] Send it (due 2024-01-02, overdue)\n\nBen's:\n\n- [ ] Draft \\[x]\n"
        "## Questions\n\n1. Why?\n* Star item\nplain text\n"
    )
    assert [(x.text, x.owner) for x in lines] == [
        ("Send it", "me"),
        ("Draft [x]", "them"),
        ("Why?", "me"),
        ("Star item", "me"),
    ]


def test_recording_replaces_a_planned_session_that_day(small):
    held = small.planned.held_at.replace(hour=15)
    session = agenda.record_session(
        small.ben.id, held_at=held, notes="Went well", actions=[agenda.NewAction("Follow up", "me")]
    )
    assert session.id == small.planned.id and session.status == "done"
    assert [a.text for a in ActionItem.select().where(ActionItem.session == session.id)] == [
        "Follow up"
    ]


def test_a_refused_action_saves_nothing(small):
    before = (Session.select().count(), ActionItem.select().count())
    with pytest.raises(Exception):  # noqa: B017 — any JournalError
        agenda.record_session(
            small.ben.id,
            held_at=dt.datetime(2024, 1, 1, 10),
            actions=[agenda.NewAction("ok"), agenda.NewAction("bad", owner="nobody")],
        )
    assert (Session.select().count(), ActionItem.select().count()) == before


def test_models_pass_the_model_tester(qtmodeltester, page):
    for model in (page.mine_model, page.theirs_model, page.goals_model, page.ratings_model):
        qtmodeltester.check(model, force_py=True)


def test_clear_forgets_everything(page):
    page.clear()
    assert page.person.count() == 0 and page.agenda.toPlainText() == ""
    assert page.last.toPlainText() == ""
    for model in (page.mine_model, page.theirs_model, page.goals_model, page.ratings_model):
        assert model.rowCount(QModelIndex()) == 0


def test_the_person_box_shows_the_whole_name(qtbot, small):
    """The walk at 1280 × 800 found "Amara Castillo (my" cut off in the box."""
    records.create("person", name="Maximiliana Featherstonehaugh", relation="mentee")
    page = PrepPage()
    qtbot.addWidget(page)
    page.resize(1200, 760)
    page.show()
    page.reload()
    qtbot.wait(50)  # the layout settles
    box = page.person
    for row in range(box.count()):
        qtbot.keyClick(box, Qt.Key.Key_Down if row else Qt.Key.Key_Home)
        option = QStyleOptionComboBox()
        box.initStyleOption(option)
        field = box.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, box
        )
        assert box.fontMetrics().horizontalAdvance(box.currentText()) <= field.width(), (
            box.currentText()
        )
