"""Settings: auto-lock, theme, remembering the key, passphrase, backups, export/import.

``SettingsDialog.edit(...)`` returns ``(preferences, accepted)``. Preferences
(auto-lock minutes, theme, backup folder and count) take effect when the user
presses OK; the theme is previewed at once and put back on Cancel. The other
controls act at once and say so: remembering the key, changing the
passphrase, backing up, exporting and importing. A restore closes the dialog
and leaves ``restore_request`` for the controller, which locks the journal,
replaces it and reopens it.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from mentorjournal.errors import JournalError
from mentorjournal.storage import keychain
from mentorjournal.storage.crypto import RawKey
from mentorjournal.storage.journal import Journal

from . import alerts, core_messages, exchange_ui, geometry, i18n, theme
from .backup_ui import BackupsPanel
from .passphrase_dialog import ChangePassphraseDialog, NewRecoveryKeyDialog
from .reminders import ReminderPanel
from .settings import (
    MAX_CLIPBOARD_SECONDS,
    MAX_IDLE_MINUTES,
    MIN_IDLE_MINUTES,
    THEMES,
    Preferences,
)

log = logging.getLogger(__name__)


def _note(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet("color: palette(placeholder-text);")
    return label


class _ScrollingPage(QScrollArea):
    """A tab page that scrolls only when the screen is too small for it (200 % on a laptop).

    It asks for the room its page needs (QScrollArea's own hint stops at 24 lines);
    its minimum is small, so the dialog can shrink to the screen.
    """

    def __init__(self, page: QWidget) -> None:
        super().__init__()
        self.setWidget(page)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def sizeHint(self) -> QSize:  # Qt override
        hint = self.widget().sizeHint()
        return QSize(hint.width() + self._bar(), self.heightForWidth(hint.width() + self._bar()))

    def hasHeightForWidth(self) -> bool:  # Qt override: wrapped notes get taller when narrow
        return True

    def heightForWidth(self, width: int) -> int:  # Qt override
        page = self.widget()
        layout = page.layout()
        height = page.sizeHint().height()
        if layout is not None and layout.hasHeightForWidth():
            height = max(height, layout.totalHeightForWidth(max(1, width - self._bar())))
        return height

    def _bar(self) -> int:
        return self.verticalScrollBar().sizeHint().width()

    def minimumSizeHint(self) -> QSize:  # Qt override
        return QSize(self.widget().minimumSizeHint().width(), 120)


def _scrolling(page: QWidget) -> QScrollArea:
    return _ScrollingPage(page)


class SettingsDialog(QDialog):
    def __init__(
        self,
        prefs: Preferences,
        journal: Journal,
        chain: keychain.Keychain,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(560)
        self._prefs = prefs
        self._journal = journal
        self._chain = chain
        self._theme_before = theme.current()
        #: Set when the user asked to restore a backup: (backup path, key).
        self.restore_request: tuple[Path, RawKey] | None = None
        #: True once an import added or changed records (the window reloads).
        self.imported = False
        self.passphrase_changed = False

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Settings sections"))
        self.tabs.addTab(self._build_general(), self.tr("&General"))
        self.tabs.addTab(_scrolling(self._build_security()), self.tr("&Security"))
        self.backups_panel = BackupsPanel(
            journal,
            prefs.backup_folder,
            prefs.backup_keep,
            second_folder=prefs.backup_second_folder,
        )
        self.backups_panel.restore_requested.connect(self._restore_requested)
        backups_page = QWidget()
        QVBoxLayout(backups_page).addWidget(self.backups_panel)
        self.tabs.addTab(_scrolling(backups_page), self.tr("&Backups"))
        self.tabs.addTab(self._build_data(), self.tr("&Export && import"))
        self.reminders_panel = ReminderPanel()
        self.tabs.addTab(_scrolling(self.reminders_panel), self.tr("&Reminders"))

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.reminders_panel.save)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.buttons)
        geometry.keep_on_screen(self)

    # -- pages -----------------------------------------------------------------

    def _build_general(self) -> QWidget:
        page = QWidget()
        self.idle_minutes = QSpinBox()
        # 0 is "Never"; the one below the minimum (1 minute) when it is on.
        self.idle_minutes.setRange(MIN_IDLE_MINUTES - 1, MAX_IDLE_MINUTES)
        self.idle_minutes.setValue(self._prefs.idle_minutes)
        self.idle_minutes.setSuffix(self.tr(" minutes idle"))
        self.idle_minutes.setSpecialValueText(self.tr("Never"))
        self.idle_minutes.setAccessibleName(self.tr("Lock after idle minutes (0 for never)"))
        self.clipboard_seconds = QSpinBox()
        self.clipboard_seconds.setRange(0, MAX_CLIPBOARD_SECONDS)
        self.clipboard_seconds.setSingleStep(5)
        self.clipboard_seconds.setValue(self._prefs.clipboard_seconds)
        self.clipboard_seconds.setSuffix(self.tr(" seconds"))
        self.clipboard_seconds.setSpecialValueText(self.tr("Never"))
        self.clipboard_seconds.setAccessibleName(
            self.tr("Clear copied text after seconds (0 for never)")
        )
        self.theme_box = QComboBox()
        self.theme_box.setAccessibleName(self.tr("Theme"))
        for name in THEMES:
            self.theme_box.addItem(QCoreApplication.translate("theme", theme.LABELS[name]), name)
        self.theme_box.setCurrentIndex(THEMES.index(self._prefs.theme))
        self.theme_box.currentIndexChanged.connect(lambda _i: theme.apply(self.chosen_theme()))
        form = QFormLayout()
        form.addRow(self.tr("&Lock after:"), self.idle_minutes)
        form.addRow(
            "",
            _note(
                self.tr(
                    "Locking closes the journal and clears the window. "
                    "0 means never lock by itself (Ctrl+L still locks)."
                )
            ),
        )
        form.addRow(self.tr("&Theme:"), self.theme_box)
        self.language_box = QComboBox()
        self.language_box.setAccessibleName(self.tr("Language"))
        for value, label in i18n.LANGUAGES.items():
            self.language_box.addItem(QCoreApplication.translate("i18n", label), value)
        self.language_box.setCurrentIndex(max(0, self.language_box.findData(self._prefs.language)))
        form.addRow(self.tr("La&nguage:"), self.language_box)
        form.addRow(
            "", _note(self.tr("A new language applies the next time MentorJournal starts."))
        )
        form.addRow(self.tr("&Clear copied text after:"), self.clipboard_seconds)
        form.addRow(
            "",
            _note(
                self.tr(
                    "Text copied from the journal leaves the clipboard after this time (if "
                    "nothing else was copied since) and when the journal locks. Clipboard "
                    "managers that honour it are told to keep no copy."
                )
            ),
        )
        layout = QVBoxLayout(page)
        layout.addLayout(form)
        layout.addStretch(1)
        return page

    def _build_security(self) -> QWidget:
        page = QWidget()
        ok, reason = self._chain.available()
        reason = core_messages.translate(reason)
        self.remember = QCheckBox(self.tr("&Remember the key on this computer"))
        self.remember.setAccessibleName(self.tr("Remember the key on this computer"))
        self.remember_note = _note(
            self.tr(
                "The journal's key (never the passphrase) is kept in the system keychain, so "
                "unlocking needs no passphrase. Whoever can use your keychain can open the "
                "journal. This takes effect at once."
            )
            if ok
            else reason
        )
        self.remember.setEnabled(ok)
        if ok:
            self.remember.setChecked(self._chain.get(self._journal.keychain_id) is not None)
        else:
            self.remember.setToolTip(reason)
        self.remember.toggled.connect(self.set_remember)
        remember_box = QGroupBox(self.tr("Unlocking"))
        box = QVBoxLayout(remember_box)
        box.addWidget(self.remember)
        box.addWidget(self.remember_note)
        self.change_button = QPushButton(self.tr("&Change passphrase…"))
        self.change_button.clicked.connect(self.change_passphrase)
        passphrase_box = QGroupBox(self.tr("Passphrase"))
        row = QVBoxLayout(passphrase_box)
        row.addWidget(
            _note(
                self.tr(
                    "Re-encrypts the journal under a new passphrase. Older backups keep "
                    "the passphrase they were made with."
                )
            )
        )
        row.addWidget(self.change_button, 0)
        recovery_box = QGroupBox(self.tr("Recovery key"))
        recovery = QVBoxLayout(recovery_box)
        self.recovery_state = _note("")
        self.recovery_state.setAccessibleName(self.tr("Recovery key state"))
        self.recovery_button = QPushButton()
        self.recovery_button.clicked.connect(self.new_recovery_key)
        recovery.addWidget(self.recovery_state)
        recovery.addWidget(self.recovery_button, 0)
        self._show_recovery_state()
        layout = QVBoxLayout(page)
        layout.addWidget(remember_box)
        layout.addWidget(passphrase_box)
        layout.addWidget(recovery_box)
        layout.addStretch(1)
        return page

    def _show_recovery_state(self) -> None:
        if self._journal.meta("recovery_key") == "issued":
            self.recovery_state.setText(
                self.tr(
                    "This journal has a recovery key: it opens the journal if the passphrase "
                    "is forgotten. Lost it, or someone else may have seen it? Make a new one; "
                    "the old one then stops working."
                )
            )
            self.recovery_button.setText(self.tr("Make a &new recovery key…"))
        else:
            self.recovery_state.setText(
                self.tr(
                    "This journal has no recovery key: if the passphrase is forgotten, "
                    "nobody can open it. Make one and store it away from this computer."
                )
            )
            self.recovery_button.setText(self.tr("Make a recovery &key…"))

    def _build_data(self) -> QWidget:
        page = QWidget()
        warning = QLabel(
            "<b>{}</b> {}".format(
                self.tr("Not encrypted."),
                QCoreApplication.translate("exchange_ui", exchange_ui.PLAINTEXT_NOTE),
            )
        )
        warning.setWordWrap(True)
        warning.setStyleSheet(f"color: {theme.message_colour('warning')};")
        warning.setAccessibleName(self.tr("Exports are not encrypted"))
        self.export_json_button = QPushButton(self.tr("Export as &JSON…"))
        self.export_json_button.setToolTip(
            self.tr("Everything, in a file MentorJournal can import again.")
        )
        self.export_json_button.clicked.connect(lambda: self.export("json"))
        self.export_markdown_button = QPushButton(self.tr("Export as &Markdown…"))
        self.export_markdown_button.setToolTip(
            self.tr("Everything, as one readable Markdown document.")
        )
        self.export_markdown_button.clicked.connect(lambda: self.export("markdown"))
        exports = QHBoxLayout()
        exports.addWidget(self.export_json_button)
        exports.addWidget(self.export_markdown_button)
        exports.addStretch(1)
        self.import_button = QPushButton(self.tr("&Import from JSON…"))
        self.import_button.clicked.connect(self.import_json)
        imports = QHBoxLayout()
        imports.addWidget(self.import_button)
        imports.addStretch(1)
        export_box = QGroupBox(self.tr("Export"))
        export_layout = QVBoxLayout(export_box)
        export_layout.addWidget(warning)
        export_layout.addLayout(exports)
        import_box = QGroupBox(self.tr("Import"))
        import_layout = QVBoxLayout(import_box)
        import_layout.addWidget(
            _note(
                self.tr(
                    "Adds the records of a MentorJournal JSON export; records "
                    "already here are updated only if the file's copy is newer. "
                    "A backup is made first."
                )
            )
        )
        import_layout.addLayout(imports)
        layout = QVBoxLayout(page)
        layout.addWidget(export_box)
        layout.addWidget(import_box)
        layout.addStretch(1)
        return page

    # -- values ----------------------------------------------------------------

    def chosen_theme(self) -> str:
        return str(self.theme_box.currentData())

    def preferences(self) -> Preferences:
        return Preferences(
            idle_minutes=self.idle_minutes.value(),
            theme=self.chosen_theme(),
            backup_folder=self.backups_panel.chosen_folder(),
            backup_keep=self.backups_panel.keep.value(),
            backup_second_folder=self.backups_panel.chosen_second_folder(),
            clipboard_seconds=self.clipboard_seconds.value(),
            language=str(self.language_box.currentData() or ""),
        )

    # -- immediate actions -------------------------------------------------------

    def set_remember(self, on: bool) -> None:
        try:
            if on:
                keychain.remember(self._chain, self._journal)
                log.info("key remembered in the keychain")
            else:
                self._chain.delete(self._journal.keychain_id)
                log.info("keychain entry deleted")
        except JournalError as exc:
            self.remember.blockSignals(True)
            self.remember.setChecked(not on)
            self.remember.blockSignals(False)
            alerts.error(self, self.tr("The keychain was not changed."), core_messages.text_of(exc))

    def change_passphrase(self) -> None:
        dialog = ChangePassphraseDialog(
            self._journal, self._chain, self.backups_panel.backups(), self
        )
        if dialog.exec():
            self.passphrase_changed = True
            alerts.info(
                self,
                self.tr("The passphrase is changed."),
                self.tr(
                    "Use the new passphrase from now on. Backups made before keep the old one."
                ),
            )
            self.backups_panel.refresh()
        dialog.deleteLater()
        self._show_recovery_state()

    def new_recovery_key(self) -> None:
        dialog = NewRecoveryKeyDialog(
            self._journal, self._chain, self.backups_panel.backups(), self
        )
        dialog.made.connect(self.backups_panel.refresh)
        dialog.exec()
        dialog.deleteLater()
        self._show_recovery_state()

    def export(self, fmt: str) -> None:
        exchange_ui.export_journal(self, self._journal, fmt)

    def import_json(self) -> None:
        if (
            exchange_ui.import_journal(self, self._journal, self.backups_panel.backups())
            is not None
        ):
            self.imported = True
            self.backups_panel.refresh()

    def _restore_requested(self, backup: Path, key: RawKey) -> None:
        self.restore_request = (backup, key)
        self.accept()

    # -- closing -----------------------------------------------------------------

    def reject(self) -> None:  # Qt override: put the theme back
        if theme.current() != self._theme_before:
            theme.apply(self._theme_before)
        super().reject()

    def result_values(self, accepted: bool) -> SettingsResult:
        return SettingsResult(
            preferences=self.preferences() if accepted else self._prefs,
            restore_request=self.restore_request,
            imported=self.imported,
            passphrase_changed=self.passphrase_changed,
        )

    @classmethod
    def edit(
        cls,
        prefs: Preferences,
        journal: Journal,
        chain: keychain.Keychain,
        parent: QWidget | None = None,
    ) -> tuple[SettingsResult, bool]:
        """Show the dialog: ``(what was chosen and done, whether OK was pressed)``."""
        dialog = cls(prefs, journal, chain, parent)
        accepted = bool(dialog.exec())
        values = dialog.result_values(accepted)
        dialog.deleteLater()
        return values, accepted


@dataclass(frozen=True)
class SettingsResult:
    """The preferences (the old ones on Cancel) and what was done at once."""

    preferences: Preferences
    restore_request: tuple[Path, RawKey] | None = None
    imported: bool = False
    passphrase_changed: bool = False
