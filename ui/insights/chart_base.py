"""What every Insights panel shares: heading, buttons, the chart view or a message, a table.

A ``ChartPanel`` is a heading with buttons (save image, export data, show as
table), a ``ChartView`` painting one ``mentorjournal.charts`` chart, and a
message that takes the view's place when there is nothing to draw. "Show as
table" swaps the picture for a table of the same numbers (``table()``, also
the CSV): the accessible alternative to any chart.
"""

from __future__ import annotations

import datetime as dt
import html
import logging
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QStackedWidget,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from mentorjournal.charts.base import Chart
from mentorjournal.charts.theme import COLOURS, Theme, is_dark
from mentorjournal.charts.ticks import fmt_day, month_name
from ui import alerts

from . import export
from .chart_view import ChartView

log = logging.getLogger(__name__)

__all__ = ["COLOURS", "ChartPanel", "RowsModel", "colour", "fmt_day", "is_dark", "month_name"]

Index = QModelIndex | QPersistentModelIndex


def colour(name: str, dark: bool, alpha: int = 255):  # noqa: ANN201 - a QColor
    return Theme.of(dark).colour(name, alpha)


class RowsModel(QAbstractTableModel):
    """Rows of plain values under a header, set in one go (no per-cell re-measuring)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.header: list[str] = []
        self.rows: list[Sequence[object]] = []
        self.tips: list[str] = []

    def set_rows(
        self, header: Sequence[str], rows: Sequence[Sequence[object]], tips: Sequence[str] = ()
    ) -> None:
        self.beginResetModel()
        self.header, self.rows, self.tips = list(header), list(rows), list(tips)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt override
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt override
        return 0 if parent.isValid() else len(self.header)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:  # Qt override
        if not index.isValid():
            return None
        value = self.rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.ToolTipRole and index.row() < len(self.tips):
            return self.tips[index.row()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column():
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:  # Qt override
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.header[section] if section < len(self.header) else None
        return None


def make_table_view(name: str) -> QTableView:
    view = QTableView()
    view.setAccessibleName(name)
    view.verticalHeader().hide()
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setStretchLastSection(True)
    return view


class ChartPanel(QWidget):
    """Heading, buttons, the chart (or a message, or its table), CSV/PNG export.

    Subclasses make their chart, fill it in ``show_data`` and describe their
    numbers in ``table()`` (header, rows) for the CSV and the table view.
    """

    record_requested = Signal(str, int)

    #: Short name used in suggested file names.
    slug = "chart"
    empty_text = QT_TRANSLATE_NOOP("ChartPanel", "Nothing to show yet.")

    def __init__(self, title: str, chart: Chart, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.chart = chart
        chart.title = title
        self.setAccessibleName(title)
        self.view = ChartView(chart, self.tr("{title} chart").format(title=title))
        self.view.record_clicked.connect(self.clicked)

        self.heading = QLabel(f"<b>{html.escape(title)}</b>")
        self.subtitle = QLabel("")
        self.subtitle.setWordWrap(True)
        self.subtitle.setTextFormat(Qt.TextFormat.PlainText)
        self.subtitle.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.message = QLabel(self.tr(self.empty_text))
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setObjectName("chartEmptyMessage")
        self.message.setMargin(24)
        self.message.setAccessibleName(self.tr("{title}: nothing to show").format(title=title))
        self.table_model = RowsModel(self)
        self.table_view = make_table_view(self.tr("{title} as a table").format(title=title))
        self.table_view.setModel(self.table_model)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.message)
        self.stack.addWidget(self.table_view)

        self.table_button = self._tool_button(
            self.tr("Show as table"),
            self.tr("Show the numbers of %s as a table") % title,
            self.toggle_table,
        )
        self.table_button.setCheckable(True)
        self.save_image_button = self._tool_button(
            self.tr("Save image…"),
            self.tr("Save the %s chart as a PNG image") % title,
            self.save_image,
        )
        self.export_data_button = self._tool_button(
            self.tr("Export data…"),
            self.tr("Export the numbers of %s as CSV") % title,
            self.export_data,
        )
        self.header = QHBoxLayout()
        self.header.addWidget(self.heading)
        self.header.addStretch(1)
        self.controls = QHBoxLayout()  # a chart's own choices: a row of their own, left
        self.header.addWidget(self.table_button)
        self.header.addWidget(self.save_image_button)
        self.header.addWidget(self.export_data_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 6)
        layout.addLayout(self.header)
        controls_row = QHBoxLayout()
        controls_row.addLayout(self.controls)
        controls_row.addStretch(1)
        layout.addLayout(controls_row)
        layout.addWidget(self.subtitle)
        self.body = QHBoxLayout()  # the chart; subclasses may add a side table
        self.body.addWidget(self.stack, 3)
        layout.addLayout(self.body, 1)
        self.has_data = False

    def _tool_button(self, text: str, tip: str, slot: Callable[[], object]) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.clicked.connect(slot)
        return button

    def showEvent(self, event) -> None:  # Qt override: Tab goes buttons, choices, the chart
        if not getattr(self, "_tabs_ordered", False):
            self._tabs_ordered = True
            chain = [self.table_button, self.save_image_button, self.export_data_button]
            for i in range(self.controls.count()):
                widget = self.controls.itemAt(i).widget()
                if widget is not None and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
                    chain.append(widget)
            chain.append(self.view)
            for first, second in zip(chain, chain[1:], strict=False):
                QWidget.setTabOrder(first, second)
        super().showEvent(event)

    def clicked(self, kind: str, record_id: int) -> None:
        """A chart element with a record was clicked (or chosen with Return)."""
        self.record_requested.emit(kind, record_id)

    # -- state ----------------------------------------------------------------

    @property
    def dark(self) -> bool:
        return is_dark(self.palette())

    @property
    def is_showing_chart(self) -> bool:
        return self.stack.currentWidget() is self.view

    @property
    def is_showing_table(self) -> bool:
        return self.stack.currentWidget() is self.table_view

    def show_chart(self, has_data: bool, message: str | None = None) -> None:
        """The chart (or its table) when there is data; otherwise the given or default message."""
        self.has_data = has_data
        if has_data:
            self.view.refresh()
            if self.table_button.isChecked():
                header, rows = self.table()
                self.table_model.set_rows(header, rows)
                self.stack.setCurrentWidget(self.table_view)
            else:
                self.stack.setCurrentWidget(self.view)
        else:
            self.message.setText(message or self.tr(self.empty_text))
            self.stack.setCurrentWidget(self.message)
        for button in (self.save_image_button, self.export_data_button, self.table_button):
            button.setEnabled(has_data)

    def toggle_table(self) -> None:
        self.show_chart(self.has_data, self.message.text())

    def clear(self) -> None:
        """Forget everything shown (the journal was locked)."""
        self.clear_data()
        self.view.forget()
        self.table_model.set_rows((), ())
        self.subtitle.clear()
        self.show_chart(False)

    def clear_data(self) -> None:
        """Subclasses drop their own references to journal data here."""

    # -- export -------------------------------------------------------------------

    def table(self) -> tuple[Sequence[str], list[Sequence[object]]]:
        return (), []

    def suggested_name(self, extension: str) -> str:
        return f"mentorjournal-{self.slug}-{dt.date.today().isoformat()}.{extension}"

    def write_image(self, path: Path) -> None:
        self.view.write_png(path)
        log.info("chart saved as PNG")

    def write_data(self, path: Path) -> None:
        header, rows = self.table()
        export.write_csv(path, header, rows)

    def save_image(self) -> None:
        path = alerts.ask_save_path(
            self,
            self.tr("Save %s as an image") % self.title,
            self.suggested_name("png"),
            self.tr("PNG images (*.png)"),
        )
        if path is not None:
            self._write(self.write_image, path)

    def export_data(self) -> None:
        path = alerts.ask_save_path(
            self,
            self.tr("Export the data of %s") % self.title,
            self.suggested_name("csv"),
            self.tr("CSV files (*.csv)"),
        )
        if path is not None:
            self._write(self.write_data, path)

    def _write(self, writer: Callable[[Path], None], path: Path) -> None:
        try:
            writer(path)
        except OSError as exc:
            log.warning("export failed: %s", type(exc).__name__)
            alerts.error(
                self,
                self.tr("Could not write %s.") % path.name,
                exc.strerror or self.tr("The file could not be written."),
            )
