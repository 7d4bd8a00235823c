"""The main window's timeline driven by keys, with small blocks of rows let go and read again."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from tests.ui.journeys.keyboard import key, settle, tab_to
from tests.ui.test_main_window import make_window
from tests.ui.test_timeline_model import add_reflections
from ui import timeline_model
from ui.timeline_model import KEPT_BLOCKS, timeline_source

CTRL = Qt.KeyboardModifier.ControlModifier


def shown_rows(view) -> list[int]:
    """The rows the timeline's viewport shows now, top to bottom."""
    height = view.viewport().height()
    top = view.rowAt(0)
    bottom = view.rowAt(height - 1)
    if bottom < 0:
        bottom = view.model().rowCount() - 1
    return list(range(top, bottom + 1))


def test_ctrl_end_page_up_and_ctrl_home_show_the_right_rows(
    qtbot, open_journal, settings, monkeypatch
):
    monkeypatch.setattr(timeline_model, "PAGE_SIZE", 5)  # blocks of 25 rows
    add_reflections(150)
    expected = [item.title for item in timeline_source(end=dt.date.today())(0, 1000)]
    window = make_window(qtbot, open_journal, settings)
    qtbot.waitExposed(window)
    page = window.timeline_page
    view, model = page.table, page.model
    settle(qtbot)
    tab_to(qtbot, lambda widget: widget is view, most=40)
    assert model.rowCount() == len(expected) == 157

    def check_shown() -> list[int]:
        rows = shown_rows(view)
        assert rows and view.currentIndex().row() in rows
        assert [model.data(model.index(r, 2)) for r in rows] == [expected[r] for r in rows]
        return rows

    key(qtbot, Qt.Key.Key_End, CTRL)
    assert view.currentIndex().row() == 156
    check_shown()
    tops = []
    while view.currentIndex().row() > 0:  # page by page back to the top
        key(qtbot, Qt.Key.Key_PageUp)
        tops.append(check_shown()[0])
        assert model.held_rows() <= 25 * (1 + KEPT_BLOCKS)
    assert tops == sorted(tops, reverse=True) and tops[-1] == 0
    assert model.held_rows() < model.rowCount()  # the last rows among those let go
    key(qtbot, Qt.Key.Key_End, CTRL)  # its block was let go on the way up: read again
    assert view.currentIndex().row() == 156
    check_shown()
    key(qtbot, Qt.Key.Key_Home, CTRL)
    assert view.currentIndex().row() == 0
    assert check_shown()[0] == 0
    assert model.held_rows() <= 25 * (1 + KEPT_BLOCKS)
