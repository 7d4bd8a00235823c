"""The records a journal holds (schema version 1).

Every record has an integer primary key for joins, a stable ``uuid`` for
exports, imports and a future merge, and ``created_at`` / ``updated_at`` in
UTC. User text is Markdown. Validation lives in ``mentorjournal.domain.validation``;
the CHECK constraints here are a second line of defence.
"""

from __future__ import annotations

import datetime as dt
import uuid

import peewee as pw

from mentorjournal.kinds import Kind
from mentorjournal.storage.db import DB


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def new_uuid() -> str:
    return str(uuid.uuid4())


def _rating_check(name: str) -> pw.SQL:
    return pw.Check(f"{name} IS NULL OR ({name} BETWEEN 1 AND 10 AND {name} = CAST({name} AS INTEGER))")


class BaseModel(pw.Model):
    uuid = pw.CharField(max_length=36, unique=True, default=new_uuid)
    created_at = pw.DateTimeField(default=utcnow)
    updated_at = pw.DateTimeField(default=utcnow, index=True)

    class Meta:
        database = DB
        legacy_table_names = False

    def save(self, *args, **kwargs):
        self.updated_at = utcnow()
        return super().save(*args, **kwargs)


class Meta(pw.Model):
    """Key/value facts about the journal itself (its id, creation time...)."""

    key = pw.CharField(primary_key=True)
    value = pw.TextField()

    class Meta:
        database = DB
        table_name = "journal_meta"


class Tag(BaseModel):
    name = pw.CharField(unique=True, collation="NOCASE")


class Person(BaseModel):
    name = pw.CharField(index=True)
    relation = pw.CharField(constraints=[pw.Check("relation IN ('mentor','mentee','contact')")])
    organisation = pw.CharField(default="")
    contact = pw.TextField(default="")
    introduced_by = pw.ForeignKeyField("self", null=True, on_delete="SET NULL", backref="introduced")
    started_on = pw.DateField(null=True)
    ended_on = pw.DateField(null=True)
    status = pw.CharField(
        default="active", constraints=[pw.Check("status IN ('active','paused','ended')")]
    )
    follow_up = pw.CharField(
        default="none", constraints=[pw.Check("follow_up IN ('none','pending','done')")]
    )
    notes = pw.TextField(default="")


class Session(BaseModel):
    person = pw.ForeignKeyField(Person, backref="sessions", on_delete="CASCADE")
    role = pw.CharField(constraints=[pw.Check("role IN ('mentee','mentor')")])
    held_at = pw.DateTimeField(index=True)
    duration_min = pw.IntegerField(null=True)
    format = pw.CharField(
        default="in_person",
        constraints=[pw.Check("format IN ('in_person','video','phone','chat')")],
    )
    status = pw.CharField(
        default="done", constraints=[pw.Check("status IN ('planned','done','cancelled')")]
    )
    agenda = pw.TextField(default="")
    notes = pw.TextField(default="")
    takeaways = pw.TextField(default="")
    confidence_before = pw.IntegerField(null=True, constraints=[_rating_check("confidence_before")])
    confidence_after = pw.IntegerField(null=True, constraints=[_rating_check("confidence_after")])
    motivation = pw.IntegerField(null=True, constraints=[_rating_check("motivation")])
    next_session_on = pw.DateField(null=True)


class Reflection(BaseModel):
    written_at = pw.DateTimeField(index=True)
    title = pw.CharField(default="")
    body = pw.TextField(default="")
    template = pw.CharField(default="")
    confidence = pw.IntegerField(null=True, constraints=[_rating_check("confidence")])
    motivation = pw.IntegerField(null=True, constraints=[_rating_check("motivation")])
    session = pw.ForeignKeyField(Session, null=True, backref="reflections", on_delete="SET NULL")


class SessionTag(pw.Model):
    session = pw.ForeignKeyField(Session, on_delete="CASCADE", backref="tag_links")
    tag = pw.ForeignKeyField(Tag, on_delete="CASCADE", backref="session_links")

    class Meta:
        database = DB
        table_name = "session_tag"
        primary_key = pw.CompositeKey("session", "tag")


class ReflectionTag(pw.Model):
    reflection = pw.ForeignKeyField(Reflection, on_delete="CASCADE", backref="tag_links")
    tag = pw.ForeignKeyField(Tag, on_delete="CASCADE", backref="reflection_links")

    class Meta:
        database = DB
        table_name = "reflection_tag"
        primary_key = pw.CompositeKey("reflection", "tag")


class Skill(BaseModel):
    name = pw.CharField(unique=True, collation="NOCASE")
    category = pw.CharField(default="")
    target_level = pw.IntegerField(null=True, constraints=[_rating_check("target_level")])
    description = pw.TextField(default="")


class SkillRating(BaseModel):
    skill = pw.ForeignKeyField(Skill, backref="ratings", on_delete="CASCADE")
    rated_on = pw.DateField(index=True)
    value = pw.IntegerField(constraints=[pw.Check("value BETWEEN 1 AND 10 AND value = CAST(value AS INTEGER)")])
    note = pw.TextField(default="")
    source = pw.CharField(
        default="self", constraints=[pw.Check("source IN ('self','mentor','peer','other')")]
    )
    session = pw.ForeignKeyField(Session, null=True, backref="skill_ratings", on_delete="SET NULL")


class Goal(BaseModel):
    title = pw.CharField()
    description = pw.TextField(default="")
    target_date = pw.DateField(null=True)
    status = pw.CharField(
        default="active", constraints=[pw.Check("status IN ('active','achieved','dropped')")]
    )
    progress = pw.IntegerField(default=0, constraints=[pw.Check("progress BETWEEN 0 AND 100")])
    person = pw.ForeignKeyField(Person, null=True, backref="goals", on_delete="SET NULL")


class ActionItem(BaseModel):
    text = pw.TextField()
    owner = pw.CharField(default="me", constraints=[pw.Check("owner IN ('me','them')")])
    due_on = pw.DateField(null=True, index=True)
    done_on = pw.DateField(null=True)
    goal = pw.ForeignKeyField(Goal, null=True, backref="actions", on_delete="SET NULL")
    session = pw.ForeignKeyField(Session, null=True, backref="actions", on_delete="SET NULL")
    person = pw.ForeignKeyField(Person, null=True, backref="actions", on_delete="SET NULL")

    class Meta:
        table_name = "action_item"


class Win(BaseModel):
    won_on = pw.DateField(index=True)
    title = pw.CharField()
    description = pw.TextField(default="")
    goal = pw.ForeignKeyField(Goal, null=True, backref="wins", on_delete="SET NULL")
    skill = pw.ForeignKeyField(Skill, null=True, backref="wins", on_delete="SET NULL")


ALL_MODELS = [
    Meta,
    Tag,
    Person,
    Session,
    Reflection,
    SessionTag,
    ReflectionTag,
    Skill,
    SkillRating,
    Goal,
    ActionItem,
    Win,
]


#: The model behind each record kind.
MODELS: dict[Kind, type[BaseModel]] = {
    Kind.PERSON: Person,
    Kind.SESSION: Session,
    Kind.REFLECTION: Reflection,
    Kind.SKILL: Skill,
    Kind.RATING: SkillRating,
    Kind.GOAL: Goal,
    Kind.ACTION: ActionItem,
    Kind.WIN: Win,
    Kind.TAG: Tag,
}
#: The record kind of each model.
KIND_OF_MODEL: dict[type[BaseModel], Kind] = {model: kind for kind, model in MODELS.items()}
