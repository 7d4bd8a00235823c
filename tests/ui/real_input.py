"""Input as a person gives it, where QTest's shortcuts differ from a real device."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QWidget


def double_click(widget: QWidget) -> None:
    """A real double-click: press, release, double-click press, release (QTest sends only
    the double-click event, which no button turns into a click)."""
    point = QPointF(widget.rect().center())
    left = Qt.MouseButton.LeftButton
    for kind, buttons in (
        (QEvent.Type.MouseButtonPress, left),
        (QEvent.Type.MouseButtonRelease, Qt.MouseButton.NoButton),
        (QEvent.Type.MouseButtonDblClick, left),
        (QEvent.Type.MouseButtonRelease, Qt.MouseButton.NoButton),
    ):
        event = QMouseEvent(
            kind, point, widget.mapToGlobal(point), left, buttons, Qt.KeyboardModifier.NoModifier
        )
        QApplication.sendEvent(widget, event)
