"""Qt item models over the core's read queries, fetched lazily.

``TimelineModel`` lists ``queries.timeline`` rows in pages (``canFetchMore`` /
``fetchMore``): views ask for more as the user scrolls, so a journal of ten
years opens as fast as a new one. ``clear()``, used when the journal is
locked, leaves it holding no journal text and fetching nothing. Short lists
loaded whole use ``record_models.KeyedRowsModel``.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from mentorjournal.domain import queries
from mentorjournal.domain.queries import TimelineItem
from mentorjournal.kinds import TIMELINE_KINDS
from mentorjournal.text.plain import tooltip

from .labels import kind_title

log = logging.getLogger(__name__)

PAGE_SIZE = 200
#: The kinds on the timeline, with their words (for the kind column and filter).
KIND_LABELS = {kind.value: kind_title(kind) for kind in TIMELINE_KINDS}
ITEM_ROLE = Qt.ItemDataRole.UserRole + 1

Index = QModelIndex | QPersistentModelIndex
PageSource = Callable[[int, int], Sequence[TimelineItem]]


def timeline_source(
    kinds: Sequence[str] | None = None,
    person: int | None = None,
    tag: str | None = None,
    start: dt.date | None = None,
    end: dt.date | None = None,
) -> PageSource:
    """Pages of the timeline, optionally filtered as ``queries.timeline`` allows.

    ``start`` and ``end`` are inclusive dates; ``None`` means no bound.
    """
    chosen = list(kinds) if kinds else None

    def source(offset: int, limit: int) -> Sequence[TimelineItem]:
        return queries.timeline(
            kinds=chosen,
            person=person,
            tag=tag or None,
            start=start,
            end=end,
            offset=offset,
            limit=limit,
        )

    return source


class TimelineModel(QAbstractTableModel):
    """Date, Kind, Title, Person; newest first; rows loaded page by page."""

    COLUMNS = ("Date", "Kind", "Title", "Person")

    def __init__(
        self, source: PageSource | None = None, page_size: int = PAGE_SIZE, parent=None
    ) -> None:
        super().__init__(parent)
        self._source = source or timeline_source()
        self._page_size = page_size
        self._items: list[TimelineItem] = []
        self._exhausted = True  # nothing to fetch until reload()
        self._fetching = False

    # -- lifecycle ---------------------------------------------------------

    def set_source(self, source: PageSource) -> None:
        """Use other filters; call ``reload()`` to list their rows."""
        self._source = source

    def reload(self) -> None:
        """Start over from the first page (after unlock or an edit)."""
        self.beginResetModel()
        self._items = []
        self._exhausted = False
        self.endResetModel()

    def clear(self) -> None:
        """Forget every row and fetch nothing more (the journal is locked)."""
        self.beginResetModel()
        self._items = []
        self._exhausted = True
        self.endResetModel()

    def item(self, row: int) -> TimelineItem | None:
        return self._items[row] if 0 <= row < len(self._items) else None

    # -- Qt model API ------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt signature)
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and not self._exhausted and not self._fetching

    def fetchMore(self, parent: Index) -> None:
        if not self.canFetchMore(parent):
            return  # also refuses re-entry from views reacting to the insert
        self._fetching = True
        try:
            start = len(self._items)
            page = list(self._source(start, self._page_size))
            if len(page) < self._page_size:
                self._exhausted = True
            if page:
                self.beginInsertRows(QModelIndex(), start, start + len(page) - 1)
                self._items.extend(page)
                self.endInsertRows()
        finally:
            self._fetching = False

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return item.when.strftime("%Y-%m-%d")
            if column == 1:
                return KIND_LABELS.get(item.kind, item.kind)
            if column == 2:
                return item.title
            if column == 3:
                return item.person_name or ""
        elif role == Qt.ItemDataRole.ToolTipRole and column == 2:
            return tooltip(item.summary) if item.summary else None
        elif role == ITEM_ROLE:
            return item
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(self.COLUMNS):
                return self.COLUMNS[section]
        return None
