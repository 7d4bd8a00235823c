"""The Skills page: each skill's latest rating and target; "Rate now" adds a rating."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from mentorjournal.domain import queries, records
from mentorjournal.errors import JournalError, ValidationError

from . import labels
from .editors.fields import DateField, RatingField
from .geometry import fit_to_screen
from .pages import make_table
from .record_models import KeyedRowsModel
from .record_views import EmptyState

log = logging.getLogger(__name__)

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
    """A rating for one skill: value 1–10 (the one rating control), date, source and a note.

    The rating starts empty — no number is suggested — and Save saves through
    ``save(values)`` (the core refuses what is wrong: the message is shown here
    and nothing typed is lost).
    """

    def __init__(
        self,
        skill_name: str,
        parent: QWidget | None = None,
        save: Callable[[dict], object] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Rate %s") % skill_name)
        self._save = save
        self.value = RatingField(self.tr("Rating"), nullable=False)
        self.value.setAccessibleName(self.tr("Rating from 1 to 10"))
        self.rated_on = DateField(self.tr("Rated on"))
        self.rated_on.set_value(dt.date.today())
        self.source = QComboBox()
        self.source.setAccessibleName(self.tr("Source of the rating"))
        for value, text in labels.choice_labels("source").items():
            self.source.addItem(text, value)
        self.note = QPlainTextEdit()
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setPlaceholderText(self.tr("What makes it this number today? (optional)"))
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(self.note.fontMetrics().lineSpacing() * 4 + 12)
        self.error = QLabel()
        self.error.setAccessibleName(self.tr("Problem"))
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #c62828;")
        self.error.hide()
        self.value.changed.connect(self.error.hide)
        form = QFormLayout()
        form.addRow(self.tr("&Rating:"), self.value)
        form.addRow(self.tr("&Date:"), self.rated_on)
        form.addRow(self.tr("&Source:"), self.source)
        form.addRow(self.tr("&Note:"), self.note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.value.setFocus()
        fit_to_screen(self)

    def values(self) -> dict:
        return {
            "value": self.value.value(),
            "rated_on": self.rated_on.value(),
            "source": self.source.currentData(),
            "note": self.note.toPlainText().strip(),
        }

    def accept(self) -> None:  # Qt override: Save (or Enter) saves, or says what is wrong
        if self.value.value() is None:
            self._refuse(self.value, self.tr("Choose a rating from 1 to 10 (type a number)."))
            return
        if self._save is not None:
            try:
                self._save(self.values())
            except ValidationError as exc:
                field = {"rated_on": self.rated_on, "value": self.value}.get(exc.field)
                names = {"rated_on": self.tr("Date"), "value": self.tr("Rating")}
                self._refuse(field, f"{names.get(exc.field, exc.field)} {exc.message}.")
                return
            except JournalError as exc:
                self._refuse(None, str(exc))
                return
        super().accept()

    def _refuse(self, field: QWidget | None, message: str) -> None:
        self.error.setText(message)
        self.error.show()
        if field is not None:
            field.setFocus()

    @classmethod
    def get_rating(
        cls,
        skill_name: str,
        parent: QWidget | None = None,
        save: Callable[[dict], object] | None = None,
    ) -> tuple[dict, bool]:
        dialog = cls(skill_name, parent, save)
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
        values, accepted = RateDialog.get_rating(
            name, self, save=lambda values: records.create("rating", skill=skill_id, **values)
        )
        if not accepted:
            return
        self.status.setText(
            self.tr("Saved a rating of %d/10 on %s.")
            % (values["value"], values["rated_on"] or dt.date.today().isoformat())
        )
        self.reload()
        self.journal_changed.emit()
