"""Progress of active goals: one horizontal bar per goal, soonest target at the top."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

from mentorjournal.analytics.stats import GoalProgress
from mentorjournal.charts.bars import Bar, ProgressBars
from mentorjournal.charts.ticks import fmt_day

from .chart_base import ChartPanel

log = logging.getLogger(__name__)


def due_text(goal: GoalProgress) -> str:
    if goal.target_date is None:
        return "no target date"
    if goal.days_left is None or goal.days_left == 0:
        return f"due {fmt_day(goal.target_date)} (today)"
    if goal.days_left < 0:
        return f"was due {fmt_day(goal.target_date)} ({-goal.days_left} days ago)"
    return f"due {fmt_day(goal.target_date)} (in {goal.days_left} days)"


#: Bars drawn at most (the soonest target dates); the table and the CSV hold every goal.
SHOWN = 25


class GoalsChart(ChartPanel):
    slug = "goal-progress"
    empty_text = QT_TRANSLATE_NOOP(
        "GoalsChart",
        "No active goals.\nSet a goal with a target date and update its progress "
        "as you go; it shows here until it is achieved or dropped.",
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        self.progress = ProgressBars()
        super().__init__(
            QCoreApplication.translate("GoalsChart", "Progress of active goals"),
            self.progress,
            parent,
        )
        self.goals: list[GoalProgress] = []

    def show_data(self, goals: Sequence[GoalProgress], today: dt.date) -> None:
        self.goals = list(goals)
        bars = []
        for goal in self.goals[:SHOWN]:
            actions = (
                f"{goal.actions_done} of {goal.actions_total} action items done"
                if goal.actions_total
                else "no action items"
            )
            late = goal.days_left is not None and goal.days_left < 0
            bars.append(
                Bar(
                    goal.title or "(untitled)",
                    float(goal.progress),
                    f"{goal.title}\n{goal.progress}% · {due_text(goal)} · {actions}",
                    ("goal", goal.id),
                    "late" if late else "confidence",
                )
            )
        self.progress.bars = bars
        self.progress.font = self.font()
        self.view.setMinimumHeight(
            int(max(self.fontMetrics().height() * 5, self.progress.wanted_height()))
        )
        self.subtitle.setText(self._summary(today))
        self.show_chart(bool(self.goals))

    def _summary(self, today: dt.date) -> str:
        if not self.goals:
            return ""
        count = len(self.goals)
        late = sum(1 for g in self.goals if g.days_left is not None and g.days_left < 0)
        mean = sum(g.progress for g in self.goals) / count
        text = self.tr("%n active goal(s), {mean}% along on average", "", count).format(
            mean=f"{mean:.0f}"
        )
        text += "; " + self.tr("%n past the target date.", "", late) if late else "."
        text += " " + self.tr("Soonest target date at the top; click a bar to open the goal.")
        if count > SHOWN:
            text += " " + self.tr(
                "The {shown} soonest are drawn; all {count} are in the table."
            ).format(shown=SHOWN, count=count)
        return text

    def clear_data(self) -> None:
        self.goals = []
        self.progress.bars = []

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
