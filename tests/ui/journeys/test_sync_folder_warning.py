"""Journey: a journal in a Dropbox folder, with a conflicted copy beside it, opened in the
window: a bar says what to do; "Don't show again for this journal" (a click) hides it for
good - the next unlock shows no bar. No path in clear in QSettings, only a hash.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from mentorjournal.storage.journal import Journal
from tests.conftest import FAST, PASSPHRASE
from tests.ui.journeys.keys import click, in_modal, press, press_in, type_keys
from ui import app
from ui.start_dialog import StartDialog


@pytest.fixture
def controller(qtbot, settings, chain):
    made = app.Controller(settings, chain, kdf=FAST)
    yield made
    made.idle.detach()
    if made.window is not None:
        made.window.close()


def test_a_journal_in_dropbox_is_warned_about_until_told_not_to(
    qtbot, controller, settings, journal_file, tmp_path
):
    folder = tmp_path / "Dropbox" / "notes"
    folder.mkdir(parents=True)
    path = folder / "mine.mjournal"
    shutil.move(journal_file, path)
    shutil.copy(path, folder / "mine (conflicted copy 2026-03-01).mjournal")
    window = controller.show_window(Journal.open(path, PASSPHRASE))
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: not controller.auto_backup.is_running(), timeout=10_000)
    bar = window.health.area.bar("placement")
    assert bar is not None and bar.isVisible()
    assert "inside a Dropbox folder" in bar.text and "Move the journal" in bar.text
    assert "second backup location" in bar.text
    assert "conflicted copy" in bar.text and "import" in bar.text
    (hide,) = [b for b in bar.buttons if "Don't show again" in b.text()]
    click(hide)
    qtbot.waitUntil(lambda: window.health.area.bar("placement") is None)
    settings.sync()
    stored = Path(settings.fileName()).read_text(encoding="utf-8")
    assert "placement_hidden" in stored and "Dropbox" not in stored

    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)

    def unlock(dialog: StartDialog) -> None:
        type_keys(PASSPHRASE)
        press(Qt.Key.Key_Return)

    walk = in_modal(StartDialog, unlock)
    press_in(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: walk.ran or bool(walk.errors), timeout=10_000)
    qtbot.waitUntil(lambda: window.journal is not None, timeout=10_000)
    walk.check()
    assert window.health.area.bar("placement") is None  # not again for this journal
