"""View ▸ Presenting mode (F5): one person's session prep, full screen, for a video call.

While presenting, the window shows the Session prep page for the person
chosen there and nothing else: no navigation, no menu bar, no person chooser
(it would list other names), no undo bar; reminders and notifications are
suppressed. Esc (or F5 again) leaves and puts everything back. Locking leaves
too.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QWidget

log = logging.getLogger(__name__)

SHORTCUT = "F5"


class Presenting(QObject):
    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.active = False
        self._was_maximized = False
        self._hidden: list[QWidget] = []
        self.action = QAction(self.tr("&Presenting mode"), window)
        self.action.setCheckable(True)
        self.action.setShortcut(QKeySequence(SHORTCUT))
        self.action.setToolTip(
            self.tr("Show one person's session prep full screen, with no other names")
        )
        self.action.toggled.connect(self._toggled)
        window.addAction(self.action)  # the shortcut works with the menu bar hidden
        menu = window.menus[2]  # View
        menu.addSeparator()
        menu.addAction(self.action)
        window.actions_by_name["presenting"] = self.action
        window.journal_actions.append(self.action)
        self.leave_key = QShortcut(QKeySequence(Qt.Key.Key_Escape), window)
        self.leave_key.setContext(Qt.ShortcutContext.WindowShortcut)
        self.leave_key.setEnabled(False)
        self.leave_key.activated.connect(lambda: self.action.setChecked(False))
        window.locked.connect(lambda: self.action.setChecked(False))

    def _toggled(self, on: bool) -> None:
        if on:
            self.enter()
        else:
            self.leave()

    def _chooser(self) -> list[QWidget]:
        page = self.window.prep_page
        widgets: list[QWidget] = [page.person]
        widgets += [label for label in page.findChildren(QLabel) if label.buddy() is page.person]
        return widgets

    def enter(self) -> None:
        window = self.window
        if self.active or window.journal is None:
            return
        window.show_section(window.record_pages.index(window.prep_page))
        self._hidden = [
            w
            for w in [window.nav, window.menuBar(), window.undo_bar, *self._chooser()]
            if w.isVisible()
        ]
        for widget in self._hidden:
            widget.hide()
        reminders = getattr(window, "reminders", None)
        if reminders is not None:
            reminders.suppressed = True
        self._was_maximized = window.isMaximized()
        window.showFullScreen()
        window.statusBar().showMessage(self.tr("Presenting · Esc leaves"))
        self.leave_key.setEnabled(True)
        self.active = True
        self.action.setChecked(True)
        log.info("presenting mode on")

    def leave(self) -> None:
        window = self.window
        if not self.active:
            return
        self.active = False
        self.leave_key.setEnabled(False)
        for widget in self._hidden:
            widget.show()
        self._hidden = []
        window.statusBar().clearMessage()
        reminders = getattr(window, "reminders", None)
        if reminders is not None:
            reminders.suppressed = False
        if self._was_maximized:
            window.showMaximized()
        else:
            window.showNormal()
        self.action.setChecked(False)
        log.info("presenting mode off")


def install(window: Any) -> Presenting:
    window.presenting = Presenting(window)
    return window.presenting
