"""The main window: navigation, record pages, search, editors, menus, lock.

The window is given the open ``Journal`` and a way to unlock again
(``unlock(parent, path) -> Journal | None``, normally the start dialog).
Every page asks for a record with ``record_requested(kind, id)``; the window
opens it in a ``RecordEditor`` (one per record; saving refreshes the pages).
Pages ask to delete with ``delete_requested(kind, id)``: the record goes to
the trash (a person with their sessions, a skill with its ratings, a goal
with its action items: the question says so first) and a bar offers "Undo"
(Ctrl+Z) right away. Locking first saves every editor (input that cannot be
saved yet becomes an encrypted draft, offered again after unlocking), then
closes the journal and clears every model and widget that shows journal
text; the window then shows only the "locked" page.

Only the timeline page is made with the window; every other page (and search) is
made the first time it is shown (``record_pages`` is a ``LazyPages``), and reload,
lock, theme changes and the like touch only the pages made so far.

Menus are built from the lists ``FILE_MENU``, ``EDIT_MENU``, ``VIEW_MENU``
and ``HELP_MENU`` (action names; ``None`` is a separator; ``@name`` a
submenu). New, Lock and Find are application-wide shortcuts: they work from
any editor or dialog of the app, and Ctrl+L even from a modal one.
"""

from __future__ import annotations

import html
import logging
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import cast, overload

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QObject,
    QSettings,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

import mentorjournal
from mentorjournal.domain import drafts, records, trash
from mentorjournal.errors import JournalError
from mentorjournal.storage.journal import Journal

from . import (
    alerts,
    calendar_ui,
    checkin,
    clipboard,
    core_messages,
    geometry,
    labels,
    presenting,
    reminders,
    summary_ui,
    theme,
)
from .editors import RecordEditor
from .goals_page import GoalsPage
from .health import JournalHealth
from .insights.page import InsightsPage
from .pages import RecordPage, SearchPage
from .people_page import PeoplePage
from .prep_page import PrepPage
from .settings import THEME_KEY, recent_journals
from .skills_page import SkillsPage
from .timeline_model import TimelineModel, timeline_source
from .timeline_page import TimelinePage
from .trash_page import TrashPage, counted

log = logging.getLogger(__name__)

Unlocker = Callable[[QWidget | None, Path], Journal | None]

NAVIGATION = (
    QT_TRANSLATE_NOOP("MainWindow", "Timeline"),
    QT_TRANSLATE_NOOP("MainWindow", "Sessions"),
    QT_TRANSLATE_NOOP("MainWindow", "Reflections"),
    QT_TRANSLATE_NOOP("MainWindow", "People"),
    QT_TRANSLATE_NOOP("MainWindow", "Goals & actions"),
    QT_TRANSLATE_NOOP("MainWindow", "Skills"),
    QT_TRANSLATE_NOOP("MainWindow", "Session prep"),
    QT_TRANSLATE_NOOP("MainWindow", "Insights"),
)
#: The sections in the navigation: the eight above (Ctrl+1 … Ctrl+8), then the trash.
SECTIONS = (*NAVIGATION, QT_TRANSLATE_NOOP("MainWindow", "Trash"))
#: File ▸ New: every kind of record, in the order a user meets them.
NEW_KINDS = ("reflection", "session", "person", "goal", "action", "skill", "rating", "win")
RELOAD_DELAY_MS = 400
#: How long the "Deleted … Undo" bar stays (Edit ▸ Undo still works after it hides).
UNDO_BAR_MS = 30_000
GEOMETRY_KEY = "main_window/geometry"
STATE_KEY = "main_window/state"
SPLITTER_KEY = "main_window/splitter"
JOURNAL_FILTER = QT_TRANSLATE_NOOP(
    "MainWindow", "MentorJournal journals (*.mjournal);;All files (*)"
)

#: The menus, as lists of action names (``self.actions_by_name``); None: a separator;
#: "@name": a submenu. Add an action by name here and in ``_make_actions``.
FILE_MENU = (
    "new_reflection",
    "new_session",
    "check_in",
    "@new",
    None,
    "open",
    "@recent",
    None,
    "import",
    "export",
    "backup",
    None,
    "lock",
    None,
    "quit",
)
EDIT_MENU = (
    "undo",
    "redo",
    None,
    "cut",
    "copy",
    "paste",
    "select_all",
    None,
    "delete",
    None,
    "find",
    "tidy",
    None,
    "settings",
)
VIEW_MENU = ("@sections", None, "trash", None, "@theme")
HELP_MENU = ("guide", "shortcuts", None, "about")
#: Shortcuts that work from every window of the app (editors and dialogs too).
APPLICATION_WIDE = ("new_reflection", "new_session", "lock", "find")


def _text_target(widget: QWidget | None) -> QWidget | None:
    """The text field that Edit ▸ Undo, Cut, Copy… act on (None if focus is elsewhere)."""
    if isinstance(widget, QLineEdit | QTextEdit | QPlainTextEdit):
        return widget
    return None


class UndoBar(QFrame):
    """ "Deleted “…”. [Undo] [Show the trash] [×]": right after a delete."""

    undo = Signal()
    show_trash = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("undoBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.label = QLabel("")
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.setToolTip(self.tr("Put it back (Ctrl+Z)"))
        self.trash_button = QPushButton(self.tr("Show the trash"))
        self.close_button = QToolButton()
        self.close_button.setText("×")
        self.close_button.setAccessibleName(self.tr("Hide this message"))
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 8, 4)
        row.addWidget(self.label, 1)
        row.addWidget(self.undo_button)
        row.addWidget(self.trash_button)
        row.addWidget(self.close_button)
        self.undo_button.clicked.connect(self.undo)
        self.trash_button.clicked.connect(self.show_trash)
        self.close_button.clicked.connect(self.dismiss)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(UNDO_BAR_MS)
        self.timer.timeout.connect(self.dismiss)
        self.hide()

    def announce(self, text: str) -> None:
        self.label.setText(text)
        self.show()
        self.timer.start()

    def dismiss(self) -> None:
        self.timer.stop()
        self.label.clear()
        self.hide()


class PageStack(QStackedWidget):
    """The pages, each in a scroll area: on a small screen (or at 200 %) a page scrolls
    rather than push the window past the screen. ``currentWidget`` is the page itself."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._areas: dict[QWidget, QScrollArea] = {}

    def add_page(self, page: QWidget) -> None:
        area = QScrollArea()
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setWidget(page)
        self._areas[page] = area
        self.addWidget(area)

    def currentWidget(self) -> QWidget:  # Qt override: the page, not its scroll area
        area = super().currentWidget()
        return area.widget() if isinstance(area, QScrollArea) else area

    def setCurrentWidget(self, page: QWidget) -> None:  # Qt override
        super().setCurrentWidget(self._areas.get(page, page))


class LazyPages(Sequence[QWidget]):
    """The sections' pages by row, each made by its maker the first time it is asked for
    (``built`` is called with it then). ``built_pages()`` and ``in`` look only at the
    pages made so far; iterating makes every page."""

    def __init__(
        self, makers: Sequence[Callable[[], QWidget]], built: Callable[[QWidget], None]
    ) -> None:
        self._makers = list(makers)
        self._pages: list[QWidget | None] = [None] * len(self._makers)
        self._built = built

    def __len__(self) -> int:
        return len(self._makers)

    @overload
    def __getitem__(self, row: int) -> QWidget: ...
    @overload
    def __getitem__(self, row: slice) -> list[QWidget]: ...
    def __getitem__(self, row: int | slice) -> QWidget | list[QWidget]:
        if isinstance(row, slice):
            return [self[i] for i in range(*row.indices(len(self)))]
        page = self._pages[row]
        if page is None:
            page = self._makers[row]()
            self._pages[row] = page
            self._built(page)
        return page

    def __iter__(self) -> Iterator[QWidget]:
        return (self[row] for row in range(len(self)))

    def __contains__(self, page: object) -> bool:
        return any(made is page for made in self._pages)

    def index(self, page: object, start: int = 0, stop: int | None = None) -> int:
        for row, made in enumerate(self._pages[start:stop], start=start):
            if made is page:
                return row
        raise ValueError("not one of the pages built")

    def is_built(self, row: int) -> bool:
        return self._pages[row] is not None

    def built_pages(self) -> list[QWidget]:
        return [page for page in self._pages if page is not None]


class _ModalKeys(QObject):
    """Ctrl+L locks even while a modal dialog blocks the window's own shortcuts.

    An application-wide event filter sees every event of the app, so it is installed
    only while a modal dialog is active: the focus moves as one opens or closes, and
    ``QApplication.focusChanged`` says so (``follow``)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.installed = False
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        self._app = app
        app.focusChanged.connect(self.follow)
        self._following = True

    def follow(self, *_widgets: object) -> None:
        """Filter the app's keys while (and only while) a modal dialog is active."""
        wanted = QApplication.activeModalWidget() is not None
        if wanted and not self.installed:
            self._app.installEventFilter(self)
        elif self.installed and not wanted:
            self._app.removeEventFilter(self)
        self.installed = wanted

    def detach(self) -> None:
        """The window closes: no filter, no more following."""
        if self._following:
            self._following = False
            self._app.focusChanged.disconnect(self.follow)
        self._app.removeEventFilter(self)
        self.installed = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt override
        if QApplication.activeModalWidget() is None:
            self.follow()  # closed without the focus moving after it: stop filtering now
            return False
        if event.type() != QEvent.Type.KeyPress:
            return False
        assert isinstance(event, QKeyEvent)
        pressed = QKeySequence(event.keyCombination())
        if (
            self.window.journal is not None
            and pressed.matches(self.window.lock_action.shortcut())
            == QKeySequence.SequenceMatch.ExactMatch
        ):
            QTimer.singleShot(0, self.window.lock)  # after the dialog's own handling unwinds
            return True
        return False


class MainWindow(QMainWindow):
    locked = Signal()
    unlocked = Signal()
    #: Menu requests the controller handles (Settings, backups, export/import).
    settings_requested = Signal()
    backup_requested = Signal()
    export_requested = Signal()
    import_requested = Signal()
    #: View ▸ Theme chose a theme (already applied and saved); the controller may follow.
    theme_changed = Signal(str)

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
        self._last_batch: trash.Batch | None = None  # what Edit ▸ Undo restores
        self._stale: set[QWidget] = set()  # pages to reload when next shown
        self._reload_timer = QTimer(self)  # editors autosave often: refresh once they pause
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(RELOAD_DELAY_MS)
        self._reload_timer.timeout.connect(self.reload)

        self.nav = QListWidget()
        self.nav.setAccessibleName(self.tr("Sections"))
        self.nav.addItems([self.tr(name) for name in SECTIONS])
        self.nav.setMinimumWidth(self.nav.fontMetrics().horizontalAdvance("Goals & actions") + 40)
        self.nav.setObjectName("navigation")
        row_height = self.nav.fontMetrics().height() + 12  # roomy rows, without a style sheet
        for row in range(self.nav.count()):  # (one would freeze the palette: no dark mode)
            self.nav.item(row).setSizeHint(QSize(0, row_height))

        self.pages = PageStack()
        #: The sections' pages by row (Timeline … Trash), each built the first time it is
        #: asked for: opening the journal builds the timeline only.
        self.record_pages = LazyPages(
            [
                TimelinePage,
                self._make_sessions_page,
                self._make_reflections_page,
                PeoplePage,
                GoalsPage,
                SkillsPage,
                PrepPage,
                InsightsPage,
                self._make_trash_page,
            ],
            self._page_built,
        )
        self._search_page: SearchPage | None = None
        self._page("Timeline")  # made now (the one page shown on opening), in tab order
        self.nav.currentRowChanged.connect(self._show_section)

        self.undo_bar = UndoBar()
        self.undo_bar.undo.connect(self.undo_delete)
        self.undo_bar.show_trash.connect(lambda: self.show_section(SECTIONS.index("Trash")))
        self.health = JournalHealth(self, settings)  # damage, sync folders, off-disk copies
        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.health.area)
        column.addWidget(self.pages, 1)
        column.addWidget(self.undo_bar)

        self.splitter = QSplitter()
        self.splitter.addWidget(self.nav)
        self.splitter.addWidget(content)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)

        self.locked_page = self._build_locked_page()
        self.central = QStackedWidget()
        self.central.addWidget(self.splitter)
        self.central.addWidget(self.locked_page)
        self.setCentralWidget(self.central)

        self._make_actions()
        self._build_menus()
        calendar_ui.install(self)  # File ▸ Export calendar… / Import invitation…, .ics drops
        reminders.install(self, settings)  # tray icon and notifications
        summary_ui.install(self)  # File ▸ Share session summary… / Import a summary…
        presenting.install(self)  # View ▸ Presenting mode (F5)
        self._modal_keys = _ModalKeys(self)  # Ctrl+L over modal dialogs
        self._default_size()
        self._restore_layout()
        self.set_journal(journal)

    # -- pages, built on demand ------------------------------------------------

    def _make_sessions_page(self) -> RecordPage:
        return RecordPage(
            self.tr("Sessions"),
            TimelineModel(timeline_source(["session"])),
            kind="session",
            empty=self.tr(
                "No sessions yet. Record the sessions you have with a mentor or a mentee: "
                "what you talked about, what you take away, how confident you feel."
            ),
        )

    def _make_reflections_page(self) -> RecordPage:
        return RecordPage(
            self.tr("Reflections"),
            TimelineModel(timeline_source(["reflection"])),
            kind="reflection",
            empty=self.tr(
                "No reflections yet. Write down what happened, what you noticed and what "
                "changed in your thinking (Ctrl+N)."
            ),
        )

    def _make_trash_page(self) -> TrashPage:
        page = TrashPage()
        page.journal = self.journal
        page.restored.connect(self._restored_from_trash)
        page.purged.connect(self._forget_undo)
        return page

    def _page_built(self, page: QWidget) -> None:
        """A page was just made: wire it, put it in the stack, reload it when shown."""
        for name, slot in (
            ("record_requested", self.open_record),
            ("delete_requested", self.delete_record),
            ("new_requested", self.open_editor),
            ("journal_changed", self._reload_other_pages),
        ):
            # Signals are class attributes: asking the class does not build a lazy
            # page (InsightsPage makes its real view on first attribute use).
            if hasattr(type(page), name):
                getattr(page, name).connect(slot)
        self.pages.add_page(page)
        if self.journal is not None:
            self._stale.add(page)
        if self.centralWidget() is not None:
            self._order_late_page(page)

    def _order_late_page(self, page: QWidget) -> None:
        """A page made after the window: Tab goes from its last field to the undo bar,
        as for the pages made with the window (a new widget joins the focus chain last)."""
        last, widget = page, page.nextInFocusChain()
        while page.isAncestorOf(widget):
            if widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
                last = widget  # (Qt ignores a tab order set after a widget without focus)
            widget = widget.nextInFocusChain()
        for widget in (
            self.undo_bar.undo_button,
            self.undo_bar.trash_button,
            self.undo_bar.close_button,
        ):
            QWidget.setTabOrder(last, widget)
            last = widget

    def _page(self, section: str) -> QWidget:
        return self.record_pages[SECTIONS.index(section)]

    def _built(self, section: str) -> QWidget | None:
        row = SECTIONS.index(section)
        return self.record_pages[row] if self.record_pages.is_built(row) else None

    @property
    def timeline_page(self) -> TimelinePage:
        return cast(TimelinePage, self._page("Timeline"))

    @property
    def sessions_page(self) -> RecordPage:
        return cast(RecordPage, self._page("Sessions"))

    @property
    def reflections_page(self) -> RecordPage:
        return cast(RecordPage, self._page("Reflections"))

    @property
    def people_page(self) -> PeoplePage:
        return cast(PeoplePage, self._page("People"))

    @property
    def goals_page(self) -> GoalsPage:
        return cast(GoalsPage, self._page("Goals & actions"))

    @property
    def skills_page(self) -> SkillsPage:
        return cast(SkillsPage, self._page("Skills"))

    @property
    def prep_page(self) -> PrepPage:
        return cast(PrepPage, self._page("Session prep"))

    @property
    def insights_page(self) -> InsightsPage:
        return cast(InsightsPage, self._page("Insights"))

    @property
    def trash_page(self) -> TrashPage:
        return cast(TrashPage, self._page("Trash"))

    @property
    def search_page(self) -> SearchPage:
        if self._search_page is None:
            page = self._search_page = SearchPage()
            page.searched.connect(lambda _count: self.nav.clearSelection())
            self._page_built(page)
        return self._search_page

    def _built_pages(self) -> list[QWidget]:
        """The pages made so far (reload, lock and the like touch no other)."""
        pages = self.record_pages.built_pages()
        return pages if self._search_page is None else [*pages, self._search_page]

    # -- building ----------------------------------------------------------

    def _build_locked_page(self) -> QWidget:
        page = QWidget()
        label = QLabel(
            "<h2>"
            + html.escape(self.tr("The journal is locked"))
            + "</h2><p>"
            + html.escape(self.tr("Its contents are closed and cleared from the window."))
            + "</p>"
        )
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.unlock_button = QPushButton(self.tr("Unlock…"))
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

    def _make_actions(self) -> None:
        """Every command of the menus, by name (``actions_by_name``)."""
        tr = self.tr
        self.new_reflection_action = self._action(
            tr("New &reflection…"), "Ctrl+N", self.new_reflection
        )
        self.new_session_action = self._action(
            tr("New &session…"), "Ctrl+Shift+N", self.new_session
        )
        self.new_actions = {
            "reflection": self.new_reflection_action,
            "session": self.new_session_action,
        }
        for kind in NEW_KINDS[2:]:
            action = QAction(tr("New {kind}…").format(kind=labels.kind_label(kind)), self)
            action.triggered.connect(lambda _checked=False, kind=kind: self.open_editor(kind))
            self.new_actions[kind] = action
        self.open_action = self._action(
            tr("&Open journal…"), QKeySequence.StandardKey.Open, self.open_file
        )
        self.lock_action = self._action(tr("&Lock"), "Ctrl+L", self.lock)
        self.quit_action = self._action(tr("&Quit"), QKeySequence.StandardKey.Quit, self.close)
        self.quit_action.setShortcuts([QKeySequence("Ctrl+Q")])
        self.find_action = self._action(tr("&Find…"), "Ctrl+F", self.show_search)
        self.about_action = QAction(tr("&About MentorJournal"), self)
        self.about_action.triggered.connect(self.show_about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.guide_action = self._action(
            tr("MentorJournal &guide"), QKeySequence.StandardKey.HelpContents, self.show_guide
        )
        self.shortcuts_action = self._action(
            tr("&Keyboard shortcuts"), "Ctrl+/", self.show_shortcuts
        )
        self.settings_action = self._action(
            tr("&Settings…"),
            QKeySequence.StandardKey.Preferences,
            lambda: self.settings_requested.emit(),
        )
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        if self.settings_action.shortcut().isEmpty():  # no platform binding (e.g. GNOME)
            self.settings_action.setShortcut(QKeySequence("Ctrl+,"))
        self.backup_action = self._action(
            tr("&Back up now"), "", lambda: self.backup_requested.emit()
        )
        self.export_action = self._action(tr("&Export…"), "", lambda: self.export_requested.emit())
        self.import_action = self._action(tr("&Import…"), "", lambda: self.import_requested.emit())
        self.tidy_action = self._action(tr("T&idy up…"), "", self.show_tidy)
        self.check_in_action = self._action(
            tr("Quick &check-in…"), checkin.SHORTCUT, lambda: checkin.open_check_in(self)
        )
        self.undo_action = self._action(tr("&Undo"), QKeySequence.StandardKey.Undo, self.edit_undo)
        self.redo_action = self._action(tr("&Redo"), QKeySequence.StandardKey.Redo, self.edit_redo)
        self.cut_action = self._action(tr("Cu&t"), QKeySequence.StandardKey.Cut, self.edit_cut)
        self.copy_action = self._action(tr("&Copy"), QKeySequence.StandardKey.Copy, self.edit_copy)
        self.paste_action = self._action(
            tr("&Paste"), QKeySequence.StandardKey.Paste, self.edit_paste
        )
        self.select_all_action = self._action(
            tr("Select &all"), QKeySequence.StandardKey.SelectAll, self.edit_select_all
        )
        self.delete_action = self._action(
            tr("&Delete"), QKeySequence.StandardKey.Delete, self.delete_selected
        )
        self.delete_action.setToolTip(tr("Move the selected record to the trash"))
        self.trash_action = self._action(
            tr("&Trash"), "", lambda: self.show_section(SECTIONS.index("Trash"))
        )
        self.section_actions = []
        for row, name in enumerate(NAVIGATION):
            action = self._action(
                tr(name).replace("&", "&&"),
                f"Ctrl+{row + 1}",
                lambda _checked=False, row=row: self.show_section(row),
            )
            self.section_actions.append(action)
        self.theme_actions = QActionGroup(self)
        for name, text in theme.LABELS.items():
            action = QAction(QCoreApplication.translate("theme", text), self.theme_actions)
            action.setCheckable(True)
            action.setChecked(theme.current() == name)
            action.triggered.connect(lambda _checked=False, name=name: self.choose_theme(name))
        for name in APPLICATION_WIDE:
            getattr(self, f"{name}_action").setShortcutContext(
                Qt.ShortcutContext.ApplicationShortcut
            )
        self.actions_by_name: dict[str, QAction] = {
            "new_reflection": self.new_reflection_action,
            "new_session": self.new_session_action,
            "check_in": self.check_in_action,
            "open": self.open_action,
            "import": self.import_action,
            "export": self.export_action,
            "backup": self.backup_action,
            "lock": self.lock_action,
            "quit": self.quit_action,
            "undo": self.undo_action,
            "redo": self.redo_action,
            "cut": self.cut_action,
            "copy": self.copy_action,
            "paste": self.paste_action,
            "select_all": self.select_all_action,
            "delete": self.delete_action,
            "find": self.find_action,
            "tidy": self.tidy_action,
            "settings": self.settings_action,
            "trash": self.trash_action,
            "guide": self.guide_action,
            "shortcuts": self.shortcuts_action,
            "about": self.about_action,
        }
        self.journal_actions = [
            *self.new_actions.values(),
            self.check_in_action,
            self.lock_action,
            self.find_action,
            self.settings_action,
            self.backup_action,
            self.export_action,
            self.import_action,
            self.tidy_action,
            self.delete_action,
            self.trash_action,
            *self.section_actions,
        ]

    def _submenu(self, name: str, parent: QMenu) -> None:
        tr = self.tr
        if name == "@new":
            menu = parent.addMenu(tr("&New"))
            menu.addActions([self.new_actions[kind] for kind in NEW_KINDS[2:]])
        elif name == "@recent":
            self.recent_menu = parent.addMenu(tr("Open &recent"))
            self.recent_menu.aboutToShow.connect(self._fill_recent)
            self._fill_recent()
        elif name == "@sections":
            parent.addActions(self.section_actions)
        elif name == "@theme":
            menu = parent.addMenu(tr("T&heme"))
            menu.addActions(self.theme_actions.actions())

    def _build_menus(self) -> None:
        #: File, Edit, View, Help: the QMenus themselves (on PySide6 6.9, asking an
        #: action for its menu later can give a wrapper whose C++ object is gone).
        self.menus: list[QMenu] = []
        for title, names in (
            (self.tr("&File"), FILE_MENU),
            (self.tr("&Edit"), EDIT_MENU),
            (self.tr("&View"), VIEW_MENU),
            (self.tr("&Help"), HELP_MENU),
        ):
            menu = self.menuBar().addMenu(title)
            self.menus.append(menu)
            for name in names:
                if name is None:
                    menu.addSeparator()
                elif name.startswith("@"):
                    self._submenu(name, menu)
                else:
                    menu.addAction(self.actions_by_name[name])
        edit_menu = self.menus[1]
        edit_menu.aboutToShow.connect(self._update_edit_actions)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        paths = [p for p in recent_journals(self._settings) if p != self._path.resolve()]
        for path in paths:
            action = self.recent_menu.addAction(str(path))
            action.triggered.connect(lambda _checked=False, path=path: self.open_file(path))
        if not paths:
            empty = self.recent_menu.addAction(self.tr("No other journals yet"))
            empty.setEnabled(False)

    # -- journal lifecycle -------------------------------------------------

    def set_journal(self, journal: Journal) -> None:
        """Show an open journal (at start and after unlocking)."""
        self.journal = journal
        self._path = journal.path
        if self.record_pages.is_built(SECTIONS.index("Trash")):
            self.trash_page.journal = journal
        self.setWindowTitle(self.tr("{name} — MentorJournal").format(name=journal.path.name))
        for action in self.journal_actions:
            action.setEnabled(True)
        self.central.setCurrentWidget(self.splitter)
        self.reload()
        if self.nav.currentRow() < 0:
            self.nav.setCurrentRow(0)
        self.restore_drafts()
        self.health.watch(journal)
        self.unlocked.emit()

    def reload(self) -> None:
        """The journal changed: reload the page on screen now, the others when shown."""
        self._reload_timer.stop()
        if self.journal is None:
            return
        self._stale = set(self._built_pages())  # pages made later reload when first shown
        self._refresh(self.pages.currentWidget())

    def _refresh(self, page: QWidget) -> None:
        if page in self._stale and self.journal is not None:
            self._stale.discard(page)
            page.reload()

    def _reload_other_pages(self) -> None:
        """A page changed the journal (an item done, a rating, a session): refresh the rest."""
        changed = self.sender()
        self._stale = {page for page in self._built_pages() if page is not changed}

    def lock(self) -> None:
        """Save open editors (or keep drafts), close the journal, clear every view, ask to unlock."""
        if self.journal is None:
            return
        self.close_journal()
        log.info("journal locked")
        self.locked.emit()
        QTimer.singleShot(0, self.request_unlock)

    def close_journal(self) -> None:
        """Save editors (or keep drafts), dismiss dialogs, clear every view, close the file."""
        if self.journal is None:
            return
        self.park_editors()
        self._close_dialogs()
        self._clear_views()
        journal, self.journal = self.journal, None
        if self.record_pages.is_built(SECTIONS.index("Trash")):
            self.trash_page.journal = None
        journal.close()

    def _close_dialogs(self) -> None:
        """Dismiss any other dialog still open (a rating, a question): it may show journal text."""
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible() and widget not in self.editors:
                widget.reject()

    def _clear_views(self) -> None:
        for page in self._built_pages():
            page.clear()  # type: ignore[attr-defined]  # every page has clear()
        self.undo_bar.dismiss()
        self.health.clear()
        self._last_batch = None
        self.central.setCurrentWidget(self.locked_page)
        self.setWindowTitle(self.tr("Locked — MentorJournal"))
        for action in self.journal_actions:
            action.setEnabled(False)

    def request_unlock_later(self) -> None:
        QTimer.singleShot(0, self.request_unlock)

    def request_unlock(self) -> None:
        if self.journal is not None:
            return
        journal = self._unlock(self, self._path)
        if journal is not None:
            self.set_journal(journal)

    def open_file(self, path: Path | None = None) -> None:
        """File ▸ Open: another journal in this window (this one is saved and closed first)."""
        if path is None:
            start = str(self._path.parent)
            name, _filter = QFileDialog.getOpenFileName(
                self, self.tr("Open a journal"), start, self.tr(JOURNAL_FILTER)
            )
            if not name:
                return
            path = Path(name)
        path = Path(path)
        if self.journal is not None and path.resolve() == self._path.resolve():
            return
        previous = self._path
        if self.journal is not None:
            self.close_journal()
            self.locked.emit()
        journal = self._unlock(self, path)
        if journal is not None:
            self.set_journal(journal)
        else:
            self._path = previous  # "Unlock…" offers the journal that was open

    # -- actions -----------------------------------------------------------

    def show_section(self, row: int) -> None:
        """Show a section (Ctrl+1 …) and put the focus in its list."""
        if self.journal is None or not 0 <= row < len(self.record_pages):
            return
        self.nav.setCurrentRow(row)
        self._show_section(row)
        page = self.record_pages[row]
        focus = getattr(page, "focus_list", None)
        if callable(focus):
            focus()

    def _show_section(self, row: int) -> None:
        if 0 <= row < len(self.record_pages):
            self._refresh(self.record_pages[row])
            self.pages.setCurrentWidget(self.record_pages[row])

    def show_search(self) -> None:
        if self.journal is None:
            return
        self.show()
        self.raise_()
        self.activateWindow()
        self._refresh(self.search_page)
        self.pages.setCurrentWidget(self.search_page)
        self.nav.clearSelection()
        self.search_page.field.setFocus()
        self.search_page.field.selectAll()

    def new_reflection(self) -> None:
        self.open_editor("reflection")

    def new_session(self) -> None:
        """Ctrl+Shift+N; on Session prep, with the person prepared for and my role with them."""
        built = self._built("Session prep")
        on_prep = built is not None and built is self.pages.currentWidget()
        prep = self.prep_page.prep if on_prep else None
        initial = None
        if prep is not None:
            role = "mentor" if prep.person.relation == "mentee" else "mentee"
            initial = {"person": prep.person.id, "role": role}
        self.open_editor("session", initial=initial)

    def choose_theme(self, name: str) -> None:
        theme.apply(name)
        self._settings.setValue(THEME_KEY, name)
        self.theme_changed.emit(name)
        page = self._built("Insights")  # charts draw with the palette's colours
        if page is not None and hasattr(page, "update"):
            page.update()

    # -- Edit menu: text fields first, then the lists ------------------------

    def _update_edit_actions(self) -> None:
        target = _text_target(QApplication.focusWidget())
        undo_text = self.tr("&Undo")
        if target is None and self._last_batch is not None and self._last_batch.heads:
            undo_text = self.tr("&Undo delete of “{what}”").format(
                what=self._last_batch.heads[0].title[:40]
            )
        self.undo_action.setText(undo_text)

    def edit_undo(self) -> None:
        target = _text_target(QApplication.focusWidget())
        if target is not None:
            target.undo()
        else:
            self.undo_delete()

    def edit_redo(self) -> None:
        target = _text_target(QApplication.focusWidget())
        if target is not None:
            target.redo()

    def edit_cut(self) -> None:
        target = _text_target(QApplication.focusWidget())
        if target is not None:
            target.cut()

    def edit_copy(self) -> None:
        focus = QApplication.focusWidget()
        target = _text_target(focus)
        if target is not None:
            target.copy()
        elif isinstance(focus, QAbstractItemView) and focus.currentIndex().isValid():
            index = focus.currentIndex()
            model = focus.model()
            cells = [
                str(model.index(index.row(), c, index.parent()).data() or "")
                for c in range(model.columnCount(index.parent()))
                if not (hasattr(focus, "isColumnHidden") and focus.isColumnHidden(c))
            ]
            clipboard.copy_secret("\t".join(c for c in cells if c))

    def show_tidy(self) -> None:
        """Edit ▸ Tidy up…: rename and merge tags, skills and people."""
        if self.journal is None:
            return
        from .tidy_dialog import open_tidy

        self.settle()
        open_tidy(self)

    def edit_paste(self) -> None:
        target = _text_target(QApplication.focusWidget())
        if target is not None:
            target.paste()

    def edit_select_all(self) -> None:
        target = _text_target(QApplication.focusWidget())
        if target is not None:
            target.selectAll()

    # -- delete and undo -------------------------------------------------------

    def delete_selected(self) -> None:
        """Edit ▸ Delete (the Delete key): the record selected on the page on screen."""
        page = self.pages.currentWidget()
        selected = getattr(page, "selected_record", None)
        found = selected() if callable(selected) else None
        if found is not None:
            self.delete_record(*found)

    def _question(self, kind: str, told: trash.Consequences, title: str) -> tuple[str, str]:
        question = self.tr("Delete “{what}”?").format(what=title)
        parts = []
        if told.takes:
            parts.append(
                self.tr("Going to the trash with it: {records}.").format(
                    records=counted(told.takes)
                )
            )
        if told.unlinks:
            parts.append(
                self.tr("Staying, without the link to it: {records}.").format(
                    records=counted(told.unlinks)
                )
            )
        parts.append(self.tr("You can restore it all from the Trash."))
        return question, "\n\n".join(parts)

    def delete_record(self, kind: str, record_id: int) -> trash.Batch | None:
        """Move a record (and what goes with it) to the trash; offer Undo right away.

        A person, goal or skill that takes other records along, or leaves links
        behind, is asked about first, saying what goes with it.
        """
        if self.journal is None or kind not in NEW_KINDS:
            return None
        try:
            told = trash.consequences(kind, record_id)
            title = trash.titles([(kind, records.get(kind, record_id))])[0].title
        except JournalError as exc:
            alerts.error(self, core_messages.text_of(exc))
            self.reload()
            return None
        if told.takes or (kind in ("person", "goal", "skill") and told.unlinks):
            question, details = self._question(kind, told, title)
            if not alerts.confirm(self, question, details):
                return None
        focus = QApplication.focusWidget()
        view = focus if isinstance(focus, QAbstractItemView) else None
        if view is None:  # from a context menu: the page's list
            page = self.pages.currentWidget()
            found = getattr(page, "tree", None) or getattr(page, "table", None)
            view = found if isinstance(found, QAbstractItemView) else None
        row = view.currentIndex().row() if view is not None else -1
        for editor in list(self.editors):
            editor.flush()  # what was typed goes to the trash too, and comes back with Undo
        try:
            batch = records.delete(kind, record_id)
        except JournalError as exc:
            alerts.error(self, core_messages.text_of(exc))
            return None
        gone = {(item.kind, item.id) for item in batch.items}
        for editor in list(self.editors):
            if (editor.kind, editor.record_id) in gone:
                editor.close_without_saving()
        self._deleted(batch)
        self.reload()
        if view is not None and view.isVisible() and row >= 0:
            model = view.model()
            rows = model.rowCount(view.currentIndex().parent())
            if rows:
                view.setCurrentIndex(model.index(min(row, rows - 1), 0))
            view.setFocus()
        return batch

    def _deleted(self, batch: trash.Batch) -> None:
        self._last_batch = batch
        what = batch.heads[0].title if batch.heads else ""
        text = self.tr("Deleted “{what}”").format(what=what)
        others = batch.with_them()
        if len(batch.heads) > 1:
            text += self.tr(" and {n} more").format(n=len(batch.heads) - 1)
        if others:
            text += self.tr(", with {records}").format(records=counted(others))
        self.undo_bar.announce(text + self.tr(". It is in the trash."))

    def undo_delete(self) -> None:
        """Restore what was deleted last (Edit ▸ Undo, Ctrl+Z, the bar's Undo)."""
        batch, self._last_batch = self._last_batch, None
        self.undo_bar.dismiss()
        if batch is None or self.journal is None:
            return
        try:
            trash.restore(batch.id)
        except JournalError:  # restored or deleted for good from the Trash meanwhile
            self.statusBar().showMessage(self.tr("Nothing to undo."), 5000)
            return
        self.statusBar().showMessage(self.tr("Restored."), 5000)
        self.reload()
        page = self.pages.currentWidget()
        focus = getattr(page, "focus_list", None)
        if callable(focus):
            focus()
        select = getattr(page, "select", None)
        if batch.heads and callable(select):
            head = batch.heads[0]  # the restored record is selected again
            select((head.kind, head.id))

    def _forget_undo(self) -> None:
        self._last_batch = None
        self.undo_bar.dismiss()

    def _restored_from_trash(self, batch_id: str) -> None:
        if self._last_batch is not None and self._last_batch.id == batch_id:
            self._last_batch = None
            self.undo_bar.dismiss()

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
            alerts.error(self, core_messages.text_of(exc))
            return None
        editor.saved.connect(self._editor_saved)
        editor.closed.connect(
            lambda editor=editor, new=wanted is None: self._editor_closed(editor, new=new)
        )
        self.editors.append(editor)
        geometry.keep_on_screen(editor)
        editor.show()
        editor.activateWindow()
        return editor

    def _editor_saved(self, kind: str, record_id: int) -> None:
        self._reload_timer.start()
        try:  # the editor's own Delete button: offer Undo here too
            batch_id = trash.batch_of(kind, record_id) if kind in NEW_KINDS else None
            if batch_id is not None:
                self._deleted(trash.batch(batch_id))
        except JournalError:
            pass

    def _editor_closed(self, editor: RecordEditor, *, new: bool = False) -> None:
        if editor in self.editors:
            self.editors.remove(editor)
            editor.deleteLater()
        if self.journal is not None:
            self.reload()  # show what it saved (a deleted record disappears)
            if new and editor.record_id is not None:  # a new entry: the timeline selects it
                if self.pages.currentWidget() is self.timeline_page:
                    self.timeline_page.select((editor.kind, editor.record_id))

    def settle(self) -> None:
        """Save open editors and run pending reloads now, so that no timer touches the
        journal while a modal dialog (Settings: change passphrase, restore) works on it."""
        for editor in self.editors:
            editor.flush()
        if self._reload_timer.isActive():
            self.reload()

    def unsaved_entries(self) -> list[tuple[str, int | None, dict]]:
        """(kind, record id, values) of every editor holding input not in the journal."""
        return [
            (editor.kind, editor.record_id, values)
            for editor in self.editors
            if (values := editor.unsaved_values()) is not None
        ]

    def park_editors(self) -> None:
        """Save every open editor; input that cannot be saved yet is kept as a draft."""
        for editor in list(self.editors):
            editor.park()
        if self.record_pages.is_built(SECTIONS.index("Session prep")):
            self.prep_page.park_agenda()

    def restore_drafts(self) -> None:
        """Offer input kept from before the last lock or crash, each in its editor.

        Drafts of records now in the trash stay kept (they come back with a restore)."""
        try:
            kept = [
                d
                for d in drafts.load_all()
                if d.kind in NEW_KINDS
                and (d.record_id is None or not trash.is_trashed(d.kind, d.record_id))
            ]
        except JournalError as exc:
            log.warning("drafts not read: %s", type(exc).__name__)
            return
        restored = [d for d in kept if self.open_editor(d.kind, draft=d) is not None]
        if restored:
            self.statusBar().showMessage(
                self.tr(
                    "Restored {n} unsaved entries from before the journal was locked or closed."
                ).format(n=len(restored))
                if len(restored) != 1
                else self.tr(
                    "Restored 1 unsaved entry from before the journal was locked or closed."
                ),
                15000,
            )

    # -- help ----------------------------------------------------------------

    def show_about(self) -> None:
        alerts.about(
            self,
            self.tr("About MentorJournal"),
            f"<h3>MentorJournal {html.escape(mentorjournal.__version__)}</h3><p>"
            + html.escape(
                self.tr(
                    "An encrypted, offline journal of mentoring: sessions, reflections, goals "
                    "and skills, kept in one file on this computer."
                )
            )
            + "</p>",
        )

    def show_guide(self) -> None:
        from . import help as guide

        guide.show_guide(self)

    def show_shortcuts(self) -> None:
        from . import help as guide

        guide.show_shortcuts(self, self.shortcut_list())

    def shortcut_list(self) -> list[tuple[str, str]]:
        """(command, keys) for the shortcuts dialog, from the actions themselves."""
        out = []
        for action in self.actions_by_name.values():
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            if keys:
                out.append(
                    (action.text().replace("&&", "\0").replace("&", "").replace("\0", "&"), keys)
                )
        for action in self.section_actions:
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            out.append(
                (self.tr("Show {section}").format(section=action.text().replace("&&", "&")), keys)
            )
        tr = self.tr
        out += [
            (tr("Open the selected record"), tr("Enter")),
            (
                tr("Undo a delete (in a list)"),
                QKeySequence(QKeySequence.StandardKey.Undo).toString(
                    QKeySequence.SequenceFormat.NativeText
                ),
            ),
            (tr("From the search field to the results"), tr("Down")),
            (tr("Next field, previous field"), tr("Tab, Shift+Tab")),
            (tr("A menu"), tr("Alt + its underlined letter")),
        ]
        return out

    # -- layout persistence ------------------------------------------------

    def _default_size(self) -> None:
        """1280 × 800 where the screen has room (a little less than it where it has not)."""
        area = geometry.available_area(self)
        self.resize(min(1280, int(area.width() * 0.92)), min(800, int(area.height() * 0.9)))
        self.splitter.setSizes([self.nav.minimumWidth() + 20, self.width()])

    def _restore_layout(self) -> None:
        geometry.restore_geometry(self, self._settings.value(GEOMETRY_KEY))
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

    def showEvent(self, event) -> None:  # Qt override: framed by now, keep it on screen
        super().showEvent(event)
        QTimer.singleShot(0, lambda: geometry.fit_to_screen(self) if self.isVisible() else None)

    def closeEvent(self, event: QCloseEvent) -> None:  # Qt override
        self.save_layout()
        if self.journal is not None:
            self.park_editors()
            self._clear_views()
            self.journal.close()
            self.journal = None
        self._modal_keys.detach()
        super().closeEvent(event)
