"""File ▸ Export calendar… and File ▸ Import invitation…, and .ics files dropped on the window.

``install(window)`` adds both actions to the File menu (after Export…), makes
them journal actions (off while locked) and lets the window take dropped
``.ics`` files. The work is ``mentorjournal.exchange.calendar``'s; this module
only asks where, and with whom.
"""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QInputDialog, QWidget

from mentorjournal.domain import queries
from mentorjournal.errors import JournalError
from mentorjournal.exchange import calendar

from . import alerts, folders

log = logging.getLogger(__name__)

ICS_FILTER = "Calendar files (*.ics);;All files (*)"


def choose_invitation_path(parent: QWidget | None) -> Path | None:
    """The invitation to import (``None``: cancelled)."""
    caption = QCoreApplication.translate("CalendarActions", "Import calendar invitation")
    return alerts.ask_open_path(parent, caption, ICS_FILTER)


def choose_person(
    parent: QWidget | None, title: str, label: str, preferred: int | None
) -> int | None:
    """Who a session is with: a list of live people, ``preferred`` chosen first."""
    people = queries.people()
    if not people:
        return None
    names = [p.name for p in people]
    current = next((n for n, p in enumerate(people) if p.id == preferred), 0)
    chosen, ok = QInputDialog.getItem(parent, title, label, names, current, False)
    if not ok:
        return None
    return people[names.index(chosen)].id


class CalendarActions(QObject):
    """The two File menu entries and the drop target, on one main window."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.export_action = QAction(self.tr("Export calen&dar (.ics)…"), window)
        self.export_action.triggered.connect(lambda _checked=False: self.export_calendar())
        self.import_action = QAction(self.tr("Import in&vitation (.ics)…"), window)
        self.import_action.triggered.connect(lambda _checked=False: self.import_invitation())
        menu = window.menus[0]
        after = window.export_action
        actions = menu.actions()
        index = actions.index(after) + 1 if after in actions else len(actions)
        before = actions[index] if index < len(actions) else None
        menu.insertActions(before, [self.export_action, self.import_action])
        window.actions_by_name["export_calendar"] = self.export_action
        window.actions_by_name["import_invitation"] = self.import_action
        window.journal_actions += [self.export_action, self.import_action]
        window.setAcceptDrops(True)
        window.installEventFilter(self)

    def _parent(self) -> QWidget:
        return self.window

    def export_calendar(self) -> Path | None:
        if self.window.journal is None:
            return None
        start = folders.export_folder() / f"mentoring-{dt.date.today():%Y-%m-%d}.ics"
        path = alerts.ask_save_path(
            self._parent(), self.tr("Export calendar"), start, self.tr(ICS_FILTER)
        )
        if path is None:
            return None
        if path.suffix.lower() != ".ics":
            path = path.with_name(path.name + ".ics")
        folders.remember_export(path)
        try:
            count = calendar.write_calendar(path)
        except (OSError, JournalError) as exc:
            log.warning("calendar export failed: %s", type(exc).__name__)
            alerts.error(self._parent(), self.tr("The calendar could not be written."), str(exc))
            return None
        alerts.info(
            self._parent(),
            self.tr("Wrote {n} events to {name}.").format(n=count, name=path.name),
            self.tr(
                "Planned sessions and due action items, titles and names only. Import the "
                "file into your calendar app; it is not encrypted."
            ),
        )
        return path

    def import_invitation(self, path: Path | None = None) -> int | None:
        """Plan a session from an invitation; the new (or moved) session's id."""
        if self.window.journal is None:
            return None
        if path is None:
            path = choose_invitation_path(self._parent())
            if path is None:
                return None
        try:
            invitation = calendar.read_invitation(path)
        except JournalError as exc:
            alerts.error(self._parent(), str(exc))
            return None
        matches = calendar.match_people(invitation)
        when = f"{invitation.start:%Y-%m-%d %H:%M}"
        person = choose_person(
            self._parent(),
            self.tr("Import invitation"),
            self.tr("A session on {when}. With whom?").format(when=when),
            matches[0] if matches else None,
        )
        if person is None:
            if not queries.people():
                alerts.error(self._parent(), self.tr("Add the person first, then the invitation."))
            return None
        try:
            session, moved = calendar.add_invitation(invitation, person)
        except JournalError as exc:
            alerts.error(self._parent(), str(exc))
            return None
        self.window.reload()
        text = (
            self.tr("Moved the planned session to {when}.")
            if moved
            else self.tr("Planned a session on {when}.")
        )
        alerts.info(self._parent(), text.format(when=f"{session.held_at:%Y-%m-%d %H:%M}"))
        return int(session.id)

    @staticmethod
    def _ics_of(event: QDragEnterEvent | QDropEvent) -> Path | None:
        mime = event.mimeData()
        if not mime.hasUrls():
            return None
        for url in mime.urls():
            if url.isLocalFile() and url.toLocalFile().lower().endswith(".ics"):
                return Path(url.toLocalFile())
        return None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt override
        if watched is self.window and self.window.journal is not None:
            if event.type() in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
                if self._ics_of(event) is not None:  # type: ignore[arg-type]
                    event.acceptProposedAction()  # type: ignore[attr-defined]
                    return True
            elif event.type() == QEvent.Type.Drop:
                path = self._ics_of(event)  # type: ignore[arg-type]
                if path is not None:
                    event.acceptProposedAction()  # type: ignore[attr-defined]
                    # After the drop has finished: the dialogs must not run inside it.
                    QTimer.singleShot(0, lambda: self.import_invitation(path))
                    return True
        return False


def install(window: Any) -> CalendarActions:
    window.calendar_actions = CalendarActions(window)
    return window.calendar_actions
