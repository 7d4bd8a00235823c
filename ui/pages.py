"""The pages of the main window: record lists with a detail pane, and search.

Every page can ``reload()`` from the open journal and ``clear()`` everything
it shows when the journal is locked.
"""

from __future__ import annotations

import html
import logging

from PySide6.QtCore import QItemSelection, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mentorjournal.domain import search
from mentorjournal.domain.queries import TimelineItem
from mentorjournal.errors import JournalError

from .record_models import KeyedRowsModel
from .record_views import SafeBrowser, open_on_activate
from .timeline_model import ITEM_ROLE, KIND_LABELS, TimelineModel

log = logging.getLogger(__name__)


def make_table(model, accessible: str, stretch_column: int = 0) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setAccessibleName(accessible)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
    view.setSortingEnabled(False)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(False)
    header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)
    view.stretch_column = stretch_column
    return view


def item_record(model, index) -> tuple[str, int] | None:
    """The (kind, id) of a timeline row, for ``open_on_activate``."""
    item = model.data(index, ITEM_ROLE)
    return (item.kind, item.id) if item is not None else None


def item_html(item: TimelineItem) -> str:
    """The detail pane for one timeline row (escaped: journal text is not HTML)."""
    e = html.escape
    facts = [
        item.when.strftime("%Y-%m-%d %H:%M")
        if item.when.time() != item.when.min.time()
        else item.when.strftime("%Y-%m-%d"),
        KIND_LABELS.get(item.kind, item.kind),
    ]
    if item.person_name:
        facts.append(item.person_name)
    parts = [f"<h3>{e(item.title)}</h3>", f"<p style='color:gray'>{e(' · '.join(facts))}</p>"]
    if item.tags:
        parts.append("<p>" + " ".join(f"<code>#{e(t)}</code>" for t in item.tags) + "</p>")
    if item.summary:
        parts.append(f"<p>{e(item.summary)}</p>")
    return "".join(parts)


class RecordPage(QWidget):
    """A heading, a table of records and, for timeline rows, a detail pane.

    Activating a timeline row (double-click, Enter) emits ``record_requested``.
    """

    record_requested = Signal(str, int)

    def __init__(
        self,
        title: str,
        model: TimelineModel | KeyedRowsModel,
        stretch_column: int = 0,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.model = model
        self.heading = QLabel(f"<h2>{html.escape(title)}</h2>")
        self.empty_hint = QLabel("Nothing here yet.")
        self.empty_hint.setObjectName("emptyHint")
        self.table = make_table(model, title, stretch_column)
        self.detail: SafeBrowser | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 8)
        layout.addWidget(self.heading)
        layout.addWidget(self.empty_hint)
        if isinstance(model, TimelineModel):
            self.detail = SafeBrowser(f"{title}: selected record")
            self.splitter = QSplitter(Qt.Orientation.Vertical)
            self.splitter.addWidget(self.table)
            self.splitter.addWidget(self.detail)
            self.splitter.setStretchFactor(0, 3)
            self.splitter.setStretchFactor(1, 1)
            layout.addWidget(self.splitter, 1)
            self.table.selectionModel().selectionChanged.connect(self._show_selected)
            open_on_activate(
                self.table, self.record_requested, lambda index: item_record(self.model, index)
            )
        else:
            layout.addWidget(self.table, 1)
        model.modelReset.connect(self._update_empty_hint)
        model.rowsInserted.connect(self._update_empty_hint)
        self._update_empty_hint()

    def reload(self) -> None:
        self.model.reload()
        if isinstance(self.model, TimelineModel) and self.model.canFetchMore(
            self.table.rootIndex()
        ):
            self.model.fetchMore(self.table.rootIndex())
        self._fit_columns()

    def clear(self) -> None:
        self.model.clear()
        if self.detail is not None:
            self.detail.clear()

    def _fit_columns(self) -> None:
        header = self.table.horizontalHeader()
        for column in range(self.model.columnCount()):
            if column == self.table.stretch_column:
                continue
            self.table.resizeColumnToContents(column)
            header.resizeSection(column, min(header.sectionSize(column) + 12, 320))

    def _update_empty_hint(self) -> None:
        self.empty_hint.setVisible(self.model.rowCount() == 0)

    def _show_selected(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        assert self.detail is not None
        indexes = selected.indexes()
        item = self.model.data(indexes[0], ITEM_ROLE) if indexes else None
        if item is None:
            self.detail.clear()
        else:
            self.detail.setHtml(item_html(item))


class SearchPage(QWidget):
    """Full-text search: results as you type, ranked hits, the highlighted snippet.

    Activating a hit (double-click, Enter) emits ``record_requested``.
    """

    searched = Signal(int)  # number of hits shown
    record_requested = Signal(str, int)

    COLUMNS = ("Date", "Kind", "Title")
    LIMIT = 200

    def __init__(self, type_delay_ms: int = 250, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._hits: list[search.SearchHit] = []
        self.field = QLineEdit()
        self.field.setPlaceholderText("Search the journal: words, or the start of a word")
        self.field.setAccessibleName("Search the journal")
        self.field.setClearButtonEnabled(True)
        self.field.returnPressed.connect(self.run_search)
        self._typing = QTimer(self)  # results as you type, once the typing pauses
        self._typing.setSingleShot(True)
        self._typing.setInterval(type_delay_ms)
        self._typing.timeout.connect(self.run_search)
        self.field.textEdited.connect(lambda _text: self._typing.start())
        self.count = QLabel("")
        self.model = KeyedRowsModel(self.COLUMNS, self._rows)
        self.table = make_table(self.model, "Search results", stretch_column=2)
        self.snippet = SafeBrowser("Matching text")
        self.table.selectionModel().selectionChanged.connect(self._show_selected)
        open_on_activate(self.table, self.record_requested, self._hit_record)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.snippet)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 8)
        layout.addWidget(QLabel("<h2>Search</h2>"))
        layout.addWidget(self.field)
        layout.addWidget(self.count)
        layout.addWidget(splitter, 1)

    def _rows(self) -> list[tuple[tuple[str, int], tuple[str, ...]]]:
        return [
            (
                (hit.kind, hit.id),
                (
                    hit.when.strftime("%Y-%m-%d") if hit.when else "",
                    KIND_LABELS.get(hit.kind, hit.kind.title()),
                    hit.title,
                ),
            )
            for hit in self._hits
        ]

    def _hit_record(self, index) -> tuple[str, int] | None:
        return self.model.key(index.row())

    def run_search(self) -> None:
        self._typing.stop()
        try:
            self._hits = search.search(self.field.text(), limit=self.LIMIT)
        except JournalError as exc:  # a query the index cannot read
            self._hits = []
            self.model.reload()
            self.count.setText(str(exc))
            self.searched.emit(0)
            return
        self.model.reload()
        for column in range(2):
            self.table.resizeColumnToContents(column)
        self.snippet.clear()
        shown = len(self._hits)
        self.count.setText(
            "No matches."
            if not shown
            else f"{shown} best matches."
            if shown == self.LIMIT
            else f"{shown} matches."
        )
        self.searched.emit(shown)

    def clear(self) -> None:
        self._typing.stop()
        self._hits = []
        self.field.clear()
        self.count.clear()
        self.model.clear()
        self.snippet.clear()

    def _show_selected(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if not indexes or not 0 <= indexes[0].row() < len(self._hits):
            self.snippet.clear()
            return
        hit = self._hits[indexes[0].row()]
        self.snippet.setHtml(
            f"<h3>{html.escape(hit.title)}</h3><p>{search.snippet_html(hit.snippet)}</p>"
        )
