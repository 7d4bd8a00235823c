"""The main window: sections, lock clears everything, layout remembered."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QRect, Qt, QTimer
from PySide6.QtWidgets import QAbstractItemView, QApplication, QWidget

from mentorjournal.domain import drafts
from mentorjournal.storage import db
from mentorjournal.storage.journal import Journal
from mentorjournal.storage.models import Person, Session
from tests.conftest import PASSPHRASE
from tests.ui.conftest import MARKER
from ui.main_window import NAVIGATION, NEW_KINDS, SECTIONS, MainWindow
from ui.timeline_model import ITEM_ROLE


class FakeUnlock:
    """Stands in for the unlock dialog: records calls, returns a journal or None."""

    def __init__(self, journal_factory=None) -> None:
        self.calls: list = []
        self.factory = journal_factory

    def __call__(self, parent, path):
        self.calls.append(path)
        return self.factory(path) if self.factory else None


def make_window(qtbot, journal, settings, unlock=None) -> MainWindow:
    window = MainWindow(journal, settings, unlock or FakeUnlock())
    qtbot.addWidget(window)
    window.show()
    return window


def model_texts(model: QAbstractItemModel, parent: QModelIndex = QModelIndex()) -> list[str]:  # noqa: B008
    found = []
    try:
        columns = model.columnCount(parent)
    except TypeError:  # list models (QListWidget's) keep columnCount private: one column
        columns = 1
    for row in range(model.rowCount(parent)):
        for column in range(columns):
            index = model.index(row, column, parent)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.data(index, role)
                if value is not None:
                    found.append(str(value))
        first = model.index(row, 0, parent)
        if columns > 1 and model.rowCount(first) > 0:
            found.extend(model_texts(model, first))
    return found


def _belongs_to(widget: QWidget, window: QWidget) -> bool:
    """True for the window itself and everything parented to it, dialogs included."""
    while widget is not None:
        if widget is window:
            return True
        widget = widget.parentWidget()
    return False


def texts_in_window(window: QWidget) -> list[str]:
    """Every string a widget of the app shows or holds (labels, fields, models, title)."""
    found = [window.windowTitle()]
    for widget in QApplication.allWidgets():
        if not _belongs_to(widget, window):  # widgets other tests left behind
            continue
        for getter in (
            "text",
            "toPlainText",
            "placeholderText",
            "toolTip",
            "windowTitle",
            "currentText",
        ):
            method = getattr(widget, getter, None)
            if callable(method):
                try:
                    found.append(str(method()))
                except TypeError:
                    pass
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            found.extend(model_texts(widget.model()))
    return found


def test_sections_and_menus(qtbot, open_journal, settings):
    window = make_window(qtbot, open_journal, settings)
    assert [window.nav.item(i).text() for i in range(window.nav.count())] == list(SECTIONS)
    assert window.pages.currentWidget() is window.timeline_page
    assert window.timeline_page.model.rowCount() == 7
    for row, page in enumerate(window.record_pages):
        window.nav.setCurrentRow(row)
        assert window.pages.currentWidget() is page
    assert window.sessions_page.model.rowCount() == 1
    assert window.reflections_page.model.rowCount() == 5
    assert window.people_page.model.rowCount() == 1
    assert window.skills_page.model.rowCount() == 1
    shortcuts = {a.text(): a.shortcut().toString() for a in window.actions()}
    assert shortcuts["New &reflection…"] == "Ctrl+N"
    assert shortcuts["New &session…"] == "Ctrl+Shift+N"
    assert shortcuts["&Lock"] == "Ctrl+L"
    assert shortcuts["&Quit"] == "Ctrl+Q"
    assert shortcuts["&Find…"] == "Ctrl+F"
    assert ui_menus(window) == ["&File", "&Edit", "&View", "&Help"]


def ui_menus(window: MainWindow) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def test_selecting_a_row_shows_its_details(qtbot, open_journal, settings):
    window = make_window(qtbot, open_journal, settings)
    page = window.reflections_page
    window.nav.setCurrentRow(2)
    page.table.selectRow(0)
    assert f"Note 4 {MARKER}" in page.detail.toPlainText()


def test_search_finds_and_highlights(qtbot, open_journal, settings):
    window = make_window(qtbot, open_journal, settings)
    window.find_action.trigger()
    assert window.pages.currentWidget() is window.search_page
    with qtbot.waitSignal(window.search_page.searched) as searched:
        qtbot.keyClicks(window.search_page.field, "delegation")
        qtbot.keyClick(window.search_page.field, Qt.Key.Key_Return)
    assert searched.args[0] >= 1
    window.search_page.table.selectRow(0)
    assert "delegation" in window.search_page.snippet.toHtml()


def test_lock_closes_the_journal_and_clears_every_view(qtbot, open_journal, settings):
    unlock = FakeUnlock()
    window = make_window(qtbot, open_journal, settings, unlock)
    # Put journal text in every kind of place first.
    for row in range(len(window.record_pages)):
        window.nav.setCurrentRow(row)
    window.timeline_page.table.selectRow(0)
    window.reflections_page.table.selectRow(0)
    window.search_page.field.setText(MARKER)
    window.search_page.run_search()
    window.search_page.table.selectRow(0)
    assert any(MARKER in text for text in texts_in_window(window))

    with qtbot.waitSignal(window.locked):
        window.lock_action.trigger()
    assert window.journal is None
    assert db.DB.obj is None  # the database is closed and unbound
    assert window.timeline_page.model.rowCount() == 0
    assert not window.timeline_page.model.canFetchMore(QModelIndex())
    assert window.central.currentWidget() is window.locked_page
    assert not window.new_reflection_action.isEnabled()
    leftovers = [text for text in texts_in_window(window) if MARKER in text]
    assert leftovers == []
    qtbot.waitUntil(lambda: unlock.calls == [open_journal.path])  # the unlock dialog is asked for


def test_unlocking_again_shows_the_journal(qtbot, journal_file, settings):
    reopened: list[Journal] = []

    def reopen(path):
        reopened.append(Journal.open(path, PASSPHRASE))
        return reopened[-1]

    window = make_window(
        qtbot, Journal.open(journal_file, PASSPHRASE), settings, FakeUnlock(reopen)
    )
    with qtbot.waitSignal(window.unlocked, timeout=5000):
        window.lock()
    assert window.journal is reopened[0]
    assert window.central.currentWidget() is window.splitter
    assert window.timeline_page.model.rowCount() == 7
    window.close()
    assert db.DB.obj is None


def test_window_layout_is_remembered(qtbot, open_journal, settings):
    window = make_window(qtbot, open_journal, settings)
    # Within the offscreen platform's 800x600 screen with a window frame, so nothing is clamped.
    window.setGeometry(QRect(40, 60, 700, 480))
    window.splitter.setSizes([170, 530])
    qtbot.waitUntil(lambda: window.width() == 700)
    window.save_layout()
    sizes = window.splitter.sizes()
    window.close()

    again = make_window(qtbot, Journal.open(open_journal.path, PASSPHRASE), settings)
    assert again.size() == window.size()
    assert again.pos() == window.pos()
    assert again.splitter.sizes() == sizes
    again.close()


def test_enter_on_a_timeline_row_opens_that_record_once(qtbot, open_journal, settings):
    window = make_window(qtbot, open_journal, settings)
    table = window.timeline_page.table
    table.setFocus()
    table.setCurrentIndex(table.model().index(0, 0))
    item = table.model().data(table.model().index(0, 0), ITEM_ROLE)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert [(e.kind, e.record_id) for e in window.editors] == [(item.kind, item.id)]
    qtbot.keyClick(table, Qt.Key.Key_Return)  # the same record: brought forward, not opened twice
    assert len(window.editors) == 1
    with qtbot.waitSignal(window.editors[0].closed):
        window.editors[0].close()
    assert window.editors == []


def test_search_results_as_you_type_open_their_record(qtbot, open_journal, settings):
    window = make_window(qtbot, open_journal, settings)
    window.find_action.trigger()
    with qtbot.waitSignal(window.search_page.searched, timeout=3000) as searched:
        qtbot.keyClicks(window.search_page.field, "delegat")  # no Enter: results as you type
    assert searched.args[0] == 1
    table = window.search_page.table
    table.setCurrentIndex(table.model().index(0, 0))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    session = Session.get()
    assert [(e.kind, e.record_id) for e in window.editors] == [("session", session.id)]


def test_file_new_offers_every_kind_and_saving_refreshes_the_pages(qtbot, open_journal, settings):
    window = make_window(qtbot, open_journal, settings)
    assert set(window.new_actions) == set(NEW_KINDS)
    for kind in NEW_KINDS:
        window.new_actions[kind].trigger()
    assert sorted(e.kind for e in window.editors) == sorted(NEW_KINDS)
    people_before = Person.select().count()
    person_editor = next(e for e in window.editors if e.kind == "person")
    qtbot.keyClicks(person_editor.form.field("name"), "Grace")
    assert person_editor.save()
    qtbot.waitUntil(lambda: not window._reload_timer.isActive())  # pages refresh once saving pauses
    window.nav.setCurrentRow(NAVIGATION.index("People"))  # shown: reloaded
    assert window.people_page.model.rowCount() == people_before + 1
    for editor in list(window.editors):
        editor.close_without_saving()
    assert window.editors == []


def test_insights_is_a_section_and_clears_on_lock(qtbot, open_journal, settings):
    window = make_window(qtbot, open_journal, settings)
    window.nav.setCurrentRow(NAVIGATION.index("Insights"))
    assert window.pages.currentWidget() is window.insights_page
    qtbot.waitUntil(lambda: window.insights_page.snapshot is not None)
    window.lock()
    assert window.insights_page.snapshot is None
    assert window.insights_page.person_box.count() == 0


def test_quitting_keeps_unsaved_input_for_next_time(qtbot, journal_file, settings):
    window = make_window(qtbot, Journal.open(journal_file, PASSPHRASE), settings)
    editor = window.open_editor("session")
    qtbot.keyClicks(editor.form.field("notes").edit, "Half a thought")  # no person: cannot be saved
    window.close()
    assert db.DB.obj is None
    again = make_window(qtbot, Journal.open(journal_file, PASSPHRASE), settings)
    assert [(e.kind, e.form.field("notes").value()) for e in again.editors] == [
        ("session", "Half a thought")
    ]
    again.editors[0].close_without_saving()  # the user gives it up: nothing comes back
    again.close()
    with Journal.open(journal_file, PASSPHRASE):
        assert drafts.load_all() == []


def test_idle_lock_dismisses_an_open_dialog_that_shows_journal_text(qtbot, open_journal, settings):
    window = make_window(qtbot, open_journal, settings)
    window.nav.setCurrentRow(NAVIGATION.index("Skills"))
    window.skills_page.table.selectRow(0)
    seen: list[bool] = []

    def lock_while_the_dialog_is_open():
        seen.append(
            any(MARKER in text for text in texts_in_window(window))
        )  # "Rate Listening Zanzibar…"
        window.lock()

    QTimer.singleShot(200, lock_while_the_dialog_is_open)
    window.skills_page.rate_selected()  # a modal dialog: returns once the lock dismissed it
    assert seen == [True]
    assert window.journal is None
    assert not any(MARKER in text for text in texts_in_window(window) if text)


def test_settle_leaves_no_timer_that_would_query_the_journal(qtbot, open_journal, settings):
    window = make_window(qtbot, open_journal, settings)
    editor = window.open_editor("reflection")
    qtbot.keyClicks(editor.form.field("body").edit, "Typed just before opening Settings")
    window._reload_timer.start()
    assert editor.autosave_timer.isActive() and editor.is_dirty()
    window.settle()
    assert not editor.autosave_timer.isActive() and not editor.is_dirty()
    assert not window._reload_timer.isActive()
    editor.close_without_saving()
