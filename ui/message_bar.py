"""Message bars: one line (or a few) across the top of the window, with what to do.

A ``MessageBar`` says something about the journal that the user should act on
but that must not block them (a damaged journal, a journal in a sync folder,
no recent copy off this disk): its text, its buttons, and a × that hides it
(unless it is ``persistent``). ``MessageArea`` stacks the bars by name, so the
same warning is never shown twice. Bars never hold journal content (only file
names and what to do), and the window clears them when it locks.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from . import theme


class MessageBar(QFrame):
    """Text, buttons and (unless persistent) a close button."""

    dismissed = Signal()

    def __init__(
        self,
        name: str,
        text: str,
        kind: str = "warning",
        *,
        persistent: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.name = name
        self.kind = kind
        self.setObjectName(f"messageBar-{name}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Message"))
        self.label = QLabel(text)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setStyleSheet(f"color: {theme.message_colour(kind)};")
        self.buttons: list[QPushButton] = []
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(8, 4, 8, 4)
        self.row.addWidget(self.label, 1)
        self.close_button: QToolButton | None = None
        if not persistent:
            self.close_button = QToolButton()
            self.close_button.setText("×")
            self.close_button.setAccessibleName(self.tr("Hide this message"))
            self.close_button.clicked.connect(self.dismiss)
            self.row.addWidget(self.close_button)

    @property
    def text(self) -> str:
        return self.label.text()

    def add_button(self, text: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text)
        button.setAutoDefault(False)
        button.clicked.connect(lambda _checked=False: slot())
        index = self.row.count() - (0 if self.close_button is None else 1)
        self.row.insertWidget(index, button)
        self.buttons.append(button)
        return button

    def dismiss(self) -> None:
        self.hide()
        self.dismissed.emit()
        self.deleteLater()


class MessageArea(QWidget):
    """The bars on screen, newest last; one per name."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageArea")
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.column.setSpacing(2)
        self._bars: dict[str, MessageBar] = {}
        self.hide()

    def bars(self) -> list[MessageBar]:
        return list(self._bars.values())

    def bar(self, name: str) -> MessageBar | None:
        return self._bars.get(name)

    def show_bar(
        self, name: str, text: str, kind: str = "warning", *, persistent: bool = False
    ) -> MessageBar:
        """A new bar (an older one of the same name is replaced)."""
        self.remove(name)
        bar = MessageBar(name, text, kind, persistent=persistent)
        bar.dismissed.connect(lambda name=name, bar=bar: self._forget(name, bar))
        self._bars[name] = bar
        self.column.addWidget(bar)
        self.show()
        return bar

    def remove(self, name: str) -> None:
        bar = self._bars.pop(name, None)
        if bar is not None:
            bar.hide()
            bar.deleteLater()
        self.setVisible(bool(self._bars))

    def clear(self) -> None:
        for name in list(self._bars):
            self.remove(name)

    def _forget(self, name: str, bar: MessageBar) -> None:
        if self._bars.get(name) is bar:
            del self._bars[name]
        self.setVisible(bool(self._bars))
