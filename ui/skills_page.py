"""The Skills page: each skill's latest rating and target; "Rate now" adds a rating.

Retired skills (kept with their ratings) are out of the list until "Show
retired skills" is ticked; the selected skill is shown whole below the list.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QItemSelection,
    QModelIndex,
    QPersistentModelIndex,
    QRectF,
    Qt,
    Signal,
)
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from mentorjournal.domain import queries, records
from mentorjournal.errors import JournalError, ValidationError

from . import alerts, core_messages, labels
from .editors.fields import DateField, RatingField
from .geometry import fit_to_screen
from .pages import fit_capped, focus_first_row, make_table
from .reading import ReadingPane
from .record_models import KeyedRowsModel
from .record_views import EmptyState, record_menu

log = logging.getLogger(__name__)

EMPTY_SKILLS = QT_TRANSLATE_NOOP(
    "SkillsPage",
    "No skills yet. Keep a list of the skills you are building and rate each one from time "
    "to time (1–10) to see it grow.",
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
                "",  # the history line, drawn by HistoryDelegate
            ),
        )
        for s, value, day in queries.skills_with_latest()
        if retired or s.retired_on is None
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
                self._refuse(None, core_messages.text_of(exc))
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
    delete_requested = Signal(str, int)
    new_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.show_retired = QCheckBox(self.tr("Sho&w retired skills"))
        self.model = KeyedRowsModel(
            (
                self.tr("Skill"),
                self.tr("Category"),
                self.tr("Latest rating"),
                self.tr("Target"),
                self.tr("Rated on"),
                self.tr("History"),
            ),
            lambda: skill_rows(self.show_retired.isChecked()),
        )
        self.model.tooltip_columns = {0, 1}
        self.table = make_table(self.model, self.tr("Skills"), stretch_column=0, capped=(1,))
        self.histories: dict[int, Any] = {}  # skill id: its Sparkline (charts load lazily)
        self.history_delegate = HistoryDelegate(self)
        self.table.setItemDelegateForColumn(5, self.history_delegate)
        self.table_state = EmptyState(
            self.table,
            self.tr(EMPTY_SKILLS),
            buttons=[(self.tr("New skill…"), lambda: self.new_requested.emit("skill"))],
        )
        self.detail = ReadingPane(self.tr("Selected skill"))
        self.retire_button = QPushButton(self.tr("Re&tire"))
        self.retire_button.setToolTip(
            self.tr("Keep the skill and its ratings, out of the everyday list")
        )
        self.retire_button.setEnabled(False)
        self.retire_button.clicked.connect(self.toggle_retired)
        self.rate_button = QPushButton(self.tr("&Rate now…"))
        self.rate_button.setAccessibleName(self.tr("Rate the selected skill now"))
        self.rate_button.setEnabled(False)
        self.edit_button = QPushButton(self.tr("E&dit skill…"))
        self.edit_button.setAccessibleName(self.tr("Edit the selected skill"))
        self.edit_button.setEnabled(False)
        self.status = QLabel("")
        self.status.setAccessibleName(self.tr("Last change"))
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("<h2>Skills</h2>")))
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
            alerts.error(self, core_messages.text_of(exc))
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
        fit_capped(self.table)
        self.table.setColumnWidth(5, self.fontMetrics().height() * 8)
        row = self.model.row_of(chosen) if chosen is not None else -1
        if row >= 0:
            self.table.selectRow(row)
        else:
            self.detail.clear()
        self._enable_buttons()

    def clear(self) -> None:
        self.histories = {}
        self.model.clear()
        self.status.clear()
        self.detail.clear()
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
