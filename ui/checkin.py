"""Quick check-in: today's confidence and motivation (and a line) in a few keys.

``Ctrl+Shift+K`` (``SHORTCUT``) in the main window opens a small dialog with the
cursor on Confidence: type a digit, Tab, a digit, Enter — three keys besides the
digits and the shortcut. It saves a reflection written now
(``mentorjournal.domain.checkin``); empty ratings stay empty; Esc cancels.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from mentorjournal.domain import checkin
from mentorjournal.errors import JournalError, ValidationError

from . import core_messages
from .editors.fields import RatingField
from .geometry import fit_to_screen

log = logging.getLogger(__name__)

#: The main window's shortcut for the quick check-in.
SHORTCUT = "Ctrl+Shift+K"


class CheckInDialog(QDialog):
    """Confidence, motivation and an optional line; Save writes a reflection now."""

    saved = Signal(int)  # the reflection's id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checkInDialog")
        self.setWindowTitle(self.tr("Quick check-in — MentorJournal"))
        self.reflection_id: int | None = None
        heading = QLabel(self.tr("<b>How are you today?</b>"))
        hint = QLabel(self.tr("Type a number for each (1–10; 1 then 0 is 10), Tab between them."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(placeholder-text);")
        self.confidence = RatingField(self.tr("Confidence"))
        self.motivation = RatingField(self.tr("Motivation"))
        self.line = QLineEdit()
        self.line.setAccessibleName(self.tr("One line about today"))
        self.line.setPlaceholderText(self.tr("One line about today (optional)"))
        self.line.setMaxLength(1000)
        self.error = QLabel()
        self.error.setAccessibleName(self.tr("Problem"))
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #c62828;")
        self.error.hide()
        for field in (self.confidence, self.motivation):
            field.changed.connect(self.error.hide)
        form = QFormLayout()
        form.addRow(self.tr("&Confidence:"), self.confidence)
        form.addRow(self.tr("&Motivation:"), self.motivation)
        form.addRow(self.tr("&Note:"), self.line)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(hint)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        QWidget.setTabOrder(self.confidence, self.motivation)
        QWidget.setTabOrder(self.motivation, self.line)
        self.confidence.setFocus(Qt.FocusReason.OtherFocusReason)
        fit_to_screen(self)

    def accept(self) -> None:  # Qt override: Save or Enter
        try:
            saved = checkin.check_in(
                self.confidence.value(),
                self.motivation.value(),
                self.line.text(),
                untitled=self.tr("Check-in"),
            )
        except ValidationError as exc:
            field = {"confidence": self.confidence, "motivation": self.motivation}.get(exc.field)
            label = {"confidence": self.tr("Confidence"), "motivation": self.tr("Motivation")}
            self._refuse(f"{label.get(exc.field, exc.field)} {exc.message}.", field)
            return
        except JournalError as exc:
            self._refuse(core_messages.text_of(exc), None)
            return
        self.reflection_id = saved.id
        log.info("check-in saved")
        self.saved.emit(saved.id)
        super().accept()

    def _refuse(self, message: str, field: QWidget | None) -> None:
        self.error.setText(message)
        self.error.show()
        if field is not None:
            field.setFocus(Qt.FocusReason.OtherFocusReason)

    def done(self, result: int) -> None:  # Qt override: no journal text stays behind
        super().done(result)
        self.line.clear()


def open_check_in(window) -> CheckInDialog:
    """Open the check-in over the main window; once saved, the window shows it."""
    dialog = CheckInDialog(window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def saved(_ident: int) -> None:
        window.reload()
        window.statusBar().showMessage(dialog.tr("Check-in saved."), 5000)

    dialog.saved.connect(saved)
    dialog.open()
    return dialog
