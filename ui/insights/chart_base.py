"""What every Insights chart shares: the panel, the view, picking, colours and themes.

A ``ChartPanel`` is a heading with buttons (save image, export data), a chart
view, and a message that takes the view's place when there is nothing to
draw. Charts with many points draw them as light markers on pen-less line
series (cheap to fill with ``replace()`` and to paint); the view finds the
point under the mouse itself (``Picks``), shows its date and value as a
tooltip and, on a click, asks for its record (``record_requested``).

Colours come in a light and a dark set; the chart theme follows the
lightness of the palette and is applied again when the palette changes.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import html
import logging
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCharts import QChart, QChartView, QLegend, QLineSeries, QXYSeries
from PySide6.QtCore import QEvent, QMargins, QPointF, Qt, Signal
from PySide6.QtGui import QColor, QImage, QMouseEvent, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QStackedWidget,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from ui import alerts

from . import export

log = logging.getLogger(__name__)

Record = tuple[str, int]

#: Named colours, (light theme, dark theme).
COLOURS: dict[str, tuple[str, str]] = {
    "confidence": ("#1f6fc5", "#6cb4ff"),
    "motivation": ("#d2691e", "#ffad66"),
    "session": ("#2e8b57", "#6fd39a"),
    "mentee": ("#1f6fc5", "#6cb4ff"),
    "mentor": ("#8e44ad", "#c79cf0"),
    "good": ("#2e8b57", "#6fd39a"),
    "late": ("#d4a017", "#f2c94c"),
    "bad": ("#c0392b", "#ff7b6b"),
    "neutral": ("#7f8c8d", "#a5b1b2"),
    "target": ("#c0392b", "#ff7b6b"),
    "gap": ("#c0392b", "#ff7b6b"),
}


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def colour(name: str, dark: bool, alpha: int = 255) -> QColor:
    result = QColor(COLOURS[name][1 if dark else 0])
    result.setAlpha(alpha)
    return result


def marker_image(color: QColor, size: float, shape: str = "circle", ratio: float = 1.0) -> QImage:
    """A marker drawn once and blitted for every point (a light marker)."""
    pixels = max(2, round(size * ratio))
    image = QImage(pixels, pixels, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(color)
    if shape == "tick":  # a short vertical bar (session days along the bottom)
        width = max(2.0, pixels / 4)
        painter.drawRect(round((pixels - width) / 2), 0, round(width), pixels)
    elif shape == "diamond":
        half = pixels / 2
        painter.drawPolygon(
            [QPointF(half, 0), QPointF(pixels, half), QPointF(half, pixels), QPointF(0, half)]
        )
    else:
        painter.drawEllipse(0, 0, pixels, pixels)
    painter.end()
    image.setDevicePixelRatio(ratio)
    return image


def points_series_style(
    series: QXYSeries, color: QColor, size: float, shape: str = "circle", ratio: float = 1.0
) -> None:
    """A line series that draws only its points (fast for thousands of points)."""
    series.setPen(QPen(Qt.PenStyle.NoPen))
    series.setLightMarker(marker_image(color, size, shape, ratio))
    series.setMarkerSize(size)


def line_pen(color: QColor, width: float = 2.0, style: Qt.PenStyle = Qt.PenStyle.SolidLine) -> QPen:
    pen = QPen(color, width, style)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen


def fmt_day(day: dt.date | dt.datetime) -> str:
    return f"{day.day} {day:%b %Y}"


@dataclasses.dataclass
class Pick:
    """Points of one series that can be hovered and clicked; ``xs`` sorted."""

    series: QXYSeries
    xs: list[float]
    ys: list[float]
    tip: Callable[[int], str]
    record: Callable[[int], Record | None] = lambda _i: None


class Picks:
    """Finds the point under the mouse among the pickable series of a chart."""

    RADIUS = 9.0
    MAX_CANDIDATES = 600

    def __init__(self) -> None:
        self.items: list[Pick] = []

    def clear(self) -> None:
        self.items = []

    def add(self, pick: Pick) -> None:
        self.items.append(pick)

    def find(self, chart: QChart, pos: QPointF) -> tuple[Pick, int] | None:
        best: tuple[float, Pick, int] | None = None
        for pick in self.items:
            if not pick.xs or not pick.series.isVisible():
                continue
            here = chart.mapToValue(pos, pick.series)
            there = chart.mapToValue(pos + QPointF(self.RADIUS, 0), pick.series)
            tolerance = abs(there.x() - here.x())
            lo = bisect.bisect_left(pick.xs, here.x() - tolerance)
            hi = min(bisect.bisect_right(pick.xs, here.x() + tolerance), lo + self.MAX_CANDIDATES)
            for i in range(lo, hi):
                at = chart.mapToPosition(QPointF(pick.xs[i], pick.ys[i]), pick.series)
                distance = ((at.x() - pos.x()) ** 2 + (at.y() - pos.y()) ** 2) ** 0.5
                if distance <= self.RADIUS and (best is None or distance < best[0]):
                    best = (distance, pick, i)
        return None if best is None else (best[1], best[2])


class ChartView(QChartView):
    """A chart view that shows the hovered point's tooltip and reports clicks."""

    point_clicked = Signal(object)  # a Record
    resized = Signal()

    def __init__(self, chart: QChart, picks: Picks, parent: QWidget | None = None) -> None:
        super().__init__(chart, parent)
        self.picks = picks
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def hit(self, view_pos: QPointF) -> tuple[Pick, int] | None:
        scene = self.mapToScene(view_pos.toPoint())
        return self.picks.find(self.chart(), self.chart().mapFromScene(scene))

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # Qt override
        found = self.hit(event.position())
        if found is None:
            QToolTip.hideText()
            self.unsetCursor()
        else:
            pick, index = found
            QToolTip.showText(event.globalPosition().toPoint(), pick.tip(index), self)
            clickable = pick.record(index) is not None
            self.setCursor(
                Qt.CursorShape.PointingHandCursor if clickable else Qt.CursorShape.ArrowCursor
            )
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # Qt override
        if event.button() == Qt.MouseButton.LeftButton:
            found = self.hit(event.position())
            record = found[0].record(found[1]) if found else None
            if record is not None:
                self.point_clicked.emit(record)
        super().mouseReleaseEvent(event)

    def resizeEvent(self, event) -> None:  # Qt override
        super().resizeEvent(event)
        self.resized.emit()


class ChartPanel(QWidget):
    """Heading, buttons, the chart (or a message in its place), CSV/PNG export.

    Subclasses build their series in ``__init__``, fill them in ``show_data``
    and describe their numbers in ``table()`` (header, rows) for the CSV.
    """

    record_requested = Signal(str, int)

    #: Short name used in suggested file names.
    slug = "chart"
    empty_text = "Nothing to show yet."

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.setAccessibleName(title)
        self._dark: bool | None = None
        self.picks = Picks()
        self.chart = QChart()
        self.chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignTop)
        self.chart.legend().setMarkerShape(QLegend.MarkerShape.MarkerShapeCircle)
        self.chart.setMargins(QMargins(4, 4, 4, 4))
        self.chart.setBackgroundRoundness(0)
        self.view = ChartView(self.chart, self.picks)
        self.view.setAccessibleName(f"{title} chart")
        self.view.point_clicked.connect(lambda rec: self.record_requested.emit(rec[0], rec[1]))
        self.view.resized.connect(self.layout_axes)

        self.heading = QLabel(f"<b>{html.escape(title)}</b>")
        self.subtitle = QLabel("")
        self.subtitle.setWordWrap(True)
        self.subtitle.setTextFormat(Qt.TextFormat.PlainText)
        self.subtitle.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.message = QLabel(self.empty_text)
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setObjectName("chartEmptyMessage")
        self.message.setMargin(24)
        self.message.setAccessibleName(f"{title}: nothing to show")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.message)

        self.save_image_button = self._tool_button(
            "Save image…", f"Save the {title} chart as a PNG image", self.save_image
        )
        self.export_data_button = self._tool_button(
            "Export data…", f"Export the numbers of {title} as CSV", self.export_data
        )
        self.header = QHBoxLayout()
        self.header.addWidget(self.heading)
        self.header.addStretch(1)
        self.controls = QHBoxLayout()
        self.header.addLayout(self.controls)
        self.header.addWidget(self.save_image_button)
        self.header.addWidget(self.export_data_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 6)
        layout.addLayout(self.header)
        layout.addWidget(self.subtitle)
        self.body = QHBoxLayout()  # the chart; subclasses may add a side table
        self.body.addWidget(self.stack, 3)
        layout.addLayout(self.body, 1)
        self.setMinimumHeight(self.fontMetrics().height() * 20)

    def _tool_button(self, text: str, tip: str, slot: Callable[[], object]) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.clicked.connect(slot)
        return button

    # -- state ----------------------------------------------------------------

    @property
    def dark(self) -> bool:
        return is_dark(self.palette())

    @property
    def is_showing_chart(self) -> bool:
        return self.stack.currentWidget() is self.view

    def show_chart(self, has_data: bool, message: str | None = None) -> None:
        """The chart when there is data; otherwise the (given or default) message."""
        if has_data:
            self.stack.setCurrentWidget(self.view)
        else:
            self.message.setText(message or self.empty_text)
            self.stack.setCurrentWidget(self.message)
        self.save_image_button.setEnabled(has_data)
        self.export_data_button.setEnabled(has_data)

    def clear(self) -> None:
        """Forget everything shown (the journal was locked)."""
        self.picks.clear()
        for series in self.chart.series():
            if isinstance(series, QXYSeries):
                series.clear()
        self.clear_data()
        self.subtitle.clear()
        self.show_chart(False)

    def clear_data(self) -> None:
        """Subclasses drop their own references to journal data here."""

    # -- themes -----------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self.apply_theme()
        super().changeEvent(event)

    def showEvent(self, event) -> None:  # Qt override
        if self._dark is None:
            self.apply_theme()
        super().showEvent(event)

    def apply_theme(self, force: bool = False) -> None:
        """Light or dark chart theme by the palette; series colours again after it."""
        dark = self.dark
        if dark == self._dark and not force:
            return
        self._dark = dark
        self.chart.setTheme(
            QChart.ChartTheme.ChartThemeDark if dark else QChart.ChartTheme.ChartThemeLight
        )
        palette = self.palette()
        self.chart.setBackgroundBrush(palette.color(QPalette.ColorRole.Base))
        self.chart.setBackgroundPen(QPen(Qt.PenStyle.NoPen))
        text = palette.color(QPalette.ColorRole.Text)
        self.chart.legend().setLabelColor(text)
        for axis in self.chart.axes():
            axis.setLabelsColor(text)
            axis.setTitleBrush(text)
        self.style_series(dark)
        self.legend_tweaks()

    def add_line(self, name: str) -> QLineSeries:
        """A line series on the chart, on the subclass's ``x_axis`` and ``y_axis``."""
        series = QLineSeries()
        series.setName(name)
        self.chart.addSeries(series)
        series.attachAxis(self.x_axis)
        series.attachAxis(self.y_axis)
        return series

    def style_series(self, dark: bool) -> None:
        """Subclasses set their series' pens, brushes and markers here."""

    def legend_tweaks(self) -> None:
        """Subclasses hide or recolour legend markers here (after a theme change)."""

    @property
    def pixel_ratio(self) -> float:
        return self.devicePixelRatioF() or 1.0

    # -- layout -------------------------------------------------------------------

    def plot_width(self) -> float:
        area = self.chart.plotArea()
        return area.width() if area.width() > 10 else max(200.0, self.view.width() - 80.0)

    def layout_axes(self) -> None:
        """Subclasses fit axis labels to the width here."""

    # -- export -------------------------------------------------------------------

    def table(self) -> tuple[Sequence[str], list[Sequence[object]]]:
        return (), []

    def suggested_name(self, extension: str) -> str:
        return f"mentorjournal-{self.slug}-{dt.date.today().isoformat()}.{extension}"

    def write_image(self, path: Path) -> None:
        export.write_png(path, self.view)

    def write_data(self, path: Path) -> None:
        header, rows = self.table()
        export.write_csv(path, header, rows)

    def save_image(self) -> None:
        path = alerts.ask_save_path(
            self, f"Save {self.title} as an image", self.suggested_name("png"), "PNG images (*.png)"
        )
        if path is not None:
            self._write(self.write_image, path)

    def export_data(self) -> None:
        path = alerts.ask_save_path(
            self,
            f"Export the data of {self.title}",
            self.suggested_name("csv"),
            "CSV files (*.csv)",
        )
        if path is not None:
            self._write(self.write_data, path)

    def _write(self, writer: Callable[[Path], None], path: Path) -> None:
        try:
            writer(path)
        except OSError as exc:
            log.warning("export failed: %s", type(exc).__name__)
            alerts.error(
                self,
                f"Could not write {path.name}.",
                exc.strerror or "The file could not be written.",
            )
