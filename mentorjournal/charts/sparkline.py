"""A sparkline: a small line of values with its first and last point marked, no axes."""

from __future__ import annotations

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPen

from mentorjournal.charts.base import Chart, begin
from mentorjournal.charts.theme import Theme


class Sparkline(Chart):
    """``xs`` (any increasing numbers, e.g. days) against ``ys`` on ``y_range``."""

    def __init__(self, colour: str = "confidence", y_range: tuple[float, float] = (1, 10)) -> None:
        super().__init__()
        self.colour = colour
        self.y_range = y_range
        self.xs: list[float] = []
        self.ys: list[float] = []
        self.target: float | None = None
        self.steps = False  # skill ratings: a step line (a level holds until re-rated)
        self.fill = True  # False: on whatever is below (a table cell, a selection)
        self.area = QRectF()
        self._points: tuple[tuple[float, float, float, float], list[QPointF]] | None = None

    def set_data(self, xs: list[float], ys: list[float], target: float | None = None) -> None:
        self.xs, self.ys, self.target = list(xs), list(ys), target
        self._points = None

    def points(self) -> list[QPointF]:
        """Where each value is drawn (after a paint; kept while the area stays the same)."""
        a = self.area
        key = (a.left(), a.top(), a.width(), a.height())
        if self._points is not None and self._points[0] == key:
            return self._points[1]
        found = self._place()
        self._points = (key, found)
        return found

    def _place(self) -> list[QPointF]:
        a = self.area
        if not self.xs:
            return []
        x0, x1 = self.xs[0], self.xs[-1]
        y0, y1 = self.y_range
        span = (x1 - x0) or 1.0
        return [
            QPointF(
                a.left() + ((x - x0) / span if x1 > x0 else 0.5) * a.width(),
                a.bottom() - (min(max(y, y0), y1) - y0) / (y1 - y0) * a.height(),
            )
            for x, y in zip(self.xs, self.ys, strict=True)
        ]

    def paint(self, painter: QPainter, rect: QRectF, theme: Theme) -> None:
        begin(painter, self, rect, theme, self.fill)
        self.area = rect.adjusted(4, 4, -4, -4)
        if self.target is not None:
            y0, y1 = self.y_range
            y = self.area.bottom() - (self.target - y0) / (y1 - y0) * self.area.height()
            painter.setPen(QPen(theme.colour("target", 170), 1.2, Qt.PenStyle.DashLine))
            painter.drawLine(QLineF(self.area.left(), y, self.area.right(), y))
        points = self.points()
        if points:
            if self.steps:
                stepped = [points[0]]
                for p in points[1:]:
                    stepped += [QPointF(p.x(), stepped[-1].y()), p]
                points_to_draw = stepped
            else:
                points_to_draw = points
            pen = QPen(theme.colour(self.colour), 1.8)
            pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            painter.setPen(pen)
            for i in range(0, max(1, len(points_to_draw) - 1), 64):
                painter.drawPolyline(points_to_draw[i : i + 65])
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(theme.colour("neutral"))
            painter.drawEllipse(points[0], 2.6, 2.6)
            painter.setBrush(theme.colour(self.colour))
            painter.drawEllipse(points[-1], 3.2, 3.2)
        painter.restore()
