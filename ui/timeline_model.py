"""Qt item models over the core's read queries, fetched lazily.

``TimelineModel`` lists ``queries.timeline`` rows. Over a counted source
(``timeline_source()`` gives a ``TimelinePages``) ``reload()`` fetches the first
page and the count; the model then lists every row, and fetches a block of rows
(five pages) when one of its rows is first read: a journal of thirty years opens as
fast as a new one, and scrolling or Ctrl+End to its end fetches the last rows only.
It keeps the first block and at most ``KEPT_BLOCKS`` others (the least recently read
is let go, and fetched again if read again): scrolling through every row holds a few
thousand rows, not all of them. A plain page callable is fetched page after page
instead (``canFetchMore`` / ``fetchMore``), each page after the first as large as
what is listed already (up to ``queries.MAX_PAGE``). A row's five display strings
are made once, when it is first shown (the kind words and rating patterns are
translated once per reload), and ``index()`` is answered without Qt's calls back
into ``rowCount`` and ``columnCount``. ``clear()``, used when the journal is locked,
leaves it holding no journal text and fetching nothing. Short lists loaded whole use
``record_models.KeyedRowsModel``.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Sequence
from typing import Any, NamedTuple

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from mentorjournal.domain import queries
from mentorjournal.domain.queries import TimelineItem
from mentorjournal.kinds import TIMELINE_KINDS
from mentorjournal.text.plain import tooltip

from .labels import Lazy, kind_title

log = logging.getLogger(__name__)

PAGE_SIZE = 200
#: Blocks of rows kept besides the first (the least recently read one is let go).
KEPT_BLOCKS = 4
#: The kinds on the timeline, with their words (for the kind column and filter).
KIND_LABELS = Lazy(lambda: {kind.value: kind_title(kind) for kind in TIMELINE_KINDS})
ITEM_ROLE = Qt.ItemDataRole.UserRole + 1
_DISPLAY = Qt.ItemDataRole.DisplayRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_ROOT = QModelIndex()
_COLUMNS = 5

Index = QModelIndex | QPersistentModelIndex
PageSource = Callable[..., Sequence[TimelineItem]]
#: The core's sort key for each column (``queries.SORTS``).
SORT_KEYS = ("when", "kind", "title", "person", "when")


def _tr(text: str) -> str:
    return QCoreApplication.translate("TimelineModel", text)


def _value(value: int | None) -> str:
    return "–" if value is None else str(value)


class RatingWords(NamedTuple):
    """The translated patterns of ``ratings_text``: read once, not per cell."""

    change: str
    confidence: str
    motivation: str


def rating_words() -> RatingWords:
    return RatingWords(_tr("C {before}→{after}"), _tr("C {value}"), _tr("M {value}"))


def ratings_text(item: TimelineItem, words: RatingWords | None = None) -> str:
    """The ratings a row carries, short: "C 4→7 · M 8" (confidence, motivation), "6/10"."""
    if item.kind == "rating" and item.value is not None:
        return f"{item.value}/10"
    if item.confidence_before is None and item.confidence is None and item.motivation is None:
        return ""
    words = words or rating_words()
    parts = []
    if item.confidence_before is not None or (item.kind == "session" and item.confidence):
        parts.append(
            words.change.format(
                before=_value(item.confidence_before), after=_value(item.confidence)
            )
        )
    elif item.confidence is not None:
        parts.append(words.confidence.format(value=item.confidence))
    if item.motivation is not None:
        parts.append(words.motivation.format(value=item.motivation))
    return " · ".join(parts)


def ratings_tooltip(item: TimelineItem) -> str | None:
    if item.kind == "rating" and item.value is not None:
        return _tr("Rated {value} out of 10").format(value=item.value)
    parts = []
    if item.kind == "session" and (item.confidence_before is not None or item.confidence):
        parts.append(
            _tr("Confidence {before} before, {after} after").format(
                before=_value(item.confidence_before), after=_value(item.confidence)
            )
        )
    elif item.confidence is not None:
        parts.append(_tr("Confidence {value}").format(value=item.confidence))
    if item.motivation is not None:
        parts.append(_tr("motivation {value}").format(value=item.motivation))
    return ", ".join(parts) or None


class TimelinePages:
    """Pages of the timeline with fixed filters, and how many rows they hold (``count``).

    A source with ``count`` lets ``TimelineModel`` know every row from the start and
    fetch only the pages a view shows; a plain callable is fetched page after page.
    """

    def __init__(self, **filters: Any) -> None:
        self._filters = filters

    def __call__(
        self, offset: int, limit: int, sort: str = "when", descending: bool = True
    ) -> Sequence[TimelineItem]:
        return queries.timeline(
            **self._filters, offset=offset, limit=limit, sort=sort, descending=descending
        )

    def count(self) -> int:
        return queries.timeline_count(**self._filters)


def timeline_source(
    kinds: Sequence[str] | None = None,
    person: int | None = None,
    tag: str | None = None,
    start: dt.date | None = None,
    end: dt.date | None = None,
) -> TimelinePages:
    """Pages of the timeline, optionally filtered as ``queries.timeline`` allows.

    ``start`` and ``end`` are inclusive dates; ``None`` means no bound.
    """
    return TimelinePages(
        kinds=list(kinds) if kinds else None, person=person, tag=tag or None, start=start, end=end
    )


class TimelineModel(QAbstractTableModel):
    """Date, Kind, Title, Person, Ratings; newest first (or sorted by a column); rows
    loaded page by page."""

    COLUMNS = (
        QT_TRANSLATE_NOOP("TimelineModel", "Date"),
        QT_TRANSLATE_NOOP("TimelineModel", "Kind"),
        QT_TRANSLATE_NOOP("TimelineModel", "Title"),
        QT_TRANSLATE_NOOP("TimelineModel", "Person"),
        QT_TRANSLATE_NOOP("TimelineModel", "Ratings"),
    )

    def __init__(
        self, source: PageSource | None = None, page_size: int | None = None, parent=None
    ) -> None:
        super().__init__(parent)
        self._source = source or timeline_source()
        self._page_size = page_size or PAGE_SIZE  # read now: a test may set smaller pages
        #: The rows; with a counted source, every row from the start (``None`` until its
        #: page is fetched).
        self._items: list[TimelineItem | None] = []
        self._rows = 0  # len(self._items), read by every index() and data()
        #: The blocks of rows fetched (counted sources), least recently read first
        #: (a dict as an ordered set); ``_size`` rows each, 0 for a plain source.
        self._blocks: dict[int, None] = {}
        self._size = 0
        self._recent = 0  # the block read last (not moved on every cell)
        #: Each row's five display strings, made when the row is first shown.
        self._cells: list[tuple[str, str, str, str, str] | None] = []
        self._kinds: dict[str, str] = {}
        self._words = RatingWords("", "", "")
        self._exhausted = True  # nothing to fetch until reload()
        self._fetching = False
        self._sort = ("when", True)

    # -- lifecycle ---------------------------------------------------------

    def set_source(self, source: PageSource) -> None:
        """Use other filters; call ``reload()`` to list their rows."""
        self._source = source

    def reload(self) -> None:
        """Start over from the first page (after unlock or an edit).

        With a counted source (``TimelinePages``) the first page is fetched now and the
        model holds every row from then on, each block of rows fetched when one of its
        rows is first asked for: scrolling to the end fetches the last rows, not all.
        """
        self.beginResetModel()
        self._items = []
        self._cells = []
        self._blocks = {}
        self._size = 0
        self._recent = 0
        self._kinds = dict(KIND_LABELS)  # the words as the translator now has them
        self._words = rating_words()
        self._exhausted = False
        count = getattr(self._source, "count", None)
        if count is not None:
            first = list(self._source(0, self._page_size, *self._sort_args()))
            total = max(int(count()), len(first))  # the first page made the key list
            self._items = [*first, *([None] * (total - len(first)))]
            self._cells = [None] * total
            self._size = self._block()
            # block 0 is fetched whole when a row past the first page is asked for
            self._blocks = {0: None} if len(first) < self._page_size else {}
            self._exhausted = True  # nothing to append: every row is there
        self._rows = len(self._items)
        self.endResetModel()

    def clear(self) -> None:
        """Forget every row and fetch nothing more (the journal is locked)."""
        self.beginResetModel()
        self._items = []
        self._cells = []
        self._rows = 0
        self._blocks = {}
        self._size = 0
        self._exhausted = True
        self.endResetModel()

    def item(self, row: int) -> TimelineItem | None:
        if not 0 <= row < self._rows:
            return None
        if self._size:
            self._touch(row // self._size)
        return self._items[row] or self._fetch_page_of(row)

    def held_rows(self) -> int:
        """How many rows the model holds now (fetched and not let go)."""
        return sum(item is not None for item in self._items)

    def row_of(self, record: tuple[str, int] | None) -> int | None:
        """The row of ``record`` (kind, id) among the rows fetched and kept, if there."""
        for row, item in enumerate(self._items):
            if item is not None and (item.kind, item.id) == record:
                return row
        return None

    def _block(self) -> int:
        """How many rows a block holds (five pages, at most ``queries.MAX_PAGE``)."""
        return max(self._page_size, min(5 * self._page_size, queries.MAX_PAGE))

    def _sort_args(self) -> tuple[Any, ...]:
        return () if self._sort == ("when", True) else self._sort  # plain sources: 2 args

    def _touch(self, block: int) -> None:
        """Note ``block`` as the one read last (the least recently read is let go first)."""
        if block != self._recent:
            self._recent = block
            if block in self._blocks:
                del self._blocks[block]
                self._blocks[block] = None

    def _fetch_page_of(self, row: int) -> TimelineItem | None:
        """Fetch the block of rows holding ``row`` (counted sources); its item.

        Blocks are ``_block()`` rows (five pages): a walk through every row costs a few
        dozen fetches, and a jump to the end one. Past ``KEPT_BLOCKS`` blocks (the first
        not counted) the least recently read one is let go: its rows and their strings
        are dropped, and fetched again when read again.
        """
        size = self._size
        if not size:
            return None
        block = row // size
        if block in self._blocks or self._fetching:
            return None
        self._blocks[block] = None
        self._recent = block
        start, end = block * size, min((block + 1) * size, self._rows)
        while start < end and self._items[start] is not None:  # the first page, say
            start += 1
        self._fetching = True
        try:
            got = list(self._source(start, end - start, *self._sort_args()))
        finally:
            self._fetching = False
        for at, item in enumerate(got[: end - start]):
            self._items[start + at] = item
        self._let_go()
        return self._items[row]

    def _let_go(self) -> None:
        """Drop the least recently read blocks past ``KEPT_BLOCKS`` (never the first)."""
        others = len(self._blocks) - (0 in self._blocks)
        size = self._size
        for block in list(self._blocks):
            if others <= KEPT_BLOCKS:
                break
            if block == 0:
                continue
            del self._blocks[block]
            others -= 1
            start, end = block * size, min((block + 1) * size, self._rows)
            self._items[start:end] = [None] * (end - start)
            self._cells[start:end] = [None] * (end - start)

    def _make_cells(self, item: TimelineItem) -> tuple[str, str, str, str, str]:
        return (
            item.when.date().isoformat(),
            self._kinds.get(item.kind, item.kind),
            item.title,
            item.person_name or "",
            ratings_text(item, self._words),
        )

    # -- Qt model API ------------------------------------------------------

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else self._rows

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else _COLUMNS

    def index(self, row: int, column: int, parent: Index = _ROOT) -> QModelIndex:
        """``QAbstractTableModel.index`` without its two calls back into Python (the
        row and column counts) for every index a view or a walk asks for."""
        if (
            0 <= row < self._rows
            and 0 <= column < _COLUMNS
            and (parent is _ROOT or not parent.isValid())
        ):
            return self.createIndex(row, column)
        return QModelIndex()

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and not self._exhausted and not self._fetching

    def fetchMore(self, parent: Index) -> None:
        if not self.canFetchMore(parent):
            return  # also refuses re-entry from views reacting to the insert
        self._fetching = True
        try:
            start = len(self._items)
            # The first page as asked; then as many rows as are listed already (up to
            # queries.MAX_PAGE): scrolling far costs a few fetches (and a few resizes of
            # the view's columns), not one per 200 rows.
            size = min(max(self._page_size, start), max(self._page_size, queries.MAX_PAGE))
            page = list(self._source(start, size, *self._sort_args()))
            if len(page) < size:
                self._exhausted = True
            if page:
                self.beginInsertRows(QModelIndex(), start, start + len(page) - 1)
                self._items.extend(page)
                self._cells.extend([None] * len(page))
                self._rows = len(self._items)
                self.endInsertRows()
        finally:
            self._fetching = False

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        row = index.row()  # -1 for an invalid index
        if not 0 <= row < self._rows:
            return None
        if self._size and row // self._size != self._recent:
            self._touch(row // self._size)
        if role == _DISPLAY:
            cells = self._cells[row]
            if cells is None:
                item = self._items[row] or self._fetch_page_of(row)
                if item is None:  # gone since the count (the data changed): until a reload
                    return None
                cells = self._cells[row] = self._make_cells(item)
            column = index.column()
            return cells[column] if 0 <= column < _COLUMNS else None
        item = self._items[row] or self._fetch_page_of(row)
        if item is None:
            return None
        column = index.column()
        if role == _TOOLTIP:
            if column == 2:  # the whole title (a narrow column elides it) and the text
                text = item.title + (f"\n\n{item.summary}" if item.summary else "")
                return tooltip(text)
            if column == 3 and item.person_name:
                return tooltip(item.person_name)
            if column == 4:
                return ratings_tooltip(item)
        elif role == ITEM_ROLE:
            return item
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.COLUMNS):
            if role == Qt.ItemDataRole.DisplayRole:
                return _tr(self.COLUMNS[section])
            if role == Qt.ItemDataRole.ToolTipRole and section == 4:
                return _tr("C: confidence (before → after a session), M: motivation")
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by a column in the database (every row, not just those loaded); a column
        of -1 is the timeline's own order, newest first."""
        if 0 <= column < len(SORT_KEYS):
            self._sort = (SORT_KEYS[column], order == Qt.SortOrder.DescendingOrder)
        else:
            self._sort = ("when", True)
        if not self._exhausted or self._items:
            self.reload()
