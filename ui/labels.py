"""The words for the core's fixed choices, as the window shows them.

The core names record kinds, relations, statuses, owners, formats and
sources once (``mentorjournal.kinds``), in English, marked for translation in
the context ``kinds``; this module is where the window looks them up, so a
translation applies everywhere at once.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from enum import StrEnum

from PySide6.QtCore import QCoreApplication

from mentorjournal import kinds


def _tr(text: str) -> str:
    return QCoreApplication.translate("kinds", text)


def _choice(labels: dict[StrEnum, str], value: str) -> str:
    for member, text in labels.items():
        if member == value:
            return _tr(text)
    return str(value)


def kind_title(kind: str) -> str:
    """ "Skill rating", "Action item"… (headings, columns, menus)."""
    return _tr(kinds.kind_title(kind))


def kind_label(kind: str) -> str:
    """ "skill rating", "action item"… (inside a sentence)."""
    return _tr(kinds.kind_label(kind))


def relation(value: str) -> str:
    return _choice(kinds.RELATION_LABELS, value)


def session_format(value: str) -> str:
    return _choice(kinds.SESSION_FORMAT_LABELS, value)


def goal_status(value: str) -> str:
    return _choice(kinds.GOAL_STATUS_LABELS, value)


def owner(value: str) -> str:
    return _choice(kinds.OWNER_LABELS, value)


def role(value: str) -> str:
    return _choice(kinds.ROLE_LABELS, value)


def session_status(value: str) -> str:
    return _choice(kinds.SESSION_STATUS_LABELS, value)


def person_status(value: str) -> str:
    return _choice(kinds.PERSON_STATUS_LABELS, value)


def follow_up(value: str) -> str:
    return _choice(kinds.FOLLOW_UP_LABELS, value)


def rating_source(value: str) -> str:
    return _choice(kinds.RATING_SOURCE_LABELS, value)


#: The choice fields whose words come from the core, with their labels.
CHOICES: dict[str, dict[StrEnum, str]] = {
    "relation": kinds.RELATION_LABELS,
    "format": kinds.SESSION_FORMAT_LABELS,
    "follow_up": kinds.FOLLOW_UP_LABELS,
    "owner": kinds.OWNER_LABELS,
    "source": kinds.RATING_SOURCE_LABELS,
}


#: The status fields of sessions, people and goals share the field name "status".
STATUSES = (kinds.SESSION_STATUS_LABELS, kinds.PERSON_STATUS_LABELS, kinds.GOAL_STATUS_LABELS)


def choice_labels(field: str) -> dict[str, str]:
    """The translated words for each stored value of a choice field ({} when not the core's)."""
    if field == "status":
        return {m.value: _tr(t) for labels in reversed(STATUSES) for m, t in labels.items()}
    return {member.value: _tr(text) for member, text in CHOICES.get(field, {}).items()}


class Lazy(Mapping[str, str]):
    """A dict of words made when read, so it follows the translator installed at start."""

    def __init__(self, make: Callable[[], dict[str, str]]) -> None:
        self._make = make

    def __getitem__(self, key: str) -> str:
        return self._make()[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._make())

    def __len__(self) -> int:
        return len(self._make())
