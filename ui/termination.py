"""End the app cleanly on SIGTERM, SIGINT (Ctrl+C in a terminal) and SIGHUP.

Python runs a signal handler only when the interpreter gets control, which
it may not for a long time while Qt's event loop waits in C++. So the
handler is woken through a socket: ``signal.set_wakeup_fd`` writes the
signal's number to it, a ``QSocketNotifier`` on its other end wakes the
event loop, and the handler runs at once. The handler then does what
closing the windows by hand does: every window is closed (the main window
saves its editors and closes the journal) and every event loop, modal
dialogs' included, is left. ``ui.app.main`` then removes a demo journal's
temporary folder in its ``finally``. A second signal of the same kind while
that runs ends the process at once (the default action).
"""

from __future__ import annotations

import logging
import signal
import socket

from PySide6.QtCore import QObject, QSocketNotifier, QTimer
from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)

SIGNALS = tuple(
    getattr(signal, name) for name in ("SIGTERM", "SIGINT", "SIGHUP") if hasattr(signal, name)
)


class QuitOnSignal(QObject):
    """Installed once, after the ``QApplication`` exists; ``signum`` tells which signal came, if one did."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app
        self.signum: int | None = None
        self._reader, self._writer = socket.socketpair()
        for end in (self._reader, self._writer):
            end.setblocking(False)
        self._previous_fd = signal.set_wakeup_fd(self._writer.fileno(), warn_on_full_buffer=False)
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._drain)
        self._previous = {signum: signal.signal(signum, self._handle) for signum in SIGNALS}

    @property
    def requested(self) -> bool:
        return self.signum is not None

    def _drain(self) -> None:
        try:
            while self._reader.recv(64):
                pass
        except (BlockingIOError, InterruptedError):
            pass

    def _handle(self, signum: int, _frame: object) -> None:
        if self.signum is None:
            self.signum = signum
            log.info("ending on signal %s", signal.Signals(signum).name)
            signal.signal(signum, signal.SIG_DFL)  # a second one ends the process
            QTimer.singleShot(0, self._quit)

    def _quit(self) -> None:
        QApplication.closeAllWindows()  # the main window saves and closes the journal
        self._app.exit(128 + (self.signum or 0))  # leaves every event loop, nested ones too

    def uninstall(self) -> None:
        """Give the signals back their earlier handlers (tests install this more than once)."""
        for signum, handler in self._previous.items():
            if signal.getsignal(signum) in (self._handle, signal.SIG_DFL):
                signal.signal(signum, handler)
        signal.set_wakeup_fd(self._previous_fd)
        self._notifier.setEnabled(False)
        self._reader.close()
        self._writer.close()
