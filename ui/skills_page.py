"""The Skills page: each skill's latest rating and target; "Rate now" adds a rating.

Retired skills (kept with their ratings) are out of the list until "Show
retired skills" is ticked; the selected skill is shown whole below the list.
"""

from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtCore import QDate, QItemSelection, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from mentorjournal.domain import queries, records
from mentorjournal.errors import JournalError

from . import alerts
from .pages import fit_capped, focus_first_row, make_table
from .reading import ReadingPane
from .record_models import KeyedRowsModel
from .record_views import EmptyState, record_menu

log = logging.getLogger(__name__)

SOURCES = (
    ("Self-assessment", "self"),
    ("Mentor feedback", "mentor"),
    ("Peer feedback", "peer"),
    ("Other", "other"),
)
EMPTY_SKILLS = (
    "No skills yet. Keep a list of the skills you are building and rate each one from time "
    "to time (1–10) to see it grow."
)


def skill_rows(retired: bool = False) -> list[tuple[int, tuple[str, ...]]]:
    """Skills by name with their latest rating; retired ones only when ``retired``."""
    return [
        (
            s.id,
            (
                s.name,
                s.category or "",
                "—" if value is None else f"{value}/10",
                "—" if s.target_level is None else f"{s.target_level}/10",
                day.isoformat() if day else "never rated",
            ),
        )
        for s, value, day in queries.skills_with_latest()
        if retired or s.retired_on is None
    ]


class RateDialog(QDialog):
    """A rating for one skill: value 1–10, date, source and a note."""

    def __init__(self, skill_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"Rate {skill_name}")
        self.setMinimumWidth(380)
        self.value = QSpinBox()
        self.value.setRange(1, 10)
        self.value.setValue(5)
        self.value.setSuffix(" / 10")
        self.value.setAccessibleName("Rating from 1 to 10")
        self.rated_on = QDateEdit(QDate.currentDate())
        self.rated_on.setCalendarPopup(True)
        self.rated_on.setDisplayFormat("yyyy-MM-dd")
        self.rated_on.setAccessibleName("Rated on")
        self.source = QComboBox()
        self.source.setAccessibleName("Source of the rating")
        for text, value in SOURCES:
            self.source.addItem(text, value)
        self.note = QPlainTextEdit()
        self.note.setAccessibleName("Note")
        self.note.setPlaceholderText("What makes it this number today? (optional)")
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(90)
        form = QFormLayout()
        form.addRow("&Rating:", self.value)
        form.addRow("&Date:", self.rated_on)
        form.addRow("&Source:", self.source)
        form.addRow("&Note:", self.note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def values(self) -> dict:
        return {
            "value": self.value.value(),
            "rated_on": self.rated_on.date().toPython(),
            "source": self.source.currentData(),
            "note": self.note.toPlainText().strip(),
        }

    @classmethod
    def get_rating(cls, skill_name: str, parent: QWidget | None = None) -> tuple[dict, bool]:
        dialog = cls(skill_name, parent)
        try:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            return (dialog.values() if accepted else {}), accepted
        finally:  # nothing of the journal stays behind until the dialog is deleted
            dialog.note.clear()
            dialog.setWindowTitle("")
            dialog.deleteLater()


class SkillsPage(QWidget):
    """Skills with their latest rating; select one and press "Rate now"."""

    journal_changed = Signal()
    record_requested = Signal(str, int)
    delete_requested = Signal(str, int)
    new_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.show_retired = QCheckBox(self.tr("Sho&w retired skills"))
        self.model = KeyedRowsModel(
            ("Skill", "Category", "Latest rating", "Target", "Rated on"),
            lambda: skill_rows(self.show_retired.isChecked()),
        )
        self.model.tooltip_columns = {0, 1}
        self.table = make_table(self.model, "Skills", stretch_column=0, capped=(1,))
        self.table_state = EmptyState(
            self.table,
            EMPTY_SKILLS,
            buttons=[(self.tr("New skill…"), lambda: self.new_requested.emit("skill"))],
        )
        self.detail = ReadingPane(self.tr("Selected skill"))
        self.retire_button = QPushButton(self.tr("Re&tire"))
        self.retire_button.setToolTip(
            self.tr("Keep the skill and its ratings, out of the everyday list")
        )
        self.retire_button.setEnabled(False)
        self.retire_button.clicked.connect(self.toggle_retired)
        self.rate_button = QPushButton("&Rate now…")
        self.rate_button.setAccessibleName("Rate the selected skill now")
        self.rate_button.setEnabled(False)
        self.edit_button = QPushButton("E&dit skill…")
        self.edit_button.setAccessibleName("Edit the selected skill")
        self.edit_button.setEnabled(False)
        self.status = QLabel("")
        self.status.setAccessibleName("Last change")
        bar = QHBoxLayout()
        bar.addWidget(QLabel("<h2>Skills</h2>"))
        bar.addStretch(1)
        bar.addWidget(self.show_retired)
        bar.addWidget(self.retire_button)
        bar.addWidget(self.edit_button)
        bar.addWidget(self.rate_button)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.table_state)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 8)
        layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.status)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.show_retired.toggled.connect(lambda _on: self.reload())
        record_of = lambda index: (  # noqa: E731
            ("skill", self.model.key(index.row())) if index.isValid() else None
        )
        record_menu(
            self.table, record_of, self.record_requested, self.delete_requested, self._extra
        )
        self.table.selectionModel().selectionChanged.connect(self._show_selected)
        self.rate_button.clicked.connect(self.rate_selected)
        self.table.doubleClicked.connect(lambda _index: self.rate_selected())
        self.edit_button.clicked.connect(self._edit_selected)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._enable_buttons())

    def _enable_buttons(self) -> None:
        for button in (self.rate_button, self.edit_button, self.retire_button):
            button.setEnabled(self.selected_id() is not None)
        self.retire_button.setText(
            self.tr("Bring &back") if self._selected_retired() else self.tr("Re&tire")
        )

    def _selected_retired(self) -> bool:
        skill_id = self.selected_id()
        if skill_id is None:
            return False
        try:
            return records.get("skill", skill_id).retired_on is not None
        except JournalError:
            return False

    def _extra(self, menu, _record) -> None:
        menu.addAction(self.tr("&Rate now…")).triggered.connect(self.rate_selected)
        text = self.tr("Bring &back") if self._selected_retired() else self.tr("Re&tire")
        menu.addAction(text).triggered.connect(self.toggle_retired)

    def toggle_retired(self) -> None:
        """Retire the selected skill (or bring a retired one back)."""
        skill_id = self.selected_id()
        if skill_id is None:
            return
        retired = self._selected_retired()
        try:
            records.update("skill", skill_id, retired_on=None if retired else dt.date.today())
        except JournalError as exc:
            alerts.error(self, str(exc))
            return
        name = self.model.data(self.model.index(self.model.row_of(skill_id), 0))
        self.status.setText(
            (
                self.tr("{name} is back in the list.")
                if retired
                else self.tr("{name} is retired: tick “Show retired skills” to see it.")
            ).format(name=name)
        )
        self.reload()
        self.journal_changed.emit()

    def selected_record(self) -> tuple[str, int] | None:
        skill_id = self.selected_id()
        return ("skill", skill_id) if skill_id is not None else None

    def focus_list(self) -> None:
        focus_first_row(self.table)

    def select(self, record: tuple[str, int] | None) -> None:
        if record is None or record[0] != "skill":
            return
        row = self.model.row_of(record[1])
        if row < 0 and not self.show_retired.isChecked():
            self.show_retired.setChecked(True)
            row = self.model.row_of(record[1])
        if row >= 0:
            self.table.selectRow(row)

    def _show_selected(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        skill_id = self.selected_id()
        if skill_id is None:
            self.detail.clear()
        else:
            self.detail.show_record("skill", skill_id)

    def _edit_selected(self) -> None:
        skill_id = self.selected_id()
        if skill_id is not None:
            self.record_requested.emit("skill", skill_id)

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.key(rows[0].row()) if rows else None

    def reload(self) -> None:
        chosen = self.selected_id()
        self.model.reload()
        fit_capped(self.table)
        row = self.model.row_of(chosen) if chosen is not None else -1
        if row >= 0:
            self.table.selectRow(row)
        else:
            self.detail.clear()
        self._enable_buttons()

    def clear(self) -> None:
        self.model.clear()
        self.status.clear()
        self.detail.clear()
        self._enable_buttons()

    def rate_selected(self) -> None:
        skill_id = self.selected_id()
        if skill_id is None:
            return
        name = self.model.data(self.model.index(self.model.row_of(skill_id), 0))
        values, accepted = RateDialog.get_rating(name, self)
        if not accepted:
            return
        try:
            records.create("rating", skill=skill_id, **values)
        except JournalError as exc:
            alerts.error(self, str(exc))
            return
        self.status.setText(f"Saved a rating of {values['value']}/10 on {values['rated_on']}.")
        self.reload()
        self.journal_changed.emit()
