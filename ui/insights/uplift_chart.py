"""Confidence before vs after each session: the uplift a session gave, as stems."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Sequence

from PySide6.QtCharts import QCategoryAxis, QValueAxis
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QWidget

from mentorjournal.analytics import insights
from mentorjournal.analytics.stats import Uplift

from .axes import setup_date_axis, to_ms
from .chart_base import ChartPanel, Pick, colour, fmt_day, line_pen, points_series_style

log = logging.getLogger(__name__)

ROLES = {"mentee": "as mentee", "mentor": "as mentor"}


class UpliftChart(ChartPanel):
    slug = "session-uplift"
    empty_text = (
        "No session in this range has confidence rated both before and after.\n"
        "Rate your confidence before a session and again after it to see what each one gave you."
    )

    def __init__(self, person_name: Callable[[int], str], parent: QWidget | None = None) -> None:
        super().__init__("Confidence before → after sessions", parent)
        self._person_name = person_name
        self.x_axis = QCategoryAxis()
        self.y_axis = QValueAxis()
        self.y_axis.setTitleText("Change")  # short: a long title is cut off on a low chart
        self.chart.addAxis(self.x_axis, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(self.y_axis, Qt.AlignmentFlag.AlignLeft)
        self.zero = self.add_line("")
        self.stems = self.add_line("")
        self.rose = self.add_line("Confidence rose")
        self.same = self.add_line("No change")
        self.fell = self.add_line("Confidence fell")
        self._range: tuple[dt.date, dt.date] | None = None
        self.shown: list[Uplift] = []

    def style_series(self, dark: bool) -> None:
        ratio = self.pixel_ratio
        self.zero.setPen(line_pen(colour("neutral", dark, 160), 1.2))
        self.stems.setPen(line_pen(colour("neutral", dark, 150), 1.4))
        points_series_style(self.rose, colour("good", dark), 9, ratio=ratio)
        points_series_style(self.same, colour("neutral", dark), 9, ratio=ratio)
        points_series_style(self.fell, colour("bad", dark), 9, ratio=ratio)

    def legend_tweaks(self) -> None:
        legend = self.chart.legend()
        for series in (self.zero, self.stems):
            for marker in legend.markers(series):
                marker.setVisible(False)
        for series, name in ((self.rose, "good"), (self.same, "neutral"), (self.fell, "bad")):
            for marker in legend.markers(series):
                marker.setBrush(colour(name, self.dark))
                marker.setPen(line_pen(colour(name, self.dark), 1))

    def show_data(self, uplift: Sequence[Uplift], start: dt.date, end: dt.date) -> None:
        self._range = (start, end)
        self.shown = insights.between(uplift, start, end, lambda u: u.when.date())
        stems: list[QPointF] = []
        groups: dict[str, list[Uplift]] = {"rose": [], "same": [], "fell": []}
        for item in self.shown:
            x = to_ms(item.when)
            stems += [QPointF(x, 0), QPointF(x, item.uplift), QPointF(x, 0)]
            groups["rose" if item.uplift > 0 else "fell" if item.uplift < 0 else "same"].append(
                item
            )
        self.stems.replace(stems)
        self.zero.replace([QPointF(to_ms(start), 0), QPointF(to_ms(end + dt.timedelta(days=1)), 0)])
        self.picks.clear()
        for name, series in (("rose", self.rose), ("same", self.same), ("fell", self.fell)):
            items = groups[name]
            xs = [to_ms(u.when) for u in items]
            ys = [float(u.uplift) for u in items]
            series.replace([QPointF(x, y) for x, y in zip(xs, ys, strict=True)])
            self.picks.add(
                Pick(
                    series,
                    xs,
                    ys,
                    lambda i, items=items: self._tip(items[i]),
                    lambda i, items=items: ("session", items[i].session_id),
                )
            )
        low = min([u.uplift for u in self.shown] + [-1])
        high = max([u.uplift for u in self.shown] + [1])
        self.y_axis.setRange(low - 0.6, high + 0.6)
        self.y_axis.setTickType(QValueAxis.TickType.TicksDynamic)
        self.y_axis.setTickAnchor(0)
        self.y_axis.setTickInterval(1 if high - low <= 8 else 2)
        self.y_axis.setLabelFormat("%+d")
        self.layout_axes()
        self.subtitle.setText(self._summary())
        self.show_chart(bool(self.shown))
        self.legend_tweaks()

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
        return (
            f"{count} session{'s' if count != 1 else ''}: confidence {before:.1f} before → {after:.1f} after "
            f"on average ({mean:+.1f}); it rose after {rose} of them ({100 * rose / count:.0f}%)."
        )

    def layout_axes(self) -> None:
        if self._range is not None:
            setup_date_axis(self.x_axis, *self._range, self.plot_width())

    def clear_data(self) -> None:
        self.shown = []
        self._range = None

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
