"""File ▸ Import…: bring another app's journal in, preview first, then one transaction.

The dialog takes a file or a folder (typed, or chosen: it starts in Documents,
then where the last import came from), recognises its format by content
(``exchange.imports.detect``; a choice forces another), asks for the password
of an encrypted jrnl journal (kept in the field only while the dialog is open,
never stored), offers Daylio's mood mapping (off by default) and shows a
preview: what will be created per kind, what is already in the journal, what
cannot be mapped and why. The preview reads the export and the journal and
writes nothing; no backup is made before the user presses Import.

Import runs on a worker thread with a progress bar and Cancel: a cancel (or
any failure) rolls the one transaction back and removes the "before-import"
backup, so the journal is as it was. A backup is written only when the import
will create something. Our own JSON export goes through the same dialog
(``exchange.native``).
"""

from __future__ import annotations

import dataclasses
import logging
import re
import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mentorjournal.exchange import imports
from mentorjournal.exchange.incoming import ImportCancelled, ImportOptions
from mentorjournal.storage.backups import Backups
from mentorjournal.storage.journal import Journal

from . import folders, workers

log = logging.getLogger(__name__)

ERROR_STYLE = "color: #c62828;"
_FROM_HINT = re.compile(r"name the app with --from \([^)]*\)")
#: Daylio's mood: where it goes besides its tag (None: only the tag).
MOOD_CHOICES: tuple[str | None, ...] = (None, "confidence", "motivation")


@dataclasses.dataclass
class Previewed:
    """What the preview found: the export read, and what importing it would do."""

    format: str
    lines: list[str]
    writes: bool
    batch: Any = None  # an exchange Batch (other apps)
    native: Any = None  # our own JSON, parsed


@dataclasses.dataclass(frozen=True)
class NeedsPassword:
    message: str


def _backup_removed(path: Path | None) -> None:
    if path is not None:
        try:
            path.unlink(missing_ok=True)
        except OSError:
            log.warning("the before-import backup could not be removed")


class ImportDialog(QDialog):
    """Choose, preview, import: nothing is written until Import is pressed."""

    imported = Signal()  # something was written: the window reloads

    def __init__(
        self, journal: Journal, backups: Backups | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.setWindowTitle(self.tr("Import — MentorJournal"))
        self.setModal(True)
        self.journal = journal
        self.backups = backups
        self.previewed: Previewed | None = None
        self.task: workers.Task | None = None
        self.stop = threading.Event()
        self.running = ""  # "preview" or "import" while work runs
        self._close_when_idle = False
        self._tasks: list[workers.Task] = []

        intro = QLabel(
            self.tr(
                "Bring in a journal from jrnl, Day One, Daylio, Joplin or Obsidian, or a "
                "MentorJournal JSON export. You see what will be imported before anything is "
                "written."
            )
        )
        intro.setWordWrap(True)
        self.path = QLineEdit()
        self.path.setAccessibleName(self.tr("File or folder to import"))
        self.path.setPlaceholderText(self.tr("A file, or a folder (Obsidian vault, Joplin RAW)"))
        self.path.textEdited.connect(self._input_changed)
        self.choose_file_button = QPushButton(self.tr("Choose &file…"))
        self.choose_file_button.clicked.connect(self.choose_file)
        self.choose_folder_button = QPushButton(self.tr("Choose f&older…"))
        self.choose_folder_button.clicked.connect(self.choose_folder)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(self.choose_file_button)
        path_row.addWidget(self.choose_folder_button)

        self.format = QComboBox()
        self.format.setAccessibleName(self.tr("Format"))
        self.format.addItem(self.tr("Recognise it from its content"), None)
        for key, text in imports.FORMATS.items():
            self.format.addItem(text, key)
        self.format.currentIndexChanged.connect(self._input_changed)
        self.detected = QLabel()
        self.detected.setWordWrap(True)
        self.detected.setAccessibleName(self.tr("Recognised format"))

        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password of the jrnl journal"))
        self.password.textEdited.connect(self._input_changed)
        self.password_label = QLabel(self.tr("jrnl &password:"))
        self.password_label.setBuddy(self.password)

        self.mood = QComboBox()
        self.mood.setAccessibleName(self.tr("Daylio mood"))
        self.mood.addItem(self.tr("only as a tag (mood:good)"), None)
        self.mood.addItem(self.tr("as a tag, and as confidence (rad 10 … awful 2)"), "confidence")
        self.mood.addItem(self.tr("as a tag, and as motivation (rad 10 … awful 2)"), "motivation")
        self.mood.currentIndexChanged.connect(self._mood_changed)
        self.mood_label = QLabel(self.tr("Daylio &mood:"))
        self.mood_label.setBuddy(self.mood)

        form = QFormLayout()
        path_label = QLabel(self.tr("&Where from:"))
        path_label.setBuddy(self.path)
        form.addRow(path_label, path_row)
        format_label = QLabel(self.tr("Fo&rmat:"))
        format_label.setBuddy(self.format)
        form.addRow(format_label, self.format)
        form.addRow("", self.detected)
        form.addRow(self.password_label, self.password)
        form.addRow(self.mood_label, self.mood)
        self._form = form
        self._show_row(self.password, False)
        self._show_row(self.mood, False)

        self.preview_text = QPlainTextEdit()
        self.preview_text.setReadOnly(True)
        self.preview_text.setAccessibleName(self.tr("Preview"))
        self.preview_text.setPlaceholderText(
            self.tr("Press Preview to see what would be imported (nothing is written).")
        )
        self.preview_text.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Import status"))
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.bar = QProgressBar()
        self.bar.setAccessibleName(self.tr("Import progress"))
        self.bar.hide()

        self.preview_button = QPushButton(self.tr("Pre&view"))
        self.preview_button.clicked.connect(self.run_preview)
        self.import_button = QPushButton(self.tr("&Import"))
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.run_import)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.cancel_or_close)
        self.preview_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.preview_button)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.cancel_button)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        self.preview_label = QLabel(self.tr("What will be imported:"))
        self.preview_label.setBuddy(self.preview_text)
        layout.addWidget(self.preview_label)
        layout.addWidget(self.preview_text, 1)
        layout.addWidget(self.bar)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.resize(720, 520)
        self.path.setFocus()

    # -- choosing ---------------------------------------------------------------

    def _show_row(self, field: QWidget, visible: bool) -> None:
        self._form.setRowVisible(field, visible)

    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import a file"),
            str(self._start()),
            self.tr("Exports (*.json *.txt *.md *.csv *.zip *.jex *.dayone);;All files (*)"),
            options=QFileDialog.Option.DontUseNativeDialog,
        )
        if name:
            self._chosen(name)

    def choose_folder(self) -> None:
        name = QFileDialog.getExistingDirectory(
            self,
            self.tr("Import a folder (Obsidian vault, Joplin RAW export, jrnl folder)"),
            str(self._start()),
            QFileDialog.Option.ShowDirsOnly | QFileDialog.Option.DontUseNativeDialog,
        )
        if name:
            self._chosen(name)

    def _start(self) -> Path:
        typed = Path(self.path.text().strip()).expanduser() if self.path.text().strip() else None
        if typed is not None and typed.parent.is_dir() and typed.is_absolute():
            return typed if typed.is_dir() else typed.parent
        return folders.import_folder()

    def _chosen(self, name: str) -> None:
        self.path.setText(name)
        self._input_changed()
        self.run_preview()

    def _input_changed(self, *_args: object) -> None:
        """Something the preview depends on changed: preview again before importing."""
        if self.running:
            return
        self._drop_preview()
        self.import_button.setEnabled(False)
        self.preview_button.setDefault(True)
        self.status.clear()
        self.status.setStyleSheet("")

    def _mood_changed(self, *_args: object) -> None:
        """The mood mapping changes what is read: preview again at once."""
        self._input_changed()
        if not self.running and self.path.text().strip():
            self.run_preview()

    def _drop_preview(self) -> None:
        self.preview_label.setText(self.tr("What will be imported:"))
        if self.previewed is not None and self.previewed.batch is not None:
            self.previewed.batch.close()
        self.previewed = None
        self.preview_text.clear()

    def options(self) -> ImportOptions:
        return ImportOptions(
            password=self.password.text() or None,
            mood_to=self.mood.currentData(),
            format=self.format.currentData(),
        )

    # -- work ---------------------------------------------------------------------

    def _busy(self, what: str, label: str) -> None:
        self.running = what
        self.stop.clear()
        for widget in (
            self.path,
            self.format,
            self.password,
            self.mood,
            self.choose_file_button,
            self.choose_folder_button,
            self.preview_button,
            self.import_button,
        ):
            widget.setEnabled(False)
        self.bar.reset()
        self.bar.setRange(0, 0)
        self.bar.show()
        self.status.setStyleSheet("")
        self.status.setText(label)
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setFocus()

    def _idle(self) -> None:
        self.running = ""
        self.task = None
        for widget in (
            self.path,
            self.format,
            self.password,
            self.mood,
            self.choose_file_button,
            self.choose_folder_button,
            self.preview_button,
        ):
            widget.setEnabled(True)
        self.cancel_button.setEnabled(True)
        self.bar.hide()
        if self._close_when_idle:
            QTimer.singleShot(0, lambda: self.done(QDialog.DialogCode.Rejected))

    def _start_task(self, fn: Any, on_success: Any) -> None:
        task = workers.Task(workers.journal_work(self.journal, fn))
        task.progressed.connect(self._progress, Qt.ConnectionType.QueuedConnection)
        kept = self._tasks  # each task kept until it has reported that it finished
        kept.append(task)
        task.connect(on_success, self._failed, lambda: kept.remove(task))
        self.task = task
        task.start()

    def _progress(self, done: int, total: int) -> None:
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(min(done, total))

    def _say(self, text: str, *, problem: bool = False) -> None:
        self.status.setStyleSheet(ERROR_STYLE if problem else "")
        self.status.setText(text)

    def run_preview(self) -> None:
        """Read the export and say what importing it would do; writes nothing."""
        if self.running:
            return
        text = self.path.text().strip()
        if not text:
            self._say(self.tr("Type or choose a file or folder to import."), problem=True)
            self.path.setFocus()
            return
        source = Path(text).expanduser()
        self._drop_preview()
        self.detected.clear()
        if source.exists():
            folders.remember_import(source)
        options = self.options()
        cancelled = self.stop.is_set
        self._busy("preview", self.tr("Reading {name}…").format(name=source.name))

        def work() -> Previewed | NeedsPassword:
            return self._read_and_preview(source, options, cancelled)

        self._start_task(work, self._previewed)

    def _read_and_preview(
        self, source: Path, options: ImportOptions, cancelled: Any
    ) -> Previewed | NeedsPassword:
        """On the worker: detect, read, preview (the journal only read)."""
        from mentorjournal.exchange.jrnl import PasswordNeeded, WrongPassword

        fmt = options.format or imports.detect(source).format
        if fmt == "mentorjournal":
            from mentorjournal.exchange import native

            if source.is_dir():
                raise imports.ImportRefused(
                    f"{source.name} is a folder; a MentorJournal export is one file."
                )
            data = native.load(source)
            result = native.import_json(data, dry_run=True)  # rolled back: nothing written
            lines = [imports.FORMATS["mentorjournal"], result.summary()]
            return Previewed(fmt, lines, result.total_added + result.total_updated > 0, native=data)
        options = dataclasses.replace(options, format=fmt)
        try:
            batch = imports.read(source, options, cancel=cancelled)
        except PasswordNeeded:
            return NeedsPassword(
                self.tr("{name} is an encrypted jrnl journal: type its password.").format(
                    name=source.name
                )
            )
        except WrongPassword as exc:
            return NeedsPassword(str(exc))
        try:
            summary = imports.preview(batch)
        except BaseException:
            batch.close()
            raise
        lines = summary.lines()
        if summary.new_tags:
            shown = ", ".join(summary.new_tags[:12])
            more = len(summary.new_tags) - 12
            lines.insert(
                1 + len(summary.kind_lines()),
                self.tr("new tags: {names}").format(names=shown)
                + (self.tr(" … and {n} more").format(n=more) if more > 0 else ""),
            )
        return Previewed(fmt, lines, summary.writes, batch=batch)

    def _previewed(self, found: Previewed | NeedsPassword) -> None:
        self._idle()
        if isinstance(found, NeedsPassword):
            self._show_row(self.password, True)
            self._say(found.message, problem=True)
            self.password.setFocus()
            self.password.selectAll()
            return
        if self.stop.is_set():  # closed or cancelled meanwhile
            if found.batch is not None:
                found.batch.close()
            self._say(self.tr("Preview cancelled; nothing was imported."))
            return
        self.previewed = found
        self.detected.setText(
            self.tr("Recognised: {what}").format(what=imports.FORMATS[found.format])
        )
        self._show_row(self.mood, found.format == "daylio")
        self.preview_text.setPlainText("\n".join(found.lines))
        if found.writes:
            self.import_button.setEnabled(True)
            self.import_button.setDefault(True)
            self.import_button.setFocus()
            self._say(self.tr("Nothing has been written yet. Press Import to bring this in."))
        else:
            self.preview_button.setDefault(True)
            self.cancel_button.setText(self.tr("Close"))
            self.cancel_button.setDefault(True)
            self.cancel_button.setFocus()
            self._say(self.tr("Nothing new to import: everything in it is in the journal already."))

    def run_import(self) -> None:
        """Back up (only when something will be written), then one transaction."""
        found = self.previewed
        if self.running or found is None or not found.writes:
            return
        backups = self.backups or Backups.for_journal(self.journal.path)
        journal = self.journal
        cancelled = self.stop.is_set
        self._busy("import", self.tr("Importing…"))
        if found.native is not None:  # our own JSON is written in one go: no stopping half-way
            self.cancel_button.setEnabled(False)
        report = self._report

        def work() -> list[str]:
            backup = backups.create(journal, "before-import")
            try:
                if found.native is not None:
                    from mentorjournal.exchange import native

                    if cancelled():
                        raise ImportCancelled()
                    result = native.import_json(found.native, progress=report)
                    return [result.summary()]
                summary = imports.apply(found.batch, progress=report, cancel=cancelled)
                return summary.lines()
            except BaseException:
                _backup_removed(backup)
                raise

        self._start_task(work, self._imported)

    def _report(self, done: int, total: int) -> None:  # on the worker
        if self.task is not None:
            self.task.report(done, total)

    def _imported(self, lines: list[str]) -> None:
        self._idle()
        self._drop_preview()
        self.preview_label.setText(self.tr("What was imported:"))
        self.preview_text.setPlainText("\n".join(lines))
        self._say(self.tr("Imported. A backup of the journal was made first."))
        self.cancel_button.setText(self.tr("Close"))
        self.cancel_button.setDefault(True)
        self.cancel_button.setFocus()
        self.imported.emit()

    def _failed(self, message: str) -> None:
        # The core's refusals speak to the command line; here the choice is the Format list.
        message = _FROM_HINT.sub(self.tr("choose the app under Format"), message)
        was = self.running
        self._idle()
        if was == "import":  # the batch may be spent: preview again to retry
            self._drop_preview()
        self._say(message, problem=True)
        self.preview_button.setDefault(True)
        self.path.setFocus()

    # -- closing -------------------------------------------------------------------

    def journal_locked(self) -> None:
        """The journal was locked: stop, forget the export and the password, close."""
        self.stop.set()
        self._close_when_idle = True
        if not self.running:
            self.done(QDialog.DialogCode.Rejected)

    def cancel_or_close(self) -> None:
        if self.running:
            self.stop.set()
            self.cancel_button.setEnabled(True)
            self._say(self.tr("Cancelling…"))
            return
        self.reject()

    def reject(self) -> None:  # Qt override: Esc cancels running work first
        if self.running:
            self.cancel_or_close()
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # Qt override
        if self.running:
            self.cancel_or_close()
            event.ignore()
            return
        super().closeEvent(event)

    def done(self, result: int) -> None:  # Qt override: forget the password and the export
        self._drop_preview()
        self.password.clear()
        super().done(result)


def open_import(window: QWidget, journal: Journal, backups: Backups | None = None) -> ImportDialog:
    """Show the import dialog over ``window``; it reloads the window after an import."""
    settle = getattr(window, "settle", None)
    if callable(settle):
        settle()  # open editors saved first: none writes while the import holds the journal
    dialog = ImportDialog(journal, backups, window)
    reload = getattr(window, "reload", None)
    if callable(reload):
        dialog.imported.connect(reload)
    locked = getattr(window, "locked", None)
    if locked is not None:
        locked.connect(dialog.journal_locked)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog
