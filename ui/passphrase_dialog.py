"""Change the passphrase, or make a new recovery key: old passphrase checked, re-keyed off the UI thread.

The re-key needs the journal file to itself (``Journal.rekey`` takes an
exclusive lock). peewee keeps one connection per thread, so the UI thread's
connection is closed first; the pool thread backs up, checks the old
passphrase, re-keys, and closes its own connection before it reports back.
The UI thread reconnects on its next query. If the key was remembered in the
keychain, the entry moves to the new key.

A recovery key is the journal's key written for people, so a new one means a
new key: ``NewRecoveryKeyDialog`` re-keys under the same passphrase (a new
salt), after which the old recovery key no longer opens the journal (backups
made before keep opening with it). A passphrase change retires the recovery
key the same way, so a new one is offered. Either shows the key in a
``RecoveryKeyPanel`` until the user types its last group.
"""

from __future__ import annotations

import hmac
import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, QThreadPool, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from mentorjournal.errors import JournalError, WrongPassphrase
from mentorjournal.storage import crypto, keychain
from mentorjournal.storage.backups import Backups
from mentorjournal.storage.journal import Journal

from . import alerts, core_messages, geometry, theme, workers
from .recovery_key import RecoveryKeyPanel
from .strength import StrengthMeter

log = logging.getLogger(__name__)

_LEVEL_COLOURS = {0: None, 1: "error", 2: "warning", 3: "good", 4: "good"}


def _password(accessible: str) -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(accessible)
    return field


def passphrase_matches(journal: Journal, passphrase: str) -> bool:
    """True when ``passphrase`` derives the journal's current key (half a second: off the UI thread)."""
    return hmac.compare_digest(crypto.derive_key(passphrase, journal.key.salt).key, journal.key.key)


def move_keychain_entry(
    parent: QWidget | None, chain: keychain.Keychain, journal: Journal, old_id: str
) -> None:
    """The journal has a new key: remember it instead of the old one."""
    try:
        keychain.remember(chain, journal)
        if old_id != journal.keychain_id:
            chain.delete(old_id)
    except JournalError as exc:
        alerts.error(
            parent,
            QCoreApplication.translate(
                "ChangePassphraseDialog", "The new key could not be remembered on this computer."
            ),
            core_messages.text_of(exc),
        )


def rekey_work(
    journal: Journal,
    backups: Backups,
    task: Callable[[], workers.Task | None],
    old: str,
    new: str,
    reason: str,
) -> Callable[[], None]:
    """Check ``old``, back up, re-key under ``new`` (may equal ``old``: a new salt)."""

    wrong = _not_right()

    def work() -> None:
        if not passphrase_matches(journal, old):
            raise WrongPassphrase(wrong)
        phase = {"offset": 0}

        def report(done: int, total: int) -> None:
            running = task()
            if total > 0 and running is not None:
                running.report(phase["offset"] + done * 500 // total, 1000)

        def back_up_first(j: Journal) -> None:
            backups.create(j, reason, report)
            phase["offset"] = 500

        journal.change_passphrase(new, progress=report, before=back_up_first)

    return work


def _not_right() -> str:
    return QCoreApplication.translate(
        "ChangePassphraseDialog", "The current passphrase is not right."
    )


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
        self.setWindowTitle(self.tr("Change passphrase"))
        self._journal = journal
        self._chain = chain
        self._backups = backups
        self._pool = pool
        self.task: workers.Task | None = None
        self.old = _password(self.tr("Current passphrase"))
        self.new = _password(self.tr("New passphrase"))
        self.repeat = _password(self.tr("Repeat the new passphrase"))
        self.meter = StrengthMeter(parent=self)
        self.meter.rated.connect(lambda _level, _hint: self._update_state())
        self.strength = QLabel()
        self.strength.setWordWrap(True)
        self.strength.setAccessibleName(self.tr("Passphrase strength"))
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setAccessibleName(self.tr("Problem"))
        self.problem.hide()
        note = QLabel(
            self.tr(
                "The journal is re-encrypted under the new passphrase. A backup is made "
                "first; if anything interrupts the change, the journal still opens with "
                "the old or the new passphrase."
            )
        )
        note.setWordWrap(True)
        note.setMinimumWidth(460)  # (on the content: the dialog's own minimum stays its layout's)
        self.bar = QProgressBar()
        self.bar.setAccessibleName(self.tr("Progress of the passphrase change"))
        self.bar.setRange(0, 0)
        self.bar.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.change_button = self.buttons.addButton(
            self.tr("Change passphrase"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.start_change)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("C&urrent passphrase:"), self.old)
        form.addRow(self.tr("&New passphrase:"), self.new)
        form.addRow(self.tr("&Repeat:"), self.repeat)
        form.addRow("", self.strength)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.bar)
        layout.addWidget(self.buttons)
        self.change_button.setDefault(True)  # a child of the dialog now: its main default
        self.new.textChanged.connect(lambda text: self.meter.update(text))
        self.new.textChanged.connect(self._update_state)
        self.repeat.textChanged.connect(self._update_state)
        self.old.textChanged.connect(self._update_state)
        self._update_state()
        geometry.keep_on_screen(self)

    # -- form ------------------------------------------------------------------

    def _update_state(self) -> bool:
        first, second = self.new.text(), self.repeat.text()
        kind = _LEVEL_COLOURS[self.meter.level] if first else None
        hint = self.meter.hint
        if first and second and first != second:
            hint, kind = self.tr("The two new passphrases differ."), "error"
        elif first and first == self.old.text():
            hint, kind = self.tr("The new passphrase is the same as the current one."), "warning"
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
        work = rekey_work(
            journal, self._backups, lambda: self.task, old, new, "before-passphrase-change"
        )
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
        self.meter.clear()
        if remembered:
            move_keychain_entry(self, self._chain, self._journal, old_id)
        self.changed.emit()
        if self._journal.meta("recovery_key") == "issued":
            if alerts.confirm(
                self,
                self.tr("Your passphrase is changed. Show a new recovery key?"),
                self.tr("The old recovery key no longer opens the journal."),
            ):
                RecoveryKeyDialog.show_key(
                    self._journal.recovery_key(), self._journal.path.name, self
                )
            else:
                self._journal.set_meta("recovery_key", "none")  # the old one is retired
        self.accept()

    def reject(self) -> None:  # Qt override: the change cannot stop half-way
        if not self.is_busy():
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # Qt override
        if self.is_busy():
            event.ignore()
        else:
            super().closeEvent(event)


class RecoveryKeyDialog(QDialog):
    """Shows a recovery key once, with Copy / Save… / Print…, until its last group is typed."""

    def __init__(self, key: str, journal_name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New recovery key"))
        self.panel = RecoveryKeyPanel()
        self.panel.set_key(key, journal_name)
        self.panel.confirmed.connect(self._confirmed)
        self.field = self.panel.field
        self.buttons = QDialogButtonBox()
        self.done_button = self.buttons.addButton(
            self.tr("I have stored it"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.panel.try_confirm)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel)
        layout.addWidget(self.buttons)
        self.done_button.setDefault(True)
        self.panel.confirm_field.setFocus()
        geometry.keep_on_screen(self)

    def _confirmed(self) -> None:
        self.panel.clear()
        super().accept()

    def accept(self) -> None:  # Qt override: Return in the confirmation field comes here
        self.panel.try_confirm()

    def reject(self) -> None:  # Qt override
        if self.panel.key and not alerts.confirm(
            self,
            self.tr("Close without confirming the recovery key?"),
            self.tr(
                "The old recovery key no longer opens the journal. If this one is not stored "
                "anywhere, make a new one in Settings ▸ Security."
            ),
        ):
            return
        self.panel.clear()
        super().reject()

    @classmethod
    def show_key(cls, key: str, journal_name: str = "", parent: QWidget | None = None) -> None:
        dialog = cls(key, journal_name, parent)
        dialog.exec()
        dialog.panel.clear()
        dialog.deleteLater()


class NewRecoveryKeyDialog(QDialog):
    """Settings ▸ Security ▸ New recovery key: the passphrase, then the new key.

    With a key issued before, the journal is re-keyed under the same passphrase so the
    old key stops opening it; with none yet, the current key is shown (nothing to retire).
    ``made`` is emitted once the new key is in force.
    """

    made = Signal()

    def __init__(
        self,
        journal: Journal,
        chain: keychain.Keychain,
        backups: Backups,
        parent: QWidget | None = None,
        pool: QThreadPool | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New recovery key"))
        self._journal = journal
        self._chain = chain
        self._backups = backups
        self._pool = pool
        self.task: workers.Task | None = None
        self._replaces = journal.meta("recovery_key") == "issued"

        self.pages = QStackedWidget()
        self.pages.setMinimumWidth(460)  # on the content: the dialog grows for the key
        ask = QWidget()
        note = QLabel(
            self.tr(
                "A new recovery key replaces the old one: the journal is re-encrypted (a "
                "backup is made first) and the old key stops opening it. Backups made before "
                "still open with the old key."
            )
            if self._replaces
            else self.tr(
                "The journal has no recovery key yet. Type the passphrase to see one; store it "
                "away from this computer."
            )
        )
        note.setWordWrap(True)
        self.passphrase = _password(self.tr("Current passphrase"))
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setAccessibleName(self.tr("Problem"))
        self.problem.setStyleSheet(f"color: {theme.message_colour('error')};")
        self.bar = QProgressBar()
        self.bar.setAccessibleName(self.tr("Progress"))
        self.bar.setRange(0, 0)
        self.bar.hide()
        form = QFormLayout()
        form.addRow(self.tr("Current &passphrase:"), self.passphrase)
        ask_layout = QVBoxLayout(ask)
        ask_layout.setContentsMargins(0, 0, 0, 0)
        ask_layout.addWidget(note)
        ask_layout.addLayout(form)
        ask_layout.addWidget(self.problem)
        ask_layout.addWidget(self.bar)
        ask_layout.addStretch(1)
        self.panel = RecoveryKeyPanel()
        self.panel.confirmed.connect(self._confirmed)
        self.pages.addWidget(ask)
        self.pages.addWidget(self.panel)
        self.ask_page = ask

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.go_button = self.buttons.addButton(
            self.tr("Make a new key") if self._replaces else self.tr("Show the key"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        layout.addWidget(self.buttons)
        self.go_button.setDefault(True)
        self.passphrase.setFocus()
        geometry.keep_on_screen(self)

    def is_busy(self) -> bool:
        return self.task is not None

    def accept(self) -> None:  # Qt override: Return and the main button
        if self.is_busy():
            return
        if self.pages.currentWidget() is self.panel:
            self.panel.try_confirm()
            return
        typed = self.passphrase.text()
        if not typed:
            self.problem.setText(self.tr("Type the journal's passphrase."))
            return
        self.problem.clear()
        journal = self._journal
        old_id = journal.keychain_id
        remembered = self._chain.available()[0] and self._chain.get(old_id) is not None
        if self._replaces:
            work = rekey_work(
                journal, self._backups, lambda: self.task, typed, typed, "before-new-recovery-key"
            )
            journal.release_thread()
            fn = workers.journal_work(journal, work)
        else:
            wrong = _not_right()

            def fn() -> None:
                if not passphrase_matches(journal, typed):
                    raise WrongPassphrase(wrong)

        self.task = workers.Task(fn)
        self.task.progressed.connect(self._progress, Qt.ConnectionType.QueuedConnection)
        self.task.connect(lambda _none: self._rekeyed(old_id, remembered), self._failed, self._done)
        self._set_busy(True)
        self.task.start(self._pool)

    def _progress(self, done: int, total: int) -> None:
        self.bar.setRange(0, total)
        self.bar.setValue(done)

    def _set_busy(self, busy: bool) -> None:
        self.bar.setVisible(busy)
        self.bar.setRange(0, 0)
        self.passphrase.setEnabled(not busy)
        self.go_button.setEnabled(not busy)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setEnabled(not busy)

    def _failed(self, message: str) -> None:
        log.info("no new recovery key")
        self.problem.setText(message)
        self.passphrase.setFocus()
        self.passphrase.selectAll()

    def _done(self) -> None:
        self.task = None
        self._set_busy(False)
        if self.pages.currentWidget() is self.panel:
            self.panel.confirm_field.setFocus()
        else:
            self.passphrase.setFocus()

    def _rekeyed(self, old_id: str, remembered: bool) -> None:
        self.passphrase.clear()
        if self._replaces and remembered:
            move_keychain_entry(self, self._chain, self._journal, old_id)
        log.info("new recovery key made" if self._replaces else "recovery key shown")
        self.panel.set_key(self._journal.recovery_key(), self._journal.path.name)
        self.pages.setCurrentWidget(self.panel)
        self.go_button.setText(self.tr("I have stored it"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).hide()
        self.made.emit()
        geometry.fit_to_screen(self, grow=True)

    def _confirmed(self) -> None:
        self.panel.clear()
        super().accept()

    def reject(self) -> None:  # Qt override
        if self.is_busy():
            return
        if self.panel.key and not alerts.confirm(
            self,
            self.tr("Close without confirming the recovery key?"),
            self.tr("If it is not stored anywhere, make a new one later."),
        ):
            return
        self.panel.clear()
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # Qt override
        if self.is_busy():
            event.ignore()
        else:
            super().closeEvent(event)
