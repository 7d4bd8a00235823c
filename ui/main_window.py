"""The main window: navigation, record pages, search, menus, lock.

The window is given the open ``Journal`` and a way to unlock again
(``unlock(parent, path) -> Journal | None``, normally the start dialog).
Locking closes the journal and clears every model and widget that shows
journal text; the window then shows only the "locked" page.
"""

from __future__ import annotations

import html
import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
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
from mentorjournal.journal import Journal

from . import alerts
from .entry_dialogs import ReflectionDialog, SessionDialog
from .goals_page import GoalsPage
from .pages import RecordPage, SearchPage
from .people_page import PeoplePage
from .prep_page import PrepPage
from .skills_page import SkillsPage
from .timeline_model import TimelineModel, timeline_source
from .timeline_page import TimelinePage

log = logging.getLogger(__name__)

Unlocker = Callable[[QWidget | None, Path], Journal | None]

NAVIGATION = ("Timeline", "Sessions", "Reflections", "People", "Goals & actions", "Skills", "Session prep")
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

    def __init__(self, journal: Journal, settings: QSettings, unlock: Unlocker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("MainWindow")
        self.journal: Journal | None = None
        self._settings = settings
        self._unlock = unlock
        self._path = journal.path

        self.nav = QListWidget()
        self.nav.setAccessibleName("Sections")
        self.nav.addItems(NAVIGATION)
        self.nav.setMinimumWidth(150)
        self.nav.setMaximumWidth(240)
        self.nav.setObjectName("navigation")
        self.nav.setStyleSheet("QListWidget#navigation::item { padding: 6px 10px; }")

        self.timeline_page = TimelinePage()
        self.sessions_page = RecordPage("Sessions", TimelineModel(timeline_source(["session"])), stretch_column=2)
        self.reflections_page = RecordPage("Reflections", TimelineModel(timeline_source(["reflection"])), stretch_column=2)
        self.people_page = PeoplePage()
        self.goals_page = GoalsPage()
        self.skills_page = SkillsPage()
        self.prep_page = PrepPage()
        self.record_pages = [self.timeline_page, self.sessions_page, self.reflections_page,
                             self.people_page, self.goals_page, self.skills_page, self.prep_page]
        for page in (self.goals_page, self.skills_page, self.prep_page):
            page.journal_changed.connect(self._reload_other_pages)
        self.search_page = SearchPage()
        self.search_page.searched.connect(lambda _count: self.nav.clearSelection())

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
        label = QLabel("<h2>The journal is locked</h2><p>Its contents are closed and cleared from the window.</p>")
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
        self.lock_action = self._action("&Lock", "Ctrl+L", self.lock)
        self.quit_action = self._action("&Quit", QKeySequence.StandardKey.Quit, self.close)
        self.quit_action.setShortcuts([QKeySequence("Ctrl+Q")])
        self.find_action = self._action("&Find…", "Ctrl+F", self.show_search)
        self.about_action = QAction("&About MentorJournal", self)
        self.about_action.triggered.connect(self.show_about)
        self.settings_action = self._action("&Settings…", QKeySequence.StandardKey.Preferences,
                                            lambda: self.settings_requested.emit())
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        if self.settings_action.shortcut().isEmpty():  # no platform binding (e.g. GNOME)
            self.settings_action.setShortcut(QKeySequence("Ctrl+,"))
        self.backup_action = self._action("&Back up now", "", lambda: self.backup_requested.emit())
        self.export_action = self._action("&Export…", "", lambda: self.export_requested.emit())
        self.import_action = self._action("&Import…", "", lambda: self.import_requested.emit())
        file_menu = self.menuBar().addMenu("&File")
        file_menu.addActions([self.new_reflection_action, self.new_session_action])
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
        self.journal_actions = [self.new_reflection_action, self.new_session_action, self.lock_action,
                                self.find_action, self.settings_action, self.backup_action,
                                self.export_action, self.import_action]

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
        self.unlocked.emit()

    def reload(self) -> None:
        for page in self.record_pages:
            page.reload()

    def _reload_other_pages(self) -> None:
        """A page changed the journal (an item done, a rating, a session): refresh the rest."""
        changed = self.sender()
        for page in self.record_pages:
            if page is not changed:
                page.reload()

    def lock(self) -> None:
        """Close the journal, clear everything it showed, then ask to unlock."""
        if self.journal is None:
            return
        self._clear_views()
        journal, self.journal = self.journal, None
        journal.close()
        log.info("journal locked")
        self.locked.emit()
        QTimer.singleShot(0, self.request_unlock)

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
            self.pages.setCurrentWidget(self.record_pages[row])

    def show_search(self) -> None:
        if self.journal is None:
            return
        self.pages.setCurrentWidget(self.search_page)
        self.nav.clearSelection()
        self.search_page.field.setFocus()
        self.search_page.field.selectAll()

    def new_reflection(self) -> None:
        if self.journal is not None and ReflectionDialog.create_record(self):
            self.reload()

    def new_session(self) -> None:
        if self.journal is not None and SessionDialog.create_record(self):
            self.reload()

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
            self._clear_views()
            self.journal.close()
            self.journal = None
        super().closeEvent(event)
