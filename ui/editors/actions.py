"""The session editor's action items: add, tick done, owner me/them, due date.

A small table inside the session editor (its own tab beside the texts). The
editor saves the rows with the session (``mentorjournal.domain.session_actions``):
only rows the user added or changed are written, so an item ticked elsewhere
meanwhile is not overwritten. Rows of a session not saved yet stay here (and in
the editor's encrypted draft) until the session can be saved.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mentorjournal.domain.session_actions import Item
from ui import labels

from .fields import DateField

log = logging.getLogger(__name__)

DONE, TEXT, OWNER, DUE = range(4)
ID_ROLE = Qt.ItemDataRole.UserRole + 1  # the action item's id (None: not saved yet)
KEY_ROLE = Qt.ItemDataRole.UserRole + 2  # the row's own key, kept while rows move


class ActionItemsField(QWidget):
    """The action items agreed in one session; ``pending()`` is what to save."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._touched: set[int] = set()  # keys of the rows changed since loading
        self._next_key = 0
        self._loading = False
        self.table = QTableWidget(0, 4)
        self.table.setAccessibleName(self.tr("Action items of this session"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Done"), self.tr("Action item"), self.tr("Owner"), self.tr("Due")]
        )
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)  # Tab leaves the table, like any field
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(DONE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(OWNER, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(DUE, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemChanged.connect(self._item_changed)
        self.add_button = QPushButton(self.tr("&Add action item"))
        self.add_button.setAccessibleName(self.tr("Add an action item to this session"))
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add_and_edit)
        self.hint = QLabel(self.tr("Tick an item when it is done; Space ticks the selected one."))
        self.hint.setStyleSheet("color: palette(placeholder-text);")
        self.hint.setWordWrap(True)
        self.error = QLabel()
        self.error.setAccessibleName(self.tr("Problem with an action item"))
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #c62828;")
        self.error.hide()
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.hint, 1)
        bar.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        layout.addLayout(bar)

    # -- rows --------------------------------------------------------------

    def add_row(self, item: Item) -> int:
        """Show ``item`` in a new row (not a user change); its row number."""
        self._loading = True
        try:
            row = self.table.rowCount()
            self.table.insertRow(row)
            done = QTableWidgetItem()
            done.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable
            )
            done.setCheckState(Qt.CheckState.Checked if item.done else Qt.CheckState.Unchecked)
            done.setData(ID_ROLE, item.id)
            self._next_key += 1
            done.setData(KEY_ROLE, self._next_key)
            done.setData(Qt.ItemDataRole.AccessibleTextRole, self.tr("Done"))
            self.table.setItem(row, DONE, done)
            text = QTableWidgetItem(item.text)
            text.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsEditable
            )
            self.table.setItem(row, TEXT, text)
            owner = QComboBox()
            owner.setAccessibleName(self.tr("Owner"))
            for value in ("me", "them"):
                owner.addItem(labels.owner(value), value)
            owner.setCurrentIndex(max(owner.findData(item.owner), 0))
            owner.activated.connect(lambda _i, cell=done: self._touch(cell))
            self.table.setCellWidget(row, OWNER, owner)
            due = DateField(self.tr("Due date"))
            due.set_value(item.due_on)
            due.changed.connect(lambda cell=done: self._touch(cell))
            self.table.setCellWidget(row, DUE, due)
        finally:
            self._loading = False
        return row

    def add_and_edit(self) -> None:
        """The Add button: a new row, its text being edited."""
        row = self.add_row(Item(""))
        self._touch(self.table.item(row, DONE))
        self.table.setFocus()
        self.table.setCurrentCell(row, TEXT)
        self.table.editItem(self.table.item(row, TEXT))

    def set_items(self, items: Sequence[Item]) -> None:
        """Show a loaded session's ``items`` (nothing to save yet)."""
        self.table.setRowCount(0)
        self._touched.clear()
        self.clear_error()
        for item in items:
            self.add_row(item)

    def merge_pending(self, items: Sequence[Item]) -> None:
        """Show a draft's unsaved rows over the loaded ones (same id: replaced), to be saved."""
        rows = {self.table.item(r, DONE).data(ID_ROLE): r for r in range(self.table.rowCount())}
        for item in items:
            row = rows.get(item.id) if item.id is not None else None
            if row is None:
                row = self.add_row(item)
            else:
                self._show_item(row, item)
            self._touched.add(self._key(row))

    def _show_item(self, row: int, item: Item) -> None:
        self._loading = True
        try:
            self.table.item(row, DONE).setCheckState(
                Qt.CheckState.Checked if item.done else Qt.CheckState.Unchecked
            )
            self.table.item(row, TEXT).setText(item.text)
            owner = self.table.cellWidget(row, OWNER)
            if isinstance(owner, QComboBox):
                owner.setCurrentIndex(max(owner.findData(item.owner), 0))
            due = self.table.cellWidget(row, DUE)
            if isinstance(due, DateField):
                due.set_value(item.due_on)
        finally:
            self._loading = False

    def _item_changed(self, cell: QTableWidgetItem) -> None:
        if not self._loading:
            self._touch(self.table.item(cell.row(), DONE))

    def _touch(self, done_cell: QTableWidgetItem | None) -> None:
        if done_cell is None or self._loading:
            return
        self._touched.add(int(done_cell.data(KEY_ROLE)))
        self.changed.emit()

    def _key(self, row: int) -> int:
        done = self.table.item(row, DONE)
        return int(done.data(KEY_ROLE)) if done is not None else -1

    def _row_item(self, row: int) -> Item:
        done = self.table.item(row, DONE)
        text = self.table.item(row, TEXT)
        owner = self.table.cellWidget(row, OWNER)
        due = self.table.cellWidget(row, DUE)
        ident = done.data(ID_ROLE)
        return Item(
            text=text.text() if text is not None else "",
            owner=owner.currentData() if isinstance(owner, QComboBox) else "me",
            due_on=due.value() or None if isinstance(due, DateField) else None,
            done=done.checkState() == Qt.CheckState.Checked,
            id=ident if isinstance(ident, int) else None,
        )

    def items(self) -> list[Item]:
        """Every row, in order."""
        return [self._row_item(row) for row in range(self.table.rowCount())]

    def pending(self) -> list[tuple[int, Item]]:
        """(row, item) for every row added or changed since loading: what to save."""
        return [
            (row, self._row_item(row))
            for row in range(self.table.rowCount())
            if self._key(row) in self._touched
        ]

    def saved(self, rows: Sequence[int], ids: Sequence[int | None]) -> None:
        """The rows given to the journal were saved with these ids: they are clean now."""
        for row, ident in zip(rows, ids, strict=True):
            done = self.table.item(row, DONE)
            if done is None:
                continue
            if ident is not None:
                self._loading = True
                done.setData(ID_ROLE, ident)
                self._loading = False
                self._touched.discard(self._key(row))
        self.clear_error()

    # -- errors ------------------------------------------------------------

    def show_error(self, message: str) -> None:
        self.error.setText(
            message[:1].upper() + message[1:] + ("" if message.endswith(".") else ".")
        )
        self.error.show()

    def clear_error(self) -> None:
        self.error.clear()
        self.error.hide()

    def wipe(self) -> None:
        self.table.setRowCount(0)
        self._touched.clear()
        self.clear_error()
