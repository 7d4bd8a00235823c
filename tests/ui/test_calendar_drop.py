"""An invitation (.ics) dropped on the window becomes a planned session; other files are
not taken."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QInputDialog

from mentorjournal.domain import records
from mentorjournal.storage.models import Session
from tests.ui.journeys.keys import in_modal
from tests.ui.test_main_window import FakeUnlock, make_window
from ui import alerts


def _mime(path) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    return mime


@pytest.mark.filterwarnings(
    "ignore::DeprecationWarning"
)  # PySide6 marks QDragEnterEvent's only constructor
def test_dropping_an_invitation(qtbot, journal, settings, tmp_path, monkeypatch):
    ana = records.create("person", name="Ana Ruiz", relation="mentor")
    told: list[str] = []
    monkeypatch.setattr(alerts, "info", lambda _p, text, details="": told.append(text))
    window = make_window(qtbot, journal, settings, FakeUnlock())
    invite = tmp_path / "invite.ics"
    invite.write_text(
        "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:d1\r\nDTSTART:20300105T100000\r\n"
        "SUMMARY:Check-in\r\nATTENDEE;CN=Ana Ruiz:mailto:a@x\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    other = tmp_path / "notes.txt"
    other.write_text("x")
    actions = Qt.DropAction.CopyAction
    other_mime, invite_mime = _mime(other), _mime(invite)  # kept alive: events hold pointers
    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    refused = QDragEnterEvent(QPoint(10, 10), actions, other_mime, buttons, mods)
    QApplication.sendEvent(window, refused)
    assert not refused.isAccepted()
    enter = QDragEnterEvent(QPoint(10, 10), actions, invite_mime, buttons, mods)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    walk = in_modal(
        QInputDialog, lambda d: qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    )
    QApplication.sendEvent(window, QDropEvent(QPointF(10, 10), actions, invite_mime, buttons, mods))
    qtbot.waitUntil(lambda: bool(told), timeout=10_000)
    walk.check()
    planned = Session.get(Session.agenda == "Check-in")
    assert planned.person_id == ana.id and planned.held_at == dt.datetime(2030, 1, 5, 10)
    assert told == ["Planned a session on 2030-01-05 10:00."]
