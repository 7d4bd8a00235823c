"""Windows that fit the screen: never larger than its available area, never off it.

``fit_to_screen(widget)`` shrinks a window (or a dialog about to be shown) to
the available area of its screen — the part without panels and docks — and,
once it has a position, moves it fully onto that area. Call it after
``resize()`` or ``restoreGeometry()``. At 200 % scaling a 1600×1000 screen is
800×500 logical pixels: windows sized for 100 % must shrink (and scroll inside)
rather than push their buttons off the screen.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

#: Room kept for the window frame and title bar before a window has been shown
#: (once shown, the real frame is measured).
FRAME_ALLOWANCE = (8, 40)


def available_area(widget: QWidget) -> QRect | None:
    """The available geometry of the screen ``widget`` is on (else the primary one)."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else None


def fit_to_screen(widget: QWidget) -> None:
    """Shrink ``widget`` to its screen's available area and move it fully onto it."""
    area = available_area(widget)
    if area is None or area.isEmpty():
        return
    frame = widget.frameGeometry()
    inner = widget.geometry()
    if widget.isVisible() and frame.height() > inner.height():
        extra_w, extra_h = frame.width() - inner.width(), frame.height() - inner.height()
    else:
        extra_w, extra_h = FRAME_ALLOWANCE
    most_w, most_h = max(area.width() - extra_w, 1), max(area.height() - extra_h, 1)
    if not widget.isVisible() and not widget.testAttribute(Qt.WidgetAttribute.WA_Resized):
        if widget.layout() is not None:
            widget.layout().activate()
        inner = QRect(inner.topLeft(), widget.sizeHint().expandedTo(widget.minimumSize()))
    minimum = widget.minimumSize()
    if minimum.width() > most_w or minimum.height() > most_h:
        widget.setMinimumSize(min(minimum.width(), most_w), min(minimum.height(), most_h))
    width, height = min(inner.width(), most_w), min(inner.height(), most_h)
    if (width, height) != (widget.width(), widget.height()):
        widget.resize(width, height)
    # A window not shown yet and never moved is placed by Qt when shown (a dialog
    # centred over its parent, clamped to the screen): only a placed one is moved.
    if widget.isWindow() and (
        widget.isVisible() or widget.testAttribute(Qt.WidgetAttribute.WA_Moved)
    ):
        outer_w, outer_h = width + extra_w, height + extra_h
        x = min(max(frame.x(), area.left()), area.left() + area.width() - outer_w)
        y = min(max(frame.y(), area.top()), area.top() + area.height() - outer_h)
        if (x, y) != (frame.x(), frame.y()):
            widget.move(x, y)
