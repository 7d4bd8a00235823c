"""QPainter, our own: the 30-year confidence/motivation chart drawn by a small module (prototype).

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/chart_engines/qpainter_engine.py [--out DIR] [--core]
        [--gallery DIR]

The option of writing the charts ourselves, in QtGui only: ``TimeChart`` lays
out and paints a time chart (points as circles or diamonds, lines, a target
line, session ticks, a legend, a rating axis and date labels on calendar
boundaries) onto any QPainter -- a widget, a QImage, a QPdfWriter -- and finds
the point under a position (``hit``). ``ChartWidget`` is the thin QtWidgets
side: paintEvent, tooltip, click, accessible name and description.
``bars`` and ``heatmap`` are the other two kinds the Insights screen needs.

Default: QApplication + ``ChartWidget``, timed like the other engines.
``--core``: QGuiApplication only -- QImage, PNG and PDF without QtWidgets.
``--gallery DIR``: the mood chart, a skill line with its target, sessions
per month as stacked bars and a calendar heatmap, as PNG and one PDF (QGuiApplication only).
"""

from __future__ import annotations

import argparse
import bisect
import dataclasses
import datetime as dt
import json
import math
import os
import random
import resource
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from engine_data import (  # the same readings and helpers in every engine script
    END,
    SIZE,
    WINDOW,
    accessible_tree,
    between,
    pdf_is_vector,
    ranges,
    rolling,
    rss_mb,
    synthetic,
)
from PySide6.QtCore import QLineF, QPointF, QRectF, Qt  # noqa: E402
from PySide6.QtGui import (  # noqa: E402
    QColor,
    QFont,
    QFontMetricsF,
    QPaintEngine,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
)

# -- the module: what a ui/charts/ (QtGui-only, so also usable from the core) would hold ------------

COLOURS = {
    "confidence": ("#1f6fc5", "#6cb4ff"),
    "motivation": ("#d2691e", "#ffad66"),
    "session": ("#2e8b57", "#6fd39a"),
    "mentee": ("#1f6fc5", "#6cb4ff"),
    "mentor": ("#8e44ad", "#c79cf0"),
    "target": ("#c0392b", "#ff7b6b"),
}


@dataclasses.dataclass(frozen=True)
class Theme:
    """The colours a chart needs, from the palette (or fixed for print)."""

    dark: bool
    base: QColor
    text: QColor
    grid: QColor

    @classmethod
    def of(cls, dark: bool) -> Theme:
        return cls(
            dark,
            QColor("#1e1f22" if dark else "#ffffff"),
            QColor("#e8e8e8" if dark else "#1e1e1e"),
            QColor(255, 255, 255, 38) if dark else QColor(0, 0, 0, 30),
        )

    def colour(self, name: str, alpha: int = 255) -> QColor:
        c = QColor(COLOURS[name][1 if self.dark else 0])
        c.setAlpha(alpha)
        return c


def to_ms(when: dt.date | dt.datetime) -> float:
    if not isinstance(when, dt.datetime):
        when = dt.datetime(when.year, when.month, when.day)
    return when.timestamp() * 1000.0


MONTH_STEPS = (1, 2, 3, 6, 12, 24, 60)


def date_ticks(start: dt.date, end: dt.date, width: float) -> list[tuple[dt.date, str]]:
    """Labels on natural boundaries (days, Mondays, 1st of a month, quarters, years), as many as fit."""
    short = (end - start).days <= 124
    room = max(2, int(max(width, 1) // (64 if short else 88)))
    if short:
        days = [start + dt.timedelta(days=n) for n in range((end - start).days + 1)]
        mondays = [d for d in days if d.weekday() == 0]
        choices = [days, days[::2], mondays, mondays[::2], [d for d in days if d.day == 1]]
        chosen = next((c for c in choices if len(c) <= room), choices[-1])
        return [(d, f"{d.day} {d:%b}") for d in chosen]
    first = start.year * 12 + start.month - (start.day == 1)  # months whose 1st lies in the range
    firsts = [dt.date(m // 12, m % 12 + 1, 1) for m in range(first, end.year * 12 + end.month)]
    step = next(
        (s for s in MONTH_STEPS if len(firsts) / s <= max(1, int(width // 80))), MONTH_STEPS[-1]
    )
    chosen = [
        d
        for d in firsts
        if not (d.month - 1) % min(step, 12) and (step <= 12 or not d.year % (step // 12))
    ]
    return [(d, str(d.year) if step >= 12 else d.strftime("%b %Y")) for d in chosen]


def pen(colour: QColor, width: float, cap: Qt.PenCapStyle) -> QPen:
    result = QPen(colour, width)
    result.setCapStyle(cap)
    return result


@dataclasses.dataclass
class Series:
    """``kind``: "points" (circle/diamond markers), "line", "ticks" (short bars at a fixed y)."""

    name: str
    colour: str
    kind: str
    xs: list[float] = dataclasses.field(default_factory=list)  # ms, sorted
    ys: list[float] = dataclasses.field(default_factory=list)
    shape: str = "circle"
    size: float = 7.0
    alpha: int = 255
    width: float = 2.0
    dash: bool = False
    tip: Callable[[int], str] = lambda i: ""
    legend: bool = True


def marker_image(colour: QColor, size: float, shape: str, ratio: float = 1.0):
    from PySide6.QtGui import QImage

    pixels = max(2, round(size * ratio))
    image = QImage(pixels, pixels, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    if shape == "diamond":
        h = pixels / 2
        painter.drawPolygon(
            QPolygonF([QPointF(h, 0), QPointF(pixels, h), QPointF(h, pixels), QPointF(0, h)])
        )
    else:
        painter.drawEllipse(QRectF(0, 0, pixels, pixels))
    painter.end()
    image.setDevicePixelRatio(ratio)
    return image


class TimeChart:
    """A time chart on a 0-10 rating axis (or any ``y_range``), painted on any QPainter."""

    RADIUS = 9.0

    def __init__(
        self, y_range: tuple[float, float] = (0.0, 10.6), y_step: float = 2.0, y_title: str = ""
    ) -> None:
        self.series: list[Series] = []
        self.y_range, self.y_step, self.y_title = y_range, y_step, y_title
        self.start = self.end = dt.date.today()
        self.font = QFont()
        self._plot = QRectF()

    # -- geometry --------------------------------------------------------------------------------
    def set_range(self, start: dt.date, end: dt.date) -> None:
        self.start, self.end = start, end
        self.x0, self.x1 = to_ms(start), to_ms(end + dt.timedelta(days=1))

    def plot_rect(self, rect: QRectF) -> QRectF:
        fm = QFontMetricsF(self.font)
        top = fm.height() * 1.8  # legend row
        left = fm.horizontalAdvance("10") + 10 + (fm.height() + 4 if self.y_title else 0)
        return QRectF(
            rect.left() + left,
            rect.top() + top,
            rect.width() - left - 10,
            rect.height() - top - fm.height() * 1.6,
        )

    def map(self, x: float, y: float) -> QPointF:
        p, (y0, y1) = self._plot, self.y_range
        return QPointF(
            p.left() + (x - self.x0) / (self.x1 - self.x0) * p.width(),
            p.bottom() - (y - y0) / (y1 - y0) * p.height(),
        )

    def map_all(self, xs: Sequence[float], ys: Sequence[float]) -> list[tuple[float, float]]:
        """``map`` for a whole series, with the arithmetic hoisted (1 µs a point, not 10)."""
        p, (y0, y1) = self._plot, self.y_range
        kx, ky = p.width() / (self.x1 - self.x0), p.height() / (y1 - y0)
        left, bottom = p.left() - self.x0 * kx, p.bottom() + y0 * ky
        return [(left + x * kx, bottom - y * ky) for x, y in zip(xs, ys, strict=True)]

    # -- painting ----------------------------------------------------------------------------------
    def paint(self, painter: QPainter, rect: QRectF, theme: Theme) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(self.font)
        painter.fillRect(rect, theme.base)
        plot = self._plot = self.plot_rect(rect)
        fm = QFontMetricsF(self.font)
        # rating axis and grid
        y0, y1 = self.y_range
        value = y0
        while value <= y1 + 1e-9:
            at = self.map(self.x0, value).y()
            painter.setPen(QPen(theme.grid, 1))
            painter.drawLine(QLineF(plot.left(), at, plot.right(), at))
            painter.setPen(theme.text)
            painter.drawText(
                QRectF(
                    rect.left(), at - fm.height() / 2, plot.left() - rect.left() - 6, fm.height()
                ),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                f"{value:g}",
            )
            value += self.y_step
        if self.y_title:
            painter.save()
            painter.translate(rect.left() + fm.height() * 0.8, plot.center().y())
            painter.rotate(-90)
            painter.drawText(
                QRectF(-plot.height() / 2, -fm.height(), plot.height(), fm.height() * 1.2),
                Qt.AlignmentFlag.AlignCenter,
                self.y_title,
            )
            painter.restore()
        # date labels on calendar boundaries
        for day, label in date_ticks(self.start, self.end, plot.width()):
            x = self.map(to_ms(day), y0).x()
            painter.setPen(QPen(theme.grid, 1))
            painter.drawLine(QLineF(x, plot.top(), x, plot.bottom()))
            painter.setPen(theme.text)
            painter.drawText(
                QRectF(x - 60, plot.bottom() + 4, 120, fm.height()),
                Qt.AlignmentFlag.AlignHCenter,
                label,
            )
        painter.setPen(QPen(theme.text, 1))
        painter.drawLine(QLineF(plot.bottomLeft(), plot.bottomRight()))
        painter.drawLine(QLineF(plot.bottomLeft(), plot.topLeft()))
        # the data, clipped to the plot
        painter.save()
        painter.setClipRect(plot.adjusted(-4, -4, 4, 4))
        for s in self.series:
            self._paint_series(painter, s, theme)
        painter.restore()
        self._paint_legend(painter, rect, theme, fm)
        painter.restore()

    def _paint_series(self, painter: QPainter, s: Series, theme: Theme) -> None:
        colour = theme.colour(s.colour, s.alpha)
        xy = self.map_all(s.xs, s.ys)
        if s.kind == "line":
            line_pen = QPen(
                colour, s.width, Qt.PenStyle.DashLine if s.dash else Qt.PenStyle.SolidLine
            )
            line_pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            line_pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            painter.setPen(line_pen)
            # Qt strokes one long wide antialiased polyline slowly (0.3 s for 7k points); pieces of
            # 64 points draw the same line 7x faster (pyqtgraph's "segmented line mode" does likewise).
            points = [QPointF(x, y) for x, y in xy]
            for i in range(0, max(1, len(points) - 1), 64):
                painter.drawPolyline(points[i : i + 65])
        elif s.kind == "ticks":
            painter.setPen(pen(colour, max(2.0, s.size / 4), Qt.PenCapStyle.FlatCap))
            half = s.size / 2
            painter.drawLines([QLineF(x, y - half, x, y + half) for x, y in xy])
        elif (
            painter.paintEngine().type() == QPaintEngine.Type.Pdf
        ):  # print: real shapes, not pictures
            path = QPainterPath()  # one path per series: the PDF engine's cost is per drawing call
            r = s.size / 2
            for x, y in xy:
                if s.shape == "diamond":
                    path.moveTo(x, y - r)
                    path.lineTo(x + r, y)
                    path.lineTo(x, y + r)
                    path.lineTo(x - r, y)
                    path.closeSubpath()
                else:
                    path.addEllipse(QPointF(x, y), r, r)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawPath(path)
        else:  # screen: one small picture, stamped at every point (Qt Charts' "light marker")
            marker = marker_image(colour, s.size, s.shape, painter.device().devicePixelRatioF())
            half = s.size / 2
            draw = painter.drawImage
            for x, y in xy:
                draw(QPointF(x - half, y - half), marker)

    def _paint_legend(
        self, painter: QPainter, rect: QRectF, theme: Theme, fm: QFontMetricsF
    ) -> None:
        entries = [s for s in self.series if s.legend]
        widths = [fm.horizontalAdvance(s.name) + 22 for s in entries]
        x = rect.center().x() - sum(widths) / 2
        y = rect.top() + fm.height() * 0.3
        for s, w in zip(entries, widths, strict=True):
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(theme.colour(s.colour, 200))
            painter.drawEllipse(QRectF(x, y + fm.height() / 2 - 5, 10, 10))
            painter.setPen(theme.text)
            painter.drawText(QPointF(x + 14, y + fm.ascent()), s.name)
            x += w

    # -- hit-testing -----------------------------------------------------------------------------------
    def hit(self, pos: QPointF) -> tuple[Series, int] | None:
        """The nearest point within ``RADIUS`` px of ``pos`` (bisect on x, then pixel distance)."""
        if self._plot.isEmpty():
            return None
        best = None
        tolerance = self.RADIUS / self._plot.width() * (self.x1 - self.x0)
        x_at = self.x0 + (pos.x() - self._plot.left()) / self._plot.width() * (self.x1 - self.x0)
        for s in self.series:
            lo = bisect.bisect_left(s.xs, x_at - tolerance)
            hi = min(bisect.bisect_right(s.xs, x_at + tolerance), lo + 600)
            for i in range(lo, hi):
                p = self.map(s.xs[i], s.ys[i])
                d = math.hypot(p.x() - pos.x(), p.y() - pos.y())
                if d <= self.RADIUS and (best is None or d < best[0]):
                    best = (d, s, i)
        return None if best is None else (best[1], best[2])

    def describe(self) -> str:
        """A sentence for the accessible description (the table is the full alternative)."""
        parts = []
        for s in self.series:
            if s.kind == "points" and s.ys:
                parts.append(f"{s.name}: {len(s.ys)} values, mean {sum(s.ys) / len(s.ys):.1f}")
        return f"{self.start:%-d %b %Y} to {self.end:%-d %b %Y}. " + "; ".join(parts)


def bars(
    painter: QPainter,
    rect: QRectF,
    theme: Theme,
    months: Sequence[dt.date],
    stacks: Sequence[tuple[str, str, Sequence[int]]],
) -> None:
    """Stacked bars per month (sessions as mentee / as mentor), month labels that fit."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.fillRect(rect, theme.base)
    fm = QFontMetricsF(painter.font())
    plot = QRectF(
        rect.left() + 30,
        rect.top() + fm.height() * 1.8,
        rect.width() - 40,
        rect.height() - fm.height() * 3.6,
    )
    totals = [sum(s[2][i] for s in stacks) for i in range(len(months))]
    top = max(totals + [1])
    step = next(s for s in (1, 2, 5, 10, 20, 50, 100, 1000) if top / s <= 6)
    upper = (top // step + 1) * step
    for v in range(0, upper + 1, step):
        y = plot.bottom() - v / upper * plot.height()
        painter.setPen(QPen(theme.grid, 1))
        painter.drawLine(QLineF(plot.left(), y, plot.right(), y))
        painter.setPen(theme.text)
        painter.drawText(
            QRectF(rect.left(), y - fm.height() / 2, 24, fm.height()),
            Qt.AlignmentFlag.AlignRight,
            str(v),
        )
    slot = plot.width() / max(1, len(months))
    label_step = next(
        (s for s in MONTH_STEPS if len(months) / s <= max(1, int(plot.width() // 80))), 60
    )
    for i, month in enumerate(months):
        base = plot.bottom()
        for _name, colour, values in stacks:
            h = values[i] / upper * plot.height()
            painter.fillRect(
                QRectF(plot.left() + i * slot + slot * 0.1, base - h, slot * 0.8, h),
                theme.colour(colour),
            )
            base -= h
        if not (month.month - 1) % min(label_step, 12) and (
            label_step <= 12 or not month.year % (label_step // 12)
        ):
            painter.setPen(theme.text)
            painter.drawText(
                QRectF(plot.left() + i * slot - 40, plot.bottom() + 4, 80 + slot, fm.height()),
                Qt.AlignmentFlag.AlignHCenter,
                str(month.year) if label_step >= 12 else month.strftime("%b %Y"),
            )
    x = plot.left()
    for name, colour, _values in stacks:
        painter.fillRect(QRectF(x, rect.top() + 6, 10, 10), theme.colour(colour))
        painter.setPen(theme.text)
        painter.drawText(QPointF(x + 14, rect.top() + 6 + fm.ascent() * 0.8), name)
        x += fm.horizontalAdvance(name) + 30
    painter.restore()


def heatmap(
    painter: QPainter, rect: QRectF, theme: Theme, counts: dict[dt.date, int], end: dt.date
) -> None:
    """A year as weeks (columns) x weekdays (rows), darker for more entries; month names above."""
    painter.save()
    painter.fillRect(rect, theme.base)
    fm = QFontMetricsF(painter.font())
    first = end - dt.timedelta(days=364)
    first -= dt.timedelta(days=first.weekday())
    weeks = (end - first).days // 7 + 1
    left, top = rect.left() + fm.horizontalAdvance("Mon") + 8, rect.top() + fm.height() * 1.4
    cell = min(
        (rect.width() - (left - rect.left()) - 4) / weeks, (rect.height() - fm.height() * 1.6) / 7
    )
    most = max(counts.values(), default=1)
    painter.setPen(theme.text)
    for row, name in ((0, "Mon"), (2, "Wed"), (4, "Fri")):
        painter.drawText(
            QRectF(rect.left(), top + row * cell, left - rect.left() - 6, cell),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            name,
        )
    day = first
    while day <= end:
        col, row = (day - first).days // 7, day.weekday()
        if day.day == 1:
            painter.setPen(theme.text)
            painter.drawText(QPointF(left + col * cell, rect.top() + fm.ascent()), f"{day:%b}")
        n = counts.get(day, 0)
        colour = theme.colour("session", 40 + round(215 * n / most)) if n else theme.grid
        painter.fillRect(
            QRectF(left + col * cell + 1, top + row * cell + 1, cell - 2, cell - 2), colour
        )
        day += dt.timedelta(days=1)
    painter.restore()


# -- filling the mood chart (what MoodChart.refill does today) ------------------------------------------


def mood_chart(readings) -> tuple[TimeChart, Callable[[dt.date, dt.date], None]]:
    chart = TimeChart(y_title="Rating (1–10)")
    days = [r[0].date() for r in readings]
    averages = {f: rolling(readings, i) for f, i in (("confidence", 1), ("motivation", 2))}
    conf = Series("Confidence rating", "confidence", "points", alpha=110)
    mot = Series("Motivation rating", "motivation", "points", shape="diamond", size=8, alpha=110)
    lines = {
        f: Series(f"{f.capitalize()}, {WINDOW}-day average", f, "line", width=2.6)
        for f in ("confidence", "motivation")
    }
    sessions = Series("Session day", "session", "ticks", size=10, alpha=200)
    chart.series = [conf, mot, lines["confidence"], lines["motivation"], sessions]

    def show(start: dt.date, end: dt.date) -> None:
        shown = readings[bisect.bisect_left(days, start) : bisect.bisect_right(days, end)]
        for s, index in ((conf, 1), (mot, 2)):
            chosen = [r for r in shown if r[index] is not None]
            s.xs = [r[0].timestamp() * 1000 for r in chosen]
            s.ys = [float(r[index]) for r in chosen]
            s.tip = lambda i, chosen=chosen, s=s, index=index: (
                f"{chosen[i][0]:%-d %b %Y}\n{s.name} {chosen[i][index]}/10"
            )
        for field, s in lines.items():
            line = between(averages[field], start, end, lambda p: p[0])
            s.xs = [to_ms(d) + 12 * 3600_000 for d, _ in line]
            s.ys = [v for _, v in line]
        chosen = [r for r in shown if r[3] == "session"]
        sessions.xs, sessions.ys = [r[0].timestamp() * 1000 for r in chosen], [0.35] * len(chosen)
        chart.set_range(start, end)

    return chart, show


def write_pdf(path: Path, draw: Callable[[QPainter, QRectF], None]) -> None:
    """A4 landscape; ``draw`` paints in 96-dpi units, the same as on screen."""
    from PySide6.QtCore import QMarginsF
    from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter

    writer = QPdfWriter(str(path))
    writer.setResolution(
        96
    )  # paint in the chart's own units; fonts keep their point sizes; still vector
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Landscape,
            QMarginsF(12, 12, 12, 12),
        )
    )
    painter = QPainter(writer)
    draw(painter, QRectF(painter.viewport()))
    painter.end()


def png_bytes(image) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def render(chart: TimeChart, theme: Theme):
    from PySide6.QtGui import QImage

    image = QImage(SIZE[0], SIZE[1], QImage.Format.Format_ARGB32_Premultiplied)
    painter = QPainter(image)
    chart.paint(painter, QRectF(0, 0, *SIZE), theme)
    painter.end()
    return image


def make_widget(chart: TimeChart):
    """The QtWidgets side: paint, tooltip, click, accessible name and description (ui/ only)."""
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QToolTip, QWidget

    class ChartWidget(QWidget):
        def __init__(self) -> None:
            super().__init__()
            self.setMouseTracking(True)
            self.setAccessibleName("Confidence and motivation chart")
            self.clicked: list[tuple[str, int]] = []

        def paintEvent(self, _event) -> None:  # Qt override
            dark = self.palette().color(QPalette.ColorRole.Window).lightness() < 128
            painter = QPainter(self)
            chart.paint(painter, QRectF(self.rect()), Theme.of(dark))
            painter.end()

        def mouseMoveEvent(self, event) -> None:  # Qt override
            found = chart.hit(event.position())
            if found:
                QToolTip.showText(event.globalPosition().toPoint(), found[0].tip(found[1]), self)
            else:
                QToolTip.hideText()

        def mouseReleaseEvent(self, event) -> None:  # Qt override
            found = chart.hit(event.position())
            if found:
                self.clicked.append((found[0].name, found[1]))

    return ChartWidget()


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--out", type=Path)
    parser.add_argument("--core", action="store_true")
    parser.add_argument("--gallery", type=Path)
    args = parser.parse_args()
    if args.gallery:
        return gallery(args.gallery)
    readings = synthetic()
    spans = ranges()
    if args.core:
        from PySide6.QtGui import QGuiApplication

        app = QGuiApplication([])
    else:
        from PySide6.QtWidgets import QApplication

        app = QApplication([])
    from PySide6.QtGui import QAccessible

    began = time.perf_counter()
    chart, show = mood_chart(readings)
    show(*spans["all"])
    if args.core:

        def draw():
            return render(chart, Theme.of(False))
    else:
        widget = make_widget(chart)
        widget.resize(*SIZE)
        widget.show()

        def draw():
            widget.setAccessibleDescription(chart.describe())  # a data change: new summary, repaint
            widget.update()
            app.processEvents()
            return widget.grab()

    image = draw()
    first_ms = (time.perf_counter() - began) * 1000
    rss_after_draw = rss_mb()
    switch = {}
    for key in ("1y", "3m", "all"):
        began = time.perf_counter()
        show(*spans[key])
        draw()
        switch[key] = (time.perf_counter() - began) * 1000
    began = time.perf_counter()
    png = png_bytes(
        render(chart, Theme.of(False)) if args.core else widget.grab()
    )  # one paint, as the others
    png_ms = (time.perf_counter() - began) * 1000
    out = args.out or Path(os.environ.get("TMPDIR", "/tmp"))
    out.mkdir(parents=True, exist_ok=True)
    began = time.perf_counter()
    pdf_path = out / f"qpainter-mood{'-core' if args.core else ''}.pdf"
    write_pdf(pdf_path, lambda painter, rect: chart.paint(painter, rect, Theme.of(False)))
    pdf_ms = (time.perf_counter() - began) * 1000
    pdf = pdf_path.read_bytes()
    # hit-testing: the first confidence point, at its own position
    if args.core:
        render(chart, Theme.of(False))  # the geometry of the last paint is what hit() maps with
    conf = chart.series[0]
    found = chart.hit(chart.map(conf.xs[0], conf.ys[0]))
    a11y = [] if args.core else accessible_tree(QAccessible.queryAccessibleInterface(widget))
    if args.out:
        suffix = "-core" if args.core else ""
        image.save(str(out / f"qpainter-mood-light{suffix}.png"))
        for key in ("1y", "3m"):
            show(*spans[key])
            (render(chart, Theme.of(False)) if args.core else draw()).save(
                str(out / f"qpainter-mood-{key}-light{suffix}.png")
            )
        show(*spans["all"])
        render(chart, Theme.of(True)).save(str(out / f"qpainter-mood-dark{suffix}.png"))
    print(
        json.dumps(
            {
                "engine": "qpainter-core" if args.core else "qpainter",
                "readings": len(readings),
                "import_ms": 0.0,
                "first_ms": first_ms,
                "switch_ms": switch,
                "png_ms": png_ms,
                "png_kb": len(png) / 1024,
                "pdf_ms": pdf_ms,
                "pdf_kb": len(pdf) / 1024,
                "pdf_vector": pdf_is_vector(pdf),
                "rss_mb": rss_after_draw,
                "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                "qtwidgets_loaded": "PySide6.QtWidgets" in sys.modules,
                "a11y": a11y,
                "hit_test": found is not None
                and found[0] is conf
                and conf.ys[found[1]] == conf.ys[0],
                "core_works": args.core
                and "PySide6.QtWidgets" not in sys.modules
                and not image.isNull(),
            }
        )
    )
    os._exit(0)


def gallery(out: Path) -> int:
    """Every kind of chart, light and dark PNGs and one PDF -- with a QGuiApplication only."""
    from PySide6.QtGui import QGuiApplication, QImage

    QGuiApplication([])
    out.mkdir(parents=True, exist_ok=True)
    readings = synthetic()
    mood, show = mood_chart(readings)
    show(*ranges()["1y"])
    rng = random.Random(2)
    skill = TimeChart(y_title="Rating (1–10)")
    days = sorted(END - dt.timedelta(days=rng.randrange(3 * 365)) for _ in range(40))
    values = [
        min(10, max(1, round(3 + 5 * (d - days[0]).days / (3 * 365) + rng.gauss(0, 0.7))))
        for d in days
    ]
    skill.series = [
        Series(
            "Target 8", "target", "line", [to_ms(days[0]), to_ms(END)], [8, 8], width=1.8, dash=True
        ),
        Series(
            "Giving feedback", "confidence", "line", [to_ms(d) for d in days], values, width=2.4
        ),
        Series(
            "Giving feedback",
            "confidence",
            "points",
            [to_ms(d) for d in days],
            values,
            size=8,
            legend=False,
        ),
    ]
    skill.set_range(days[0], END)
    months = [
        dt.date(END.year - (11 - i + 12 - END.month) // 12, (END.month - 12 + i) % 12 + 1, 1)
        for i in range(24)
    ]
    months = sorted({dt.date(2024 + (m // 12), m % 12 + 1, 1) for m in range(11, 35)})
    mentee = [rng.randrange(0, 4) for _ in months]
    mentor = [rng.randrange(0, 3) for _ in months]
    counts: dict[dt.date, int] = {}
    for r in readings:
        counts[r[0].date()] = counts.get(r[0].date(), 0) + 1
    pictures = {
        "mood": lambda p, r, t: mood.paint(p, r, t),
        "skill": lambda p, r, t: skill.paint(p, r, t),
        "sessions": lambda p, r, t: bars(
            p, r, t, months, [("As mentee", "mentee", mentee), ("As mentor", "mentor", mentor)]
        ),
        "heatmap": lambda p, r, t: heatmap(p, r, t, counts, END),
    }
    timings = {}
    for name, draw in pictures.items():
        for dark in (False, True):
            began = time.perf_counter()
            image = QImage(
                900, 300 if name != "heatmap" else 170, QImage.Format.Format_ARGB32_Premultiplied
            )
            painter = QPainter(image)
            draw(painter, QRectF(image.rect()), Theme.of(dark))
            painter.end()
            image.save(str(out / f"qpainter-{name}-{'dark' if dark else 'light'}.png"))
            timings[f"{name}-{'dark' if dark else 'light'}"] = (time.perf_counter() - began) * 1000

    def report(painter: QPainter, rect: QRectF) -> None:
        theme = Theme.of(False)
        height = (rect.height() - 30) / 3
        painter.drawText(
            QPointF(rect.left(), rect.top() + 14),
            "Progress report (sketch): the same painting code",
        )
        pictures["mood"](painter, QRectF(rect.left(), rect.top() + 24, rect.width(), height), theme)
        pictures["skill"](
            painter,
            QRectF(rect.left(), rect.top() + 24 + height, rect.width() / 2 - 6, height),
            theme,
        )
        pictures["sessions"](
            painter,
            QRectF(rect.center().x() + 6, rect.top() + 24 + height, rect.width() / 2 - 6, height),
            theme,
        )
        pictures["heatmap"](
            painter,
            QRectF(rect.left(), rect.top() + 30 + 2 * height, rect.width(), height * 0.7),
            theme,
        )

    began = time.perf_counter()
    write_pdf(out / "qpainter-report.pdf", report)
    timings["report-pdf"] = (time.perf_counter() - began) * 1000
    pdf = (out / "qpainter-report.pdf").read_bytes()
    print(
        json.dumps(
            {
                "engine": "qpainter-gallery",
                "ms": timings,
                "pdf_kb": len(pdf) / 1024,
                "pdf_vector": pdf_is_vector(pdf),
                "qtwidgets_loaded": "PySide6.QtWidgets" in sys.modules,
            }
        )
    )
    os._exit(0)


if __name__ == "__main__":
    sys.exit(main())
