"""ui/clipboard.py: copied journal text is marked secret and leaves the clipboard in time."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QClipboard, QGuiApplication
from PySide6.QtWidgets import QApplication, QLineEdit, QTextEdit

from ui import clipboard


@pytest.fixture
def guard(qtbot) -> Iterator[clipboard.ClipboardGuard]:
    made = clipboard.install(clipboard.DEFAULT_CLEAR_SECONDS)
    made.clear_now()
    QGuiApplication.clipboard().clear()
    yield made
    made.clear_now()
    made.set_clear_seconds(clipboard.DEFAULT_CLEAR_SECONDS)


def board() -> QClipboard:
    return QGuiApplication.clipboard()


def test_copy_secret_marks_the_text_for_clipboard_managers(guard):
    clipboard.copy_secret("the recovery key")
    mime = board().mimeData()
    assert board().text() == "the recovery key"
    assert bytes(mime.data("x-kde-passwordManagerHint")) == b"secret"
    assert clipboard.is_marked(mime)
    assert guard.holds_ours()


def test_the_platforms_own_hints():
    windows = clipboard.secret_mime_data("x", "win32")
    assert bytes(windows.data("CanIncludeInClipboardHistory")) == b"\0\0\0\0"
    assert bytes(windows.data("CanUploadToCloudClipboard")) == b"\0\0\0\0"
    assert windows.hasFormat("ExcludeClipboardContentFromMonitorProcessing")
    assert not windows.hasFormat("x-kde-passwordManagerHint")
    assert clipboard.secret_mime_data("x", "freebsd14").hasFormat("x-kde-passwordManagerHint")
    assert clipboard.secret_mime_data("x", "darwin").formats() == ["text/plain"]


def test_cleared_after_the_set_time(qtbot, guard):
    guard.set_clear_seconds(1)
    clipboard.copy_secret("a session's notes")
    qtbot.wait(300)
    assert board().text() == "a session's notes"  # not at once
    qtbot.waitUntil(lambda: board().text() == "", timeout=3000)
    assert not guard.holds_ours()


def test_zero_keeps_it(qtbot, guard):
    guard.set_clear_seconds(0)
    clipboard.copy_secret("kept")
    qtbot.wait(1300)
    assert board().text() == "kept"
    guard.clear_now()  # the lock still empties it
    assert board().text() == ""


def test_text_someone_else_copied_since_is_left_alone(qtbot, guard, monkeypatch):
    guard.set_clear_seconds(1)
    clipboard.copy_secret("journal text")
    # Another program takes the clipboard (here the platform says we no longer own it).
    monkeypatch.setattr(clipboard.ClipboardGuard, "_owns", lambda self, mode: False)
    board().setText("a shopping list")
    qtbot.wait(1500)
    guard.clear_now()
    assert board().text() == "a shopping list"


def test_a_fields_own_ctrl_c_is_marked_and_timed(qtbot, guard):
    guard.set_clear_seconds(1)
    field = QLineEdit("Talked about delegation")
    field.setReadOnly(True)
    qtbot.addWidget(field)
    field.show()
    field.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is field)
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(field, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert board().text() == "Talked about delegation"
    qtbot.waitUntil(lambda: clipboard.is_marked(board().mimeData()), timeout=2000)
    assert board().text() == "Talked about delegation"  # the same text, now marked
    qtbot.waitUntil(lambda: board().text() == "", timeout=3000)


class SecretTextEdit(QTextEdit):
    """How an editor hands its copies over: its own data, marked."""

    def createMimeDataFromSelection(self) -> QMimeData:  # Qt override
        return clipboard.mark_secret(super().createMimeDataFromSelection())


def test_an_editor_that_marks_its_own_copies(qtbot, guard):
    guard.set_clear_seconds(1)
    editor = SecretTextEdit()
    editor.setPlainText("A reflection on feedback")
    qtbot.addWidget(editor)
    editor.show()
    editor.selectAll()
    editor.copy()
    mime = board().mimeData()
    assert clipboard.is_marked(mime) and mime.hasHtml()
    assert board().text() == "A reflection on feedback"
    qtbot.waitUntil(lambda: board().text() == "", timeout=3000)
