"""Keys as a person presses them: to the widget Qt gave the focus, events run between.

The offscreen platform has no window manager: when a popup (a completer's
list) closes, nobody gives the window its activation back, so ``settle``
does what the window manager would.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

NO_MODIFIER = Qt.KeyboardModifier.NoModifier


def focused() -> QWidget | None:
    return QApplication.focusWidget()


def settle(qtbot) -> None:
    """Run queued work (an item view's commit), give the window back its activation."""
    QApplication.processEvents()
    widget = QApplication.focusWidget()
    if widget is not None and not widget.window().isActiveWindow():
        window = widget.window()
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)


def key(qtbot, code, modifier=NO_MODIFIER) -> None:
    target = focused() or QApplication.activeWindow()
    assert target is not None, "no widget has the focus"
    qtbot.keyClick(target, code, modifier)
    settle(qtbot)


def type_text(qtbot, text: str) -> None:
    for char in text:  # one key at a time: a completer's popup may come and go between them
        target = focused()
        assert target is not None, "no widget has the focus"
        qtbot.keyClicks(target, char)
        settle(qtbot)


def tab_to(qtbot, wanted, most: int = 20) -> int:
    """Press Tab until ``wanted(focused())``; how many Tabs it took."""
    for count in range(most + 1):
        if wanted(focused()):
            return count
        key(qtbot, Qt.Key.Key_Tab)
    raise AssertionError(f"not reached in {most} Tabs; focus is on {focused()!r}")
