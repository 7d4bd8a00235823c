"""A chart over time: points, lines, stems, ticks, target lines and shaded spans.

x values are days (``ticks.day_x``); the axis shows [start, end + 1 day).
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import math
from collections.abc import Callable, Sequence

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPen

from mentorjournal.charts.base import (
    Chart,
    Hit,
    LegendEntry,
    Record,
    begin,
    draw_markers,
    hair_line,
    is_print,
    paint_legend,
    value_gridline,
)
from mentorjournal.charts.theme import Theme
from mentorjournal.charts.ticks import date_ticks, day_x, fmt_day


def _no_tip(_i: int) -> str:
    return ""


def _no_record(_i: int) -> Record | None:
    return None


@dataclasses.dataclass
class Series:
    """One series. ``kind``: "points" (markers), "line", "stems" (from 0 to y), "ticks"
    (short bars at y: session days along the bottom)."""

    name: str
    colour: str
    kind: str
    #: days, sorted (a list, or an ``array('d')``: 8 bytes a value, for long series)
    xs: Sequence[float] = dataclasses.field(default_factory=list)
    ys: Sequence[float] = dataclasses.field(default_factory=list)
    shape: str = "circle"
    size: float = 7.0
    alpha: int = 255
    width: float = 2.0
    dash: bool = False
    legend: bool = True
    pickable: bool = True
    tip: Callable[[int], str] = _no_tip
    record: Callable[[int], Record | None] = _no_record
    colours: list[str] | None = None  # per point (stems coloured by sign)

    def set(self, xs: Sequence[float], ys: Sequence[float]) -> None:
        self.xs, self.ys = list(xs), list(ys)


@dataclasses.dataclass
class Span:
    """A shaded stretch of the x axis (a long gap without sessions)."""

    x0: float
    x1: float
    colour: str
    tip: str
    alpha: int = 40


@dataclasses.dataclass
class Rule:
    """A horizontal line across the plot (a target level, zero)."""

    y: float
    colour: str
    name: str = ""
    dash: bool = True
    width: float = 1.8
    legend: bool = True


class TimeChart(Chart):
    """Series over [start, end] against a value axis (0-10 ratings by default)."""

    def __init__(
        self,
        y_range: tuple[float, float] = (0.0, 10.6),
        y_step: float = 2.0,
        y_title: str = "",
        y_format: str = "{:g}",
    ) -> None:
        super().__init__()
        self.series: list[Series] = []
        self.spans: list[Span] = []
        self.rules: list[Rule] = []
        self.legend_extra: list[LegendEntry] = []
        self.y_range, self.y_step, self.y_title, self.y_format = y_range, y_step, y_title, y_format
        self.start = self.end = dt.date.today()
        self.x0 = self.x1 = 0.0
        self.set_range(self.start, self.end)
        self.plot = QRectF()
        self.legend = True

    # -- geometry --------------------------------------------------------------------------

    def set_range(self, start: dt.date, end: dt.date) -> None:
        self.start, self.end = start, end
        self.x0, self.x1 = day_x(start), day_x(end + dt.timedelta(days=1))

    def map(self, x: float, y: float) -> QPointF:
        p, (y0, y1) = self.plot, self.y_range
        return QPointF(
            p.left() + (x - self.x0) / (self.x1 - self.x0) * p.width(),
            p.bottom() - (y - y0) / (y1 - y0) * p.height(),
        )

    def _coefficients(self) -> tuple[float, float, float, float]:
        """(kx, ky, left, bottom): pixel x = left + x * kx, pixel y = bottom - y * ky."""
        p, (y0, y1) = self.plot, self.y_range
        kx, ky = p.width() / (self.x1 - self.x0), p.height() / (y1 - y0)
        return kx, ky, p.left() - self.x0 * kx, p.bottom() + y0 * ky

    def map_all(self, xs: Sequence[float], ys: Sequence[float]) -> list[tuple[float, float]]:
        """``map`` for a whole series, the arithmetic hoisted out of the loop."""
        kx, ky, left, bottom = self._coefficients()
        return [(left + x * kx, bottom - y * ky) for x, y in zip(xs, ys, strict=True)]

    def map_unique(self, xs: Sequence[float], ys: Sequence[float]) -> list[tuple[int, int]]:
        """Where markers go on screen, one per whole pixel: at 30 years many ratings share a
        pixel column and a value, and stamping them again changes nothing."""
        kx, ky, left, bottom = self._coefficients()
        return list(
            {
                (int(left + x * kx + 0.5), int(bottom - y * ky + 0.5))
                for x, y in zip(xs, ys, strict=True)
            }
        )

    def _layout(self, rect: QRectF, fm_height: float, label_width: float, legend: float) -> QRectF:
        left = label_width + fm_height * 0.6 + (fm_height * 1.3 if self.y_title else 0)
        return QRectF(
            rect.left() + left,
            rect.top() + legend + fm_height * 0.5,
            max(10.0, rect.width() - left - fm_height * 0.8),
            max(10.0, rect.height() - legend - fm_height * 2.2),
        )

    def _legend_entries(self) -> list[LegendEntry]:
        entries = []
        for s in self.series:
            if s.legend and s.name:
                shape = {"line": "dash" if s.dash else "line", "ticks": "tick"}.get(s.kind, s.shape)
                entries.append(LegendEntry(s.name, s.colour, shape))
        entries += [
            LegendEntry(r.name, r.colour, "dash") for r in self.rules if r.legend and r.name
        ]
        return entries + self.legend_extra

    def _y_values(self) -> list[float]:
        y0, y1 = self.y_range
        first = math.ceil(y0 / self.y_step - 1e-9) * self.y_step
        values = []
        value = first
        while value <= y1 + 1e-9:
            values.append(round(value, 6))
            value += self.y_step
        return values

    # -- painting -----------------------------------------------------------------------------

    def paint(self, painter: QPainter, rect: QRectF, theme: Theme) -> None:
        fm = begin(painter, self, rect, theme)
        self._rect = rect
        legend = (
            paint_legend(painter, rect, theme, fm, self._legend_entries()) if self.legend else 0.0
        )
        labels = [self.y_format.format(v) for v in self._y_values()]
        label_width = max((fm.horizontalAdvance(t) for t in labels), default=0.0)
        plot = self.plot = self._layout(rect, fm.height(), label_width, legend)
        # spans under everything
        for span in self.spans:
            a, b = self.map(max(span.x0, self.x0), 0).x(), self.map(min(span.x1, self.x1), 0).x()
            if b > a:
                painter.fillRect(
                    QRectF(a, plot.top(), b - a, plot.height()),
                    theme.colour(span.colour, span.alpha),
                )
        # value axis and grid
        for value, text in zip(self._y_values(), labels, strict=True):
            y = self.map(self.x0, value).y()
            value_gridline(painter, plot, y, text, label_width, fm, theme)
        if self.y_title:
            painter.save()
            painter.translate(rect.left() + fm.height() * 0.7, plot.center().y())
            painter.rotate(-90)
            painter.setPen(theme.muted)
            painter.drawText(
                QRectF(-plot.height() / 2, -fm.height() / 2, plot.height(), fm.height()),
                Qt.AlignmentFlag.AlignCenter,
                self.y_title,
            )
            painter.restore()
        # dates on calendar boundaries
        scale = fm.averageCharWidth() / 7.0 if fm.averageCharWidth() > 7.5 else 1.0
        for day, text in date_ticks(self.start, self.end, plot.width(), scale):
            x = self.map(day_x(day), 0).x()
            hair_line(painter, QLineF(x, plot.top(), x, plot.bottom()), theme.grid)
            painter.setPen(theme.text)
            width = fm.horizontalAdvance(text) + 4
            left = min(max(x - width / 2, rect.left()), rect.right() - width)
            painter.drawText(
                QRectF(left, plot.bottom() + fm.height() * 0.3, width, fm.height()),
                Qt.AlignmentFlag.AlignHCenter,
                text,
            )
        hair_line(painter, QLineF(plot.bottomLeft(), plot.bottomRight()), theme.muted)
        hair_line(painter, QLineF(plot.bottomLeft(), plot.topLeft()), theme.muted)
        painter.save()
        painter.setClipRect(plot.adjusted(-6, -6, 6, 6))
        for rule in self.rules:
            y = self.map(self.x0, rule.y).y()
            style = Qt.PenStyle.DashLine if rule.dash else Qt.PenStyle.SolidLine
            painter.setPen(QPen(theme.colour(rule.colour), rule.width, style))
            painter.drawLine(QLineF(plot.left(), y, plot.right(), y))
        for s in self.series:
            self._paint_series(painter, s, theme)
        painter.restore()
        painter.restore()

    def _visible(self, s: Series) -> tuple[int, int]:
        """Index range of the points inside [x0, x1] (with one neighbour each side for lines)."""
        lo = bisect.bisect_left(s.xs, self.x0)
        hi = bisect.bisect_right(s.xs, self.x1)
        if s.kind == "line":
            lo, hi = max(0, lo - 1), min(len(s.xs), hi + 1)
        return lo, hi

    def _paint_series(self, painter: QPainter, s: Series, theme: Theme) -> None:
        lo, hi = self._visible(s)
        if lo >= hi:
            return
        colour = theme.colour(s.colour, s.alpha)
        if s.kind == "points" and not is_print(painter) and hi - lo > 500:
            pixels = self.map_unique(s.xs[lo:hi], s.ys[lo:hi])
            draw_markers(painter, pixels, colour.rgba(), s.size, s.shape, unique=True)
            return
        xy = self.map_all(s.xs[lo:hi], s.ys[lo:hi])
        if s.kind == "line":
            pen = QPen(colour, s.width, Qt.PenStyle.DashLine if s.dash else Qt.PenStyle.SolidLine)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            line = [QPointF(x, y) for x, y in _thin(xy)]
            # One long wide antialiased polyline strokes slowly; pieces of 64 points are 7x faster.
            for i in range(0, max(1, len(line) - 1), 64):
                painter.drawPolyline(line[i : i + 65])
        elif s.kind == "ticks":
            painter.setPen(QPen(colour, max(2.0, s.size / 4)))
            half = s.size / 2
            painter.drawLines([QLineF(x, y - half, x, y + half) for x, y in xy])
        elif s.kind == "stems":
            zero = self.map(self.x0, 0.0).y()
            painter.setPen(QPen(theme.colour("neutral", 150), 1.4))
            painter.drawLines([QLineF(x, zero, x, y) for x, y in xy])
            groups: dict[str, list[tuple[float, float]]] = {}
            for i, point in enumerate(xy):
                name = s.colours[lo + i] if s.colours else s.colour
                groups.setdefault(name, []).append(point)
            for name, group in groups.items():
                draw_markers(painter, group, theme.colour(name, s.alpha).rgba(), s.size, s.shape)
        else:
            draw_markers(painter, xy, colour.rgba(), s.size, s.shape)

    # -- hit-testing --------------------------------------------------------------------------

    def hit(self, pos: QPointF) -> Hit | None:
        """The nearest pickable point within ``RADIUS`` px (bisect on x, then pixel distance);
        else the shaded span under ``pos``."""
        if self.plot.isEmpty():
            return None
        best: tuple[float, Series, int] | None = None
        days = self.x1 - self.x0
        tolerance = self.RADIUS / self.plot.width() * days
        x_at = self.x0 + (pos.x() - self.plot.left()) / self.plot.width() * days
        for s in self.series:
            if not s.pickable:
                continue
            lo = bisect.bisect_left(s.xs, max(self.x0, x_at - tolerance))
            hi = min(bisect.bisect_right(s.xs, min(self.x1, x_at + tolerance)), lo + 600)
            for i in range(lo, hi):
                p = self.map(s.xs[i], s.ys[i])
                d = math.hypot(p.x() - pos.x(), p.y() - pos.y())
                if d <= self.RADIUS and (best is None or d < best[0]):
                    best = (d, s, i)
        if best is not None:
            _d, s, i = best
            return Hit(s.tip(i), s.record(i), self.map(s.xs[i], s.ys[i]))
        if self.plot.contains(pos):
            for span in self.spans:
                if span.x0 <= x_at <= span.x1:
                    return Hit(span.tip, None, pos)
        return None

    def stops(self) -> list[Hit]:
        out: list[tuple[float, Hit]] = []
        for s in self.series:
            if not s.pickable:
                continue
            lo, hi = bisect.bisect_left(s.xs, self.x0), bisect.bisect_right(s.xs, self.x1)
            for i in range(lo, min(hi, lo + 5000)):
                out.append((s.xs[i], Hit(s.tip(i), s.record(i), self.map(s.xs[i], s.ys[i]))))
        out.sort(key=lambda pair: pair[0])
        return [hit for _x, hit in out]

    def describe(self) -> str:
        parts = []
        for s in self.series:
            if s.kind in ("points", "stems") and s.ys and s.name:
                lo, hi = bisect.bisect_left(s.xs, self.x0), bisect.bisect_right(s.xs, self.x1)
                shown = s.ys[lo:hi]
                if shown:
                    parts.append(
                        f"{s.name}: {len(shown)} values, mean {sum(shown) / len(shown):.1f}"
                    )
        text = f"{fmt_day(self.start)} to {fmt_day(self.end)}."
        return text + (" " + "; ".join(parts) + "." if parts else " No values.")


def _thin(xy: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Keep about one point per pixel column: a line of 7,500 points on 1,000 px looks the same."""
    if len(xy) < 1000:
        return xy
    out = [xy[0]]
    last = xy[0][0]
    for point in xy[1:-1]:
        if point[0] - last >= 1.0:
            out.append(point)
            last = point[0]
    out.append(xy[-1])
    return out
