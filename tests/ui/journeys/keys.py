"""Walking the windows as a person does: keys into whatever has the focus, clicks on what is shown.

Nothing here calls a slot or sets a widget's value. ``type_keys`` and ``press``
send key events to ``QApplication.focusWidget()`` - where Qt put the focus - and
fail if nothing has it. Modal dialogs (``exec()``) are walked from inside their
own event loop: ``in_modal(Kind, steps)`` runs ``steps(dialog)`` once such a
dialog is the active modal window, and closes it if a step fails, so a failing
journey never hangs the run.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QElapsedTimer, QModelIndex, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QWidget

STEP_TIMEOUT_MS = 20_000


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def type_keys(text: str) -> None:
    """Type ``text`` into the widget that has the focus."""
    QTest.keyClicks(focused(), text)


def press(key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """Press one key (with a modifier) where the focus is."""
    QTest.keyClick(focused(), key, modifier)


def press_in(
    window: QWidget, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    """A key for a window's shortcuts (Ctrl+L): to its focus widget, or the window itself."""
    QTest.keyClick(window.focusWidget() or window, key, modifier)


def click(widget: QWidget) -> None:
    assert widget.isVisible() and widget.isEnabled(), f"{widget!r} cannot be clicked"
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton)


def wait_focus(qtbot, widget: QWidget, timeout: int = 10_000) -> None:
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget, timeout=timeout)


def visible_texts(root: QWidget) -> str:
    """Everything a widget tree shows as text (labels, fields, lists, tables, browsers)."""
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QLabel,
        QLineEdit,
        QPlainTextEdit,
        QTextEdit,
    )

    parts: list[str] = [root.windowTitle()]
    for widget in [root, *root.findChildren(QWidget)]:
        if isinstance(widget, QLabel | QLineEdit | QAbstractButton):
            parts.append(widget.text())
        elif isinstance(widget, QTextEdit):
            parts.append(widget.toPlainText())
        elif isinstance(widget, QPlainTextEdit):
            parts.append(widget.toPlainText())
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model, top = widget.model(), QModelIndex()
            for row in range(min(model.rowCount(top), 200)):
                column = 0
                while model.hasIndex(row, column, top):  # (list models hide columnCount)
                    parts.append(str(model.index(row, column, top).data() or ""))
                    column += 1
    return "\n".join(parts)


@dataclass
class ModalWalk:
    """The outcome of ``in_modal``: whether the steps ran, and any failure."""

    ran: bool = False
    errors: list[BaseException] = field(default_factory=list)

    def check(self) -> None:
        if self.errors:
            raise self.errors[0]
        assert self.ran, "the modal dialog never appeared"


def in_modal(
    kind: type[QWidget], steps: Callable[[QWidget], None], timeout: int = STEP_TIMEOUT_MS
) -> ModalWalk:
    """Run ``steps(dialog)`` inside the next modal ``kind`` dialog's own event loop."""
    walk = ModalWalk()
    clock = QElapsedTimer()
    clock.start()

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if (
            isinstance(dialog, kind)
            and dialog.isVisible()
            and QApplication.activeWindow() is dialog  # the focus is where Qt puts it
        ):
            walk.ran = True
            try:
                steps(dialog)
            except BaseException as exc:  # report it after the dialog is closed
                walk.errors.append(exc)
                if isinstance(dialog, QDialog) and dialog.isVisible():
                    dialog.done(QDialog.DialogCode.Rejected)
            return
        if clock.elapsed() > timeout:
            walk.errors.append(TimeoutError(f"no modal {kind.__name__} within {timeout} ms"))
            return
        QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)
    return walk


def wait_until(condition: Callable[[], bool], timeout: int = STEP_TIMEOUT_MS) -> None:
    """``qtbot.waitUntil`` for steps running inside a modal loop (no qtbot there)."""
    clock = QElapsedTimer()
    clock.start()
    while not condition():
        if clock.elapsed() > timeout:
            raise TimeoutError("condition not met in time")
        QTest.qWait(20)


def wait_active(window: QWidget, timeout: int = STEP_TIMEOUT_MS) -> None:
    """After a dialog on top closes, the window below is active again, with its focus.

    A window manager does that; the offscreen platform has none, so the window is
    activated here when nothing is active a moment later (as the window manager would).
    """

    def active() -> bool:
        return QApplication.activeWindow() is window and QApplication.focusWidget() is not None

    try:
        wait_until(active, 300)
    except TimeoutError:
        if QApplication.activeWindow() is None:
            window.activateWindow()
        wait_until(active, timeout)
