"""The Timeline page: what happened up to today, with filters and an Upcoming list.

By default the table lists records dated up to today (planned sessions and
future goal targets would otherwise crowd the top for years ahead); the
"Upcoming" panel beside it lists planned sessions, due action items and goal
targets after today, soonest first. Filters (kind, person, tag, date range)
drive ``queries.timeline``; rows are still fetched page by page.
"""

from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDate,
    QItemSelection,
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from mentorjournal.domain import planning, queries, records

from .pages import PERSON, TimelineTable, focus_first_row, item_record, make_table
from .reading import ReadingPane
from .record_models import KeyedRowsModel
from .record_views import DateField, EmptyState, open_on_activate, record_menu
from .timeline_model import KIND_LABELS, TimelineModel, timeline_source

log = logging.getLogger(__name__)

NO_BOUND = QDate(1900, 1, 1)
EMPTY_TIMELINE = QT_TRANSLATE_NOOP(
    "TimelinePage",
    "Nothing on the timeline up to today yet. Write a reflection (Ctrl+N) or record a "
    "session (Ctrl+Shift+N), and it will show up here.",
)
EMPTY_FILTERED = QT_TRANSLATE_NOOP(
    "TimelinePage",
    "No records match these filters. Try another kind, person or tag, or widen the dates.",
)
EMPTY_UPCOMING = QT_TRANSLATE_NOOP(
    "TimelinePage",
    "Nothing planned after today: no planned sessions, no action items due and no goal "
    "target dates ahead.",
)
_UPCOMING_LABELS = {
    "session": QT_TRANSLATE_NOOP("timeline_page", "Session"),
    "action": QT_TRANSLATE_NOOP("timeline_page", "Due"),
    "goal": QT_TRANSLATE_NOOP("timeline_page", "Goal target"),
}


def _combo(accessible: str, first: str) -> QComboBox:
    box = QComboBox()
    box.setAccessibleName(accessible)
    box.addItem(first, None)
    # Long names must not widen the window: the popup list still shows them whole.
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(8)
    return box


def _refill(box: QComboBox, entries: list[tuple[str, object]]) -> None:
    """Replace all but the first entry, keeping the chosen value where it still exists."""
    chosen = box.currentData()
    box.blockSignals(True)
    while box.count() > 1:
        box.removeItem(1)
    for text, value in entries:
        box.addItem(text, value)
    found = box.findData(chosen) if chosen is not None else 0
    box.setCurrentIndex(max(found, 0))
    box.blockSignals(False)


def upcoming_rows() -> list[tuple[tuple[str, int], tuple[str, str]]]:
    """When and what, the person in the what (two columns fit a narrow panel)."""
    rows = []
    for item in planning.upcoming():
        when = item.when.strftime("%Y-%m-%d %H:%M" if item.kind == "session" else "%Y-%m-%d")
        what = (
            item.title
            if item.kind == "session"
            else QCoreApplication.translate("timeline_page", _UPCOMING_LABELS[item.kind])
            + ": "
            + item.title
        )
        if item.person_name and item.person_name not in what:
            what += f" · {item.person_name}"
        rows.append(((item.kind, item.id), (when, what)))
    return rows


class TimelinePage(QWidget):
    """Filters above a lazily fetched timeline, a detail pane, and the Upcoming list.

    Activating a row of either list (double-click, Enter) emits ``record_requested``.
    """

    record_requested = Signal(str, int)
    delete_requested = Signal(str, int)
    new_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = TimelineModel(timeline_source(end=dt.date.today()))
        self.heading = QLabel(self.tr("<h2>Timeline</h2>"))
        self.count = QLabel("")
        self.count.setAccessibleName(self.tr("Number of records shown"))

        self.kind = _combo(self.tr("Filter by kind"), self.tr("All kinds"))
        for kind, label in sorted(KIND_LABELS.items(), key=lambda kv: kv[1]):
            self.kind.addItem(label, kind)
        self.person = _combo(self.tr("Filter by person"), self.tr("Everyone"))
        self.tag = _combo(self.tr("Filter by tag"), self.tr("Any tag"))
        self.start = DateField(self.tr("From date"))
        self.end = QDateEdit()
        self.end.setAccessibleName(self.tr("To date"))
        self.end.setCalendarPopup(True)
        self.end.setDisplayFormat("yyyy-MM-dd")
        self.end.setDate(QDate.currentDate())
        self.end.setMinimumWidth(self.end.fontMetrics().horizontalAdvance("0000-00-00") + 48)
        self._end_is_today = True
        self.reset_button = QPushButton(self.tr("&Reset filters"))
        self.upcoming_button = QPushButton(self.tr("&Upcoming"))
        self.upcoming_button.setCheckable(True)
        self.upcoming_button.setChecked(True)
        self.upcoming_button.setToolTip(
            self.tr("Show planned sessions, due action items and goal targets after today")
        )

        # Two rows, so that the page stays narrow enough for a small screen at 200%.
        what, when = QHBoxLayout(), QHBoxLayout()
        for row, pairs in (
            (
                what,
                (
                    (self.tr("&Kind:"), self.kind),
                    (self.tr("&Person:"), self.person),
                    (self.tr("Ta&g:"), self.tag),
                ),
            ),
            (when, ((self.tr("Fro&m:"), self.start), (self.tr("&To:"), self.end))),
        ):
            for text, widget in pairs:
                label = QLabel(text)
                label.setBuddy(widget)
                row.addWidget(label)
                row.addWidget(widget)
        what.addStretch(1)
        when.addWidget(self.reset_button)
        when.addStretch(1)
        when.addWidget(self.upcoming_button)
        filters = QVBoxLayout()
        filters.setSpacing(4)
        filters.addLayout(what)
        filters.addLayout(when)

        self.table = make_table(
            self.model,
            self.tr("Timeline"),
            stretch_column=2,
            capped=(PERSON,),
            view_type=TimelineTable,
        )
        assert isinstance(self.table, TimelineTable)
        # Columns sized from the font, not by reading rows (which the model would fetch).
        self.table.fit_columns()
        self.table_state = EmptyState(
            self.table,
            self.tr(EMPTY_TIMELINE),
            buttons=[
                (self.tr("New reflection…"), lambda: self.new_requested.emit("reflection")),
                (self.tr("New session…"), lambda: self.new_requested.emit("session")),
            ],
        )
        self.detail = ReadingPane(self.tr("Timeline: selected record"))
        self.table_split = QSplitter(Qt.Orientation.Vertical)
        self.table_split.addWidget(self.table_state)
        self.table_split.addWidget(self.detail)
        self.table_split.setStretchFactor(0, 3)
        self.table_split.setStretchFactor(1, 2)
        self.table_split.setChildrenCollapsible(False)

        self.upcoming_model = KeyedRowsModel((self.tr("When"), self.tr("What")), upcoming_rows)
        self.upcoming_model.tooltip_columns = {1}
        self.upcoming_table = make_table(self.upcoming_model, self.tr("Upcoming"), stretch_column=1)
        self.upcoming_panel = QWidget()
        panel = QVBoxLayout(self.upcoming_panel)
        panel.setContentsMargins(0, 0, 0, 0)
        panel.addWidget(QLabel(self.tr("<b>Upcoming</b> — after today, soonest first")))
        self.upcoming_state = EmptyState(self.upcoming_table, self.tr(EMPTY_UPCOMING))
        panel.addWidget(self.upcoming_state, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.table_split)
        self.splitter.addWidget(self.upcoming_panel)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([700, 340])  # in proportion: the Upcoming list needs room to read
        self.splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 8)
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addStretch(1)
        top.addWidget(self.count)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.splitter, 1)

        for box in (self.kind, self.person, self.tag):
            box.currentIndexChanged.connect(self.apply_filters)
        self.start.date_changed.connect(self.apply_filters)
        self.end.dateChanged.connect(self._end_changed)
        self.reset_button.clicked.connect(self.reset_filters)
        self.upcoming_button.toggled.connect(self.upcoming_panel.setVisible)
        self.table.selectionModel().selectionChanged.connect(self._show_selected)
        self.upcoming_table.selectionModel().selectionChanged.connect(self._show_upcoming)
        record_of = lambda index: item_record(self.model, index)  # noqa: E731
        open_on_activate(self.table, self.record_requested, record_of)
        record_menu(self.table, record_of, self.record_requested, self.delete_requested)
        upcoming_of = lambda index: self.upcoming_model.key(index.row())  # noqa: E731
        open_on_activate(self.upcoming_table, self.record_requested, upcoming_of)
        record_menu(self.upcoming_table, upcoming_of, self.record_requested, self.delete_requested)

    # -- filters -----------------------------------------------------------

    def filters(self) -> dict:
        """The filters as ``queries.timeline`` keywords."""
        start = self.start.value()
        kind = self.kind.currentData()
        return {
            "kinds": [kind] if kind else None,
            "person": self.person.currentData(),
            "tag": self.tag.currentData(),
            "start": start,
            "end": self.end.date().toPython(),
        }

    def _filtered(self) -> bool:
        f = self.filters()
        return any((f["kinds"], f["person"], f["tag"], f["start"])) or not self._end_is_today

    def _end_changed(self, _date: QDate) -> None:
        self._end_is_today = self.end.date() == QDate.currentDate()
        self.apply_filters()

    def apply_filters(self, *_args) -> None:
        f = self.filters()
        self.model.set_source(timeline_source(**f))
        self.model.reload()
        self.detail.clear()
        if self.model.canFetchMore(QModelIndex()):
            self.model.fetchMore(QModelIndex())
        total = self.model.rowCount()  # the count the model read (once)
        self.count.setText(
            self.tr("%n record(s) up to {day}", "", total).format(day=f["end"].isoformat())
        )
        self.table_state.set_message(
            self.tr(EMPTY_FILTERED if self._filtered() else EMPTY_TIMELINE)
        )
        self._fit_columns()

    def reset_filters(self) -> None:
        for widget in (self.kind, self.person, self.tag, self.start, self.end):
            widget.blockSignals(True)
        self.kind.setCurrentIndex(0)
        self.person.setCurrentIndex(0)
        self.tag.setCurrentIndex(0)
        self.start.set_value(None)
        self.end.setDate(QDate.currentDate())
        self._end_is_today = True
        for widget in (self.kind, self.person, self.tag, self.start, self.end):
            widget.blockSignals(False)
        self.apply_filters()

    # -- page lifecycle ----------------------------------------------------

    def selected_record(self) -> tuple[str, int] | None:
        """The record the focused list has selected (the timeline's, else Upcoming's)."""
        if self.upcoming_table.hasFocus():
            rows = self.upcoming_table.selectionModel().selectedRows()
            return self.upcoming_model.key(rows[0].row()) if rows else None
        rows = self.table.selectionModel().selectedRows()
        return item_record(self.model, rows[0]) if rows else None

    def focus_list(self) -> None:
        focus_first_row(self.table)

    def select(self, record: tuple[str, int] | None) -> None:
        row = self.model.row_of(record) if record is not None else None  # rows fetched so far
        if row is not None:
            self.table.selectRow(row)

    def reload(self) -> None:
        chosen = self.detail.shown()
        people = queries.people()
        _refill(self.person, [(p.name, p.id) for p in people])
        self.table.names = [p.name for p in people]  # the person column's width
        _refill(self.tag, [(f"#{t}", t) for t in records.all_tags(in_use=True)])
        if self._end_is_today and self.end.date() != QDate.currentDate():
            self.end.blockSignals(True)
            self.end.setDate(QDate.currentDate())
            self.end.blockSignals(False)
        self.apply_filters()
        self.upcoming_model.reload()
        if chosen is not None:
            self.select(chosen)

    def clear(self) -> None:
        self.model.clear()
        self.detail.clear()
        self.upcoming_model.clear()
        self.count.clear()
        _refill(self.person, [])
        _refill(self.tag, [])

    def _fit_columns(self) -> None:
        self.table.fit_columns()

    def _show_selected(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        found = item_record(self.model, indexes[0]) if indexes else None
        if found is None:
            self.detail.clear()
        else:
            self.detail.show_record(*found)

    def _show_upcoming(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        found = self.upcoming_model.key(indexes[0].row()) if indexes else None
        if found is not None:
            self.detail.show_record(*found)
