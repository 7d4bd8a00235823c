"""Read-side services over a small, fully known journal."""

from __future__ import annotations

import datetime as dt
import re
from types import SimpleNamespace

import pytest

from mentorjournal.domain import prep as prep_service
from mentorjournal.domain import queries, records
from mentorjournal.errors import NotFound, ValidationError
from mentorjournal.storage.db import DB
from mentorjournal.storage.models import ActionItem, Person, Reflection, Session, SkillRating

TODAY = dt.date(2026, 3, 10)


@pytest.fixture
def j(journal) -> SimpleNamespace:
    """A journal whose every record and date is known (see the comments)."""
    c = records.create
    n = SimpleNamespace()
    n.ana = c("person", name="Ana", relation="mentor", started_on="2025-01-01")
    n.ben = c("person", name="Ben", relation="mentee", started_on="2025-06-01")
    n.cleo = c("person", name="cleo", relation="contact", created_at="2026-02-01 12:00")
    n.s1 = c(
        "session",
        person=n.ana.id,
        role="mentee",
        held_at="2026-01-05 10:00",
        takeaways="Ask for a stretch project",
        tags=["Work", "Feedback"],
    )
    n.s2 = c(
        "session", person=n.ben.id, role="mentor", held_at="2026-02-10 15:00", tags=["Leadership"]
    )
    n.s3 = c(
        "session",
        person=n.ana.id,
        role="mentee",
        held_at="2026-02-20 09:00",
        notes="We talked about the *proposal*.",
        takeaways="- Draft the proposal\n- Ask Dana for an intro",
    )
    n.s4 = c(
        "session", person=n.ana.id, role="mentee", held_at="2026-03-20 10:00", status="planned"
    )
    n.s5 = c(
        "session", person=n.ana.id, role="mentee", held_at="2026-03-01 11:00", status="cancelled"
    )
    n.r1 = c(
        "reflection",
        written_at="2026-01-06 08:00",
        body="First line\n\nmore **text**",
        session=n.s1.id,
        tags=["work"],
    )
    n.r2 = c(
        "reflection", written_at="2026-02-21 20:00", title="After Ana", body="ok", session=n.s3.id
    )
    n.r3 = c(
        "reflection",
        written_at="2026-02-11 07:00",
        title="Mentoring Ben",
        session=n.s2.id,
        tags=["leadership"],
    )
    n.speaking = c("skill", name="Speaking", target_level=8)
    n.delegation = c("skill", name="Delegation", target_level=7)
    n.writing = c("skill", name="Writing")
    n.rt1 = c("rating", skill=n.speaking.id, rated_on="2025-10-01", value=4)  # older than 90 days
    n.rt2 = c("rating", skill=n.speaking.id, rated_on="2026-02-20", value=6, session=n.s3.id)
    n.rt3 = c("rating", skill=n.delegation.id, rated_on="2026-02-10", value=5, session=n.s2.id)
    n.rt4 = c("rating", skill=n.delegation.id, rated_on="2026-03-01", value=6)
    n.rt5 = c("rating", skill=n.speaking.id, rated_on="2026-03-15", value=7)  # after TODAY
    n.g1 = c("goal", title="Lead a project", person=n.ana.id, target_date="2026-06-30", progress=40)
    n.g2 = c("goal", title="Get promoted", created_at="2026-01-02 12:00")  # mine, unlinked
    n.g3 = c(
        "goal", title="Ben gives a talk", person=n.ben.id, target_date="2026-04-15", progress=20
    )
    n.g4 = c("goal", title="Old goal", person=n.ana.id, target_date="2025-12-01", status="achieved")
    n.a1 = c("action", text="Draft the proposal", session=n.s3.id, due_on="2026-03-01")
    n.a2 = c("action", text="Intro to Dana", owner="them", person=n.ana.id, due_on="2026-03-15")
    n.a3 = c(
        "action", text="Read the book\nchapter 1-3", goal=n.g1.id, created_at="2026-02-25 10:00"
    )
    n.a4 = c("action", text="Old task", session=n.s1.id, due_on="2026-01-20", done_on="2026-01-19")
    n.a5 = c("action", text="Prepare slides", owner="them", session=n.s2.id, due_on="2026-02-28")
    n.a6 = c("action", text="Unlinked chore", due_on="2026-03-09")
    n.w1 = c("win", title="Gave a talk", won_on="2026-02-15", goal=n.g1.id)
    n.w2 = c("win", title="Ben's talk accepted", won_on="2026-03-05", goal=n.g3.id)
    return n


def keys(items) -> list[tuple[str, int]]:
    return [(item.kind, item.id) for item in items]


def ids(rows) -> list[int]:
    return [row.id for row in rows]


def full_order(n) -> list[tuple[str, int]]:
    order = [
        ("goal", n.g1),
        ("goal", n.g3),
        ("session", n.s4),
        ("action", n.a2),
        ("rating", n.rt5),  # same day: kind name breaks the tie
        ("action", n.a6),
        ("win", n.w2),
        ("session", n.s5),
        ("action", n.a1),
        ("rating", n.rt4),
        ("action", n.a5),
        ("action", n.a3),
        ("reflection", n.r2),
        ("session", n.s3),
        ("rating", n.rt2),
        ("win", n.w1),
        ("reflection", n.r3),
        ("session", n.s2),
        ("rating", n.rt3),
        ("person", n.cleo),
        ("action", n.a4),
        ("reflection", n.r1),
        ("session", n.s1),
        ("goal", n.g2),
        ("goal", n.g4),
        ("rating", n.rt1),
        ("person", n.ben),
        ("person", n.ana),
    ]
    return [(kind, rec.id) for kind, rec in order]


# -- timeline ------------------------------------------------------------------


def test_timeline_order_is_exact(j):
    assert keys(queries.timeline()) == full_order(j)
    assert queries.timeline_count() == 28


@pytest.mark.parametrize(
    ("offset", "limit"), [(0, 5), (5, 5), (25, 5), (27, 100), (28, 10), (3, 0)]
)
def test_timeline_paging(j, offset, limit):
    assert (
        keys(queries.timeline(offset=offset, limit=limit)) == full_order(j)[offset : offset + limit]
    )


def test_pages_cover_everything_once(j):
    pages = [keys(queries.timeline(offset=o, limit=7)) for o in range(0, 28, 7)]
    assert sum(pages, []) == full_order(j)


def test_timeline_kinds(j):
    assert keys(queries.timeline(kinds=["session"])) == [
        ("session", s.id) for s in (j.s4, j.s5, j.s3, j.s2, j.s1)
    ]
    assert keys(queries.timeline(kinds=("win", "person"))) == [
        ("win", j.w2.id),
        ("win", j.w1.id),
        ("person", j.cleo.id),
        ("person", j.ben.id),
        ("person", j.ana.id),
    ]
    assert queries.timeline(kinds=[]) == []
    assert queries.timeline_count(kinds="rating") == 5


def test_timeline_person(j):
    got = keys(queries.timeline(person=j.ana.uuid))
    expected = [
        k
        for k in full_order(j)
        if k
        in {
            ("person", j.ana.id),
            ("session", j.s1.id),
            ("session", j.s3.id),
            ("session", j.s4.id),
            ("session", j.s5.id),
            ("reflection", j.r1.id),
            ("reflection", j.r2.id),
            ("rating", j.rt2.id),
            ("goal", j.g1.id),
            ("goal", j.g4.id),
            ("action", j.a1.id),
            ("action", j.a2.id),
            ("action", j.a3.id),
            ("action", j.a4.id),
            ("win", j.w1.id),
        }
    ]
    assert got == expected and len(got) == 15
    assert queries.timeline_count(person=j.ana.id) == 15
    assert keys(queries.timeline(person=j.cleo)) == [("person", j.cleo.id)]
    with pytest.raises(NotFound):
        queries.timeline(person=99)


def test_timeline_tag_is_case_insensitive(j):
    assert keys(queries.timeline(tag="WORK")) == [("reflection", j.r1.id), ("session", j.s1.id)]
    assert keys(queries.timeline(tag=" leadership ")) == [
        ("reflection", j.r3.id),
        ("session", j.s2.id),
    ]
    assert queries.timeline(tag="nothing") == []
    assert keys(queries.timeline(tag="work", kinds=["session", "goal"])) == [("session", j.s1.id)]


def test_timeline_dates_are_inclusive(j):
    got = keys(queries.timeline(start="2026-02-20", end=dt.date(2026, 3, 1)))
    assert got == [
        ("session", j.s5.id),
        ("action", j.a1.id),
        ("rating", j.rt4.id),
        ("action", j.a5.id),
        ("action", j.a3.id),
        ("reflection", j.r2.id),
        ("session", j.s3.id),
        ("rating", j.rt2.id),
    ]
    exact = queries.timeline(start=dt.datetime(2026, 2, 20, 9), end="2026-02-21 20:00")
    assert keys(exact) == [("reflection", j.r2.id), ("session", j.s3.id)]
    assert queries.timeline_count(start="2026-02-20", end="2026-03-01") == 8
    assert keys(queries.timeline(start="2026-03-16")) == [
        ("goal", j.g1.id),
        ("goal", j.g3.id),
        ("session", j.s4.id),
    ]


def test_timeline_filters_combine(j):
    got = queries.timeline(
        person=j.ana.id, kinds=["action", "session"], start="2026-02-01", end="2026-03-31"
    )
    assert keys(got) == [
        ("session", j.s4.id),
        ("action", j.a2.id),
        ("session", j.s5.id),
        ("action", j.a1.id),
        ("action", j.a3.id),
        ("session", j.s3.id),
    ]


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"kinds": ["meeting"]}, "kinds"),
        ({"limit": 1001}, "limit"),
        ({"limit": -1}, "limit"),
        ({"offset": "x"}, "offset"),
        ({"start": "2026-02-30"}, "start"),
        ({"end": "soon"}, "end"),
    ],
)
def test_timeline_bad_filters(j, kwargs, field):
    with pytest.raises(ValidationError) as info:
        queries.timeline(**kwargs)
    assert info.value.field == field


def test_timeline_items_content(j):
    items = {(i.kind, i.id): i for i in queries.timeline()}
    s3 = items[("session", j.s3.id)]
    assert (s3.uuid, s3.when, s3.title, s3.summary) == (
        j.s3.uuid,
        dt.datetime(2026, 2, 20, 9),
        "Session with Ana (as mentee)",
        "Draft the proposal Ask Dana for an intro",
    )
    assert (s3.person_id, s3.person_name, s3.tags) == (j.ana.id, "Ana", ())
    assert items[("session", j.s1.id)].tags == ("Feedback", "Work")
    assert items[("session", j.s5.id)].title == "Session with Ana (as mentee) — cancelled"
    r1 = items[("reflection", j.r1.id)]
    assert (r1.title, r1.summary, r1.person_name, r1.tags) == (
        "First line",
        "more text",
        "Ana",
        ("Work",),
    )
    assert (items[("rating", j.rt2.id)].title, items[("rating", j.rt2.id)].person_name) == (
        "Speaking: 6/10",
        "Ana",
    )
    assert items[("rating", j.rt1.id)].person_id is None
    a3 = items[("action", j.a3.id)]
    assert (a3.title, a3.summary, a3.person_name, a3.when) == (
        "Read the book",
        "",
        "Ana",
        dt.datetime(2026, 2, 25, 10),
    )
    assert (items[("action", j.a5.id)].person_name, items[("win", j.w2.id)].person_name) == (
        "Ben",
        "Ben",
    )
    assert items[("person", j.ben.id)].summary == "My mentee"
    assert items[("goal", j.g2.id)].person_id is None


def test_timeline_summary_is_short_plain_text(journal):
    body = "# Heading\n\n" + "**Bold** [a link](https://example.org) and `code` " * 200
    r = records.create("reflection", written_at="2026-01-01 10:00", title="T", body=body)
    item = queries.timeline()[0]
    assert item.id == r.id
    assert len(item.summary) <= 200 and item.summary.endswith("…")
    assert item.summary.startswith("Heading Bold a link and code Bold a link")
    assert not set("#*[]()`") & set(item.summary)


def test_same_moment_same_kind_newest_id_first(journal):
    wins = [records.create("win", title=f"w{i}", won_on="2026-01-01").id for i in range(3)]
    assert [i.id for i in queries.timeline()] == wins[::-1]
    # Ties are ordered in SQL, before paging: each page continues the last.
    assert [queries.timeline(offset=k, limit=1)[0].id for k in range(3)] == wins[::-1]


def test_timeline_correct_at_scale(journal):
    """30,000 rows (3x a heavy user's 10 years): counts, deep pages and order hold.

    Speed is measured by bench/run.py, not asserted here.
    """
    start = dt.datetime(2016, 1, 1)
    person = records.create("person", name="P", relation="mentor")
    skill = records.create("skill", name="S")
    with DB.atomic():
        Session.insert_many(
            [
                {
                    "person": person.id,
                    "role": "mentee",
                    "held_at": start + dt.timedelta(days=i),
                    "uuid": f"00000000-0000-4000-8000-{i:012d}",
                    "notes": "n" * 500,
                }
                for i in range(1500)
            ]
        ).execute()
        Reflection.insert_many(
            [
                {
                    "written_at": start + dt.timedelta(hours=7 * i),
                    "title": f"r{i}",
                    "body": "b " * 500,
                    "uuid": f"00000000-0000-4000-9000-{i:012d}",
                    "session": 1 + i % 1500,
                }
                for i in range(12000)
            ]
        ).execute()
        ActionItem.insert_many(
            [
                {
                    "text": f"a{i}",
                    "due_on": (start + dt.timedelta(days=i % 3650)).date(),
                    "uuid": f"00000000-0000-4000-a000-{i:012d}",
                }
                for i in range(9000)
            ]
        ).execute()
        SkillRating.insert_many(
            [
                {
                    "skill": skill.id,
                    "value": 1 + i % 10,
                    "rated_on": (start + dt.timedelta(days=i % 3650)).date(),
                    "uuid": f"00000000-0000-4000-b000-{i:012d}",
                }
                for i in range(6000)
            ]
        ).execute()
    total = queries.timeline_count()
    page = queries.timeline(offset=15000, limit=100)
    by_person = queries.timeline(person=person.id, offset=1000, limit=100)
    assert total == 1500 + 12000 + 9000 + 6000 + 1
    assert len(page) == 100 and len(by_person) == 100
    assert all(a.when >= b.when for a, b in zip(page, page[1:], strict=False))


def test_ordered_keys_give_back_every_key_as_read(monkeypatch):
    monkeypatch.setattr(queries.OrderedKeys, "CHUNK", 3)  # widths change between chunks
    rows = [
        ("win", 7, "2026-01-02 00:00:00"),
        ("session", 2**40, "2026-01-01 09:30:00.123456"),
        ("action", 1, "2025-12-31 00:00:00"),
        ("reflection", 12, "2025-12-30 08:00:00"),
        ("person", 3, "2025-12-29 10:00:00.000001+01:00"),  # longer than any before
        ("goal", 9, "2025-12-28 00:00:00"),
        ("rating", 4, "2025-12-27 00:00:00"),
    ]
    keys = queries.OrderedKeys(iter(rows))
    assert len(keys) == 7
    assert keys.page(0, 100) == rows
    assert [keys.page(at, 2) for at in range(0, 7, 2)] == [
        rows[at : at + 2] for at in range(0, 7, 2)
    ]
    assert keys.page(6, 5) == rows[6:] and keys.page(7, 5) == [] and keys.page(3, 0) == []
    empty = queries.OrderedKeys([])
    assert len(empty) == 0 and empty.page(0, 10) == []


def test_timeline_keeps_each_moment_as_stored(journal):
    exact = dt.datetime(2026, 1, 1, 9, 30, 0, 123456)
    reflection = records.create("reflection", written_at=exact, title="Exact")
    win = records.create("win", title="A day", won_on="2026-01-02")
    items = queries.timeline()
    assert [(i.kind, i.id, i.when) for i in items] == [
        ("win", win.id, dt.datetime(2026, 1, 2)),
        ("reflection", reflection.id, exact),
    ]
    assert queries.timeline(offset=1, limit=1)[0].when == exact


# -- lists ---------------------------------------------------------------------------


def test_overdue_actions(j):
    assert ids(queries.overdue_actions(today=TODAY)) == [j.a5.id, j.a1.id, j.a6.id]
    assert ids(queries.overdue_actions(today=dt.date(2026, 3, 1))) == [j.a5.id]
    records.complete_action(j.a1.id, on="2026-03-09")
    assert ids(queries.overdue_actions(today=TODAY)) == [j.a5.id, j.a6.id]


def test_open_actions(j):
    assert ids(queries.open_actions()) == [j.a5.id, j.a1.id, j.a6.id, j.a2.id, j.a3.id]
    assert ids(queries.open_actions(owner="them")) == [j.a5.id, j.a2.id]
    assert ids(queries.open_actions(person=j.ana.id)) == [j.a1.id, j.a2.id, j.a3.id]
    assert ids(queries.open_actions(owner="me", person=j.ben.uuid)) == []
    with pytest.raises(ValidationError, match="^owner: "):
        queries.open_actions(owner="boss")


def test_wins_people_sessions_reflections_goals(j):
    assert ids(queries.wins()) == [j.w2.id, j.w1.id]
    assert ids(queries.wins(start="2026-03-05")) == [j.w2.id]
    assert ids(queries.wins(end=dt.date(2026, 3, 4))) == [j.w1.id]
    assert ids(queries.people()) == [j.ana.id, j.ben.id, j.cleo.id]
    assert ids(queries.people("Mentee")) == [j.ben.id]
    assert ids(queries.sessions(person=j.ana.id)) == [j.s4.id, j.s5.id, j.s3.id, j.s1.id]
    assert ids(queries.sessions(role="mentor")) == [j.s2.id]
    assert ids(queries.sessions(status="planned")) == [j.s4.id]
    assert ids(queries.reflections()) == [j.r2.id, j.r3.id, j.r1.id]
    assert ids(queries.reflections(tag="Work")) == [j.r1.id]
    assert ids(queries.reflections(start="2026-02-11", end="2026-02-21")) == [j.r2.id, j.r3.id]
    assert ids(queries.reflections(session=j.s3.uuid)) == [j.r2.id]
    assert ids(queries.goals()) == [j.g4.id, j.g3.id, j.g1.id, j.g2.id]
    assert ids(queries.goals(status="active")) == [j.g3.id, j.g1.id, j.g2.id]
    assert ids(queries.goals(person=j.ana.id)) == [j.g4.id, j.g1.id]
    with pytest.raises(ValidationError, match="^relation: "):
        queries.people("boss")


def test_skills_with_latest(j):
    got = [(s.id, value, day) for s, value, day in queries.skills_with_latest()]
    assert got == [
        (j.delegation.id, 6, dt.date(2026, 3, 1)),
        (j.speaking.id, 7, dt.date(2026, 3, 15)),
        (j.writing.id, None, None),
    ]


def test_person_history(j):
    h = queries.person_history(j.ana.id)
    assert h.person.id == j.ana.id
    assert ids(h.sessions) == [j.s4.id, j.s5.id, j.s3.id, j.s1.id]
    assert ids(h.goals) == [j.g4.id, j.g1.id]
    assert ids(h.actions) == [j.a1.id, j.a2.id, j.a3.id, j.a4.id]
    assert ids(h.reflections) == [j.r2.id, j.r1.id]
    assert isinstance(h.person, Person)


# -- session prep ---------------------------------------------------------------------

ANA_AGENDA = """\
# Session with Ana

Prepared 2026-03-10 · last session 2026-02-20 · next session 2026-03-20 10:00

## Since last time

> - Draft the proposal
> - Ask Dana for an intro

## Follow-ups on open items

Mine:

- [ ] Draft the proposal (due 2026-03-01, overdue)
- [ ] Read the book

Ana's:

- [ ] Intro to Dana (due 2026-03-15)

## Goal check-ins

- **Lead a project** — 40% done, target 2026-06-30: what moved since last time, and what is the next step?
- **Get promoted** — 0% done: what moved since last time, and what is the next step?

## Skills

- Delegation: 6/10 on 2026-03-01 (target 7, up from 5)
- Speaking: 6/10 on 2026-02-20 (target 8, up from 4)

## Questions

- What went well since 2026-02-20, and what did I learn from it?
- Where am I stuck, and what advice do I want?
- Which one thing should I leave this session with?
- What will each of us do before we meet again, and when is that?
"""


def test_session_prep_for_my_mentor(j):
    got = prep_service.session_prep(j.ana.uuid, today=TODAY)
    assert (got.person.id, got.today) == (j.ana.id, TODAY)
    assert got.last_session.id == j.s3.id
    assert got.next_session.id == j.s4.id
    assert ids(got.my_actions) == [j.a1.id, j.a3.id]
    assert ids(got.their_actions) == [j.a2.id]
    assert ids(got.goals) == [j.g1.id]
    assert ids(got.own_goals) == [j.g2.id]
    assert [(s.skill_id, s.value, s.rated_on, s.target_level, s.previous) for s in got.ratings] == [
        (j.delegation.id, 6, dt.date(2026, 3, 1), 7, 5),
        (j.speaking.id, 6, dt.date(2026, 2, 20), 8, 4),
    ]
    assert got.draft_agenda == ANA_AGENDA


def test_session_prep_for_my_mentee(j):
    got = prep_service.session_prep(j.ben.id, today=TODAY)
    assert got.last_session.id == j.s2.id and got.next_session is None
    assert (ids(got.my_actions), ids(got.their_actions)) == ([], [j.a5.id])
    assert (ids(got.goals), got.own_goals) == ([j.g3.id], [])
    # Only ratings from sessions with Ben: his skills as I rated them.
    assert [(s.skill_id, s.value, s.previous) for s in got.ratings] == [(j.delegation.id, 5, None)]
    agenda = got.draft_agenda
    assert "Ben's:\n\n- [ ] Prepare slides (due 2026-02-28, overdue)\n" in agenda
    assert "Mine:" not in agenda and "Since last time" not in agenda
    assert "- What has changed since 2026-02-10, and what are you proud of?" in agenda
    assert "- Delegation: 5/10 on 2026-02-10 (target 7)\n" in agenda


def test_session_prep_with_nothing_yet(j):
    got = prep_service.session_prep(j.cleo.id, today=TODAY)
    assert (got.last_session, got.next_session, got.my_actions, got.their_actions) == (
        None,
        None,
        [],
        [],
    )
    assert (got.goals, got.own_goals) == ([], [])
    assert [s.skill_id for s in got.ratings] == [j.delegation.id, j.speaking.id]  # my skills
    assert got.draft_agenda.startswith("# Session with cleo\n\nPrepared 2026-03-10\n\n")
    assert "No open action items." in got.draft_agenda
    assert "- What went well, and what did I learn from it?" in got.draft_agenda


def test_session_prep_ignores_old_ratings_and_done_items(j):
    got = prep_service.session_prep(j.ana.id, today=dt.date(2026, 6, 1))  # 90 days after 2026-03-03
    assert [s.skill_id for s in got.ratings] == [j.speaking.id]  # 2026-03-15 is recent
    assert got.ratings[0].value == 7 and got.ratings[0].previous == 6
    assert j.a4.id not in ids(got.my_actions)
    assert got.last_session.id == j.s3.id  # s4 is still planned, not done


# -- the ordered key list (pages are slices of it) ------------------------------------


def _old_page_sql(offset: int, limit: int) -> list[tuple[str, int]]:
    """The keys of a page as the timeline read them before the key list: one ordered
    ``LIMIT ? OFFSET ?`` over the union."""
    union, params = queries._union(None, None, None, None, None)
    sql = f"SELECT kind, id FROM ({union}) ORDER BY when_ DESC, kind, id DESC LIMIT ? OFFSET ?"
    return [(k, i) for k, i in DB.execute_sql(sql, [*params, limit, offset]).fetchall()]


def test_pages_match_the_old_offset_query_across_ties(journal):
    """Equal timestamps in several kinds straddle every page boundary: each page of 3
    continues the last exactly as the old ``OFFSET`` query ordered them."""
    person = records.create("person", name="P", relation="mentor", started_on="2026-01-01")
    for i in range(4):
        records.create("win", title=f"w{i}", won_on="2026-01-01")
        records.create("action", text=f"a{i}", due_on="2026-01-01", person=person.id)
        records.create("reflection", title=f"r{i}", written_at="2026-01-01 00:00")
        records.create("goal", title=f"g{i}", target_date="2026-01-01", person=person.id)
    total = queries.timeline_count()
    walked = []
    for offset in range(0, total + 3, 3):
        page = [(i.kind, i.id) for i in queries.timeline(offset=offset, limit=3)]
        assert page == _old_page_sql(offset, 3)
        walked += page
    assert len(walked) == len(set(walked)) == total == 17


def test_the_key_list_follows_edits_between_pages(journal):
    first = records.create("win", title="first", won_on="2026-01-02")
    assert [i.title for i in queries.timeline(limit=5)] == ["first"]
    records.create("win", title="second", won_on="2026-01-03")
    assert [i.title for i in queries.timeline(limit=5)] == ["second", "first"]
    records.update("win", first.id, title="renamed")
    assert [i.title for i in queries.timeline(offset=1, limit=5)] == ["renamed"]
    records.delete("win", first.id)  # to the trash: off the timeline at once
    assert [i.title for i in queries.timeline(limit=5)] == ["second"]
    assert [i.title for i in queries.timeline(sort="title", descending=False)] == ["second"]


def test_the_key_list_sees_commits_from_another_connection(journal):
    import threading

    records.create("win", title="here", won_on="2026-01-02")
    assert len(queries.timeline()) == 1

    def elsewhere() -> None:  # another thread: another connection to the same file
        records.create("win", title="there", won_on="2026-01-03")
        DB.close()

    worker = threading.Thread(target=elsewhere)
    worker.start()
    worker.join(timeout=60)
    assert [i.title for i in queries.timeline()] == ["there", "here"]


# -- sort orders, counts and summaries read on first use ------------------------------


def _sort_title(n, kind: str, record_id: int) -> str:
    """What the "title" order compares: the stored name, title or text (not the shown title)."""
    rec = next(r for r in vars(n).values() if _kind(r) == kind and r.id == record_id)
    if kind == "session":
        return f"Session with {rec.person.name}"
    if kind == "rating":
        return rec.skill.name
    if kind == "action":
        return rec.text
    return rec.name if kind == "person" else rec.title


def _kind(rec) -> str:
    return {
        "Person": "person",
        "Session": "session",
        "Reflection": "reflection",
        "SkillRating": "rating",
        "Goal": "goal",
        "ActionItem": "action",
        "Win": "win",
    }.get(type(rec).__name__, "")


@pytest.mark.parametrize("descending", [False, True])
def test_timeline_sort_orders_and_their_pages(j, descending):
    newest = full_order(j)  # the other orders break ties by date, newest first, then id
    listed = {(i.kind, i.id): i for i in queries.timeline()}
    named = sorted(
        (k for k in newest if listed[k].person_name is not None),
        key=lambda k: listed[k].person_name.lower(),
        reverse=descending,
    )
    expected = {
        "when": newest
        if descending
        else sorted(newest, key=lambda k: (listed[k].when, k[0], k[1])),
        "kind": sorted(newest, key=lambda k: k[0], reverse=descending),
        "title": sorted(newest, key=lambda k: _sort_title(j, *k).lower(), reverse=descending),
        # nobody's records last either way
        "person": named + [k for k in newest if listed[k].person_name is None],
    }
    for sort, order in expected.items():
        assert keys(queries.timeline(sort=sort, descending=descending)) == order, sort
        pages = [
            keys(queries.timeline(sort=sort, descending=descending, offset=o, limit=6))
            for o in range(0, 28, 6)
        ]
        assert sum(pages, []) == order, sort
        # the rows of a sorted page are the same rows as the timeline's own
        assert [listed[k] for k in order] == queries.timeline(sort=sort, descending=descending)


def test_timeline_count_follows_edits_and_filters(j):
    assert len(queries.timeline(limit=1000)) == queries.timeline_count() == 28
    records.create("win", title="New", won_on="2026-03-06")
    assert queries.timeline_count() == 29
    records.delete("win", j.w1.id)  # to the trash
    assert queries.timeline_count() == 28
    assert queries.timeline_count(kinds="win") == 2
    assert queries.timeline_count(person=j.ben.id) == len(queries.timeline(person=j.ben.id))


def test_summary_is_read_when_first_asked_then_kept(j):
    s3 = next(i for i in queries.timeline(kinds="session") if i.id == j.s3.id)
    records.update("session", j.s3.id, takeaways="Changed *since* the page was read")
    assert s3.summary == "Changed since the page was read"  # the record as it stands then
    records.update("session", j.s3.id, takeaways="Again")
    assert s3.summary == "Changed since the page was read"  # made once per item
    assert queries.timeline(kinds="session", limit=5)[2].summary == "Again"


def test_summary_of_each_kind(j):
    records.update("goal", j.g1.id, description="Own the *whole* roadmap")
    records.update("win", j.w1.id, description="People **clapped**")
    records.update("rating", j.rt2.id, note="Better than last time")
    records.update("person", j.ana.id, notes="Met at a `conference`")
    items = {(i.kind, i.id): i for i in queries.timeline()}
    assert items[("goal", j.g1.id)].summary == "Own the whole roadmap"
    assert items[("win", j.w1.id)].summary == "People clapped"
    assert items[("rating", j.rt2.id)].summary == "Better than last time"
    assert items[("person", j.ana.id)].summary == "Met at a conference"
    assert items[("person", j.cleo.id)].summary == "Contact"  # no notes: the relation
    assert items[("session", j.s1.id)].summary == "Ask for a stretch project"
    assert items[("action", j.a1.id)].summary == ""  # its text is the title
    assert items[("reflection", j.r2.id)].summary == "ok"


def test_blank_title_shows_a_long_bodys_first_line_and_the_rest_as_summary(journal):
    body = (
        "# Plan for *Q3*\n\n" + "Talk to **Dana** about the [budget](https://example.org). " * 300
    )
    assert len(body) > 4096 * 3  # stored across overflow pages
    r = records.create("reflection", written_at="2026-01-01 10:00", body=body)
    item = queries.timeline()[0]
    assert (item.id, item.title) == (r.id, "Plan for Q3")
    assert item.summary.startswith("Talk to Dana about the budget. Talk to Dana")
    assert len(item.summary) <= 200 and item.summary.endswith("…")
    assert not set("#*[]()") & set(item.summary)


def test_a_title_blank_only_to_python_still_shows_the_first_line(journal):
    r = records.create("reflection", written_at="2026-01-01 10:00", title="x", body="Line one\nTwo")
    DB.execute_sql("UPDATE reflection SET title = ? WHERE id = ?", ["\u00a0\u2003", r.id])
    item = queries.timeline()[0]
    assert (item.title, item.summary) == ("Line one", "Two")


def test_summary_of_a_locked_journal_is_empty_and_read_once_unlocked(journal_path):
    from mentorjournal.storage.journal import Journal
    from tests.conftest import FAST, PASSPHRASE

    opened = Journal.create(journal_path, PASSPHRASE, kdf=FAST)
    records.create("win", title="W", won_on="2026-01-01", description="Shipped it")
    item = queries.timeline()[0]
    opened.close()
    assert item.summary == ""  # nothing read while locked, and nothing kept
    opened = Journal.open(journal_path, PASSPHRASE)
    try:
        assert item.summary == "Shipped it"
    finally:
        opened.close()


def test_the_timeline_order_is_read_from_the_date_indexes_not_the_rows(journal):
    """Schema 5: every branch of the timeline's key read scans its table's partial index
    of live rows by date (``models.TIMELINE_DATES``), not the table: reading
    ``deleted_at`` from the rows walked every overflow page of their long text."""
    union, params = queries._union(None, None, None, None, None)
    plan = [
        row[-1]
        for row in DB.execute_sql(
            f"EXPLAIN QUERY PLAN SELECT kind, id, when_ FROM ({union})", params
        )
    ]
    branches = [step for step in plan if step.startswith("SCAN x")]
    assert len(branches) == 7, plan
    for step in branches:
        assert re.fullmatch(r"SCAN x USING (COVERING )?INDEX \w+_live_by_date", step), plan


def test_a_pages_reflection_ratings_come_from_the_index_and_are_right(journal):
    """A reflection's ratings and session lie after its body: a page reads them from
    ``reflection_live_by_date`` (one seek by date and id), not from the row."""
    ana = records.create("person", name="Ana", relation="mentor")
    met = records.create("session", person=ana.id, role="mentee", held_at="2026-03-01T10:00")
    records.create(
        "reflection",
        title="long",
        written_at="2026-03-02 09:00",
        confidence=4,
        motivation=9,
        session=met.id,
        body="words " * 20000,
    )
    records.create("reflection", title="plain", written_at="2026-03-02 09:00", confidence=6)
    rows = {i.title: i for i in queries.timeline(kinds="reflection")}
    assert (rows["long"].confidence, rows["long"].motivation) == (4, 9)
    assert rows["long"].person_name == "Ana"
    assert (rows["plain"].confidence, rows["plain"].motivation, rows["plain"].person_name) == (
        6,
        None,
        None,
    )
    plan = [
        r[-1]
        for r in DB.execute_sql("EXPLAIN QUERY PLAN " + queries._list_sql("reflection"), ["[1]"])
    ]
    assert any(s.startswith("SEARCH i USING INDEX reflection_live_by_date") for s in plan), plan
