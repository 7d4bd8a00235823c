"""The names a journal's records and their fixed choices go by, defined once.

Record kinds, relations, roles, statuses, owners, formats and rating sources
are ``StrEnum``s: each member *is* the string stored in the database, written
in exports and typed on the command line (``Kind.ACTION == "action"``). The
English words for them (``label``) live beside them, marked with
``QT_TRANSLATE_NOOP`` so the window can translate them; the core itself never
needs Qt.
"""

from __future__ import annotations

from enum import StrEnum


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Marks ``text`` for translation in ``context``; returns it unchanged."""
    return text


class Kind(StrEnum):
    """The kinds of record a journal holds (``TAG`` is shared by sessions and reflections)."""

    PERSON = "person"
    SESSION = "session"
    REFLECTION = "reflection"
    SKILL = "skill"
    RATING = "rating"  # a skill rating
    GOAL = "goal"
    ACTION = "action"  # an action item
    WIN = "win"
    TAG = "tag"


#: The eight kinds of record a user writes (tags come with sessions and reflections).
RECORD_KINDS: tuple[Kind, ...] = tuple(k for k in Kind if k is not Kind.TAG)
#: Kinds that carry tags.
TAGGED_KINDS: tuple[Kind, ...] = (Kind.SESSION, Kind.REFLECTION)
#: Kinds on the timeline (every record kind but skills, which are undated).
TIMELINE_KINDS: tuple[Kind, ...] = tuple(
    sorted((k for k in RECORD_KINDS if k is not Kind.SKILL), key=str)
)
#: Kinds the full-text index holds, with their code in the index rowid.
SEARCH_CODES: dict[str, int] = {
    Kind.PERSON: 1,
    Kind.SESSION: 2,
    Kind.REFLECTION: 3,
    Kind.GOAL: 4,
    Kind.ACTION: 5,
    Kind.SKILL: 6,
    Kind.WIN: 7,
}

#: The field a record can be named by (besides its id and UUID), for the kinds that have one.
NAME_FIELDS: dict[str, str] = {Kind.PERSON: "name", Kind.SKILL: "name", Kind.GOAL: "title"}

_KIND_LABELS = {
    Kind.PERSON: QT_TRANSLATE_NOOP("kinds", "person"),
    Kind.SESSION: QT_TRANSLATE_NOOP("kinds", "session"),
    Kind.REFLECTION: QT_TRANSLATE_NOOP("kinds", "reflection"),
    Kind.SKILL: QT_TRANSLATE_NOOP("kinds", "skill"),
    Kind.RATING: QT_TRANSLATE_NOOP("kinds", "skill rating"),
    Kind.GOAL: QT_TRANSLATE_NOOP("kinds", "goal"),
    Kind.ACTION: QT_TRANSLATE_NOOP("kinds", "action item"),
    Kind.WIN: QT_TRANSLATE_NOOP("kinds", "win"),
    Kind.TAG: QT_TRANSLATE_NOOP("kinds", "tag"),
}

_KIND_TITLES = {
    Kind.PERSON: QT_TRANSLATE_NOOP("kinds", "Person"),
    Kind.SESSION: QT_TRANSLATE_NOOP("kinds", "Session"),
    Kind.REFLECTION: QT_TRANSLATE_NOOP("kinds", "Reflection"),
    Kind.SKILL: QT_TRANSLATE_NOOP("kinds", "Skill"),
    Kind.RATING: QT_TRANSLATE_NOOP("kinds", "Skill rating"),
    Kind.GOAL: QT_TRANSLATE_NOOP("kinds", "Goal"),
    Kind.ACTION: QT_TRANSLATE_NOOP("kinds", "Action item"),
    Kind.WIN: QT_TRANSLATE_NOOP("kinds", "Win"),
    Kind.TAG: QT_TRANSLATE_NOOP("kinds", "Tag"),
}


def kind_label(kind: str) -> str:
    """The words for a kind inside a sentence: "skill rating", "action item", "goal"..."""
    try:
        return _KIND_LABELS[Kind(kind)]
    except ValueError:
        return str(kind)


def kind_title(kind: str) -> str:
    """The kind as a heading or column value: "Skill rating", "Action item"..."""
    try:
        return _KIND_TITLES[Kind(kind)]
    except ValueError:
        return str(kind).capitalize()


class Relation(StrEnum):
    """Who a person is to me."""

    MENTOR = "mentor"
    MENTEE = "mentee"
    CONTACT = "contact"


RELATION_LABELS = {
    Relation.MENTOR: QT_TRANSLATE_NOOP("kinds", "My mentor"),
    Relation.MENTEE: QT_TRANSLATE_NOOP("kinds", "My mentee"),
    Relation.CONTACT: QT_TRANSLATE_NOOP("kinds", "Contact"),
}
RELATION_PLURALS = {
    Relation.MENTOR: QT_TRANSLATE_NOOP("kinds", "My mentors"),
    Relation.MENTEE: QT_TRANSLATE_NOOP("kinds", "My mentees"),
    Relation.CONTACT: QT_TRANSLATE_NOOP("kinds", "Contacts"),
}


class Role(StrEnum):
    """My role in a session."""

    MENTEE = "mentee"
    MENTOR = "mentor"


ROLE_LABELS = {
    Role.MENTEE: QT_TRANSLATE_NOOP("kinds", "as mentee"),
    Role.MENTOR: QT_TRANSLATE_NOOP("kinds", "as mentor"),
}


class SessionStatus(StrEnum):
    PLANNED = "planned"
    DONE = "done"
    CANCELLED = "cancelled"


SESSION_STATUS_LABELS = {
    SessionStatus.PLANNED: QT_TRANSLATE_NOOP("kinds", "Planned"),
    SessionStatus.DONE: QT_TRANSLATE_NOOP("kinds", "Done"),
    SessionStatus.CANCELLED: QT_TRANSLATE_NOOP("kinds", "Cancelled"),
}


class SessionFormat(StrEnum):
    IN_PERSON = "in_person"
    VIDEO = "video"
    PHONE = "phone"
    CHAT = "chat"


SESSION_FORMAT_LABELS = {
    SessionFormat.IN_PERSON: QT_TRANSLATE_NOOP("kinds", "In person"),
    SessionFormat.VIDEO: QT_TRANSLATE_NOOP("kinds", "Video"),
    SessionFormat.PHONE: QT_TRANSLATE_NOOP("kinds", "Phone"),
    SessionFormat.CHAT: QT_TRANSLATE_NOOP("kinds", "Chat"),
}


class PersonStatus(StrEnum):
    ACTIVE = "active"
    PAUSED = "paused"
    ENDED = "ended"


PERSON_STATUS_LABELS = {
    PersonStatus.ACTIVE: QT_TRANSLATE_NOOP("kinds", "Active"),
    PersonStatus.PAUSED: QT_TRANSLATE_NOOP("kinds", "Paused"),
    PersonStatus.ENDED: QT_TRANSLATE_NOOP("kinds", "Ended"),
}


class FollowUp(StrEnum):
    NONE = "none"
    PENDING = "pending"
    DONE = "done"


FOLLOW_UP_LABELS = {
    FollowUp.NONE: QT_TRANSLATE_NOOP("kinds", "No follow-up"),
    FollowUp.PENDING: QT_TRANSLATE_NOOP("kinds", "Follow up"),
    FollowUp.DONE: QT_TRANSLATE_NOOP("kinds", "Followed up"),
}


class GoalStatus(StrEnum):
    ACTIVE = "active"
    ACHIEVED = "achieved"
    DROPPED = "dropped"


GOAL_STATUS_LABELS = {
    GoalStatus.ACTIVE: QT_TRANSLATE_NOOP("kinds", "Active"),
    GoalStatus.ACHIEVED: QT_TRANSLATE_NOOP("kinds", "Achieved"),
    GoalStatus.DROPPED: QT_TRANSLATE_NOOP("kinds", "Dropped"),
}


class Owner(StrEnum):
    """Who does an action item: me, or the other person of the relationship."""

    ME = "me"
    THEM = "them"


OWNER_LABELS = {
    Owner.ME: QT_TRANSLATE_NOOP("kinds", "Me"),
    Owner.THEM: QT_TRANSLATE_NOOP("kinds", "Them"),
}


class RatingSource(StrEnum):
    """Who gave a skill rating."""

    SELF = "self"
    MENTOR = "mentor"
    PEER = "peer"
    OTHER = "other"


RATING_SOURCE_LABELS = {
    RatingSource.SELF: QT_TRANSLATE_NOOP("kinds", "Self-assessment"),
    RatingSource.MENTOR: QT_TRANSLATE_NOOP("kinds", "Mentor feedback"),
    RatingSource.PEER: QT_TRANSLATE_NOOP("kinds", "Peer feedback"),
    RatingSource.OTHER: QT_TRANSLATE_NOOP("kinds", "Other"),
}


def values(choices: type[StrEnum]) -> tuple[str, ...]:
    """The stored strings of an enum, in declaration order."""
    return tuple(member.value for member in choices)
