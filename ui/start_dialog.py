"""First run and unlock: create, open or unlock a journal, open the demo, or use the recovery key.

Pages: welcome, create, unlock, the recovery key typed in ("forgot passphrase"),
a new passphrase after that, and a new recovery key shown until the user
confirms they stored it.

Keys work as people press them: Return does the current page's next step,
wherever the focus is in it (the passphrase field: unlock; the first new
passphrase: on to the second; the second: create), and each page makes its
own main button the dialog's default. (QDialog's own rule - the first
auto-default button after the focus becomes the default when the dialog is
shown - made "Other journal…" the default on the unlock page, so Return
went back to the welcome page.) After background work the focus returns to
the field the page asks for. Escape on a sub-page goes back a step.

The slow steps - Argon2id key derivation (about half a second) and
re-keying - run on a pool thread (``workers.Task``); the dialog shows a busy
bar and stays responsive. Opening the SQLCipher file with the derived key is
quick and happens on the UI thread, so the database connection belongs to it.
Errors are shown inline, as the core's one-line messages; what is offered
next depends on the error's type: a wrong passphrase keeps the focus in the
field, a damaged file offers "Restore from a backup…" (also when the typed
passphrase opens one of the journal's backups: then the passphrase is right
and the file is damaged).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QSettings, QThreadPool, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from mentorjournal import paths
from mentorjournal.errors import (
    JournalDamaged,
    JournalError,
    NotAJournal,
    WrongPassphrase,
)
from mentorjournal.storage import crypto, keychain
from mentorjournal.storage.crypto import KdfProfile
from mentorjournal.storage.header import SUFFIX, read_salt

from . import geometry, theme
from .settings import add_recent_journal, load_preferences, recent_journals

if TYPE_CHECKING:
    from PySide6.QtWidgets import QListWidget, QListWidgetItem, QProgressBar

    from mentorjournal.storage.journal import Journal

    from . import workers
    from .recovery_key import RecoveryKeyPanel
    from .strength import StrengthMeter

log = logging.getLogger(__name__)

KEYCHAIN_DELAY_MS = 50
FILE_FILTER = f"MentorJournal journals (*{SUFFIX});;All files (*)"
#: After a wrong passphrase, the newest backups tried with it (is the file damaged instead?).
BACKUPS_TRIED = 3
#: A label's dynamic property: made selectable by the dialog once painted (``_make_selectable``).
SELECTABLE_LATER = "selectableLater"
_LEVEL_COLOURS = {1: "error", 2: "warning", 3: "good", 4: "good"}

#: Each page: its builder, its main button (the dialog's default while it shows) and the
#: widgets it makes. A page is built when it is first shown or one of its widgets is asked
#: for (``StartDialog.__getattr__``): the first window builds only the page it shows.
_PAGES: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "welcome": (
        "_build_welcome",
        "new_button",
        ("new_button", "open_button", "demo_button", "recent_label", "recent_list"),
    ),
    "create": (
        "_build_create",
        "create_button",
        (
            "create_path",
            "new_passphrase",
            "repeat_passphrase",
            "strength",
            "want_recovery",
            "create_error",
            "create_button",
            "create_meter",
        ),
    ),
    "unlock": (
        "_build_unlock",
        "unlock_button",
        (
            "unlock_title",
            "unlock_file",
            "unlock_folder",
            "demo_hint",
            "passphrase",
            "remember",
            "remember_reason",
            "unlock_error",
            "unlock_button",
            "other_button",
            "forgot_button",
            "restore_button",
            "salvage_button",
        ),
    ),
    "recovery_entry": (
        "_build_recovery_entry",
        "recovery_open_button",
        ("recovery_file", "recovery_input", "recovery_error", "recovery_open_button"),
    ),
    "reset": (
        "_build_reset",
        "reset_button",
        (
            "reset_new",
            "reset_repeat",
            "reset_strength",
            "reset_error",
            "reset_button",
            "reset_meter",
        ),
    ),
    "recovery": (
        "_build_recovery",
        "recovery_done_button",
        ("recovery_panel", "recovery_field", "recovery_done_button"),
    ),
}
_PAGE_OF = {widget: page for page, (_b, _d, widgets) in _PAGES.items() for widget in widgets}


# Nothing the first window does before its first paint touches PySide's ``Qt`` namespace:
# its first use creates all its enums (20-50 ms). Keys, focus reasons, alignment and the
# like are imported where they are used, after the dialog is on screen.


def _is_return_key(event: QKeyEvent) -> bool:
    """Return or Enter (the keypad's), whatever the modifiers."""
    from PySide6.QtCore import Qt

    return event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def _is_return(event: QKeyEvent) -> bool:
    """Return or Enter (the keypad's), with no other modifier."""
    from PySide6.QtCore import Qt

    return _is_return_key(event) and not (event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier)


def _wrapped(text: str = "", *, object_name: str = "", selectable: bool = True) -> QLabel:
    """A word-wrapped label; ``selectable`` ones become selectable once the dialog is painted
    (a selectable label has a text control, a type PySide resolves by initialising all its
    lazily made types the first time one passes through an application-wide event filter)."""
    label = QLabel(text)
    label.setWordWrap(True)
    if selectable:
        label.setProperty(SELECTABLE_LATER, True)
    if object_name:
        label.setObjectName(object_name)
    return label


def _title(text: str) -> QLabel:
    """A page's heading: what ``<h2>`` looks like in a label (bold, 1.5 times the size), but
    plain text (a rich-text label costs a text document, and the first window shows one)."""
    label = QLabel(text)
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.5)
    label.setFont(font)
    return label


def _error_label(accessible: str) -> QLabel:
    label = _wrapped(object_name="error")
    label.setAccessibleName(accessible)
    label.setStyleSheet(f"color: {theme.message_colour('error')};")
    return label


def _password_field(accessible: str) -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(accessible)
    return field


class _Failed:
    """A worker's JournalError, kept with its type (``Task.failed`` carries only text)."""

    def __init__(self, error: JournalError) -> None:
        self.error = error


def _keeping_type(fn: Callable[[], Any]) -> Callable[[], Any]:
    def run() -> Any:
        try:
            return fn()
        except JournalError as exc:
            return _Failed(exc)

    return run


@cache
def _recent_list_class() -> type[QListWidget]:
    """Made with the welcome page (the unlock page, shown first more often, has no list)."""
    from PySide6.QtWidgets import QListWidget

    class RecentList(QListWidget):
        """Recent journals; Return opens the current one (and goes no further)."""

        def keyPressEvent(self, event: QKeyEvent) -> None:  # Qt override
            super().keyPressEvent(event)
            if _is_return_key(event):
                event.accept()  # QAbstractItemView lets it on to the dialog's default button

    return RecentList


def _make_demo_journal() -> tuple[Path, str]:
    from .demo_journal import make_demo_journal  # the demo's generator: only when asked for

    return make_demo_journal()


class StartDialog(QDialog):
    """Create / open / unlock. ``journal`` holds the open journal once accepted."""

    journal_opened = Signal(object)
    #: A background step (key derivation, demo generation, re-key) ended, either way.
    work_finished = Signal()
    #: Emitted once, just after the dialog was first painted (then the keychain is asked).
    on_screen = Signal()

    # The pages' widgets (made by ``_build_*`` when the page is built).
    new_button: QPushButton
    open_button: QPushButton
    demo_button: QPushButton
    recent_label: QLabel
    recent_list: QListWidget
    create_path: QLineEdit
    new_passphrase: QLineEdit
    repeat_passphrase: QLineEdit
    strength: QLabel
    want_recovery: QCheckBox
    create_error: QLabel
    create_button: QPushButton
    create_meter: StrengthMeter
    unlock_title: QLabel
    unlock_file: QLabel
    unlock_folder: QLabel
    demo_hint: QLabel
    passphrase: QLineEdit
    remember: QCheckBox
    remember_reason: QLabel
    unlock_error: QLabel
    unlock_button: QPushButton
    other_button: QPushButton
    forgot_button: QPushButton
    restore_button: QPushButton
    salvage_button: QPushButton
    recovery_file: QLabel
    recovery_input: QLineEdit
    recovery_error: QLabel
    recovery_open_button: QPushButton
    reset_new: QLineEdit
    reset_repeat: QLineEdit
    reset_strength: QLabel
    reset_error: QLabel
    reset_button: QPushButton
    reset_meter: StrengthMeter
    recovery_panel: RecoveryKeyPanel
    recovery_field: QLineEdit
    recovery_done_button: QPushButton

    def __init__(
        self,
        settings: QSettings,
        chain: keychain.Keychain,
        *,
        kdf: KdfProfile = crypto.STANDARD,
        pool: QThreadPool | None = None,
        make_demo: Callable[[], tuple[Path, str]] = _make_demo_journal,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("MentorJournal")
        self.journal: Journal | None = None
        self._settings = settings
        self._chain = chain
        self._kdf = kdf
        self._pool = pool
        self._make_demo = make_demo
        self._task: workers.Task | None = None
        self.last_task: workers.Task | None = None
        self._unlock_path: Path | None = None
        self._remembered: crypto.RawKey | None = None
        self._demo_path: Path | None = None
        #: A journal already open, waiting for the recovery key to be confirmed.
        self._pending_journal: Journal | None = None
        #: A journal opened with the recovery key, waiting for its new passphrase.
        self._recovered: Journal | None = None
        #: The backup the typed passphrase opened (the journal file itself is damaged).
        self._proven_backup: Path | None = None
        # Asking the keychain loads ``keyring`` and may talk to a service: done just
        # after the dialog appears (``_check_keychain``), never before it.
        self._chain_ok: bool | None = None
        self._chain_reason = ""
        self._unlock_salt: bytes | None = None
        self.keychain_checked = False
        self._focus_target: QWidget | None = None
        #: The key that proved right on a damaged journal (for Salvage…), wiped when done.
        self._damaged_key: crypto.RawKey | None = None
        #: The pages built so far, by name (see ``_PAGES``), and their main buttons.
        self._built: dict[str, QWidget] = {}
        self._page_defaults: dict[QWidget, QPushButton] = {}
        self._painted = False
        self._grow_due = False
        self._chain_check_due = False
        self._busy: QProgressBar | None = None

        self.pages = QStackedWidget()
        # On the content, not the dialog: a minimum set on a window overrides its layout's,
        # and the dialog could no longer grow for a wider page (the recovery key).
        self.pages.setMinimumWidth(540)
        self.status = _wrapped(object_name="status")
        self.status.hide()

        self._layout = QVBoxLayout(self)
        self._layout.addWidget(self.pages)
        self._layout.addWidget(self.status)
        geometry.keep_on_screen(self, now=False)  # the first showing fits it, with its page

    def __getattr__(self, name: str) -> Any:
        """A widget of a page not built yet (``dialog.passphrase``): build that page."""
        page = _PAGE_OF.get(name)
        built = self.__dict__.get("_built")
        if page is None or built is None or page in built:
            raise AttributeError(name)
        self._page(page)
        return self.__dict__[name]

    def _page(self, name: str) -> QWidget:
        """The page ``name``, built on first use."""
        page = self._built.get(name)
        if page is None:
            builder, default, _widgets = _PAGES[name]
            page = getattr(self, builder)()
            if self._painted:
                self._make_selectable(page)
            self._built[name] = page
            self.pages.addWidget(page)
            # The buttons are children of the dialog only now: a default set earlier is lost.
            for button in page.findChildren(QPushButton):
                button.setDefault(False)
            self._page_defaults[page] = getattr(self, default)
        return page

    def _showing(self) -> str | None:
        """The name of the page on show (None before any)."""
        current = self.pages.currentWidget()
        return next((name for name, page in self._built.items() if page is current), None)

    @property
    def welcome_page(self) -> QWidget:
        return self._page("welcome")

    @property
    def create_page(self) -> QWidget:
        return self._page("create")

    @property
    def unlock_page(self) -> QWidget:
        return self._page("unlock")

    @property
    def recovery_entry_page(self) -> QWidget:
        return self._page("recovery_entry")

    @property
    def reset_page(self) -> QWidget:
        return self._page("reset")

    @property
    def recovery_page(self) -> QWidget:
        return self._page("recovery")

    @property
    def busy(self) -> QProgressBar:
        """The busy bar under the pages (made the first time work starts)."""
        if self._busy is None:
            from PySide6.QtWidgets import QProgressBar

            self._busy = QProgressBar()
            self._busy.setRange(0, 0)
            self._busy.setTextVisible(False)
            self._busy.setMaximumHeight(6)
            self._busy.setAccessibleName(self.tr("Working"))
            self._busy.hide()
            self._layout.addWidget(self._busy)
        return self._busy

    # -- pages -------------------------------------------------------------

    def _build_welcome(self) -> QWidget:
        page = QWidget()
        title = _title(self.tr("Welcome to MentorJournal"))
        intro = _wrapped(
            self.tr(
                "A private, encrypted journal of your mentoring: sessions, reflections, goals "
                "and skills. It stays on this computer, in one file protected by your passphrase."
            )
        )
        self.new_button = QPushButton(self.tr("&Create a new journal…"))
        self.open_button = QPushButton(self.tr("&Open a journal file…"))
        self.demo_button = QPushButton(self.tr("Explore the &demo journal"))
        self.demo_button.setToolTip(
            self.tr("Sample data in a temporary folder, so every screen has something to show.")
        )
        self.new_button.clicked.connect(lambda: self.show_create())
        self.open_button.clicked.connect(self.choose_existing_file)
        self.demo_button.clicked.connect(self.start_demo)
        self.recent_label = QLabel(self.tr("&Recent journals:"))
        self.recent_list = _recent_list_class()()
        self.recent_list.setAccessibleName(self.tr("Recent journals"))
        self.recent_list.setMaximumHeight(110)
        self.recent_label.setBuddy(self.recent_list)
        self.recent_list.itemActivated.connect(self._open_recent)
        layout = QVBoxLayout(page)
        for widget in (
            title,
            intro,
            self.new_button,
            self.open_button,
            self.demo_button,
            self.recent_label,
            self.recent_list,
        ):
            layout.addWidget(widget)
        layout.addStretch(1)
        return page

    def _build_create(self) -> QWidget:
        from .strength import StrengthMeter  # zxcvbn's verdicts: only for a new passphrase

        self.create_meter = StrengthMeter(parent=self)
        self.create_meter.rated.connect(lambda _level, _hint: self._update_create_state())
        page = QWidget()
        title = _title(self.tr("Create a journal"))
        self.create_path = QLineEdit()
        self.create_path.setAccessibleName(self.tr("Journal file"))
        browse = QPushButton(self.tr("C&hoose…"))
        browse.clicked.connect(self.choose_new_file)
        where = QHBoxLayout()
        where.addWidget(self.create_path, 1)
        where.addWidget(browse)
        self.new_passphrase = _password_field(self.tr("New passphrase"))
        self.repeat_passphrase = _password_field(self.tr("Repeat passphrase"))
        self.strength = _wrapped(object_name="strength")
        self.strength.setAccessibleName(self.tr("Passphrase strength"))
        self.want_recovery = QCheckBox(
            self.tr("Also create a recovery &key (shown once, for you to store safely)")
        )
        self.want_recovery.setChecked(True)
        self.want_recovery.setToolTip(
            self.tr(
                "Without a recovery key, a forgotten passphrase means the journal cannot be "
                "opened by anyone, ever."
            )
        )
        self.create_error = _error_label(self.tr("Problem"))
        self.create_button = QPushButton(self.tr("Create &journal"))
        self.create_button.clicked.connect(self.create_journal)
        back = QPushButton(self.tr("&Back"))
        back.clicked.connect(self.show_welcome)
        form = QFormLayout()
        form.addRow(self.tr("&File:"), where)
        form.addRow(self.tr("&Passphrase:"), self.new_passphrase)
        form.addRow(self.tr("&Repeat:"), self.repeat_passphrase)
        form.addRow("", self.strength)
        (form.labelForField(where) or QLabel()).setBuddy(self.create_path)
        buttons = QHBoxLayout()
        buttons.addWidget(back)
        buttons.addStretch(1)
        buttons.addWidget(self.create_button)
        layout = QVBoxLayout(page)
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addWidget(self.want_recovery)
        layout.addWidget(self.create_error)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.new_passphrase.textChanged.connect(self._create_text_changed)
        self.repeat_passphrase.textChanged.connect(self._create_text_changed)
        self.create_path.textChanged.connect(lambda _text: self.create_error.clear())
        self._update_create_state()
        return page

    def _build_unlock(self) -> QWidget:
        page = QWidget()
        self.unlock_title = _title(self.tr("Unlock your journal"))
        # The file as "<b>NAME</b> in FOLDER", in two plain labels (rich text costs a text
        # document); like every selectable label, they become selectable once painted.
        self.unlock_file = _wrapped(object_name="file")
        self.unlock_file.setWordWrap(False)
        bold = self.unlock_file.font()
        bold.setBold(True)
        self.unlock_file.setFont(bold)
        self.unlock_folder = _wrapped(object_name="folder")
        name_column = QVBoxLayout()  # the name on the folder's first line when that wraps
        name_column.addWidget(self.unlock_file)
        name_column.addStretch(1)
        file_line = QHBoxLayout()
        file_line.setSpacing(self.unlock_folder.fontMetrics().horizontalAdvance(" "))
        file_line.addLayout(name_column)
        file_line.addWidget(self.unlock_folder, 1)
        self.demo_hint = _wrapped(object_name="demoHint")
        self.demo_hint.hide()
        self.passphrase = _password_field(self.tr("Passphrase"))
        self.remember = QCheckBox(self.tr("Re&member on this computer"))
        self.remember.setAccessibleName(self.tr("Remember on this computer"))
        self.remember_reason = _wrapped(object_name="rememberReason")
        self.remember_reason.setStyleSheet("color: palette(placeholder-text);")
        self.remember.setEnabled(False)
        self.remember_reason.hide()
        self.unlock_error = _error_label(self.tr("Unlock problem"))
        self.unlock_button = QPushButton(self.tr("&Unlock"))
        self.unlock_button.clicked.connect(self.unlock)
        self.other_button = QPushButton(self.tr("&Other journal…"))
        self.other_button.clicked.connect(self.show_welcome)
        self.forgot_button = QPushButton(self.tr("Use recovery &key…"))
        self.forgot_button.setToolTip(
            self.tr("Forgot the passphrase? Open the journal with its recovery key.")
        )
        self.forgot_button.clicked.connect(self.show_recovery_entry)
        self.restore_button = QPushButton(self.tr("Restore from a &backup…"))
        self.restore_button.setToolTip(
            self.tr(
                "Replace this journal with one of its backups (the journal as it is now "
                "is kept among the backups)"
            )
        )
        self.restore_button.clicked.connect(self.restore_from_backup)
        self.restore_button.hide()
        self.salvage_button = QPushButton(self.tr("&Salvage…"))
        self.salvage_button.setToolTip(
            self.tr(
                "Copy every record that can still be read into a new journal "
                "(the damaged file is left as it is)"
            )
        )
        self.salvage_button.clicked.connect(self.salvage)
        self.salvage_button.hide()
        form = QFormLayout()
        form.addRow(self.tr("&Passphrase:"), self.passphrase)
        buttons = QHBoxLayout()
        buttons.addWidget(self.other_button)
        buttons.addWidget(self.forgot_button)
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.salvage_button)
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)
        layout = QVBoxLayout(page)
        layout.addWidget(self.unlock_title)
        layout.addLayout(file_line)
        layout.addWidget(self.demo_hint)
        layout.addLayout(form)
        layout.addWidget(self.remember)
        layout.addWidget(self.remember_reason)
        layout.addWidget(self.unlock_error)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.passphrase.textEdited.connect(lambda _text: self.unlock_error.clear())
        return page

    def _build_recovery_entry(self) -> QWidget:
        from PySide6.QtGui import QFontDatabase

        page = QWidget()
        title = _title(self.tr("Open with the recovery key"))
        text = _wrapped(
            self.tr(
                "Type the recovery key you stored when the journal was made (or last given a "
                "new key). Dashes and spaces do not matter. Then choose a new passphrase."
            )
        )
        self.recovery_file = _wrapped(object_name="file")
        self.recovery_input = QLineEdit()
        self.recovery_input.setAccessibleName(self.tr("Recovery key"))
        self.recovery_input.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.recovery_input.setPlaceholderText(self.tr("XXXXX-XXXXX-XXXXX-…"))
        self.recovery_input.textEdited.connect(lambda _text: self.recovery_error.clear())
        self.recovery_error = _error_label(self.tr("Recovery key problem"))
        self.recovery_open_button = QPushButton(self.tr("&Open"))
        self.recovery_open_button.clicked.connect(self.open_with_recovery_key)
        back = QPushButton(self.tr("&Back"))
        back.clicked.connect(self._back_to_unlock)
        form = QFormLayout()
        form.addRow(self.tr("Recovery &key:"), self.recovery_input)
        buttons = QHBoxLayout()
        buttons.addWidget(back)
        buttons.addStretch(1)
        buttons.addWidget(self.recovery_open_button)
        layout = QVBoxLayout(page)
        layout.addWidget(title)
        layout.addWidget(self.recovery_file)
        layout.addWidget(text)
        layout.addLayout(form)
        layout.addWidget(self.recovery_error)
        layout.addStretch(1)
        layout.addLayout(buttons)
        return page

    def _build_reset(self) -> QWidget:
        from .strength import StrengthMeter

        self.reset_meter = StrengthMeter(parent=self)
        self.reset_meter.rated.connect(lambda _level, _hint: self._update_reset_state())
        page = QWidget()
        title = _title(self.tr("Choose a new passphrase"))
        text = _wrapped(
            self.tr(
                "The recovery key opened the journal. Choose a new passphrase: the journal is "
                "re-encrypted under it (a backup is made first; if anything interrupts the "
                "change, the journal still opens with the recovery key). You then get a new "
                "recovery key: the one you used stops working."
            )
        )
        self.reset_new = _password_field(self.tr("New passphrase"))
        self.reset_repeat = _password_field(self.tr("Repeat the new passphrase"))
        self.reset_strength = _wrapped(object_name="strength")
        self.reset_strength.setAccessibleName(self.tr("Passphrase strength"))
        self.reset_error = _error_label(self.tr("Problem"))
        self.reset_button = QPushButton(self.tr("&Set passphrase"))
        self.reset_button.clicked.connect(self.set_new_passphrase)
        cancel = QPushButton(self.tr("&Cancel"))
        cancel.setToolTip(self.tr("Close the journal unchanged"))
        cancel.clicked.connect(self._cancel_reset)
        form = QFormLayout()
        form.addRow(self.tr("&New passphrase:"), self.reset_new)
        form.addRow(self.tr("&Repeat:"), self.reset_repeat)
        form.addRow("", self.reset_strength)
        buttons = QHBoxLayout()
        buttons.addWidget(cancel)
        buttons.addStretch(1)
        buttons.addWidget(self.reset_button)
        layout = QVBoxLayout(page)
        layout.addWidget(title)
        layout.addWidget(text)
        layout.addLayout(form)
        layout.addWidget(self.reset_error)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.reset_new.textChanged.connect(self._reset_text_changed)
        self.reset_repeat.textChanged.connect(self._reset_text_changed)
        return page

    def _build_recovery(self) -> QWidget:
        from .recovery_key import RecoveryKeyPanel

        page = QWidget()
        title = _title(self.tr("Your recovery key"))
        self.recovery_panel = RecoveryKeyPanel()
        self.recovery_panel.confirmed.connect(self._finish_recovery)
        self.recovery_field = self.recovery_panel.field
        self.recovery_done_button = QPushButton(self.tr("I have stored it — co&ntinue"))
        self.recovery_done_button.clicked.connect(self.recovery_panel.try_confirm)
        layout = QVBoxLayout(page)
        layout.addWidget(title)
        layout.addWidget(self.recovery_panel)
        layout.addStretch(1)
        from PySide6.QtCore import Qt

        layout.addWidget(self.recovery_done_button, 0, Qt.AlignmentFlag.AlignRight)
        return page

    # -- navigation --------------------------------------------------------

    def _show_page(self, page: QWidget, focus: QWidget) -> None:
        """Show ``page`` with its main button as the default and the focus in ``focus``."""
        self._set_status("")
        self.pages.setCurrentWidget(page)
        self._page_defaults[page].setDefault(True)  # the dialog knows it now: the main default
        self._focus_target = focus
        self._restore_focus()

    def _restore_focus(self) -> None:
        target = self._focus_target
        if target is None or self.is_busy():
            return  # the page is disabled while busy; ``_set_busy(False)`` comes back here
        target.setFocus()  # Qt.FocusReason.OtherFocusReason

    def show_start_page(self, path: Path | None = None) -> None:
        """The page that fits: a given path, the last journal, or the welcome page."""
        if path is not None:
            if Path(path).exists():
                self.show_unlock(Path(path))
            else:
                self.show_create(Path(path))
            return
        for candidate in [*recent_journals(self._settings), paths.default_journal_path()]:
            if candidate.is_file():
                self.show_unlock(candidate)
                return
        self.show_welcome()

    def _open_recent(self, item: QListWidgetItem) -> None:
        from PySide6.QtCore import Qt

        self.show_unlock(Path(item.data(Qt.ItemDataRole.UserRole)))

    def show_welcome(self) -> None:
        self.recent_list.clear()
        for recent in recent_journals(self._settings):
            if recent.is_file():
                from PySide6.QtCore import Qt  # (not for a first start: nothing recent yet)
                from PySide6.QtWidgets import QListWidgetItem

                item = QListWidgetItem(str(recent))
                item.setData(Qt.ItemDataRole.UserRole, str(recent))
                self.recent_list.addItem(item)
        has_recent = self.recent_list.count() > 0
        self.recent_label.setVisible(has_recent)
        self.recent_list.setVisible(has_recent)
        if has_recent:
            self.recent_list.setCurrentRow(0)
        self._show_page(self.welcome_page, self.new_button)

    def show_create(self, path: Path | None = None) -> None:
        target = path or paths.default_journal_path()
        if path is None and target.exists():
            target = target.with_name(f"journal-2{SUFFIX}")
        self.create_path.setText(str(target))
        self.create_error.clear()
        self._show_page(self.create_page, self.new_passphrase)

    def show_unlock(self, path: Path, demo_passphrase: str = "") -> None:
        self._unlock_path = Path(path)
        self._proven_backup = None
        where = self.tr("<b>%1</b> in %2").replace("<b>%1</b>", "", 1).replace("%1", "").strip()
        self.unlock_file.setText(self._unlock_path.name)
        self.unlock_folder.setText(where.replace("%2", str(self._unlock_path.parent)))
        self.unlock_error.clear()
        self.restore_button.hide()
        self._forget_damaged_key()
        self.passphrase.clear()
        self._remembered = None
        if demo_passphrase:
            import html

            self.demo_hint.setText(
                self.tr("Demo journal. Its passphrase is <b>%1</b> (already filled in).").replace(
                    "%1", html.escape(demo_passphrase)
                )
            )
            self.passphrase.setText(demo_passphrase)
        self.demo_hint.setVisible(bool(demo_passphrase))
        if demo_passphrase:
            self._demo_path = self._unlock_path
        self._unlock_salt = None
        try:
            salt = read_salt(self._unlock_path)
            crypto.profile_for_salt(salt)  # an unknown first byte: not ours, or damaged
        except JournalError as exc:
            self._show_unlock_error(exc)
        else:
            self._unlock_salt = salt
        self.remember.setChecked(False)
        self.passphrase.setPlaceholderText("")
        if self._chain_ok is not None:
            self._check_keychain()
        elif self._painted:
            self._check_keychain_soon()
        self._show_page(self.unlock_page, self.passphrase)

    def show_recovery_entry(self) -> None:
        if self._unlock_path is None:
            return
        import html

        self.recovery_file.setText(
            self.tr("<b>%1</b> in %2")
            .replace("%1", html.escape(self._unlock_path.name))
            .replace("%2", html.escape(str(self._unlock_path.parent)))
        )
        self.recovery_input.clear()
        self.recovery_error.clear()
        self._show_page(self.recovery_entry_page, self.recovery_input)

    def _back_to_unlock(self) -> None:
        if self._unlock_path is not None:
            self.recovery_input.clear()
            self.show_unlock(self._unlock_path)
        else:
            self.show_welcome()

    def _check_keychain_soon(self) -> None:
        if not self._chain_check_due:
            self._chain_check_due = True
            QTimer.singleShot(KEYCHAIN_DELAY_MS, self, self._check_keychain)

    def _check_keychain(self) -> None:
        """Whether "remember" can work here, and whether this journal's key is remembered."""
        self._chain_check_due = False
        if self._chain_ok is None:
            self._chain_ok, self._chain_reason = self._chain.available()
            from . import core_messages

            self._chain_reason = core_messages.translate(self._chain_reason)
            self.remember.setEnabled(self._chain_ok)
            if self._chain_ok:
                self.remember.setToolTip(
                    self.tr("Keeps the journal's key (not the passphrase) in the system keychain.")
                )
                self.remember_reason.hide()
            else:
                self.remember.setToolTip(self._chain_reason)
                self.remember_reason.setText(self._chain_reason)
                self.remember_reason.show()
        if self._chain_ok and self._unlock_salt is not None and self._remembered is None:
            self._remembered = keychain.remembered_key(self._chain, self._unlock_salt)
            self.remember.setChecked(self._remembered is not None)
            self._say_why_asked()
            self.passphrase.setPlaceholderText(
                self.tr("Not needed: the key is remembered on this computer")
                if self._remembered
                else ""
            )
        self.keychain_checked = True

    def _say_why_asked(self) -> None:
        """A journal new to this computer (copied from another): the keychain entry stayed there."""
        path = self._unlock_path
        known = path is not None and path.resolve() in recent_journals(self._settings)
        if (
            self._remembered is None
            and path is not None
            and not known
            and self.demo_hint.isHidden()
        ):
            self.remember_reason.setText(
                self.tr(
                    "First time on this computer? The key is not remembered here: a keychain "
                    "entry stays on the computer where it was made. Type the passphrase once; "
                    "tick Remember to skip it from now on."
                )
            )
            self.remember_reason.show()
        else:
            self.remember_reason.hide()

    def choose_existing_file(self) -> None:
        start = str(paths.data_dir()) if paths.data_dir().exists() else str(Path.home())
        from PySide6.QtWidgets import QFileDialog

        name, _ = QFileDialog.getOpenFileName(self, self.tr("Open a journal"), start, FILE_FILTER)
        if name:
            self.show_unlock(Path(name))

    def choose_new_file(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Create a journal"), self.create_path.text(), FILE_FILTER
        )
        if name:
            path = Path(name)
            self.create_path.setText(str(path if path.suffix else path.with_suffix(SUFFIX)))

    # -- keys -----------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:  # Qt override
        from PySide6.QtCore import Qt

        if _is_return(event):
            event.accept()
            self.return_pressed()
            return
        if event.key() == Qt.Key.Key_Escape and self._escape_goes_back():
            event.accept()
            return
        super().keyPressEvent(event)

    def return_pressed(self) -> None:
        """Return anywhere on a page (a button with the focus takes it first)."""
        if self.is_busy():
            return
        page, focus = self._showing(), self.focusWidget()
        if page == "welcome":
            self.new_button.click()
        elif page == "create":
            if focus is self.create_path:
                self.new_passphrase.setFocus()
            elif focus is self.new_passphrase and not self.repeat_passphrase.text():
                self.repeat_passphrase.setFocus()
            else:
                self.create_journal()
        elif page == "unlock":
            self.unlock()
        elif page == "recovery_entry":
            self.open_with_recovery_key()
        elif page == "reset":
            if focus is self.reset_new and not self.reset_repeat.text():
                self.reset_repeat.setFocus()
            else:
                self.set_new_passphrase()
        elif page == "recovery":
            self.recovery_panel.try_confirm()

    def _escape_goes_back(self) -> bool:
        """Escape on a sub-page is its Back button; on the others it closes the dialog."""
        if self.is_busy():
            return True
        page = self._showing()
        if page == "create":
            self.show_welcome()
        elif page == "recovery_entry":
            self._back_to_unlock()
        elif page == "reset":
            self._cancel_reset()
        else:
            return False
        return True

    # -- actions -----------------------------------------------------------

    def unlock(self) -> None:
        path = self._unlock_path
        if path is None or self.is_busy():
            return
        self.unlock_error.clear()
        self.restore_button.hide()
        self._forget_damaged_key()
        typed = self.passphrase.text()
        if not typed and self._remembered is not None:
            self._open_with_key(self._remembered)
            return
        if not typed:
            self.unlock_error.setText(self.tr("Type the journal's passphrase."))
            self.passphrase.setFocus()
            return
        self._run(
            self.tr("Unlocking…"),
            _keeping_type(lambda: crypto.derive_key(typed, read_salt(path))),
            lambda key: self._open_with_key(key, typed),
        )

    def create_journal(self) -> None:
        if self.is_busy():
            return
        text = self.create_path.text().strip()
        if not text:
            self.create_error.setText(self.tr("Choose where to keep the journal file."))
            self.create_path.setFocus()
            return
        first, second = self.new_passphrase.text(), self.repeat_passphrase.text()
        if not first:
            self.create_error.setText(self.tr("Choose a passphrase."))
            self.new_passphrase.setFocus()
            return
        if first != second:
            self.create_error.setText(
                self.tr("The two passphrases differ: type the same one twice.")
                if second
                else self.tr("Type the passphrase a second time.")
            )
            self.repeat_passphrase.setFocus()
            self.repeat_passphrase.selectAll()
            return
        path = Path(text).expanduser()
        if not path.suffix:
            path = path.with_suffix(SUFFIX)
        if path.exists():
            self.create_error.setText(
                self.tr("A file already exists at {path}; choose another name.").format(path=path)
            )
            self.create_path.setFocus()
            return
        kdf = self._kdf
        self._run(
            self.tr("Creating the journal…"),
            _keeping_type(lambda: crypto.new_key(first, kdf)),
            lambda key: self._create_with_key(path, key),
        )

    def start_demo(self) -> None:
        if self.is_busy():
            return
        self._run(
            self.tr("Creating the demo journal…"),
            _keeping_type(self._make_demo),
            lambda made: self.show_unlock(made[0], demo_passphrase=made[1]),
        )

    def open_with_recovery_key(self) -> None:
        path = self._unlock_path
        if path is None or self.is_busy():
            return
        typed = self.recovery_input.text().strip()
        if not typed:
            self.recovery_error.setText(self.tr("Type the recovery key."))
            self.recovery_input.setFocus()
            return
        try:
            from mentorjournal.storage.journal import Journal

            key = crypto.key_from_recovery(typed, read_salt(path))  # no derivation: quick
            journal = Journal.open_with_key(path, key)
        except WrongPassphrase as exc:
            from . import core_messages

            message = core_messages.text_of(exc)
            if "recovery key" not in message:  # a well-formed key, but not this journal's
                message = self.tr(
                    "This recovery key does not open this journal (a key is replaced "
                    "whenever a new one is made or the passphrase is reset)."
                )
            self.recovery_error.setText(message)
            self.recovery_input.setFocus()
            self.recovery_input.selectAll()
            return
        except JournalError as exc:
            from . import core_messages

            self.recovery_error.setText(core_messages.text_of(exc))
            return
        log.info("journal opened with its recovery key")
        self.recovery_input.clear()
        self._recovered = journal
        self.reset_new.clear()
        self.reset_repeat.clear()
        self.reset_error.clear()
        self._update_reset_state()
        self._show_page(self.reset_page, self.reset_new)

    def set_new_passphrase(self) -> None:
        journal = self._recovered
        if journal is None or self.is_busy():
            return
        first, second = self.reset_new.text(), self.reset_repeat.text()
        if not first:
            self.reset_error.setText(self.tr("Choose a passphrase."))
            self.reset_new.setFocus()
            return
        if first != second:
            self.reset_error.setText(
                self.tr("The two passphrases differ: type the same one twice.")
                if second
                else self.tr("Type the new passphrase a second time.")
            )
            self.reset_repeat.setFocus()
            self.reset_repeat.selectAll()
            return
        self.reset_error.clear()
        old_id = journal.keychain_id
        remembered = bool(self._chain_ok) and self._chain.get(old_id) is not None
        # One connection per thread: free the file for the pool thread's exclusive lock.
        journal.release_thread()
        from . import workers

        self._run(
            self.tr("Re-encrypting the journal under the new passphrase…"),
            _keeping_type(workers.journal_work(journal, lambda: journal.change_passphrase(first))),
            lambda _key: self._passphrase_reset(journal, old_id, remembered),
        )

    def _cancel_reset(self) -> None:
        journal, self._recovered = self._recovered, None
        self.reset_new.clear()
        self.reset_repeat.clear()
        if journal is not None:
            journal.close()
            log.info("passphrase reset cancelled; journal closed unchanged")
        self._back_to_unlock()

    # -- background work ---------------------------------------------------

    def is_busy(self) -> bool:
        return self._task is not None

    def _run(self, label: str, fn: Callable[[], Any], on_success: Callable[[Any], None]) -> None:
        """Run ``fn`` on a pool thread; its result (or ``_Failed``) comes back here."""
        self._set_busy(True, label)
        from . import workers

        task = workers.Task(fn)
        task.connect(
            lambda result: self._task_result(result, on_success),
            self._task_crashed,
            self._task_finished,
        )
        self._task = task
        self.last_task = task  # tests look at the thread it ran on
        task.start(self._pool)

    def _task_result(self, result: Any, on_success: Callable[[Any], None]) -> None:
        self._task = None  # ``finished`` follows; the handlers may start the next step
        self._set_busy(False)
        if isinstance(result, _Failed):
            self._failed(result.error)
        else:
            on_success(result)

    def _task_crashed(self, message: str) -> None:
        self._task = None
        self._set_busy(False)
        self._failed(JournalError(message))

    def _task_finished(self) -> None:
        if self._task is None:  # handled (and no next step started meanwhile)
            self.work_finished.emit()

    def _set_busy(self, busy: bool, label: str = "") -> None:
        self.busy.setVisible(busy)
        self.pages.setEnabled(not busy)
        self._set_status(label if busy else "")
        if not busy:
            self._restore_focus()

    def _set_status(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))

    def _failed(self, error: JournalError) -> None:
        """A worker's error, shown on the page it belongs to."""
        page = self._showing()
        if page == "unlock":
            self._show_unlock_error(error)
        elif page == "create":
            self.create_error.setText(str(error))
        elif page == "reset":
            self.reset_error.setText(str(error))
            self.reset_new.setFocus()
        else:
            self._set_status(str(error))

    # -- results (UI thread) ----------------------------------------------

    def _show_unlock_error(self, error: JournalError) -> None:
        """The message, and what can be done: type again, or restore a damaged file."""
        self.unlock_error.setText(str(error))
        damaged = isinstance(error, JournalDamaged | NotAJournal)
        self.restore_button.setVisible(damaged and bool(self._backups()))
        self._focus_target = self.passphrase
        self.passphrase.setFocus()
        self.passphrase.selectAll()

    def _wrong_passphrase(self, error: WrongPassphrase, typed: str, key: crypto.RawKey) -> None:
        """The file did not open with the key: a wrong passphrase, or its first page is damaged.

        If the typed passphrase opens one of the newest backups, it is right and the
        file is damaged; then restoring is offered. Otherwise the passphrase is wrong.
        """
        found = self._backups()[:BACKUPS_TRIED]
        if not found:
            self._show_unlock_error(error)
            return

        def check() -> Path | None:
            from mentorjournal.storage.copies import verify_file

            keys = {key.salt: key}
            for backup in found:
                salt = read_salt(backup.path)
                if salt not in keys:
                    if len(keys) >= 2:  # at most one more derivation (half a second)
                        continue
                    keys[salt] = crypto.derive_key(typed, salt)
                try:
                    verify_file(backup.path, keys[salt])
                except JournalError:
                    continue
                return backup.path
            return None

        def checked(backup: Path | None) -> None:
            if backup is None:
                self._show_unlock_error(WrongPassphrase(self.tr("Wrong passphrase.")))
                return
            log.info("the passphrase opens a backup: the journal file is damaged")
            self._proven_backup = backup
            self._show_unlock_error(
                JournalDamaged(
                    self.tr(
                        "The passphrase is right, but the journal file is damaged. Restore "
                        "it from a backup (the damaged file is kept among the backups)."
                    )
                )
            )
            self._focus_target = self.restore_button
            self._restore_focus()

        self._run(
            self.tr("Checking the passphrase against the backups…"), _keeping_type(check), checked
        )

    def _backups(self) -> list:
        if self._unlock_path is None:
            return []
        try:
            return load_preferences(self._settings).backups(self._unlock_path).list()
        except (JournalError, OSError):
            return []

    def restore_from_backup(self) -> None:
        """Choose a backup, open it with the typed passphrase, put it in the journal's place."""
        found = self._backups()
        if not found or self.is_busy() or self._unlock_path is None:
            return
        labels = [
            self.tr("%1 — %2 (%3 MB)")
            .replace("%1", f"{b.created.astimezone():%Y-%m-%d %H:%M}")
            .replace("%2", b.reason.replace("-", " "))
            .replace("%3", f"{b.size / 1e6:.1f}")
            for b in found
        ]
        first = next((i for i, b in enumerate(found) if b.path == self._proven_backup), 0)
        from PySide6.QtWidgets import QInputDialog

        chosen, accepted = QInputDialog.getItem(
            self,
            self.tr("Restore from a backup"),
            self.tr(
                "Backups of this journal, newest first. The backup opens with "
                "the passphrase it was made under; type that one above."
            ),
            labels,
            first,
            False,
        )
        if not accepted or chosen not in labels:
            return
        typed = self.passphrase.text()
        if not typed:
            self.unlock_error.setText(
                self.tr("Type the passphrase the backup was made with, then choose it again.")
            )
            self.passphrase.setFocus()
            return
        backup = found[labels.index(chosen)].path
        backups = load_preferences(self._settings).backups(self._unlock_path)

        def restore() -> crypto.RawKey:
            key = crypto.derive_key(typed, read_salt(backup))
            backups.restore(backup, key=key)
            return key

        self._run(self.tr("Restoring the backup…"), _keeping_type(restore), self._open_with_key)

    def _open_with_key(self, key: crypto.RawKey, typed: str = "") -> None:
        assert self._unlock_path is not None
        try:
            from mentorjournal.storage.journal import (
                Journal,  # not at start-up: the dialog shows first
            )

            journal = Journal.open_with_key(self._unlock_path, key)
        except WrongPassphrase as exc:
            if typed:
                self._wrong_passphrase(exc, typed, key)
            else:
                self._show_unlock_error(exc)
            return
        except JournalDamaged as exc:  # the key is right: what can be read can be salvaged
            self._forget_damaged_key()
            self._damaged_key = key.copy()
            self._show_unlock_error(exc)
            self.salvage_button.show()
            self._focus_target = self.salvage_button
            self._restore_focus()
            return
        except JournalError as exc:
            self._show_unlock_error(exc)
            return
        self._update_keychain(journal)
        self._opened(journal)

    def _forget_damaged_key(self) -> None:
        if "unlock" in self._built:
            self.salvage_button.hide()
        key, self._damaged_key = self._damaged_key, None
        if key is not None:
            key.wipe()

    def salvage(self) -> None:
        """Copy what can be read into a new journal (``salvage_dialog``), then open that one."""
        key, path = self._damaged_key, self._unlock_path
        if key is None or path is None or self.is_busy():
            return
        from .salvage_dialog import SalvageDialog

        dialog = SalvageDialog(path, key, parent=self)
        dialog.exec()
        dialog.deleteLater()
        if not (dialog.open_requested and dialog.report is not None):
            self._focus_target = self.salvage_button
            self._restore_focus()
            return
        output = dialog.report.output
        self._unlock_path = output
        key = key.copy()
        self._forget_damaged_key()
        try:
            self._open_with_key(key)
        finally:
            key.wipe()

    def _create_with_key(self, path: Path, key: crypto.RawKey) -> None:
        try:
            from mentorjournal.storage.journal import Journal

            journal = Journal.create_with_key(
                path, key, recovery_key=self.want_recovery.isChecked()
            )
        except JournalError as exc:
            from . import core_messages

            self.create_error.setText(core_messages.text_of(exc))
            return
        self.new_passphrase.clear()
        self.repeat_passphrase.clear()
        if self.want_recovery.isChecked():
            self._show_new_recovery_key(journal)
            return
        self._opened(journal)

    def _passphrase_reset(self, journal: Journal, old_id: str, remembered: bool) -> None:
        """The journal is re-keyed under the new passphrase; show its new recovery key."""
        self._recovered = None
        self.reset_new.clear()
        self.reset_repeat.clear()
        self.reset_meter.clear()
        log.info("passphrase reset with the recovery key")
        if remembered:
            try:
                keychain.remember(self._chain, journal)
                if old_id != journal.keychain_id:
                    self._chain.delete(old_id)
            except JournalError as exc:
                log.warning("keychain entry not moved to the new key")
                from . import core_messages

                self._set_status(core_messages.text_of(exc))
        self._show_new_recovery_key(journal)

    def _show_new_recovery_key(self, journal: Journal) -> None:
        self._pending_journal = journal
        self.recovery_panel.set_key(journal.recovery_key(), journal.path.name)
        self._show_page(self.recovery_page, self.recovery_panel.confirm_field)
        geometry.fit_to_screen(self, grow=True)

    def _finish_recovery(self) -> None:
        journal, self._pending_journal = self._pending_journal, None
        self.recovery_panel.clear()
        if journal is not None:
            self._opened(journal)

    def _update_keychain(self, journal: Journal) -> None:
        if not self._chain_ok:
            return
        try:
            if self.remember.isChecked():
                keychain.remember(self._chain, journal)
            elif self._remembered is not None:
                self._chain.delete(journal.keychain_id)
        except JournalError as exc:  # the journal is open; only remembering failed
            log.warning("keychain update failed")
            from . import core_messages

            self._set_status(core_messages.text_of(exc))

    def _opened(self, journal: Journal) -> None:
        if "unlock" in self._built:
            self.passphrase.clear()
        self._remembered = None
        if journal.path != self._demo_path:  # a throwaway: not a journal to reopen
            add_recent_journal(self._settings, journal.path)
        self.journal = journal
        self.journal_opened.emit(journal)
        self.accept()

    def reject(self) -> None:  # Qt override
        if self.is_busy():
            return  # key derivation cannot be interrupted; it ends in a moment
        if self._pending_journal is not None:
            from . import alerts

            if not alerts.confirm(
                self,
                self.tr("Go on without confirming the recovery key?"),
                self.tr(
                    "The journal is ready. If the key is not stored anywhere, make a new one "
                    "later in Settings ▸ Security."
                ),
            ):
                return
            self._finish_recovery()  # the journal exists already; open it
            return
        if self._recovered is not None:
            self._cancel_reset()
            return
        if "unlock" in self._built:
            self.passphrase.clear()
        if "recovery_entry" in self._built:
            self.recovery_input.clear()
        self._forget_damaged_key()
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # Qt override
        if self.is_busy():
            event.ignore()
            return
        super().closeEvent(event)

    def event(self, event: QEvent) -> bool:  # Qt override
        kind = event.type()
        if kind == QEvent.Type.Paint and not self._painted:
            self._painted = True
            QTimer.singleShot(0, self, self._now_on_screen)  # once this paint is done
        elif kind == QEvent.Type.LanguageChange and "create" in self._built:
            self._update_create_state()
        elif kind == QEvent.Type.LayoutRequest and self._painted and not self._grow_due:
            # A page built later, or text shown later (the keychain's reason, an error), may
            # need more room than the dialog was given for the first page: grow, never clip.
            self._grow_due = True
            QTimer.singleShot(0, self, self._grow_to_content)
        return super().event(event)

    def _grow_to_content(self) -> None:
        self._grow_due = False
        if self.isVisible():
            geometry.fit_to_screen(self, grow=True, move=False)

    def _now_on_screen(self) -> None:
        """Painted for the first time: now ask the keychain (it loads ``keyring``)."""
        self._make_selectable(self)
        if "unlock" in self._built:
            if self._chain_ok is None:
                self._check_keychain_soon()
        self.on_screen.emit()

    @staticmethod
    def _make_selectable(widget: QWidget) -> None:
        """The labels in ``widget`` made to become selectable (``_wrapped``) now are."""
        from PySide6.QtCore import Qt

        for label in widget.findChildren(QLabel):
            if label.property(SELECTABLE_LATER):
                label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                label.setProperty(SELECTABLE_LATER, False)

    # -- passphrase forms ------------------------------------------------

    def _create_text_changed(self) -> None:
        self.create_error.clear()
        self.create_meter.update(self.new_passphrase.text())
        self._update_create_state()

    def _reset_text_changed(self) -> None:
        self.reset_error.clear()
        self.reset_meter.update(self.reset_new.text())
        self._update_reset_state()

    def _update_create_state(self) -> bool:
        return _show_strength(
            self.strength, self.create_meter, self.new_passphrase, self.repeat_passphrase
        )

    def _update_reset_state(self) -> bool:
        return _show_strength(
            self.reset_strength, self.reset_meter, self.reset_new, self.reset_repeat
        )


def _show_strength(
    label: QLabel, meter: StrengthMeter, first_field: QLineEdit, second_field: QLineEdit
) -> bool:
    """The strength hint (or that the two differ); True when both passphrases match."""
    first, second = first_field.text(), second_field.text()
    if first and second and first != second:
        label.setStyleSheet(f"color: {theme.message_colour('error')};")
        label.setText(QCoreApplication.translate("StartDialog", "The two passphrases differ."))
        return False
    kind = _LEVEL_COLOURS.get(meter.level) if first else None
    label.setStyleSheet(
        f"color: {theme.message_colour(kind)};" if kind else "color: palette(placeholder-text);"
    )
    label.setText(meter.hint)
    return bool(first) and first == second
