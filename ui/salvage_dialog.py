"""Salvage: copy every readable record of a damaged journal into a new journal.

``SalvageDialog(path, key)`` suggests where the new journal goes
(``storage.salvage.default_output``: beside the damaged one, dated), lets the
user change it, runs ``storage.salvage.salvage`` on a pool thread with a
progress bar, then shows its report (rows copied, what could not be read) and
offers to open the new journal (Return). The damaged file is left exactly as
it was. The new journal opens with the same passphrase.

The salvage needs the damaged journal alone: ``before_start`` (the window
closing its own copy) runs just before the work starts, never on Cancel.
Return does each page's next step; Escape cancels (never while the work runs).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from mentorjournal.storage.crypto import RawKey
from mentorjournal.storage.salvage import SalvageReport, default_output, salvage

from . import geometry, theme, workers

log = logging.getLogger(__name__)

JOURNAL_FILTER = "MentorJournal journals (*.mjournal);;All files (*)"


def describe(report: SalvageReport) -> str:
    """The report in the window's words (counts and table names only, never content)."""
    tr = SalvageDialog.tr_static
    text = tr("{n} rows copied into {name}.").format(n=report.records, name=report.output.name)
    if report.unreadable:
        parts = ", ".join(f"{n} × {table}" for table, n in sorted(report.unreadable.items()))
        text += " " + tr("Could not be read: {parts}.").format(parts=parts)
    if report.left_out:
        parts = ", ".join(f"{n} × {table}" for table, n in sorted(report.left_out.items()))
        text += " " + tr("Left out because what they belonged to was lost: {parts}.").format(
            parts=parts
        )
    if report.placeholders:
        text += " " + tr(
            "{n} placeholder(s) stand in for lost people or skills (named “… (salvaged)”)."
        ).format(n=report.placeholders)
    if not report.lost:
        text += " " + tr("Nothing was lost.")
    return text


class SalvageDialog(QDialog):
    """Where to, then the work, then the report and "Open the salvaged journal"."""

    def __init__(
        self,
        path: Path,
        key: RawKey,
        *,
        before_start: Callable[[], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("salvageDialog")
        self.setWindowTitle(self.tr("Salvage the journal"))
        self.setModal(True)
        self.setMinimumWidth(640)
        self.path = Path(path)
        self._key = key
        self._before_start = before_start
        self._task: workers.Task | None = None
        self._starting = False
        self.report: SalvageReport | None = None
        self.error = ""
        #: True when the user chose to open the salvaged journal.
        self.open_requested = False

        self.pages = QStackedWidget()
        self.pages.addWidget(self._build_start())
        self.pages.addWidget(self._build_working())
        self.pages.addWidget(self._build_done())
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        geometry.keep_on_screen(self)
        self._show(0)

    @staticmethod
    def tr_static(text: str) -> str:
        from PySide6.QtCore import QCoreApplication

        return QCoreApplication.translate("SalvageDialog", text)

    # -- pages -----------------------------------------------------------------

    def _build_start(self) -> QWidget:
        page = QWidget()
        intro = QLabel(
            self.tr(
                "{name} is damaged. Salvage copies every record that can still be read into "
                "a new journal (the same passphrase opens it). The damaged file is left exactly "
                "as it is, so you can still restore a backup or ask for help with it."
            ).format(name=self.path.name)
        )
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        self.output = QLineEdit(str(default_output(self.path)))
        self.output.setCursorPosition(0)  # the start of the path shows, where it goes
        self.output.setAccessibleName(self.tr("New journal file"))
        self.choose_button = QPushButton(self.tr("C&hoose…"))
        self.choose_button.setAutoDefault(False)
        self.choose_button.clicked.connect(self.choose_output)
        where = QHBoxLayout()
        where.addWidget(QLabel(self.tr("&New journal:")))
        where.itemAt(0).widget().setBuddy(self.output)
        where.addWidget(self.output, 1)
        where.addWidget(self.choose_button)
        self.start_error = QLabel("")
        self.start_error.setWordWrap(True)
        self.start_error.setStyleSheet(f"color: {theme.message_colour('error')};")
        self.start_error.setAccessibleName(self.tr("Salvage problem"))
        self.salvage_button = QPushButton(self.tr("&Salvage"))
        self.salvage_button.clicked.connect(self.start)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.salvage_button)
        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addLayout(where)
        layout.addWidget(self.start_error)
        layout.addStretch(1)
        layout.addLayout(buttons)
        return page

    def _build_working(self) -> QWidget:
        page = QWidget()
        label = QLabel(self.tr("Copying every readable record into the new journal…"))
        label.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)
        self.bar.setAccessibleName(self.tr("Salvage progress"))
        layout = QVBoxLayout(page)
        layout.addWidget(label)
        layout.addWidget(self.bar)
        layout.addStretch(1)
        return page

    def _build_done(self) -> QWidget:
        page = QWidget()
        self.summary = QLabel("")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setAccessibleName(self.tr("Salvage report"))
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_button = QPushButton(self.tr("&Open the salvaged journal"))
        self.open_button.clicked.connect(self.open_salvaged)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.open_button)
        layout = QVBoxLayout(page)
        layout.addWidget(self.summary)
        layout.addStretch(1)
        layout.addLayout(buttons)
        return page

    def showEvent(self, event) -> None:  # Qt override: the focus where the page wants it
        super().showEvent(event)
        QTimer.singleShot(0, lambda: self._show(self.pages.currentIndex()))

    def _show(self, index: int) -> None:
        self.pages.setCurrentIndex(index)
        default = {0: self.salvage_button, 2: self.open_button}.get(index)
        for button in (self.salvage_button, self.open_button):
            button.setDefault(button is default)
        if index == 0:
            self.output.setFocus()
        elif index == 2:
            self.open_button.setFocus()

    # -- actions ---------------------------------------------------------------

    def choose_output(self) -> None:
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Salvage into a new journal"), self.output.text(), JOURNAL_FILTER
        )
        if name:
            self.output.setText(name)

    def chosen_output(self) -> Path:
        return Path(self.output.text().strip()).expanduser()

    def start(self) -> None:
        if self._task is not None:
            return
        output = self.chosen_output()
        if not self.output.text().strip():
            self.start_error.setText(self.tr("Say where the new journal goes."))
            return
        if output.exists():
            self.start_error.setText(
                self.tr("A file already exists at {path}; choose another name.").format(path=output)
            )
            self.output.setFocus()
            return
        self.start_error.clear()
        if self._before_start is not None:
            self._starting = True  # closing the journal dismisses other dialogs: not this one
            try:
                self._before_start()
            finally:
                self._starting = False
            self._before_start = None
        self._show(1)
        key, path = self._key, self.path
        task = workers.Task(lambda: salvage(path, key, output, task.report))
        task.progressed.connect(self._progress, Qt.ConnectionType.QueuedConnection)
        task.connect(self._succeeded, self._failed, self._finished)
        self._task = task
        task.start()

    def _progress(self, done: int, total: int) -> None:
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(min(done, total))

    def _succeeded(self, report: SalvageReport) -> None:
        self.report = report
        self.summary.setText(describe(report))
        self._show(2)

    def _failed(self, message: str) -> None:
        self.error = message
        self.start_error.setText(self.tr("Nothing was salvaged: {message}").format(message=message))
        self._show(0)

    def _finished(self) -> None:
        self._task = None

    def open_salvaged(self) -> None:
        self.open_requested = True
        self.accept()

    def is_busy(self) -> bool:
        return self._task is not None

    def keyPressEvent(self, event: QKeyEvent) -> None:  # Qt override: Return on the field
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.pages.currentIndex() == 0:
            self.start()
            return
        super().keyPressEvent(event)

    def reject(self) -> None:  # Qt override: never while the work runs
        if self._task is None and not self._starting:
            super().reject()
