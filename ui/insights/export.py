"""Saving a chart: the picture as PNG, its numbers as CSV (both written atomically).

An export is the one place where journal content leaves the encrypted file,
and only because the user asked for it (a title in a CSV, say).
"""

from __future__ import annotations

import csv
import io
import logging
from collections.abc import Iterable, Sequence
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QWidget

from mentorjournal.storage import fsutil

log = logging.getLogger(__name__)


def csv_text(header: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    """CSV with a header row; None becomes an empty cell."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow(["" if value is None else value for value in row])
    return out.getvalue()


def write_csv(path: Path | str, header: Sequence[str], rows: Iterable[Sequence[object]]) -> None:
    fsutil.atomic_write_text(Path(path), csv_text(header, rows))
    log.info("chart data exported as CSV")


def png_bytes(pixmap: QPixmap) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not pixmap.save(buffer, "PNG"):
        raise OSError("the image could not be encoded as PNG")
    buffer.close()
    return bytes(data.data())


def write_png(path: Path | str, widget: QWidget) -> None:
    """Save what ``widget`` shows (``grab()``), at the screen's pixel density."""
    fsutil.atomic_write_bytes(Path(path), png_bytes(widget.grab()))
    log.info("chart saved as PNG")
