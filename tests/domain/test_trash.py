"""The trash: delete moves records there (with what goes with them), restore brings
them back exactly, purge deletes for good; every reader ignores what is in it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import peewee as pw
import pytest
from sqlcipher3 import dbapi2 as sqlcipher

from mentorjournal.analytics import insights, readings, stats
from mentorjournal.domain import planning, prep, queries, records, search, trash
from mentorjournal.errors import NotFound, ValidationError
from mentorjournal.exchange import native
from mentorjournal.exchange.markdown_export import export_markdown
from mentorjournal.storage import migrations
from mentorjournal.storage.db import CONNECTION_PRAGMAS, DB
from mentorjournal.storage.models import (
    Attachment,
    AttachmentChunk,
    ReflectionAttachment,
    Session,
    Tag,
    Tombstone,
)

TODAY = dt.date.today()


class World:
    """One record of every kind, linked every way the schema allows."""

    def __init__(self) -> None:
        self.ana = records.create(
            "person", name="Ana Quillfeather", relation="mentor", notes="Met at **Kestrel**."
        )
        self.ben = records.create(
            "person", name="Ben Marlowe", relation="mentee", introduced_by=self.ana.id
        )
        self.session = records.create(
            "session",
            person=self.ana.id,
            role="mentee",
            held_at=dt.datetime.combine(TODAY - dt.timedelta(days=3), dt.time(10)),
            notes="We spoke of **zephyrine** plans.",
            confidence_before=4,
            confidence_after=7,
            motivation=8,
            tags=["planning"],
        )
        self.reflection = records.create(
            "reflection",
            written_at=dt.datetime.combine(TODAY - dt.timedelta(days=2), dt.time(9)),
            title="After the talk",
            body="# Thoughts\n\n- one *quorvex* idea\n- another",
            confidence=6,
            motivation=7,
            session=self.session.id,
            tags=["planning", "growth"],
        )
        self.skill = records.create("skill", name="Listening", target_level=8)
        self.rating = records.create(
            "rating",
            skill=self.skill.id,
            value=6,
            rated_on=TODAY - dt.timedelta(days=3),
            note="better",
            session=self.session.id,
        )
        self.goal = records.create(
            "goal",
            title="Lead the vellichor project",
            person=self.ana.id,
            target_date=TODAY + dt.timedelta(days=30),
        )
        self.action = records.create(
            "action",
            text="Draft the plumbago plan",
            goal=self.goal.id,
            session=self.session.id,
            due_on=TODAY + dt.timedelta(days=5),
        )
        self.other_action = records.create(
            "action", text="Send Ben the notes", person=self.ben.id, owner="me"
        )
        self.win = records.create(
            "win", title="Gave the talk", won_on=TODAY, goal=self.goal.id, skill=self.skill.id
        )

    def record(self, kind: str):
        return {
            "person": self.ana,
            "session": self.session,
            "reflection": self.reflection,
            "skill": self.skill,
            "rating": self.rating,
            "goal": self.goal,
            "action": self.action,
            "win": self.win,
        }[kind]


@pytest.fixture
def world(journal) -> World:
    return World()


def exported() -> dict:
    return native.export_json()["records"]


def uuids(data: dict, kind: str) -> set[str]:
    return {row["uuid"] for row in data[kind]}


KINDS = ["person", "session", "reflection", "skill", "rating", "goal", "action", "win"]


@pytest.mark.parametrize("kind", KINDS)
def test_delete_then_restore_gives_the_same_export(world, kind):
    record = world.record(kind)
    before = exported()
    batch = records.delete(kind, record.id)
    during = exported()
    assert record.uuid not in uuids(during, kind)
    assert batch.heads[0].uuid == record.uuid
    assert trash.is_trashed(kind, record.id)
    with pytest.raises(NotFound, match="is in the trash"):
        records.get(kind, record.id)
    restored = trash.restore(batch.id)
    assert {i.uuid for i in restored.items} >= {record.uuid}
    assert exported() == before  # children, links, tags, ratings and timestamps
    assert trash.count() == 0


@pytest.mark.parametrize("kind", KINDS)
def test_readers_ignore_a_trashed_record(world, kind):
    record = world.record(kind)
    records.delete(kind, record.id)
    timeline = {(i.kind, i.id) for i in queries.timeline(limit=1000)}
    assert (kind, record.id) not in timeline
    found = {(h.kind, h.id) for h in search.search("zephyrine quorvex vellichor plumbago")}
    found |= {
        (h.kind, h.id)
        for w in (
            "zephyrine",
            "quorvex",
            "vellichor",
            "plumbago",
            "Listening",
            "Quillfeather",
            "talk",
        )
        for h in search.search(w)
    }
    assert (kind, record.id) not in found
    assert record.uuid not in {row["uuid"] for row in exported()[kind]}


def test_a_person_takes_their_sessions_and_the_rest_reads_unlinked(world):
    told = trash.consequences("person", world.ana.id)
    assert told.takes == {"session": 1}
    # Ben (introduced), the goal, the reflection, rating and action of the session stay.
    assert told.unlinks == {"person": 1, "goal": 1, "reflection": 1, "rating": 1, "action": 1}
    batch = records.delete("person", world.ana.id)
    assert batch.with_them() == {"session": 1}
    assert [h.title for h in batch.heads] == ["Ana Quillfeather"]
    assert queries.sessions() == []
    assert [p.name for p in queries.people()] == ["Ben Marlowe"]
    # The goal stays, its person reads as none on the timeline and in the Markdown export.
    goal_row = next(i for i in queries.timeline(limit=100) if i.kind == "goal")
    assert goal_row.person_name is None
    text = export_markdown_text()
    assert "Ana Quillfeather" not in text and "Lead the vellichor project" in text
    # The reflection of her session belongs to nobody now.
    assert [r.id for r in queries.reflections()] == [world.reflection.id]
    assert readings.mood_series(person=world.ana.id) == []
    # Insights: nobody to choose; no held session counted.
    assert insights.people_with_records() == []
    assert stats.sessions_per_month(start=TODAY.replace(day=1))[-1].total == 0
    # The JSON export leaves the link out rather than pointing at a missing record.
    data = exported()
    assert next(g for g in data["goal"])["person"] is None
    assert next(r for r in data["reflection"])["session"] is None


def export_markdown_text() -> str:
    import io

    out = io.StringIO()
    export_markdown(out)
    return out.getvalue()


def test_a_goal_takes_its_action_items_a_skill_its_ratings(world):
    assert trash.consequences("goal", world.goal.id).takes == {"action": 1}
    assert trash.consequences("goal", world.goal.id).unlinks == {"win": 1}
    assert trash.consequences("skill", world.skill.id).takes == {"rating": 1}
    assert trash.consequences("reflection", world.reflection.id) == trash.Consequences({}, {})
    batch = records.delete("goal", world.goal.id)
    assert batch.counts() == {"goal": 1, "action": 1}
    assert [a.id for a in queries.open_actions()] == [world.other_action.id]
    groups = planning.goals_with_actions()
    assert [g.goal for g in groups] == [None]
    assert stats.goal_progress() == []
    assert [w.goal_id for w in queries.wins()] == [world.goal.id]  # the link is kept...
    assert exported()["win"][0]["goal"] is None  # ...and reads as none


def test_prep_and_upcoming_leave_the_trash_out(world):
    before = prep.session_prep(world.ana.id)
    assert before.last_session is not None and before.goals
    records.delete("session", world.session.id)
    records.delete("goal", world.goal.id)
    after = prep.session_prep(world.ana.id)
    assert after.last_session is None and after.goals == [] and after.my_actions == []
    assert all(u.kind != "goal" for u in planning.upcoming())
    records.delete("rating", world.rating.id)
    assert prep.session_prep(world.ana.id).ratings == []
    assert queries.skills_with_latest()[0][1] is None


def test_stats_and_streak_leave_the_trash_out(world):
    assert stats.reflection_streak(TODAY).longest == 2
    assert stats.session_uplift()
    records.delete("reflection", world.reflection.id)
    records.delete("session", world.session.id)
    assert stats.session_uplift() == []
    assert stats.reflection_streak(TODAY).longest == 0
    assert readings.mood_series() == []
    records.delete("skill", world.skill.id)
    assert stats.skill_growth() == []
    records.delete("win", world.win.id)
    assert stats.wins_count(TODAY, TODAY) == 0
    records.delete("action", world.other_action.id)
    assert stats.open_count() == 1  # the goal's action item, still live
    records.delete("goal", world.goal.id)
    assert stats.open_count() == 0


def test_tags_used_only_in_the_trash_are_not_offered(world):
    assert records.all_tags(in_use=True) == ["growth", "planning"]
    records.delete("reflection", world.reflection.id)
    assert records.all_tags(in_use=True) == ["planning"]


def test_restoring_a_session_brings_back_its_person(world):
    first = records.delete("session", world.session.id)
    records.delete("person", world.ana.id)
    restored = trash.restore(first.id)
    assert [p.title for p in restored.parents] == ["Ana Quillfeather"]
    assert records.get("session", world.session.id).person_id == world.ana.id
    assert records.get("person", world.ana.id).name == "Ana Quillfeather"


def test_batches_list_newest_first_with_what_went_along(world):
    records.delete("reflection", world.reflection.id)
    later = records.delete("skill", world.skill.id)
    listed = trash.batches()
    assert [b.id for b in listed][0] == later.id
    assert listed[0].heads[0].title == "Listening"
    assert listed[0].with_them() == {"rating": 1}
    assert listed[1].heads[0].title == "After the talk"
    assert trash.count() == 3


def test_new_links_to_a_trashed_record_are_refused_kept_ones_stay(world):
    records.delete("session", world.session.id)
    with pytest.raises(ValidationError, match="in the trash"):
        records.create("reflection", title="x", session=world.session.id)
    # Editing the reflection whose session is in the trash keeps that link.
    updated = records.update(
        "reflection", world.reflection.id, title="Renamed", session=world.session.id
    )
    assert updated.session_id == world.session.id
    records.delete("skill", world.skill.id)
    with pytest.raises(ValidationError, match="is in the trash: restore it"):
        records.create("skill", name="listening")


def test_deleting_twice_or_a_tag_is_refused(world):
    records.delete("win", world.win.id)
    with pytest.raises(NotFound, match="in the trash"):
        records.delete("win", world.win.id)
    with pytest.raises(NotFound):
        trash.move([("win", world.win.id)])
    with pytest.raises(NotFound):
        trash.restore("0" * 32)


def test_move_many_in_one_batch_for_importers(world):
    batch = trash.move([("reflection", world.reflection.id), ("win", world.win.id)])
    assert batch.counts() == {"reflection": 1, "win": 1}
    assert len(batch.heads) == 2
    trash.restore(batch.id)
    assert trash.count() == 0


# -- purge -----------------------------------------------------------------------


def test_purge_deletes_for_good_with_tombstones_and_links_cleared(world):
    batch = records.delete("person", world.ana.id)
    purged = trash.purge([batch.id])
    assert purged.counts == {"person": 1, "session": 1}
    assert Session.select().count() == 0
    stones = {(t.uuid, t.kind) for t in Tombstone.select()}
    assert (world.ana.uuid, "person") in stones and (world.session.uuid, "session") in stones
    assert records.get("goal", world.goal.id).person_id is None
    assert records.get("reflection", world.reflection.id).session_id is None
    assert records.get("person", world.ben.id).introduced_by_id is None
    assert DB.execute_sql("PRAGMA freelist_count").fetchone()[0] == 0
    assert trash.count() == 0 and trash.batches() == []


def test_purge_takes_unused_tags_and_attachments_keeps_shared_ones(world):
    Attachment.create(sha256="a" * 64, size=3)
    AttachmentChunk.create(attachment="a" * 64, seq=0, data=b"abc")
    Attachment.create(sha256="b" * 64, size=3)
    AttachmentChunk.create(attachment="b" * 64, seq=0, data=b"xyz")
    ReflectionAttachment.create(reflection=world.reflection.id, attachment="a" * 64, name="a.png")
    ReflectionAttachment.create(reflection=world.reflection.id, attachment="b" * 64, name="b.png")
    keeper = records.create("reflection", title="keeps b")
    ReflectionAttachment.create(reflection=keeper.id, attachment="b" * 64, name="b.png")
    purged = records.purge("reflection", world.reflection.id, compact=False)
    assert purged.attachments == 1 and purged.tags == 1  # "growth"; "planning" is the session's
    assert {a.sha256 for a in Attachment.select()} == {"b" * 64}
    assert AttachmentChunk.select().count() == 1
    assert [t.name for t in Tag.select()] == ["planning"]
    assert Tombstone.select().where(Tombstone.kind == "tag").count() == 1


def test_purge_keeps_a_parent_a_live_record_needs(world):
    batch = records.delete("person", world.ana.id)
    # An import may link a live session to the trashed person: the person is kept.
    live = Session.create(person=world.ana.id, role="mentee", held_at=dt.datetime(2026, 1, 1))
    purged = trash.purge([batch.id], compact=False)
    assert [k.title for k in purged.kept] == ["Ana Quillfeather"]
    assert records.get("person", world.ana.id) and records.get("session", live.id)


def test_purge_everything_and_refused_inside_a_transaction(world):
    records.delete("win", world.win.id)
    records.delete("skill", world.skill.id)
    with DB.atomic(), pytest.raises(Exception, match="middle of another change"):
        trash.purge()
    purged = trash.purge()
    assert purged.counts == {"win": 1, "skill": 1, "rating": 1}
    assert purged.total == 3 and purged.seconds >= 0


def test_backup_horizon_is_one_sentence():
    assert trash.BACKUP_HORIZON_TEXT.count(".") == 1 and "backups" in trash.BACKUP_HORIZON_TEXT


# -- nothing is left in the file ----------------------------------------------------

SECRET = "Xylophonequagmire"


class _Unkeyed(pw.SqliteDatabase):
    """SQLCipher's SQLite without a key: a plain file (the journal's SQLite version, which
    the contentless search index of schema 4 needs; Python's own may be older)."""

    def _connect(self):
        conn = sqlcipher.connect(self.database, isolation_level=None, check_same_thread=False)
        self._add_conn_hooks(conn)
        return conn


def _plain_journal(path: Path) -> pw.SqliteDatabase:
    """A journal without encryption: its bytes can be searched."""
    plain = _Unkeyed(str(path), pragmas=dict(CONNECTION_PRAGMAS))
    plain.connect()
    migrations.migrate(plain)
    DB.initialize(plain)
    return plain


def _file_holds(path: Path, text: str) -> bool:
    data = b"".join(p.read_bytes() for p in (path, Path(f"{path}-wal")) if p.exists())
    return text.encode() in data or text.lower().encode() in data


@pytest.mark.parametrize("secure", [True, False])
def test_purged_text_is_gone_from_the_file(tmp_path, secure):
    path = tmp_path / "plain.sqlite"
    plain = _plain_journal(path)
    try:
        for n in range(40):  # enough pages that the record's page is not the last one
            records.create("reflection", title=f"filler {n}", body="lorem ipsum " * 200)
        secret = records.create("reflection", title="private", body=f"About {SECRET}, alone.")
        for n in range(40):
            records.create("reflection", title=f"more {n}", body="dolor sit " * 200)
        DB.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        assert _file_holds(path, SECRET)
        if secure:
            records.purge("reflection", secret.id)
        else:  # what a plain DELETE leaves behind: the test can tell
            DB.execute_sql("DELETE FROM reflection WHERE id = ?", [secret.id])
            DB.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        assert search.search(SECRET) == []
        assert _file_holds(path, SECRET) is not secure
    finally:
        DB.initialize(None)
        plain.close()
    if secure:
        conn = sqlcipher.connect(str(path))
        assert conn.execute("PRAGMA freelist_count").fetchone()[0] == 0
        conn.close()
