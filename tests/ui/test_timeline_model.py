"""The lazy timeline model over queries.timeline, and the keyed rows model."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QModelIndex, Qt

from mentorjournal.domain import records
from tests.ui.conftest import MARKER
from ui.people_page import people_rows
from ui.record_models import KeyedRowsModel
from ui.skills_page import skill_rows
from ui.timeline_model import ITEM_ROLE, TimelineModel, timeline_source


def add_reflections(count: int) -> None:
    for n in range(count):
        records.create(
            "reflection", written_at=dt.datetime(2023, 1, 1) + dt.timedelta(days=n), title=f"R{n}"
        )


def test_model_passes_the_model_tester(qtmodeltester, open_journal):
    add_reflections(20)
    model = TimelineModel(timeline_source(), page_size=7)
    model.reload()
    qtmodeltester.check(model, force_py=True)
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    qtmodeltester.check(model, force_py=True)


def test_keyed_rows_model_passes_the_model_tester(qtmodeltester, open_journal):
    model = KeyedRowsModel(("Name", "Relation", "Organisation", "Status", "Since"), people_rows)
    model.reload()
    assert model.rowCount() == 1
    qtmodeltester.check(model, force_py=True)
    skills = KeyedRowsModel(("Skill", "Category", "Latest", "Target", "On"), skill_rows)
    skills.reload()
    assert skills.data(skills.index(0, 3)) == "8/10"
    assert skills.row_of(skills.key(0)) == 0


def counting_pages():
    """The timeline's pages as a plain callable, and the (offset, limit) of every call."""
    calls: list[tuple[int, int]] = []
    source = timeline_source()

    def counting(offset, limit):
        calls.append((offset, limit))
        return source(offset, limit)

    return counting, calls


def test_pages_are_fetched_lazily(open_journal):
    add_reflections(20)
    total = 20 + 7  # and the fixture's person, session and five reflections
    counting, calls = counting_pages()
    model = TimelineModel(counting, page_size=10)
    assert model.rowCount() == 0 and not model.canFetchMore(QModelIndex())
    model.reload()
    assert model.rowCount() == 0 and model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 10 and calls == [(0, 10)]
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == total
    assert calls[-1][0] == 20


def test_columns_and_newest_first(open_journal):
    model = TimelineModel(timeline_source(["reflection"]))
    model.reload()
    model.fetchMore(QModelIndex())
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)] == [
        "Date",
        "Kind",
        "Title",
        "Person",
    ]
    assert model.rowCount() == 5
    first = model.item(0)
    assert model.data(model.index(0, 0)) == "2024-03-06"
    assert model.data(model.index(0, 1)) == "Reflection"
    assert model.data(model.index(0, 2)) == f"Note 4 {MARKER}"
    assert model.data(model.index(0, 0), ITEM_ROLE) is first
    # The reflection linked to the session shows the session's person.
    assert model.data(model.index(4, 3)) == f"Ada {MARKER}"


def test_clear_forgets_rows_and_fetches_nothing(open_journal):
    model = TimelineModel(timeline_source())
    model.reload()
    model.fetchMore(QModelIndex())
    assert model.rowCount() > 0
    model.clear()
    assert model.rowCount() == 0
    assert not model.canFetchMore(QModelIndex())
    assert model.item(0) is None


def test_pages_after_the_first_grow_to_what_is_listed(open_journal):
    add_reflections(40)
    total = 40 + 7
    counting, calls = counting_pages()
    model = TimelineModel(counting, page_size=10)
    model.reload()
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert calls == [(0, 10), (10, 10), (20, 20), (40, 40)]
    assert model.rowCount() == total
    assert [model.item(r).id for r in range(total)] == [i.id for i in timeline_source()(0, 1000)]


def test_cells_tooltips_and_ratings(open_journal):
    person = records.create("person", name="Bea", relation="mentor", started_on="2020-01-01")
    records.create(
        "session",
        person=person.id,
        role="mentee",
        held_at=dt.datetime(2025, 1, 2, 10),
        confidence_before=4,
        confidence_after=7,
        motivation=8,
        takeaways="Ask for **feedback** <b>early</b>",
    )
    records.create(
        "reflection",
        written_at=dt.datetime(2025, 1, 1, 9),
        title="Alone",
        body="Just *me*",
        confidence=6,
    )
    model = TimelineModel(timeline_source(["session", "reflection"]))
    model.reload()
    model.fetchMore(QModelIndex())
    cells = [model.data(model.index(0, c)) for c in range(5)]
    assert cells == ["2025-01-02", "Session", "Session with Bea (as mentee)", "Bea", "C 4→7 · M 8"]
    tip = model.data(model.index(0, 2), Qt.ItemDataRole.ToolTipRole)
    assert "Session with Bea (as mentee)" in tip and "Ask for feedback" in tip
    assert "<b>" not in tip and "&lt;b&gt;early&lt;/b&gt;" in tip  # shown literally
    assert model.data(model.index(0, 4), Qt.ItemDataRole.ToolTipRole) == (
        "Confidence 4 before, 7 after, motivation 8"
    )
    assert [model.data(model.index(1, c)) for c in (2, 3, 4)] == ["Alone", "", "C 6"]
    assert "Just me" in model.data(model.index(1, 2), Qt.ItemDataRole.ToolTipRole)
    assert model.data(model.index(1, 3), Qt.ItemDataRole.ToolTipRole) is None
    assert model.data(model.index(0, 5)) is None and model.data(QModelIndex()) is None
    assert not model.index(model.rowCount(), 0).isValid()
    assert not model.index(0, 0, model.index(0, 0)).isValid()  # a table: no children


def test_a_row_changed_by_another_connection_shows_after_reload(open_journal):
    import threading

    from mentorjournal.domain import queries
    from mentorjournal.storage.db import DB

    model = TimelineModel(timeline_source(["reflection"]))
    model.reload()
    model.fetchMore(QModelIndex())
    first = model.item(0)

    def elsewhere() -> None:  # another thread: another connection to the same file
        records.update("reflection", first.id, title="Renamed elsewhere", body="New body")
        DB.close()

    worker = threading.Thread(target=elsewhere)
    worker.start()
    worker.join(timeout=60)
    assert model.data(model.index(0, 2)) == first.title  # the rows shown until a reload
    model.reload()
    model.fetchMore(QModelIndex())
    assert model.data(model.index(0, 2)) == "Renamed elsewhere"
    assert "New body" in model.data(model.index(0, 2), Qt.ItemDataRole.ToolTipRole)
    assert queries.timeline_count(kinds=["reflection"]) == model.rowCount()


def test_sorting_by_a_column_lists_every_row_in_that_order(open_journal):
    add_reflections(12)
    model = TimelineModel(timeline_source(), page_size=5)
    model.reload()
    model.sort(2, Qt.SortOrder.AscendingOrder)
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    titles = [model.data(model.index(r, 2)) for r in range(model.rowCount())]
    assert len(titles) == 12 + 7
    assert [t.lower() for t in titles if t.startswith("R")] == sorted(
        t.lower() for t in titles if t.startswith("R")
    )
    model.sort(-1)
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    dates = [model.data(model.index(r, 0)) for r in range(model.rowCount())]
    assert dates == sorted(dates, reverse=True)


class _Counting:
    """A counted source (as ``timeline_source`` gives) that notes each page asked for."""

    def __init__(self, inner) -> None:
        self.inner, self.calls = inner, []

    def __call__(self, offset, limit, *order):
        self.calls.append((offset, limit))
        return self.inner(offset, limit, *order)

    def count(self) -> int:
        return self.inner.count()


def test_a_counted_source_lists_every_row_and_fetches_only_what_is_read(open_journal):
    add_reflections(60)
    total = 60 + 7
    source = _Counting(timeline_source())
    model = TimelineModel(source, page_size=5)  # blocks of 25 rows
    model.reload()
    assert model.rowCount() == total and not model.canFetchMore(QModelIndex())
    assert source.calls == [(0, 5)]
    expected = timeline_source()(0, 1000)
    last = model.index(total - 1, 2)
    assert model.data(last) == expected[-1].title
    assert source.calls == [(0, 5), (50, 17)]  # the last block only
    assert model.data(model.index(7, 2)) == expected[7].title
    assert source.calls[-1] == (5, 20)  # the rest of the first block
    assert [model.item(r).id for r in range(total)] == [i.id for i in expected]
    assert len(source.calls) == 4  # and the middle block, once
    assert model.row_of(("reflection", expected[30].id)) == 30
    assert model.row_of(("reflection", -1)) is None
    dates = [model.data(model.index(r, 0)) for r in range(total)]
    assert dates == [i.when.date().isoformat() for i in expected]


def test_scrolling_a_view_to_the_end_fetches_the_last_rows_only(open_journal, qtbot):
    from PySide6.QtWidgets import QTableView

    add_reflections(300)
    source = _Counting(timeline_source())
    model = TimelineModel(source, page_size=20)  # blocks of 100 rows
    model.reload()
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(600, 300)
    view.show()
    qtbot.waitExposed(view)
    view.setCurrentIndex(model.index(0, 0))
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    view.viewport().grab()
    assert view.currentIndex().row() == model.rowCount() - 1 == 306  # the journal's end
    assert source.calls[0] == (0, 20)
    assert [call for call in source.calls[1:] if call[0] < 200] == []  # nothing between
    last = timeline_source()(306, 1)[0]
    assert model.data(model.index(306, 2)) == last.title
    assert model.data(model.index(306, 0)) == last.when.date().isoformat()


def test_blocks_past_the_kept_ones_are_let_go_and_fetched_again(open_journal):
    from ui.timeline_model import KEPT_BLOCKS

    add_reflections(150)
    total = 150 + 7
    source = _Counting(timeline_source())
    model = TimelineModel(source, page_size=5)  # blocks of 25 rows
    model.reload()
    expected = timeline_source()(0, 1000)
    assert [model.data(model.index(r, 2)) for r in range(total)] == [i.title for i in expected]
    assert model.held_rows() == 25 + 25 * (KEPT_BLOCKS - 1) + 7  # first, last four (7 rows)
    assert model.item(0) is not None and model.data(model.index(3, 2)) == expected[3].title
    fetched = len(source.calls)
    assert model.data(model.index(30, 2)) == expected[30].title  # let go: fetched again
    assert source.calls[fetched:] == [(25, 25)]
    assert model.item(30).id == expected[30].id
    assert model.data(model.index(30, 0)) == expected[30].when.date().isoformat()
    # The most recently read blocks stay: reading block 1 again fetches nothing.
    assert model.data(model.index(49, 2)) == expected[49].title
    assert len(source.calls) == fetched + 1
    # Walking back up reads every row in its place.
    titles = [model.data(model.index(r, 2)) for r in reversed(range(total))]
    assert titles == [i.title for i in reversed(expected)]
    assert model.held_rows() <= 25 * (1 + KEPT_BLOCKS)


def test_the_model_tester_passes_while_blocks_are_let_go(qtmodeltester, open_journal):
    add_reflections(150)
    model = TimelineModel(timeline_source(), page_size=5)  # blocks of 25 rows
    model.reload()
    assert model.data(model.index(156, 2)) and model.data(model.index(60, 2))
    qtmodeltester.check(model, force_py=True)  # reads every row: blocks let go meanwhile
    assert model.held_rows() < model.rowCount()


def test_a_row_let_go_shows_the_change_when_read_again(open_journal):
    add_reflections(150)
    model = TimelineModel(timeline_source(), page_size=5)  # blocks of 25 rows
    model.reload()
    far = model.item(140)
    assert far is not None and model.data(model.index(140, 2)) == far.title
    for row in range(25, 125, 25):  # read four other blocks: the last is let go
        model.data(model.index(row, 2))
    assert model.held_rows() < model.rowCount()
    records.update("reflection", far.id, title="Renamed since")
    assert model.data(model.index(140, 2)) == "Renamed since"
    assert model.item(140).id == far.id


def test_sorting_and_filters_with_blocks_let_go(open_journal):
    add_reflections(120)
    model = TimelineModel(timeline_source(), page_size=4)  # blocks of 20 rows
    model.reload()
    model.sort(2, Qt.SortOrder.DescendingOrder)
    expected = timeline_source()(0, 1000, "title", True)
    titles = [model.data(model.index(r, 2)) for r in reversed(range(model.rowCount()))]
    assert titles == [i.title for i in reversed(expected)] and len(titles) == 127
    model.set_source(timeline_source(["reflection"]))
    model.sort(-1)
    expected = timeline_source(["reflection"])(0, 1000)
    assert model.rowCount() == 125
    ids = [model.item(r).id for r in range(model.rowCount())]
    assert ids == [i.id for i in expected]
    assert model.data(model.index(0, 1)) == "Reflection"
