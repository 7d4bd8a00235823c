"""The attachments of a reflection or a session, in its editor.

Files come in three ways: the "Attach file…" button, files dropped on a text,
a picture pasted into a text (a ``QImage`` turned into PNG bytes in memory;
no temp file). Each is stored inside the encrypted journal
(``domain.attachments``; at most ``MAX_SIZE`` each, a larger one is refused
with the limit named and nothing stored) and a reference is inserted in the
text, so a picture shows inline in the preview and the reading view. The
list shows every attachment with its size; Remove detaches one (and takes its
reference out of the text); "Save as…" writes one where the user chooses.

A new record is saved first (an attachment belongs to a saved record).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mentorjournal.domain import attachments
from mentorjournal.errors import JournalError, ValidationError
from ui import attachment_view, folders, progress, workers

log = logging.getLogger(__name__)

ERROR_STYLE = "color: #c62828;"
#: Files up to this size are stored at once; larger ones behind a progress dialog.
INLINE_BYTES = 2 * 1024 * 1024


class AttachmentsPanel(QWidget):
    """Attach, list, remove and save the attachments of one record."""

    attached = Signal(str)  # the Markdown reference to insert in the text
    removed = Signal(str)  # the reference to take out of the text

    def __init__(
        self,
        kind: str,
        ensure_saved: Callable[[], int | None],
        journal_of: Callable[[], object | None] = lambda: None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.kind = kind
        self.record_id: int | None = None
        self._ensure_saved = ensure_saved
        self._journal_of = journal_of
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Attachments"))
        self.list.setMaximumHeight(self.list.fontMetrics().lineSpacing() * 3 + 12)
        self.list.currentRowChanged.connect(self._selection_changed)
        self.attach_button = QPushButton(self.tr("Attach &file…"))
        self.attach_button.setToolTip(
            self.tr(
                "Attach a file or picture (stored encrypted in the journal, up to {limit}); "
                "you can also drop files on the text or paste a picture"
            ).format(limit=attachments.size_text(attachments.MAX_SIZE))
        )
        self.attach_button.setAutoDefault(False)
        self.attach_button.clicked.connect(self.choose_files)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setAccessibleName(self.tr("Remove the selected attachment"))
        self.remove_button.setAutoDefault(False)
        self.remove_button.clicked.connect(self.remove_selected)
        self.save_as_button = QPushButton(self.tr("Save as…"))
        self.save_as_button.setAccessibleName(self.tr("Save the selected attachment as a file"))
        self.save_as_button.setAutoDefault(False)
        self.save_as_button.clicked.connect(self.save_selected)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Attachment message"))
        self.message.hide()

        self.empty = QLabel(self.tr("none — drop files on the text, or paste a picture"))
        self.empty.setStyleSheet("color: palette(placeholder-text);")
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        label = QLabel(self.tr("Attachments:"))
        row.addWidget(label)
        row.addWidget(self.empty)
        row.addStretch(1)
        row.addWidget(self.attach_button)
        row.addWidget(self.remove_button)
        row.addWidget(self.save_as_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.list)
        layout.addWidget(self.message)
        self.list.hide()
        self._selection_changed()

    # -- showing --------------------------------------------------------------------

    def load(self, record_id: int | None) -> None:
        self.record_id = record_id
        self.list.clear()
        if record_id is None:
            self._selection_changed()
            return
        try:
            found = attachments.attachments_of(self.kind, record_id)
        except JournalError as exc:
            self.say(str(exc), problem=True)
            found = []
        for info in found:
            item = QListWidgetItem(f"{info.name} — {attachments.size_text(info.size)}")
            item.setData(Qt.ItemDataRole.UserRole, info)
            self.list.addItem(item)
        self._selection_changed()

    def names(self) -> list[str]:
        return [self.list.item(row).text() for row in range(self.list.count())]

    def _selection_changed(self, *_args: object) -> None:
        self.list.setVisible(self.list.count() > 0)
        self.empty.setVisible(self.list.count() == 0)
        chosen = self.list.currentItem() is not None
        self.remove_button.setEnabled(chosen)
        self.save_as_button.setEnabled(chosen)

    def say(self, text: str, *, problem: bool = False) -> None:
        self.message.setStyleSheet(ERROR_STYLE if problem else "")
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def wipe(self) -> None:
        self.list.clear()
        self.say("")

    # -- attaching -------------------------------------------------------------------

    def choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Attach files"),
            str(folders.import_folder()),
            self.tr("All files (*)"),
            options=QFileDialog.Option.DontUseNativeDialog,
        )
        if names:
            self.attach_files(names)

    def _record(self) -> int | None:
        record_id = self._ensure_saved()
        if record_id is None:
            self.say(
                self.tr("Not attached: the entry could not be saved yet (see the message above)."),
                problem=True,
            )
        self.record_id = record_id
        return record_id

    def attach_files(self, names: list[str]) -> int:
        """Attach files from disk; how many were attached. A refusal names the file and why."""
        record_id = self._record()
        if record_id is None:
            return 0
        done = 0
        problems: list[str] = []
        for name in names:
            path = Path(name)
            try:
                info = self._attach_file(record_id, path)
            except JournalError as exc:
                reason = exc.message if isinstance(exc, ValidationError) else str(exc)
                problems.append(self.tr("Not attached: {reason}.").format(reason=reason))
                continue
            folders.remember_import(path)
            self.attached.emit(info.reference)
            done += 1
        self.load(record_id)
        self.say(
            " ".join(problems) if problems else self._attached_line(done), problem=bool(problems)
        )
        return done

    def _attach_file(self, record_id: int, path: Path) -> attachments.AttachmentInfo:
        try:
            size = path.stat().st_size
        except OSError:
            size = 0
        journal = self._journal_of()
        if size <= INLINE_BYTES or size > attachments.MAX_SIZE or journal is None:
            return attachments.attach_file(self.kind, record_id, path)

        def work(_report: object) -> attachments.AttachmentInfo:
            return attachments.attach_file(self.kind, record_id, path)

        outcome = progress.run(
            self.window(),
            self.tr("Attaching"),
            self.tr("Storing {name} in the journal…").format(name=path.name),
            workers.journal_work(journal, work),
        )
        if not outcome.ok:
            raise JournalError(outcome.message)
        info: attachments.AttachmentInfo = outcome.value
        return info

    def attach_image(self, image: QImage, name: str = "pasted picture.png") -> bool:
        """Attach a pasted picture (PNG bytes in memory)."""
        record_id = self._record()
        if record_id is None:
            return False
        try:
            info = attachments.attach_bytes(
                self.kind, record_id, attachment_view.png_bytes(image), name
            )
        except JournalError as exc:
            reason = exc.message if isinstance(exc, ValidationError) else str(exc)
            self.say(self.tr("Not attached: {reason}.").format(reason=reason), problem=True)
            return False
        self.attached.emit(info.reference)
        self.load(record_id)
        self.say(self._attached_line(1))
        return True

    def _attached_line(self, count: int) -> str:
        if count == 0:
            return ""
        return self.tr("Attached {n} file(s), stored encrypted in the journal.").format(n=count)

    # -- removing, saving -----------------------------------------------------------------

    def _selected(self) -> attachments.AttachmentInfo | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def remove_selected(self) -> None:
        info = self._selected()
        if info is None or self.record_id is None:
            return
        try:
            attachments.detach(self.kind, self.record_id, info.link_id)
        except JournalError as exc:
            self.say(str(exc), problem=True)
            return
        self.removed.emit(info.reference)
        self.load(self.record_id)
        self.say(self.tr("Removed {name}.").format(name=info.name))

    def save_selected(self) -> None:
        info = self._selected()
        if info is None:
            return
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the attachment as (not encrypted)"),
            str(folders.export_folder() / info.name),
            self.tr("All files (*)"),
            options=QFileDialog.Option.DontUseNativeDialog,
        )
        if not name:
            return
        dest = Path(name)
        try:
            with open(dest, "wb") as out:
                attachments.write_to(info.sha256, out)
        except OSError as exc:
            self.say(
                self.tr("Not saved: {reason}.").format(reason=exc.strerror or "write failed"),
                problem=True,
            )
            return
        except JournalError as exc:
            self.say(str(exc), problem=True)
            return
        folders.remember_export(dest)
        self.say(self.tr("Saved to {path} (not encrypted).").format(path=dest))
