"""Copying from the journal: marked secret for clipboard managers, cleared after a while.

Everything the window puts on the clipboard goes through here:

- ``copy_secret(text)`` for an explicit Copy (the recovery key, a "Copy" button or action);
- ``mark_secret(mime)`` for widgets that build their own data (a ``QTextEdit`` or
  ``QPlainTextEdit`` subclass returns ``mark_secret(super().createMimeDataFromSelection())``);
- the ``ClipboardGuard`` (``install``) catches the rest: text copied with a widget's own
  Ctrl+C or context menu (line edits, labels) is marked and given the same time limit,
  wherever the platform tells that the clipboard holds our data.

Marked means: the KDE hint ``x-kde-passwordManagerHint: secret`` (Klipper and other
managers that honour it keep no history of it) on Linux and the BSDs;
``ExcludeClipboardContentFromMonitorProcessing``, ``CanIncludeInClipboardHistory = 0``
and ``CanUploadToCloudClipboard = 0`` on Windows (clipboard history, cloud clipboard).
macOS's ``org.nspasteboard.ConcealedType`` needs a native pasteboard converter that
PySide6 does not offer: not covered there yet.

Cleared means: ``clear_seconds`` (30 by default, 0 = never) after the copy, and when the
journal locks, the clipboard (and on X11 the selection) is emptied - but only if it still
holds the text we put there; something the user copied since is left alone.
"""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QMimeData, QObject, QTimer
from PySide6.QtGui import QClipboard, QGuiApplication

log = logging.getLogger(__name__)

DEFAULT_CLEAR_SECONDS = 30
MAX_CLEAR_SECONDS = 600

KDE_HINT = "x-kde-passwordManagerHint"
_DWORD_FALSE = b"\x00\x00\x00\x00"
#: Per platform: the formats that tell clipboard managers and histories to keep nothing.
SECRET_FORMATS: dict[str, dict[str, bytes]] = {
    "linux": {KDE_HINT: b"secret"},
    "win32": {
        # Qt registers a Windows clipboard format under each of these names as it is.
        "ExcludeClipboardContentFromMonitorProcessing": _DWORD_FALSE,
        "CanIncludeInClipboardHistory": _DWORD_FALSE,
        "CanUploadToCloudClipboard": _DWORD_FALSE,
    },
    "darwin": {},
}
#: Platforms whose clipboard lives inside the process (tests, headless runs): always ours.
LOCAL_CLIPBOARD_PLATFORMS = ("offscreen", "minimal")


def secret_formats(platform: str | None = None) -> dict[str, bytes]:
    platform = platform or sys.platform
    if platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        platform = "linux"
    return SECRET_FORMATS.get(platform, {})


def is_marked(mime: QMimeData | None, platform: str | None = None) -> bool:
    formats = secret_formats(platform)
    if mime is None or not formats:
        return False
    return all(mime.hasFormat(name) for name in formats)


def mark_secret(mime: QMimeData, platform: str | None = None) -> QMimeData:
    """Add the platform's "do not keep this" formats to ``mime`` (and return it)."""
    for name, value in secret_formats(platform).items():
        mime.setData(name, value)
    return mime


def secret_mime_data(text: str, platform: str | None = None) -> QMimeData:
    mime = QMimeData()
    mime.setText(text)
    return mark_secret(mime, platform)


class ClipboardGuard(QObject):
    """Marks and times what the app puts on the clipboard; one per application."""

    def __init__(self, clear_seconds: int = DEFAULT_CLEAR_SECONDS) -> None:
        super().__init__(QGuiApplication.instance())
        self._clipboard = QGuiApplication.clipboard()
        self._modes = [QClipboard.Mode.Clipboard]
        if self._clipboard.supportsSelection():
            self._modes.append(QClipboard.Mode.Selection)
        #: The text we left in each mode, to clear it only while it is still there.
        self._ours: dict[QClipboard.Mode, str] = {}
        self._timers: dict[QClipboard.Mode, QTimer] = {}
        for mode in self._modes:
            timer = QTimer(self)
            timer.setSingleShot(True)
            timer.timeout.connect(lambda mode=mode: self._expire(mode))
            self._timers[mode] = timer
        self._clear_ms = 0
        self.set_clear_seconds(clear_seconds)
        self._clipboard.changed.connect(self._changed)

    # -- settings -----------------------------------------------------------

    def set_clear_seconds(self, seconds: int) -> None:
        """0 keeps copied text until something else replaces it."""
        seconds = max(0, min(MAX_CLEAR_SECONDS, int(seconds)))
        self._clear_ms = seconds * 1000
        for mode in list(self._ours):
            self._arm(mode)

    @property
    def clear_seconds(self) -> int:
        return self._clear_ms // 1000

    # -- copying ------------------------------------------------------------

    def copy(self, text: str) -> None:
        mode = QClipboard.Mode.Clipboard
        self._clipboard.setMimeData(secret_mime_data(text), mode)
        self._remember(mode, text)

    def clear_now(self) -> None:
        """Empty every mode that still holds what we put there (the journal locks)."""
        for mode in list(self._ours):
            self._expire(mode)

    def holds_ours(self, mode: QClipboard.Mode = QClipboard.Mode.Clipboard) -> bool:
        return mode in self._ours and self._clipboard.text(mode) == self._ours[mode]

    # -- internals ------------------------------------------------------------

    def _owns(self, mode: QClipboard.Mode) -> bool:
        if QGuiApplication.platformName() in LOCAL_CLIPBOARD_PLATFORMS:
            return True
        if mode == QClipboard.Mode.Selection:
            return self._clipboard.ownsSelection()
        return self._clipboard.ownsClipboard()

    def _remember(self, mode: QClipboard.Mode, text: str) -> None:
        if not text:
            return
        self._ours[mode] = text
        self._arm(mode)

    def _arm(self, mode: QClipboard.Mode) -> None:
        timer = self._timers[mode]
        if self._clear_ms > 0:
            timer.start(self._clear_ms)
        else:
            timer.stop()

    def _changed(self, mode: QClipboard.Mode) -> None:
        if mode not in self._timers:
            return
        text = self._clipboard.text(mode)
        if self._ours.get(mode) == text and text:
            return  # our own copy arriving
        if not self._owns(mode) or not text:
            self._ours.pop(mode, None)  # someone else's now: nothing of ours to clear
            self._timers[mode].stop()
            return
        # Copied by a widget of ours on its own (Ctrl+C in a field, a label's menu).
        if not is_marked(self._clipboard.mimeData(mode)):
            QTimer.singleShot(0, lambda: self._adopt(mode, text))
        self._remember(mode, text)

    def _adopt(self, mode: QClipboard.Mode, text: str) -> None:
        """Put the same data back, marked (only while it is still the same)."""
        current = self._clipboard.mimeData(mode)
        if current is None or self._clipboard.text(mode) != text or is_marked(current):
            return
        copy = QMimeData()
        for name in current.formats():
            copy.setData(name, current.data(name))
        self._clipboard.setMimeData(mark_secret(copy), mode)

    def _expire(self, mode: QClipboard.Mode) -> None:
        ours = self._ours.pop(mode, None)
        self._timers[mode].stop()
        if ours is not None and self._clipboard.text(mode) == ours:
            self._clipboard.clear(mode)
            log.info("copied text cleared from the %s", _mode_name(mode))


def _mode_name(mode: QClipboard.Mode) -> str:
    return "selection" if mode == QClipboard.Mode.Selection else "clipboard"


_guard: ClipboardGuard | None = None


def install(clear_seconds: int = DEFAULT_CLEAR_SECONDS) -> ClipboardGuard:
    """The application's guard (made on first use), with the given time limit."""
    global _guard
    if _guard is None:
        _guard = ClipboardGuard(clear_seconds)
    else:
        _guard.set_clear_seconds(clear_seconds)
    return _guard


def guard() -> ClipboardGuard:
    return _guard if _guard is not None else install()


def copy_secret(text: str) -> None:
    """Copy ``text`` marked as secret; it leaves the clipboard after the set time."""
    guard().copy(text)


def clear_now() -> None:
    """Empty the clipboard if it still holds what we copied (called when locking)."""
    if _guard is not None:
        _guard.clear_now()
