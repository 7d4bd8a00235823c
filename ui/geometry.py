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

Nothing here touches PySide's ``Qt`` namespace unless it has to (its first
use creates all its enums, 20-50 ms the first window would pay): whether a
window is frameless (a ``Qt.WindowType`` flag) is asked only when the frame
is not known yet and the guessed frame would change the result.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QMargins, QObject, QRect, QSize, QTimer
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from PySide6.QtCore import QByteArray

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
    known = _known_frame(window)
    if known is not None:
        return known
    from PySide6.QtCore import Qt

    if window.windowFlags() & Qt.WindowType.FramelessWindowHint:
        return QMargins()
    return FRAME_GUESS


def _known_frame(window: QWidget) -> QMargins | None:
    """The frame the window manager has put around the window, once it has."""
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
    return None


def _largest_frame(window: QWidget) -> QMargins:
    """``frame_margins`` without asking whether the window is frameless: at least as large."""
    known = _known_frame(window)
    return FRAME_GUESS if known is None else known


def largest_size(widget: QWidget) -> QSize:
    """The largest size (without the frame) the window may have on its screen."""
    return _inside(widget, frame_margins(widget))


def _inside(widget: QWidget, margins: QMargins) -> QSize:
    area = available_area(widget)
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
    shown = window.isVisible() or _has_attribute(window, "WA_Resized")
    # With the largest frame the window may have first: when nothing reaches that limit,
    # the exact frame (and whether the window has one) cannot change anything.
    plan = _plan(window, _inside(window, _largest_frame(window)), grow=grow, shown=shown)
    if plan[2]:
        plan = _plan(window, largest_size(window), grow=grow, shown=shown)
    minimum, wanted, _bounded = plan
    if minimum is not None:
        # The content cannot shrink that far (a layout's minimum): let it be squeezed rather
        # than put the bottom buttons off screen. Pages with a lot of content scroll instead.
        window.setMinimumSize(minimum)
    if wanted is not None:
        window.resize(wanted)
    if move and (window.isVisible() or _has_attribute(window, "WA_Moved")):
        _move_inside(window)


def _plan(
    window: QWidget, limit: QSize, *, grow: bool, shown: bool
) -> tuple[QSize | None, QSize | None, bool]:
    """The minimum size to set, the size to resize to (None: none), and whether the limit
    made a difference."""
    minimum, new_minimum = window.minimumSize(), None
    if minimum.width() > limit.width() or minimum.height() > limit.height():
        new_minimum = minimum.boundedTo(limit)
        minimum = new_minimum
    size = window.size().expandedTo(minimum)  # (a larger minimum also resizes the window)
    current = size if shown else window.sizeHint().expandedTo(minimum)
    bounded = new_minimum is not None
    if grow or not shown:
        wanted_size, clipped = _wanted_size(window, limit)
        current = current.expandedTo(wanted_size)
        bounded = bounded or clipped
    wanted = current.boundedTo(limit)
    bounded = bounded or wanted != current
    if wanted != size and (shown or grow or wanted != current):
        return new_minimum, wanted, bounded
    return new_minimum, None, bounded


def _has_attribute(window: QWidget, name: str) -> bool:
    from PySide6.QtCore import Qt

    return window.testAttribute(getattr(Qt.WidgetAttribute, name))


def _wanted_size(window: QWidget, limit: QSize) -> tuple[QSize, bool]:
    """What the content asks for, word-wrapped text included, at most ``limit`` wide (and
    whether it asked for more)."""
    hint = window.sizeHint().expandedTo(window.minimumSizeHint())
    natural = max(hint.width(), window.minimumWidth())
    width = min(natural, limit.width())
    height = hint.height()
    layout = window.layout()
    if layout is not None and layout.hasHeightForWidth():
        height = max(height, layout.totalHeightForWidth(width))
    return QSize(width, height), natural > width


def _move_inside(window: QWidget) -> None:
    area = available_area(window)
    if area.contains(QRect(window.geometry()).marginsAdded(_largest_frame(window))):
        return  # inside even with the largest frame it may have
    margins = frame_margins(window)
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
        from PySide6.QtCore import QByteArray  # (its type and enums: not for the first window)

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
            QTimer.singleShot(0, watched, lambda w=watched: _fit_if_alive(w))
        return False


def _fit_if_alive(widget: QWidget) -> None:
    try:
        if widget.isVisible():
            fit_to_screen(widget)
    except RuntimeError:  # deleted meanwhile
        pass


def keep_on_screen(widget: QWidget, *, now: bool = True) -> None:
    """Fit ``widget`` (a window) to its screen every time it is shown, and now unless
    ``now`` is False (a window whose content is made later: its first showing fits it)."""
    keeper = _KeepOnScreen(widget)
    keeper.setObjectName("keepOnScreen")
    widget.installEventFilter(keeper)
    if now:
        fit_to_screen(widget)
