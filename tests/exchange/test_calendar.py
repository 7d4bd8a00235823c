"""Calendar files: the export read back by ``icalendar`` and by hand, invitations imported."""

from __future__ import annotations

import datetime as dt

import icalendar
import pytest

from mentorjournal.domain import records
from mentorjournal.exchange import calendar
from mentorjournal.exchange.incoming import ImportRefused
from mentorjournal.storage.models import Session

TODAY = dt.date(2026, 3, 10)
NOW = dt.datetime(2026, 3, 10, 8, 0, tzinfo=dt.UTC)


@pytest.fixture
def planned(journal):
    ana = records.create("person", name="Ana, Ruiz; \\ PhD", relation="mentor")
    ben = records.create("person", name="Ben", relation="mentee")
    s1 = records.create(
        "session",
        person=ana.id,
        role="mentee",
        held_at="2026-03-12 17:30",
        status="planned",
        duration_min=45,
        agenda="private agenda",
    )
    s2 = records.create(
        "session", person=ben.id, role="mentor", held_at="2026-03-20 09:00", status="planned"
    )
    records.create(
        "session", person=ben.id, role="mentor", held_at="2026-03-01 09:00", status="planned"
    )  # in the past: left out
    records.create("session", person=ana.id, role="mentee", held_at="2026-03-15 10:00")  # held
    long = "Send the draft " + "ü" * 80
    a1 = records.create("action", text=long, due_on="2026-03-14", person=ana.id)
    records.create("action", text="done already", due_on="2026-03-14", done_on="2026-03-09")
    records.create("action", text="no date")
    return ana, ben, s1, s2, a1


def test_export_by_hand_and_read_back(planned):
    ana, ben, s1, s2, a1 = planned
    text = calendar.calendar_ics(TODAY, now=NOW)
    raw = text.encode("utf-8")
    assert raw.endswith(b"\r\n") and b"\n" not in raw.replace(b"\r\n", b"")
    assert all(len(line) <= 75 for line in raw.split(b"\r\n"))
    assert text.count("BEGIN:VEVENT") == 3
    assert "private agenda" not in text and "done already" not in text
    assert "SUMMARY:Session with Ana\\, Ruiz\\; \\\\ PhD\r\n" in text
    assert "DTSTART:20260312T173000\r\nDTEND:20260312T181500\r\n" in text  # 45 min
    assert "DTSTART:20260320T090000\r\nDTEND:20260320T100000\r\n" in text  # default hour
    assert "DTSTART;VALUE=DATE:20260314\r\nDTEND;VALUE=DATE:20260315\r\n" in text
    assert f"UID:{s1.uuid}@mentorjournal\r\n" in text
    assert text.count("DTSTAMP:20260310T080000Z\r\n") == 3
    cal = icalendar.Calendar.from_ical(text)
    got = [(str(e["UID"]), str(e["SUMMARY"]), e.decoded("DTSTART")) for e in cal.walk("VEVENT")]
    assert got == [
        (
            f"{s1.uuid}@mentorjournal",
            "Session with Ana, Ruiz; \\ PhD",
            dt.datetime(2026, 3, 12, 17, 30),
        ),
        (f"{s2.uuid}@mentorjournal", "Session with Ben", dt.datetime(2026, 3, 20, 9, 0)),
        (f"{a1.uuid}@mentorjournal", "Due: Send the draft " + "ü" * 80, dt.date(2026, 3, 14)),
    ]
    only_ben = calendar.calendar_ics(TODAY, person=ben.id, now=NOW)
    assert only_ben.count("BEGIN:VEVENT") == 1 and "Session with Ben" in only_ben


def test_fold_never_cuts_a_character():
    line = "SUMMARY:" + "€" * 60
    folded = calendar.fold(line)
    parts = folded.encode("utf-8").split(b"\r\n")
    assert all(len(p) <= 75 for p in parts) and len(parts) > 1
    assert calendar.unfold(folded) == [line]


INVITE = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Other//EN\r\nMETHOD:REQUEST\r\n"
    "BEGIN:VTIMEZONE\r\nTZID:Europe/Berlin\r\nBEGIN:STANDARD\r\nDTSTART:19701025T030000\r\n"
    "END:STANDARD\r\nEND:VTIMEZONE\r\n"
    "BEGIN:VEVENT\r\nUID:abc-123@example.com\r\nDTSTAMP:20260301T100000Z\r\n"
    "DTSTART:20260318T150000\r\nDTEND:20260318T153000\r\n"
    "SUMMARY:Monthly 1:1\\, career\r\n"
    'ORGANIZER;CN="Ana, Ruiz; \\ PhD":mailto:ana@example.com\r\n'
    "ATTENDEE;CN=Me;ROLE=REQ-PARTICIPANT:mailto:me@example.com\r\n"
    "LOCATION:https://meet.example.com/x\r\n"
    "END:VEVENT\r\nEND:VCALENDAR\r\n"
)


def test_invitation_becomes_a_planned_session(planned, tmp_path):
    ana = planned[0]
    path = tmp_path / "invite.ics"
    path.write_text(INVITE, encoding="utf-8", newline="")
    inv = calendar.read_invitation(path)
    assert inv.start == dt.datetime(2026, 3, 18, 15, 0) and inv.minutes == 30
    assert inv.summary == "Monthly 1:1, career" and inv.online
    assert calendar.match_people(inv) == [ana.id]
    session, moved = calendar.add_invitation(inv, ana.id)
    assert not moved
    assert (session.status, session.role, session.format) == ("planned", "mentee", "video")
    assert session.duration_min == 30 and session.agenda == "Monthly 1:1, career"
    # The same invitation, moved an hour later: the session moves, none is added.
    later = calendar.parse_invitation(INVITE.replace("T150000", "T160000"))
    again, moved = calendar.add_invitation(later, ana.id)
    assert moved and again.id == session.id
    assert Session.get_by_id(session.id).held_at == dt.datetime(2026, 3, 18, 16, 0)
    assert Session.select().where(Session.agenda == "Monthly 1:1, career").count() == 1


def test_invitation_times_in_utc_and_zones():
    utc = calendar.parse_invitation(
        INVITE.replace("DTSTART:20260318T150000", "DTSTART:20260318T150000Z")
    )
    assert utc.start == dt.datetime(2026, 3, 18, 15, 0, tzinfo=dt.UTC).astimezone().replace(
        tzinfo=None
    )
    zoned = calendar.parse_invitation(
        INVITE.replace("DTSTART:20260318T150000", "DTSTART;TZID=Europe/Berlin:20260318T150000")
    )
    berlin = dt.datetime(2026, 3, 18, 14, 0, tzinfo=dt.UTC).astimezone().replace(tzinfo=None)
    assert zoned.start == berlin
    day = calendar.parse_invitation(
        INVITE.replace(
            "DTSTART:20260318T150000\r\nDTEND:20260318T153000", "DTSTART;VALUE=DATE:20260318"
        )
    )
    assert day.start == dt.datetime(2026, 3, 18, 9, 0) and day.minutes is None


def test_matching_by_summary_when_no_names(planned):
    inv = calendar.parse_invitation(
        INVITE.replace('ORGANIZER;CN="Ana, Ruiz; \\ PhD":mailto:ana@example.com\r\n', "")
        .replace("ATTENDEE;CN=Me;", "ATTENDEE;")
        .replace("Monthly 1:1\\, career", "Catch-up with Ben")
    )
    assert calendar.match_people(inv) == [planned[1].id]


@pytest.mark.parametrize(
    "content, words",
    [
        ("hello", "not a calendar file"),
        ("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", "holds no event"),
        (
            "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:x\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
            "no start",
        ),
        (
            "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:tomorrow\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
            "not a date and time",
        ),
    ],
)
def test_bad_files_get_one_line(tmp_path, content, words):
    path = tmp_path / "bad.ics"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ImportRefused) as caught:
        calendar.read_invitation(path)
    assert words in str(caught.value) and "\n" not in str(caught.value)
    path.write_bytes(b"\xff\xfe\x00bad")
    with pytest.raises(ImportRefused, match="not UTF-8"):
        calendar.read_invitation(path)
    with pytest.raises(ImportRefused, match="folder"):
        calendar.read_invitation(tmp_path)
