"""Every message box of the window goes through here.

One place keeps the wording consistent and lets tests answer dialogs by
patching ``error``, ``confirm`` and ``info``. Texts are one-line, user-facing
messages (``JournalError`` messages fit as they are); never journal content
in a log.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from . import folders
from .core_messages import translate

log = logging.getLogger(__name__)

TITLE = "MentorJournal"


def error(parent: QWidget | None, text: str, details: str = "") -> None:
    """Tell the user something failed and what to do about it."""
    text, details = translate(text), translate(details)
    box = QMessageBox(QMessageBox.Icon.Warning, TITLE, text, QMessageBox.StandardButton.Ok, parent)
    if details:
        box.setInformativeText(details)
    box.exec()


def info(parent: QWidget | None, text: str, details: str = "") -> None:
    text, details = translate(text), translate(details)
    box = QMessageBox(
        QMessageBox.Icon.Information, TITLE, text, QMessageBox.StandardButton.Ok, parent
    )
    if details:
        box.setInformativeText(details)
    box.exec()


def confirm(parent: QWidget | None, question: str, details: str = "") -> bool:
    """Ask a yes/no question; True when the user says yes."""
    question, details = translate(question), translate(details)
    box = QMessageBox(
        QMessageBox.Icon.Question,
        TITLE,
        question,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        parent,
    )
    box.setDefaultButton(QMessageBox.StandardButton.No)
    if details:
        box.setInformativeText(details)
    return box.exec() == QMessageBox.StandardButton.Yes


def ask_save_path(
    parent: QWidget | None, caption: str, suggested: Path | str, file_filter: str
) -> Path | None:
    """Where to write an export the user asked for (``None`` when cancelled).

    A bare file name starts in Documents (then the last export's folder), never in the
    folder the app happened to be started from.
    """
    bare = not Path(suggested).is_absolute()
    start = folders.export_folder() / suggested if bare else Path(suggested)
    name, _chosen = QFileDialog.getSaveFileName(parent, caption, str(start), file_filter)
    if name and bare:
        folders.remember_export(Path(name))
    return Path(name) if name else None


def ask_open_path(parent: QWidget | None, caption: str, file_filter: str) -> Path | None:
    """The file to read for an import the user asked for (``None`` when cancelled).

    It starts in the last import's folder (else Documents) and remembers the new one.
    """
    name, _chosen = QFileDialog.getOpenFileName(
        parent, caption, str(folders.import_folder()), file_filter
    )
    if name:
        folders.remember_import(Path(name))
    return Path(name) if name else None


def about(parent: QWidget | None, title: str, html_text: str) -> None:
    QMessageBox.about(parent, title, html_text)
