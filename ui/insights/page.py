"""The Insights page as the window holds it: a light shell that builds the real page
(``view.InsightsView``, with the chart painters and every panel) the first time it is shown.

So starting the app loads none of the chart code: the window imports this
module, and ``mentorjournal.charts``, the panels and their numbers come in
only when Insights is opened (or a test or script asks for one of its parts,
which builds it then). Everything else — attributes, methods — is the view's.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget


class InsightsPage(QWidget):
    record_requested = Signal(str, int)
    refreshed = Signal()

    def __init__(
        self, today: Callable[[], dt.date] = dt.date.today, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._today = today
        self.content: Any = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def build(self) -> Any:
        """The real page, made on first use."""
        if self.content is None:
            from .view import InsightsView

            view = InsightsView(lambda: self._today(), self)
            view.record_requested.connect(self.record_requested)
            view.refreshed.connect(self.refreshed)
            self.content = view
            self._layout.addWidget(view)
        return self.content

    def showEvent(self, event: QShowEvent) -> None:  # Qt override
        self.build()
        super().showEvent(event)

    def reload(self) -> None:
        """The journal changed: the page computes again when next shown (if it exists yet)."""
        if self.content is not None:
            self.content.reload()

    def clear(self) -> None:
        """Locked: forget every number and name shown."""
        if self.content is not None:
            self.content.clear()

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__") or name in ("content", "_layout", "_today"):
            raise AttributeError(name)
        return getattr(self.build(), name)
