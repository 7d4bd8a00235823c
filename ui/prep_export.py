"""Session prep on paper and in files: print, PDF and Markdown.

Exports are the one place where journal text leaves the encrypted file, and
only where the user chose. Both are atomic: the file is written beside its
destination under a hidden temporary name, synced, then renamed over it, so
a crash leaves either no file or the complete one.
"""

from __future__ import annotations

import datetime as dt
import html
import logging
import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QStandardPaths
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from mentorjournal.domain.prep import SessionPrep
from mentorjournal.storage import fsutil
from mentorjournal.text.plain import first_line
from mentorjournal.text.render import render_markdown

from .record_models import due_text

log = logging.getLogger(__name__)

STYLE = """
body { font-size: 10pt; }
h1 { font-size: 16pt; } h2 { font-size: 13pt; margin-top: 14pt; } h3 { font-size: 11pt; }
blockquote { color: #444; margin-left: 12pt; }
.facts { color: #555; }
"""


def suggested_name(person_name: str, day: dt.date, suffix: str) -> str:
    """A file name like "Session prep - Ada Lovelace - 2024-05-01.pdf" (safe characters only)."""
    clean = re.sub(r"[^\w .,'-]+", "", first_line(person_name)).strip()[:60] or "person"
    return f"Session prep - {clean} - {day.isoformat()}{suffix}"


def default_folder() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


def _e(text: object) -> str:
    return html.escape(str(text))


def _action_list(items) -> str:
    if not items:
        return "<p><i>Nothing open.</i></p>"
    rows = "".join(
        f"<li>{_e(first_line(a.text))}"
        + (f" — due {_e(due_text(a))}" if a.due_on else "")
        + "</li>"
        for a in items
    )
    return f"<ul>{rows}</ul>"


def prep_html(prep: SessionPrep, agenda: str) -> str:
    """The printable page: the (edited) agenda first, then the context behind it."""
    name = first_line(prep.person.name)
    parts = [
        f"<html><head><style>{STYLE}</style></head><body>",
        f"<h1>Session prep: {_e(name)}</h1>",
        f"<p class='facts'>Prepared {_e(prep.today.isoformat())}</p>",
        "<h2>Agenda</h2>",
        render_markdown(agenda) or "<p><i>No agenda written.</i></p>",
        "<h2>Context</h2>",
    ]
    last = prep.last_session
    if last is None:
        parts.append("<h3>Last session</h3><p><i>No session held yet.</i></p>")
    else:
        parts.append(f"<h3>Last session — {_e(last.held_at.strftime('%Y-%m-%d %H:%M'))}</h3>")
        if last.notes.strip():
            parts += ["<p><b>Notes</b></p>", render_markdown(last.notes)]
        if last.takeaways.strip():
            parts += ["<p><b>Takeaways</b></p>", render_markdown(last.takeaways)]
        if not (last.notes.strip() or last.takeaways.strip()):
            parts.append("<p><i>No notes were written.</i></p>")
    parts += [
        "<h3>Open action items: mine</h3>",
        _action_list(prep.my_actions),
        f"<h3>Open action items: {_e(name)}'s</h3>",
        _action_list(prep.their_actions),
    ]
    goals = prep.goals + prep.own_goals
    parts.append("<h3>Active goals</h3>")
    if goals:
        parts.append(
            "<ul>"
            + "".join(
                f"<li>{_e(first_line(g.title))} — {g.progress}%"
                + (f", target {_e(g.target_date.isoformat())}" if g.target_date else "")
                + "</li>"
                for g in goals
            )
            + "</ul>"
        )
    else:
        parts.append("<p><i>No active goals.</i></p>")
    parts.append("<h3>Recent skill ratings</h3>")
    if prep.ratings:
        parts.append(
            "<ul>"
            + "".join(
                f"<li>{_e(s.name)}: {s.value}/10 on {_e(s.rated_on.isoformat())}"
                + (f" (target {s.target_level})" if s.target_level is not None else "")
                + "</li>"
                for s in prep.ratings
            )
            + "</ul>"
        )
    else:
        parts.append("<p><i>No ratings in the last 90 days.</i></p>")
    parts.append("</body></html>")
    return "".join(parts)


def make_document(page_html: str) -> QTextDocument:
    """A document that resolves no resources (the HTML holds no images or links to load)."""
    doc = QTextDocument()
    doc.setHtml(page_html)
    return doc


def export_markdown(dest: Path, agenda: str) -> None:
    """Write the agenda as Markdown, exactly as shown in the editor."""
    fsutil.atomic_write_text(Path(dest), agenda)
    log.info("exported a session agenda as Markdown")


def export_pdf(dest: Path, page_html: str) -> None:
    """Write the prep page as an A4 PDF: temp file beside ``dest``, then rename."""
    dest = Path(dest)
    tmp = fsutil.temp_path_for(dest, "pdf")
    try:
        writer = QPdfWriter(str(tmp))
        writer.setTitle(QCoreApplication.translate("prep_export", "Session prep"))
        writer.setCreator("MentorJournal")
        writer.setPageLayout(
            QPageLayout(
                QPageSize(QPageSize.PageSizeId.A4),
                QPageLayout.Orientation.Portrait,
                QMarginsF(18, 18, 18, 18),
                QPageLayout.Unit.Millimeter,
            )
        )
        doc = make_document(page_html)
        doc.print_(writer)
        del writer  # finishes the file
        if not tmp.exists() or tmp.stat().st_size == 0:
            raise OSError(f"Could not write {dest.name}.")
        fsutil.atomic_replace(tmp, dest)
    except BaseException:
        fsutil.remove_quietly(tmp)
        raise
    log.info("exported a session prep as PDF")


def print_html(parent: QWidget | None, page_html: str) -> bool:
    """Ask for a printer and print; False when the user cancels."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("prep_export", "Print session prep"))
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        make_document(page_html).print_(printer)
        return True
    finally:
        dialog.deleteLater()
