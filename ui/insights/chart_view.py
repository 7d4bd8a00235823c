"""The one chart widget: paints a ``mentorjournal.charts`` chart with the palette's colours.

Dark mode is free: the theme is taken from the palette at paint time. The
widget shows what ``hit()`` finds as a tooltip, asks for a record on a click
(``record_clicked``), and can be used with the keyboard: it takes focus,
Left/Right (Home/End) step through the chart's points and show each one's
tooltip, Return opens the record of the point stepped to. Its accessible
name is the chart's title, its description the chart's summary.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QFocusEvent,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPixmap,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from mentorjournal.charts import render
from mentorjournal.charts.base import Chart, Hit
from mentorjournal.charts.theme import Theme
from mentorjournal.storage import fsutil


class ChartView(QWidget):
    record_clicked = Signal(str, int)

    def __init__(self, chart: Chart, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chart = chart
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(name)
        self.step: int | None = None  # the point stepped to with the keyboard
        self._stops: list[Hit] = []
        self.painted = 0  # paints of the chart itself (a hover or a key step reuses it)
        self._picture: QPixmap | None = None  # the chart as last painted
        self._picture_key: tuple[object, ...] = ()

    def sizeHint(self) -> QSize:  # Qt override
        return QSize(600, self.fontMetrics().height() * 16)

    @property
    def theme(self) -> Theme:
        return Theme.from_palette(self.palette())

    def refresh(self) -> None:
        """The chart's data changed: repaint, new summary, forget the keyboard position."""
        self.step = None
        self._stops = []
        self._picture = None
        self.setAccessibleDescription(self.chart.describe())
        self.update()

    def picture(self) -> QPixmap:
        """The chart painted at this size, pixel ratio, palette and font: painted again only
        when one of them or the data changed (hovering and stepping reuse it)."""
        ratio = self.devicePixelRatioF()
        key = (self.width(), self.height(), ratio, self.palette().cacheKey(), self.font().key())
        if self._picture is None or key != self._picture_key:
            self.chart.font = self.font()
            picture = QPixmap(
                max(1, round(self.width() * ratio)), max(1, round(self.height() * ratio))
            )
            picture.setDevicePixelRatio(ratio)
            painter = QPainter(picture)
            self.chart.paint(painter, QRectF(self.rect()), self.theme)
            painter.end()
            self._picture, self._picture_key = picture, key
            self.painted += 1
        return self._picture

    def paintEvent(self, _event: QPaintEvent) -> None:  # Qt override
        picture = self.picture()
        painter = QPainter(self)
        painter.drawPixmap(0, 0, picture)
        if self.step is not None and self.hasFocus():
            stops = self.stops()
            if 0 <= self.step < len(stops):
                painter.setPen(self.palette().color(self.palette().ColorRole.Highlight))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawEllipse(stops[self.step].at, 8, 8)
        painter.end()

    def image(self, ratio: float | None = None) -> QImage:
        """The chart as shown, at the screen's pixel density (no widget grab)."""
        self.chart.font = self.font()
        return render.image(
            self.chart, self.width(), self.height(), self.theme, ratio or self.devicePixelRatioF()
        )

    def write_png(self, path: Path) -> None:
        fsutil.atomic_write_bytes(Path(path), render.png_bytes(self.image()))
        self._picture = None  # the render laid the chart out anew: paint again for hit-testing
        self.update()

    # -- mouse ---------------------------------------------------------------------------

    def hit(self, pos: QPointF) -> Hit | None:
        return self.chart.hit(pos)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # Qt override
        found = self.hit(event.position())
        if found is None or not found.tip:
            QToolTip.hideText()
            self.unsetCursor()
        else:
            QToolTip.showText(event.globalPosition().toPoint(), found.tip, self)
            if found.record is not None:
                self.setCursor(Qt.CursorShape.PointingHandCursor)
            else:
                self.unsetCursor()
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # Qt override
        if event.button() == Qt.MouseButton.LeftButton:
            found = self.hit(event.position())
            if found is not None and found.record is not None:
                self.record_clicked.emit(*found.record)
        super().mouseReleaseEvent(event)

    # -- keyboard ------------------------------------------------------------------------

    def stops(self) -> list[Hit]:
        if not self._stops:
            self._stops = self.chart.stops()
        return self._stops

    def current(self) -> Hit | None:
        stops = self.stops()
        return stops[self.step] if self.step is not None and 0 <= self.step < len(stops) else None

    def keyPressEvent(self, event: QKeyEvent) -> None:  # Qt override
        stops = self.stops()
        key = event.key()
        moves = {
            Qt.Key.Key_Right: 1,
            Qt.Key.Key_Down: 1,
            Qt.Key.Key_Left: -1,
            Qt.Key.Key_Up: -1,
        }
        if stops and key in moves:
            self.step = (
                (0 if moves[key] > 0 else len(stops) - 1)
                if self.step is None
                else min(len(stops) - 1, max(0, self.step + moves[key]))
            )
        elif stops and key == Qt.Key.Key_Home:
            self.step = 0
        elif stops and key == Qt.Key.Key_End:
            self.step = len(stops) - 1
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            found = self.current()
            if found is not None and found.record is not None:
                self.record_clicked.emit(*found.record)
                return
            super().keyPressEvent(event)
            return
        else:
            super().keyPressEvent(event)
            return
        found = self.current()
        if found is not None:
            QToolTip.showText(self.mapToGlobal(found.at.toPoint()), found.tip, self)
            self.setAccessibleDescription(found.tip.replace("\n", ", "))
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:  # Qt override
        QToolTip.hideText()
        self.update()
        super().focusOutEvent(event)
