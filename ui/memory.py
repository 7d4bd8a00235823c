"""Give the heap's free memory back to the system after heavy one-off work.

CPython's small objects live in its own arenas, but everything larger (the rows of a
query, the strings of a search page, the charts' paths and pictures, Qt's own
allocations) comes from the C library's ``malloc``. glibc keeps memory that was freed
for reuse instead of returning it: after Insights computed every chart for "All" or a
search filled a page, the window's resident memory stays about 10 MB higher although
nothing holds those bytes any more. ``malloc_trim(0)`` hands the free pages at the top
of the heap and the whole free pages inside it back to the system (``madvise``), so
the figure the system shows for the window is what it uses.

It frees nothing that is in use and changes no data: the next allocation takes pages
from the system again (a few page faults, well under a millisecond for what a range
switch allocates). Where the C library has no ``malloc_trim`` (macOS, Windows, musl)
``give_back`` does nothing.

``give_back_later`` is for work that repeats quickly (a search per keystroke): it gives
back once the work has paused for a moment, not after every repetition.
"""

from __future__ import annotations

import ctypes
import logging
import sys
from collections.abc import Callable

from PySide6.QtCore import QTimer

log = logging.getLogger(__name__)

_trim: Callable[[int], int] | None = None
_looked = False
_timer: QTimer | None = None
#: How long ``give_back_later`` waits for the work to pause (ms).
PAUSE_MS = 1500


def _malloc_trim() -> Callable[[int], int] | None:
    """glibc's ``malloc_trim``, or ``None`` where the C library has none."""
    global _trim, _looked
    if not _looked:
        _looked = True
        if sys.platform.startswith("linux"):
            try:
                libc = ctypes.CDLL(None)  # the process's own symbols: its C library's
                trim = libc.malloc_trim  # AttributeError on musl
            except (OSError, AttributeError):
                trim = None
            if trim is not None:
                trim.argtypes = [ctypes.c_size_t]
                trim.restype = ctypes.c_int
                _trim = trim
    return _trim


def give_back() -> bool:
    """Return the heap's free memory to the system; whether anything could be asked.

    Call it after heavy one-off work (Insights drawing a range, a search page filled),
    not in a loop: it walks the heap's free lists (about a millisecond).
    """
    trim = _malloc_trim()
    if trim is None:
        return False
    try:
        trim(0)
    except OSError:  # never expected; the memory is then simply kept
        log.debug("malloc_trim failed", exc_info=True)
        return False
    return True


def give_back_later(pause_ms: int | None = None) -> None:
    """``give_back`` once nothing has called this for ``pause_ms`` (``PAUSE_MS``): one
    timer, restarted by every call."""
    global _timer
    if _timer is None:
        _timer = QTimer()
        _timer.setSingleShot(True)
        _timer.timeout.connect(lambda: give_back())
    _timer.start(PAUSE_MS if pause_ms is None else pause_ms)


def pending() -> bool:
    """Whether a ``give_back_later`` is still waiting."""
    return _timer is not None and _timer.isActive()
