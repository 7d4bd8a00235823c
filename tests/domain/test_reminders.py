"""The reminder schedule, by hand on a small journal."""

from __future__ import annotations

import datetime as dt

import pytest

from mentorjournal.domain import records, reminders
from mentorjournal.domain.reminders import Options

NOW = dt.datetime(2026, 3, 10, 8, 0)


@pytest.fixture
def small(journal):
    ana = records.create("person", name="Ana", relation="mentor", cadence_days=7)
    ben = records.create("person", name="Ben", relation="mentee")
    records.create("session", person=ana.id, role="mentee", held_at="2026-02-20 10:00")  # quiet
    s1 = records.create(
        "session", person=ben.id, role="mentor", held_at="2026-03-10 17:30", status="planned"
    )
    records.create(  # two days ahead: beyond the horizon
        "session", person=ben.id, role="mentor", held_at="2026-03-12 17:30", status="planned"
    )
    records.create("action", text="due today", due_on="2026-03-10")
    records.create("action", text="late 1", due_on="2026-03-01")
    records.create("action", text="late 2", due_on="2026-03-09")
    records.create("action", text="late but done", due_on="2026-03-01", done_on="2026-03-02")
    return ana, ben, s1


def test_schedule_by_hand(small):
    ana, ben, s1 = small
    every = Options(kinds=frozenset(reminders.KINDS))
    got = [(r.kind, r.at, r.title) for r in reminders.schedule(NOW, every)]
    assert got == [
        ("due", dt.datetime(2026, 3, 10, 9), "An action item is due today"),
        ("overdue", dt.datetime(2026, 3, 10, 9), "2 action items are overdue"),
        ("quiet", dt.datetime(2026, 3, 10, 9), "Ana has gone quiet"),
        ("session", dt.datetime(2026, 3, 10, 17), "Session with Ben at 17:30"),
        ("reflect", dt.datetime(2026, 3, 10, 18), "A moment to reflect?"),
    ]
    quiet = next(r for r in reminders.schedule(NOW, every) if r.kind == "quiet")
    assert quiet.text == "A session was due 11 days ago." and quiet.person_id == ana.id
    session = next(r for r in reminders.schedule(NOW, every) if r.kind == "session")
    assert session.person_id == ben.id and session.record_id == s1.id
    # Default: no reflection nudge; a reflection written today silences it anyway.
    assert "reflect" not in {r.kind for r in reminders.schedule(NOW)}
    records.create("reflection", written_at="2026-03-10 07:00", body="x")
    assert "reflect" not in {r.kind for r in reminders.schedule(NOW, every)}


def test_each_kind_can_be_turned_off(small):
    for kind in reminders.KINDS:
        only_others = Options(kinds=frozenset(reminders.KINDS) - {kind})
        assert kind not in {r.kind for r in reminders.schedule(NOW, only_others)}
    assert reminders.schedule(NOW, Options(kinds=frozenset())) == []


def test_due_now_shows_each_once_and_locked_keeps_only_times(small):
    every = reminders.schedule(NOW, Options(kinds=frozenset(reminders.KINDS)))
    at_nine = reminders.due_now(every, dt.datetime(2026, 3, 10, 9, 1), set())
    assert [r.kind for r in at_nine] == ["due", "overdue", "quiet"]
    shown = {r.key for r in at_nine}
    assert reminders.due_now(every, dt.datetime(2026, 3, 10, 9, 2), shown) == []
    assert [r.kind for r in reminders.due_now(every, dt.datetime(2026, 3, 10, 17, 0), shown)] == [
        "session"
    ]
    # Too late to be useful: two hours after its time a reminder is dropped.
    assert reminders.due_now(every, dt.datetime(2026, 3, 10, 20, 1), shown) == []
    assert reminders.locked_times(every) == [dt.datetime(2026, 3, 10, 17, 0)]
    # The trashed session is not reminded of.
    records.delete("session", small[2].id)
    assert "session" not in {r.kind for r in reminders.schedule(NOW)}


def test_a_session_soon_is_reminded_at_once(small):
    ben = small[1]
    records.create(
        "session", person=ben.id, role="mentor", held_at="2026-03-10 08:10", status="planned"
    )
    first = reminders.schedule(NOW)[0]
    assert first.kind == "session" and first.at == dt.datetime(2026, 3, 10, 7, 40)
    assert reminders.due_now([first], NOW, set()) == [first]
