"""Change the passphrase: old one checked, new one twice, re-keyed off the UI thread.

The re-key needs the journal file to itself (``Journal.rekey`` takes an
exclusive lock). peewee keeps one connection per thread, so the UI thread's
connection is closed first; the pool thread backs up, checks the old
passphrase, re-keys, and closes its own connection before it reports back.
The UI thread reconnects on its next query. If the key was remembered in the
keychain, the entry moves to the new key; a recovery key that was issued is
retired by the change, so a new one is offered.
"""

from __future__ import annotations

import hmac
import logging

from PySide6.QtCore import Qt, QThreadPool, Signal
from PySide6.QtGui import QCloseEvent, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mentorjournal.errors import JournalError, WrongPassphrase
from mentorjournal.storage import crypto, keychain
from mentorjournal.storage.backups import Backups
from mentorjournal.storage.journal import Journal

from . import alerts, theme, workers
from .strength import strength_hint

log = logging.getLogger(__name__)

_LEVEL_COLOURS = {0: None, 1: "error", 2: "warning", 3: "good", 4: "good"}


def _password(accessible: str) -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(accessible)
    return field


class ChangePassphraseDialog(QDialog):
    """``changed`` is emitted (and the dialog accepted) once the new passphrase is in use."""

    changed = Signal()

    def __init__(
        self,
        journal: Journal,
        chain: keychain.Keychain,
        backups: Backups,
        parent: QWidget | None = None,
        pool: QThreadPool | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Change passphrase")
        self.setMinimumWidth(480)
        self._journal = journal
        self._chain = chain
        self._backups = backups
        self._pool = pool
        self.task: workers.Task | None = None
        self.old = _password("Current passphrase")
        self.new = _password("New passphrase")
        self.repeat = _password("Repeat the new passphrase")
        self.strength = QLabel()
        self.strength.setWordWrap(True)
        self.strength.setAccessibleName("Passphrase strength")
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setAccessibleName("Problem")
        self.problem.hide()
        note = QLabel(
            "The journal is re-encrypted under the new passphrase. A backup is made "
            "first; if anything interrupts the change, the journal still opens with "
            "the old or the new passphrase."
        )
        note.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setAccessibleName("Progress of the passphrase change")
        self.bar.setRange(0, 0)
        self.bar.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.change_button = self.buttons.addButton(
            "Change passphrase", QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.change_button.setDefault(True)
        self.buttons.accepted.connect(self.start_change)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow("C&urrent passphrase:", self.old)
        form.addRow("&New passphrase:", self.new)
        form.addRow("&Repeat:", self.repeat)
        form.addRow("", self.strength)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.bar)
        layout.addWidget(self.buttons)
        self.new.textChanged.connect(self._update_state)
        self.repeat.textChanged.connect(self._update_state)
        self.old.textChanged.connect(self._update_state)
        self._update_state()

    # -- form ------------------------------------------------------------------

    def _update_state(self) -> bool:
        first, second = self.new.text(), self.repeat.text()
        level, hint = strength_hint(first)
        kind = _LEVEL_COLOURS[level]
        if first and second and first != second:
            hint, kind = "The two new passphrases differ.", "error"
        elif first and first == self.old.text():
            hint, kind = "The new passphrase is the same as the current one.", "warning"
        colour = theme.message_colour(kind) if kind else "palette(placeholder-text)"
        self.strength.setStyleSheet(f"color: {colour};")
        self.strength.setText(hint)
        ok = bool(self.old.text()) and bool(first) and first == second and not self.is_busy()
        self.change_button.setEnabled(ok)
        return ok

    def _show_problem(self, text: str) -> None:
        self.problem.setStyleSheet(f"color: {theme.message_colour('error')};")
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    def is_busy(self) -> bool:
        return self.task is not None

    # -- the change ------------------------------------------------------------

    def start_change(self) -> None:
        if self.is_busy() or not self._update_state():
            return
        self._show_problem("")
        journal, old, new = self._journal, self.old.text(), self.new.text()
        old_id = journal.keychain_id
        remembered = self._chain.available()[0] and self._chain.get(old_id) is not None
        backups = self._backups

        def work() -> None:
            if not hmac.compare_digest(
                crypto.derive_key(old, journal.key.salt).key, journal.key.key
            ):
                raise WrongPassphrase("The current passphrase is not right.")
            phase = {"offset": 0}

            def report(done: int, total: int) -> None:
                if total > 0:
                    self.task.report(phase["offset"] + done * 500 // total, 1000)

            def back_up_first(j: Journal) -> None:
                backups.create(j, "before-passphrase-change", report)
                phase["offset"] = 500

            journal.change_passphrase(new, progress=report, before=back_up_first)

        # One connection per thread: free the file for the pool thread's exclusive lock.
        journal.release_thread()
        self.task = workers.Task(workers.journal_work(journal, work))
        self.task.progressed.connect(self._progress, Qt.ConnectionType.QueuedConnection)
        self.task.connect(
            lambda _none: self._succeeded(old_id, remembered), self._failed, self._finished
        )
        self._set_busy(True)
        self.task.start(self._pool)

    def _progress(self, done: int, total: int) -> None:
        self.bar.setRange(0, total)
        self.bar.setValue(done)

    def _set_busy(self, busy: bool) -> None:
        self.bar.setVisible(busy)
        self.bar.setRange(0, 0)
        for widget in (self.old, self.new, self.repeat):
            widget.setEnabled(not busy)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setEnabled(not busy)
        self._update_state()

    def _failed(self, message: str) -> None:
        log.info("passphrase not changed")
        self._show_problem(message)
        self.old.setFocus()
        self.old.selectAll()

    def _finished(self) -> None:
        self.task = None
        self._set_busy(False)

    def _succeeded(self, old_id: str, remembered: bool) -> None:
        for field in (self.old, self.new, self.repeat):
            field.clear()
        if remembered:
            self._move_keychain_entry(old_id)
        self.changed.emit()
        if self._journal.meta("recovery_key") == "issued" and alerts.confirm(
            self,
            "Your passphrase is changed. Show a new recovery key?",
            "The old recovery key no longer opens the journal.",
        ):
            RecoveryKeyDialog.show_key(self._journal.recovery_key(), self)
        self.accept()

    def _move_keychain_entry(self, old_id: str) -> None:
        try:
            keychain.remember(self._chain, self._journal)
            if old_id != self._journal.keychain_id:
                self._chain.delete(old_id)
        except JournalError as exc:
            alerts.error(self, "The new key could not be remembered on this computer.", str(exc))

    def reject(self) -> None:  # Qt override: the change cannot stop half-way
        if not self.is_busy():
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # Qt override
        if self.is_busy():
            event.ignore()
        else:
            super().closeEvent(event)


class RecoveryKeyDialog(QDialog):
    """Shows a recovery key once, with a Copy button."""

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("New recovery key")
        text = QLabel(
            "This key opens the journal if you forget the passphrase. It is shown only "
            "now: print it or store it in a password manager, away from this computer."
        )
        text.setWordWrap(True)
        self.field = QLineEdit(key)
        self.field.setReadOnly(True)
        self.field.setAccessibleName("Recovery key")
        self.field.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.field.setMinimumWidth(self.field.fontMetrics().horizontalAdvance(key) + 24)
        copy = QPushButton("Copy")
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.field.text()))
        row = QHBoxLayout()
        row.addWidget(self.field, 1)
        row.addWidget(copy)
        done = QDialogButtonBox()
        done.addButton("I have stored it", QDialogButtonBox.ButtonRole.AcceptRole)
        done.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(row)
        layout.addWidget(done)

    @classmethod
    def show_key(cls, key: str, parent: QWidget | None = None) -> None:
        dialog = cls(key, parent)
        dialog.exec()
        dialog.field.clear()
        dialog.deleteLater()
