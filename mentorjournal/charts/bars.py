"""Bar charts: stacked bars per month, horizontal progress bars, and skill changes.

Each keeps the rectangles of its last paint, so ``hit`` is a rectangle test.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPen

from mentorjournal.charts.base import (
    Chart,
    Hit,
    LegendEntry,
    Record,
    begin,
    elide,
    hair_line,
    paint_legend,
    value_gridline,
)
from mentorjournal.charts.theme import Theme
from mentorjournal.charts.ticks import count_axis, month_labels


@dataclasses.dataclass
class Stack:
    """One layer of stacked bars: its name, colour and a value per month."""

    name: str
    colour: str
    values: list[float]


@dataclasses.dataclass
class MonthSpan:
    """A shaded stretch on a month axis, in bar positions (``ticks.month_position``)."""

    x0: float
    x1: float
    tip: str
    colour: str = "gap"


class MonthBars(Chart):
    """Stacked bars, one per month; shaded spans behind them; a 0-based count axis."""

    def __init__(self, y_title: str = "") -> None:
        super().__init__()
        self.months: list[dt.date] = []
        self.stacks: list[Stack] = []
        self.spans: list[MonthSpan] = []
        self.span_legend = ""
        self.y_title = y_title
        self.tip: Callable[[int], str] = lambda _i: ""
        self.upper, self.step = 1, 1
        self.plot = QRectF()
        self.slots: list[QRectF] = []  # one per month: the whole column
        self.span_rects: list[QRectF] = []

    def set_data(
        self, months: Sequence[dt.date], stacks: Sequence[Stack], spans: Sequence[MonthSpan] = ()
    ) -> None:
        self.months, self.stacks, self.spans = list(months), list(stacks), list(spans)
        totals = [sum(s.values[i] for s in self.stacks) for i in range(len(self.months))]
        self.upper, self.step = count_axis(max(totals + [1]))

    def bar_x(self, position: float) -> float:
        """The x pixel of a month-axis position (bar n is centred on n)."""
        slot = self.plot.width() / max(1, len(self.months))
        return self.plot.left() + (position + 0.5) * slot

    def value_y(self, value: float) -> float:
        return self.plot.bottom() - value / self.upper * self.plot.height()

    def paint(self, painter: QPainter, rect: QRectF, theme: Theme) -> None:
        fm = begin(painter, self, rect, theme)
        entries = [LegendEntry(s.name, s.colour, "square") for s in self.stacks]
        if self.spans and self.span_legend:
            entries.append(LegendEntry(self.span_legend, "gap", "square", 90))
        legend = paint_legend(painter, rect, theme, fm, entries)
        label_width = fm.horizontalAdvance(str(self.upper))
        left = label_width + fm.height() * 0.6 + (fm.height() * 1.3 if self.y_title else 0)
        plot = self.plot = QRectF(
            rect.left() + left,
            rect.top() + legend + fm.height() * 0.5,
            max(10.0, rect.width() - left - fm.height() * 0.8),
            max(10.0, rect.height() - legend - fm.height() * 2.2),
        )
        self.span_rects = []
        for span in self.spans:
            a = max(plot.left(), self.bar_x(span.x0))
            b = min(plot.right(), self.bar_x(span.x1))
            if b > a:
                area = QRectF(a, plot.top(), b - a, plot.height())
                painter.fillRect(area, theme.colour(span.colour, 40))
                self.span_rects.append(area)
            else:
                self.span_rects.append(QRectF())
        for value in range(0, self.upper + 1, self.step):
            y = self.value_y(value)
            value_gridline(painter, plot, y, str(value), label_width, fm, theme)
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
        slot = plot.width() / max(1, len(self.months))
        self.slots = []
        for i in range(len(self.months)):
            x = plot.left() + i * slot
            self.slots.append(QRectF(x, plot.top(), slot, plot.height()))
            base = plot.bottom()
            for stack in self.stacks:
                height = stack.values[i] / self.upper * plot.height()
                if height > 0:
                    painter.fillRect(
                        QRectF(x + slot * 0.1, base - height, max(1.0, slot * 0.8), height),
                        theme.colour(stack.colour),
                    )
                base -= height
        painter.setPen(theme.text)
        for index, text in month_labels(
            self.months, plot.width() / max(1.0, fm.averageCharWidth() / 7)
        ):
            x = plot.left() + (index + 0.5) * slot
            width = fm.horizontalAdvance(text) + 4
            left_edge = min(max(x - width / 2, rect.left()), rect.right() - width)
            painter.drawText(
                QRectF(left_edge, plot.bottom() + fm.height() * 0.3, width, fm.height()),
                Qt.AlignmentFlag.AlignHCenter,
                text,
            )
        hair_line(painter, QLineF(plot.bottomLeft(), plot.bottomRight()), theme.muted)
        painter.restore()

    def hit(self, pos: QPointF) -> Hit | None:
        for i, slot in enumerate(self.slots):
            if slot.contains(pos):
                total = sum(s.values[i] for s in self.stacks)
                top = self.value_y(total)
                if total and pos.y() >= top - 4:
                    return Hit(self.tip(i), None, QPointF(slot.center().x(), top))
        for span, area in zip(self.spans, self.span_rects, strict=False):
            if area.contains(pos):
                return Hit(span.tip, None, pos)
        return None

    def stops(self) -> list[Hit]:
        out = []
        for i, slot in enumerate(self.slots):
            total = sum(s.values[i] for s in self.stacks)
            if total:
                out.append(Hit(self.tip(i), None, QPointF(slot.center().x(), self.value_y(total))))
        return out


@dataclasses.dataclass
class Bar:
    """One horizontal bar: its label, value (0-100), tooltip and record."""

    label: str
    value: float
    tip: str = ""
    record: Record | None = None
    colour: str = "confidence"


class ProgressBars(Chart):
    """Horizontal bars from 0 to 100 %, one row per item, the first at the top."""

    ROW = 1.9  # row height in lines of text

    def __init__(self) -> None:
        super().__init__()
        self.bars: list[Bar] = []
        self.rows: list[QRectF] = []
        self.plot = QRectF()

    def wanted_height(self) -> float:
        return self.metrics().height() * (self.ROW * len(self.bars) + 2.5)

    def paint(self, painter: QPainter, rect: QRectF, theme: Theme) -> None:
        fm = begin(painter, self, rect, theme)
        label_width = min(
            rect.width() * 0.4,
            max((fm.horizontalAdvance(b.label) for b in self.bars), default=0.0) + 8,
        )
        plot = self.plot = QRectF(
            rect.left() + label_width + fm.height() * 0.5,
            rect.top() + fm.height() * 0.4,
            max(10.0, rect.width() - label_width - fm.height() * 2.5),
            max(10.0, rect.height() - fm.height() * 2.0),
        )
        for value in range(0, 101, 20):
            x = plot.left() + value / 100 * plot.width()
            hair_line(painter, QLineF(x, plot.top(), x, plot.bottom()), theme.grid)
            painter.setPen(theme.text)
            painter.drawText(
                QRectF(x - 30, plot.bottom() + fm.height() * 0.2, 60, fm.height()),
                Qt.AlignmentFlag.AlignHCenter,
                f"{value}%",
            )
        row = plot.height() / max(1, len(self.bars))
        self.rows = []
        for i, bar in enumerate(self.bars):
            top = plot.top() + i * row
            self.rows.append(QRectF(rect.left(), top, rect.width(), row))
            painter.setPen(theme.text)
            painter.drawText(
                QRectF(rect.left(), top, label_width, row),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                elide(fm, bar.label, label_width - 4),
            )
            width = bar.value / 100 * plot.width()
            box = QRectF(plot.left(), top + row * 0.2, width, row * 0.6)
            painter.fillRect(box, theme.colour(bar.colour))
            text = f"{bar.value:.0f}%"
            inside = fm.horizontalAdvance(text) + 8 < width
            painter.setPen(theme.base if inside else theme.text)
            painter.drawText(
                QRectF(
                    box.right() - 200 if inside else box.right() + 4, box.top(), 196, box.height()
                ),
                (Qt.AlignmentFlag.AlignRight if inside else Qt.AlignmentFlag.AlignLeft)
                | Qt.AlignmentFlag.AlignVCenter,
                text,
            )
        painter.restore()

    def hit(self, pos: QPointF) -> Hit | None:
        for bar, area in zip(self.bars, self.rows, strict=False):
            if area.contains(pos):
                return Hit(bar.tip, bar.record, QPointF(self.plot.left(), area.center().y()))
        return None

    def stops(self) -> list[Hit]:
        return [
            Hit(b.tip, b.record, QPointF(self.plot.left(), a.center().y()))
            for b, a in zip(self.bars, self.rows, strict=False)
        ]


@dataclasses.dataclass
class Change:
    """A skill's move on the 1-10 scale: from ``first`` to ``latest``, against ``target``."""

    label: str
    first: int
    latest: int
    target: int | None
    tip: str = ""
    record: Record | None = None


class ChangeChart(Chart):
    """One row per skill: a dot at the first rating, an arrow to the latest, the target as a
    tick; rows sorted by the caller (e.g. by change)."""

    ROW = 1.7

    def __init__(self) -> None:
        super().__init__()
        self.rows_data: list[Change] = []
        self.rows: list[QRectF] = []
        self.plot = QRectF()

    def wanted_height(self) -> float:
        return self.metrics().height() * (self.ROW * len(self.rows_data) + 4.0)

    def x_of(self, value: float) -> float:
        return self.plot.left() + (value - 1) / 9 * self.plot.width()

    def paint(self, painter: QPainter, rect: QRectF, theme: Theme) -> None:
        fm = begin(painter, self, rect, theme)
        entries = [
            LegendEntry("first rating", "neutral"),
            LegendEntry("latest (rose)", "good"),
            LegendEntry("latest (fell)", "bad"),
            LegendEntry("target", "target", "tick"),
        ]
        legend = paint_legend(painter, rect, theme, fm, entries)
        label_width = min(
            rect.width() * 0.35,
            max((fm.horizontalAdvance(c.label) for c in self.rows_data), default=0.0) + 8,
        )
        plot = self.plot = QRectF(
            rect.left() + label_width + fm.height() * 0.8,
            rect.top() + legend + fm.height() * 0.3,
            max(10.0, rect.width() - label_width - fm.height() * 2.0),
            max(10.0, rect.height() - legend - fm.height() * 1.8),
        )
        for value in range(1, 11):
            x = self.x_of(value)
            hair_line(painter, QLineF(x, plot.top(), x, plot.bottom()), theme.grid)
            painter.setPen(theme.text)
            painter.drawText(
                QRectF(x - 20, plot.bottom() + fm.height() * 0.2, 40, fm.height()),
                Qt.AlignmentFlag.AlignHCenter,
                str(value),
            )
        row = plot.height() / max(1, len(self.rows_data))
        self.rows = []
        size = min(row * 0.55, fm.height() * 0.75)
        for i, change in enumerate(self.rows_data):
            top = plot.top() + i * row
            y = top + row / 2
            self.rows.append(QRectF(rect.left(), top, rect.width(), row))
            painter.setPen(theme.text)
            painter.drawText(
                QRectF(rect.left(), top, label_width, row),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                elide(fm, change.label, label_width - 4),
            )
            a, b = self.x_of(change.first), self.x_of(change.latest)
            name = (
                "good"
                if change.latest > change.first
                else "bad"
                if change.latest < change.first
                else "neutral"
            )
            painter.setPen(QPen(theme.colour(name, 170), 2.2))
            painter.drawLine(QLineF(a, y, b, y))
            if change.target is not None:
                t = self.x_of(change.target)
                painter.setPen(QPen(theme.colour("target"), 2.0))
                painter.drawLine(QLineF(t, y - row * 0.35, t, y + row * 0.35))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(theme.colour("neutral"))
            painter.drawEllipse(QPointF(a, y), size / 2, size / 2)
            painter.setBrush(theme.colour(name))
            painter.drawEllipse(QPointF(b, y), size / 2, size / 2)
        painter.restore()

    def latest_at(self, index: int) -> QPointF:
        area = self.rows[index]
        return QPointF(self.x_of(self.rows_data[index].latest), area.center().y())

    def hit(self, pos: QPointF) -> Hit | None:
        for i, (change, area) in enumerate(zip(self.rows_data, self.rows, strict=False)):
            if area.contains(pos):
                return Hit(change.tip, change.record, self.latest_at(i))
        return None

    def stops(self) -> list[Hit]:
        return [
            Hit(c.tip, c.record, self.latest_at(i))
            for i, c in enumerate(self.rows_data[: len(self.rows)])
        ]
