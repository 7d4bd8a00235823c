"""Lock the journal after a number of idle minutes.

``IdleLock`` watches the whole application (an event filter on the
``QApplication``): any key press, mouse click or move, wheel turn or touch
restarts its timer. When the timer runs out it emits ``timed_out``; the
controller connects that to ``MainWindow.lock``. While background work is
running (a backup, an export, a re-key) the lock waits for it to end.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

from . import workers
from .settings import MIN_IDLE_MINUTES

log = logging.getLogger(__name__)

#: Events that count as the user being present.
INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TabletPress,
        QEvent.Type.ShortcutOverride,
    }
)

#: How long to look again when busy work holds the lock back.
BUSY_RETRY_MS = 5_000


class IdleLock(QObject):
    """Emits ``timed_out`` after ``interval`` ms without user input (0 = never)."""

    timed_out = Signal()

    def __init__(self, minutes: int = 0, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._expired)
        self._interval_ms = 0
        self._active = False
        self.set_minutes(minutes)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    # -- configuration -----------------------------------------------------

    def set_minutes(self, minutes: int) -> None:
        """Takes effect at once; the idle time counts from now. 0 (or less) is never;
        anything else is at least ``MIN_IDLE_MINUTES`` (one minute)."""
        minutes = int(minutes)
        self.set_interval_ms(0 if minutes <= 0 else max(MIN_IDLE_MINUTES, minutes) * 60_000)

    def set_interval_ms(self, interval_ms: int) -> None:
        self._interval_ms = max(0, int(interval_ms))
        self._restart()

    @property
    def interval_ms(self) -> int:
        return self._interval_ms

    def is_running(self) -> bool:
        return self._timer.isActive()

    # -- journal open / locked ----------------------------------------------

    def start(self) -> None:
        """The journal is open: count idle time."""
        self._active = True
        self._restart()

    def stop(self) -> None:
        """The journal is locked: nothing to lock."""
        self._active = False
        self._timer.stop()

    def detach(self) -> None:
        self.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    # -- internals -----------------------------------------------------------

    def _restart(self) -> None:
        if self._active and self._interval_ms > 0:
            self._timer.start(self._interval_ms)
        else:
            self._timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt override
        if self._active and event.type() in INPUT_EVENTS:
            self._restart()
        return False

    def _expired(self) -> None:
        if not self._active:
            return
        if workers.busy():
            self._timer.start(min(BUSY_RETRY_MS, self._interval_ms))
            return
        log.info("idle time reached; locking")
        self.timed_out.emit()
