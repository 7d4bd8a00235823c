"""Confidence before vs after each session: the uplift a session gave, as stems."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

from mentorjournal.analytics import insights
from mentorjournal.analytics.stats import Uplift
from mentorjournal.charts.base import LegendEntry
from mentorjournal.charts.ticks import day_x, fmt_day
from mentorjournal.charts.time_chart import Rule, Series, TimeChart

from .chart_base import ChartPanel

log = logging.getLogger(__name__)

ROLES = {"mentee": "as mentee", "mentor": "as mentor"}


def sign_colour(change: int) -> str:
    return "good" if change > 0 else "bad" if change < 0 else "neutral"


class UpliftChart(ChartPanel):
    slug = "session-uplift"
    empty_text = QT_TRANSLATE_NOOP(
        "UpliftChart",
        "No session in this range has confidence rated both before and after.\n"
        "Rate your confidence before a session and again after it to see what each one gave you.",
    )

    def __init__(self, person_name: Callable[[int], str], parent: QWidget | None = None) -> None:
        self.time_chart = TimeChart(y_title="Change", y_format="{:+g}")
        super().__init__(
            QCoreApplication.translate("UpliftChart", "Confidence before → after sessions"),
            self.time_chart,
            parent,
        )
        self._person_name = person_name
        self.stems = Series("", "neutral", "stems", size=9, legend=False)
        self.time_chart.series = [self.stems]
        self.time_chart.rules = [Rule(0, "neutral", dash=False, width=1.2, legend=False)]
        self.time_chart.legend_extra = [
            LegendEntry("Confidence rose", "good"),
            LegendEntry("No change", "neutral"),
            LegendEntry("Confidence fell", "bad"),
        ]
        self.shown: list[Uplift] = []

    def show_data(self, uplift: Sequence[Uplift], start: dt.date, end: dt.date) -> None:
        self.shown = shown = insights.between(uplift, start, end, lambda u: u.when.date())
        self.stems.set([day_x(u.when) for u in shown], [float(u.uplift) for u in shown])
        self.stems.colours = [sign_colour(u.uplift) for u in shown]
        self.stems.tip = lambda i: self._tip(shown[i])
        self.stems.record = lambda i: ("session", shown[i].session_id)
        low = min([u.uplift for u in shown] + [-1])
        high = max([u.uplift for u in shown] + [1])
        self.time_chart.y_range = (low - 0.6, high + 0.6)
        self.time_chart.y_step = 1 if high - low <= 8 else 2
        self.time_chart.set_range(start, end)
        self.subtitle.setText(self._summary())
        self.show_chart(bool(shown))

    def rose(self) -> list[Uplift]:
        return [u for u in self.shown if u.uplift > 0]

    def _tip(self, item: Uplift) -> str:
        who = self._person_name(item.person_id)
        return (
            f"{fmt_day(item.when)} · {who} ({ROLES.get(item.role, item.role)})\n"
            f"Confidence {item.before} → {item.after} ({item.uplift:+d})"
        )

    def _summary(self) -> str:
        if not self.shown:
            return ""
        count = len(self.shown)
        mean = sum(u.uplift for u in self.shown) / count
        before = sum(u.before for u in self.shown) / count
        after = sum(u.after for u in self.shown) / count
        rose = sum(1 for u in self.shown if u.uplift > 0)
        mentor = sum(1 for u in self.shown if u.role == "mentor")
        roles = (
            " "
            + self.tr("({mentee} as mentee, {mentor} as mentor)").format(
                mentee=count - mentor, mentor=mentor
            )
            if mentor
            else ""
        )
        return (
            self.tr("%n session(s)", "", count)
            + roles
            + ": "
            + self.tr(
                "confidence {before} before → {after} after on average ({mean}); it rose after "
                "{rose} of them ({share}%)."
            ).format(
                before=f"{before:.1f}",
                after=f"{after:.1f}",
                mean=f"{mean:+.1f}",
                rose=rose,
                share=f"{100 * rose / count:.0f}",
            )
        )

    def clear_data(self) -> None:
        self.shown = []
        self.stems.set([], [])

    def table(self) -> tuple[Sequence[str], list[Sequence[object]]]:
        header = (
            "when",
            "session_id",
            "person",
            "role",
            "confidence_before",
            "confidence_after",
            "uplift",
        )
        rows = [
            (
                u.when.isoformat(" ", "minutes"),
                u.session_id,
                self._person_name(u.person_id),
                u.role,
                u.before,
                u.after,
                u.uplift,
            )
            for u in self.shown
        ]
        return header, rows
