"""Tidying up names: rename and merge tags, skills and people; the links follow.

After bringing several apps in, the same thing often has several names
(``Career``, ``career growth``, ``mentoring``/``Mentoring``). Each function
here is one transaction and returns a ``Tidied`` saying what changed.

- Renaming checks the new name like any edit (a tag or skill name that
  another one has already is refused: merge them instead; changing only the
  case of a tag is a rename).
- Merging moves every link of the source to the target and deletes the
  source, leaving a tombstone (for a later merge of journals): a tag's
  sessions and reflections; a skill's ratings and wins (the target keeps its
  own category, target level and description, and takes the source's where
  its own are empty); a person's sessions, goals, action items and the people
  they introduced (the target's empty fields take the source's values, their
  notes are joined). Records in the trash are moved too.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
from typing import Any

import peewee as pw

from mentorjournal.domain import records, validation
from mentorjournal.errors import NotFound, ValidationError
from mentorjournal.kinds import Kind, kind_label
from mentorjournal.storage.db import DB, driver_errors
from mentorjournal.storage.models import (
    ActionItem,
    Goal,
    Person,
    Reflection,
    ReflectionTag,
    Session,
    SessionTag,
    Skill,
    SkillRating,
    Tag,
    Tombstone,
    Win,
    deleting,
    utcnow,
)

log = logging.getLogger(__name__)


def _rows(query: Any) -> list[tuple[Any, ...]]:
    """A query's rows as tuples (peewee's stubs type them as models)."""
    return [tuple(row) for row in query.tuples()]


#: The kinds tidy works on.
KINDS = (Kind.TAG, Kind.SKILL, Kind.PERSON)


@dataclasses.dataclass(frozen=True)
class Tidied:
    """What a rename or merge did: the kind, the names, and the links moved per kind."""

    kind: str
    source: str
    target: str
    moved: dict[str, int] = dataclasses.field(default_factory=dict)
    merged: bool = False

    def summary(self) -> str:
        label = kind_label(self.kind)
        if not self.merged:
            return f"Renamed the {label} {self.source!r} to {self.target!r}."
        moved = ", ".join(f"{n} {k}" for k, n in self.moved.items() if n) or "nothing"
        return f"Merged the {label} {self.source!r} into {self.target!r} (moved: {moved})."


# -- finding what to tidy ---------------------------------------------------------------


def _tag(name: str, field: str = "tag") -> Tag:
    text = str(name).strip()
    found = Tag.get_or_none(Tag.name == text)
    if found is None:
        lowered = text.casefold()
        matches = [t for t in Tag.select() if t.name.casefold() == lowered]
        if len(matches) == 1:
            found = matches[0]
    if found is None:
        raise NotFound(f"No tag called {text[:60]!r}.")
    return found


def _record(kind: str, ref: Any, field: str) -> Any:
    return records.get(kind, records.resolve_name(kind, ref, field))


def tag_usage() -> list[tuple[str, int, int]]:
    """Every tag with how many reflections and sessions carry it, by name."""
    reflections = dict(
        _rows(
            ReflectionTag.select(ReflectionTag.tag, pw.fn.COUNT(ReflectionTag.reflection)).group_by(
                ReflectionTag.tag
            )
        )
    )
    sessions = dict(
        _rows(
            SessionTag.select(SessionTag.tag, pw.fn.COUNT(SessionTag.session)).group_by(
                SessionTag.tag
            )
        )
    )
    rows = [
        (name, int(reflections.get(tid, 0)), int(sessions.get(tid, 0)))
        for tid, name in _rows(Tag.select(Tag.id, Tag.name))
    ]
    return sorted(rows, key=lambda row: row[0].casefold())


def _tombstone(uuid: str, kind: str) -> None:
    Tombstone.insert(uuid=uuid, kind=kind, deleted_at=utcnow()).on_conflict_replace().execute()


def _touch(model: type[Reflection] | type[Session], ids: list[int]) -> None:
    now = utcnow()
    for i in range(0, len(ids), 500):
        model.update(updated_at=now).where(model.id.in_(ids[i : i + 500])).execute()


# -- tags ---------------------------------------------------------------------------


def rename_tag(old: str, new: str) -> Tidied:
    """Give a tag a new name (every session and reflection keeps it)."""
    tag = _tag(old)
    name = validation.check_tags("name", [new])
    if not name:
        raise ValidationError("name", "must not be empty")
    clash = Tag.get_or_none((Tag.name == name[0]) & (Tag.id != tag.id))
    if clash is not None:
        raise ValidationError("name", f"a tag {clash.name!r} exists already; merge the two instead")
    before = tag.name
    with driver_errors(), DB.atomic():
        Tag.update(name=name[0], updated_at=utcnow()).where(Tag.id == tag.id).execute()
        _touch(Reflection, _linked(ReflectionTag, "reflection", [tag.id]))
        _touch(Session, _linked(SessionTag, "session", [tag.id]))
    log.info("renamed a tag")
    return Tidied(Kind.TAG, before, name[0])


def _linked(link: type[ReflectionTag] | type[SessionTag], field: str, tags: list[int]) -> list[int]:
    column = getattr(link, field)
    return [rid for (rid,) in _rows(link.select(column).where(link.tag.in_(tags)).distinct())]


def merge_tags(sources: list[str], target: str) -> Tidied:
    """Merge tags into ``target`` (created when no tag has that name yet; the links follow)."""
    if not sources:
        raise ValidationError("tags", "name at least one tag to merge")
    found = [_tag(name) for name in sources]
    try:
        into = _tag(target, "into")
    except NotFound:
        into = None
    with driver_errors(), DB.atomic():
        if into is None:
            first = found.pop(0)
            rename_tag(first.name, target)
            into = Tag.get_by_id(first.id)
        moved = {"reflections": 0, "sessions": 0}
        for tag in found:
            if tag.id == into.id:
                continue
            for link, field, label in (
                (ReflectionTag, "reflection", "reflections"),
                (SessionTag, "session", "sessions"),
            ):
                owners = _linked(link, field, [tag.id])
                have = set(_linked(link, field, [into.id]))
                rows = [{field: rid, "tag": into.id} for rid in owners if rid not in have]
                for i in range(0, len(rows), 500):
                    link.insert_many(rows[i : i + 500]).execute()
                deleting(link).where(link.tag == tag.id).execute()
                moved[label] += len(owners)
                _touch(Reflection if field == "reflection" else Session, owners)
            _tombstone(tag.uuid, Kind.TAG)
            deleting(Tag).where(Tag.id == tag.id).execute()
    log.info("merged %d tags", len(sources))
    return Tidied(Kind.TAG, ", ".join(sources), into.name, moved, merged=True)


# -- skills -------------------------------------------------------------------------


def rename_skill(ref: Any, new: str) -> Tidied:
    """Give a skill a new name (its ratings and wins stay with it)."""
    skill = records.typed(_record(Kind.SKILL, ref, "skill"), Skill)
    before = skill.name
    updated = records.typed(records.update(Kind.SKILL, skill.id, name=new), Skill)
    return Tidied(Kind.SKILL, before, updated.name)


def merge_skills(source: Any, target: Any) -> Tidied:
    """Move ``source``'s ratings and wins to ``target`` and delete ``source``."""
    src = records.typed(_record(Kind.SKILL, source, "skill"), Skill)
    dst = records.typed(_record(Kind.SKILL, target, "into"), Skill)
    if src.id == dst.id:
        raise ValidationError("into", "a skill cannot be merged into itself")
    with driver_errors(), DB.atomic():
        fill: dict[str, Any] = {}
        for name in ("category", "description"):
            if not getattr(dst, name) and getattr(src, name):
                fill[name] = getattr(src, name)
        if dst.target_level is None and src.target_level is not None:
            fill["target_level"] = src.target_level
        now = utcnow()
        ratings = SkillRating.update(skill=dst.id, updated_at=now).where(
            SkillRating.skill == src.id
        )
        moved = {"ratings": ratings.execute()}
        moved["wins"] = (
            Win.update(skill=dst.id, updated_at=now).where(Win.skill == src.id).execute()
        )
        _tombstone(src.uuid, Kind.SKILL)
        deleting(Skill).where(Skill.id == src.id).execute()
        if fill:
            records.update(Kind.SKILL, dst.id, **fill)
        else:
            Skill.update(updated_at=now).where(Skill.id == dst.id).execute()
    log.info("merged two skills")
    return Tidied(Kind.SKILL, src.name, dst.name, moved, merged=True)


# -- people -------------------------------------------------------------------------


def rename_person(ref: Any, new: str) -> Tidied:
    """Give a person a new name (their sessions, goals and action items follow)."""
    person = records.get_person(records.resolve_name(Kind.PERSON, ref, "person"))
    before = person.name
    updated = records.typed(records.update(Kind.PERSON, person.id, name=new), Person)
    return Tidied(Kind.PERSON, before, updated.name)


def merge_people(source: Any, target: Any) -> Tidied:
    """Move everything of person ``source`` to ``target`` and delete ``source``."""
    src = records.get_person(records.resolve_name(Kind.PERSON, source, "person"))
    dst = records.get_person(records.resolve_name(Kind.PERSON, target, "into"))
    if src.id == dst.id:
        raise ValidationError("into", "a person cannot be merged into themselves")
    with driver_errors(), DB.atomic():
        now = utcnow()
        moved = {
            "sessions": Session.update(person=dst.id, updated_at=now)
            .where(Session.person == src.id)
            .execute(),
            "goals": Goal.update(person=dst.id, updated_at=now)
            .where(Goal.person == src.id)
            .execute(),
            "action items": ActionItem.update(person=dst.id, updated_at=now)
            .where(ActionItem.person == src.id)
            .execute(),
            "people introduced": Person.update(introduced_by=dst.id, updated_at=now)
            .where((Person.introduced_by == src.id) & (Person.id != dst.id))
            .execute(),
        }
        if dst.introduced_by_id == src.id:
            introducer = src.introduced_by_id if src.introduced_by_id != dst.id else None
            Person.update(introduced_by=introducer).where(Person.id == dst.id).execute()
        fill = _person_fill(src, dst)
        _tombstone(src.uuid, Kind.PERSON)
        deleting(Person).where(Person.id == src.id).execute()
        if fill:
            records.update(Kind.PERSON, dst.id, **fill)
        else:
            Person.update(updated_at=now).where(Person.id == dst.id).execute()
    log.info("merged two people")
    return Tidied(Kind.PERSON, src.name, dst.name, moved, merged=True)


def _person_fill(src: Person, dst: Person) -> dict[str, Any]:
    fill: dict[str, Any] = {}
    for name in ("organisation", "contact"):
        if not getattr(dst, name) and getattr(src, name):
            fill[name] = getattr(src, name)
    if src.notes.strip() and src.notes.strip() not in dst.notes:
        fill["notes"] = (dst.notes.rstrip() + "\n\n" if dst.notes.strip() else "") + src.notes
    starts = [d for d in (src.started_on, dst.started_on) if d is not None]
    if starts and min(starts) != dst.started_on:
        fill["started_on"] = min(starts)
    ended: dt.date | None = dst.ended_on
    if ended is not None and src.ended_on is not None and src.ended_on > ended:
        fill["ended_on"] = src.ended_on
    if dst.cadence_days is None and src.cadence_days is not None:
        Person.update(cadence_days=src.cadence_days).where(Person.id == dst.id).execute()
    return fill


# -- one entry point for the front ends --------------------------------------------------


def rename(kind: str, ref: Any, new: str) -> Tidied:
    """Rename a tag (by name), skill or person (by id, UUID or name)."""
    if kind == Kind.TAG:
        return rename_tag(str(ref), new)
    if kind == Kind.SKILL:
        return rename_skill(ref, new)
    if kind == Kind.PERSON:
        return rename_person(ref, new)
    raise ValidationError("kind", "only tags, skills and people can be renamed here")


def merge(kind: str, sources: list[Any], target: Any) -> Tidied:
    """Merge ``sources`` into ``target``: tags (several at once), skills, people."""
    if kind == Kind.TAG:
        return merge_tags([str(s) for s in sources], str(target))
    if len(sources) != 1:
        raise ValidationError("merge", f"merge one {kind_label(kind)} at a time")
    if kind == Kind.SKILL:
        return merge_skills(sources[0], target)
    if kind == Kind.PERSON:
        return merge_people(sources[0], target)
    raise ValidationError("kind", "only tags, skills and people can be merged")


__all__ = [
    "KINDS",
    "Tidied",
    "merge",
    "merge_people",
    "merge_skills",
    "merge_tags",
    "rename",
    "rename_person",
    "rename_skill",
    "rename_tag",
    "tag_usage",
]
