"""The one chart widget: paints a ``mentorjournal.charts`` chart with the palette's colours.

Dark mode is free: the theme is taken from the palette at paint time. The
widget shows what ``hit()`` finds as a tooltip, asks for a record on a click
(``record_clicked``), and can be used with the keyboard: it takes focus,
Left/Right (Home/End) step through the chart's points and show each one's
tooltip, Return opens the record of the point stepped to. Its accessible
name is the chart's title, its description the chart's summary.

The painted chart is kept as a pixmap until its size, palette, font or data
change: ``refresh()`` compares the chart's data with what was last painted
(``data_signature``) and paints again only when it differs, so refreshing
Insights with nothing new (switching back to the tab, a warm refresh) redraws
no chart; the last few pictures are kept with the layout they were painted
with, so switching back to a range shown a moment ago paints nothing either.
"""

from __future__ import annotations

import io
import pickle
import types
from collections import OrderedDict
from pathlib import Path
from typing import Any

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

#: Pictures kept per chart (Insights has five ranges; about 1.2 MB each at 1280 px) ...
RECENT = 4
#: ... as long as they stay within this many bytes together (the picture shown always stays).
#: "Skill growth at a glance" at 30 years is 1238 x 2902 px, 14 MB a picture: it keeps only the
#: one shown; four of each chart, of every range, would hold ~95 MB at 1280 px.
RECENT_BYTES = 6 * 2**20
#: What a chart sets while it paints (layout for hit-testing), not the data it shows.
_PAINTED = frozenset(
    {"font", "_rect", "plot", "slots", "span_rects", "rows", "cell", "origin", "area", "_points"}
)


class _DataPickler(pickle.Pickler):
    """Pickles a chart's data with every function (a tooltip, a record look-up) as one
    constant: they read the same data, and lambdas cannot be pickled."""

    def reducer_override(self, obj: Any) -> Any:  # pickle hook
        if isinstance(obj, types.FunctionType | types.MethodType | types.BuiltinFunctionType):
            return str, ("function",)
        return NotImplemented


def data_signature(chart: Any) -> bytes | None:
    """The data a chart shows, as bytes to compare (``None``: cannot tell, paint again)."""
    state = {k: v for k, v in vars(chart).items() if k not in _PAINTED}
    out = io.BytesIO()
    try:
        _DataPickler(out, protocol=pickle.HIGHEST_PROTOCOL).dump(state)
    except Exception:  # noqa: BLE001 (anything unpicklable: no reuse, never a failure)
        return None
    return out.getvalue()


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
        self._painted_data: bytes | None = None  # data_signature of that picture
        #: The last few pictures by data and size, with the layout each painted (switching
        #: back to a range shows its picture again without painting).
        self._recent: OrderedDict[tuple[bytes, tuple[object, ...]], tuple[QPixmap, dict]] = (
            OrderedDict()
        )

    def sizeHint(self) -> QSize:  # Qt override
        return QSize(600, self.fontMetrics().height() * 16)

    @property
    def theme(self) -> Theme:
        return Theme.from_palette(self.palette())

    def refresh(self) -> None:
        """The chart's data changed: repaint, new summary, forget the keyboard position."""
        self.step = None
        self._stops = []
        signature = data_signature(self.chart)
        if signature is None or signature != self._painted_data:
            self._picture = None  # new data: paint again (the same data keeps the picture)
            self._painted_data = signature
        self.setAccessibleDescription(self.chart.describe())
        self.update()

    def forget(self) -> None:
        """Drop every picture of journal data (the journal was locked)."""
        self._picture, self._painted_data = None, None
        self._recent.clear()
        self.update()

    def picture(self) -> QPixmap:
        """The chart painted at this size, pixel ratio, palette and font: painted again only
        when one of them or the data changed (hovering and stepping reuse it)."""
        ratio = self.devicePixelRatioF()
        key = (self.width(), self.height(), ratio, self.palette().cacheKey(), self.font().key())
        if self._picture is None or key != self._picture_key:
            recent = (self._painted_data, key) if self._painted_data is not None else None
            if recent is not None and recent in self._recent:  # shown a moment ago (a range)
                self._recent.move_to_end(recent)
                picture, layout = self._recent[recent]
                for name, value in layout.items():  # hit-testing follows that picture
                    setattr(self.chart, name, value)
                self._picture, self._picture_key = picture, key
                return picture
            self.chart.font = self.font()
            picture = self._canvas(
                max(1, round(self.width() * ratio)), max(1, round(self.height() * ratio)), ratio
            )
            painter = QPainter(picture)
            self.chart.paint(painter, QRectF(self.rect()), self.theme)
            painter.end()
            self._picture, self._picture_key = picture, key
            self.painted += 1
            if recent is not None:
                layout = {k: v for k, v in vars(self.chart).items() if k in _PAINTED}
                self._recent[recent] = (picture, layout)
        return self._picture

    def _canvas(self, width: int, height: int, ratio: float) -> QPixmap:
        """A pixmap to paint the next picture into: first the oldest kept pictures are
        forgotten until the new one fits ``RECENT`` and ``RECENT_BYTES`` (a picture larger
        than the budget is kept alone), and one of them as wide and at least as tall (at
        most a third taller) is painted over rather than a new one made: a fresh 14 MB
        pixmap costs ~20 ms of page faults before the first pixel. The chart fills its own
        rectangle first, and what lies below it is outside the widget, never shown."""
        spare: QPixmap | None = None
        while self._recent and (
            len(self._recent) >= RECENT or self.recent_bytes() + width * height * 4 > RECENT_BYTES
        ):
            old, _layout = self._recent.popitem(last=False)[1]
            if old.width() == width and height <= old.height() <= height * 4 // 3:
                if spare is None or old.height() < spare.height():
                    spare = old
        picture = spare if spare is not None else QPixmap(width, height)
        picture.setDevicePixelRatio(ratio)
        return picture

    def recent_bytes(self) -> int:
        """What the kept pictures take (4 bytes a pixel)."""
        return sum(p.width() * p.height() * 4 for p, _layout in self._recent.values())

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
        self._painted_data = None
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
