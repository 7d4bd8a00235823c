"""Action items due per month: done on time, done late, not done (stacked); overdue now."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Sequence

from PySide6.QtCharts import QBarSet, QCategoryAxis, QStackedBarSeries, QValueAxis
from PySide6.QtCore import Qt
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QToolTip, QWidget

from mentorjournal.analytics import insights
from mentorjournal.analytics.stats import ActionMonth

from .axes import setup_count_axis, setup_month_axis
from .chart_base import ChartPanel, colour
from .sessions_chart import month_name

log = logging.getLogger(__name__)


class ActionsChart(ChartPanel):
    slug = "action-items-per-month"
    empty_text = (
        "No action items were due in this range.\n"
        "Give action items a due date to see how many you complete in time."
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Action items: completed vs due", parent)
        self.x_axis = QCategoryAxis()
        self.y_axis = QValueAxis()
        self.chart.addAxis(self.x_axis, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(self.y_axis, Qt.AlignmentFlag.AlignLeft)
        self.bars = QStackedBarSeries()
        self.bars.setBarWidth(0.8)
        self.on_time = QBarSet("Done on time")
        self.late = QBarSet("Done late")
        self.open = QBarSet("Not done")
        for bar_set in (self.on_time, self.late, self.open):
            self.bars.append(bar_set)
            bar_set.hovered.connect(self._hover)
        self.chart.addSeries(self.bars)
        self.bars.attachAxis(self.x_axis)
        self.bars.attachAxis(self.y_axis)
        self.months: list[ActionMonth] = []
        self.overdue = 0

    def style_series(self, dark: bool) -> None:
        for bar_set, name in ((self.on_time, "good"), (self.late, "late"), (self.open, "neutral")):
            bar_set.setColor(colour(name, dark))
            bar_set.setBorderColor(colour(name, dark))

    def show_data(
        self, months: Sequence[ActionMonth], overdue: int, start: dt.date, end: dt.date
    ) -> None:
        first, last = start.replace(day=1), end.replace(day=1)
        shown = insights.between(months, first, last, lambda m: m.month)
        self.months = insights.fill_actions(shown, first, last) if months else []
        self.overdue = overdue
        for bar_set in (self.on_time, self.late, self.open):
            bar_set.remove(0, bar_set.count())
        self.on_time.append([float(m.completed_on_time) for m in self.months])
        self.late.append([float(m.completed - m.completed_on_time) for m in self.months])
        self.open.append([float(m.due - m.completed) for m in self.months])
        setup_count_axis(self.y_axis, max([m.due for m in self.months] + [1]), "Action items due")
        self.layout_axes()
        self.subtitle.setText(self._summary())
        self.show_chart(any(m.due for m in self.months))

    def _hover(self, status: bool, index: int) -> None:
        if not status or not 0 <= index < len(self.months):
            QToolTip.hideText()
            return
        m = self.months[index]
        QToolTip.showText(
            QCursor.pos(),
            f"{month_name(m.month)}\n{m.due} due: {m.completed_on_time} done on "
            f"time, {m.completed - m.completed_on_time} late, {m.due - m.completed} not done",
            self.view,
        )

    def _summary(self) -> str:
        due = sum(m.due for m in self.months)
        done = sum(m.completed for m in self.months)
        on_time = sum(m.completed_on_time for m in self.months)
        overdue = (
            f"{self.overdue} open action item{'s are' if self.overdue != 1 else ' is'} overdue now."
        )
        if not due:
            return overdue
        return (
            f"{due} due in this range: {done} done ({100 * done / due:.0f}%), "
            f"{on_time} of them on time. {overdue}"
        )

    def layout_axes(self) -> None:
        setup_month_axis(self.x_axis, [m.month for m in self.months], self.plot_width())

    def clear_data(self) -> None:
        self.months, self.overdue = [], 0
        for bar_set in (self.on_time, self.late, self.open):
            bar_set.remove(0, bar_set.count())

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
