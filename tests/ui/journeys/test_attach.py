"""Journey: attach a file and paste a picture into a reflection, by keys. The file is
chosen in the (non-native) file dialog by typing its path; the picture comes from the
clipboard. Both are stored in the journal, listed with their sizes, referenced in the
text, and the picture is shown inline in the reading view from the journal's bytes.
A file over the limit gets a message naming the limit and nothing is stored."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QColor, QImage, QTextDocument
from PySide6.QtWidgets import QApplication, QFileDialog

from mentorjournal.domain import attachments
from mentorjournal.storage.journal import Journal
from tests.conftest import PASSPHRASE
from tests.ui.journeys.keys import in_modal
from tests.ui.journeys.keys import press as press_here
from tests.ui.journeys.keys import type_keys as type_here
from tests.ui.journeys.story import write_story
from tests.ui.journeys.window_keys import ALT, CTRL, focused, open_window, press
from ui.editors.editor import RecordEditor


@pytest.fixture
def story(tmp_path):
    return write_story(tmp_path / "story.mjournal")


@pytest.fixture
def window(qtbot, story, settings):
    return open_window(qtbot, Journal.open(story.path, PASSPHRASE), settings)


def open_newest_reflection(qtbot, window) -> RecordEditor:
    press(Qt.Key.Key_3, CTRL)  # Reflections, the newest one current
    press(Qt.Key.Key_Return)  # open it for editing
    qtbot.waitUntil(lambda: isinstance(QApplication.activeWindow(), RecordEditor))
    editor = QApplication.activeWindow()
    assert isinstance(editor, RecordEditor) and editor.attachments is not None
    return editor


def back_to(qtbot, window) -> None:
    """A dialog closed: a window manager gives the window its activation back; the
    offscreen platform needs asking."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)


def choose_in_file_dialog(path) -> object:
    def steps(dialog):
        type_here(str(path))  # the file name field has the focus
        press_here(Qt.Key.Key_Return)

    return in_modal(QFileDialog, steps)


def test_attach_by_button_and_paste_a_picture_shown_inline(qtbot, window, story, tmp_path):
    notes = tmp_path / "agenda notes.pdf"
    notes.write_bytes(b"%PDF-1.4\n" + b"x" * 3000)
    editor = open_newest_reflection(qtbot, window)
    panel = editor.attachments

    walk = choose_in_file_dialog(notes)
    press(Qt.Key.Key_F, ALT)  # "Attach &file…"
    qtbot.waitUntil(lambda: walk.ran and panel.list.count() == 1, timeout=20_000)
    walk.check()
    assert panel.names() == ["agenda notes.pdf — 2.9 KB"]
    body = editor.form.field("body")
    assert "[agenda notes.pdf](mj-attachment:" in body.value()
    assert "![agenda" not in body.value()  # a link, not a picture

    back_to(qtbot, editor)
    picture = QImage(40, 30, QImage.Format.Format_RGB32)
    picture.fill(QColor("darkorange"))
    QApplication.clipboard().setImage(picture)
    for _ in range(20):  # Tab to the text
        if focused() is body.edit:
            break
        press(Qt.Key.Key_Tab)
    assert focused() is body.edit
    press(Qt.Key.Key_End, CTRL)
    press(Qt.Key.Key_V, CTRL)  # paste
    qtbot.waitUntil(lambda: panel.list.count() == 2)
    assert panel.names()[1].startswith("pasted picture.png — ")
    found = [a for a in attachments.attachments_of("reflection", story.reflection)]
    sha = found[1].sha256
    assert found[1].mime == "image/png"
    assert f"![pasted picture.png](mj-attachment:{sha})" in body.value()
    qtbot.waitUntil(lambda: f"mj-attachment:{sha}" in body.preview.toHtml(), timeout=5000)

    press(Qt.Key.Key_Escape)  # close: saved first
    qtbot.waitUntil(lambda: not editor.isVisible())
    back_to(qtbot, window)
    pane = window.reflections_page.detail
    qtbot.waitUntil(lambda: f'src="mj-attachment:{sha}"' in pane.toHtml(), timeout=5000)
    assert (
        "Attachments (2)" in pane.toPlainText()
        and "agenda notes.pdf (2.9 KB)" in pane.toPlainText()
    )
    shown = pane.document().resource(
        QTextDocument.ResourceType.ImageResource.value, QUrl(f"mj-attachment:{sha}")
    )
    assert isinstance(shown, QImage) and (shown.width(), shown.height()) == (40, 30)
    assert shown.pixelColor(5, 5) == QColor("darkorange")  # the journal's bytes


def test_a_file_over_the_limit_is_refused_with_the_limit_named(qtbot, window, story, tmp_path):
    big = tmp_path / "huge video.mp4"
    with open(big, "wb") as fh:
        fh.truncate(attachments.MAX_SIZE + 1)  # sparse: no 50 MB written
    stored = attachments.total_size()
    editor = open_newest_reflection(qtbot, window)
    panel = editor.attachments
    walk = choose_in_file_dialog(big)
    press(Qt.Key.Key_F, ALT)
    qtbot.waitUntil(lambda: walk.ran and panel.message.isVisible(), timeout=20_000)
    walk.check()
    text = panel.message.text()
    assert text.startswith("Not attached: huge video.mp4 is 50.0 MB")
    assert "at most 50.0 MB" in text and "\n" not in text
    assert panel.list.count() == 0 and attachments.total_size() == stored
    assert "mj-attachment" not in editor.form.field("body").value()
