"""The record services: validated, transactional create/update/delete/get."""

from __future__ import annotations

import datetime as dt

import pytest

from mentorjournal.domain import records, validation
from mentorjournal.errors import NotFound, ValidationError
from mentorjournal.storage.db import DB
from mentorjournal.storage.journal import Journal
from mentorjournal.storage.models import ActionItem, Reflection, Session, SessionTag, Tag
from tests.conftest import PASSPHRASE


def _rows(table: str) -> list[tuple]:
    """Every stored row of a table, exactly as SQLite holds it."""
    return DB.execute_sql(f"SELECT * FROM {table} ORDER BY 1, 2").fetchall()


def _snapshot() -> dict[str, list[tuple]]:
    tables = [
        "person",
        "session",
        "reflection",
        "tag",
        "session_tag",
        "reflection_tag",
        "skill",
        "skill_rating",
        "goal",
        "action_item",
        "win",
    ]
    return {t: _rows(t) for t in tables}


@pytest.fixture
def ana(journal):
    return records.create("person", name="Ana", relation="mentor", started_on="2025-01-01")


@pytest.fixture
def session(ana):
    return records.create(
        "session",
        person=ana.id,
        role="mentee",
        held_at="2026-01-05 10:00",
        duration_min="45",
        notes="Talked about **feedback**.",
        motivation="7",
        confidence_before=5,
        tags=["Work"],
    )


# -- create and get -------------------------------------------------------------


def test_create_every_kind_and_get_it_back(journal):
    ana = records.create("person", name=" Ana ", relation="mentor")
    s = records.create("session", person=ana.uuid, role="mentor", held_at="2026-01-05T10:00")
    r = records.create("reflection", written_at="2026-01-06 08:00", body="# Hi", session=s)
    sk = records.create("skill", name="Speaking", target_level="8")
    rt = records.create("rating", skill=sk.id, rated_on="2026-01-07", value="6", source="Mentor")
    g = records.create("goal", title="Lead", person=ana, progress="40")
    a = records.create("action", text="Call", owner="them", goal=g.id, due_on="2026-02-01")
    w = records.create("win", title="Talk", won_on="2026-01-08", skill=sk.id)
    for kind, rec in [
        ("person", ana),
        ("session", s),
        ("reflection", r),
        ("skill", sk),
        ("rating", rt),
        ("goal", g),
        ("action", a),
        ("win", w),
    ]:
        assert records.get(kind, rec.id).uuid == rec.uuid
        assert records.get(kind, rec.uuid).id == rec.id
        assert records.get(kind, str(rec.id)).id == rec.id
        assert records.get(kind, rec).id == rec.id
    assert records.get("person", ana.id).name == "Ana"
    assert records.get("session", s.id).held_at == dt.datetime(2026, 1, 5, 10, 0)
    assert records.get("reflection", r.id).session_id == s.id
    assert records.get("skill", sk.id).target_level == 8
    assert (records.get("rating", rt.id).value, records.get("rating", rt.id).source) == (
        6,
        "mentor",
    )
    assert (records.get("goal", g.id).progress, records.get("goal", g.id).person_id) == (40, ana.id)
    assert records.get("action", a.id).due_on == dt.date(2026, 2, 1)
    assert records.get("win", w.id).skill_id == sk.id
    assert records.MODEL_FOR_KIND["action"] is ActionItem


def test_defaults_for_dated_kinds(journal):
    before = dt.datetime.now().replace(microsecond=0)
    r = records.create("reflection", body="x")
    sk = records.create("skill", name="S")
    rating = records.create("rating", skill=sk.id, value=3)
    win = records.create("win", title="W")
    assert before <= records.get("reflection", r.id).written_at <= dt.datetime.now()
    assert records.get("rating", rating.id).rated_on == dt.date.today()
    assert records.get("win", win.id).won_on == dt.date.today()
    assert (
        records.get(
            "session",
            records.create(
                "session",
                person=records.create("person", name="P", relation="contact").id,
                role="mentee",
                held_at="2026-01-01 09:00",
            ).id,
        ).status
        == "done"
    )


@pytest.mark.parametrize(
    ("ref", "message"),
    [
        (99, "No session with id 99."),
        ("99", "No session with id 99."),
        (
            "00000000-0000-0000-0000-000000000001",
            "No session with UUID 00000000-0000-0000-0000-000000000001.",
        ),
        ("Ana", "No session called 'Ana': use its id or UUID."),
        (None, "No session for NoneType: use its id or UUID."),
    ],
)
def test_get_missing_is_not_found(journal, ref, message):
    with pytest.raises(NotFound) as info:
        records.get("session", ref)
    assert str(info.value) == message


def test_unknown_kind(journal):
    with pytest.raises(ValidationError, match="^kind: unknown record kind 'meeting'"):
        records.create("meeting", title="x")
    with pytest.raises(ValidationError, match="^kind: "):
        records.get("meeting", 1)


def test_refused_create_writes_nothing(ana):
    before = _snapshot()
    with pytest.raises(ValidationError, match="^motivation: must be a whole number"):
        records.create(
            "session",
            person=ana.id,
            role="mentee",
            held_at="2026-01-05 10:00",
            motivation=11,
            tags=["new-tag"],
        )
    with pytest.raises(ValidationError, match="^person: no person with id 42$"):
        records.create("session", person=42, role="mentee", held_at="2026-01-05 10:00")
    assert _snapshot() == before


def test_import_keeps_uuid_and_timestamps(journal):
    created = dt.datetime(2020, 5, 1, 12, 0, 0)
    updated = dt.datetime(2021, 6, 2, 13, 0, 0)
    uid = "0efc424e-cdfa-4438-b308-880c2018dcce"
    goal = records.create(
        "goal", title="Old", uuid=uid.upper(), created_at=created, updated_at=updated
    )
    stored = records.get("goal", uid)
    assert (stored.id, stored.created_at, stored.updated_at) == (goal.id, created, updated)
    with pytest.raises(ValidationError, match="^uuid: another goal already has this UUID$"):
        records.create("goal", title="Clash", uuid=uid)


# -- update -----------------------------------------------------------------------


def test_update_changes_fields_and_updated_at(session):
    stored = records.get("session", session.id)
    updated = records.update(
        "session", session.id, motivation="9", notes="New *notes*", status="planned"
    )
    assert (updated.motivation, updated.notes, updated.status) == (9, "New *notes*", "planned")
    again = records.get("session", session.id)
    assert (again.motivation, again.notes, again.status) == (9, "New *notes*", "planned")
    assert again.updated_at > stored.updated_at
    assert again.created_at == stored.created_at
    assert again.uuid == stored.uuid
    assert again.duration_min == 45  # untouched fields keep their values


def test_update_without_change_writes_nothing(session):
    stored = records.get("session", session.id)
    same = records.update(
        "session", session.uuid, motivation="7", tags=["work"], notes=stored.notes
    )
    assert records.get("session", session.id).updated_at == stored.updated_at
    assert same.id == session.id


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"motivation": 11}, "motivation"),
        ({"motivation": "7.5"}, "motivation"),
        ({"confidence_after": 0}, "confidence_after"),
        ({"held_at": "2026-02-30 10:00"}, "held_at"),
        ({"held_at": None}, "held_at"),
        ({"role": "boss"}, "role"),
        ({"person": 42}, "person"),
        ({"duration_min": 2000}, "duration_min"),
        ({"notes": "ok", "next_session_on": "2025-12-31"}, "next_session_on"),
        ({"notes": "fine", "tags": ["ok", "bad\x00"]}, "tags"),
        ({"notes": "changed", "colour": "red"}, "colour"),
        ({"uuid": "0efc424e-cdfa-4438-b308-880c2018dcce"}, "uuid"),
        ({"created_at": "2020-01-01 00:00"}, "created_at"),
        ({"updated_at": "2020-01-01 00:00"}, "updated_at"),
    ],
)
def test_refused_update_changes_nothing(session, fields, field):
    before = _snapshot()
    with pytest.raises(ValidationError) as info:
        records.update("session", session.id, **fields)
    assert info.value.field == field
    assert _snapshot() == before
    assert records.tags_of(records.get("session", session.id)) == ["Work"]


def test_refused_by_schema_is_translated_and_rolled_back(session, monkeypatch):
    """If validation ever missed a rule, the CHECK constraint still refuses it."""
    before = _snapshot()
    real = validation.validate
    monkeypatch.setattr(
        validation,
        "validate",
        lambda kind, data, **kw: {**real(kind, data, **kw), "motivation": 12},
    )
    with pytest.raises(ValidationError) as info:
        records.update("session", session.id, notes="changed", tags=["Other"])
    assert info.value.field == "motivation"
    assert _snapshot() == before


def test_write_interrupted_midway_is_rolled_back(session, monkeypatch):
    """A failure after the row is written (while tagging) undoes the whole write."""
    before = _snapshot()
    real = records._set_tags

    def tag_then_fail(*args):
        real(*args)
        raise RuntimeError("power cut")

    monkeypatch.setattr(records, "_set_tags", tag_then_fail)
    with pytest.raises(RuntimeError):
        records.update("session", session.id, notes="half-saved", tags=["Half"])
    with pytest.raises(RuntimeError):
        records.create("reflection", written_at="2026-01-07 08:00", body="x", tags=["Half"])
    assert _snapshot() == before


def test_update_missing_record(journal):
    with pytest.raises(NotFound, match=r"^No goal with id 5\.$"):
        records.update("goal", 5, title="x")


def test_person_dates_checked_against_stored(ana):
    with pytest.raises(
        ValidationError, match="^ended_on: the relationship cannot end before it started$"
    ):
        records.update("person", ana.id, ended_on="2024-12-31")
    assert records.update(
        "person", ana.id, ended_on="2025-06-30", status="ended"
    ).ended_on == dt.date(2025, 6, 30)


# -- tags --------------------------------------------------------------------------


def test_tags_reused_case_insensitively_stripped_and_deduplicated(ana):
    s = records.create(
        "session",
        person=ana.id,
        role="mentee",
        held_at="2026-01-05 10:00",
        tags=[" Work ", "work", "", "Feedback", "WORK"],
    )
    r = records.create(
        "reflection", written_at="2026-01-06 08:00", tags=["feedback", "Promotion 🚀"]
    )
    assert records.tags_of(s) == ["Feedback", "Work"]
    assert records.tags_of(r) == ["Feedback", "Promotion 🚀"]
    assert records.all_tags() == ["Feedback", "Promotion 🚀", "Work"]
    assert Tag.select().count() == 3


def test_tags_replaced_and_cleared(session):
    records.update("session", session.id, tags=["Career", "work"])
    assert records.tags_of(records.get("session", session.id)) == ["Career", "Work"]
    records.update("session", session.id, tags=[])
    assert records.tags_of(records.get("session", session.id)) == []
    assert SessionTag.select().count() == 0
    assert records.all_tags() == ["Career", "Work"]
    assert records.all_tags(in_use=True) == []


def test_only_sessions_and_reflections_take_tags(journal):
    with pytest.raises(ValidationError, match="^tags: unknown field for a goal$"):
        records.create("goal", title="x", tags=["a"])
    assert records.tags_of(records.create("goal", title="y")) == []


# -- actions ------------------------------------------------------------------------


def test_complete_and_reopen_action(journal):
    a = records.create("action", text="Send CV", due_on="2026-01-10")
    assert records.complete_action(a.id, on="2026-01-09").done_on == dt.date(2026, 1, 9)
    assert records.reopen_action(a.uuid).done_on is None
    assert records.complete_action(a).done_on == dt.date.today()
    assert records.get("action", a.id).done_on == dt.date.today()


# -- delete ---------------------------------------------------------------------


def test_delete_moves_to_the_trash(session, ana):
    batch = records.delete("person", ana.uuid)
    assert batch.counts() == {"person": 1, "session": 1}
    assert Session.select().where(Session.deleted_batch == batch.id).count() == 1
    with pytest.raises(NotFound, match="in the trash"):
        records.get("session", session.id)


def test_purge_person_cascades_sessions_and_unlinks_the_rest(session, ana):
    r = records.create("reflection", written_at="2026-01-06 08:00", session=session.id)
    g = records.create("goal", title="Lead", person=ana.id)
    a = records.create("action", text="Call", person=ana.id, session=session.id)
    records.purge("person", ana.uuid, compact=False)
    assert Session.select().count() == 0
    assert SessionTag.select().count() == 0
    assert records.get("reflection", r.id).session_id is None
    assert records.get("goal", g.id).person_id is None
    assert (records.get("action", a.id).person_id, records.get("action", a.id).session_id) == (
        None,
        None,
    )
    with pytest.raises(NotFound):
        records.get("person", ana.id)
    with pytest.raises(NotFound, match=r"^No person with id 1\.$"):
        records.delete("person", ana.id)


def test_purge_skill_deletes_its_ratings(journal):
    sk = records.create("skill", name="S")
    records.create("rating", skill=sk.id, value=4, rated_on="2026-01-01")
    w = records.create("win", title="W", won_on="2026-01-02", skill=sk.id)
    records.purge("skill", sk.id, compact=False)
    assert _rows("skill_rating") == []
    assert records.get("win", w.id).skill_id is None


# -- unicode and size -------------------------------------------------------------

UNICODE = [
    "Emoji 🎉👩🏽‍💻🇳🇿 done",
    "مرحبا بالعالم — نص عربي",
    "שלום עולם, טקסט בעברית",
    "Combining: e\u0301 a\u0308 n\u0303 Z\u0351\u0352",
    "Mixed ltr עברית and عربي 123",
    "\u200f\u200eRTL marks and zero width\u200b joiner",
]


def test_unicode_and_a_megabyte_survive_close_and_reopen(journal, journal_path):
    big = ("Une ligne en français, 🌱 growth, ✓.\n" * 30_000)[:1_000_000]
    ids = []
    for text in UNICODE:
        ana = records.create("person", name=text.replace("\n", " "), relation="contact", notes=text)
        ids.append(
            (ana.id, records.create("reflection", title=text, body=text, tags=[text[:20]]).id)
        )
    big_id = records.create("reflection", title="Big", body=big).id
    journal.close()
    with Journal.open(journal_path, PASSPHRASE):
        for text, (pid, rid) in zip(UNICODE, ids, strict=True):
            assert records.get("person", pid).notes == text
            reflection = records.get("reflection", rid)
            assert (reflection.title, reflection.body) == (text.strip(), text)
            assert records.tags_of(reflection) == [text[:20].strip()]
        body = Reflection.get_by_id(big_id).body
        assert len(body) == 1_000_000 and body == big
