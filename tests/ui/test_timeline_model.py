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


def test_pages_are_fetched_lazily(open_journal):
    add_reflections(20)
    total = 20 + 7  # and the fixture's person, session and five reflections
    calls: list[tuple[int, int]] = []
    source = timeline_source()

    def counting(offset, limit):
        calls.append((offset, limit))
        return source(offset, limit)

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
