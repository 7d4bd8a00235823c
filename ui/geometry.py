"""Keep windows and dialogs inside the screen's available area.

``fit_to_screen(widget)`` makes a top-level window no larger than the
available area of its screen (the screen minus panels and docks) and, once
it has a position, moves it so that its frame lies inside that area. Call it
after the window's content is built, and again after ``restoreGeometry``
(``restore_geometry`` does both). At 200 % scaling a 1,600 × 1,000 screen is
only 800 × 500 logical pixels; a dialog sized for 100 % would put its buttons
off screen.

``keep_on_screen(widget)`` installs a small event filter that fits the
window each time it is shown, once the window manager has put its frame
around it: the way to use it for dialogs that change their content.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, QMargins, QObject, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget

#: The window manager's frame before it is known (title bar and borders), in logical pixels.
FRAME_GUESS = QMargins(8, 32, 8, 8)


def screen_of(widget: QWidget) -> QScreen:
    """The screen the window is (or will be) on: its own, its parent's, or the primary one."""
    window = widget.window()
    screen = window.screen() if window.windowHandle() is not None else None
    if screen is None and window.parentWidget() is not None:
        screen = window.parentWidget().window().screen()
    return screen or window.screen() or QGuiApplication.primaryScreen()


def available_area(widget: QWidget) -> QRect:
    """The screen's area a window may use, in logical pixels (panels excluded)."""
    return screen_of(widget).availableGeometry()


def frame_margins(widget: QWidget) -> QMargins:
    """The frame the window manager puts around the window (a guess until it is shown)."""
    window = widget.window()
    if window.isVisible():
        frame, inner = window.frameGeometry(), window.geometry()
        margins = QMargins(
            inner.left() - frame.left(),
            inner.top() - frame.top(),
            frame.right() - inner.right(),
            frame.bottom() - inner.bottom(),
        )
        if margins.top() > 0 or margins.left() > 0:
            return margins
    if window.windowFlags() & Qt.WindowType.FramelessWindowHint:
        return QMargins()
    return FRAME_GUESS


def largest_size(widget: QWidget) -> QSize:
    """The largest size (without the frame) the window may have on its screen."""
    area, margins = available_area(widget), frame_margins(widget)
    return QSize(
        max(1, area.width() - margins.left() - margins.right()),
        max(1, area.height() - margins.top() - margins.bottom()),
    )


def fit_to_screen(widget: QWidget, *, grow: bool = False, move: bool = True) -> None:
    """Shrink the window to the screen's available area and move it inside if needed.

    ``grow``: also let it grow to what its content asks for (bounded by the screen) - for
    a window's first showing, where Qt itself would stop at two thirds of the screen.
    ``move=False`` leaves the position alone (a dialog about to be centred by Qt).
    """
    window = widget.window()
    limit = largest_size(window)
    minimum = window.minimumSize()
    if minimum.width() > limit.width() or minimum.height() > limit.height():
        # The content cannot shrink that far (a layout's minimum): let it be squeezed rather
        # than put the bottom buttons off screen. Pages with a lot of content scroll instead.
        window.setMinimumSize(minimum.boundedTo(limit))
    shown = window.isVisible() or window.testAttribute(Qt.WidgetAttribute.WA_Resized)
    current = window.size() if shown else window.sizeHint().expandedTo(window.minimumSize())
    if grow or not shown:
        current = current.expandedTo(_wanted_size(window, limit))
    wanted = current.boundedTo(limit)
    if wanted != window.size() and (shown or grow or wanted != current):
        window.resize(wanted)
    if move and (window.isVisible() or window.testAttribute(Qt.WidgetAttribute.WA_Moved)):
        _move_inside(window)


def _wanted_size(window: QWidget, limit: QSize) -> QSize:
    """What the content asks for, word-wrapped text included, at most ``limit`` wide."""
    hint = window.sizeHint().expandedTo(window.minimumSizeHint())
    width = min(max(hint.width(), window.minimumWidth()), limit.width())
    height = hint.height()
    layout = window.layout()
    if layout is not None and layout.hasHeightForWidth():
        height = max(height, layout.totalHeightForWidth(width))
    return QSize(width, height)


def _move_inside(window: QWidget) -> None:
    area, margins = available_area(window), frame_margins(window)
    frame = QRect(window.geometry()).marginsAdded(margins)
    x = min(max(frame.left(), area.left()), area.right() + 1 - frame.width())
    y = min(max(frame.top(), area.top()), area.bottom() + 1 - frame.height())
    x, y = max(x, area.left()), max(y, area.top())
    if (x, y) != (frame.left(), frame.top()):
        # The client's place, not ``move``: before the window manager has framed the window,
        # Qt takes the frame for zero and ``move`` would put the title bar above the screen.
        window.setGeometry(
            QRect(x + margins.left(), y + margins.top(), window.width(), window.height())
        )


def restore_geometry(widget: QWidget, data: QByteArray | bytes | None) -> bool:
    """``restoreGeometry`` clamped to the screen as it is now (scaling or screens may differ)."""
    restored = False
    if data:
        restored = widget.restoreGeometry(QByteArray(data))
    fit_to_screen(widget)
    return restored


class _KeepOnScreen(QObject):
    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._shown_before = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt override
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget):
            # The size now; the position once Qt has placed it (a dialog is centred after
            # this event) and the window manager has framed it.
            fit_to_screen(watched, grow=not self._shown_before, move=False)
            self._shown_before = True
            # Once the window manager has framed it, the frame is known: fit again.
            QTimer.singleShot(0, lambda w=watched: _fit_if_alive(w))
        return False


def _fit_if_alive(widget: QWidget) -> None:
    try:
        if widget.isVisible():
            fit_to_screen(widget)
    except RuntimeError:  # deleted meanwhile
        pass


def keep_on_screen(widget: QWidget) -> None:
    """Fit ``widget`` (a window) to its screen now and every time it is shown."""
    keeper = _KeepOnScreen(widget)
    keeper.setObjectName("keepOnScreen")
    widget.installEventFilter(keeper)
    fit_to_screen(widget)
