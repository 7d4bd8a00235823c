"""Run slow work (key derivation, backups, export, import, re-keying) off the UI thread.

``Task(fn)`` runs ``fn`` on a ``QThreadPool`` thread; its signals report the
outcome on the UI thread: ``succeeded(result)`` or ``failed(message)``, then always
``finished()``. ``fn`` may report ``progress(done, total)`` through
``task.report``. A ``JournalError`` becomes its own one-line message; anything
else is logged (type and stack only, never the message, which might quote
journal text) and reported with a generic message.

The journal gives each thread its own connection. Work that reads or writes
the journal runs inside ``journal_work(journal, fn)``, which gives the pool
thread's connection back (``Journal.release_thread``) before the task reports
back, so no stray connection outlives the work (a re-key or a lock needs the
file to itself).
``busy()`` tells whether any task is still running (auto-lock waits for it).
"""

from __future__ import annotations

import logging
import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt, QThreadPool, Signal

from mentorjournal.errors import JournalError

from . import core_messages

log = logging.getLogger(__name__)

UNEXPECTED = QT_TRANSLATE_NOOP(
    "workers", "Something unexpected went wrong; nothing was changed. Details are in the log."
)


def describe_exception(exc: BaseException) -> str:
    """Exception type and stack frames, without the exception's message."""
    frames = "".join(traceback.format_tb(exc.__traceback__))
    return f"{type(exc).__module__}.{type(exc).__qualname__}\n{frames}"


_running = 0
_running_lock = threading.Lock()


def busy() -> bool:
    """True while any ``Task`` is running."""
    return _running > 0


def _count(step: int) -> None:
    global _running
    with _running_lock:
        _running += step


def journal_work(journal, fn: Callable[..., Any]) -> Callable[..., Any]:
    """Wrap ``fn`` so the pool thread's connection to ``journal`` is closed after it.

    Arguments are passed on (``progress.run`` gives its work a progress callback).
    The journal's connection is looked up at the end because a re-key replaces it.
    """

    def run(*args: Any) -> Any:
        try:
            return fn(*args)
        finally:
            journal.release_thread()

    return run


class Task(QObject):
    """A callable run on a pool thread; its signals arrive on the UI thread."""

    succeeded = Signal(object)
    failed = Signal(str)
    finished = Signal()
    progressed = Signal(int, int)

    def __init__(self, fn: Callable[[], Any]) -> None:
        super().__init__()
        self._fn = fn
        self.thread_id: int | None = None

    def connect(
        self,
        on_success: Callable[[Any], None],
        on_failure: Callable[[str], None],
        on_finished: Callable[[], None],
    ) -> None:
        """Connect handlers; queued, so they always run on the UI thread."""
        queued = Qt.ConnectionType.QueuedConnection
        self.succeeded.connect(on_success, queued)
        self.failed.connect(on_failure, queued)
        self.finished.connect(on_finished, queued)

    def report(self, done: int, total: int) -> None:
        """A progress callback for the core (called on the pool thread)."""
        self.progressed.emit(int(done), int(total))

    def start(self, pool: QThreadPool | None = None) -> None:
        _count(+1)
        (pool or QThreadPool.globalInstance()).start(self._run)

    def _run(self) -> None:  # on the pool thread; the frame keeps ``self`` alive
        self.thread_id = threading.get_ident()
        try:
            result = self._fn()
        except JournalError as exc:
            self.failed.emit(core_messages.text_of(exc))
        except Exception as exc:
            log.error("background task failed: %s", describe_exception(exc))
            self.failed.emit(QCoreApplication.translate("workers", UNEXPECTED))
        else:
            self.succeeded.emit(result)
        finally:
            _count(-1)
        self.finished.emit()
