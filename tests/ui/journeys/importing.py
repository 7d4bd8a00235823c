"""Helpers of the import journeys: File ▸ Import… opened by keys, the dialog walked by keys.

``open_window_with_import`` shows the main window on a real journal and
connects File ▸ Import… the way ``ui.app`` does (the dialog, with this test's
backup folder). Everything else is keys where the focus is.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from mentorjournal.storage.backups import Backups
from mentorjournal.storage.journal import Journal
from tests.conftest import PASSPHRASE
from tests.ui.journeys.window_keys import ALT, open_window, press
from ui.import_dialog import ImportDialog, open_import

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "imports"


def open_window_with_import(qtbot, journal_path: Path, settings, backup_folder: Path):
    window = open_window(qtbot, Journal.open(journal_path, PASSPHRASE), settings)
    backups = Backups(journal_path, backup_folder)
    window.import_requested.connect(lambda: open_import(window, window.journal, backups))
    return window, backups


def file_menu_import(qtbot, window) -> ImportDialog:
    """Alt+F, then I (File ▸ &Import…): the dialog comes up with the focus in it."""

    def in_menu() -> None:
        popup = QApplication.activePopupWidget()
        if popup is None:
            QTimer.singleShot(20, in_menu)
            return
        QTest.keyClick(popup, Qt.Key.Key_I)

    # A dialog closed: a window manager gives the window its activation back; the
    # offscreen platform needs asking.
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    QTimer.singleShot(0, in_menu)
    press(Qt.Key.Key_F, ALT)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), ImportDialog))
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, ImportDialog)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.path, timeout=5000)
    return dialog


def wait_idle(qtbot, dialog: ImportDialog, timeout: int = 60_000) -> None:
    qtbot.waitUntil(lambda: not dialog.running, timeout=timeout)
