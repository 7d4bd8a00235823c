"""Journey: the People page shows last met and next due, and the relationships gone quiet
(Alt+Q); File ▸ Export calendar writes an .ics file; File ▸ Import invitation plans a
session with the person the invitation names — all by keyboard."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QInputDialog

from mentorjournal.domain import records
from mentorjournal.storage.journal import Journal
from mentorjournal.storage.models import Session
from tests.conftest import PASSPHRASE
from tests.ui.journeys.keys import in_modal
from tests.ui.journeys.story import TODAY, write_story
from tests.ui.journeys.window_keys import ALT, CTRL, open_window, press
from ui import alerts, calendar_ui


@pytest.fixture
def story(tmp_path):
    story = write_story(tmp_path / "story.mjournal")
    journal = Journal.open(story.path, PASSPHRASE)
    try:
        records.update("person", story.ana, cadence_days=2)  # met 3 days ago: quiet 1 day
        records.update("person", story.ben, cadence_days=14)  # never met, no start: not due
        records.create(
            "session",
            person=story.ben,
            role="mentor",
            status="planned",
            held_at=dt.datetime.combine(TODAY + dt.timedelta(days=1), dt.time(16, 30)),
            agenda="secret agenda",
        )
    finally:
        journal.close()
    return story


@pytest.fixture
def window(qtbot, story, settings):
    return open_window(qtbot, Journal.open(story.path, PASSPHRASE), settings)


def menu_then(window, letter: Qt.Key) -> None:
    """Alt+F opens the File menu; ``letter`` (an underlined one) picks the entry."""

    def in_menu() -> None:
        popup = QApplication.activePopupWidget()
        if popup is None:
            QTimer.singleShot(20, in_menu)
            return
        QTest.keyClick(popup, letter)

    QTimer.singleShot(0, in_menu)
    press(Qt.Key.Key_F, ALT)


def back_to(qtbot, window) -> None:
    """The menu closed: a window manager gives the window its activation back; the
    offscreen platform needs asking."""
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def test_gone_quiet_then_calendar_out_and_an_invitation_in(
    qtbot, window, story, tmp_path, monkeypatch
):
    told: list[str] = []
    monkeypatch.setattr(alerts, "info", lambda _p, text, details="": told.append(text))
    monkeypatch.setattr(alerts, "error", lambda _p, text, details="": told.append("! " + text))

    press(Qt.Key.Key_4, CTRL)  # People
    page = window.people_page
    qtbot.waitUntil(page.isVisible)
    rows = {page.model.index(r, 0).data(): r for r in range(page.model.rowCount())}
    ana_row = rows["Ana Quillfeather"]
    three_days_ago = (TODAY - dt.timedelta(days=3)).isoformat()
    assert page.model.index(ana_row, 5).data() == three_days_ago  # Last met
    due = (TODAY - dt.timedelta(days=1)).isoformat()
    assert page.model.index(ana_row, 6).data() == f"{due} · quiet 1 d"
    assert page.model.index(rows["Ben Marlowe"], 6).data() == ""
    assert page.only_quiet.text() == "Gone &quiet (1)"

    press(Qt.Key.Key_Q, ALT)  # only the relationships gone quiet
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.model.index(0, 0).data() == "Ana Quillfeather"
    page.table.setFocus()
    press(Qt.Key.Key_Home)
    qtbot.waitUntil(lambda: "gone quiet: 1 days overdue" in page.detail.toPlainText())
    assert "Meet every 2 days" in page.detail.toPlainText()
    press(Qt.Key.Key_Q, ALT)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)

    # File ▸ Export calendar (.ics)…
    target = tmp_path / "mine.ics"
    monkeypatch.setattr(alerts, "ask_save_path", lambda *_args: target)
    menu_then(window, Qt.Key.Key_D)
    qtbot.waitUntil(target.exists)
    text = target.read_bytes().decode()
    assert "SUMMARY:Session with Ben Marlowe\r\n" in text
    assert "SUMMARY:Due: Draft the plumbago plan\r\n" in text
    assert "secret agenda" not in text
    assert told[-1] == "Wrote 2 events to mine.ics."
    back_to(qtbot, window)

    # File ▸ Import invitation (.ics)…: Ana's invitation; the chooser offers her first.
    invite = tmp_path / "invite.ics"
    start = dt.datetime.combine(TODAY + dt.timedelta(days=9), dt.time(11, 0))
    invite.write_text(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:inv-1@example.com\r\n"
        f"DTSTART:{start:%Y%m%dT%H%M%S}\r\nDURATION:PT30M\r\nSUMMARY:Career chat\r\n"
        "ORGANIZER;CN=Ana Quillfeather:mailto:ana@example.com\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    monkeypatch.setattr(calendar_ui, "choose_invitation_path", lambda *_args: invite)
    chosen: list[str] = []

    def accept(dialog) -> None:
        chosen.append(dialog.textValue())
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)

    walk = in_modal(QInputDialog, accept)
    menu_then(window, Qt.Key.Key_V)
    qtbot.waitUntil(lambda: walk.ran and bool(told) and told[-1].startswith("Planned"))
    walk.check()
    assert chosen == ["Ana Quillfeather"]
    assert told[-1] == f"Planned a session on {start:%Y-%m-%d %H:%M}."
    planned = Session.get(Session.agenda == "Career chat")
    assert (planned.person_id, planned.status, planned.duration_min) == (story.ana, "planned", 30)


def test_a_bad_invitation_gets_one_line(qtbot, window, tmp_path, monkeypatch):
    told: list[str] = []
    monkeypatch.setattr(alerts, "error", lambda _p, text, details="": told.append(text))
    bad = tmp_path / "bad.ics"
    bad.write_text("not a calendar")
    monkeypatch.setattr(calendar_ui, "choose_invitation_path", lambda *_args: bad)
    before = Session.select().count()
    menu_then(window, Qt.Key.Key_V)
    qtbot.waitUntil(lambda: bool(told))
    assert told == ["bad.ics is not a calendar file (.ics): it does not begin a VCALENDAR."]
    assert Session.select().count() == before
