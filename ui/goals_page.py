"""The Goals & actions page: goals with progress bars, their action items beneath.

Ticking an action item's box marks it done (unticking reopens it) straight
away. Overdue items read "Overdue" and stand out in a colour chosen for the
current palette; a line above the tree counts them.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from mentorjournal.domain import planning

from . import alerts
from .record_models import KEY_ROLE, GoalsModel
from .record_views import EmptyState, ProgressDelegate, make_tree, open_on_activate

log = logging.getLogger(__name__)

STATUS_CHOICES = (
    ("Active goals", "active"),
    ("Achieved goals", "achieved"),
    ("Dropped goals", "dropped"),
    ("All goals", None),
)
EMPTY_GOALS = (
    "No goals or open action items here. Goals give your sessions a direction: add one with "
    "a target date, then agree action items in your sessions to move it forward."
)
EMPTY_FILTERED = 'Nothing matches: try "All goals" or tick "Show done action items".'


class GoalsPage(QWidget):
    """Goals (status filter) with their action items; one-click done.

    Activating a goal or an action item (double-click, Enter) emits ``record_requested``.
    """

    journal_changed = Signal()
    record_requested = Signal(str, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = GoalsModel(self._load)
        self.status = QComboBox()
        self.status.setAccessibleName("Which goals")
        for text, value in STATUS_CHOICES:
            self.status.addItem(text, value)
        self.show_done = QCheckBox("Show &done action items")
        self.overdue = QLabel("")
        self.overdue.setAccessibleName("Overdue action items")
        self.tree = make_tree(self.model, "Goals and action items", stretch_column=0)
        self.tree.setItemDelegateForColumn(2, ProgressDelegate(self.tree))
        self.tree.header().setMinimumSectionSize(60)
        self.tree_state = EmptyState(self.tree, EMPTY_GOALS)
        label = QLabel("&Show:")
        label.setBuddy(self.status)
        bar = QHBoxLayout()
        bar.addWidget(label)
        bar.addWidget(self.status)
        bar.addWidget(self.show_done)
        bar.addStretch(1)
        bar.addWidget(self.overdue)
        hint = QLabel(
            "Tick an action item to mark it done; untick to reopen it. "
            "Double-click a goal or an item to edit it."
        )
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 8)
        layout.addWidget(QLabel("<h2>Goals &amp; actions</h2>"))
        layout.addLayout(bar)
        layout.addWidget(self.tree_state, 1)
        layout.addWidget(hint)
        self.status.currentIndexChanged.connect(self.reload)
        self.show_done.toggled.connect(self.reload)
        self.model.action_toggled.connect(self._toggled)
        self.model.toggle_failed.connect(lambda message: alerts.error(self, message))
        open_on_activate(self.tree, self.record_requested, self._record_at)

    def _record_at(self, index) -> tuple[str, int] | None:
        action = self.model.action_at(index)
        if action is not None:
            return ("action", action.id)
        goal_id = self.model.data(self.model.index(index.row(), 0), KEY_ROLE)
        return ("goal", goal_id) if goal_id is not None else None

    def _load(self) -> list[planning.GoalGroup]:
        return planning.goals_with_actions(
            status=self.status.currentData(), include_done=self.show_done.isChecked()
        )

    def reload(self, *_args) -> None:
        self.model.reload()
        self.tree.expandAll()
        filtered = self.status.currentData() != "active" or self.show_done.isChecked()
        self.tree_state.set_message(EMPTY_FILTERED if filtered else EMPTY_GOALS)
        self._count_overdue()

    def clear(self) -> None:
        self.model.clear()
        self.overdue.clear()

    def _count_overdue(self) -> None:
        n = self.model.overdue_count()
        self.overdue.setText(
            f"<b>Overdue: {n} action item{'s' if n != 1 else ''}</b>"
            if n
            else ("No overdue action items." if self.model.rowCount() else "")
        )

    def _toggled(self, _action_id: int, _done: bool) -> None:
        self._count_overdue()
        self.journal_changed.emit()
