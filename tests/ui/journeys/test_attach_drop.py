"""Journey: drop a file from the file manager onto a session's notes: it is attached to
the session (stored in the journal, listed with its size) and referenced where it was
dropped; dropping plain text still inserts the text."""

from __future__ import annotations

import warnings

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from mentorjournal.domain import attachments
from mentorjournal.storage.journal import Journal
from tests.conftest import PASSPHRASE
from tests.ui.journeys.story import write_story
from tests.ui.journeys.window_keys import CTRL, open_window, press
from ui.editors.editor import RecordEditor


@pytest.fixture
def story(tmp_path):
    return write_story(tmp_path / "story.mjournal")


def drop(widget, mime: QMimeData) -> None:
    """What the window system delivers when something is dragged in and let go."""
    where = QPointF(widget.rect().center())
    action, buttons = Qt.DropAction.CopyAction, Qt.MouseButton.LeftButton
    mods = Qt.KeyboardModifier.NoModifier
    with warnings.catch_warnings():  # PySide marks the (only) QPoint constructors deprecated
        warnings.simplefilter("ignore", DeprecationWarning)
        enter = QDragEnterEvent(where.toPoint(), action, mime, buttons, mods)
        move = QDragMoveEvent(where.toPoint(), action, mime, buttons, mods)
    QApplication.sendEvent(widget, enter)
    QApplication.sendEvent(widget, move)
    QApplication.sendEvent(widget, QDropEvent(where, action, mime, buttons, mods))


def test_drop_a_file_on_a_sessions_notes(qtbot, story, settings, tmp_path):
    open_window(qtbot, Journal.open(story.path, PASSPHRASE), settings)
    press(Qt.Key.Key_2, CTRL)  # Sessions
    press(Qt.Key.Key_Return)  # open the first
    qtbot.waitUntil(lambda: isinstance(QApplication.activeWindow(), RecordEditor))
    editor = QApplication.activeWindow()
    notes = editor.form.field("notes")
    file = tmp_path / "slides.pdf"
    file.write_bytes(b"%PDF-1.7\n" + b"y" * 2000)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(file))])
    editor.form.tabs.setCurrentWidget(notes.parentWidget())
    drop(notes.edit.viewport(), mime)
    qtbot.waitUntil(lambda: editor.attachments.list.count() == 1)
    assert editor.attachments.names() == ["slides.pdf — 2.0 KB"]
    found = attachments.attachments_of("session", story.session)
    assert [a.name for a in found] == ["slides.pdf"]
    assert f"[slides.pdf](mj-attachment:{found[0].sha256})" in notes.value()
    assert str(file) not in notes.value()  # not the path as text

    text = QMimeData()
    text.setText("plain words")
    drop(notes.edit.viewport(), text)
    assert "plain words" in notes.value()
    assert editor.attachments.list.count() == 1
