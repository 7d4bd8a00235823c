"""The progress report: the overview, charts, goals, wins, skills then → now and chosen
reflections for a period and a person (or everyone), as PDF or Markdown.

``content.gather`` collects the numbers (no Qt); ``markdown.render`` writes
them as text; ``pdf.render`` lays out A4 pages with QtGui's ``QPdfWriter`` and
``QPainter``, drawing the charts with the same painters as the Insights
screen (vectors, no QtWidgets: the command line renders it headless with the
offscreen platform). ``write`` picks the format by the file's extension and
writes atomically. A report is an export: the one place journal content
leaves the encrypted file, and only when the user asks. Private reflection
text is left out unless ``include_text`` is chosen.
"""

from __future__ import annotations

from pathlib import Path

from mentorjournal.report.content import Options, Report, gather

__all__ = ["Options", "Report", "gather", "write"]

FORMATS = {".pdf": "pdf", ".md": "markdown", ".markdown": "markdown"}


def format_of(path: Path) -> str | None:
    return FORMATS.get(path.suffix.lower())


def write(path: Path, report: Report) -> int:
    """Write ``report`` to ``path`` (PDF or Markdown by extension); returns the page count
    (1 for Markdown)."""
    from mentorjournal.storage import fsutil

    kind = format_of(path)
    if kind == "markdown":
        from mentorjournal.report import markdown

        fsutil.atomic_write_text(path, markdown.render(report))
        return 1
    if kind == "pdf":
        from mentorjournal.report import pdf

        data, pages = pdf.render(report)
        fsutil.atomic_write_bytes(path, data)
        return pages
    raise ValueError(f"unknown report format: {path.suffix or '(none)'}")
