"""A Markdown text field with a live, safe rendered preview beside it.

The text is a ``QPlainTextEdit`` (undo/redo built in). The preview is a
``QTextBrowser`` that never loads anything: links are not followed and every
resource request (images, style sheets) gets nothing back. The HTML comes
from ``render.render_markdown`` — the one renderer, which drops raw HTML — and
is refreshed ~300 ms after typing stops, so long entries stay smooth to type.
The journal's own attached pictures (``mj-attachment:``) show in the preview,
from the journal only (``ui.attachment_view``).

Files dropped on the text and pictures pasted into it are not inserted as
text: the editor hears of them (``files_dropped``, ``image_pasted``) and
attaches them (``ui.editors.attachments``).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QMimeData, Qt, QTimer, Signal
from PySide6.QtGui import QImage, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPlainTextEdit,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui import attachment_view
from ui.record_views import SafeBrowser

log = logging.getLogger(__name__)

PREVIEW_DELAY_MS = 300


def local_files(mime: QMimeData) -> list[str]:
    """The local files a drop or a paste carries (none for text, web links)."""
    if not mime.hasUrls():
        return []
    return [url.toLocalFile() for url in mime.urls() if url.isLocalFile() and url.toLocalFile()]


class MarkdownText(QPlainTextEdit):
    """The text of a Markdown field; files and pictures it is given become attachments."""

    files_dropped = Signal(list)  # local paths
    image_pasted = Signal(QImage)

    #: Set by an editor whose record takes attachments.
    takes_attachments = False

    def canInsertFromMimeData(self, source: QMimeData) -> bool:  # Qt override
        if self.takes_attachments and (source.hasImage() or local_files(source)):
            return True
        return super().canInsertFromMimeData(source)

    def insertFromMimeData(self, source: QMimeData) -> None:  # Qt override: paste and drop
        if self.takes_attachments:
            files = local_files(source)
            if files:
                self.files_dropped.emit(files)
                return
            if source.hasImage():
                image = source.imageData()
                if isinstance(image, QImage) and not image.isNull():
                    self.image_pasted.emit(image)
                    return
        super().insertFromMimeData(source)


class MarkdownEditor(QWidget):
    """Plain-text Markdown on the left, the rendered preview on the right."""

    changed = Signal()
    preview_updated = Signal()

    def __init__(
        self,
        accessible: str,
        placeholder: str = "",
        preview_delay_ms: int = PREVIEW_DELAY_MS,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.edit = MarkdownText()
        self.edit.setAccessibleName(accessible)
        self.edit.setPlaceholderText(placeholder)
        self.edit.setTabChangesFocus(True)
        self.edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.preview = SafeBrowser(
            self.tr("{field}: preview").format(field=accessible),
            attachment_loader=attachment_view.load_image,
        )
        self.preview.setFocusPolicy(Qt.FocusPolicy.ClickFocus)

        self.toggle = QToolButton()
        self.toggle.setText(self.tr("Preview"))
        self.toggle.setCheckable(True)
        self.toggle.setChecked(True)
        self.toggle.setToolTip(self.tr("Show or hide the rendered preview (Ctrl+Shift+P)"))
        self.toggle.setAccessibleName(self.tr("{field}: show preview").format(field=accessible))
        self.toggle.toggled.connect(self.set_preview_visible)
        # Not a tab stop: Tab goes from the text to the next field; the keyboard has a shortcut.
        self.toggle.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        toggle_key = QShortcut(QKeySequence("Ctrl+Shift+P"), self)
        toggle_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        toggle_key.activated.connect(self.toggle.toggle)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.edit)
        self.splitter.addWidget(self.preview)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        # Room for a few lines even on a small screen (the editor's form scrolls instead).
        self.splitter.setMinimumHeight(self.edit.fontMetrics().lineSpacing() * 6 + 12)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(preview_delay_ms)
        self._timer.timeout.connect(self.update_preview)
        self.edit.textChanged.connect(self._text_changed)

        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        hint = QToolButton()
        hint.setText(self.tr("Markdown"))
        hint.setAutoRaise(True)
        hint.setEnabled(False)
        hint.setToolTip(self.tr("**bold**, *italic*, # heading, - list, [link](https://…)"))
        bar.addWidget(hint)
        bar.addStretch(1)
        bar.addWidget(self.toggle)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)
        self.setFocusProxy(self.edit)

    # -- value -------------------------------------------------------------

    def value(self) -> str:
        return self.edit.toPlainText()

    def set_value(self, text: str | None) -> None:
        """Replace the text (loading a record: not a user edit, so no ``changed``)."""
        self.edit.blockSignals(True)
        try:
            self.edit.setPlainText(text or "")
        finally:
            self.edit.blockSignals(False)
        self.update_preview()

    def insert_text(self, text: str, *, at_end: bool = False) -> None:
        """Insert at the cursor (or at the end) as an edit the user can undo (a reference)."""
        cursor = self.edit.textCursor()
        if at_end:
            cursor.movePosition(cursor.MoveOperation.End)
        block = cursor.block().text()
        before = "\n" if block.strip() and cursor.positionInBlock() > 0 else ""
        cursor.insertText(f"{before}{text}\n")
        self.edit.setTextCursor(cursor)

    def replace_text(self, text: str) -> None:
        """Replace the text as an edit the user can undo (fills a template)."""
        cursor = self.edit.textCursor()
        cursor.beginEditBlock()
        cursor.select(cursor.SelectionType.Document)
        cursor.insertText(text)
        cursor.endEditBlock()
        self.edit.setTextCursor(cursor)

    # -- preview -----------------------------------------------------------

    def _text_changed(self) -> None:
        self.changed.emit()
        if self.preview.isVisibleTo(self):
            self._timer.start()

    def update_preview(self) -> None:
        self._timer.stop()
        if not self.preview.isVisibleTo(self):
            return
        scroll = self.preview.verticalScrollBar().value()
        self.preview.setHtml(attachment_view.render(self.edit.toPlainText()))
        self.preview.verticalScrollBar().setValue(scroll)
        self.preview_updated.emit()

    def set_preview_visible(self, visible: bool) -> None:
        self.preview.setVisible(visible)
        if self.toggle.isChecked() != visible:
            self.toggle.setChecked(visible)
        if visible:
            self.update_preview()
        else:
            self.preview.clear()

    def clear(self) -> None:
        self._timer.stop()
        self.set_value("")
        self.edit.document().clearUndoRedoStacks()
        self.preview.clear()
