"""Export (JSON or Markdown) and import (JSON) from the window, off the UI thread.

Exports are the one place where journal text leaves the encrypted file, and
only where the user chooses; every export says so. Export and import start
in the user's Documents folder, then where the last one went (``folders``).
Import reads and checks the whole file first; only a file that passes gets a
"before-import" backup, just before the write, which is one transaction
(``exchange.import_json``): a refused file changes nothing and leaves no
backup behind.
"""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from mentorjournal.exchange import native as exchange
from mentorjournal.exchange.native import ImportResult
from mentorjournal.exchange.schema import check_file
from mentorjournal.storage.backups import Backups
from mentorjournal.storage.journal import Journal

from . import alerts, folders, progress, workers

log = logging.getLogger(__name__)


def _tr(text: str) -> str:
    return QCoreApplication.translate("exchange_ui", text)


JSON_FILTER = "JSON export, complete, can be imported again (*.json)"
MARKDOWN_FILTER = "Markdown, for reading and printing (*.md)"
PLAINTEXT_NOTE = QT_TRANSLATE_NOOP(
    "exchange_ui",
    "Exports are NOT encrypted: anyone who can read the file can read your "
    "journal. Keep it somewhere safe and delete it when you no longer need it.",
)


def choose_export_path(parent: QWidget | None, start: Path, fmt: str) -> Path | None:
    """Ask where to write an export; the suffix follows the format."""
    filters = [JSON_FILTER, MARKDOWN_FILTER] if fmt == "json" else [MARKDOWN_FILTER, JSON_FILTER]
    name, chosen = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("exchange_ui", "Export the journal (not encrypted)"),
        str(start),
        ";;".join(filters),
    )
    if not name:
        return None
    path = Path(name)
    suffix = ".md" if chosen == MARKDOWN_FILTER else ".json"
    return path if path.suffix.lower() in (".json", ".md") else path.with_suffix(suffix)


def choose_import_path(parent: QWidget | None, start: Path) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("exchange_ui", "Import a MentorJournal export"),
        str(start),
        QCoreApplication.translate(
            "exchange_ui", "MentorJournal JSON export (*.json);;All files (*)"
        ),
    )
    return Path(name) if name else None


def export_journal(parent: QWidget | None, journal: Journal, fmt: str = "json") -> Path | None:
    """Ask for a file, export to it in the background, say where it went."""
    name = f"{journal.path.stem}-export.{'md' if fmt == 'markdown' else 'json'}"
    dest = choose_export_path(parent, folders.export_folder() / name, fmt)
    if dest is None:
        return None
    folders.remember_export(dest)
    as_markdown = dest.suffix.lower() == ".md"

    def work(_report):
        if as_markdown:
            exchange.export_markdown(dest)
        else:
            exchange.export_json(dest)
        return dest

    outcome = progress.run(
        parent,
        _tr("Exporting"),
        _tr("Writing {name}…").format(name=dest.name),
        workers.journal_work(journal, work),
    )
    if not outcome.ok:
        alerts.error(
            parent,
            QCoreApplication.translate("exchange_ui", "The export was not written."),
            outcome.message,
        )
        return None
    log.info("export written (%s)", "markdown" if as_markdown else "json")
    alerts.info(parent, _tr("Exported to {path}.").format(path=dest), _tr(PLAINTEXT_NOTE))
    return dest


def import_journal(
    parent: QWidget | None, journal: Journal, backups: Backups
) -> ImportResult | None:
    """Ask for an export file, back up, import it; show what happened."""
    source = choose_import_path(parent, folders.import_folder())
    if source is None:
        return None
    folders.remember_import(source)

    def work(report):
        data = exchange.load(source)  # not readable, not JSON: refused before any backup
        check_file(data, dt.datetime.now(dt.UTC).replace(tzinfo=None))  # not an export: same
        backups.create(journal, "before-import")  # it passes: back up just before writing
        return exchange.import_json(data, progress=report)

    outcome = progress.run(
        parent,
        _tr("Importing"),
        _tr("Importing {name}…").format(name=source.name),
        workers.journal_work(journal, work),
    )
    if not outcome.ok:
        alerts.error(
            parent,
            QCoreApplication.translate("exchange_ui", "Nothing was imported."),
            outcome.message,
        )
        return None
    result: ImportResult = outcome.value
    alerts.info(
        parent,
        QCoreApplication.translate("exchange_ui", "Import finished."),
        _tr("{summary}. A backup was taken first.").format(summary=result.summary()),
    )
    return result
