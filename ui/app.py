"""Start the window: ``main(args)`` with ``--demo``, ``--journal PATH`` or a journal path.

Flow: the start dialog (create / open / unlock, or the demo) gives an open
journal; the main window shows it; locking it (Ctrl+L, after idle minutes,
when the screen locks or the computer sleeps) shows the unlock dialog again
and empties the clipboard of what was copied from the journal. The
controller also owns what spans both: preferences and the Settings dialog,
the theme, the idle lock, the session watcher, the clipboard guard, the
daily automatic backup, and restoring a backup (lock, replace, reopen).
Unexpected exceptions are logged (type and stack, never the message, which
could quote journal text) and reported with a friendly dialog.

Start-up imports only what the first dialog needs; the main window, the
Settings dialog and the backup and exchange modules are imported when first
used, or just after the first dialog appears (``prewarm``), while the user
types the passphrase. What only matters once a journal is open - the idle
lock, the clipboard guard, the session watcher, the signal handler - is made
once the first dialog is on screen (``StartDialog.on_screen``), not before it.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
import types
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication, QWidget

import mentorjournal
from mentorjournal import APP_NAME
from mentorjournal.storage import fsutil, keychain

from . import i18n, theme
from .settings import Preferences, load_preferences, load_theme, save_preferences
from .start_dialog import StartDialog

if TYPE_CHECKING:
    from mentorjournal.storage.backups import Backups
    from mentorjournal.storage.crypto import KdfProfile, RawKey
    from mentorjournal.storage.journal import Journal

    from .backup_ui import AutoBackup
    from .clipboard import ClipboardGuard
    from .demo_journal import DemoFolder
    from .idle import IdleLock
    from .main_window import MainWindow
    from .session_lock import SessionWatcher
    from .termination import QuitOnSignal

log = logging.getLogger(__name__)

ORGANISATION = "MentorJournal"

PREWARM_DELAY_MS = 100
#: Imported just after the first dialog shows, so that unlocking finds them loaded.
LATER_MODULES = (
    "mentorjournal.storage.journal",
    "ui.main_window",
    "ui.settings_dialog",
    "ui.backup_ui",
    "ui.exchange_ui",
    "keyring",
)


def prewarm() -> None:
    """Import what the main window needs (the first dialog is already on screen)."""
    for name in LATER_MODULES:
        try:
            importlib.import_module(name)
        except ImportError as exc:  # keyring without a backend, say: it says so when used
            log.info("not preloaded: %s (%s)", name, type(exc).__name__)


def name_this_process() -> None:
    """How other processes name us while we hold a journal (before the first one opens)."""
    from mentorjournal.storage import lock  # not before the first dialog is on screen

    lock.set_program("the MentorJournal window")


def parse_args(args: list[str]) -> argparse.Namespace:
    """The window's own options: ``[--demo | --journal PATH | PATH]``, ``--help``, ``--version``."""
    return _plain_options(args) or _parsed_options(args)


def _plain_options(args: list[str]) -> argparse.Namespace | None:
    """The usual forms (none, ``--demo``, ``--journal PATH``, ``PATH``) read without building
    the parser: argparse looks up its translations as it is built (gettext, ``locale``), a
    few milliseconds of the first window. Anything else (help, version, an abbreviation,
    ``--journal=PATH``, a mistake) is None: ``_parsed_options`` reads it, as always."""
    path = journal = None
    if args == ["--demo"]:
        return argparse.Namespace(path=None, journal=None, demo=True)
    if len(args) == 2 and args[0] == "--journal" and not args[1].startswith("-"):
        journal = Path(args[1])
    elif len(args) == 1 and not args[0].startswith("-"):
        path = journal = Path(args[0])
    elif args:
        return None
    return argparse.Namespace(path=path, journal=journal, demo=False)


def _parsed_options(args: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="mentorjournal-gui",
        description="Open the MentorJournal window: the journal given, the last one used, or the start page.",
        epilog="Without a window: mentorjournal COMMAND (mentorjournal --help lists the commands).",
    )
    parser.add_argument(
        "path",
        nargs="?",
        type=Path,
        metavar="JOURNAL",
        help="a journal file to open (what a file manager's Open with passes)",
    )
    parser.add_argument(
        "--journal", type=Path, metavar="PATH", help="the journal file to open or create"
    )
    parser.add_argument("--demo", action="store_true", help="open a freshly generated demo journal")
    parser.add_argument(
        "--version", action="version", version=f"%(prog)s {mentorjournal.__version__}"
    )
    options = parser.parse_args(args)
    if options.path is not None and options.journal is not None:
        parser.error("give the journal once: as --journal PATH or as JOURNAL")
    options.journal = options.journal or options.path
    if options.demo and options.journal is not None:
        parser.error("--demo opens a new demo journal: give no other journal with it")
    return options


def make_application(argv: list[str] | None = None, *, icon: bool = True) -> QApplication:
    """The application with its names (QSettings), plurals and, unless ``icon`` is False
    (``main`` sets it once the first dialog is painted: ``set_icon``), its icon."""
    app = QApplication.instance() or QApplication(argv or [sys.argv[0]])
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(mentorjournal.__version__)
    if icon:
        set_icon(app)
    i18n.install_english_plurals()
    app.setDesktopFileName(
        "io.github.mentorjournal.MentorJournal"
    )  # Wayland takes the icon from it
    return app


def set_icon(app: QApplication) -> None:
    from . import icons  # finds the images through importlib.resources

    app.setWindowIcon(icons.app_icon())


_reporting = False


def excepthook(
    exc_type: type[BaseException], exc: BaseException, tb: types.TracebackType | None
) -> None:
    """Log an unexpected error without its message and tell the user kindly."""
    global _reporting
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    exc.__traceback__ = tb
    from . import alerts
    from .workers import describe_exception

    log.error("unexpected error: %s", describe_exception(exc))
    if _reporting or QApplication.instance() is None:
        return
    _reporting = True
    try:
        alerts.error(
            None,
            QCoreApplication.translate("app", "Something unexpected went wrong."),
            QCoreApplication.translate(
                "app",
                "Your journal is saved after every change. If this happens again, restart "
                "MentorJournal; the log has details for a bug report (no journal text).",
            ),
        )
    finally:
        _reporting = False


class Controller:
    """Owns the start dialog and the main window for one run of the app."""

    def __init__(
        self,
        settings: QSettings,
        chain: keychain.Keychain,
        kdf: KdfProfile | None = None,
        *,
        session: SessionWatcher | None = None,
    ) -> None:
        self.settings = settings
        self.chain = chain
        if kdf is None:
            from mentorjournal.storage import crypto

            kdf = crypto.STANDARD
        self.kdf = kdf
        self.window: MainWindow | None = None
        self.demo_folder: Path | None = None
        self._demo: DemoFolder | None = None
        self._preferences: Preferences | None = None  # read when first asked (after the dialog)
        self._idle: IdleLock | None = None
        self._clipboard: ClipboardGuard | None = None
        #: Screen lock and sleep (made with the window, on the real buses, unless given).
        self.session = session
        self._auto_backup: AutoBackup | None = None
        self._pending_restore: tuple[Path, RawKey] | None = None
        theme.apply(load_theme(settings))

    @property
    def preferences(self) -> Preferences:
        """The saved preferences (the backup policy is in the core's settings file)."""
        if self._preferences is None:
            self._preferences = load_preferences(self.settings)
        return self._preferences

    @preferences.setter
    def preferences(self, prefs: Preferences) -> None:
        self._preferences = prefs

    @property
    def idle(self) -> IdleLock:
        """The idle lock (made once the first dialog is on screen, or when first asked)."""
        if self._idle is None:
            from .idle import IdleLock

            self._idle = IdleLock(self.preferences.idle_minutes)
        return self._idle

    @property
    def clipboard(self) -> ClipboardGuard:
        """The clipboard guard with the preferred time limit (made like ``idle``)."""
        if self._clipboard is None:
            from . import clipboard

            self._clipboard = clipboard.install(self.preferences.clipboard_seconds)
        return self._clipboard

    def on_screen(self) -> None:
        """The first dialog is painted: make the rest, then import what unlocking needs."""
        _ = self.idle, self.clipboard
        QTimer.singleShot(PREWARM_DELAY_MS, prewarm)

    @property
    def auto_backup(self) -> AutoBackup:
        if self._auto_backup is None:
            from .backup_ui import AutoBackup

            self._auto_backup = AutoBackup(self.backups_for)
        return self._auto_backup

    def start_dialog(self, parent: QWidget | None = None) -> StartDialog:
        return StartDialog(
            self.settings, self.chain, kdf=self.kdf, make_demo=self.make_demo, parent=parent
        )

    def make_demo(self) -> tuple[Path, str]:
        """Runs on a pool thread: a new demo journal in a new temporary folder (and the
        folders of demos whose app was killed removed first)."""
        from . import demo_journal

        demo_journal.sweep_left_behind()
        folder = demo_journal.DemoFolder()
        self._demo = folder
        self.demo_folder = folder.path
        return demo_journal.make_demo_journal(folder.path, kdf=self.kdf)

    def remove_demo(self) -> None:
        """The demo journal is a throwaway: delete it when the app ends."""
        if self._demo is not None:
            self._demo.remove()
            self._demo = None
            self.demo_folder = None

    def first_journal(
        self, path: Path | None, demo: bool, on_screen: Callable[[], None] | None = None
    ) -> Journal | None:
        """The start dialog's journal; ``on_screen`` runs too once the dialog is painted."""
        dialog = self.start_dialog()
        dialog.on_screen.connect(self.on_screen)
        if on_screen is not None:
            dialog.on_screen.connect(on_screen)
        if demo:
            dialog.show_welcome()
            dialog.start_demo()
        else:
            dialog.show_start_page(path)
        dialog.exec()
        return dialog.journal

    def unlock_again(self, parent: QWidget | None, path: Path) -> Journal | None:
        if self._pending_restore is not None:
            restored = self._restore(parent, path)
            if restored is not None:
                return restored
        dialog = self.start_dialog(parent)
        dialog.show_unlock(path)
        dialog.exec()
        journal = dialog.journal
        dialog.deleteLater()
        return journal

    def show_window(self, journal: Journal) -> MainWindow:
        from .main_window import MainWindow

        window = MainWindow(journal, self.settings, self.unlock_again)
        self.window = window
        window.unlocked.connect(self._journal_unlocked)
        window.locked.connect(self._journal_locked)
        window.settings_requested.connect(self.open_settings)
        window.backup_requested.connect(self.back_up_now)
        window.export_requested.connect(self.export)
        window.import_requested.connect(self.import_json)
        window.health.restore_requested.connect(self.restore_backup)
        self.idle.timed_out.connect(window.lock)
        if self.session is None:
            from .session_lock import SessionWatcher

            self.session = SessionWatcher()
        self.session.lock_requested.connect(lambda _reason: window.lock())
        self.auto_backup.done.connect(lambda text: window.statusBar().showMessage(text, 8000))
        self.auto_backup.failed.connect(lambda text: window.statusBar().showMessage(text, 30000))
        window.show()
        self._journal_unlocked()  # the window was built with the journal already open
        return window

    # -- preferences and settings --------------------------------------------

    def backups_for(self, journal_path: Path) -> Backups:
        return self.preferences.backups(journal_path)

    def apply_preferences(self, prefs: Preferences) -> None:
        """Save and apply at once: the idle time counts from now, the theme switches."""
        self.preferences = prefs
        save_preferences(self.settings, prefs)
        self.idle.set_minutes(prefs.idle_minutes)
        self.clipboard.set_clear_seconds(prefs.clipboard_seconds)
        if theme.current() != prefs.theme:
            theme.apply(prefs.theme)

    def open_settings(self) -> None:
        window = self.window
        if window is None or window.journal is None:
            return
        from .settings_dialog import SettingsDialog

        window.settle()  # the dialog may re-key the journal: nothing else may query it meanwhile
        result, accepted = SettingsDialog.edit(self.preferences, window.journal, self.chain, window)
        if accepted:
            self.apply_preferences(result.preferences)
        if result.imported:
            window.reload()
        if result.restore_request is not None:
            self.restore_backup(*result.restore_request)

    def _journal_unlocked(self) -> None:
        window = self.window
        if window is None or window.journal is None:
            return
        self.idle.start()
        if self.session is not None:
            self.session.arm()  # sleep waits until the journal is locked
        self.auto_backup.run_if_due(window.journal)

    def _journal_locked(self) -> None:
        """Locked (Ctrl+L, idle, screen lock, sleep): nothing to count, to delay, to paste."""
        self.idle.stop()
        self.clipboard.clear_now()
        if self.session is not None:
            self.session.disarm()

    # -- menu actions ----------------------------------------------------------

    def back_up_now(self) -> None:
        window = self.window
        if window is not None and window.journal is not None:
            from . import backup_ui

            backups = self.backups_for(window.journal.path)
            made = backup_ui.backup_now(window, window.journal, backups)
            if made is not None:  # a second location out of reach is said, not hidden
                window.statusBar().showMessage(
                    backups.second_problem
                    or QCoreApplication.translate("Controller", "Backup written."),
                    15000,
                )

    def export(self) -> None:
        window = self.window
        if window is not None and window.journal is not None:
            from . import exchange_ui

            exchange_ui.export_journal(window, window.journal)

    def import_json(self) -> None:
        window = self.window
        if window is not None and window.journal is not None:
            backups = self.backups_for(window.journal.path)
            from .import_dialog import open_import

            open_import(window, window.journal, backups)  # reloads the window after an import

    # -- restoring a backup ---------------------------------------------------

    def restore_backup(self, backup: Path, key: RawKey) -> None:
        """Lock (editors are saved, the journal closed), then restore and reopen.

        ``MainWindow.lock`` asks to unlock again through ``unlock_again``,
        which finds the pending restore and does it instead of asking.
        """
        if self.window is None or self.window.journal is None:
            return
        self._pending_restore = (backup, key)
        self.window.lock()

    def _restore(self, parent: QWidget | None, path: Path) -> Journal | None:
        backup, key = self._pending_restore
        self._pending_restore = None
        backups = self.backups_for(path)
        from mentorjournal.errors import JournalError

        from . import alerts, core_messages, progress

        outcome = progress.run(
            parent,
            QCoreApplication.translate("Controller", "Restoring"),
            QCoreApplication.translate("Controller", "Restoring the backup…"),
            lambda _report: backups.restore(backup, key=key),
        )
        if not outcome.ok:
            alerts.error(
                parent,
                QCoreApplication.translate(
                    "Controller", "The backup was not restored; the journal is unchanged."
                ),
                outcome.message,
            )
            return None
        from mentorjournal.storage.journal import Journal

        try:
            journal = Journal.open_with_key(path, key)
        except JournalError as exc:
            alerts.error(
                parent,
                QCoreApplication.translate("Controller", "The restored journal did not open."),
                core_messages.text_of(exc),
            )
            return None
        finally:
            key.wipe()  # the open journal keeps its own copy
        log.info("journal reopened after a restore")
        alerts.info(
            parent,
            QCoreApplication.translate("Controller", "The backup is restored."),
            QCoreApplication.translate(
                "Controller", "The journal as it was before is kept among the backups."
            ),
        )
        return journal


def main(args: list[str] | None = None) -> int:
    """Run the window; ``args`` default to the command line (the ``mentorjournal-gui`` entry point)."""
    options = parse_args(sys.argv[1:] if args is None else list(args))
    logging.basicConfig(
        level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    fsutil.use_private_umask()
    app = make_application(icon=False)
    i18n.install(i18n.language_choice())
    sys.excepthook = excepthook
    quitters: list[QuitOnSignal] = []

    def on_screen() -> None:  # signals before the first paint end the process as usual
        from .termination import QuitOnSignal

        if not quitters:
            set_icon(app)  # every window takes it now: the task bar's too
            name_this_process()
            quitters.append(QuitOnSignal(app))

    if options.demo:
        name_this_process()  # the demo journal is made at once
    controller = Controller(QSettings(), keychain.Keychain())
    try:
        journal = controller.first_journal(options.journal, options.demo, on_screen)
        on_screen()  # (a dialog closed before it was painted)
        quitter = quitters[0]
        if quitter.requested:
            if journal is not None:
                journal.close()
            return 128 + (quitter.signum or 0)
        if journal is None:
            return 0
        controller.show_window(journal)
        return app.exec()
    finally:
        if controller.window is not None and controller.window.journal is not None:
            controller.window.journal.close()
        QThreadPool.globalInstance().waitForDone(30_000)  # a demo still being written, say
        controller.remove_demo()
        from . import clipboard

        clipboard.clear_now()  # a clipboard manager would otherwise keep it at exit
        if controller.session is not None:
            controller.session.detach()
        for quitter in quitters:
            quitter.uninstall()
