"""File ▸ Share session summary… and File ▸ Import a summary…

Sharing works on the session selected on the page on screen (Sessions, the
timeline, search): a dialog shows the summary as text (takeaways, who does
what by when, the next date; never the notes) with Copy text and Save file…
(``.mjsummary``, for the other person's MentorJournal). Importing such a file
asks who it is from and adds the agreed items, owners swapped
(``mentorjournal.exchange.summary``).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mentorjournal.errors import JournalError
from mentorjournal.exchange import summary as shared

from . import alerts, folders
from .calendar_ui import choose_person

log = logging.getLogger(__name__)

SUMMARY_FILTER = "Session summaries (*.mjsummary);;All files (*)"


def choose_summary_path(parent: QWidget | None) -> Path | None:
    """The summary file to import (``None``: cancelled)."""
    caption = QCoreApplication.translate("SummaryActions", "Import a session summary")
    return alerts.ask_open_path(parent, caption, SUMMARY_FILTER)


class ShareDialog(QDialog):
    """The summary as text, to copy or save as a file."""

    def __init__(self, summary: shared.Summary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = summary
        self.saved: Path | None = None
        self.setWindowTitle(self.tr("Share session summary"))
        self.setMinimumWidth(480)
        note = QLabel(
            self.tr(
                "What you agreed, to send to {name}: takeaways, action items and the next date. "
                "Your notes stay private."
            ).format(name=summary.with_name)
        )
        note.setWordWrap(True)
        self.text = QPlainTextEdit(shared.as_text(summary))
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("Summary"))
        self.text.setMinimumHeight(self.text.fontMetrics().lineSpacing() * 18)
        self.copy_button = QPushButton(self.tr("&Copy text"))
        self.save_button = QPushButton(self.tr("&Save file…"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.copy_button.clicked.connect(self.copy_text)
        self.save_button.clicked.connect(self.save_file)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.copy_button.setDefault(True)
        self.copy_button.setFocus()

    def copy_text(self) -> None:
        QGuiApplication.clipboard().setText(self.text.toPlainText())
        self.copy_button.setText(self.tr("Copied"))

    def save_file(self) -> None:
        start = folders.export_folder() / f"summary-{self.summary.held_on.isoformat()}.mjsummary"
        path = alerts.ask_save_path(self, self.tr("Save summary"), start, self.tr(SUMMARY_FILTER))
        if path is None:
            return
        if path.suffix.lower() != shared.SUFFIX:
            path = path.with_name(path.name + shared.SUFFIX)
        try:
            shared.write_summary(path, self.summary)
        except OSError as exc:
            alerts.error(self, self.tr("The summary could not be saved."), str(exc))
            return
        folders.remember_export(path)
        self.saved = path
        self.save_button.setText(self.tr("Saved"))


class SummaryActions(QObject):
    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.share_action = QAction(self.tr("S&hare session summary…"), window)
        self.share_action.triggered.connect(lambda _checked=False: self.share())
        self.import_action = QAction(self.tr("Import a summar&y (.mjsummary)…"), window)
        self.import_action.triggered.connect(lambda _checked=False: self.import_summary())
        menu = window.menus[0]
        actions = menu.actions()
        after = getattr(window, "calendar_actions", None)
        anchor = after.import_action if after is not None else window.export_action
        index = actions.index(anchor) + 1 if anchor in actions else len(actions)
        before = actions[index] if index < len(actions) else None
        menu.insertActions(before, [self.share_action, self.import_action])
        window.actions_by_name["share_summary"] = self.share_action
        window.actions_by_name["import_summary"] = self.import_action
        window.journal_actions += [self.share_action, self.import_action]

    def selected_session(self) -> int | None:
        page = self.window.pages.currentWidget()
        selected = getattr(page, "selected_record", None)
        found = selected() if callable(selected) else None
        return found[1] if found is not None and found[0] == "session" else None

    def share(self, session_id: int | None = None) -> ShareDialog | None:
        if self.window.journal is None:
            return None
        session_id = session_id if session_id is not None else self.selected_session()
        if session_id is None:
            alerts.info(
                self.window,
                self.tr("Choose a session first."),
                self.tr("Select it on the Sessions page or the timeline, then share."),
            )
            return None
        try:
            summary = shared.summary_of(session_id)
        except JournalError as exc:
            alerts.error(self.window, str(exc))
            return None
        dialog = ShareDialog(summary, self.window)
        dialog.exec()
        dialog.deleteLater()
        return dialog

    def import_summary(self, path: Path | None = None) -> shared.Applied | None:
        if self.window.journal is None:
            return None
        if path is None:
            path = choose_summary_path(self.window)
            if path is None:
                return None
        try:
            summary = shared.read_summary(path)
        except JournalError as exc:
            alerts.error(self.window, str(exc))
            return None
        person = choose_person(
            self.window,
            self.tr("Import a session summary"),
            self.tr("The session of {day}. Who sent it?").format(day=summary.held_on.isoformat()),
            None,
        )
        if person is None:
            return None
        try:
            applied = shared.apply_summary(summary, person)
        except JournalError as exc:
            alerts.error(self.window, str(exc))
            return None
        self.window.reload()
        alerts.info(
            self.window,
            self.tr("Action items added: {mine} yours, {theirs} theirs.").format(
                mine=applied.mine, theirs=applied.theirs
            ),
            self.tr("{n} were imported before.").format(n=applied.skipped)
            if applied.skipped
            else "",
        )
        return applied


def install(window: Any) -> SummaryActions:
    window.summary_actions = SummaryActions(window)
    return window.summary_actions
