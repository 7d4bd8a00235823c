"""Start the window: ``main(args)`` with ``--demo`` or ``--journal PATH``.

Flow: the start dialog (create / open / unlock, or the demo) gives an open
journal; the main window shows it; locking it shows the unlock dialog again.
Unexpected exceptions are logged (type and stack, never the message, which
could quote journal text) and reported with a friendly dialog.
"""

from __future__ import annotations

import argparse
import logging
import shutil
import sys
import tempfile
import types
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget

import mentorjournal
from mentorjournal import APP_NAME, crypto, keychain
from mentorjournal.journal import Journal

from . import alerts
from .demo_journal import make_demo_journal
from .main_window import MainWindow
from .start_dialog import StartDialog
from .workers import describe_exception

log = logging.getLogger(__name__)

ORGANISATION = "MentorJournal"


def parse_args(args: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="mentorjournal", description="MentorJournal window")
    parser.add_argument("--demo", action="store_true", help="open a freshly generated demo journal")
    parser.add_argument("--journal", type=Path, metavar="PATH", help="the journal file to open or create")
    return parser.parse_args(args)


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or [sys.argv[0]])
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(mentorjournal.__version__)
    app.setDesktopFileName("mentorjournal")
    return app


_reporting = False


def excepthook(exc_type: type[BaseException], exc: BaseException, tb: types.TracebackType | None) -> None:
    """Log an unexpected error without its message and tell the user kindly."""
    global _reporting
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    exc.__traceback__ = tb
    log.error("unexpected error: %s", describe_exception(exc))
    if _reporting or QApplication.instance() is None:
        return
    _reporting = True
    try:
        alerts.error(
            None,
            "Something unexpected went wrong.",
            "Your journal is saved after every change. If this happens again, restart "
            "MentorJournal; the log has details for a bug report (no journal text).",
        )
    finally:
        _reporting = False


class Controller:
    """Owns the start dialog and the main window for one run of the app."""

    def __init__(self, settings: QSettings, chain: keychain.Keychain, kdf: crypto.KdfProfile = crypto.STANDARD) -> None:
        self.settings = settings
        self.chain = chain
        self.kdf = kdf
        self.window: MainWindow | None = None
        self.demo_folder: Path | None = None

    def start_dialog(self, parent: QWidget | None = None) -> StartDialog:
        return StartDialog(self.settings, self.chain, kdf=self.kdf, make_demo=self.make_demo, parent=parent)

    def make_demo(self) -> tuple[Path, str]:
        """Runs on a pool thread: a new demo journal in a new temporary folder."""
        folder = Path(tempfile.mkdtemp(prefix="mentorjournal-demo-"))
        self.demo_folder = folder
        return make_demo_journal(folder, kdf=self.kdf)

    def remove_demo(self) -> None:
        """The demo journal is a throwaway: delete it when the app ends."""
        if self.demo_folder is not None:
            shutil.rmtree(self.demo_folder, ignore_errors=True)
            self.demo_folder = None

    def first_journal(self, path: Path | None, demo: bool) -> Journal | None:
        dialog = self.start_dialog()
        if demo:
            dialog.show_welcome()
            dialog.start_demo()
        else:
            dialog.show_start_page(path)
        dialog.exec()
        return dialog.journal

    def unlock_again(self, parent: QWidget | None, path: Path) -> Journal | None:
        dialog = self.start_dialog(parent)
        dialog.show_unlock(path)
        dialog.exec()
        journal = dialog.journal
        dialog.deleteLater()
        return journal

    def show_window(self, journal: Journal) -> MainWindow:
        self.window = MainWindow(journal, self.settings, self.unlock_again)
        self.window.show()
        return self.window


def main(args: list[str] | None = None) -> int:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    options = parse_args(list(args or []))
    app = make_application()
    sys.excepthook = excepthook
    controller = Controller(QSettings(), keychain.Keychain())
    try:
        journal = controller.first_journal(options.journal, options.demo)
        if journal is None:
            return 0
        controller.show_window(journal)
        return app.exec()
    finally:
        if controller.window is not None and controller.window.journal is not None:
            controller.window.journal.close()
        controller.remove_demo()
