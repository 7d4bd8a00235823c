"""Sessions per month, as mentee and as mentor (stacked), with long gaps shaded."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Sequence

from PySide6.QtCharts import (
    QAreaSeries,
    QBarSet,
    QCategoryAxis,
    QLineSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QToolTip, QWidget

from mentorjournal.analytics import insights
from mentorjournal.analytics.stats import Gap, MonthCount

from .axes import month_position, setup_count_axis, setup_month_axis
from .chart_base import ChartPanel, colour, fmt_day, line_pen

log = logging.getLogger(__name__)


def month_name(month: dt.date) -> str:
    return f"{month:%B %Y}"


class SessionsChart(ChartPanel):
    slug = "sessions-per-month"
    empty_text = (
        "No sessions held in this range.\n"
        "Record a session (Ctrl+Shift+N) to see how regularly you meet."
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Sessions per month", parent)
        self.x_axis = QCategoryAxis()
        self.y_axis = QValueAxis()
        self.chart.addAxis(self.x_axis, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(self.y_axis, Qt.AlignmentFlag.AlignLeft)
        self.bars = QStackedBarSeries()
        self.bars.setBarWidth(0.8)
        self.as_mentee = QBarSet("As mentee")
        self.as_mentor = QBarSet("As mentor")
        self.bars.append(self.as_mentee)
        self.bars.append(self.as_mentor)
        for bar_set in (self.as_mentee, self.as_mentor):
            bar_set.hovered.connect(
                lambda status, index, bar_set=bar_set: self._hover(status, index)
            )
        self.gap_areas: list[QAreaSeries] = []
        self.chart.addSeries(self.bars)
        self.bars.attachAxis(self.x_axis)
        self.bars.attachAxis(self.y_axis)
        self.months: list[MonthCount] = []
        self.gaps: list[Gap] = []

    def style_series(self, dark: bool) -> None:
        for bar_set, name in ((self.as_mentee, "mentee"), (self.as_mentor, "mentor")):
            bar_set.setColor(colour(name, dark))
            bar_set.setBorderColor(colour(name, dark))
        for area in self.gap_areas:
            area.setBrush(colour("gap", dark, 45))
            area.setPen(line_pen(colour("gap", dark, 120), 1))

    def legend_tweaks(self) -> None:
        legend = self.chart.legend()
        for area in self.gap_areas[1:]:
            for marker in legend.markers(area):
                marker.setVisible(False)

    def show_data(
        self, months: Sequence[MonthCount], gaps: Sequence[Gap], start: dt.date, end: dt.date
    ) -> None:
        first, last = start.replace(day=1), end.replace(day=1)
        shown = insights.between(months, first, last, lambda m: m.month)
        self.months = insights.fill_sessions(shown, first, last) if months else []
        self.gaps = insights.gaps_between(gaps, start, end)
        self.as_mentee.remove(0, self.as_mentee.count())
        self.as_mentor.remove(0, self.as_mentor.count())
        self.as_mentee.append([float(m.as_mentee) for m in self.months])
        self.as_mentor.append([float(m.as_mentor) for m in self.months])
        top = max([m.total for m in self.months] + [1])
        setup_count_axis(self.y_axis, top, "Sessions")
        self._draw_gaps(first, last, self.y_axis.max())
        self.layout_axes()
        self.subtitle.setText(self._summary())
        self.show_chart(any(m.total for m in self.months) or bool(self.gaps))
        self.style_series(self.dark)
        self.legend_tweaks()

    def _draw_gaps(self, first: dt.date, last: dt.date, top: float) -> None:
        for area in self.gap_areas:
            self.chart.removeSeries(area)
            area.deleteLater()
        self.gap_areas = []
        end_limit = len(self.months) - 0.5
        for gap in self.gaps:
            x0 = max(-0.5, month_position(gap.start, first))
            x1 = min(end_limit, month_position(gap.end, first))
            upper, lower = QLineSeries(self), QLineSeries(self)
            upper.replace([QPointF(x0, top), QPointF(x1, top)])
            lower.replace([QPointF(x0, 0), QPointF(x1, 0)])
            area = QAreaSeries(upper, lower)
            area.setName("Long gap (no session for 60+ days)")
            text = (
                f"No session for {gap.days} days: {fmt_day(gap.start)} – "
                f"{'today' if gap.ongoing else fmt_day(gap.end)}"
            )
            area.hovered.connect(
                lambda _point, state, text=text: self._show_tip(text if state else "")
            )
            self.chart.addSeries(area)
            area.attachAxis(self.x_axis)
            area.attachAxis(self.y_axis)
            self.gap_areas.append(area)

    def _hover(self, status: bool, index: int) -> None:
        if not status or not 0 <= index < len(self.months):
            self._show_tip("")
            return
        m = self.months[index]
        self._show_tip(
            f"{month_name(m.month)}\n{m.as_mentee} as mentee, {m.as_mentor} as mentor "
            f"({m.total} in all)"
        )

    def _show_tip(self, text: str) -> None:
        if text:
            QToolTip.showText(QCursor.pos(), text, self.view)
        else:
            QToolTip.hideText()

    def _summary(self) -> str:
        total = sum(m.total for m in self.months)
        if not self.months:
            return ""
        mentee = sum(m.as_mentee for m in self.months)
        text = (
            f"{total} session{'s' if total != 1 else ''} in {len(self.months)} months "
            f"({mentee} as mentee, {total - mentee} as mentor), {total / len(self.months):.1f} a month."
        )
        if self.gaps:
            longest = max(self.gaps, key=lambda g: g.days)
            text += (
                f" {len(self.gaps)} long gap{'s' if len(self.gaps) != 1 else ''} shaded; the longest "
                f"{longest.days} days from {fmt_day(longest.start)}."
            )
        else:
            text += " No gaps of 60 days or more."
        return text

    def layout_axes(self) -> None:
        setup_month_axis(self.x_axis, [m.month for m in self.months], self.plot_width())

    def clear_data(self) -> None:
        self.months, self.gaps = [], []
        self.as_mentee.remove(0, self.as_mentee.count())
        self.as_mentor.remove(0, self.as_mentor.count())
        self._draw_gaps(dt.date.today(), dt.date.today(), 1)

    def table(self) -> tuple[Sequence[str], list[Sequence[object]]]:
        header = ("month", "as_mentee", "as_mentor", "total")
        return header, [
            (m.month.strftime("%Y-%m"), m.as_mentee, m.as_mentor, m.total) for m in self.months
        ]
