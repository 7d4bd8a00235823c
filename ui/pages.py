"""The pages of the main window: record lists with a reading pane, and search.

Every page can ``reload()`` from the open journal and ``clear()`` everything
it shows when the journal is locked. Pages ask the window for things with
signals: ``record_requested(kind, id)`` (open in an editor),
``delete_requested(kind, id)`` (move to the trash) and ``new_requested(kind)``
(a new record); ``selected_record()`` is what Edit ▸ Delete acts on.
"""

from __future__ import annotations

import datetime as dt
import html
import logging
from collections.abc import Iterable

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mentorjournal.domain import queries, search
from mentorjournal.domain.queries import TimelineItem
from mentorjournal.errors import JournalError
from mentorjournal.kinds import SEARCH_CODES

from . import core_messages, labels, memory
from .reading import ReadingPane
from .record_models import KeyedRowsModel
from .record_views import DateField, EmptyState, open_on_activate, record_menu
from .timeline_model import ITEM_ROLE, KIND_LABELS, TimelineModel, rating_words

log = logging.getLogger(__name__)

#: A name or organisation column is at most this many average characters wide (it elides,
#: with the whole text as its tooltip), so titles keep their room at any scale.
NAME_CHARS = 18


def make_table(
    model,
    accessible: str,
    stretch_column: int = 0,
    capped: tuple[int, ...] = (),
    sortable: bool = True,
    view_type: type[QTableView] = QTableView,
) -> QTableView:
    """A table of records: rows selected whole, sortable by clicking a column.

    The ``stretch_column`` (names, titles, item texts) takes the room left; the
    other columns fit their contents (dates, kinds, ratings), except ``capped``
    ones (names, organisations), which fit up to ``NAME_CHARS`` and elide.
    """
    view = view_type()
    view.setModel(model)
    view.setAccessibleName(accessible)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setStretchLastSection(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    for column in capped:
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
    header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)
    header.setMinimumSectionSize(view.fontMetrics().horizontalAdvance("M") * 3)
    header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # the model's own order at first
    view.setSortingEnabled(sortable)
    view.stretch_column = stretch_column
    view.capped_columns = capped
    return view


def fit_capped(view: QTableView) -> None:
    """Fit the capped columns to their contents, at most ``NAME_CHARS`` wide."""
    header = view.horizontalHeader()
    cap = view.fontMetrics().averageCharWidth() * NAME_CHARS + 16
    for column in view.capped_columns:
        if header.isSectionHidden(column):
            continue
        wanted = max(view.sizeHintForColumn(column), header.sectionSizeHint(column))
        header.resizeSection(column, min(wanted + 8, cap))


#: The timeline's columns (``TimelineModel.COLUMNS``) that are sized from the font.
DATE, KIND, TITLE, PERSON, RATINGS = range(5)


def timeline_widths(
    view: QTableView, names: Iterable[str] = (), kinds: Iterable[str] | None = None
) -> dict[int, int]:
    """Widths of a timeline table's columns from the font alone, not from its rows (which
    the model would fetch to measure): the date format, the widest kind word (``kinds``,
    the timeline's by default) and rating pattern, the longest of ``names`` (people) up
    to ``NAME_CHARS``; at least the header. Only the columns the table has."""
    metrics = view.fontMetrics()
    width = metrics.horizontalAdvance
    digit = max(width(d) for d in "0123456789")
    pad = 10  # the delegate's margins (6 px in the common styles), and a little air
    words = rating_words()
    ratings = (
        words.change.format(before="10", after="10") + " · " + words.motivation.format(value=10),
        words.confidence.format(value=10) + " · " + words.motivation.format(value=10),
        "10/10",
    )
    cap = metrics.averageCharWidth() * NAME_CHARS + 16
    wanted = {
        DATE: digit * 8 + 2 * width("-"),
        KIND: max(
            (width(word) for word in (KIND_LABELS.values() if kinds is None else kinds)),
            default=0,
        ),
        RATINGS: max(width(text) for text in ratings),
        PERSON: min(max((width(name) for name in names), default=0) + 8, cap - pad),
    }
    header = view.horizontalHeader()
    return {
        column: max(text + pad, header.sectionSizeHint(column))
        for column, text in wanted.items()
        if column < header.count()
    }


def fit_timeline_columns(
    view: QTableView, names: Iterable[str] = (), kinds: Iterable[str] | None = None
) -> None:
    """Size a timeline table's date, kind, person and ratings columns from the font
    (``timeline_widths``); the date, kind and ratings columns stay that wide (Fixed)."""
    header = view.horizontalHeader()
    for column, width in timeline_widths(view, names, kinds).items():
        if column != PERSON:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(column, width)


class TimelineTable(QTableView):
    """A timeline table whose columns are sized from the font: refitted when the font or
    the style changes (``names`` are the people, for the person column)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.names: list[str] = []
        #: The kind words the kind column must hold (None: the timeline's kinds).
        self.kinds: list[str] | None = None

    def fit_columns(self, names: Iterable[str] | None = None) -> None:
        if names is not None:
            self.names = list(names)
        fit_timeline_columns(self, self.names, self.kinds)

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.fit_columns()


def item_record(model, index) -> tuple[str, int] | None:
    """The (kind, id) of a timeline row, for ``open_on_activate``."""
    item = model.data(model.index(index.row(), 0), ITEM_ROLE) if index.isValid() else None
    return (item.kind, item.id) if item is not None else None


def item_html(item: TimelineItem) -> str:
    """A short description of one timeline row (escaped: journal text is not HTML)."""
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


def focus_first_row(view: QAbstractItemView) -> None:
    """Give ``view`` the focus with a selected current row (keyboard users land on one)."""
    view.setFocus()
    model = view.model()
    if model is None or model.rowCount() == 0:
        return
    current = view.currentIndex()
    if not current.isValid():
        current = model.index(0, 0)
    if not view.selectionModel().isSelected(current):
        view.setCurrentIndex(current)  # Qt's focus gives a current row but selects none
        view.selectionModel().select(
            current,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )


class RecordPage(QWidget):
    """A heading, a table of one kind of record and the selected record, whole and rendered.

    Activating a row (double-click, Enter) emits ``record_requested``; Delete or
    the context menu's Delete emits ``delete_requested``.
    """

    record_requested = Signal(str, int)
    delete_requested = Signal(str, int)
    new_requested = Signal(str)

    def __init__(
        self,
        title: str,
        model: TimelineModel,
        stretch_column: int = 2,
        parent: QWidget | None = None,
        *,
        kind: str | None = None,
        empty: str = "",
    ) -> None:
        super().__init__(parent)
        self.model = model
        self.kind = kind
        self.heading = QLabel(f"<h2>{html.escape(title)}</h2>")
        self.table = make_table(
            model, title, stretch_column, capped=(PERSON,), view_type=TimelineTable
        )
        assert isinstance(self.table, TimelineTable)
        self.table.fit_columns()  # from the font, not the rows (which would be fetched)
        if kind is not None:
            self.table.hideColumn(1)  # one kind only: the column would say the same every row
        buttons = []
        if kind is not None:
            text = self.tr("New {kind}…").format(kind=labels.kind_label(kind))
            buttons.append((text, lambda: self.new_requested.emit(kind)))
        self.table_state = EmptyState(
            self.table, empty or self.tr("Nothing here yet."), buttons=buttons
        )
        self.detail = ReadingPane(self.tr("{title}: selected record").format(title=title))
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.table_state)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 8)
        layout.addWidget(self.heading)
        layout.addWidget(self.splitter, 1)
        self.table.selectionModel().selectionChanged.connect(self._show_selected)
        record_of = lambda index: item_record(self.model, index)  # noqa: E731
        open_on_activate(self.table, self.record_requested, record_of)
        record_menu(self.table, record_of, self.record_requested, self.delete_requested)

    @property
    def empty_hint(self) -> QWidget:
        return self.table_state.empty_page

    def reload(self) -> None:
        chosen = self.selected_record()
        self.model.reload()
        if self.model.canFetchMore(self.table.rootIndex()):
            self.model.fetchMore(self.table.rootIndex())
        self.table.fit_columns(person.name for person in queries.people())
        self.select(chosen)

    def select(self, record: tuple[str, int] | None) -> None:
        row = self.model.row_of(record) if record is not None else None  # rows fetched so far
        if row is not None:
            self.table.selectRow(row)
            return
        self.detail.clear()

    def clear(self) -> None:
        self.model.clear()
        self.detail.clear()

    def selected_record(self) -> tuple[str, int] | None:
        rows = self.table.selectionModel().selectedRows()
        return item_record(self.model, rows[0]) if rows else None

    def focus_list(self) -> None:
        focus_first_row(self.table)

    def _show_selected(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        found = self.selected_record()
        if found is None:
            self.detail.clear()
        else:
            self.detail.show_record(*found)


def highlight_colors() -> tuple[str, str]:
    """Background and text colours for a search match, readable on the current palette."""
    base = QApplication.palette().color(QPalette.ColorRole.Base)
    return ("#7a5c00", "#ffffff") if base.lightness() < 128 else ("#ffe066", "#000000")


def highlight_html(snippet: str) -> str:
    """A snippet's HTML with every match highlighted in a way Qt renders (it ignores <mark>)."""
    background, color = highlight_colors()
    span = f"<span style='background-color:{background}; color:{color}; font-weight:bold'>"
    # snippet_html escapes the text, so the only <mark> tags are its own.
    return search.snippet_html(snippet).replace("<mark>", span).replace("</mark>", "</span>")


class SearchField(QLineEdit):
    """The search field: Down moves to the results (the page connects ``down``)."""

    down = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # Qt override
        if event.key() == Qt.Key.Key_Down and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            self.down.emit()
            return
        super().keyPressEvent(event)


class SearchPage(QWidget):
    """Full-text search: results as you type, filters, ranked hits, highlighted snippets.

    Enter in the field searches now, or, once the results are for what is typed,
    opens the selected (first) result. Activating a hit (double-click, Enter)
    emits ``record_requested``; the selected hit is shown whole below the list.
    """

    searched = Signal(int)  # number of hits shown
    record_requested = Signal(str, int)
    delete_requested = Signal(str, int)

    COLUMNS = (
        QT_TRANSLATE_NOOP("SearchPage", "Date"),
        QT_TRANSLATE_NOOP("SearchPage", "Kind"),
        QT_TRANSLATE_NOOP("SearchPage", "Title"),
    )
    LIMIT = 200

    def __init__(self, type_delay_ms: int = 250, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._hits: list[search.SearchHit] = []
        self._searched_for: tuple | None = None
        self.field = SearchField()
        self.field.setPlaceholderText(self.tr("Search the journal: words, or the start of a word"))
        self.field.setAccessibleName(self.tr("Search the journal"))
        self.field.setClearButtonEnabled(True)
        self.field.returnPressed.connect(self._return_pressed)
        self._typing = QTimer(self)  # results as you type, once the typing pauses
        self._typing.setSingleShot(True)
        self._typing.setInterval(type_delay_ms)
        self._typing.timeout.connect(self.run_search)
        self.field.textEdited.connect(lambda _text: self._typing.start())

        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Find records of kind"))
        self.kind.addItem(self.tr("All kinds"), None)
        for kind in sorted(SEARCH_CODES, key=labels.kind_title):
            self.kind.addItem(labels.kind_title(kind), kind)
        self.person = QComboBox()
        self.person.setAccessibleName(self.tr("Find records of person"))
        self.person.addItem(self.tr("Everyone"), None)
        self.person.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.person.setMinimumContentsLength(8)
        self.start = DateField(self.tr("Found from date"))
        self.end = DateField(self.tr("Found up to date"))
        for box in (self.kind, self.person):
            box.currentIndexChanged.connect(self._filters_changed)
        for edit in (self.start, self.end):
            edit.date_changed.connect(self._filters_changed)

        self.count = QLabel("")
        self.count.setTextFormat(Qt.TextFormat.PlainText)
        self.model = KeyedRowsModel([self.tr(c) for c in self.COLUMNS], self._rows)
        self.model.tooltip_columns = {2}
        # Date, Kind, Title: the timeline's first columns, sized from the font as there
        # (measuring the rows' contents read every hit's cells on every keystroke).
        self.table = make_table(
            self.model, self.tr("Search results"), stretch_column=2, view_type=TimelineTable
        )
        assert isinstance(self.table, TimelineTable)
        self.table.kinds = [KIND_LABELS.get(kind, labels.kind_title(kind)) for kind in SEARCH_CODES]
        self.table.fit_columns()
        self.snippet = ReadingPane(self.tr("Matching text"))
        self.table.selectionModel().selectionChanged.connect(self._show_selected)
        open_on_activate(self.table, self.record_requested, self._hit_record)
        record_menu(self.table, self._hit_record, self.record_requested, self.delete_requested)
        self.field.down.connect(lambda: focus_first_row(self.table))

        def labelled(row: QHBoxLayout, text: str, widget: QWidget) -> None:
            label = QLabel(text)
            label.setBuddy(widget)
            row.addWidget(label)
            row.addWidget(widget)

        first = QHBoxLayout()  # two rows: the page stays narrow enough for 200 % scaling
        first.addWidget(self.field, 1)
        labelled(first, self.tr("&Kind:"), self.kind)
        second = QHBoxLayout()
        labelled(second, self.tr("&Person:"), self.person)
        labelled(second, self.tr("Fro&m:"), self.start)
        labelled(second, self.tr("&To:"), self.end)
        second.addSpacing(12)
        second.addWidget(self.count, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.snippet)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        self.splitter = splitter
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 8)
        layout.addWidget(QLabel("<h2>{}</h2>".format(html.escape(self.tr("Search")))))
        layout.addLayout(first)
        layout.addLayout(second)
        layout.addWidget(splitter, 1)

    def _rows(self) -> list[tuple[tuple[str, int], tuple[str, ...]]]:
        return [
            (
                (hit.kind, hit.id),
                (
                    hit.when.strftime("%Y-%m-%d") if hit.when else "",
                    KIND_LABELS.get(hit.kind, labels.kind_title(hit.kind)),
                    hit.title,
                ),
            )
            for hit in self._hits
        ]

    def _hit_record(self, index) -> tuple[str, int] | None:
        return self.model.key(index.row()) if index.isValid() else None

    def reload(self) -> None:
        """The journal changed: the person filter and the results follow."""
        chosen = self.person.currentData()
        self.person.blockSignals(True)
        while self.person.count() > 1:
            self.person.removeItem(1)
        for person in queries.people():
            self.person.addItem(person.name, person.id)
        found = self.person.findData(chosen) if chosen is not None else 0
        self.person.setCurrentIndex(max(found, 0))
        self.person.blockSignals(False)
        if self.field.text().strip():
            self.run_search()

    def filters(self) -> dict:
        """The filters as ``search.search`` keywords."""
        kind = self.kind.currentData()
        start, end = self.start.value(), self.end.value()
        return {
            "kinds": [kind] if kind else None,
            "person": self.person.currentData(),
            "start": start,
            "end": end,
        }

    def _filters_changed(self, *_args) -> None:
        if self.field.text().strip():
            self.run_search()

    def _key(self) -> tuple:
        f = self.filters()
        return (
            self.field.text(),
            f["kinds"] and tuple(f["kinds"]),
            f["person"],
            f["start"],
            f["end"],
        )

    def _return_pressed(self) -> None:
        if self._searched_for == self._key() and not self._typing.isActive() and self._hits:
            found = self.selected_record() or self.model.key(0)
            if found is not None:
                self.record_requested.emit(*found)
            return
        self.run_search()

    def run_search(self) -> None:
        self._typing.stop()
        f = self.filters()
        start: dt.date | None = f["start"]
        end: dt.date | None = f["end"]
        try:
            self._hits = search.search(
                self.field.text(),
                kinds=f["kinds"],
                person=f["person"],
                start=start,
                end=end,
                limit=self.LIMIT,
            )
        except JournalError as exc:  # a query the index cannot read
            self._hits = []
            self.model.reload()
            self.count.setText(core_messages.text_of(exc))
            self.searched.emit(0)
            return
        self._searched_for = self._key()
        self.model.reload()
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.snippet.clear()
        shown = len(self._hits)
        if shown:
            self.table.selectRow(0)
        self.count.setText(
            self.tr("No matches.")
            if not shown
            else self.tr("{n} best matches (Enter opens the selected one).").format(n=shown)
            if shown == self.LIMIT
            else self.tr("{n} matches (Enter opens the selected one).").format(n=shown)
            if shown != 1
            else self.tr("1 match (Enter opens it).")
        )
        self.searched.emit(shown)
        memory.give_back_later()  # what the search freed, once the typing pauses

    def clear(self) -> None:
        self._typing.stop()
        self._hits = []
        self._searched_for = None
        self.field.clear()
        self.count.clear()
        self.model.clear()
        self.snippet.clear()
        self.person.blockSignals(True)
        while self.person.count() > 1:
            self.person.removeItem(1)
        self.person.blockSignals(False)

    def selected_record(self) -> tuple[str, int] | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.key(rows[0].row()) if rows else None

    def focus_list(self) -> None:
        self.field.setFocus()
        self.field.selectAll()

    def _hit_of(self, key: tuple[str, int]) -> search.SearchHit | None:
        return next((h for h in self._hits if (h.kind, h.id) == key), None)

    def _show_selected(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        key = self.selected_record()
        hit = self._hit_of(key) if key is not None else None
        if hit is None:
            self.snippet.clear()
            return
        prefix = (
            "<div style='margin-bottom:8px'><p><b>"
            + html.escape(self.tr("Match:"))
            + f"</b> {highlight_html(hit.snippet)}</p></div><hr>"
        )
        if hit.kind in ("person", "session", "reflection", "goal", "action", "skill", "win"):
            self.snippet.show_record(hit.kind, hit.id, prefix)
        else:
            self.snippet.show_html(prefix)


__all__ = [
    "RecordPage",
    "SearchPage",
    "TimelineTable",
    "fit_capped",
    "fit_timeline_columns",
    "focus_first_row",
    "highlight_html",
    "item_html",
    "item_record",
    "make_table",
]
