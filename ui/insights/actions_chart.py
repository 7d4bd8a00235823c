"""Action items due per month: done on time, done late, not done (stacked); overdue now."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

from mentorjournal.analytics import insights
from mentorjournal.analytics.stats import ActionMonth
from mentorjournal.charts.bars import MonthBars, Stack
from mentorjournal.charts.ticks import month_name

from .chart_base import ChartPanel

log = logging.getLogger(__name__)


class ActionsChart(ChartPanel):
    slug = "action-items-per-month"
    empty_text = QT_TRANSLATE_NOOP(
        "ActionsChart",
        "No action items were due in this range.\n"
        "Give action items a due date to see how many you complete in time.",
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        self.bars = MonthBars("Action items due")
        super().__init__(
            QCoreApplication.translate("ActionsChart", "Action items: completed vs due"),
            self.bars,
            parent,
        )
        self.months: list[ActionMonth] = []
        self.overdue = 0

    def layer(self, name: str) -> list[float]:
        """The values of one layer: "on_time", "late" or "open"."""
        index = {"on_time": 0, "late": 1, "open": 2}[name]
        return self.bars.stacks[index].values if self.bars.stacks else []

    def show_data(
        self, months: Sequence[ActionMonth], overdue: int, start: dt.date, end: dt.date
    ) -> None:
        first, last = start.replace(day=1), end.replace(day=1)
        shown = insights.between(months, first, last, lambda m: m.month)
        self.months = ms = insights.fill_actions(shown, first, last) if months else []
        self.overdue = overdue
        self.bars.set_data(
            [m.month for m in ms],
            [
                Stack("Done on time", "good", [float(m.completed_on_time) for m in ms]),
                Stack("Done late", "late", [float(m.completed - m.completed_on_time) for m in ms]),
                Stack("Not done", "neutral", [float(m.due - m.completed) for m in ms]),
            ],
        )
        self.bars.tip = lambda i: (
            f"{month_name(ms[i].month)}\n{ms[i].due} due: {ms[i].completed_on_time} done on "
            f"time, {ms[i].completed - ms[i].completed_on_time} late, "
            f"{ms[i].due - ms[i].completed} not done"
        )
        self.subtitle.setText(self._summary())
        self.show_chart(any(m.due for m in ms))

    def _summary(self) -> str:
        due = sum(m.due for m in self.months)
        done = sum(m.completed for m in self.months)
        on_time = sum(m.completed_on_time for m in self.months)
        overdue = self.tr("%n open action item(s) overdue now.", "", self.overdue)
        if not due:
            return overdue
        return (
            self.tr(
                "{due} due in this range: {done} done ({share}%), {on_time} of them on time."
            ).format(due=due, done=done, share=f"{100 * done / due:.0f}", on_time=on_time)
            + " "
            + overdue
        )

    def clear_data(self) -> None:
        self.months, self.overdue = [], 0
        self.bars.set_data([], [])

    def table(self) -> tuple[Sequence[str], list[Sequence[object]]]:
        header = ("month", "due", "completed", "completed_on_time", "completed_late", "not_done")
        return header, [
            (
                m.month.strftime("%Y-%m"),
                m.due,
                m.completed,
                m.completed_on_time,
                m.completed - m.completed_on_time,
                m.due - m.completed,
            )
            for m in self.months
        ]
