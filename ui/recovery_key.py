"""Showing a recovery key: whole, with Copy, Save… and Print…, until the user confirms.

``RecoveryKeyPanel`` is the one view of a new recovery key, used by the start
dialog (a new journal, a passphrase replaced with the key) and by Settings
(a new key). The key is shown in full in a field at least as wide as the key;
Copy goes through ``clipboard.copy_secret`` (marked secret, cleared after a
while); Save… writes a small text file the user chooses; Print… prints one
page. To go on, the user types the key's last group: proof that they have it
somewhere, not just on screen. ``confirmed`` is emitted then; ``clear()``
removes the key from the widgets.
"""

from __future__ import annotations

import html
import logging
import os
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontDatabase, QTextDocument
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mentorjournal.storage import fsutil

from . import alerts, clipboard, core_messages

log = logging.getLogger(__name__)

#: Read-alike characters, as the core reads a typed key (crypto.key_from_recovery).
_SAME = str.maketrans({"0": "O", "1": "I", "8": "B"})


def write_private(dest: Path, data: bytes) -> None:
    """Write a file only its owner can read (0600 from the start), atomically."""
    dest = Path(dest)
    tmp = fsutil.temp_path_for(dest, "key")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        fsutil.atomic_replace(tmp, dest)
    finally:
        fsutil.remove_quietly(tmp)


def last_group(key: str) -> str:
    return key.rsplit("-", 1)[-1]


def normalise_group(text: str) -> str:
    return "".join(ch for ch in text.upper() if ch.isalnum()).translate(_SAME)


class RecoveryKeyPanel(QWidget):
    """The key, its Copy / Save… / Print… buttons, and the confirmation field."""

    confirmed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._key = ""
        self._journal_name = ""
        self.explanation = QLabel(
            self.tr(
                "This key opens the journal if you forget the passphrase. It is shown only "
                "now: save it, print it or store it in a password manager, away from this "
                "computer. Anyone who has it can open the journal."
            )
        )
        self.explanation.setWordWrap(True)
        self.field = QLineEdit()
        self.field.setReadOnly(True)
        self.field.setAccessibleName(self.tr("Recovery key"))
        self.field.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.field.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # Tab goes to the buttons
        self.copy_button = QPushButton(self.tr("&Copy"))
        self.copy_button.setToolTip(
            self.tr("Copies the key; it is cleared from the clipboard after a short while.")
        )
        self.copy_button.clicked.connect(self.copy)
        self.save_button = QPushButton(self.tr("&Save…"))
        self.save_button.clicked.connect(self.save)
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.clicked.connect(self.print_key)
        self.confirm_label = QLabel(
            self.tr("To confirm you have stored it, type the key's last group (5 characters):")
        )
        self.confirm_label.setWordWrap(True)
        self.confirm_field = QLineEdit()
        self.confirm_field.setAccessibleName(self.tr("Last group of the recovery key"))
        self.confirm_field.setFont(self.field.font())
        self.confirm_field.setMaxLength(12)
        self.confirm_label.setBuddy(self.confirm_field)
        self.confirm_field.textChanged.connect(self._check)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Recovery key status"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        confirm = QHBoxLayout()
        confirm.addWidget(self.confirm_field)
        confirm.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.explanation)
        layout.addWidget(self.field)
        layout.addLayout(buttons)
        layout.addSpacing(8)
        layout.addWidget(self.confirm_label)
        layout.addLayout(confirm)
        layout.addWidget(self.status)

    # -- the key ----------------------------------------------------------------

    def set_key(self, key: str, journal_name: str = "") -> None:
        self._key = key
        self._journal_name = journal_name
        self.field.setText(key)
        self.field.setCursorPosition(0)
        metrics = self.field.fontMetrics()
        # Whole, never wider than its field: text, the frame and the text margins.
        margins = self.field.textMargins()
        self.field.setMinimumWidth(
            metrics.horizontalAdvance(key) + margins.left() + margins.right() + 24
        )
        self.confirm_field.setMinimumWidth(metrics.horizontalAdvance("WWWWWWW") + 16)
        self.confirm_field.clear()
        self.status.clear()

    @property
    def key(self) -> str:
        return self._key

    def is_confirmed(self) -> bool:
        return bool(self._key) and normalise_group(self.confirm_field.text()) == normalise_group(
            last_group(self._key)
        )

    def clear(self) -> None:
        """Forget the key (after it was confirmed, or the dialog closes)."""
        self._key = ""
        self.field.clear()
        self.confirm_field.clear()
        self.status.clear()

    def _check(self) -> None:
        if self.is_confirmed():
            self.status.setText(self.tr("Confirmed."))
        else:
            self.status.clear()

    def try_confirm(self) -> bool:
        """Return (or the Continue button): go on if the last group is right, else say why."""
        if self.is_confirmed():
            self.confirmed.emit()
            return True
        typed = self.confirm_field.text().strip()
        self.status.setText(
            self.tr("That is not the key's last group. Look at the end of the key above.")
            if typed
            else self.tr("Type the key's last group to confirm you have stored it.")
        )
        self.confirm_field.setFocus()
        self.confirm_field.selectAll()
        return False

    # -- Copy, Save…, Print… --------------------------------------------------------

    def copy(self) -> None:
        if self._key:
            clipboard.copy_secret(self._key)
            seconds = clipboard.guard().clear_seconds
            self.status.setText(
                self.tr("Copied. The clipboard is cleared in %n seconds.", "", seconds)
                if seconds
                else self.tr("Copied.")
            )

    def _document_text(self) -> str:
        lines = [
            self.tr("MentorJournal recovery key"),
            "",
        ]
        if self._journal_name:
            lines.append(self.tr("Journal: %1").replace("%1", self._journal_name))
        lines += [
            self._key,
            "",
            self.tr(
                "It opens the journal if the passphrase is forgotten (Unlock ▸ Use recovery "
                "key). Keep it away from the computer; anyone who has it can open the journal."
            ),
        ]
        return "\n".join(lines) + "\n"

    def save(self) -> None:
        if not self._key:
            return
        stem = Path(self._journal_name).stem or "journal"
        suggested = Path.home() / f"{stem}-recovery-key.txt"
        target = alerts.ask_save_path(
            self,
            self.tr("Save the recovery key"),
            suggested,
            self.tr("Text files (*.txt);;All files (*)"),
        )
        if target is None:
            return
        try:
            write_private(target, self._document_text().encode("utf-8"))
        except OSError as exc:
            alerts.error(
                self,
                self.tr("The recovery key was not saved."),
                exc.strerror or core_messages.text_of(exc),
            )
            return
        log.info("recovery key saved to a file the user chose")
        self.status.setText(
            self.tr("Saved to %1. Move it off this computer.").replace("%1", str(target))
        )

    def print_key(self) -> None:
        if not self._key:
            return
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter  # only when asked

        printer = QPrinter()
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print the recovery key"))
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return
        document = QTextDocument()
        lines = self._document_text().splitlines()
        body = "".join(
            f"<p style='font-family: monospace; font-size: 14pt'><b>{html.escape(line)}</b></p>"
            if line == self._key
            else f"<p>{html.escape(line)}</p>"
            for line in lines
            if line
        )
        document.setHtml(body)
        document.print_(printer)
        log.info("recovery key printed")
        self.status.setText(self.tr("Sent to the printer."))
