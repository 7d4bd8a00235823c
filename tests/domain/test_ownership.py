"""One rule for "belongs to a person", checked at every reader that uses it.

The regression case from the issue: person Ada, a goal under Ada, an action
item under that goal with a past due date (and no person or session of its
own). Before the rule had one home, the timeline, open actions and session
prep counted it for Ada while Insights, ``stats`` and search did not.
"""

from __future__ import annotations

import datetime as dt

import pytest

from mentorjournal.analytics import insights, stats
from mentorjournal.analytics.readings import MoodRecords, mood_series
from mentorjournal.domain import ownership, prep, queries, records, rules, search
from mentorjournal.kinds import Kind
from mentorjournal.storage.db import DB

TODAY = dt.date(2026, 3, 10)
DUE = dt.date(2026, 2, 1)  # before TODAY: overdue


@pytest.fixture
def ada(journal):
    """Ada, her goal, and an overdue action under the goal; Bob with his own things."""
    ada = records.create("person", name="Ada", relation="mentor")
    bob = records.create("person", name="Bob", relation="mentee")
    goal = records.create("goal", title="Speak at the summit", person=ada.id)
    action = records.create("action", text="Draft the zebracorn talk", goal=goal.id, due_on=DUE)
    bob_session = records.create(
        "session", person=bob.id, role="mentor", held_at=dt.datetime(2026, 1, 5, 10), status="done"
    )
    records.create("action", text="Bob's zebracorn homework", session=bob_session.id, due_on=DUE)
    records.create(
        "win", title="Zebracorn abstract accepted", won_on=dt.date(2026, 3, 1), goal=goal.id
    )
    return {"ada": ada, "bob": bob, "goal": goal, "action": action}


def test_the_action_belongs_to_ada_by_the_sql_rule(ada):
    sql = f"SELECT {ownership.person_of('action', 'a')} FROM action_item a WHERE a.id = ?"
    assert DB.execute_sql(sql, [ada["action"].id]).fetchone()[0] == ada["ada"].id


def test_timeline(ada):
    items = queries.timeline(kinds=["action"], person=ada["ada"].id)
    assert [i.id for i in items] == [ada["action"].id]
    assert queries.timeline_count(kinds=["action"], person=ada["bob"].id) == 1


def test_open_and_overdue_lists(ada):
    assert [a.id for a in queries.open_actions(person=ada["ada"].id)] == [ada["action"].id]
    overdue = queries.overdue_actions(TODAY)
    assert ada["action"].id in [a.id for a in overdue]
    assert rules.is_overdue(ada["action"].due_on, None, TODAY)


def test_person_history(ada):
    assert [a.id for a in queries.person_history(ada["ada"].id).actions] == [ada["action"].id]


def test_session_prep(ada):
    p = prep.session_prep(ada["ada"].id, today=TODAY)
    assert [a.id for a in p.my_actions] == [ada["action"].id]
    assert "overdue" in p.draft_agenda


def test_search(ada):
    hits = search.search("zebracorn", person=ada["ada"].id)
    assert {(h.kind, h.id) for h in hits} >= {("action", ada["action"].id)}
    assert ("action", ada["action"].id) not in {
        (h.kind, h.id) for h in search.search("zebracorn", person=ada["bob"].id)
    }
    assert search.count("zebracorn", person=ada["ada"].id) == len(hits)


def test_stats(ada):
    months = stats.action_completion_per_month(person=ada["ada"].id)
    assert [(m.month, m.due, m.completed) for m in months] == [(dt.date(2026, 2, 1), 1, 0)]
    assert stats.open_count(ada["ada"].id) == 1
    assert stats.overdue_count(TODAY, person=ada["ada"].id) == 1
    assert stats.overdue_count(TODAY, person=ada["bob"].id) == 1
    assert stats.overdue_count(TODAY) == 2  # each item counted once, for one person
    assert stats.wins_count(dt.date(2026, 1, 1), TODAY, ada["ada"].id) == 1


def test_insights_cards_and_snapshot(ada):
    snap = insights.snapshot(MoodRecords(), ada["ada"].id, TODAY)
    assert (snap.cards.open_actions, snap.cards.overdue_actions) == (1, 1)
    assert [(m.month, m.due) for m in snap.actions] == [(dt.date(2026, 2, 1), 1)]
    assert snap.cards == stats.summary(
        TODAY, ada["ada"].id, role=snap.cards.role
    )  # the card's role


def test_every_record_belongs_to_at_most_one_person(ada):
    """Counts per person add up to the whole journal's."""
    people = [ada["ada"].id, ada["bob"].id]
    for kind in (Kind.ACTION, Kind.WIN, Kind.GOAL, Kind.SESSION):
        table = {Kind.ACTION: "action_item"}.get(kind, str(kind))
        total = DB.execute_sql(f"SELECT count(*) FROM {table}").fetchone()[0]
        owned = sum(
            DB.execute_sql(
                f"SELECT count(*) FROM {table} t WHERE {ownership.belongs_to(kind, 't')}", [pid]
            ).fetchone()[0]
            for pid in people
        )
        nobody = DB.execute_sql(
            f"SELECT count(*) FROM {table} t WHERE {ownership.person_of(kind, 't')} IS NULL"
        ).fetchone()[0]
        assert owned + nobody == total, kind


def test_own_person_comes_before_session_and_goal(journal):
    ada = records.create("person", name="Ada", relation="mentor")
    bob = records.create("person", name="Bob", relation="mentee")
    goal = records.create("goal", title="g", person=ada.id)
    held = records.create("session", person=ada.id, role="mentee", held_at=dt.datetime(2026, 1, 5))
    item = records.create(
        "action", text="Bob does it", person=bob.id, session=held.id, goal=goal.id
    )
    assert [a.id for a in queries.open_actions(person=bob.id)] == [item.id]
    assert queries.open_actions(person=ada.id) == []
    by_session = records.create("action", text="agreed with Ada", session=held.id, goal=None)
    assert [a.id for a in queries.open_actions(person=ada.id)] == [by_session.id]


def test_readings_of_a_person_follow_the_rule(journal):
    ada = records.create("person", name="Ada", relation="mentor")
    held = records.create(
        "session", person=ada.id, role="mentee", held_at=dt.datetime(2026, 1, 5), confidence_after=7
    )
    records.create("reflection", written_at=dt.datetime(2026, 1, 6), confidence=6, session=held.id)
    records.create("reflection", written_at=dt.datetime(2026, 1, 7), confidence=3)  # nobody's
    assert [p.confidence for p in mood_series(person=ada.id)] == [7, 6]
    loaded = MoodRecords()
    loaded.ensure(None)
    assert loaded.series(ada.id) == mood_series(person=ada.id)
    assert [p.confidence for p in loaded.series()] == [7, 6, 3]
