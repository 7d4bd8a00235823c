"""The window's pages built on demand: opening a journal makes the timeline only; the
others are made the first time they are shown, and then work from the keyboard as if
they had been there all along (their rows, the reading pane, Enter, Tab, lock, Ctrl+L).

Driven by key and mouse events on the window only (``window_keys``)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QHeaderView, QWidget

from mentorjournal.domain import records
from mentorjournal.storage.journal import Journal
from tests.conftest import PASSPHRASE
from tests.ui.conftest import MARKER
from tests.ui.journeys.window_keys import CTRL, SHIFT, focused, open_window, press
from tests.ui.test_main_window import FakeUnlock, texts_in_window
from ui.main_window import NAVIGATION, SECTIONS


def built(window) -> list[str]:
    pages = window.record_pages
    return [SECTIONS[row] for row in range(len(pages)) if pages.is_built(row)]


def inside(page: QWidget, widget: QWidget) -> bool:
    return widget is page or page.isAncestorOf(widget)


def click_nav(window, row: int) -> None:
    """A click on a section in the navigation (the focus goes there)."""
    where = window.nav.visualItemRect(window.nav.item(row)).center()
    QTest.mouseClick(window.nav.viewport(), Qt.MouseButton.LeftButton, pos=where)


def test_only_the_timeline_is_built_and_a_shortcut_builds_a_working_page(
    qtbot, open_journal, settings
):
    window = open_window(qtbot, open_journal, settings)
    assert built(window) == ["Timeline"]
    assert window.pages.currentWidget() is window.timeline_page
    press(Qt.Key.Key_2, CTRL)  # Sessions, made now
    assert built(window) == ["Timeline", "Sessions"]
    page = window.pages.currentWidget()
    assert page is window.sessions_page and page.isVisible()
    assert focused() is page.table and page.table.model().rowCount() == 1
    qtbot.waitUntil(lambda: "delegation" in page.detail.toPlainText())  # the session, read
    press(Qt.Key.Key_Return)  # opens it
    qtbot.waitUntil(lambda: bool(window.editors))
    assert (window.editors[-1].kind, window.editors[-1].record_id) == page.selected_record()
    window.editors[-1].close_without_saving()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)

    press(Qt.Key.Key_3, CTRL)  # Reflections: its rows, newest first
    reflections = window.reflections_page
    assert window.pages.currentWidget() is reflections and focused() is reflections.table
    assert reflections.table.model().rowCount() == 5
    press(Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: f"Note 3 {MARKER}" in reflections.detail.toPlainText())

    insights = NAVIGATION.index("Insights")
    press(getattr(Qt.Key, f"Key_{insights + 1}"), CTRL)  # Insights, computed once shown
    assert window.pages.currentWidget() is window.insights_page
    qtbot.waitUntil(lambda: window.insights_page.snapshot is not None, timeout=10_000)
    assert "Insights" in built(window) and "Skills" not in built(window)


def tab_until(window, view: QWidget, modifier=Qt.KeyboardModifier.NoModifier) -> list[QWidget]:
    """Tab (or Shift+Tab) from where the focus is until it reaches ``view`` (a table
    keeps Tab for its cells): the widgets it passed, in order."""
    passed: list[QWidget] = []
    for _ in range(30):
        press(Qt.Key.Key_Tab, modifier)
        if focused() is view:
            return passed
        passed.append(focused())
    raise AssertionError(f"Tab never reached {view.accessibleName()}")


def test_a_late_page_tabs_like_the_first_one(qtbot, open_journal, settings):
    """Tab from the navigation goes into the page on screen, Shift+Tab from it back
    through the undo bar below the page, then through the page: never into a page not shown."""
    window = open_window(qtbot, open_journal, settings)
    press(Qt.Key.Key_3, CTRL)  # Reflections, made now; the first row selected
    press(Qt.Key.Key_Delete)  # to the trash: the undo bar shows below the page
    assert window.undo_bar.isVisible()
    page = window.reflections_page
    area = page.parentWidget().parentWidget()  # the page's scroll area in the stack
    click_nav(window, SECTIONS.index("Reflections"))
    assert focused() is window.nav
    forward = tab_until(window, page.table)
    assert all(inside(area, widget) and widget.isVisible() for widget in forward)
    click_nav(window, SECTIONS.index("Reflections"))
    backward = tab_until(window, page.table, SHIFT)
    bar = window.undo_bar
    assert backward[:3] == [bar.close_button, bar.trash_button, bar.undo_button]
    assert page.detail in backward[3:]
    assert all(inside(area, widget) and widget.isVisible() for widget in backward[3:])


def test_lock_clears_pages_built_late_and_they_come_back_after_unlocking(
    qtbot, open_journal, journal_file, settings
):
    unlock = FakeUnlock(lambda path: Journal.open(path, PASSPHRASE))
    window = open_window(qtbot, open_journal, settings, unlock)
    press(Qt.Key.Key_3, CTRL)
    assert any(MARKER in text for text in texts_in_window(window))
    press(Qt.Key.Key_L, CTRL)
    assert window.journal is None
    assert not any(MARKER in text for text in texts_in_window(window) if text)
    qtbot.waitUntil(lambda: window.journal is not None)  # unlocked again (the stand-in)
    assert built(window) == ["Timeline", "Reflections"]  # the lock made no page
    press(Qt.Key.Key_3, CTRL)
    assert window.reflections_page.table.model().rowCount() == 5
    window.close()


def test_ctrl_l_locks_from_a_modal_dialog_over_a_late_page(qtbot, open_journal, settings):
    window = open_window(qtbot, open_journal, settings)
    press(getattr(Qt.Key, f"Key_{NAVIGATION.index('Skills') + 1}"), CTRL)
    seen: list[bool] = []

    def in_the_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        seen.append(isinstance(dialog, QDialog) and window._modal_keys.installed)
        press(Qt.Key.Key_L, CTRL)
        QTimer.singleShot(3000, window, give_up)  # so that a failure fails, not hangs

    def give_up() -> None:
        modal = QApplication.activeModalWidget()
        if isinstance(modal, QDialog):
            modal.reject()

    assert not window._modal_keys.installed  # no app-wide filter without a modal dialog
    QTimer.singleShot(300, in_the_dialog)
    press(Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)  # "&Rate now…": a modal dialog
    qtbot.waitUntil(lambda: window.journal is None)
    assert seen == [True]
    assert QApplication.activeModalWidget() is None
    qtbot.waitUntil(lambda: not window._modal_keys.installed)


def cells_fit(view, columns: tuple[int, ...] = (0, 1, 3, 4)) -> list[str]:
    """The date, kind, person and ratings cells in view that do not fit their column."""
    model, metrics = view.model(), view.fontMetrics()
    too_wide = []
    for row in range(model.rowCount()):
        for column in columns:
            if view.isColumnHidden(column):
                continue
            text = model.data(model.index(row, column)) or ""
            if metrics.horizontalAdvance(text) + 6 > view.columnWidth(column):
                too_wide.append(text)
    return too_wide


def test_columns_are_sized_from_the_font_and_fit_the_rows(qtbot, journal, settings):
    """Dates, kind words, rating patterns and names fit their columns (sized from the
    font, not by reading the rows), on a late page too, and again after a larger font."""
    person = records.create("person", name="Bendix Quorrel", relation="mentor")
    records.create(
        "session",
        person=person.id,
        role="mentee",
        held_at=dt.datetime(2025, 12, 28, 10),
        confidence_before=10,
        confidence_after=10,
        motivation=10,
    )
    skill = records.create("skill", name="Listening", target_level=8)
    records.create("rating", skill=skill.id, value=10, rated_on=dt.date(2025, 11, 30))
    records.create("reflection", written_at=dt.datetime(2025, 10, 20, 9), title="A", confidence=10)
    window = open_window(qtbot, journal, settings)
    timeline = window.timeline_page.table
    assert timeline.model().rowCount() >= 3
    assert cells_fit(timeline) == []
    header = timeline.horizontalHeader()
    assert header.sectionResizeMode(0) == QHeaderView.ResizeMode.Fixed
    press(Qt.Key.Key_2, CTRL)  # Sessions, made now
    sessions = window.sessions_page.table
    assert sessions.model().rowCount() == 1 and cells_fit(sessions) == []
    before = timeline.columnWidth(0)
    font = QFont(window.font())
    font.setPointSizeF(font.pointSizeF() * 2)
    window.setFont(font)  # the tables refit
    assert timeline.columnWidth(0) > before
    assert cells_fit(timeline) == [] and cells_fit(sessions) == []
    press(Qt.Key.Key_1, CTRL)
    assert focused() is timeline


def test_search_results_show_every_kind_and_date_whole(qtbot, journal, settings):
    """The results' date and kind columns are sized from the font (measuring the rows
    read every hit on every keystroke): a hit of each kind fits, typed and searched by
    keys, and again after a larger font."""
    word = "quillwort"
    person = records.create("person", name=f"Ann {word}", relation="mentor")
    records.create(
        "session",
        person=person.id,
        role="mentee",
        held_at=dt.datetime(2025, 12, 28, 10),
        notes=word,
    )
    records.create("reflection", written_at=dt.datetime(2025, 10, 20, 9), title=word)
    goal = records.create("goal", title=f"Grow {word}")
    records.create("action", text=f"Read about {word}", goal=goal.id, due_on=dt.date(2025, 12, 30))
    records.create("skill", name=f"{word} care")
    records.create("win", title=f"A {word} win", won_on=dt.date(2025, 12, 1))
    window = open_window(qtbot, journal, settings)
    press(Qt.Key.Key_F, CTRL)
    page = window.search_page
    for char in word:
        QTest.keyClick(QApplication.focusWidget(), char)
    press(Qt.Key.Key_Return)  # search now
    kinds = {page.model.key(row)[0] for row in range(page.model.rowCount())}
    assert kinds == {"person", "session", "reflection", "goal", "action", "skill", "win"}
    table = page.table
    assert table.horizontalHeader().sectionResizeMode(1) == QHeaderView.ResizeMode.Fixed
    assert cells_fit(table, (0, 1)) == []
    font = QFont(window.font())
    font.setPointSizeF(font.pointSizeF() * 2)
    window.setFont(font)
    assert cells_fit(table, (0, 1)) == []
