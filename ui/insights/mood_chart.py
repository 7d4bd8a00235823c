"""Confidence and motivation over time: every rating, a rolling average, session days.

Ratings given as mentee and as mentor are different series (``readings``'
role rule): the chart shows one role at a time, chosen in "Given as".
"""

from __future__ import annotations

import bisect
import datetime as dt
import logging
from array import array
from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from mentorjournal.analytics import insights, stats
from mentorjournal.analytics.stats import MoodPoint, RollingPoint
from mentorjournal.charts.ticks import MIDDAY, day_x, fmt_day
from mentorjournal.charts.time_chart import Series, TimeChart

from .chart_base import ChartPanel

log = logging.getLogger(__name__)

WINDOWS = (7, 30)
SESSION_ROW = 0.35  # where session days are marked, below the lowest rating
ROLES = (
    ("mentee", QT_TRANSLATE_NOOP("mood_chart", "As mentee")),
    ("mentor", QT_TRANSLATE_NOOP("mood_chart", "As mentor")),
)


class MoodChart(ChartPanel):
    slug = "confidence-motivation"
    empty_text = QT_TRANSLATE_NOOP(
        "MoodChart",
        "No confidence or motivation ratings in this range.\n"
        "Rate how you feel on a reflection or after a session, and your line starts here.",
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        self.time_chart = TimeChart(y_title="Rating (1–10)")
        super().__init__(
            QCoreApplication.translate("MoodChart", "Confidence and motivation"),
            self.time_chart,
            parent,
        )
        self.role_box = QComboBox()
        for role, text in ROLES:  # noqa: B007
            text = QCoreApplication.translate("mood_chart", text)
            self.role_box.addItem(self.tr(text), role)
        self.role_box.setAccessibleName(self.tr("Ratings given as"))
        self.role_box.currentIndexChanged.connect(lambda _i: self.refill())
        role_label = QLabel(self.tr("&Given:"))
        role_label.setBuddy(self.role_box)
        self.window = QComboBox()
        for days in WINDOWS:
            self.window.addItem(self.tr("%d-day average") % days, days)
        self.window.setCurrentIndex(1)
        self.window.setAccessibleName(self.tr("Rolling average window"))
        self.window.currentIndexChanged.connect(lambda _i: self.refill())
        window_label = QLabel(self.tr("&Line:"))
        window_label.setBuddy(self.window)
        for widget in (role_label, self.role_box, window_label, self.window):
            self.controls.addWidget(widget)

        self.confidence_points = Series("Confidence rating", "confidence", "points", alpha=110)
        self.motivation_points = Series(
            "Motivation rating", "motivation", "points", shape="diamond", size=8, alpha=110
        )
        self.confidence_line = Series("Confidence average", "confidence", "line", width=2.6)
        self.motivation_line = Series("Motivation average", "motivation", "line", width=2.6)
        self.session_marks = Series("Session day", "session", "ticks", size=10, alpha=200)
        self.time_chart.series = [
            self.confidence_points,
            self.motivation_points,
            self.confidence_line,
            self.motivation_line,
            self.session_marks,
        ]
        for line in (self.confidence_line, self.motivation_line):
            line.pickable = True
        self._all: list[MoodPoint] = []
        self._range: tuple[dt.date, dt.date] | None = None
        self._rolling_cache: dict[tuple[str, str, int], list[RollingPoint]] = {}
        #: per (role, field): the readings with a value, their x and y (computed once per data;
        #: x and y as arrays of doubles: 8 bytes a value where a list of floats takes 32)
        self._columns: dict[tuple[str, str], tuple[list[MoodPoint], array, array]] = {}
        self._line_xy: dict[tuple[object, ...], tuple[array, array]] = {}
        self.shown: list[MoodPoint] = []
        self.rolling: dict[str, list[RollingPoint]] = {"confidence": [], "motivation": []}
        self.sessions: list[MoodPoint] = []

    @property
    def window_days(self) -> int:
        return int(self.window.currentData())

    @property
    def role(self) -> str:
        return str(self.role_box.currentData())

    # -- data -------------------------------------------------------------------------

    def show_data(self, mood: Sequence[MoodPoint], start: dt.date, end: dt.date) -> None:
        """``mood``: the person's readings (both roles), from at least ``start`` - 29 days on."""
        if mood is not self._all:
            self._all = mood if isinstance(mood, list) else list(mood)
            self._rolling_cache = {}
            self._columns = {}
            self._line_xy = {}
            # New readings (another person, or the journal changed): my ratings as mentee
            # when there are any, else as mentor (a mentee's page shows my mentoring).
            roles = {p.role for p in self._all}
            wanted = "mentee" if "mentee" in roles or not roles else "mentor"
            if self.role != wanted:
                self.role_box.blockSignals(True)
                self.role_box.setCurrentIndex(0 if wanted == "mentee" else 1)
                self.role_box.blockSignals(False)
        self._range = (start, end)
        self.refill()

    def _rolling(self, field: str, days: int) -> list[RollingPoint]:
        role = self.role
        key = (role, field, days)
        if key not in self._rolling_cache:
            points = [p for p in self._all if p.role == role]
            self._rolling_cache[key] = stats.rolling_average(points, days, field)
        return self._rolling_cache[key]

    def refill(self) -> None:
        if self._range is None:
            return
        start, end = self._range
        days = self.window_days
        role = self.role
        self.shown = [
            p for p in insights.between(self._all, start, end, lambda p: p.day) if p.role == role
        ]
        self.rolling = {
            field: insights.between(self._rolling(field, days), start, end, lambda p: p.day)
            for field in ("confidence", "motivation")
        }
        self.sessions = [p for p in self.shown if p.kind == "session"]
        self.confidence_line.name = f"Confidence, {days}-day average"
        self.motivation_line.name = f"Motivation, {days}-day average"
        self._fill_points(self.confidence_points, "confidence", "Confidence")
        self._fill_points(self.motivation_points, "motivation", "Motivation")
        for field, series in (
            ("confidence", self.confidence_line),
            ("motivation", self.motivation_line),
        ):
            self._fill_line(series, field, days)
        sessions = self.sessions
        self.session_marks.set([day_x(p.when) for p in sessions], [SESSION_ROW] * len(sessions))
        self.session_marks.tip = lambda i: f"{fmt_day(sessions[i].when)}\nSession"
        self.session_marks.record = lambda i: ("session", sessions[i].id)
        self.time_chart.set_range(start, end)
        self.subtitle.setText(self._summary(days))
        self.show_chart(bool(self.shown))

    def _column(self, field: str) -> tuple[list[MoodPoint], array, array]:
        role = self.role
        key = (role, field)
        if key not in self._columns:
            rated = [p for p in self._all if p.role == role and getattr(p, field) is not None]
            self._columns[key] = (
                rated,
                array("d", [day_x(p.when) for p in rated]),
                array("d", [getattr(p, field) for p in rated]),
            )
        return self._columns[key]

    def _fill_points(self, series: Series, field: str, label: str) -> None:
        assert self._range is not None
        rated, xs, ys = self._column(field)
        start, end = self._range
        lo = bisect.bisect_left(xs, day_x(start))
        hi = bisect.bisect_left(xs, day_x(end + dt.timedelta(days=1)))
        chosen = rated[lo:hi]
        series.xs, series.ys = xs[lo:hi], ys[lo:hi]
        side = "as mentor" if self.role == "mentor" else "as mentee"

        def tip(i: int) -> str:
            point = chosen[i]
            kind = "after a session" if point.kind == "session" else "reflection"
            return f"{fmt_day(point.when)}\n{label} {getattr(point, field)}/10 ({kind}, {side})"

        series.tip = tip
        series.record = lambda i: (chosen[i].kind, chosen[i].id)

    def _fill_line(self, series: Series, field: str, days: int) -> None:
        assert self._range is not None
        key = (self.role, field, days)
        every = self._rolling(field, days)
        if ("xy",) + key not in self._line_xy:
            self._line_xy[("xy",) + key] = (
                array("d", [day_x(p.day) + MIDDAY for p in every]),
                array("d", [p.value for p in every]),
            )
        xs, ys = self._line_xy[("xy",) + key]
        start, end = self._range
        lo = bisect.bisect_left(xs, day_x(start))
        hi = bisect.bisect_left(xs, day_x(end + dt.timedelta(days=1)))
        series.xs, series.ys = xs[lo:hi], ys[lo:hi]
        rolling = self.rolling[field]
        label = field.capitalize()
        series.tip = lambda i: (
            f"{fmt_day(rolling[i].day)}\n{label}, {days}-day average: {rolling[i].value:.1f}"
            f" ({rolling[i].count} rating{'s' if rolling[i].count != 1 else ''})"
        )

    def _summary(self, days: int) -> str:
        if not self.shown:
            return ""
        side = self.tr("as mentor") if self.role == "mentor" else self.tr("as mentee")
        parts = []
        for field, series in (
            ("confidence", self.confidence_points),
            ("motivation", self.motivation_points),
        ):
            values = series.ys
            if values:
                name = self.tr("Confidence") if field == "confidence" else self.tr("Motivation")
                parts.append(
                    self.tr("{name} {side}: {count} ratings, mean {mean}").format(
                        name=name,
                        side=side,
                        count=len(values),
                        mean=f"{sum(values) / len(values):.1f}",
                    )
                )
        parts.append(self.tr("%n session(s) marked along the bottom", "", len(self.sessions)))
        return " · ".join(parts) + ". " + self.tr("Click a point to open its record.")

    def clear_data(self) -> None:
        self._all, self.shown, self.sessions = [], [], []
        self._rolling_cache = {}
        self._columns = {}
        self._line_xy = {}
        self.rolling = {"confidence": [], "motivation": []}
        for series in self.time_chart.series:
            series.set([], [])
        self._range = None

    # -- export -----------------------------------------------------------------------

    def table(self) -> tuple[Sequence[str], list[Sequence[object]]]:
        days = self.window_days
        by_day = {field: {p.day: p.value for p in self.rolling[field]} for field in self.rolling}
        header = (
            "when",
            "record",
            "id",
            "role",
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
                    p.role,
                    p.confidence,
                    p.motivation,
                    None if conf_avg is None else round(conf_avg, 3),
                    None if mot_avg is None else round(mot_avg, 3),
                )
            )
        return header, rows
