"""Confidence and motivation over time: every rating, a rolling average, session days."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Sequence

from PySide6.QtCharts import QCategoryAxis, QLineSeries, QValueAxis
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from mentorjournal.analytics import insights
from mentorjournal.analytics.stats import MoodPoint, RollingPoint

from .axes import setup_date_axis, setup_rating_axis, to_ms
from .chart_base import ChartPanel, Pick, colour, fmt_day, line_pen, points_series_style

log = logging.getLogger(__name__)

WINDOWS = (7, 30)
SESSION_ROW = 0.35  # where session days are marked, below the lowest rating


class MoodChart(ChartPanel):
    slug = "confidence-motivation"
    empty_text = (
        "No confidence or motivation ratings in this range.\n"
        "Rate how you feel on a reflection or after a session, and your line starts here."
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Confidence and motivation", parent)
        self.window = QComboBox()
        for days in WINDOWS:
            self.window.addItem(f"{days}-day average", days)
        self.window.setCurrentIndex(1)
        self.window.setAccessibleName("Rolling average window")
        self.window.currentIndexChanged.connect(lambda _i: self.refill())
        window_label = QLabel("Line:")
        window_label.setBuddy(self.window)
        self.controls.addWidget(window_label)
        self.controls.addWidget(self.window)

        self.x_axis = QCategoryAxis()
        self.y_axis = QValueAxis()
        setup_rating_axis(self.y_axis, "Rating (1–10)")
        self.chart.addAxis(self.x_axis, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(self.y_axis, Qt.AlignmentFlag.AlignLeft)
        self.confidence_points = self.add_line("Confidence rating")
        self.motivation_points = self.add_line("Motivation rating")
        self.confidence_line = self.add_line("Confidence average")
        self.motivation_line = self.add_line("Motivation average")
        self.session_marks = self.add_line("Session day")
        self._all: list[MoodPoint] = []
        self._range: tuple[dt.date, dt.date] | None = None
        self.shown: list[MoodPoint] = []
        self.rolling: dict[str, list[RollingPoint]] = {"confidence": [], "motivation": []}
        self.sessions: list[MoodPoint] = []

    @property
    def window_days(self) -> int:
        return int(self.window.currentData())

    def style_series(self, dark: bool) -> None:
        ratio = self.pixel_ratio
        points_series_style(self.confidence_points, colour("confidence", dark, 110), 7, ratio=ratio)
        points_series_style(
            self.motivation_points, colour("motivation", dark, 110), 7, "diamond", ratio
        )
        self.confidence_line.setPen(line_pen(colour("confidence", dark), 2.6))
        self.motivation_line.setPen(line_pen(colour("motivation", dark), 2.6))
        points_series_style(self.session_marks, colour("session", dark, 200), 10, "tick", ratio)

    def legend_tweaks(self) -> None:
        legend = self.chart.legend()
        for series, name in (
            (self.confidence_points, "confidence"),
            (self.motivation_points, "motivation"),
            (self.session_marks, "session"),
        ):
            for marker in legend.markers(series):
                marker.setBrush(colour(name, self.dark, 150))
                marker.setPen(line_pen(colour(name, self.dark), 1))

    # -- data -------------------------------------------------------------------------

    def show_data(self, mood: Sequence[MoodPoint], start: dt.date, end: dt.date) -> None:
        """``mood``: the person's readings, from at least ``start`` - 29 days on."""
        self._all = list(mood)
        self._range = (start, end)
        self.refill()

    def refill(self) -> None:
        if self._range is None:
            return
        start, end = self._range
        days = self.window_days
        self.shown = insights.between(self._all, start, end, lambda p: p.day)
        self.rolling = {
            field: insights.rolling_between(self._all, days, field, start, end)
            for field in ("confidence", "motivation")
        }
        self.sessions = [p for p in self.shown if p.kind == "session"]
        self.confidence_line.setName(f"Confidence, {days}-day average")
        self.motivation_line.setName(f"Motivation, {days}-day average")
        self.picks.clear()
        self._fill_points(self.confidence_points, "confidence", "Confidence")
        self._fill_points(self.motivation_points, "motivation", "Motivation")
        for field, series in (
            ("confidence", self.confidence_line),
            ("motivation", self.motivation_line),
        ):
            self._fill_line(series, field, days)
        xs = [to_ms(p.when) for p in self.sessions]
        self.session_marks.replace([QPointF(x, SESSION_ROW) for x in xs])
        sessions = self.sessions
        self.picks.add(
            Pick(
                self.session_marks,
                xs,
                [SESSION_ROW] * len(xs),
                lambda i: f"{fmt_day(sessions[i].when)}\nSession",
                lambda i: ("session", sessions[i].id),
            )
        )
        self.layout_axes()
        self.subtitle.setText(self._summary(days))
        self.show_chart(bool(self.shown))
        self.legend_tweaks()

    def _fill_points(self, series: QLineSeries, field: str, label: str) -> None:
        chosen = [p for p in self.shown if getattr(p, field) is not None]
        xs = [to_ms(p.when) for p in chosen]
        ys = [float(getattr(p, field)) for p in chosen]
        series.replace([QPointF(x, y) for x, y in zip(xs, ys, strict=True)])

        def tip(i: int) -> str:
            point = chosen[i]
            kind = "after a session" if point.kind == "session" else "reflection"
            return f"{fmt_day(point.when)}\n{label} {getattr(point, field)}/10 ({kind})"

        self.picks.add(Pick(series, xs, ys, tip, lambda i: (chosen[i].kind, chosen[i].id)))

    def _fill_line(self, series: QLineSeries, field: str, days: int) -> None:
        rolling = self.rolling[field]
        xs = [to_ms(p.day) + 12 * 3600_000 for p in rolling]  # midday: the day's centre
        ys = [p.value for p in rolling]
        series.replace([QPointF(x, y) for x, y in zip(xs, ys, strict=True)])
        label = field.capitalize()
        self.picks.add(
            Pick(
                series,
                xs,
                ys,
                lambda i: (
                    f"{fmt_day(rolling[i].day)}\n{label}, {days}-day average: {rolling[i].value:.1f}"
                    f" ({rolling[i].count} rating{'s' if rolling[i].count != 1 else ''})"
                ),
            )
        )

    def _summary(self, days: int) -> str:
        if not self.shown:
            return ""
        parts = []
        for field in ("confidence", "motivation"):
            values = [getattr(p, field) for p in self.shown if getattr(p, field) is not None]
            if values:
                parts.append(
                    f"{field.capitalize()}: {len(values)} ratings, mean {sum(values) / len(values):.1f}"
                )
        parts.append(
            f"{len(self.sessions)} session{'s' if len(self.sessions) != 1 else ''} marked along the bottom"
        )
        return " · ".join(parts) + ". Click a point to open its record."

    def layout_axes(self) -> None:
        if self._range is not None:
            setup_date_axis(self.x_axis, *self._range, self.plot_width())

    def clear_data(self) -> None:
        self._all, self.shown, self.sessions = [], [], []
        self.rolling = {"confidence": [], "motivation": []}
        self._range = None

    # -- export -----------------------------------------------------------------------

    def table(self) -> tuple[Sequence[str], list[Sequence[object]]]:
        days = self.window_days
        by_day = {field: {p.day: p.value for p in self.rolling[field]} for field in self.rolling}
        header = (
            "when",
            "record",
            "id",
            "confidence",
            "motivation",
            f"confidence_{days}d_average",
            f"motivation_{days}d_average",
        )
        rows = []
        for p in self.shown:
            conf_avg = by_day["confidence"].get(p.day)
            mot_avg = by_day["motivation"].get(p.day)
            rows.append(
                (
                    p.when.isoformat(" ", "minutes"),
                    p.kind,
                    p.id,
                    p.confidence,
                    p.motivation,
                    None if conf_avg is None else round(conf_avg, 3),
                    None if mot_avg is None else round(mot_avg, 3),
                )
            )
        return header, rows
