"""A small modal dialog that runs one piece of long work on a pool thread.

``run(parent, title, label, fn)`` shows a progress bar fed by the work's
``progress(done, total)`` callback (a busy bar until the first report), keeps
the window responsive, and returns ``Outcome(ok, value, message)`` once the
work ends. ``fn`` receives the progress callback. The dialog cannot be closed
while the work runs: backups, exports and re-keying are short and finish
cleanly rather than stop half-way.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QThreadPool
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QLabel, QProgressBar, QVBoxLayout, QWidget

from . import workers

log = logging.getLogger(__name__)

Work = Callable[[Callable[[int, int], None]], Any]


@dataclass(frozen=True)
class Outcome:
    ok: bool
    value: Any = None
    message: str = ""


class ProgressDialog(QDialog):
    """Runs ``fn(progress)`` on a pool thread; ``outcome`` is set when it ends."""

    def __init__(
        self,
        title: str,
        label: str,
        fn: Work,
        parent: QWidget | None = None,
        pool: QThreadPool | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        self.setMinimumWidth(380)
        self.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, False)
        self.label = QLabel(label)
        self.label.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)
        self.bar.setAccessibleName(title)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        self.outcome: Outcome | None = None
        self.task = workers.Task(lambda: fn(self.task.report))
        self.task.progressed.connect(self._progress, Qt.ConnectionType.QueuedConnection)
        self.task.connect(self._succeeded, self._failed, self._finished)
        self._pool = pool

    def exec(self) -> int:  # Qt override: start the work with the dialog
        self.task.start(self._pool)
        return super().exec()

    def _progress(self, done: int, total: int) -> None:
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(min(done, total))

    def _succeeded(self, value: Any) -> None:
        self.outcome = Outcome(True, value)

    def _failed(self, message: str) -> None:
        self.outcome = Outcome(False, None, message)

    def _finished(self) -> None:
        self.accept()

    def reject(self) -> None:  # Qt override: Escape waits for the work
        if self.outcome is not None:
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # Qt override
        if self.outcome is None:
            event.ignore()
        else:
            super().closeEvent(event)


def run(parent: QWidget | None, title: str, label: str, fn: Work) -> Outcome:
    """Run ``fn(progress)`` off the UI thread behind a modal progress dialog."""
    dialog = ProgressDialog(title, label, fn, parent)
    dialog.exec()
    outcome = dialog.outcome or Outcome(
        False, None, QCoreApplication.translate("workers", workers.UNEXPECTED)
    )
    dialog.deleteLater()
    return outcome
