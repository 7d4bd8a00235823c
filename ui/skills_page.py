"""The Skills page: each skill's latest rating and target; "Rate now" adds a rating."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QDate, QModelIndex, QPersistentModelIndex, QRectF, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
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
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from mentorjournal.domain import queries, records
from mentorjournal.errors import JournalError

from . import alerts
from .pages import make_table
from .record_models import KeyedRowsModel
from .record_views import EmptyState

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


def skill_rows() -> list[tuple[int, tuple[str, ...]]]:
    return [
        (
            s.id,
            (
                s.name,
                s.category or "",
                "—" if value is None else f"{value}/10",
                "—" if s.target_level is None else f"{s.target_level}/10",
                day.isoformat() if day else "never rated",
                "",  # the history line, drawn by HistoryDelegate
            ),
        )
        for s, value, day in queries.skills_with_latest()
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


class HistoryDelegate(QStyledItemDelegate):
    """Each skill's history line: its ratings as a step line, its target dashed."""

    def __init__(self, page: SkillsPage) -> None:
        super().__init__(page)
        self.page = page

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:  # Qt override
        super().paint(painter, option, index)
        spark = self.page.histories.get(self.page.model.key(index.row()))
        if spark is not None:
            from mentorjournal.charts.theme import Theme

            spark.paint(
                painter,
                QRectF(option.rect).adjusted(2, 1, -2, -1),
                Theme.from_palette(option.palette),
            )


class SkillsPage(QWidget):
    """Skills with their latest rating; select one and press "Rate now"."""

    journal_changed = Signal()
    record_requested = Signal(str, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = KeyedRowsModel(
            ("Skill", "Category", "Latest rating", "Target", "Rated on", "History"), skill_rows
        )
        self.table = make_table(self.model, "Skills", stretch_column=0)
        self.histories: dict[int, Any] = {}  # skill id: its Sparkline (charts load lazily)
        self.history_delegate = HistoryDelegate(self)
        self.table.setItemDelegateForColumn(5, self.history_delegate)
        self.table_state = EmptyState(self.table, EMPTY_SKILLS)
        self.rate_button = QPushButton("&Rate now…")
        self.rate_button.setAccessibleName("Rate the selected skill now")
        self.rate_button.setEnabled(False)
        self.edit_button = QPushButton("&Edit skill…")
        self.edit_button.setAccessibleName("Edit the selected skill")
        self.edit_button.setEnabled(False)
        self.status = QLabel("")
        self.status.setAccessibleName("Last change")
        bar = QHBoxLayout()
        bar.addWidget(QLabel("<h2>Skills</h2>"))
        bar.addStretch(1)
        bar.addWidget(self.edit_button)
        bar.addWidget(self.rate_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 8)
        layout.addLayout(bar)
        layout.addWidget(self.table_state, 1)
        layout.addWidget(self.status)
        self.rate_button.clicked.connect(self.rate_selected)
        self.table.doubleClicked.connect(lambda _index: self.rate_selected())
        self.edit_button.clicked.connect(self._edit_selected)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._enable_buttons())

    def _enable_buttons(self) -> None:
        for button in (self.rate_button, self.edit_button):
            button.setEnabled(self.selected_id() is not None)

    def _edit_selected(self) -> None:
        skill_id = self.selected_id()
        if skill_id is not None:
            self.record_requested.emit("skill", skill_id)

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.key(rows[0].row()) if rows else None

    def reload(self) -> None:
        from mentorjournal.analytics import stats
        from mentorjournal.charts.sparkline import Sparkline
        from mentorjournal.charts.ticks import day_x

        chosen = self.selected_id()
        self.histories = {}
        for skill in stats.skill_growth():
            if skill.ratings:
                spark = Sparkline("confidence")
                spark.steps, spark.fill = True, False
                spark.set_data(
                    [day_x(r.day) for r in skill.ratings],
                    [float(r.value) for r in skill.ratings],
                    None if skill.target is None else float(skill.target),
                )
                self.histories[skill.skill_id] = spark
        self.model.reload()
        for column in range(1, self.model.columnCount() - 1):
            self.table.resizeColumnToContents(column)
        self.table.setColumnWidth(5, self.fontMetrics().height() * 8)
        row = self.model.row_of(chosen) if chosen is not None else -1
        if row >= 0:
            self.table.selectRow(row)
        self._enable_buttons()

    def clear(self) -> None:
        self.histories = {}
        self.model.clear()
        self.status.clear()
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
