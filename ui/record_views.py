"""Small view helpers shared by the record pages.

- ``SafeBrowser``: a ``QTextBrowser`` that follows no link and loads no
  resource (journal Markdown is rendered by ``mentorjournal.text.render``, which
  emits no images but the journal's own ``mj-attachment:`` ones; this is the
  second line).
- ``ProgressDelegate``: draws a progress bar where a model gives
  ``PROGRESS_ROLE``.
- ``EmptyState``: shows a view, or a helpful sentence when its model is empty.
- ``make_tree``: a keyboard-friendly tree/table view with sensible defaults.
- ``open_on_activate``: a row activated (double-click, Enter) asks to open
  its record through a page's ``record_requested(kind, id)`` signal.
- ``record_menu``: the context menu of a list of records (Open, Delete, and
  what the page adds), the same commands as the keys (Enter, Delete).
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    Qt,
    QUrl,
    Signal,
    SignalInstance,
)
from PySide6.QtGui import QIcon, QImage, QKeySequence, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCalendarWidget,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionProgressBar,
    QStyleOptionViewItem,
    QTextBrowser,
    QTreeView,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from mentorjournal.text.attachments import attachment_hash

from . import clipboard
from .record_models import PROGRESS_ROLE

log = logging.getLogger(__name__)


class SafeBrowser(QTextBrowser):
    """Shows HTML; opens no links and loads nothing from disk or network.

    ``loadResource`` refuses every resource (images, style sheets, any URL
    scheme, ``file:``, ``data:``, ``qrc:``, relative paths). Returning None is
    not enough: Qt then reads local files itself, so a refusal is an empty
    value of the right type (a null ``QImage``, an empty string).

    The one extension point: ``attachment_loader(sha256_hex) -> QImage | None``
    (None by default). When set, an image ``mj-attachment:<sha256>`` (which
    ``mentorjournal.text.render`` emits only for the journal's own
    attachments) is asked of it; it never sees any other URL.
    """

    def __init__(
        self,
        accessible: str,
        parent: QWidget | None = None,
        *,
        attachment_loader: Callable[[str], QImage | None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setSearchPaths([])
        self.setAccessibleName(accessible)
        self.attachment_loader = attachment_loader

    def createMimeDataFromSelection(self) -> Any:  # Qt override: copies are marked secret
        return clipboard.mark_secret(super().createMimeDataFromSelection())

    def loadResource(self, kind: int, name: QUrl) -> Any:  # Qt override
        image = int(kind) == QTextDocument.ResourceType.ImageResource.value
        if image and self.attachment_loader is not None:
            digest = attachment_hash(name.toString())
            if digest is not None:
                try:
                    loaded = self.attachment_loader(digest)
                except Exception:  # a failing loader shows no image, never a traceback
                    log.exception("attachment could not be loaded")
                    loaded = None
                if isinstance(loaded, QImage) and not loaded.isNull():
                    return loaded
        return QImage() if image else ""


class ProgressDelegate(QStyledItemDelegate):
    """A progress bar for cells whose model answers ``PROGRESS_ROLE`` (0–100).

    Its size hint leaves room for "100%" and a bar, so a column fitted to its
    contents never clips the label.
    """

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ):  # Qt override
        hint = super().sizeHint(option, index)
        if index.data(PROGRESS_ROLE) is not None:
            hint.setWidth(max(hint.width(), option.fontMetrics.horizontalAdvance("100%") * 3 + 16))
        return hint

    def paint(
        self, painter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
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
    """A view, replaced by a sentence (and the buttons to start) while its model has no rows.

    ``buttons`` are (text, callback) pairs: an empty list offers its "New …".
    """

    def __init__(
        self,
        view: QAbstractItemView,
        message: str,
        parent: QWidget | None = None,
        buttons: Sequence[tuple[str, Callable[[], None]]] = (),
    ) -> None:
        super().__init__(parent)
        self.view = view
        self.message = QLabel(message)
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.message.setContentsMargins(6, 6, 6, 6)
        self.message.setObjectName("emptyHint")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.buttons: list[QPushButton] = []
        self.empty_page = QWidget()
        column = QVBoxLayout(self.empty_page)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.message)
        row = QHBoxLayout()
        row.setContentsMargins(6, 0, 6, 6)
        for text, callback in buttons:
            button = QPushButton(text)
            button.clicked.connect(lambda _checked=False, c=callback: c())
            row.addWidget(button)
            self.buttons.append(button)
        row.addStretch(1)
        column.addLayout(row)
        column.addStretch(1)
        self.addWidget(view)
        self.addWidget(self.empty_page)
        model: QAbstractItemModel = view.model()
        for signal in (
            model.modelReset,
            model.rowsInserted,
            model.rowsRemoved,
            model.layoutChanged,
        ):
            signal.connect(self.refresh)
        self.refresh()

    def set_message(self, text: str) -> None:
        self.message.setText(text)

    def refresh(self, *_args: Any) -> None:
        empty = self.view.model().rowCount() == 0
        had_focus = self.view.hasFocus()
        self.setCurrentWidget(self.empty_page if empty else self.view)
        if empty and had_focus and self.buttons:
            self.buttons[0].setFocus()

    def is_empty(self) -> bool:
        return self.currentWidget() is self.empty_page


def open_on_activate(
    view: QAbstractItemView,
    signal: SignalInstance,
    record_of: Callable[[QModelIndex], tuple[str, int] | None],
) -> None:
    """Emit ``signal(kind, id)`` for the record of a row the user activates."""

    def activated(index: QModelIndex) -> None:
        found = record_of(index) if index.isValid() else None
        if found is not None:
            signal.emit(*found)

    view.activated.connect(activated)


def make_tree(
    model: QAbstractItemModel, accessible: str, stretch_column: int = 0, decorated: bool = True
) -> QTreeView:
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


def _tr(text: str) -> str:
    return QCoreApplication.translate("RecordMenu", text)


def record_menu(
    view: QAbstractItemView,
    record_of: Callable[[QModelIndex], tuple[str, int] | None],
    open_signal: SignalInstance,
    delete_signal: SignalInstance,
    extra: Callable[[QMenu, tuple[str, int]], None] | None = None,
) -> None:
    """A context menu on ``view``'s rows: Open (Enter), Delete (Del), and ``extra``'s.

    The Delete key itself is the window's Edit ▸ Delete (one shortcut, no ambiguity);
    it acts on the page's ``selected_record()``.
    """

    def show(point: QPoint) -> None:
        index = view.indexAt(point)
        if not index.isValid():  # the Menu key: the current row
            index = view.currentIndex()
            point = view.visualRect(index).center()
        found = record_of(index) if index.isValid() else None
        if found is None:
            return
        view.setCurrentIndex(index)
        menu = QMenu(view)
        opened = menu.addAction(_tr("&Open"))
        opened.setShortcut(QKeySequence(Qt.Key.Key_Return))
        opened.triggered.connect(lambda: open_signal.emit(*found))
        if extra is not None:
            extra(menu, found)
        menu.addSeparator()
        deleted = menu.addAction(_tr("&Delete"))
        deleted.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        deleted.triggered.connect(lambda: delete_signal.emit(*found))
        menu.exec(view.viewport().mapToGlobal(point))
        menu.deleteLater()

    view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    view.customContextMenuRequested.connect(show)


class DateField(QLineEdit):
    """A date filter typed as YYYY-MM-DD; empty means "any date".

    Up and Down move a typed date by a day; the calendar button (or Alt+Down)
    picks one with the mouse. ``date_changed`` is emitted whenever the value
    (a ``datetime.date`` or None) changes; a half-typed or impossible date
    counts as no date until it is whole, and says so in the tooltip.
    """

    date_changed = Signal()

    def __init__(self, accessible: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(accessible)
        self.setPlaceholderText(QCoreApplication.translate("DateField", "any date"))
        self.setClearButtonEnabled(True)
        self.setMaxLength(10)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("0000-00-00") + 56)
        self.setMaximumWidth(self.minimumWidth() + 40)
        icon = QIcon.fromTheme("x-office-calendar")
        if icon.isNull():
            icon = self.style().standardIcon(QStyle.StandardPixmap.SP_FileDialogDetailedView)
        self.calendar_action = self.addAction(icon, QLineEdit.ActionPosition.TrailingPosition)
        self.calendar_action.setToolTip(QCoreApplication.translate("DateField", "Pick a date"))
        self.calendar_action.triggered.connect(self.pick)
        self._value: dt.date | None = None
        self.textChanged.connect(self._parse)

    def value(self) -> dt.date | None:
        return self._value

    def set_value(self, day: dt.date | None) -> None:
        self.setText(day.isoformat() if day else "")

    def _parse(self, text: str) -> None:
        text = text.strip()
        value: dt.date | None = None
        self.setToolTip("")
        if text:
            try:
                value = dt.date.fromisoformat(text) if len(text) == 10 else None
            except ValueError:
                value = None
            if value is None:
                self.setToolTip(
                    QCoreApplication.translate(
                        "DateField", "A date as YYYY-MM-DD, e.g. {day}"
                    ).format(day=dt.date.today().isoformat())
                )
        if value != self._value:
            self._value = value
            self.date_changed.emit()

    def keyPressEvent(self, event) -> None:  # Qt override: Up/Down by a day, Alt+Down: calendar
        key = event.key()
        if key == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier:
            self.pick()
            return
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and not event.modifiers():
            day = self._value or dt.date.today()
            step = dt.timedelta(days=1 if key == Qt.Key.Key_Up else -1)
            self.set_value(day + step if self._value else day)
            return
        super().keyPressEvent(event)

    def pick(self) -> None:
        """A calendar under the field; the chosen day is typed in."""
        menu = QMenu(self)
        calendar = QCalendarWidget(menu)
        start = self._value or dt.date.today()
        calendar.setSelectedDate(QDate(start.year, start.month, start.day))
        holder = QWidgetAction(menu)
        holder.setDefaultWidget(calendar)
        menu.addAction(holder)

        def chosen(date: QDate) -> None:
            self.set_value(date.toPython())
            menu.close()

        calendar.activated.connect(chosen)
        calendar.clicked.connect(chosen)
        calendar.setFocus()
        menu.exec(self.mapToGlobal(self.rect().bottomLeft()))
        menu.deleteLater()
