"""Small view helpers shared by the record pages.

- ``SafeBrowser``: a ``QTextBrowser`` that follows no link and loads no
  resource (journal Markdown is rendered by ``mentorjournal.text.render``, which
  already emits no images; this is the second line).
- ``ProgressDelegate``: draws a progress bar where a model gives
  ``PROGRESS_ROLE``.
- ``EmptyState``: shows a view, or a helpful sentence when its model is empty.
- ``make_tree``: a keyboard-friendly tree/table view with sensible defaults.
- ``open_on_activate``: a row activated (double-click, Enter) asks to open
  its record through a page's ``record_requested(kind, id)`` signal.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QUrl,
    SignalInstance,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QLabel,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionProgressBar,
    QStyleOptionViewItem,
    QTextBrowser,
    QTreeView,
    QWidget,
)

from .record_models import PROGRESS_ROLE

log = logging.getLogger(__name__)


class SafeBrowser(QTextBrowser):
    """Shows HTML; opens no links and loads nothing from disk or network."""

    def __init__(self, accessible: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setAccessibleName(accessible)

    def loadResource(self, kind: int, name: QUrl) -> Any:  # Qt override
        return None


class ProgressDelegate(QStyledItemDelegate):
    """A progress bar for cells whose model answers ``PROGRESS_ROLE`` (0–100)."""

    def paint(self, painter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        value = index.data(PROGRESS_ROLE)
        if value is None:
            super().paint(painter, option, index)
            return
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(option.rect, option.palette.highlight())
        bar = QStyleOptionProgressBar()
        bar.rect = option.rect.adjusted(4, 3, -4, -3)
        bar.minimum, bar.maximum, bar.progress = 0, 100, int(value)
        bar.text = f"{int(value)}%"
        bar.textVisible = True
        bar.state = QStyle.StateFlag.State_Enabled | QStyle.StateFlag.State_Horizontal
        bar.palette = option.palette
        style = option.widget.style() if option.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ProgressBar, bar, painter, option.widget)


class EmptyState(QStackedWidget):
    """A view, replaced by a sentence while its model has no rows."""

    def __init__(self, view: QAbstractItemView, message: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.message = QLabel(message)
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.message.setContentsMargins(6, 6, 6, 6)
        self.message.setObjectName("emptyHint")
        self.addWidget(view)
        self.addWidget(self.message)
        model: QAbstractItemModel = view.model()
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved, model.layoutChanged):
            signal.connect(self.refresh)
        self.refresh()

    def set_message(self, text: str) -> None:
        self.message.setText(text)

    def refresh(self, *_args: Any) -> None:
        empty = self.view.model().rowCount() == 0
        self.setCurrentWidget(self.message if empty else self.view)

    def is_empty(self) -> bool:
        return self.currentWidget() is self.message


def open_on_activate(view: QAbstractItemView, signal: SignalInstance,
                     record_of: Callable[[QModelIndex], tuple[str, int] | None]) -> None:
    """Emit ``signal(kind, id)`` for the record of a row the user activates."""

    def activated(index: QModelIndex) -> None:
        found = record_of(index) if index.isValid() else None
        if found is not None:
            signal.emit(*found)

    view.activated.connect(activated)


def make_tree(model: QAbstractItemModel, accessible: str, stretch_column: int = 0,
              decorated: bool = True) -> QTreeView:
    """A tree (or, undecorated, a table-like list) with row selection and a stretching column."""
    view = QTreeView()
    view.setModel(model)
    view.setAccessibleName(accessible)
    view.setRootIsDecorated(decorated)
    view.setUniformRowHeights(True)
    view.setAlternatingRowColors(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setAllColumnsShowFocus(True)
    header = view.header()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)
    return view
