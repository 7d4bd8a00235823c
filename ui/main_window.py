"""The main window: navigation, record pages, search, editors, menus, lock.

The window is given the open ``Journal`` and a way to unlock again
(``unlock(parent, path) -> Journal | None``, normally the start dialog).
Every page asks for a record with ``record_requested(kind, id)``; the window
opens it in a ``RecordEditor`` (one per record; saving refreshes the pages).
Locking first saves every editor (input that cannot be saved yet becomes an
encrypted draft, offered again after unlocking), then closes the journal and
clears every model and widget that shows journal text; the window then shows
only the "locked" page.
"""

from __future__ import annotations

import html
import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QListWidget,
    QMainWindow,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

import mentorjournal
from mentorjournal.domain import drafts
from mentorjournal.errors import JournalError
from mentorjournal.storage.journal import Journal

from . import alerts, checkin
from .editors import RecordEditor
from .editors.specs import KIND_LABELS
from .goals_page import GoalsPage
from .insights.page import InsightsPage
from .pages import RecordPage, SearchPage
from .people_page import PeoplePage
from .prep_page import PrepPage
from .skills_page import SkillsPage
from .timeline_model import TimelineModel, timeline_source
from .timeline_page import TimelinePage

log = logging.getLogger(__name__)

Unlocker = Callable[[QWidget | None, Path], Journal | None]

NAVIGATION = (
    "Timeline",
    "Sessions",
    "Reflections",
    "People",
    "Goals & actions",
    "Skills",
    "Session prep",
    "Insights",
)
#: File ▸ New: every kind of record, in the order a user meets them.
NEW_KINDS = ("reflection", "session", "person", "goal", "action", "skill", "rating", "win")
RELOAD_DELAY_MS = 400
GEOMETRY_KEY = "main_window/geometry"
STATE_KEY = "main_window/state"
SPLITTER_KEY = "main_window/splitter"


class MainWindow(QMainWindow):
    locked = Signal()
    unlocked = Signal()
    #: Menu requests the controller handles (Settings, backups, export/import).
    settings_requested = Signal()
    backup_requested = Signal()
    export_requested = Signal()
    import_requested = Signal()

    def __init__(
        self, journal: Journal, settings: QSettings, unlock: Unlocker, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("MainWindow")
        self.journal: Journal | None = None
        self._settings = settings
        self._unlock = unlock
        self._path = journal.path
        self.editors: list[RecordEditor] = []
        self._stale: set[QWidget] = set()  # pages to reload when next shown
        self._reload_timer = QTimer(
            self
        )  # editors autosave often: refresh the pages once they pause
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(RELOAD_DELAY_MS)
        self._reload_timer.timeout.connect(self.reload)

        self.nav = QListWidget()
        self.nav.setAccessibleName("Sections")
        self.nav.addItems(NAVIGATION)
        self.nav.setMinimumWidth(150)
        self.nav.setMaximumWidth(240)
        self.nav.setObjectName("navigation")
        row_height = self.nav.fontMetrics().height() + 12  # roomy rows, without a style sheet
        for row in range(self.nav.count()):  # (one would freeze the palette: no dark mode)
            self.nav.item(row).setSizeHint(QSize(0, row_height))

        self.timeline_page = TimelinePage()
        self.sessions_page = RecordPage(
            "Sessions", TimelineModel(timeline_source(["session"])), stretch_column=2
        )
        self.reflections_page = RecordPage(
            "Reflections", TimelineModel(timeline_source(["reflection"])), stretch_column=2
        )
        self.people_page = PeoplePage()
        self.goals_page = GoalsPage()
        self.skills_page = SkillsPage()
        self.prep_page = PrepPage()
        self.insights_page = InsightsPage()
        self.record_pages = [
            self.timeline_page,
            self.sessions_page,
            self.reflections_page,
            self.people_page,
            self.goals_page,
            self.skills_page,
            self.prep_page,
            self.insights_page,
        ]
        for page in (self.goals_page, self.skills_page, self.prep_page):
            page.journal_changed.connect(self._reload_other_pages)
        self.search_page = SearchPage()
        self.search_page.searched.connect(lambda _count: self.nav.clearSelection())
        for page in [*self.record_pages, self.search_page]:
            if hasattr(page, "record_requested"):
                page.record_requested.connect(self.open_record)

        self.pages = QStackedWidget()
        for page in [*self.record_pages, self.search_page]:
            self.pages.addWidget(page)
        self.nav.currentRowChanged.connect(self._show_section)

        self.splitter = QSplitter()
        self.splitter.addWidget(self.nav)
        self.splitter.addWidget(self.pages)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)

        self.locked_page = self._build_locked_page()
        self.central = QStackedWidget()
        self.central.addWidget(self.splitter)
        self.central.addWidget(self.locked_page)
        self.setCentralWidget(self.central)

        self._build_menus()
        self.resize(1100, 720)
        self._restore_layout()
        self.set_journal(journal)

    # -- building ----------------------------------------------------------

    def _build_locked_page(self) -> QWidget:
        page = QWidget()
        label = QLabel(
            "<h2>The journal is locked</h2><p>Its contents are closed and cleared from the window.</p>"
        )
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.unlock_button = QPushButton("Unlock…")
        self.unlock_button.clicked.connect(self.request_unlock)
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(label)
        layout.addWidget(self.unlock_button, 0, Qt.AlignmentFlag.AlignCenter)
        layout.addStretch(1)
        return page

    def _action(self, text: str, shortcut: QKeySequence | str, slot) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_menus(self) -> None:
        self.new_reflection_action = self._action("New &reflection…", "Ctrl+N", self.new_reflection)
        self.new_session_action = self._action("New &session…", "Ctrl+Shift+N", self.new_session)
        self.check_in_action = self._action(
            self.tr("Quick &check-in…"), checkin.SHORTCUT, lambda: checkin.open_check_in(self)
        )
        self.new_actions = {
            "reflection": self.new_reflection_action,
            "session": self.new_session_action,
        }
        for kind in NEW_KINDS[2:]:
            action = QAction(f"New {KIND_LABELS.get(kind, kind).lower()}…", self)
            action.triggered.connect(lambda _checked=False, kind=kind: self.open_editor(kind))
            self.new_actions[kind] = action
        self.lock_action = self._action("&Lock", "Ctrl+L", self.lock)
        self.quit_action = self._action("&Quit", QKeySequence.StandardKey.Quit, self.close)
        self.quit_action.setShortcuts([QKeySequence("Ctrl+Q")])
        self.find_action = self._action("&Find…", "Ctrl+F", self.show_search)
        self.about_action = QAction("&About MentorJournal", self)
        self.about_action.triggered.connect(self.show_about)
        self.settings_action = self._action(
            "&Settings…",
            QKeySequence.StandardKey.Preferences,
            lambda: self.settings_requested.emit(),
        )
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        if self.settings_action.shortcut().isEmpty():  # no platform binding (e.g. GNOME)
            self.settings_action.setShortcut(QKeySequence("Ctrl+,"))
        self.backup_action = self._action("&Back up now", "", lambda: self.backup_requested.emit())
        self.export_action = self._action("&Export…", "", lambda: self.export_requested.emit())
        self.import_action = self._action("&Import…", "", lambda: self.import_requested.emit())
        file_menu = self.menuBar().addMenu("&File")
        file_menu.addActions(
            [self.new_reflection_action, self.new_session_action, self.check_in_action]
        )
        new_menu = file_menu.addMenu("&New")
        new_menu.addActions([self.new_actions[kind] for kind in NEW_KINDS[2:]])
        file_menu.addSeparator()
        file_menu.addActions([self.backup_action, self.export_action, self.import_action])
        file_menu.addSeparator()
        file_menu.addAction(self.lock_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = self.menuBar().addMenu("&Edit")
        edit_menu.addAction(self.find_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.settings_action)
        self.menuBar().addMenu("&Help").addAction(self.about_action)
        self.journal_actions = [
            *self.new_actions.values(),
            self.check_in_action,
            self.lock_action,
            self.find_action,
            self.settings_action,
            self.backup_action,
            self.export_action,
            self.import_action,
        ]

    # -- journal lifecycle -------------------------------------------------

    def set_journal(self, journal: Journal) -> None:
        """Show an open journal (at start and after unlocking)."""
        self.journal = journal
        self._path = journal.path
        self.setWindowTitle(f"{journal.path.name} — MentorJournal")
        for action in self.journal_actions:
            action.setEnabled(True)
        self.central.setCurrentWidget(self.splitter)
        self.reload()
        if self.nav.currentRow() < 0:
            self.nav.setCurrentRow(0)
        self.restore_drafts()
        self.unlocked.emit()

    def reload(self) -> None:
        """The journal changed: reload the page on screen now, the others when shown."""
        self._reload_timer.stop()
        if self.journal is None:
            return
        self._stale = set(self.record_pages)
        self._refresh(self.pages.currentWidget())

    def _refresh(self, page: QWidget) -> None:
        if page in self._stale and self.journal is not None:
            self._stale.discard(page)
            page.reload()

    def _reload_other_pages(self) -> None:
        """A page changed the journal (an item done, a rating, a session): refresh the rest."""
        changed = self.sender()
        self._stale = {page for page in self.record_pages if page is not changed}

    def lock(self) -> None:
        """Save open editors (or keep drafts), close the journal, clear every view, ask to unlock."""
        if self.journal is None:
            return
        self.park_editors()
        self._close_dialogs()
        self._clear_views()
        journal, self.journal = self.journal, None
        journal.close()
        log.info("journal locked")
        self.locked.emit()
        QTimer.singleShot(0, self.request_unlock)

    def _close_dialogs(self) -> None:
        """Dismiss any other dialog still open (a rating, a question): it may show journal text."""
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible() and widget not in self.editors:
                widget.reject()

    def _clear_views(self) -> None:
        for page in self.record_pages:
            page.clear()
        self.search_page.clear()
        self.central.setCurrentWidget(self.locked_page)
        self.setWindowTitle("Locked — MentorJournal")
        for action in self.journal_actions:
            action.setEnabled(False)

    def request_unlock(self) -> None:
        if self.journal is not None:
            return
        journal = self._unlock(self, self._path)
        if journal is not None:
            self.set_journal(journal)

    # -- actions -----------------------------------------------------------

    def _show_section(self, row: int) -> None:
        if 0 <= row < len(self.record_pages):
            self._refresh(self.record_pages[row])
            self.pages.setCurrentWidget(self.record_pages[row])

    def show_search(self) -> None:
        if self.journal is None:
            return
        self.pages.setCurrentWidget(self.search_page)
        self.nav.clearSelection()
        self.search_page.field.setFocus()
        self.search_page.field.selectAll()

    def new_reflection(self) -> None:
        self.open_editor("reflection")

    def new_session(self) -> None:
        self.open_editor("session")

    # -- editors -----------------------------------------------------------

    def open_record(self, kind: str, record_id: int) -> RecordEditor | None:
        """Open a record for editing (tags have no editor: search for them instead)."""
        return self.open_editor(kind, record_id) if kind in NEW_KINDS else None

    def open_editor(
        self,
        kind: str,
        record_id: int | None = None,
        *,
        initial: dict | None = None,
        draft: drafts.Draft | None = None,
    ) -> RecordEditor | None:
        """An editor for a record (or a new one); a record already open is brought forward."""
        if self.journal is None:
            return None
        wanted = draft.record_id if draft is not None else record_id
        for editor in self.editors:
            if wanted is not None and editor.kind == kind and editor.record_id == wanted:
                editor.show()
                editor.raise_()
                editor.activateWindow()
                return editor
        try:
            editor = RecordEditor(kind, record_id, initial=initial, draft=draft, parent=self)
        except JournalError as exc:  # deleted meanwhile, say
            alerts.error(self, str(exc))
            return None
        editor.saved.connect(lambda _kind, _id: self._reload_timer.start())
        editor.closed.connect(lambda editor=editor: self._editor_closed(editor))
        self.editors.append(editor)
        editor.show()
        editor.activateWindow()
        return editor

    def _editor_closed(self, editor: RecordEditor) -> None:
        if editor in self.editors:
            self.editors.remove(editor)
            editor.deleteLater()
        if self.journal is not None:
            self.reload()  # show what it saved (a deleted record disappears)

    def settle(self) -> None:
        """Save open editors and run pending reloads now, so that no timer touches the
        journal while a modal dialog (Settings: change passphrase, restore) works on it."""
        for editor in self.editors:
            editor.flush()
        if self._reload_timer.isActive():
            self.reload()

    def park_editors(self) -> None:
        """Save every open editor; input that cannot be saved yet is kept as a draft."""
        for editor in list(self.editors):
            editor.park()
        self.prep_page.park_agenda()

    def restore_drafts(self) -> None:
        """Offer input kept from before the last lock or crash, each in its editor."""
        try:
            kept = [d for d in drafts.load_all() if d.kind in NEW_KINDS]
        except JournalError as exc:
            log.warning("drafts not read: %s", type(exc).__name__)
            return
        restored = [d for d in kept if self.open_editor(d.kind, draft=d) is not None]
        if restored:
            self.statusBar().showMessage(
                f"Restored {len(restored)} unsaved entr{'ies' if len(restored) != 1 else 'y'} "
                "from before the journal was locked or closed.",
                15000,
            )

    def show_about(self) -> None:
        alerts.about(
            self,
            "About MentorJournal",
            f"<h3>MentorJournal {html.escape(mentorjournal.__version__)}</h3>"
            "<p>An encrypted, offline journal of mentoring: sessions, reflections, goals and "
            "skills, kept in one file on this computer.</p>",
        )

    # -- layout persistence ------------------------------------------------

    def _restore_layout(self) -> None:
        geometry = self._settings.value(GEOMETRY_KEY)
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = self._settings.value(STATE_KEY)
        if state is not None:
            self.restoreState(state)
        splitter = self._settings.value(SPLITTER_KEY)
        if splitter is not None:
            self.splitter.restoreState(splitter)

    def save_layout(self) -> None:
        self._settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        self._settings.setValue(STATE_KEY, self.saveState())
        self._settings.setValue(SPLITTER_KEY, self.splitter.saveState())
        self._settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:  # Qt override
        self.save_layout()
        if self.journal is not None:
            self.park_editors()
            self._clear_views()
            self.journal.close()
            self.journal = None
        super().closeEvent(event)
