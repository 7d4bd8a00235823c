"""Backups in the window: the Settings panel, "Back up now", daily automatic backups.

Every backup runs on a pool thread (``Journal.copy_to`` reads through its own
connection). Restoring needs the journal closed, so the panel only checks the
backup (its key and every page) and then asks, through ``restore_requested``,
for the journal to be locked, replaced and reopened (``app.Controller``).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hmac
import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mentorjournal import paths
from mentorjournal.errors import JournalError
from mentorjournal.storage import crypto
from mentorjournal.storage import settings as core_settings
from mentorjournal.storage.backups import BackupInfo, Backups, offsite_warning
from mentorjournal.storage.copies import verify_file
from mentorjournal.storage.crypto import RawKey
from mentorjournal.storage.header import read_salt
from mentorjournal.storage.journal import Journal
from mentorjournal.storage.settings import MAX_KEEP, BackupPolicy

from . import alerts, core_messages, progress, theme, workers

log = logging.getLogger(__name__)

REASONS = {
    "manual": QT_TRANSLATE_NOOP("backup_ui", "Backed up by you"),
    "daily": QT_TRANSLATE_NOOP("backup_ui", "Daily (automatic)"),
    "before-passphrase-change": QT_TRANSLATE_NOOP("backup_ui", "Before changing the passphrase"),
    "before-import": QT_TRANSLATE_NOOP("backup_ui", "Before an import"),
    "before-restore": QT_TRANSLATE_NOOP("backup_ui", "Current journal, before a restore"),
    "before-migration": QT_TRANSLATE_NOOP("backup_ui", "Before an upgrade"),
}


def describe_reason(reason: str) -> str:
    return QCoreApplication.translate(
        "backup_ui", REASONS.get(reason, reason.replace("-", " ").capitalize())
    )


def human_size(size: int) -> str:
    value = float(size)
    for unit in ("bytes", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{value:.0f} {unit}" if unit == "bytes" else f"{value:.1f} {unit}"
        value /= 1024
    return QCoreApplication.translate("backup_ui", "{size} bytes").format(size=size)


def ask_passphrase(parent: QWidget | None, text: str) -> str | None:
    """The passphrase a backup was made with, or None if the user cancels."""
    value, ok = QInputDialog.getText(parent, "Backup passphrase", text, QLineEdit.EchoMode.Password)
    return value if ok and value else None


def choose_folder(parent: QWidget | None, start: Path) -> Path | None:
    name = QFileDialog.getExistingDirectory(
        parent, QCoreApplication.translate("backup_ui", "Folder for backups"), str(start)
    )
    return Path(name) if name else None


def backup_now(
    parent: QWidget | None, journal: Journal, backups: Backups, reason: str = "manual"
) -> Path | None:
    """Back up with a progress dialog; errors are shown. Returns the new file."""
    outcome = progress.run(
        parent,
        QCoreApplication.translate("backup_ui", "Backing up"),
        QCoreApplication.translate("backup_ui", "Writing an encrypted backup…"),
        lambda report: backups.create(journal, reason, report),
    )
    if not outcome.ok:
        alerts.error(
            parent,
            QCoreApplication.translate("backup_ui", "The backup was not written."),
            outcome.message,
        )
        return None
    return outcome.value


def key_for_backup(parent: QWidget | None, backup: Path, journal: Journal) -> RawKey | None:
    """Find and check the key that opens ``backup``; None if cancelled or wrong.

    A backup made under the journal's current key opens with it; an older
    one needs the passphrase it was made with. Slow steps (key derivation,
    the page-by-page check) run behind a progress dialog.
    """
    try:
        salt = read_salt(backup)
    except JournalError as exc:
        alerts.error(
            parent,
            QCoreApplication.translate("backup_ui", "This backup cannot be restored."),
            core_messages.text_of(exc),
        )
        return None
    if hmac.compare_digest(salt, journal.key.salt):
        key = journal.key.copy()  # the journal wipes its own copy when it is locked

        def check(_report):
            verify_file(backup, key)
            return key
    else:
        passphrase = ask_passphrase(
            parent, "This backup was made with an earlier passphrase. Type that passphrase:"
        )
        if passphrase is None:
            return None

        def check(_report):
            found = crypto.derive_key(passphrase, salt)
            verify_file(backup, found)
            return found

    outcome = progress.run(
        parent,
        QCoreApplication.translate("backup_ui", "Checking the backup"),
        QCoreApplication.translate("backup_ui", "Checking every page of the backup…"),
        check,
    )
    if not outcome.ok:
        alerts.error(
            parent,
            QCoreApplication.translate("backup_ui", "This backup cannot be restored."),
            outcome.message,
        )
        return None
    return outcome.value


class BackupsPanel(QWidget):
    """Folder, how many to keep, "Back up now", the list, and Restore…"""

    #: The user chose a backup and its key checks out: (backup path, key).
    restore_requested = Signal(object, object)
    backed_up = Signal(object)

    def __init__(
        self,
        journal: Journal,
        folder: Path | None,
        keep: int,
        parent: QWidget | None = None,
        *,
        second_folder: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self._journal = journal
        self._default_folder = paths.backup_dir_for(journal.path)
        self.folder = QLineEdit(str(folder or self._default_folder))
        self.folder.setAccessibleName(self.tr("Backup folder"))
        self.folder.editingFinished.connect(self.refresh)
        self.choose_button = QPushButton(self.tr("Choose…"))
        self.choose_button.setAccessibleName(self.tr("Choose the backup folder"))
        self.choose_button.clicked.connect(self._choose_folder)
        where = QHBoxLayout()
        where.addWidget(self.folder, 1)
        where.addWidget(self.choose_button)
        self.keep = QSpinBox()
        self.keep.setRange(1, MAX_KEEP)
        self.keep.setValue(keep)
        self.keep.setAccessibleName(self.tr("Number of backups to keep"))
        self.keep.setSuffix(self.tr(" newest backups"))
        note = QLabel(
            self.tr(
                "Backups are encrypted copies of the journal: the passphrase in use when "
                "each was made opens it. A backup is made automatically once a day."
            )
        )
        note.setWordWrap(True)
        self.second = QLineEdit(str(second_folder) if second_folder else "")
        self.second.setAccessibleName(self.tr("Second backup folder"))
        self.second.setPlaceholderText(self.tr("another drive or a cloud folder (none yet)"))
        self.second.editingFinished.connect(self._update_offsite)
        self.second_button = QPushButton(self.tr("C&hoose…"))
        self.second_button.setAccessibleName(self.tr("Choose the second backup folder"))
        self.second_button.clicked.connect(self._choose_second)
        second_row = QHBoxLayout()
        second_row.addWidget(self.second, 1)
        second_row.addWidget(self.second_button)
        self.policy_note = QLabel(self._policy_text())
        self.policy_note.setWordWrap(True)
        self.policy_note.setAccessibleName(self.tr("Which backups are kept"))
        self.keep.valueChanged.connect(lambda _n: self.policy_note.setText(self._policy_text()))
        self.offsite = QLabel("")
        self.offsite.setWordWrap(True)
        self.offsite.setAccessibleName(self.tr("Copies off this disk"))
        self.offsite.setStyleSheet(f"color: {theme.message_colour('warning')};")
        self.outcome = QLabel("")
        self.outcome.setWordWrap(True)
        self.outcome.setAccessibleName(self.tr("Last backup"))
        self.list = QTreeWidget()
        self.list.setAccessibleName(self.tr("Backups"))
        self.list.setHeaderLabels([self.tr("Date"), self.tr("Reason"), self.tr("Size")])
        self.list.setRootIsDecorated(False)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setMinimumHeight(120)
        header = self.list.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        self.list.itemSelectionChanged.connect(self._update_buttons)
        self.list.itemActivated.connect(lambda _item: self.restore_selected())
        self.backup_button = QPushButton(self.tr("Back &up now"))
        self.backup_button.clicked.connect(self.back_up)
        self.restore_button = QPushButton(self.tr("Restore…"))
        self.restore_button.setToolTip(
            self.tr(
                "Replace the journal with the selected backup "
                "(the current journal is kept as a backup first)."
            )
        )
        self.restore_button.clicked.connect(self.restore_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.backup_button)
        buttons.addStretch(1)
        buttons.addWidget(self.restore_button)
        form = QFormLayout()
        folder_label = QLabel(self.tr("&Folder:"))  # a row of a layout gets no buddy by itself:
        folder_label.setBuddy(self.folder)  # without one, Qt shows the "&" as it is
        form.addRow(folder_label, where)
        form.addRow(self.tr("&Keep:"), self.keep)
        second_label = QLabel(self.tr("&Also copy backups to:"))
        second_label.setBuddy(self.second)
        form.addRow(second_label, second_row)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.policy_note)
        layout.addWidget(self.offsite)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.outcome)
        self.refresh()
        self._update_offsite()

    # -- values ----------------------------------------------------------------

    def chosen_folder(self) -> Path | None:
        """None when the default folder (beside the journal) is chosen."""
        text = self.folder.text().strip()
        if not text or Path(text).expanduser() == self._default_folder:
            return None
        return Path(text).expanduser()

    def chosen_second_folder(self) -> Path | None:
        text = self.second.text().strip()
        return Path(text).expanduser() if text else None

    def policy(self) -> BackupPolicy:
        """The policy as chosen here (ages and the off-disk limit as the core keeps them)."""
        return dataclasses.replace(
            core_settings.load().backups,
            folder=self.chosen_folder(),
            keep=self.keep.value(),
            second_folder=self.chosen_second_folder(),
        )

    def backups(self) -> Backups:
        return Backups.for_journal(self._journal.path, self.policy())

    def _policy_text(self) -> str:
        policy = core_settings.load().backups
        months = max(1, round(policy.horizon_days / 30.4))
        return self.tr(
            "Your own backups (Back up now) are never removed automatically to make room: "
            "the newest {keep} of them are kept. Automatic ones (daily, before an import, a "
            "passphrase change or an upgrade) are kept by age: all of the last day, one a day "
            "for {daily} days, one a week for {weekly} weeks, one a month for {monthly} months. "
            "So a record you delete for good stays in automatic backups for about {months} "
            "months ({days} days), and in your own backups until you remove them."
        ).format(
            keep=self.keep.value(),
            daily=policy.daily_days,
            weekly=policy.weekly_weeks,
            monthly=policy.monthly_months,
            months=months,
            days=policy.horizon_days,
        )

    def _update_offsite(self) -> None:
        try:
            text = offsite_warning(self._journal.path, self.policy())
        except (JournalError, OSError):
            text = ""
        self.offsite.setText(text)
        self.offsite.setVisible(bool(text))

    def _choose_second(self) -> None:
        start = self.chosen_second_folder() or Path.home()
        name = QFileDialog.getExistingDirectory(
            self,
            self.tr("Second folder for backups"),
            str(start if start.exists() else Path.home()),
        )
        if name:
            self.second.setText(name)
            self._update_offsite()

    def selected(self) -> BackupInfo | None:
        items = self.list.selectedItems()
        return items[0].data(0, Qt.ItemDataRole.UserRole) if items else None

    # -- actions ---------------------------------------------------------------

    def refresh(self) -> None:
        self.list.clear()
        for info in self.backups().list():
            when = info.created.astimezone().strftime("%Y-%m-%d %H:%M")
            item = QTreeWidgetItem([when, describe_reason(info.reason), human_size(info.size)])
            item.setData(0, Qt.ItemDataRole.UserRole, info)
            item.setToolTip(0, info.path.name)
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.list.addTopLevelItem(item)
        if self.list.topLevelItemCount():
            self.list.setCurrentItem(self.list.topLevelItem(0))
        self._update_buttons()

    def back_up(self) -> None:
        backups = self.backups()
        made = backup_now(self, self._journal, backups)
        self.refresh()
        if made is not None:
            if backups.second_problem:
                self.outcome.setText(backups.second_problem)
            elif backups.second_folder is not None:
                self.outcome.setText(
                    self.tr("Backup written, and copied to {folder}.").format(
                        folder=backups.second_folder
                    )
                )
            else:
                self.outcome.setText(self.tr("Backup written."))
            self._update_offsite()
            self.backed_up.emit(made)

    def restore_selected(self) -> None:
        info = self.selected()
        if info is None:
            return
        when = info.created.astimezone().strftime("%Y-%m-%d %H:%M")
        if not alerts.confirm(
            self,
            self.tr("Restore the backup of {when}?").format(when=when),
            self.tr(
                "The journal is closed and replaced by this backup; changes made since then are "
                "set aside as a backup of the current journal, not lost."
            ),
        ):
            return
        key = key_for_backup(self, info.path, self._journal)
        if key is not None:
            self.restore_requested.emit(info.path, key)

    def _choose_folder(self) -> None:
        start = Path(self.folder.text().strip() or self._default_folder)
        chosen = choose_folder(self, start if start.exists() else self._default_folder.parent)
        if chosen is not None:
            self.folder.setText(str(chosen))
            self.refresh()

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(self.selected() is not None)


class AutoBackup(QObject):
    """After unlocking: if the newest backup is a day old, back up in the background."""

    done = Signal(str)
    failed = Signal(str)

    def __init__(
        self, backups_for: Callable[[Path], Backups], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._backups_for = backups_for
        self._task: workers.Task | None = None
        self.every = dt.timedelta(days=1)

    def is_running(self) -> bool:
        return self._task is not None

    def run_if_due(self, journal: Journal) -> bool:
        """Start a backup if one is due; True when one was started."""
        if self._task is not None:
            return False
        try:
            backups = self._backups_for(journal.path)
            if not backups.due(self.every):
                return False
        except (JournalError, OSError):
            log.warning("could not check the backup folder")
            return False
        task = workers.Task(lambda: backups.create(journal, "daily"))
        task.connect(
            lambda _path: self.done.emit(self.tr("Daily backup written.")),
            lambda message: self.failed.emit(
                self.tr("The daily backup failed: {message}").format(message=message)
            ),
            self._finished,
        )
        self._task = task
        task.start()
        return True

    def _finished(self) -> None:
        self._task = None
