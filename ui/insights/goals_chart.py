"""Progress of active goals: one horizontal bar per goal, soonest target at the top."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Sequence

from PySide6.QtCharts import QBarCategoryAxis, QBarSet, QHorizontalBarSeries, QValueAxis
from PySide6.QtCore import Qt
from PySide6.QtGui import QCursor, QFontMetrics
from PySide6.QtWidgets import QToolTip, QWidget

from mentorjournal.analytics.stats import GoalProgress

from .chart_base import ChartPanel, colour, fmt_day

log = logging.getLogger(__name__)

LABEL_CHARS = 34  # goal titles are cut to about this many characters on the axis
ROW_HEIGHT = 1.9  # bar rows, in lines of text


def due_text(goal: GoalProgress) -> str:
    if goal.target_date is None:
        return "no target date"
    if goal.days_left is None or goal.days_left == 0:
        return f"due {fmt_day(goal.target_date)} (today)"
    if goal.days_left < 0:
        return f"was due {fmt_day(goal.target_date)} ({-goal.days_left} days ago)"
    return f"due {fmt_day(goal.target_date)} (in {goal.days_left} days)"


class GoalsChart(ChartPanel):
    slug = "goal-progress"
    empty_text = (
        "No active goals.\nSet a goal with a target date and update its progress "
        "as you go; it shows here until it is achieved or dropped."
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Progress of active goals", parent)
        self.y_axis = QBarCategoryAxis()
        self.x_axis = QValueAxis()
        self.x_axis.setRange(0, 100)
        self.x_axis.setTickCount(6)
        self.x_axis.setLabelFormat("%d%%")
        self.chart.addAxis(self.y_axis, Qt.AlignmentFlag.AlignLeft)
        self.chart.addAxis(self.x_axis, Qt.AlignmentFlag.AlignBottom)
        self.bars = QHorizontalBarSeries()
        self.bars.setBarWidth(0.7)
        self.bars.setLabelsVisible(True)
        self.bars.setLabelsFormat("@value%")
        self.bars.setLabelsPosition(QHorizontalBarSeries.LabelsPosition.LabelsInsideEnd)
        self.progress = QBarSet("Progress")
        self.progress.hovered.connect(self._hover)
        self.progress.clicked.connect(self._clicked)
        self.bars.append(self.progress)
        self.chart.addSeries(self.bars)
        self.bars.attachAxis(self.y_axis)
        self.bars.attachAxis(self.x_axis)
        self.chart.legend().hide()
        self.goals: list[GoalProgress] = []
        self._rows: list[GoalProgress] = []  # bottom to top, as the chart draws them

    def style_series(self, dark: bool) -> None:
        self.progress.setColor(colour("confidence", dark))
        self.progress.setBorderColor(colour("confidence", dark))
        self.progress.setLabelColor(Qt.GlobalColor.white if not dark else Qt.GlobalColor.black)

    def show_data(self, goals: Sequence[GoalProgress], today: dt.date) -> None:
        self.goals = list(goals)
        self._rows = list(reversed(self.goals))
        self.y_axis.clear()
        self.progress.remove(0, self.progress.count())
        self.y_axis.append(self._labels(self._rows))
        self.progress.append([float(g.progress) for g in self._rows])
        self.view.setMinimumHeight(
            int(self.fontMetrics().height() * (ROW_HEIGHT * len(self.goals) + 5))
        )
        self.subtitle.setText(self._summary(today))
        self.show_chart(bool(self.goals))

    def _labels(self, goals: Sequence[GoalProgress]) -> list[str]:
        """Titles cut to fit, unique (the axis needs distinct categories)."""
        metrics = QFontMetrics(self.font())
        width = metrics.horizontalAdvance("x" * LABEL_CHARS)
        seen: set[str] = set()
        labels = []
        for goal in goals:
            label = (
                metrics.elidedText(goal.title, Qt.TextElideMode.ElideRight, width) or "(untitled)"
            )
            while label in seen:
                label += " "
            seen.add(label)
            labels.append(label)
        return labels

    def _hover(self, status: bool, index: int) -> None:
        if not status or not 0 <= index < len(self._rows):
            QToolTip.hideText()
            self.view.unsetCursor()
            return
        goal = self._rows[index]
        actions = (
            f"{goal.actions_done} of {goal.actions_total} action items done"
            if goal.actions_total
            else "no action items"
        )
        QToolTip.showText(
            QCursor.pos(),
            f"{goal.title}\n{goal.progress}% · {due_text(goal)} · {actions}",
            self.view,
        )
        self.view.setCursor(Qt.CursorShape.PointingHandCursor)

    def _clicked(self, index: int) -> None:
        if 0 <= index < len(self._rows):
            self.record_requested.emit("goal", self._rows[index].id)

    def _summary(self, today: dt.date) -> str:
        if not self.goals:
            return ""
        count = len(self.goals)
        late = sum(1 for g in self.goals if g.days_left is not None and g.days_left < 0)
        mean = sum(g.progress for g in self.goals) / count
        text = f"{count} active goal{'s' if count != 1 else ''}, {mean:.0f}% along on average"
        text += f"; {late} past {'their' if late != 1 else 'its'} target date." if late else "."
        return text + " Soonest target date at the top; click a bar to open the goal."

    def clear_data(self) -> None:
        self.goals, self._rows = [], []
        self.y_axis.clear()
        self.progress.remove(0, self.progress.count())

    def table(self) -> tuple[Sequence[str], list[Sequence[object]]]:
        header = (
            "goal_id",
            "title",
            "progress",
            "target_date",
            "days_left",
            "actions_done",
            "actions_total",
        )
        return header, [
            (
                g.id,
                g.title,
                g.progress,
                g.target_date.isoformat() if g.target_date else None,
                g.days_left,
                g.actions_done,
                g.actions_total,
            )
            for g in self.goals
        ]
