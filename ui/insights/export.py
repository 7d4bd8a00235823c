"""Saving a chart's numbers as CSV (written atomically); the PNG is ``ChartView.write_png``.

An export is the one place where journal content leaves the encrypted file,
and only because the user asked for it (a title in a CSV, say).
"""

from __future__ import annotations

import csv
import io
import logging
from collections.abc import Iterable, Sequence
from pathlib import Path

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
