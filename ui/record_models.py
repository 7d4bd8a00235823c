"""Item models for goals and action items, and a keyed rows model.

``ActionsModel`` lists action items with a check box in the first column:
ticking it marks the item done (``records.complete_action``), unticking
reopens it. ``GoalsModel`` is a tree: goals with their action items beneath.
Overdue items say "Overdue" in words and are drawn in a colour that stands
out on light and dark palettes alike. Every model has ``reload()`` and
``clear()``; after ``clear()`` it holds no journal text.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from mentorjournal.domain import records, rules
from mentorjournal.domain.planning import GoalGroup
from mentorjournal.domain.records import ActionItem
from mentorjournal.errors import JournalError
from mentorjournal.kinds import GOAL_STATUS_LABELS
from mentorjournal.text.plain import first_line, tooltip

from . import core_messages, labels

log = logging.getLogger(__name__)


def _tr(text: str) -> str:
    return QCoreApplication.translate("record_models", text)


Index = QModelIndex | QPersistentModelIndex
KEY_ROLE = Qt.ItemDataRole.UserRole + 2
PROGRESS_ROLE = Qt.ItemDataRole.UserRole + 3
OVERDUE_ROLE = Qt.ItemDataRole.UserRole + 4
STATUS_LABELS = GOAL_STATUS_LABELS


def is_overdue(item: ActionItem, today: dt.date | None = None) -> bool:
    return rules.is_overdue(item.due_on, item.done_on, today or dt.date.today())


def due_text(item: ActionItem, today: dt.date | None = None) -> str:
    """The due date, with "Overdue" spelled out (never colour alone)."""
    if item.due_on is None:
        return ""
    return (
        f"{item.due_on.isoformat()} · " + _tr("Overdue")
        if is_overdue(item, today)
        else item.due_on.isoformat()
    )


def overdue_color() -> QColor:
    """A red that contrasts with the current palette's base (light or dark)."""
    base = QApplication.palette().color(QPalette.ColorRole.Base)
    return QColor("#ff8a80") if base.lightness() < 128 else QColor("#b00020")


def _bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


def _struck() -> QFont:
    font = QFont()
    font.setStrikeOut(True)
    return font


def toggle_action(item: ActionItem, done: bool) -> ActionItem:
    """Mark ``item`` done today or open again; returns the stored record."""
    return records.complete_action(item.id) if done else records.reopen_action(item.id)


def _checked(value: Any) -> bool:
    try:
        return Qt.CheckState(value) == Qt.CheckState.Checked
    except (TypeError, ValueError):
        return bool(value)


def _action_data(item: ActionItem, column: str, role: int, today: dt.date) -> Any:
    """Shared display of one action item cell (columns named, not numbered)."""
    if column == "text":
        if role == Qt.ItemDataRole.DisplayRole:
            return first_line(item.text) or "(no text)"
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if item.done_on else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip(item.text)
        if role == Qt.ItemDataRole.FontRole and item.done_on:
            return _struck()
        if role == Qt.ItemDataRole.AccessibleTextRole:
            state = "done" if item.done_on else "overdue" if is_overdue(item, today) else "open"
            return f"{first_line(item.text)} ({state})"
    elif column == "due":
        if role == Qt.ItemDataRole.DisplayRole:
            return due_text(item, today)
    elif column == "status":
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                _tr("Done {day}").format(day=item.done_on.isoformat())
                if item.done_on
                else (_tr("Overdue") if is_overdue(item, today) else _tr("Open"))
            )
    elif column == "owner" and role == Qt.ItemDataRole.DisplayRole:
        return labels.owner(item.owner)
    if column in ("due", "status") and is_overdue(item, today):
        if role == Qt.ItemDataRole.ForegroundRole:
            return overdue_color()
        if role == Qt.ItemDataRole.FontRole:
            return _bold()
    if role == OVERDUE_ROLE:
        return is_overdue(item, today)
    if role == KEY_ROLE:
        return item.id
    return None


_TOKENS = re.compile(r"(\d+)")


def natural_key(text: object) -> tuple[tuple[int, int, str], ...]:
    """A sort key for a cell's text: numbers by value ("9/10" before "10/10"), words by
    letters regardless of case; empty and "—" cells last."""
    value = str(text or "")
    if value in ("", "—", "–"):
        return ((2, 0, ""),)
    return tuple(
        (0, int(part), "") if part.isdigit() else (1, 0, part.casefold())
        for part in _TOKENS.split(value)
        if part
    )


class _Loaded:
    """Rows from a loader function: ``reload()`` asks it again, ``clear()`` forgets them;
    the header from ``COLUMNS``; ticking an action item's box (``_toggle``).

    ``today`` is read at each reload, so "overdue" is judged on the day shown.
    """

    def __init__(self, loader: Callable[[], Sequence[Any]] | None = None, parent=None) -> None:
        super().__init__(parent)
        self._loader = loader or (lambda: [])
        self._rows: list[Any] = []
        self.today = dt.date.today()

    def set_loader(self, loader: Callable[[], Sequence[Any]]) -> None:
        self._loader = loader

    def reload(self) -> None:
        rows = list(self._loader())
        self.beginResetModel()
        self.today = dt.date.today()
        self._rows = rows
        self.endResetModel()

    def clear(self) -> None:
        self.beginResetModel()
        self._rows = []
        self.endResetModel()

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(self.COLUMNS):
                return _tr(self.COLUMNS[section])
        return None

    def _toggle(
        self, index: Index, action: ActionItem, value: Any, store: Callable[[ActionItem], None]
    ) -> bool:
        """A ticked (or unticked) action item: mark it done (or open) and show the stored record."""
        done = _checked(value)
        try:
            updated = toggle_action(action, done)
        except JournalError as exc:
            log.warning("could not change an action item: %s", type(exc).__name__)
            self.toggle_failed.emit(core_messages.text_of(exc))
            return False
        store(updated)
        self.dataChanged.emit(
            self.index(index.row(), 0, index.parent()),
            self.index(index.row(), len(self.COLUMNS) - 1, index.parent()),
        )
        self.action_toggled.emit(action.id, done)
        return True


class ActionsModel(_Loaded, QAbstractTableModel):
    """A flat list of action items; column 0 is the "done" check box."""

    action_toggled = Signal(int, bool)  # action id, done
    toggle_failed = Signal(str)  # a one-line message for the user

    COLUMNS = (
        QT_TRANSLATE_NOOP("record_models", "Action item"),
        QT_TRANSLATE_NOOP("record_models", "Due"),
    )
    _NAMES = ("text", "due")

    def item(self, row: int) -> ActionItem | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == 0:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item = self.item(index.row()) if index.isValid() else None
        if item is None or not 0 <= index.column() < len(self.COLUMNS):
            return None
        return _action_data(item, self._NAMES[index.column()], role, self.today)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        item = self.item(index.row()) if index.isValid() else None
        if item is None or index.column() != 0 or role != Qt.ItemDataRole.CheckStateRole:
            return False
        return self._toggle(
            index, item, value, lambda updated: self._rows.__setitem__(index.row(), updated)
        )


class GoalsModel(_Loaded, QAbstractItemModel):
    """Goals (top level) with their action items as children.

    Child indexes carry their goal's row + 1 as internal id; top-level
    indexes carry 0.
    """

    action_toggled = Signal(int, bool)
    toggle_failed = Signal(str)
    sorted = Signal()  # the tree re-expands its goals

    COLUMNS = (
        QT_TRANSLATE_NOOP("record_models", "Goal / action item"),
        QT_TRANSLATE_NOOP("record_models", "Status"),
        QT_TRANSLATE_NOOP("record_models", "Progress"),
        QT_TRANSLATE_NOOP("record_models", "Target / due"),
        QT_TRANSLATE_NOOP("record_models", "Owner"),
    )
    _ACTION_COLUMNS = ("text", "status", "", "due", "owner")

    def group(self, row: int) -> GoalGroup | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def action_at(self, index: Index) -> ActionItem | None:
        if not index.isValid() or index.internalId() == 0:
            return None
        group = self.group(index.internalId() - 1)
        if group is None or not 0 <= index.row() < len(group.actions):
            return None
        return group.actions[index.row()]

    def overdue_count(self) -> int:
        return sum(is_overdue(a, self.today) for g in self._rows for a in g.actions)

    # -- Qt model API ------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._rows)
        if parent.internalId() != 0 or parent.column() != 0:
            return 0
        group = self.group(parent.row())
        return len(group.actions) if group else 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return len(self.COLUMNS)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == 0 and index.internalId() != 0:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.column() < len(self.COLUMNS):
            return None
        if index.internalId() != 0:
            action = self.action_at(index)
            if action is None:
                return None
            return _action_data(action, self._ACTION_COLUMNS[index.column()], role, self.today)
        group = self.group(index.row())
        if group is None:
            return None
        return self._goal_data(group, index.column(), role)

    def _goal_data(self, group: GoalGroup, column: int, role: int) -> Any:
        goal = group.goal
        if role == KEY_ROLE:
            return goal.id if goal else None
        if role == Qt.ItemDataRole.FontRole and column == 0:
            return _bold()
        if goal is None:
            if role == Qt.ItemDataRole.DisplayRole and column == 0:
                return "Action items under no goal"
            return None
        if role == PROGRESS_ROLE and column == 2:
            return goal.progress
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return first_line(goal.title)
            if column == 1:
                return labels.goal_status(goal.status)
            if column == 2:
                return f"{goal.progress}%"
            if column == 3:
                return goal.target_date.isoformat() if goal.target_date else ""
        if role == Qt.ItemDataRole.ToolTipRole and column == 0 and goal.description:
            return tooltip(goal.description)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the goals by a column (their action items keep their order; the group
        of items under no goal stays last); -1 keeps the order they were loaded in."""
        keys = {
            0: lambda g: g.title.casefold(),
            1: lambda g: g.status,
            2: lambda g: g.progress,
            3: lambda g: (g.target_date is None, g.target_date or dt.date.min),
        }
        key = keys.get(column)
        if key is None:
            return
        goals = [g for g in self._rows if g.goal is not None]
        loose = [g for g in self._rows if g.goal is None]
        goals.sort(key=lambda group: key(group.goal), reverse=order == Qt.SortOrder.DescendingOrder)
        self.beginResetModel()  # child indexes name their goal's row: a reset, not a re-layout
        self._rows = goals + loose
        self.endResetModel()
        self.sorted.emit()

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        action = self.action_at(index)
        if action is None or index.column() != 0 or role != Qt.ItemDataRole.CheckStateRole:
            return False
        group = self._rows[index.internalId() - 1]
        return self._toggle(
            index, action, value, lambda updated: group.actions.__setitem__(index.row(), updated)
        )


class KeyedRowsModel(QAbstractTableModel):
    """A short table of display strings, each row with a key (an id) for lookups."""

    def __init__(
        self,
        columns: Sequence[str],
        loader: Callable[[], Sequence[tuple[Any, Sequence[str]]]],
        parent=None,
    ) -> None:
        super().__init__(parent)
        self._columns = tuple(columns)
        self._loader = loader
        self._keys: list[Any] = []
        self._rows: list[tuple[str, ...]] = []
        #: Columns whose whole text is the tooltip (names and titles a narrow column elides).
        self.tooltip_columns: set[int] = set()
        self._tips: dict[Any, tuple[str, ...]] = {}

    def reload(self) -> None:
        """Rows from the loader: (key, texts) or (key, texts, tooltips)."""
        loaded = list(self._loader())
        self.beginResetModel()
        self._keys = [entry[0] for entry in loaded]
        self._rows = [tuple(str(v) for v in entry[1]) for entry in loaded]
        self._tips = {
            key: tuple(entry[2])
            for key, entry in zip(self._keys, loaded, strict=True)
            if len(entry) > 2
        }
        self.endResetModel()

    def clear(self) -> None:
        self.beginResetModel()
        self._keys, self._rows, self._tips = [], [], {}
        self.endResetModel()

    def key(self, row: int) -> Any:
        return self._keys[row] if 0 <= row < len(self._keys) else None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the rows by a column's text, numbers by value (-1: as loaded)."""
        if not 0 <= column < len(self._columns):
            return
        self.layoutAboutToBeChanged.emit()
        pairs = sorted(
            zip(self._keys, self._rows, strict=True),
            key=lambda pair: natural_key(pair[1][column]),
            reverse=order == Qt.SortOrder.DescendingOrder,
        )
        self._keys = [key for key, _row in pairs]
        self._rows = [row for _key, row in pairs]
        self.layoutChanged.emit()

    def row_of(self, key: Any) -> int:
        return self._keys.index(key) if key in self._keys else -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if not 0 <= index.column() < len(self._columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            tips = self._tips.get(self._keys[index.row()])
            if tips is not None and index.column() < len(tips) and tips[index.column()]:
                return tooltip(tips[index.column()])
            if index.column() in self.tooltip_columns:
                text = self._rows[index.row()][index.column()]
                return tooltip(text) if text else None
        if role == KEY_ROLE:
            return self._keys[index.row()]
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(self._columns):
                return self._columns[section]
        return None
