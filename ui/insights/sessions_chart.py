"""Sessions per month, as mentee and as mentor (stacked), with long gaps shaded."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

from mentorjournal.analytics import insights
from mentorjournal.analytics.stats import Gap, MonthCount
from mentorjournal.charts.bars import MonthBars, MonthSpan, Stack
from mentorjournal.charts.ticks import fmt_day, month_name, month_position

from .chart_base import ChartPanel

log = logging.getLogger(__name__)

__all__ = ["SessionsChart", "month_name"]


class SessionsChart(ChartPanel):
    slug = "sessions-per-month"
    empty_text = QT_TRANSLATE_NOOP(
        "SessionsChart",
        "No sessions held in this range.\n"
        "Record a session (Ctrl+Shift+N) to see how regularly you meet.",
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        self.bars = MonthBars("Sessions")
        super().__init__(
            QCoreApplication.translate("SessionsChart", "Sessions per month"), self.bars, parent
        )
        self.bars.span_legend = "Long gap (no session for 60+ days)"
        self.months: list[MonthCount] = []
        self.gaps: list[Gap] = []

    @property
    def spans(self) -> list[MonthSpan]:
        return self.bars.spans

    def show_data(
        self, months: Sequence[MonthCount], gaps: Sequence[Gap], start: dt.date, end: dt.date
    ) -> None:
        first, last = start.replace(day=1), end.replace(day=1)
        shown = insights.between(months, first, last, lambda m: m.month)
        self.months = insights.fill_sessions(shown, first, last) if months else []
        self.gaps = insights.gaps_between(gaps, start, end)
        end_limit = len(self.months) - 0.5
        spans = [
            MonthSpan(
                max(-0.5, month_position(g.start, first)),
                min(end_limit, month_position(g.end, first)),
                f"No session for {g.days} days: {fmt_day(g.start)} – "
                f"{'today' if g.ongoing else fmt_day(g.end)}",
            )
            for g in self.gaps
        ]
        self.bars.set_data(
            [m.month for m in self.months],
            [
                Stack("As mentee", "mentee", [float(m.as_mentee) for m in self.months]),
                Stack("As mentor", "mentor", [float(m.as_mentor) for m in self.months]),
            ],
            spans,
        )
        months_shown = self.months
        self.bars.tip = lambda i: (
            f"{month_name(months_shown[i].month)}\n{months_shown[i].as_mentee} as mentee, "
            f"{months_shown[i].as_mentor} as mentor ({months_shown[i].total} in all)"
        )
        self.subtitle.setText(self._summary())
        self.show_chart(any(m.total for m in self.months) or bool(self.gaps))

    def _summary(self) -> str:
        total = sum(m.total for m in self.months)
        if not self.months:
            return ""
        mentee = sum(m.as_mentee for m in self.months)
        text = self.tr(
            "%n session(s) in {months} months ({mentee} as mentee, {mentor} as mentor), "
            "{rate} a month.",
            "",
            total,
        ).format(
            months=len(self.months),
            mentee=mentee,
            mentor=total - mentee,
            rate=f"{total / len(self.months):.1f}",
        )
        if self.gaps:
            longest = max(self.gaps, key=lambda g: g.days)
            text += " " + self.tr(
                "%n long gap(s) shaded; the longest {days} days from {day}.", "", len(self.gaps)
            ).format(days=longest.days, day=fmt_day(longest.start))
        else:
            text += " " + self.tr("No gaps of 60 days or more.")
        return text

    def clear_data(self) -> None:
        self.months, self.gaps = [], []
        self.bars.set_data([], [], [])

    def table(self) -> tuple[Sequence[str], list[Sequence[object]]]:
        header = ("month", "as_mentee", "as_mentor", "total")
        return header, [
            (m.month.strftime("%Y-%m"), m.as_mentee, m.as_mentor, m.total) for m in self.months
        ]
