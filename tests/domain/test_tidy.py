"""Tidy: rename and merge tags, skills and people; the links follow, nothing else changes."""

from __future__ import annotations

import datetime as dt

import pytest

from mentorjournal.domain import records, search, tidy
from mentorjournal.errors import NotFound, ValidationError
from mentorjournal.storage.models import (
    ActionItem,
    Goal,
    Person,
    Session,
    Skill,
    SkillRating,
    Tag,
    Tombstone,
    Win,
)

WHEN = dt.datetime(2024, 5, 1, 9)


def reflection(*tags: str):
    return records.create("reflection", title="r", written_at=WHEN, tags=list(tags))


def test_rename_a_tag_keeps_its_records(journal):
    one = reflection("career")
    result = tidy.rename("tag", "career", "Career growth")
    assert result.summary() == "Renamed the tag 'career' to 'Career growth'."
    assert records.tags_of(records.get("reflection", one.id)) == ["Career growth"]
    assert records.get("reflection", one.id).updated_at >= one.updated_at
    tidy.rename("tag", "career GROWTH", "career growth")  # only the case: a rename
    assert records.all_tags() == ["career growth"]


def test_renaming_onto_another_tag_is_refused(journal):
    reflection("career", "Career/Growth")
    with pytest.raises(ValidationError, match="merge the two instead"):
        tidy.rename_tag("career", "career/growth")
    with pytest.raises(NotFound):
        tidy.rename_tag("nothing", "x")
    with pytest.raises(ValidationError):
        tidy.rename_tag("career", "  ")


def test_merge_tags_moves_every_link_once(journal):
    both = reflection("career", "Career/Growth")
    only = reflection("career growth")
    person = records.create("person", name="Ana", relation="mentor")
    session = records.create(
        "session", person=person.id, role="mentee", held_at=WHEN, tags=["career"]
    )
    gone = {t.name: t.uuid for t in Tag.select()}
    result = tidy.merge("tag", ["career", "career growth"], "Career/Growth")
    assert result.moved == {"reflections": 2, "sessions": 1}
    assert records.all_tags() == ["Career/Growth"]
    for record in (both, only):
        assert records.tags_of(records.get("reflection", record.id)) == ["Career/Growth"]
    assert records.tags_of(records.get("session", session.id)) == ["Career/Growth"]
    tombs = {t.uuid for t in Tombstone.select().where(Tombstone.kind == "tag")}
    assert tombs == {gone["career"], gone["career growth"]}


def test_merging_into_a_new_name_renames_the_first(journal):
    reflection("a")
    reflection("b")
    tidy.merge_tags(["a", "b"], "c")
    assert records.all_tags() == ["c"]
    assert tidy.tag_usage() == [("c", 2, 0)]


def test_skills_rename_and_merge(journal):
    talk = records.create("skill", name="Public speaking", category="communication")
    present = records.create("skill", name="Presenting", target_level=8)
    records.create("rating", skill=talk.id, rated_on="2024-01-01", value=4)
    records.create("rating", skill=talk.id, rated_on="2024-02-01", value=5)
    records.create("rating", skill=present.id, rated_on="2024-03-01", value=6)
    records.create("win", won_on="2024-03-02", title="Gave the talk", skill=talk.id)
    result = tidy.merge("skill", ["Public speaking"], "Presenting")
    assert result.moved == {"ratings": 2, "wins": 1}
    assert Skill.select().count() == 1
    kept = Skill.get_by_id(present.id)
    assert (kept.category, kept.target_level) == ("communication", 8)  # empty ones filled
    assert SkillRating.select().where(SkillRating.skill == present.id).count() == 3
    assert Win.get().skill_id == present.id
    tidy.rename("skill", present.id, "Presenting to groups")
    assert Skill.get_by_id(present.id).name == "Presenting to groups"
    with pytest.raises(ValidationError, match="itself"):
        tidy.merge_skills(present.id, present.id)


def test_skill_renames_follow_the_rules(journal):
    records.create("skill", name="A")
    records.create("skill", name="B")
    with pytest.raises(ValidationError, match="already exists"):
        tidy.rename_skill("A", "b")


def test_merge_people_moves_everything(journal):
    ana = records.create("person", name="Ana", relation="mentor", notes="Met at the offsite.")
    dupe = records.create(
        "person",
        name="Ana Schmidt",
        relation="mentor",
        organisation="ACME",
        notes="Imported from Day One.",
        started_on="2023-01-01",
    )
    carl = records.create("person", name="Carl", relation="contact", introduced_by=dupe.id)
    session = records.create("session", person=dupe.id, role="mentee", held_at=WHEN)
    goal = records.create("goal", title="Lead a team", person=dupe.id)
    action = records.create("action", text="Send slides", person=dupe.id)
    result = tidy.merge("person", ["Ana Schmidt"], ana.id)
    assert result.moved == {
        "sessions": 1,
        "goals": 1,
        "action items": 1,
        "people introduced": 1,
    }
    assert Person.select().count() == 2
    kept = Person.get_by_id(ana.id)
    assert kept.organisation == "ACME" and kept.started_on == dt.date(2023, 1, 1)
    assert kept.notes == "Met at the offsite.\n\nImported from Day One."
    assert Session.get_by_id(session.id).person_id == ana.id
    assert Goal.get_by_id(goal.id).person_id == ana.id
    assert ActionItem.get_by_id(action.id).person_id == ana.id
    assert Person.get_by_id(carl.id).introduced_by_id == ana.id
    assert Tombstone.get(Tombstone.uuid == dupe.uuid).kind == "person"
    hits = search.search("Ana", kinds=["session"])
    assert [h.id for h in hits] == [session.id]


def test_rename_a_person_and_search_follows(journal):
    ana = records.create("person", name="Ana", relation="mentor")
    session = records.create("session", person=ana.id, role="mentee", held_at=WHEN)
    tidy.rename("person", "Ana", "Ana Schmidt")
    assert [h.id for h in search.search("Schmidt", kinds=["session"])] == [session.id]
    with pytest.raises(ValidationError, match="themselves"):
        tidy.merge_people(ana.id, ana.uuid)


def test_ambiguous_names_are_refused(journal):
    records.create("person", name="Ana", relation="mentor")
    records.create("person", name="Ana", relation="mentee")
    records.create("person", name="Bo", relation="contact")
    with pytest.raises(ValidationError, match="several"):
        tidy.merge_people("Ana", "Bo")
    assert Person.select().count() == 3


def test_other_kinds_are_refused(journal):
    with pytest.raises(ValidationError):
        tidy.rename("goal", 1, "x")
    with pytest.raises(ValidationError, match="one skill at a time"):
        tidy.merge("skill", ["a", "b"], "c")
