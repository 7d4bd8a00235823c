"""A calendar heatmap ("year in pixels"): a day a cell, weeks as columns, Monday on top.

Cells are shaded by the day's mean rating on one hue (light = low, strong =
high; empty days stay blank), and days with a session carry a dot.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QLinearGradient, QPainter, QPen

from mentorjournal.charts.base import Chart, Hit, Record, begin
from mentorjournal.charts.theme import Theme

WEEKDAYS = ("Mon", "", "Wed", "", "Fri", "", "")


class Heatmap(Chart):
    """Days from ``start`` to ``end`` (at most a year shows; longer ranges keep the last year)."""

    MAX_DAYS = 371
    MAX_CELL = 22.0

    def __init__(self, colour: str = "confidence") -> None:
        super().__init__()
        self.colour = colour
        self.values: Mapping[dt.date, float] = {}
        self.marks: set[dt.date] = set()
        self.start = self.end = dt.date.today()
        self.first = self.start
        self.tip: Callable[[dt.date], str] = lambda day: f"{day}"
        self.record: Callable[[dt.date], Record | None] = lambda _day: None
        self.cell = 0.0
        self.origin = QPointF()

    def set_data(
        self,
        values: Mapping[dt.date, float],
        marks: set[dt.date],
        start: dt.date,
        end: dt.date,
    ) -> None:
        self.values, self.marks = values, marks
        self.end = end
        self.start = max(start, end - dt.timedelta(days=self.MAX_DAYS - 7 - end.weekday() - 1))
        self.first = self.start - dt.timedelta(days=self.start.weekday())  # the Monday before

    @property
    def weeks(self) -> int:
        return (self.end - self.first).days // 7 + 1

    def wanted_height(self, width: float) -> float:
        fm = self.metrics()
        room = width - fm.horizontalAdvance("Wed") - fm.height()
        cell = min(self.MAX_CELL, room / max(1, self.weeks))
        return cell * 7 + fm.height() * 3.4

    def shade(self, theme: Theme, value: float) -> QColor:
        """Ratings 1-10 on one hue: 1 faint, 10 full strength."""
        return theme.colour(self.colour, 45 + round(210 * (min(10.0, max(1.0, value)) - 1) / 9))

    def paint(self, painter: QPainter, rect: QRectF, theme: Theme) -> None:
        fm = begin(painter, self, rect, theme)
        left = rect.left() + fm.horizontalAdvance("Wed") + fm.height() * 0.5
        top = rect.top() + fm.height() * 1.3
        cell = self.cell = min(
            self.MAX_CELL,
            (rect.right() - left - 4) / max(1, self.weeks),
            (rect.height() - fm.height() * 3.4) / 7,
        )
        self.origin = QPointF(left, top)
        painter.setPen(theme.text)
        for row, name in enumerate(WEEKDAYS):
            if name:
                painter.drawText(
                    QRectF(rect.left(), top + row * cell, left - rect.left() - 4, cell),
                    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                    name,
                )
        empty = QColor(theme.grid)
        gap = 1.0 if cell > 6 else 0.4
        day = self.start
        last_label = -10.0
        while day <= self.end:
            col, row = (day - self.first).days // 7, day.weekday()
            x, y = left + col * cell, top + row * cell
            if day.day == 1 or day == self.start:
                label_x = left + col * cell
                if label_x - last_label > fm.horizontalAdvance("Mmm "):
                    painter.setPen(theme.text)
                    painter.drawText(QPointF(label_x, rect.top() + fm.ascent()), f"{day:%b}")
                    last_label = label_x
            value = self.values.get(day)
            box = QRectF(x + gap, y + gap, cell - 2 * gap, cell - 2 * gap)
            painter.fillRect(box, empty if value is None else self.shade(theme, value))
            if day in self.marks:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(theme.text if value is None or value < 6 else theme.base)
                painter.drawEllipse(box.center(), cell * 0.14 + 0.6, cell * 0.14 + 0.6)
            day += dt.timedelta(days=1)
        # the scale, below
        y = top + 7 * cell + fm.height() * 0.5
        painter.setPen(theme.text)
        painter.drawText(QPointF(left, y + fm.ascent()), "1")
        bar = QRectF(
            left + fm.horizontalAdvance("1 "), y + fm.height() * 0.2, 90, fm.height() * 0.6
        )
        gradient = QLinearGradient(bar.topLeft(), bar.topRight())
        gradient.setColorAt(0, self.shade(theme, 1))
        gradient.setColorAt(1, self.shade(theme, 10))
        painter.fillRect(bar, gradient)
        x = bar.right() + 4
        painter.drawText(QPointF(x, y + fm.ascent()), "10")
        x += fm.horizontalAdvance("10") + fm.height()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(theme.text)
        painter.drawEllipse(QPointF(x, y + fm.height() / 2), 2.5, 2.5)
        painter.setPen(QPen(theme.text))
        painter.drawText(QPointF(x + 8, y + fm.ascent()), "session day")
        painter.restore()

    def day_at(self, pos: QPointF) -> dt.date | None:
        if self.cell <= 0:
            return None
        col = int((pos.x() - self.origin.x()) // self.cell)
        row = int((pos.y() - self.origin.y()) // self.cell)
        if not (0 <= row < 7 and 0 <= col < self.weeks):
            return None
        day = self.first + dt.timedelta(days=col * 7 + row)
        return day if self.start <= day <= self.end else None

    def centre(self, day: dt.date) -> QPointF:
        col, row = (day - self.first).days // 7, day.weekday()
        return QPointF(
            self.origin.x() + (col + 0.5) * self.cell, self.origin.y() + (row + 0.5) * self.cell
        )

    def hit(self, pos: QPointF) -> Hit | None:
        day = self.day_at(pos)
        if day is None:
            return None
        return Hit(self.tip(day), self.record(day), self.centre(day))

    def stops(self) -> list[Hit]:
        days = sorted(d for d in set(self.values) | self.marks if self.start <= d <= self.end)
        return [Hit(self.tip(d), self.record(d), self.centre(d)) for d in days]

    def describe(self) -> str:
        shown = [v for d, v in self.values.items() if self.start <= d <= self.end]
        marks = sum(1 for d in self.marks if self.start <= d <= self.end)
        return (
            f"{len(shown)} days with a rating and {marks} session days from "
            f"{self.start:%-d %b %Y} to {self.end:%-d %b %Y}."
        )
