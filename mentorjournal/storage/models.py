"""The records a journal holds (schema version 2).

Every record has an integer primary key for joins, a stable ``uuid`` for
exports, imports and a future merge, and ``created_at`` / ``updated_at`` in
UTC. User text is Markdown. Validation lives in ``mentorjournal.domain.validation``;
the CHECK constraints here are a second line of defence.

Shaped for what comes next (schema 2):

- a record in the trash keeps its whole row with ``deleted_at`` set (and the
  ``deleted_batch`` it was deleted with, so a person and their sessions come
  back together); emptying the trash deletes the row and leaves a
  ``Tombstone`` (uuid, kind, when) for a later record-by-record merge;
- ids from other apps live in ``SourceRef`` (source, source id -> our uuid),
  never in ``uuid`` itself;
- attachments are stored once per content hash (``Attachment``, its bytes in
  ``AttachmentChunk``s so they stream) and linked to reflections and sessions.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

import peewee as pw

from mentorjournal.kinds import Kind
from mentorjournal.storage.db import DB


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def new_uuid() -> str:
    return str(uuid.uuid4())


def _rating_check(name: str) -> pw.SQL | pw.NodeList:
    return pw.Check(
        f"{name} IS NULL OR ({name} BETWEEN 1 AND 10 AND {name} = CAST({name} AS INTEGER))"
    )


class BaseModel(pw.Model):
    id = pw.AutoField()
    uuid = pw.CharField(max_length=36, unique=True, default=new_uuid)
    created_at = pw.DateTimeField(default=utcnow)
    updated_at = pw.DateTimeField(default=utcnow, index=True)

    class Meta:
        database = DB
        legacy_table_names = False

    def save(self, force_insert: bool = False, only: Any = None) -> int | bool:
        self.updated_at = utcnow()
        saved: int | bool = super().save(force_insert=force_insert, only=only)
        return saved


class RecordModel(BaseModel):
    """A record a user writes: it can go to the trash and come back."""

    deleted_at = pw.DateTimeField(null=True)
    deleted_batch = pw.CharField(max_length=32, null=True)


class Meta(pw.Model):
    """Key/value facts about the journal itself (its id, creation time...)."""

    key = pw.CharField(primary_key=True)
    value = pw.TextField()

    class Meta:
        database = DB
        table_name = "journal_meta"


class Tag(BaseModel):
    name = pw.CharField(unique=True, collation="NOCASE")


class Person(RecordModel):
    introduced_by_id: int | None  # the id peewee keeps for the link
    name = pw.CharField(index=True)
    relation = pw.CharField(constraints=[pw.Check("relation IN ('mentor','mentee','contact')")])
    organisation = pw.CharField(default="")
    contact = pw.TextField(default="")
    introduced_by = pw.ForeignKeyField(
        "self", null=True, on_delete="SET NULL", backref="introduced"
    )
    started_on = pw.DateField(null=True)
    ended_on = pw.DateField(null=True)
    status = pw.CharField(
        default="active", constraints=[pw.Check("status IN ('active','paused','ended')")]
    )
    follow_up = pw.CharField(
        default="none", constraints=[pw.Check("follow_up IN ('none','pending','done')")]
    )
    notes = pw.TextField(default="")
    cadence_days = pw.IntegerField(
        null=True, constraints=[pw.Check("cadence_days IS NULL OR cadence_days BETWEEN 1 AND 366")]
    )


class Session(RecordModel):
    person_id: int  # the id peewee keeps for the link
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


class Reflection(RecordModel):
    session_id: int | None  # the id peewee keeps for the link
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


class Skill(RecordModel):
    name = pw.CharField(unique=True, collation="NOCASE")
    category = pw.CharField(default="")
    target_level = pw.IntegerField(null=True, constraints=[_rating_check("target_level")])
    description = pw.TextField(default="")
    retired_on = pw.DateField(null=True)  # schema 3: kept, out of the everyday lists


class SkillRating(RecordModel):
    skill_id: int  # the id peewee keeps for the link
    session_id: int | None  # the id peewee keeps for the link
    skill = pw.ForeignKeyField(Skill, backref="ratings", on_delete="CASCADE")
    rated_on = pw.DateField(index=True)
    value = pw.IntegerField(
        constraints=[pw.Check("value BETWEEN 1 AND 10 AND value = CAST(value AS INTEGER)")]
    )
    note = pw.TextField(default="")
    source = pw.CharField(
        default="self", constraints=[pw.Check("source IN ('self','mentor','peer','other')")]
    )
    session = pw.ForeignKeyField(Session, null=True, backref="skill_ratings", on_delete="SET NULL")


class Goal(RecordModel):
    person_id: int | None  # the id peewee keeps for the link
    title = pw.CharField()
    description = pw.TextField(default="")
    target_date = pw.DateField(null=True)
    status = pw.CharField(
        default="active", constraints=[pw.Check("status IN ('active','achieved','dropped')")]
    )
    progress = pw.IntegerField(default=0, constraints=[pw.Check("progress BETWEEN 0 AND 100")])
    person = pw.ForeignKeyField(Person, null=True, backref="goals", on_delete="SET NULL")


class ActionItem(RecordModel):
    goal_id: int | None  # the id peewee keeps for the link
    session_id: int | None  # the id peewee keeps for the link
    person_id: int | None  # the id peewee keeps for the link
    text = pw.TextField()
    owner = pw.CharField(default="me", constraints=[pw.Check("owner IN ('me','them')")])
    due_on = pw.DateField(null=True, index=True)
    done_on = pw.DateField(null=True)
    goal = pw.ForeignKeyField(Goal, null=True, backref="actions", on_delete="SET NULL")
    session = pw.ForeignKeyField(Session, null=True, backref="actions", on_delete="SET NULL")
    person = pw.ForeignKeyField(Person, null=True, backref="actions", on_delete="SET NULL")

    class Meta:
        table_name = "action_item"


class Win(RecordModel):
    goal_id: int | None  # the id peewee keeps for the link
    skill_id: int | None  # the id peewee keeps for the link
    won_on = pw.DateField(index=True)
    title = pw.CharField()
    description = pw.TextField(default="")
    goal = pw.ForeignKeyField(Goal, null=True, backref="wins", on_delete="SET NULL")
    skill = pw.ForeignKeyField(Skill, null=True, backref="wins", on_delete="SET NULL")


class Tombstone(pw.Model):
    """A record deleted for good: what a merge needs to delete it elsewhere too."""

    uuid = pw.CharField(max_length=36, primary_key=True)
    kind = pw.CharField(max_length=16)
    deleted_at = pw.DateTimeField()

    class Meta:
        database = DB
        table_name = "tombstone"


class SourceRef(pw.Model):
    """A record that came from another app: the source's own id, kept apart from ours."""

    source = pw.CharField(max_length=32)  # "jrnl", "dayone", "joplin"...
    source_id = pw.CharField(max_length=255)
    kind = pw.CharField(max_length=16)
    record_uuid = pw.CharField(max_length=36, index=True)
    imported_at = pw.DateTimeField(default=utcnow)

    class Meta:
        database = DB
        table_name = "source_ref"
        indexes = ((("source", "source_id", "kind"), True),)


class Attachment(pw.Model):
    """A file's content, stored once however often it is attached (keyed by SHA-256)."""

    sha256 = pw.CharField(max_length=64, primary_key=True)
    size = pw.IntegerField()
    mime = pw.CharField(default="application/octet-stream")
    created_at = pw.DateTimeField(default=utcnow)

    class Meta:
        database = DB
        table_name = "attachment"


class AttachmentChunk(pw.Model):
    """One piece of an attachment's bytes (pieces are read and written one at a time)."""

    attachment = pw.ForeignKeyField(
        Attachment,
        column_name="sha256",
        field="sha256",
        on_delete="CASCADE",
        backref="chunks",
        index=False,
    )
    seq = pw.IntegerField()
    data = pw.BlobField()

    class Meta:
        database = DB
        table_name = "attachment_chunk"
        primary_key = pw.CompositeKey("attachment", "seq")
        without_rowid = True


class ReflectionAttachment(pw.Model):
    """An attachment shown in a reflection, under the file name it was given."""

    reflection = pw.ForeignKeyField(Reflection, on_delete="CASCADE", backref="attachment_links")
    attachment = pw.ForeignKeyField(
        Attachment, column_name="sha256", field="sha256", backref="reflection_links"
    )
    name = pw.CharField()
    created_at = pw.DateTimeField(default=utcnow)

    class Meta:
        database = DB
        table_name = "reflection_attachment"


class SessionAttachment(pw.Model):
    """An attachment shown in a session's notes, under the file name it was given."""

    session = pw.ForeignKeyField(Session, on_delete="CASCADE", backref="attachment_links")
    attachment = pw.ForeignKeyField(
        Attachment, column_name="sha256", field="sha256", backref="session_links"
    )
    name = pw.CharField()
    created_at = pw.DateTimeField(default=utcnow)

    class Meta:
        database = DB
        table_name = "session_attachment"


#: Schema 5: a partial index of each timeline table's live rows, by the date the timeline
#: sorts them by; for reflections and sessions also the columns Insights reads (their
#: ratings, role and person), so those scans read the index alone. A row's ``deleted_at``
#: and ratings come after its long text, and reading them walked every overflow page of
#: that text (30 years: the timeline's reflection keys 134 -> 14 ms, every reading
#: 422 -> 111 ms).
LIVE_BY_DATE: dict[type[RecordModel], tuple[str, ...]] = {
    Person: ("started_on", "created_at"),
    Session: ("held_at", "status", "confidence_after", "motivation", "role", "person_id"),
    Reflection: ("written_at", "confidence", "motivation", "session_id"),
    SkillRating: ("rated_on",),
    Goal: ("target_date", "created_at"),
    ActionItem: ("due_on", "created_at"),
    Win: ("won_on",),
}


def _add_live_by_date_indexes() -> None:
    for model, columns in LIVE_BY_DATE.items():
        model.add_index(
            model.index(
                *(getattr(model, column) for column in columns),
                name=f"{model._meta.table_name}_live_by_date",
            ).where(model.deleted_at.is_null())
        )


_add_live_by_date_indexes()


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
    Tombstone,
    SourceRef,
    Attachment,
    AttachmentChunk,
    ReflectionAttachment,
    SessionAttachment,
]


#: The model behind each record kind.
MODELS: dict[str, type[BaseModel]] = {
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
KIND_OF_MODEL: dict[type[BaseModel], str] = {model: kind for kind, model in MODELS.items()}


def deleting(model: type[pw.Model]) -> pw.ModelDelete:
    """``model.delete()``: a DELETE query to add ``.where(...)`` to.

    Called on a concrete class, peewee's stubs find ``delete`` ambiguous (a
    generic descriptor); through ``type[pw.Model]`` it is typed.
    """
    return model.delete()
