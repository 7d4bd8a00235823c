"""A chart as a picture: into a ``QImage`` at any size and pixel ratio, and as PNG bytes."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
from PySide6.QtGui import QImage, QImageWriter, QPainter

from mentorjournal.charts.base import Chart
from mentorjournal.charts.theme import Theme


def image(chart: Chart, width: int, height: int, theme: Theme, ratio: float = 1.0) -> QImage:
    """``chart`` painted on a ``width`` x ``height`` (device-independent) image."""
    result = QImage(
        max(1, round(width * ratio)),
        max(1, round(height * ratio)),
        QImage.Format.Format_ARGB32_Premultiplied,
    )
    result.setDevicePixelRatio(ratio)
    result.fill(Qt.GlobalColor.transparent)
    painter = QPainter(result)
    chart.paint(painter, QRectF(0, 0, width, height), theme)
    painter.end()
    return result


def png_bytes(picture: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QImageWriter(buffer, QByteArray(b"png"))
    if not writer.write(picture):
        raise OSError("the image could not be encoded as PNG")
    buffer.close()
    return bytes(data.data())
