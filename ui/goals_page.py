"""The Goals & actions page: goals with progress bars, their action items beneath.

Ticking an action item's box marks it done (unticking reopens it) straight
away. Overdue items read "Overdue" and stand out in a colour chosen for the
current palette; a line above the tree counts them.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QT_TRANSLATE_NOOP, QItemSelection, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from mentorjournal.domain import planning
from mentorjournal.errors import JournalError

from . import alerts, core_messages
from .pages import focus_first_row
from .reading import ReadingPane
from .record_models import KEY_ROLE, GoalsModel, toggle_action
from .record_views import EmptyState, ProgressDelegate, make_tree, open_on_activate, record_menu

log = logging.getLogger(__name__)

#: The goals shown; achieved and dropped ones are the archive, one choice away.
STATUS_CHOICES = (
    (QT_TRANSLATE_NOOP("GoalsPage", "Active goals"), "active"),
    (QT_TRANSLATE_NOOP("GoalsPage", "Achieved goals"), "achieved"),
    (QT_TRANSLATE_NOOP("GoalsPage", "Dropped goals"), "dropped"),
    (QT_TRANSLATE_NOOP("GoalsPage", "All goals"), None),
)
EMPTY_GOALS = QT_TRANSLATE_NOOP(
    "GoalsPage",
    "No goals or open action items here. Goals give your sessions a direction: add one with "
    "a target date, then agree action items in your sessions to move it forward.",
)
EMPTY_FILTERED = QT_TRANSLATE_NOOP(
    "GoalsPage", 'Nothing matches: try "All goals" or tick "Show done action items".'
)


class GoalsPage(QWidget):
    """Goals (status filter) with their action items; one-click done.

    Activating a goal or an action item (double-click, Enter) emits ``record_requested``.
    """

    journal_changed = Signal()
    record_requested = Signal(str, int)
    delete_requested = Signal(str, int)
    new_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = GoalsModel(self._load)
        self.status = QComboBox()
        self.status.setAccessibleName(self.tr("Which goals"))
        for text, value in STATUS_CHOICES:
            self.status.addItem(self.tr(text), value)
        self.show_done = QCheckBox(self.tr("Show &done action items"))
        self.overdue = QLabel("")
        self.overdue.setAccessibleName(self.tr("Overdue action items"))
        self.tree = make_tree(self.model, self.tr("Goals and action items"), stretch_column=0)
        self.tree.setItemDelegateForColumn(2, ProgressDelegate(self.tree))
        self.tree.header().setMinimumSectionSize(60)
        self.tree.header().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.tree.setSortingEnabled(True)
        self.tree_state = EmptyState(
            self.tree,
            self.tr(EMPTY_GOALS),
            buttons=[
                (self.tr("New goal…"), lambda: self.new_requested.emit("goal")),
                (self.tr("New action item…"), lambda: self.new_requested.emit("action")),
            ],
        )
        self.detail = ReadingPane(self.tr("Selected goal or action item"))
        self.splitter = QSplitter(Qt.Orientation.Vertical)  # the tree keeps the whole width
        self.splitter.addWidget(self.tree_state)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        label = QLabel(self.tr("&Show:"))
        label.setBuddy(self.status)
        bar = QHBoxLayout()
        bar.addWidget(label)
        bar.addWidget(self.status)
        bar.addWidget(self.show_done)
        bar.addStretch(1)
        bar.addWidget(self.overdue)
        hint = QLabel(
            self.tr(
                "Tick an action item to mark it done; untick to reopen it. "
                "Double-click a goal or an item to edit it."
            )
        )
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 8)
        layout.addWidget(QLabel(self.tr("<h2>Goals &amp; actions</h2>")))
        layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(hint)
        self.status.currentIndexChanged.connect(self.reload)
        self.show_done.toggled.connect(self.reload)
        self.model.action_toggled.connect(self._toggled)
        self.model.toggle_failed.connect(lambda message: alerts.error(self, message))
        open_on_activate(self.tree, self.record_requested, self._record_at)
        record_menu(
            self.tree, self._record_at, self.record_requested, self.delete_requested, self._extra
        )
        self.tree.selectionModel().selectionChanged.connect(self._show_selected)
        self.model.sorted.connect(self.tree.expandAll)

    def _record_at(self, index) -> tuple[str, int] | None:
        if not index.isValid():
            return None
        action = self.model.action_at(index)
        if action is not None:
            return ("action", action.id)
        goal_id = self.model.data(self.model.index(index.row(), 0), KEY_ROLE)
        return ("goal", goal_id) if goal_id is not None else None

    def _extra(self, menu: QMenu, record: tuple[str, int]) -> None:
        action = self.model.action_at(self.tree.currentIndex())
        if record[0] != "action" or action is None:
            return
        text = self.tr("Mark as &open again") if action.done_on else self.tr("Mark as &done")
        menu.addAction(text).triggered.connect(lambda: self._toggle(action, not action.done_on))

    def _toggle(self, action, done: bool) -> None:
        try:
            toggle_action(action, done)
        except JournalError as exc:
            alerts.error(self, core_messages.text_of(exc))
            return
        self.reload()
        self.journal_changed.emit()

    def selected_record(self) -> tuple[str, int] | None:
        index = self.tree.currentIndex()
        if not self.tree.selectionModel().isSelected(index):
            return None
        return self._record_at(index)

    def focus_list(self) -> None:
        focus_first_row(self.tree)

    def _show_selected(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        found = self.selected_record()
        if found is None:
            self.detail.clear()
        else:
            self.detail.show_record(*found)

    def _load(self) -> list[planning.GoalGroup]:
        return planning.goals_with_actions(
            status=self.status.currentData(), include_done=self.show_done.isChecked()
        )

    def reload(self, *_args) -> None:
        chosen = self.selected_record()
        self.model.reload()
        self.tree.expandAll()
        self.select(chosen)
        filtered = self.status.currentData() != "active" or self.show_done.isChecked()
        self.tree_state.set_message(self.tr(EMPTY_FILTERED if filtered else EMPTY_GOALS))
        self._count_overdue()

    def select(self, record: tuple[str, int] | None) -> None:
        if record is None:
            self.detail.clear()
            return
        for row in range(self.model.rowCount()):
            goal_index = self.model.index(row, 0)
            if self._record_at(goal_index) == record:
                self.tree.setCurrentIndex(goal_index)
                return
            for child in range(self.model.rowCount(goal_index)):
                index = self.model.index(child, 0, goal_index)
                if self._record_at(index) == record:
                    self.tree.setCurrentIndex(index)
                    return
        self.detail.clear()

    def clear(self) -> None:
        self.model.clear()
        self.overdue.clear()
        self.detail.clear()

    def _count_overdue(self) -> None:
        n = self.model.overdue_count()
        self.overdue.setText(
            "<b>{}</b>".format(self.tr("Overdue: %n action item(s)", "", n))
            if n
            else (self.tr("No overdue action items.") if self.model.rowCount() else "")
        )

    def _toggled(self, _action_id: int, _done: bool) -> None:
        self._count_overdue()
        self.journal_changed.emit()
