"""The session editor's action items: add, tick done, owner me/them, due date.

A small table inside the session editor (its own tab beside the texts). The
editor saves the rows with the session (``mentorjournal.domain.session_actions``):
only rows the user added or changed are written, so an item ticked elsewhere
meanwhile is not overwritten. Rows of a session not saved yet stay here (and in
the editor's encrypted draft) until the session can be saved.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mentorjournal.domain.session_actions import Item
from ui import labels

log = logging.getLogger(__name__)

DONE, TEXT, OWNER, DUE = range(4)
OWNERS = ("me", "them")
OWNER_ROLE = Qt.ItemDataRole.UserRole  # the owner's stored value ("me", "them")
ID_ROLE = Qt.ItemDataRole.UserRole + 1  # the action item's id (None: not saved yet)
KEY_ROLE = Qt.ItemDataRole.UserRole + 2  # the row's own key, kept while rows move


class OwnerDelegate(QStyledItemDelegate):
    """The Owner cell is edited with a choice of Me / Them (typing M or T picks one)."""

    def createEditor(self, parent: QWidget, _option, _index) -> QWidget:  # Qt override
        editor = QComboBox(parent)
        editor.setAccessibleName(QCoreApplication.translate("ActionItemsField", "Owner"))
        for value in OWNERS:
            editor.addItem(labels.owner(value), value)
        return editor

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:  # Qt override
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(editor.findData(index.data(OWNER_ROLE)), 0))

    def setModelData(self, editor: QWidget, model, index: QModelIndex) -> None:  # Qt override
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), OWNER_ROLE)
            model.setData(index, editor.currentText(), Qt.ItemDataRole.DisplayRole)


class DueDelegate(QStyledItemDelegate):
    """The Due cell is typed as YYYY-MM-DD (the journal checks it when saving)."""

    def createEditor(self, parent: QWidget, _option, _index) -> QWidget:  # Qt override
        editor = QLineEdit(parent)
        editor.setPlaceholderText(self.tr("YYYY-MM-DD"))
        editor.setAccessibleName(QCoreApplication.translate("ActionItemsField", "Due date"))
        return editor


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
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
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
        self.table.setItemDelegateForColumn(OWNER, OwnerDelegate(self.table))
        self.table.setItemDelegateForColumn(DUE, DueDelegate(self.table))
        self.table.itemChanged.connect(self._item_changed)
        self.add_button = QPushButton(self.tr("&Add action item"))
        self.add_button.setAccessibleName(self.tr("Add an action item to this session"))
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add_and_edit)
        self.hint = QLabel(
            self.tr(
                "Arrows move between cells; type or F2 to change one, Enter to keep it; "
                "Space ticks Done."
            )
        )
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
            done.setData(ID_ROLE, item.id)
            self._next_key += 1
            done.setData(KEY_ROLE, self._next_key)
            done.setData(Qt.ItemDataRole.AccessibleTextRole, self.tr("Done"))
            self.table.setItem(row, DONE, done)
            editable = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            editable |= Qt.ItemFlag.ItemIsEditable
            for column in (TEXT, OWNER, DUE):
                cell = QTableWidgetItem()
                cell.setFlags(editable)
                self.table.setItem(row, column, cell)
            self._show_item(row, item)
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
        was_loading, self._loading = self._loading, True
        try:
            self.table.item(row, DONE).setCheckState(
                Qt.CheckState.Checked if item.done else Qt.CheckState.Unchecked
            )
            self.table.item(row, TEXT).setText(item.text)
            owner = item.owner if item.owner in OWNERS else "me"
            self.table.item(row, OWNER).setData(OWNER_ROLE, owner)
            self.table.item(row, OWNER).setText(labels.owner(owner))
            due = item.due_on
            self.table.item(row, DUE).setText(
                due.isoformat() if isinstance(due, dt.date) else str(due or "")
            )
        finally:
            self._loading = was_loading

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
        ident = done.data(ID_ROLE)
        return Item(
            text=self.table.item(row, TEXT).text(),
            owner=str(self.table.item(row, OWNER).data(OWNER_ROLE) or "me"),
            due_on=self.table.item(row, DUE).text().strip() or None,
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
