"""Quick entry: a new reflection or a new session, saved through ``records``.

These are short forms; the full Markdown editors with preview and autosave
are separate. ``create_record(parent)`` shows the form and returns the saved
record, or None when the user cancels. A refused value is shown inline and
nothing is saved.
"""

from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from mentorjournal import queries, records
from mentorjournal.db import DB
from mentorjournal.errors import JournalError

log = logging.getLogger(__name__)


def rating_box(accessible: str) -> QSpinBox:
    """1–10, or empty (shown as "—" at 0)."""
    box = QSpinBox()
    box.setRange(0, 10)
    box.setSpecialValueText("—")
    box.setAccessibleName(accessible)
    return box


def rating_value(box: QSpinBox) -> int | None:
    return box.value() or None


class _EntryDialog(QDialog):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(520)
        self.record = None
        self.form = QFormLayout()
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def save(self) -> None:
        try:
            self.record = self._create()
        except JournalError as exc:
            self.error.setText(str(exc))
            return
        log.info("record created")
        self.accept()

    def _create(self):
        raise NotImplementedError

    @classmethod
    def create_record(cls, parent: QWidget | None = None):
        dialog = cls(parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        record = dialog.record if accepted else None
        dialog.deleteLater()
        return record


class ReflectionDialog(_EntryDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("New reflection", parent)
        self.title = QLineEdit()
        self.title.setAccessibleName("Title")
        self.body = QPlainTextEdit()
        self.body.setAccessibleName("Reflection text (Markdown)")
        self.body.setPlaceholderText("What happened, what you noticed, what changed in your thinking…")
        self.confidence = rating_box("Confidence")
        self.motivation = rating_box("Motivation")
        self.form.addRow("Title:", self.title)
        self.form.addRow("Text:", self.body)
        self.form.addRow("Confidence (1–10):", self.confidence)
        self.form.addRow("Motivation (1–10):", self.motivation)

    def _create(self):
        return records.create(
            "reflection",
            written_at=dt.datetime.now().replace(microsecond=0),
            title=self.title.text(),
            body=self.body.toPlainText(),
            confidence=rating_value(self.confidence),
            motivation=rating_value(self.motivation),
        )


class SessionDialog(_EntryDialog):
    ROLES = (("I am the mentee", "mentee"), ("I am the mentor", "mentor"))
    FORMATS = (("In person", "in_person"), ("Video", "video"), ("Phone", "phone"), ("Chat", "chat"))
    STATUSES = (("Done", "done"), ("Planned", "planned"), ("Cancelled", "cancelled"))

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("New session", parent)
        self.person = QComboBox()
        self.person.setEditable(True)
        self.person.setAccessibleName("Person")
        self.person.lineEdit().setPlaceholderText("Choose, or type a new name")
        for who in queries.people():
            self.person.addItem(who.name, who.id)
        self.role = self._combo("My role", self.ROLES)
        self.format = self._combo("Format", self.FORMATS)
        self.status = self._combo("Status", self.STATUSES)
        self.held_at = QDateTimeEdit(QDateTime.currentDateTime())
        self.held_at.setCalendarPopup(True)
        self.held_at.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.held_at.setAccessibleName("Date and time")
        self.notes = QPlainTextEdit()
        self.notes.setAccessibleName("Notes (Markdown)")
        self.form.addRow("With:", self.person)
        self.form.addRow("Role:", self.role)
        self.form.addRow("When:", self.held_at)
        self.form.addRow("Format:", self.format)
        self.form.addRow("Status:", self.status)
        self.form.addRow("Notes:", self.notes)

    @staticmethod
    def _combo(accessible: str, choices) -> QComboBox:
        box = QComboBox()
        box.setAccessibleName(accessible)
        for label, value in choices:
            box.addItem(label, value)
        return box

    def _create(self):
        with DB.atomic():  # a new person is kept only if the session is saved too
            return self._create_session()

    def _create_session(self):
        role = self.role.currentData()
        name = self.person.currentText().strip()
        index = self.person.findText(name)
        person_id = self.person.itemData(index) if index >= 0 else None
        if person_id is None:
            if not name:
                raise JournalError("Choose the person the session was with, or type a new name.")
            relation = "mentor" if role == "mentee" else "mentee"
            person_id = records.create("person", name=name, relation=relation).id
        return records.create(
            "session",
            person=person_id,
            role=role,
            held_at=self.held_at.dateTime().toPython().replace(second=0, microsecond=0),
            format=self.format.currentData(),
            status=self.status.currentData(),
            notes=self.notes.toPlainText(),
        )
