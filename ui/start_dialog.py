"""First run and unlock: create, open or unlock a journal, or open the demo.

The slow step, Argon2id key derivation (about half a second), always runs on
a pool thread (``workers.run_task``); the dialog shows a busy bar and stays
responsive. Opening the SQLCipher file with the derived key is quick and
happens on the UI thread, so the database connection belongs to it.
Errors are shown inline, in the dialog, as the core's one-line messages.
"""

from __future__ import annotations

import html
import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from mentorjournal import paths
from mentorjournal.errors import JournalError, JournalExists
from mentorjournal.storage import crypto, keychain
from mentorjournal.storage.crypto import KdfProfile
from mentorjournal.storage.header import SUFFIX, read_salt

from . import workers
from .demo_journal import make_demo_journal
from .settings import add_recent_journal, load_preferences, recent_journals
from .strength import strength_hint

if TYPE_CHECKING:
    from mentorjournal.storage.journal import Journal

log = logging.getLogger(__name__)

KEYCHAIN_DELAY_MS = 50
FILE_FILTER = f"MentorJournal journals (*{SUFFIX});;All files (*)"


def _wrapped(text: str = "", *, object_name: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if object_name:
        label.setObjectName(object_name)
    return label


def _password_field(accessible: str) -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(accessible)
    return field


class StartDialog(QDialog):
    """Create / open / unlock. ``journal`` holds the open journal once accepted."""

    journal_opened = Signal(object)
    #: A background step (key derivation, demo generation) ended, either way.
    work_finished = Signal()

    def __init__(
        self,
        settings: QSettings,
        chain: keychain.Keychain,
        *,
        kdf: KdfProfile = crypto.STANDARD,
        pool: QThreadPool | None = None,
        make_demo: Callable[[], tuple[Path, str]] = make_demo_journal,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("MentorJournal")
        self.setMinimumWidth(560)
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
        self._pending_journal: Journal | None = None
        # Asking the keychain loads ``keyring`` and may talk to a service: done just
        # after the dialog appears (``_check_keychain``), never before it.
        self._chain_ok: bool | None = None
        self._chain_reason = ""
        self._unlock_salt: bytes | None = None
        self.keychain_checked = False

        self.pages = QStackedWidget()
        self.welcome_page = self._build_welcome()
        self.create_page = self._build_create()
        self.unlock_page = self._build_unlock()
        self.recovery_page = self._build_recovery()
        for page in (self.welcome_page, self.create_page, self.unlock_page, self.recovery_page):
            self.pages.addWidget(page)

        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(6)
        self.busy.setAccessibleName("Working")
        self.busy.hide()
        self.status = _wrapped(object_name="status")
        self.status.hide()

        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        layout.addWidget(self.status)
        layout.addWidget(self.busy)

    # -- pages -------------------------------------------------------------

    def _build_welcome(self) -> QWidget:
        page = QWidget()
        title = QLabel("<h2>Welcome to MentorJournal</h2>")
        intro = _wrapped(
            "A private, encrypted journal of your mentoring: sessions, reflections, goals "
            "and skills. It stays on this computer, in one file protected by your passphrase."
        )
        self.new_button = QPushButton("Create a new journal…")
        self.open_button = QPushButton("Open a journal file…")
        self.demo_button = QPushButton("Explore the demo journal")
        self.demo_button.setToolTip(
            "Sample data in a temporary folder, so every screen has something to show."
        )
        self.new_button.clicked.connect(lambda: self.show_create())
        self.open_button.clicked.connect(self.choose_existing_file)
        self.demo_button.clicked.connect(self.start_demo)
        self.recent_label = QLabel("Recent journals:")
        self.recent_list = QListWidget()
        self.recent_list.setAccessibleName("Recent journals")
        self.recent_list.setMaximumHeight(110)
        self.recent_list.itemActivated.connect(
            lambda item: self.show_unlock(Path(item.data(Qt.ItemDataRole.UserRole)))
        )
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
        page = QWidget()
        title = QLabel("<h2>Create a journal</h2>")
        self.create_path = QLineEdit()
        self.create_path.setAccessibleName("Journal file")
        browse = QPushButton("Choose…")
        browse.clicked.connect(self.choose_new_file)
        where = QHBoxLayout()
        where.addWidget(self.create_path, 1)
        where.addWidget(browse)
        self.new_passphrase = _password_field("New passphrase")
        self.repeat_passphrase = _password_field("Repeat passphrase")
        self.strength = _wrapped(object_name="strength")
        self.strength.setAccessibleName("Passphrase strength")
        self.want_recovery = QCheckBox(
            "Also create a recovery key (shown once, for you to store safely)"
        )
        self.create_error = _wrapped(object_name="error")
        self.create_error.setStyleSheet("color: #b00020;")
        self.create_button = QPushButton("Create journal")
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self.create_journal)
        back = QPushButton("Back")
        back.clicked.connect(self.show_welcome)
        form = QFormLayout()
        form.addRow("File:", where)
        form.addRow("Passphrase:", self.new_passphrase)
        form.addRow("Repeat:", self.repeat_passphrase)
        form.addRow("", self.strength)
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
        self.new_passphrase.textChanged.connect(self._update_create_state)
        self.repeat_passphrase.textChanged.connect(self._update_create_state)
        self._update_create_state()
        return page

    def _build_unlock(self) -> QWidget:
        page = QWidget()
        self.unlock_title = QLabel("<h2>Unlock your journal</h2>")
        self.unlock_file = _wrapped(object_name="file")
        self.demo_hint = _wrapped(object_name="demoHint")
        self.demo_hint.hide()
        self.passphrase = _password_field("Passphrase")
        self.remember = QCheckBox("Remember on this computer")
        self.remember.setAccessibleName("Remember on this computer")
        self.remember_reason = _wrapped(object_name="rememberReason")
        self.remember_reason.setStyleSheet("color: palette(placeholder-text);")
        self.remember.setEnabled(False)
        self.remember_reason.hide()
        QTimer.singleShot(KEYCHAIN_DELAY_MS, self._check_keychain)  # after the first paint
        self.unlock_error = _wrapped(object_name="error")
        self.unlock_error.setStyleSheet("color: #b00020;")
        self.unlock_error.setAccessibleName("Unlock problem")
        self.unlock_button = QPushButton("Unlock")
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.unlock)
        self.other_button = QPushButton("Other journal…")
        self.other_button.clicked.connect(self.show_welcome)
        self.restore_button = QPushButton("Restore from a backup…")
        self.restore_button.setToolTip(
            "Replace this journal with one of its backups (the journal as it is now "
            "is kept among the backups)"
        )
        self.restore_button.clicked.connect(self.restore_from_backup)
        self.restore_button.hide()
        form = QFormLayout()
        form.addRow("Passphrase:", self.passphrase)
        buttons = QHBoxLayout()
        buttons.addWidget(self.other_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)
        layout = QVBoxLayout(page)
        for widget in (self.unlock_title, self.unlock_file, self.demo_hint):
            layout.addWidget(widget)
        layout.addLayout(form)
        layout.addWidget(self.remember)
        layout.addWidget(self.remember_reason)
        layout.addWidget(self.unlock_error)
        layout.addStretch(1)
        layout.addLayout(buttons)
        return page

    def _build_recovery(self) -> QWidget:
        page = QWidget()
        title = QLabel("<h2>Your recovery key</h2>")
        text = _wrapped(
            "This key opens the journal if you forget the passphrase. It is shown only now: "
            "print it or store it in a password manager, away from this computer."
        )
        self.recovery_field = QLineEdit()
        self.recovery_field.setReadOnly(True)
        self.recovery_field.setAccessibleName("Recovery key")
        self.recovery_field.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        copy = QPushButton("Copy")
        copy.clicked.connect(
            lambda: QGuiApplication.clipboard().setText(self.recovery_field.text())
        )
        row = QHBoxLayout()
        row.addWidget(self.recovery_field, 1)
        row.addWidget(copy)
        done = QPushButton("I have stored it — continue")
        done.setDefault(True)
        done.clicked.connect(self._finish_recovery)
        layout = QVBoxLayout(page)
        layout.addWidget(title)
        layout.addWidget(text)
        layout.addLayout(row)
        layout.addStretch(1)
        layout.addWidget(done, 0, Qt.AlignmentFlag.AlignRight)
        return page

    # -- navigation --------------------------------------------------------

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

    def show_welcome(self) -> None:
        self.recent_list.clear()
        for recent in recent_journals(self._settings):
            if recent.is_file():
                item = QListWidgetItem(str(recent))
                item.setData(Qt.ItemDataRole.UserRole, str(recent))
                self.recent_list.addItem(item)
        has_recent = self.recent_list.count() > 0
        self.recent_label.setVisible(has_recent)
        self.recent_list.setVisible(has_recent)
        self._set_status("")
        self.pages.setCurrentWidget(self.welcome_page)
        self.new_button.setFocus()

    def show_create(self, path: Path | None = None) -> None:
        target = path or paths.default_journal_path()
        if path is None and target.exists():
            target = target.with_name(f"journal-2{SUFFIX}")
        self.create_path.setText(str(target))
        self.create_error.clear()
        self.pages.setCurrentWidget(self.create_page)
        self.new_passphrase.setFocus()

    def show_unlock(self, path: Path, demo_passphrase: str = "") -> None:
        self._unlock_path = Path(path)
        self.unlock_file.setText(
            f"<b>{_escape(self._unlock_path.name)}</b> in {_escape(str(self._unlock_path.parent))}"
        )
        self.unlock_error.clear()
        self.restore_button.hide()
        self.passphrase.clear()
        self._remembered = None
        if demo_passphrase:
            self.demo_hint.setText(
                f"Demo journal. Its passphrase is <b>{_escape(demo_passphrase)}</b> (already filled in)."
            )
            self.passphrase.setText(demo_passphrase)
        self.demo_hint.setVisible(bool(demo_passphrase))
        self._unlock_salt = None
        try:
            salt = read_salt(self._unlock_path)
            crypto.profile_for_salt(salt)  # an unknown first byte: not ours, or damaged
        except JournalError as exc:
            self.unlock_error.setText(str(exc))
        else:
            self._unlock_salt = salt
        self.remember.setChecked(False)
        self.passphrase.setPlaceholderText("")
        if self._chain_ok is not None:
            self._check_keychain()
        self.pages.setCurrentWidget(self.unlock_page)
        self.passphrase.setFocus()

    def _check_keychain(self) -> None:
        """Whether "remember" can work here, and whether this journal's key is remembered."""
        if self._chain_ok is None:
            self._chain_ok, self._chain_reason = self._chain.available()
            self.remember.setEnabled(self._chain_ok)
            if self._chain_ok:
                self.remember.setToolTip(
                    "Keeps the journal's key (not the passphrase) in the system keychain."
                )
                self.remember_reason.hide()
            else:
                self.remember.setToolTip(self._chain_reason)
                self.remember_reason.setText(self._chain_reason)
                self.remember_reason.show()
        if self._chain_ok and self._unlock_salt is not None and self._remembered is None:
            self._remembered = keychain.remembered_key(self._chain, self._unlock_salt)
            self.remember.setChecked(self._remembered is not None)
            self.passphrase.setPlaceholderText(
                "Not needed: the key is remembered on this computer" if self._remembered else ""
            )
        self.keychain_checked = True

    def choose_existing_file(self) -> None:
        start = str(paths.data_dir()) if paths.data_dir().exists() else str(Path.home())
        name, _ = QFileDialog.getOpenFileName(self, "Open a journal", start, FILE_FILTER)
        if name:
            self.show_unlock(Path(name))

    def choose_new_file(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, "Create a journal", self.create_path.text(), FILE_FILTER
        )
        if name:
            path = Path(name)
            self.create_path.setText(str(path if path.suffix else path.with_suffix(SUFFIX)))

    # -- actions -----------------------------------------------------------

    def unlock(self) -> None:
        path = self._unlock_path
        if path is None or self.is_busy():
            return
        self.unlock_error.clear()
        typed = self.passphrase.text()
        if not typed and self._remembered is not None:
            self._open_with_key(self._remembered)
            return
        if not typed:
            self.unlock_error.setText("Type the journal's passphrase.")
            return
        self._run(
            "Unlocking…",
            lambda: crypto.derive_key(typed, read_salt(path)),
            self._open_with_key,
            self._unlock_failed,
        )

    def create_journal(self) -> None:
        if self.is_busy() or not self._update_create_state():
            return
        text = self.create_path.text().strip()
        if not text:
            self.create_error.setText("Choose where to keep the journal file.")
            return
        path = Path(text).expanduser()
        if not path.suffix:
            path = path.with_suffix(SUFFIX)
        if path.exists():
            self.create_error.setText(
                str(JournalExists(f"A file already exists at {path}; choose another name."))
            )
            return
        passphrase, kdf = self.new_passphrase.text(), self._kdf
        self._run(
            "Creating the journal…",
            lambda: crypto.new_key(passphrase, kdf),
            lambda key: self._create_with_key(path, key),
            self.create_error.setText,
        )

    def start_demo(self) -> None:
        if self.is_busy():
            return
        self._run(
            "Creating the demo journal…",
            self._make_demo,
            lambda made: self.show_unlock(made[0], demo_passphrase=made[1]),
            lambda message: self._set_status(message),
        )

    # -- background work ---------------------------------------------------

    def is_busy(self) -> bool:
        return self._task is not None

    def _run(self, label: str, fn, on_success, on_failure) -> None:
        self._set_busy(True, label)
        task = workers.Task(fn)
        task.connect(on_success, on_failure, self._task_finished)
        self._task = task
        self.last_task = task  # tests look at the thread it ran on
        task.start(self._pool)

    def _task_finished(self) -> None:
        self._task = None
        self._set_busy(False)
        self.work_finished.emit()

    def _set_busy(self, busy: bool, label: str = "") -> None:
        self.busy.setVisible(busy)
        self.pages.setEnabled(not busy)
        self._set_status(label if busy else "")

    def _set_status(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))

    # -- results (UI thread) ----------------------------------------------

    def _unlock_failed(self, message: str) -> None:
        self.unlock_error.setText(message)
        self.restore_button.setVisible(bool(self._backups()))
        self.passphrase.selectAll()
        self.passphrase.setFocus()

    # -- restore from a backup (a damaged file, or a passphrase that no longer opens it) ---

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
            f"{b.created.astimezone():%Y-%m-%d %H:%M} — {b.reason.replace('-', ' ')} "
            f"({b.size / 1e6:.1f} MB)"
            for b in found
        ]
        chosen, accepted = QInputDialog.getItem(
            self,
            "Restore from a backup",
            "Backups of this journal, newest first. The backup opens with "
            "the passphrase it was made under; type that one above.",
            labels,
            0,
            False,
        )
        if not accepted or chosen not in labels:
            return
        typed = self.passphrase.text()
        if not typed:
            self.unlock_error.setText(
                "Type the passphrase the backup was made with, then choose it again."
            )
            return
        backup = found[labels.index(chosen)].path
        backups = load_preferences(self._settings).backups(self._unlock_path)

        def restore() -> crypto.RawKey:
            key = crypto.derive_key(typed, read_salt(backup))
            backups.restore(backup, key=key)
            return key

        self._run("Restoring the backup…", restore, self._open_with_key, self._unlock_failed)

    def _open_with_key(self, key: crypto.RawKey) -> None:
        assert self._unlock_path is not None
        try:
            from mentorjournal.storage.journal import (
                Journal,  # not at start-up: the dialog shows first
            )

            journal = Journal.open_with_key(self._unlock_path, key)
        except JournalError as exc:
            self._unlock_failed(str(exc))
            return
        self._update_keychain(journal)
        self._opened(journal)

    def _create_with_key(self, path: Path, key: crypto.RawKey) -> None:
        try:
            from mentorjournal.storage.journal import Journal

            journal = Journal.create_with_key(
                path, key, recovery_key=self.want_recovery.isChecked()
            )
        except JournalError as exc:
            self.create_error.setText(str(exc))
            return
        self.new_passphrase.clear()
        self.repeat_passphrase.clear()
        if self.want_recovery.isChecked():
            self._pending_journal = journal
            self.recovery_field.setText(journal.recovery_key())
            self.pages.setCurrentWidget(self.recovery_page)
            return
        self._opened(journal)

    def _finish_recovery(self) -> None:
        journal, self._pending_journal = self._pending_journal, None
        self.recovery_field.clear()
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
            self._set_status(str(exc))

    def _opened(self, journal: Journal) -> None:
        self.passphrase.clear()
        self._remembered = None
        add_recent_journal(self._settings, journal.path)
        self.journal = journal
        self.journal_opened.emit(journal)
        self.accept()

    def reject(self) -> None:  # Qt override
        if self._pending_journal is not None:
            self._finish_recovery()  # the journal exists already; open it
            return
        if self.is_busy():
            return  # key derivation cannot be interrupted; it ends in a moment
        self.passphrase.clear()
        super().reject()

    # -- create form state ------------------------------------------------

    def _update_create_state(self) -> bool:
        first, second = self.new_passphrase.text(), self.repeat_passphrase.text()
        level, hint = strength_hint(first)
        colours = {
            0: "palette(placeholder-text)",
            1: "#b00020",
            2: "#a05a00",
            3: "#2e7d32",
            4: "#2e7d32",
        }
        self.strength.setStyleSheet(f"color: {colours[level]};")
        if first and second and first != second:
            hint = "The two passphrases differ."
            self.strength.setStyleSheet("color: #b00020;")
        self.strength.setText(hint)
        ok = bool(first) and first == second
        self.create_button.setEnabled(ok)
        return ok


def _escape(text: str) -> str:
    return html.escape(text)
