"""The session summary to share: text, file, and the other journal importing it."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from mentorjournal.domain import records
from mentorjournal.exchange import summary as shared
from mentorjournal.exchange.incoming import ImportRefused
from mentorjournal.storage.models import ActionItem


@pytest.fixture
def session(journal):
    ben = records.create("person", name="Ben", relation="mentee")
    s = records.create(
        "session",
        person=ben.id,
        role="mentor",
        held_at="2026-03-10 17:00",
        notes="PRIVATE notes",
        agenda="PRIVATE agenda",
        takeaways="Ship small, ask early",
    )
    records.create(
        "action", text="Send Ben the article", owner="me", session=s.id, due_on="2026-03-12"
    )
    records.create("action", text="Draft the plan", owner="them", session=s.id, due_on="2026-03-20")
    records.create(
        "action", text="Read chapter 2", owner="them", session=s.id, done_on="2026-03-11"
    )
    gone = records.create("action", text="trashed one", owner="me", session=s.id)
    records.delete("action", gone.id)
    records.create(
        "session", person=ben.id, role="mentor", held_at="2026-03-31 17:00", status="planned"
    )
    return s


def test_text_and_file_hold_only_what_was_agreed(session):
    summary = shared.summary_of(session.id)
    assert summary.next_on == dt.date(2026, 3, 31)  # the next planned session
    text = shared.as_text(summary)
    assert text == (
        "Session summary — 2026-03-10\n\n"
        "Takeaways:\nShip small, ask early\n\n"
        "I will:\n- [ ] Send Ben the article (by 2026-03-12)\n\n"
        "You will:\n- [ ] Draft the plan (by 2026-03-20)\n- [x] Read chapter 2\n\n"
        "Next session: 2026-03-31\n"
    )
    data = shared.as_file(summary)
    dumped = json.dumps(data)
    assert (
        "PRIVATE" not in dumped
        and "trashed" not in dumped
        and "Ben" not in dumped.replace("Send Ben", "")
    )
    assert [(a["text"], a["owner"]) for a in data["actions"]] == [
        ("Send Ben the article", "sender"),
        ("Draft the plan", "receiver"),
        ("Read chapter 2", "receiver"),
    ]
    records.update("session", session.id, next_session_on="2026-03-24")
    assert shared.summary_of(session.id).next_on == dt.date(2026, 3, 24)  # its own date first


def test_the_other_journal_gets_the_items_with_owners_swapped(session, tmp_path, journal):
    path = tmp_path / "ben.mjsummary"
    shared.write_summary(path, shared.summary_of(session.id))
    # Ben's journal, in miniature: his mentor is a person there.
    before = {a.id for a in ActionItem.select()}
    mentor = records.create("person", name="Maria", relation="mentor")
    got = shared.apply_summary(shared.read_summary(path), mentor.id)
    assert (got.mine, got.theirs, got.skipped) == (2, 1, 0)
    new = {a.text: a for a in ActionItem.select() if a.id not in before}
    assert new["Send Ben the article"].owner == "them"  # the sender's: theirs for Ben
    assert new["Draft the plan"].owner == "me" and new["Draft the plan"].due_on == dt.date(
        2026, 3, 20
    )
    assert new["Read chapter 2"].done_on == dt.date(2026, 3, 11)
    assert all(a.person_id == mentor.id for a in new.values())
    again = shared.apply_summary(shared.read_summary(path), mentor.id)
    assert (again.mine, again.theirs, again.skipped) == (0, 0, 3)


@pytest.mark.parametrize(
    "content, words",
    [
        ("nope", "not a MentorJournal session summary"),
        ('{"format": "other"}', "not a MentorJournal session summary"),
        ('{"format": "mentorjournal-summary", "version": 9}', "version 9"),
        ('{"format": "mentorjournal-summary", "version": 1}', "held_on is missing"),
        (
            '{"format": "mentorjournal-summary", "version": 1, "held_on": "2026-03-10",'
            ' "actions": [{"text": "x", "owner": "boss"}]}',
            "owner must be sender or receiver",
        ),
        (
            '{"format": "mentorjournal-summary", "version": 1, "held_on": "2026-03-10",'
            ' "actions": [{"text": "x", "owner": "sender", "due_on": "soon"}]}',
            "due_on is not a date",
        ),
    ],
)
def test_bad_files_get_one_line(journal, tmp_path, content, words):
    path = tmp_path / "bad.mjsummary"
    path.write_text(content)
    with pytest.raises(ImportRefused) as caught:
        shared.read_summary(path)
    assert words in str(caught.value) and "\n" not in str(caught.value)
