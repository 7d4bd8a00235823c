"""After the session: the agenda becomes the session's notes, ticked lines become action items.

One dialog, one save: ``agenda.record_session`` stores the session and every
ticked action item (owner me/them, optional due date) in one transaction.
"""

from __future__ import annotations

import datetime as dt
import html
import logging

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mentorjournal.domain import agenda as agenda_service
from mentorjournal.domain.records import Person, Session
from mentorjournal.errors import JournalError
from mentorjournal.kinds import SessionFormat
from mentorjournal.text.plain import first_line

from . import core_messages, labels
from .editors.fields import DateTimeField, RatingField
from .geometry import fit_to_screen

log = logging.getLogger(__name__)

NO_DUE = QDate(2000, 1, 1)
ROLES = (
    (QT_TRANSLATE_NOOP("AfterSessionDialog", "I was the mentee"), "mentee"),
    (QT_TRANSLATE_NOOP("AfterSessionDialog", "I was the mentor"), "mentor"),
)


class AfterSessionDialog(QDialog):
    """Record a held session from its agenda, with action items ticked from its lines."""

    def __init__(
        self,
        person: Person,
        agenda: str,
        parent: QWidget | None = None,
        now: dt.datetime | None = None,
    ) -> None:
        super().__init__(parent)
        self.person = person
        self.session: Session | None = None
        name = first_line(person.name)
        self.setWindowTitle(self.tr("After the session with {name}").format(name=name))
        self.resize(760, 680)
        now = (now or dt.datetime.now()).replace(second=0, microsecond=0)

        self.held_at = DateTimeField(self.tr("When the session was held"))  # one tab stop
        self.held_at.set_value(now)
        self.role = QComboBox()
        self.role.setAccessibleName(self.tr("My role"))
        for text, value in ROLES:
            self.role.addItem(self.tr(text), value)
        self.role.setCurrentIndex(self.role.findData(agenda_service.role_for(person.relation)))
        self.format = QComboBox()
        self.format.setAccessibleName(self.tr("Format"))
        for value in SessionFormat:
            text = labels.session_format(value)
            self.format.addItem(text, value.value)
        self.ratings = {
            "confidence_before": RatingField(self.tr("Confidence before")),
            "confidence_after": RatingField(self.tr("Confidence after")),
            "motivation": RatingField(self.tr("Motivation")),
        }
        self.agenda = agenda
        self.notes = QPlainTextEdit(agenda)
        self.notes.setAccessibleName(self.tr("Session notes"))
        self.notes.setTabChangesFocus(True)
        self.takeaways = QPlainTextEdit()
        self.takeaways.setAccessibleName(self.tr("Takeaways"))
        self.takeaways.setPlaceholderText(self.tr("What will you take away from this session?"))
        self.takeaways.setTabChangesFocus(True)
        self.takeaways.setFixedHeight(70)

        self.lines = QTableWidget(0, 3)
        self.lines.setAccessibleName(
            self.tr("Agenda lines: tick the ones that became action items")
        )
        self.lines.setHorizontalHeaderLabels(
            [self.tr("Action item (tick to create)"), self.tr("Owner"), self.tr("Due")]
        )
        self.lines.verticalHeader().hide()
        self.lines.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.lines.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        for line in agenda_service.agenda_lines(agenda):
            self.add_line(line.text, line.owner, checked=False)
        self.add_button = QPushButton(self.tr("&Add action item"))
        self.add_button.clicked.connect(lambda: self._add_and_edit())

        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()

        form = QFormLayout()
        form.addRow(self.tr("&When:"), self.held_at)
        form.addRow(self.tr("&Role:"), self.role)
        form.addRow(self.tr("&Format:"), self.format)
        form.addRow(self.tr("Confidence &before:"), self.ratings["confidence_before"])
        form.addRow(self.tr("Confi&dence after:"), self.ratings["confidence_after"])
        form.addRow(self.tr("&Motivation:"), self.ratings["motivation"])
        notes_label = QLabel(
            self.tr("&Notes — the agenda, ready to turn into what you talked about:")
        )
        notes_label.setBuddy(self.notes)
        takeaways_label = QLabel(self.tr("&Takeaways:"))
        takeaways_label.setBuddy(self.takeaways)
        lines_label = QLabel(
            self.tr("Action &items: tick the agenda lines that became action items")
        )
        lines_label.setBuddy(self.lines)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Save session"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(lines_label, 1)
        row.addWidget(self.add_button)
        content = QWidget()
        inner = QVBoxLayout(content)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(
            QLabel(
                "<h3>{}</h3>".format(
                    self.tr("After the session with {name}").format(name=html.escape(name))
                )
            )
        )
        inner.addLayout(form)
        inner.addWidget(notes_label)
        inner.addWidget(self.notes, 2)
        inner.addWidget(takeaways_label)
        inner.addWidget(self.takeaways)
        inner.addLayout(row)
        inner.addWidget(self.lines, 2)
        self.notes.setMinimumHeight(self.notes.fontMetrics().lineSpacing() * 4 + 12)
        self.lines.setMinimumHeight(self.lines.fontMetrics().lineSpacing() * 5 + 12)
        # Everything but the buttons scrolls on a small screen (200 % scaling): Save stays in view.
        scroll = QScrollArea()
        scroll.setWidget(content)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        fit_to_screen(self)

    # -- lines -------------------------------------------------------------

    def add_line(
        self, text: str, owner: str = "me", checked: bool = True, due: dt.date | None = None
    ) -> int:
        row = self.lines.rowCount()
        self.lines.insertRow(row)
        item = QTableWidgetItem(text)
        item.setFlags(
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsEditable
            | Qt.ItemFlag.ItemIsUserCheckable
        )
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.lines.setItem(row, 0, item)
        who = QComboBox()
        who.setAccessibleName(self.tr("Owner"))
        who.addItem(self.tr("Me"), "me")
        who.addItem(self.tr("Them"), "them")
        who.setCurrentIndex(who.findData(owner))
        self.lines.setCellWidget(row, 1, who)
        when = QDateEdit()
        when.setAccessibleName(self.tr("Due date"))
        when.setCalendarPopup(True)
        when.setDisplayFormat("yyyy-MM-dd")
        when.setMinimumDate(NO_DUE)
        when.setSpecialValueText(self.tr("No due date"))
        when.setDate(QDate(due) if due else NO_DUE)
        self.lines.setCellWidget(row, 2, when)
        return row

    def _add_and_edit(self) -> None:
        row = self.add_line("", "me", checked=True)
        self.lines.setCurrentCell(row, 0)
        self.lines.editItem(self.lines.item(row, 0))

    def set_line(
        self, row: int, checked: bool, owner: str | None = None, due: dt.date | None = None
    ) -> None:
        """Tick a line (and set its owner and due date) — what a user does with the mouse."""
        self.lines.item(row, 0).setCheckState(
            Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        )
        if owner:
            combo = self.lines.cellWidget(row, 1)
            combo.setCurrentIndex(combo.findData(owner))
        if due:
            self.lines.cellWidget(row, 2).setDate(QDate(due))

    def new_actions(self) -> list[agenda_service.NewAction]:
        out = []
        for row in range(self.lines.rowCount()):
            item = self.lines.item(row, 0)
            if (
                item is None
                or item.checkState() != Qt.CheckState.Checked
                or not item.text().strip()
            ):
                continue
            due = self.lines.cellWidget(row, 2).date()
            out.append(
                agenda_service.NewAction(
                    text=item.text().strip(),
                    owner=self.lines.cellWidget(row, 1).currentData(),
                    due_on=None if due == NO_DUE else due.toPython(),
                )
            )
        return out

    # -- saving ------------------------------------------------------------

    def save(self) -> None:
        try:
            self.session = agenda_service.record_session(
                self.person.id,
                held_at=self.held_at.value(),
                agenda=self.agenda,
                notes=self.notes.toPlainText(),
                takeaways=self.takeaways.toPlainText(),
                role=self.role.currentData(),
                format=self.format.currentData(),
                actions=self.new_actions(),
                **{name: field.value() for name, field in self.ratings.items()},
            )
        except JournalError as exc:
            self.error.setText(core_messages.text_of(exc))
            self.error.show()
            return
        self.accept()

    def wipe(self) -> None:
        """Forget every piece of journal text the dialog holds (lock, or done)."""
        self.notes.clear()
        self.takeaways.clear()
        self.lines.setRowCount(0)
        self.agenda = ""
        self.error.clear()

    @classmethod
    def record(
        cls, person: Person, agenda: str, parent: QWidget | None = None
    ) -> tuple[Session | None, bool]:
        """Show the dialog; the saved session and True, or (None, False) when cancelled."""
        dialog = cls(person, agenda, parent)
        if parent is not None and hasattr(parent, "track_dialog"):
            parent.track_dialog(dialog)
        try:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            return (dialog.session if accepted else None), accepted
        finally:
            dialog.wipe()
            dialog.deleteLater()
