"""What every chart shares: what a hit returns, the legend, markers, fonts and layout."""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Sequence

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPaintEngine,
    QPainter,
    QPainterPath,
    QPen,
)

from mentorjournal.charts.theme import Theme

#: A record a chart element stands for: (kind, id), e.g. ("reflection", 12).
Record = tuple[str, int]


@dataclasses.dataclass(frozen=True)
class Hit:
    """What lies under a position: its tooltip and, when it has one, its record."""

    tip: str
    record: Record | None = None
    at: QPointF = dataclasses.field(default_factory=QPointF)  # where it is drawn


@dataclasses.dataclass(frozen=True)
class LegendEntry:
    name: str
    colour: str
    shape: str = "circle"  # circle, diamond, square, line, dash, tick
    alpha: int = 220


class Chart:
    """A chart: ``paint`` into a rectangle, then ``hit``/``stops`` on what was painted."""

    RADIUS = 9.0  # px: how near the pointer must be to a point

    def __init__(self) -> None:
        self.font = QFont()
        self.title = ""
        self._rect = QRectF()

    def paint(self, painter: QPainter, rect: QRectF, theme: Theme) -> None:
        raise NotImplementedError

    def hit(self, pos: QPointF) -> Hit | None:
        return None

    def stops(self) -> list[Hit]:
        """Every element a keyboard can step through, left to right (after a paint)."""
        return []

    def describe(self) -> str:
        """One sentence for a screen reader (the table is the full alternative)."""
        return ""

    def metrics(self) -> QFontMetricsF:
        return QFontMetricsF(self.font)


def is_print(painter: QPainter) -> bool:
    engine = painter.paintEngine()
    return engine is not None and engine.type() == QPaintEngine.Type.Pdf


def begin(
    painter: QPainter, chart: Chart, rect: QRectF, theme: Theme, fill: bool = True
) -> QFontMetricsF:
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setFont(chart.font)
    if fill:
        painter.fillRect(rect, theme.base)
    return QFontMetricsF(chart.font, painter.device())


def paint_legend(
    painter: QPainter,
    rect: QRectF,
    theme: Theme,
    fm: QFontMetricsF,
    entries: Sequence[LegendEntry],
) -> float:
    """The legend in one or more centred rows at the top of ``rect``; returns its height."""
    if not entries:
        return 0.0
    swatch = fm.height() * 0.7
    widths = [fm.horizontalAdvance(e.name) + swatch + fm.height() * 1.2 for e in entries]
    rows: list[list[int]] = [[]]
    used = 0.0
    for i, width in enumerate(widths):
        if rows[-1] and used + width > rect.width():
            rows.append([])
            used = 0.0
        rows[-1].append(i)
        used += width
    y = rect.top() + fm.height() * 0.2
    for row in rows:
        x = rect.center().x() - sum(widths[i] for i in row) / 2
        for i in row:
            entry = entries[i]
            centre = QPointF(x + swatch / 2, y + fm.height() / 2)
            colour = theme.colour(entry.colour, entry.alpha)
            if entry.shape in ("line", "dash"):
                style = Qt.PenStyle.DashLine if entry.shape == "dash" else Qt.PenStyle.SolidLine
                painter.setPen(QPen(colour, 2.4, style))
                painter.drawLine(
                    QPointF(x - swatch * 0.2, centre.y()), QPointF(x + swatch * 1.2, centre.y())
                )
            else:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(colour)
                painter.drawPath(marker_path([(centre.x(), centre.y())], swatch, entry.shape))
            painter.setPen(theme.text)
            painter.drawText(
                QRectF(x + swatch + fm.height() * 0.3, y, widths[i], fm.height()),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                entry.name,
            )
            x += widths[i]
        y += fm.height() * 1.15
    return y - rect.top() + fm.height() * 0.2


def marker_path(points: Sequence[tuple[float, float]], size: float, shape: str) -> QPainterPath:
    """Every marker of a series as one path (one drawing call: cheap in a PDF)."""
    path = QPainterPath()
    r = size / 2
    for x, y in points:
        if shape == "diamond":
            path.moveTo(x, y - r)
            path.lineTo(x + r, y)
            path.lineTo(x, y + r)
            path.lineTo(x - r, y)
            path.closeSubpath()
        elif shape in ("square", "tick"):
            width = max(2.0, size / 4) if shape == "tick" else size
            path.addRect(QRectF(x - width / 2, y - r, width, size))
        else:
            path.addEllipse(QPointF(x, y), r, r)
    return path


_MARKERS: dict[tuple[int, float, str, float], QImage] = {}


def marker_image(colour_rgba: int, size: float, shape: str, ratio: float) -> QImage:
    """A marker drawn once and stamped at every point on screen (Qt's "light marker")."""
    key = (colour_rgba, size, shape, ratio)
    image = _MARKERS.get(key)
    if image is None:
        pixels = max(2, round(size * ratio))
        image = QImage(pixels, pixels, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        p = QPainter(image)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor.fromRgba(colour_rgba))
        p.drawPath(marker_path([(pixels / 2, pixels / 2)], pixels, shape))
        p.end()
        image.setDevicePixelRatio(ratio)
        _MARKERS[key] = image
    return image


def draw_markers(
    painter: QPainter,
    xy: Sequence[tuple[float, float]] | Sequence[tuple[int, int]],
    colour_rgba: int,
    size: float,
    shape: str,
    unique: bool = False,
) -> None:
    """Markers at ``xy``: real shapes in a PDF, one stamped picture on screen.

    Markers that fall on the same pixel are stamped once (at 30 years, many
    ratings share a pixel column and a value); ``unique``: ``xy`` has no two
    on one pixel already.
    """
    if not xy:
        return
    if is_print(painter):
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor.fromRgba(colour_rgba))
        painter.drawPath(marker_path(xy, size, shape))
        return
    device = painter.device()
    ratio = device.devicePixelRatioF() if device is not None else 1.0
    image = marker_image(colour_rgba, size, shape, ratio)
    half = size / 2
    draw = painter.drawImage
    if unique:
        for x, y in xy:
            draw(QPointF(x - half, y - half), image)
        return
    seen: set[tuple[int, int]] = set()
    for x, y in xy:
        key = (round(x * ratio), round(y * ratio))
        if key in seen:
            continue
        seen.add(key)
        draw(QPointF(x - half, y - half), image)


def elide(fm: QFontMetricsF, text: str, width: float) -> str:
    return fm.elidedText(text, Qt.TextElideMode.ElideRight, max(0.0, width))


def hair_line(painter: QPainter, line: QLineF, colour: QColor) -> None:
    """A 1 px grid or axis line, horizontal or vertical, in ``colour``.

    On screen it is a pixel-aligned fill with antialiasing off: Qt strokes an
    antialiased 1 px line through a coverage rasteriser, about 1 ms for a
    translucent vertical grid line down a tall chart, and a chart has ten or
    twenty of them; the fill is crisp and several times cheaper. In print it
    stays a stroke (vector, as before).
    """
    if is_print(painter) or (line.dx() and line.dy()):
        painter.setPen(QPen(colour, 1))
        painter.drawLine(line)
        return
    left, right = sorted((line.x1(), line.x2()))
    top, bottom = sorted((line.y1(), line.y2()))
    if line.dx():  # horizontal: one pixel row around y
        area = QRectF(left, math.floor(top), right - left, 1.0)
    else:  # vertical: one pixel column around x
        area = QRectF(math.floor(left), top, 1.0, bottom - top)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    painter.fillRect(area, colour)
    painter.restore()


def value_gridline(
    painter: QPainter,
    plot: QRectF,
    y: float,
    text: str,
    label_width: float,
    fm: QFontMetricsF,
    theme: Theme,
) -> None:
    """One line of the value axis: the grid line across ``plot`` at ``y``, its label left of it."""
    hair_line(painter, QLineF(plot.left(), y, plot.right(), y), theme.grid)
    painter.setPen(theme.text)
    painter.drawText(
        QRectF(
            plot.left() - label_width - fm.height() * 0.5,
            y - fm.height() / 2,
            label_width,
            fm.height(),
        ),
        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
        text,
    )
