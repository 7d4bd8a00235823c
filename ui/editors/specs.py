"""What each record kind's editor shows, derived from ``validation.FIELDS``.

The field list, types and ranges come from the core's rules; this module adds
only what the rules cannot know: labels in the user's words, the order of the
fields, choice labels, and how linked records are listed.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from mentorjournal.domain import queries, validation
from mentorjournal.kinds import RECORD_KINDS
from ui import labels

log = logging.getLogger(__name__)


def _tr(text: str) -> str:
    return QCoreApplication.translate("specs", text)


#: The words for each choice value; anything missing is shown capitalised.
CHOICE_LABELS: dict[str, dict[str, str]] = {
    "role": {
        "mentee": QT_TRANSLATE_NOOP("specs", "I am the mentee"),
        "mentor": QT_TRANSLATE_NOOP("specs", "I am the mentor"),
    },
}

#: Field labels, by field name (then by kind where the same name means different things).
LABELS: dict[str, str] = {
    "name": QT_TRANSLATE_NOOP("specs", "Name"),
    "relation": QT_TRANSLATE_NOOP("specs", "Relation"),
    "organisation": QT_TRANSLATE_NOOP("specs", "Organisation"),
    "contact": QT_TRANSLATE_NOOP("specs", "Contact details"),
    "introduced_by": QT_TRANSLATE_NOOP("specs", "Introduced by"),
    "started_on": QT_TRANSLATE_NOOP("specs", "Relationship since"),
    "ended_on": QT_TRANSLATE_NOOP("specs", "Relationship ended"),
    "status": QT_TRANSLATE_NOOP("specs", "Status"),
    "follow_up": QT_TRANSLATE_NOOP("specs", "Follow-up"),
    "notes": QT_TRANSLATE_NOOP("specs", "Notes"),
    "person": QT_TRANSLATE_NOOP("specs", "With"),
    "role": QT_TRANSLATE_NOOP("specs", "My role"),
    "held_at": QT_TRANSLATE_NOOP("specs", "When"),
    "duration_min": QT_TRANSLATE_NOOP("specs", "Duration"),
    "format": QT_TRANSLATE_NOOP("specs", "Format"),
    "agenda": QT_TRANSLATE_NOOP("specs", "Agenda"),
    "takeaways": QT_TRANSLATE_NOOP("specs", "Takeaways"),
    "confidence_before": QT_TRANSLATE_NOOP("specs", "Confidence before"),
    "confidence_after": QT_TRANSLATE_NOOP("specs", "Confidence after"),
    "motivation": QT_TRANSLATE_NOOP("specs", "Motivation"),
    "next_session_on": QT_TRANSLATE_NOOP("specs", "Next session"),
    "tags": QT_TRANSLATE_NOOP("specs", "Tags"),
    "written_at": QT_TRANSLATE_NOOP("specs", "Written"),
    "title": QT_TRANSLATE_NOOP("specs", "Title"),
    "body": QT_TRANSLATE_NOOP("specs", "Reflection"),
    "template": QT_TRANSLATE_NOOP("specs", "Template"),
    "confidence": QT_TRANSLATE_NOOP("specs", "Confidence"),
    "session": QT_TRANSLATE_NOOP("specs", "Session"),
    "category": QT_TRANSLATE_NOOP("specs", "Category"),
    "target_level": QT_TRANSLATE_NOOP("specs", "Target level"),
    "description": QT_TRANSLATE_NOOP("specs", "Description"),
    "skill": QT_TRANSLATE_NOOP("specs", "Skill"),
    "rated_on": QT_TRANSLATE_NOOP("specs", "Rated on"),
    "value": QT_TRANSLATE_NOOP("specs", "Rating"),
    "note": QT_TRANSLATE_NOOP("specs", "Note"),
    "source": QT_TRANSLATE_NOOP("specs", "Source"),
    "target_date": QT_TRANSLATE_NOOP("specs", "Target date"),
    "progress": QT_TRANSLATE_NOOP("specs", "Progress"),
    "goal": QT_TRANSLATE_NOOP("specs", "Goal"),
    "text": QT_TRANSLATE_NOOP("specs", "Action"),
    "owner": QT_TRANSLATE_NOOP("specs", "Owner"),
    "due_on": QT_TRANSLATE_NOOP("specs", "Due"),
    "done_on": QT_TRANSLATE_NOOP("specs", "Done on"),
    "won_on": QT_TRANSLATE_NOOP("specs", "Date"),
    "cadence_days": QT_TRANSLATE_NOOP("specs", "Meet every"),
}
#: A field that a kind names in its own words (a session's tags are its topics).
LABELS_FOR_KIND = {
    ("session", "tags"): QT_TRANSLATE_NOOP("specs", "Topics"),
}
#: The same for a field's placeholder.
PLACEHOLDERS_FOR_KIND = {
    ("session", "tags"): QT_TRANSLATE_NOOP("specs", "topics, separated by commas"),
}
KIND_LABELS = labels.Lazy(lambda: {kind.value: labels.kind_title(kind) for kind in RECORD_KINDS})

#: Fields shown, in order. Text fields listed in ``TEXTS`` become Markdown editors.
ORDER: dict[str, tuple[str, ...]] = {
    "reflection": ("title", "body", "confidence", "motivation", "tags", "written_at", "session"),
    "session": (
        "person",
        "role",
        "held_at",
        "duration_min",
        "format",
        "status",
        "confidence_before",
        "confidence_after",
        "motivation",
        "next_session_on",
        "tags",
        "agenda",
        "notes",
        "takeaways",
    ),
    "person": (
        "name",
        "relation",
        "organisation",
        "introduced_by",
        "started_on",
        "ended_on",
        "status",
        "follow_up",
        "cadence_days",
        "contact",
        "notes",
    ),
    "goal": ("title", "person", "target_date", "status", "progress", "description"),
    "action": ("text", "owner", "due_on", "done_on", "goal", "session", "person"),
    "skill": ("name", "category", "target_level", "description"),
    "rating": ("skill", "rated_on", "value", "source", "session", "note"),
    "win": ("title", "won_on", "goal", "skill", "description"),
}
#: Short fields shown below the text, in this order: a reflection is written first
#: (title, text), then rated — Tab goes from the text straight to Confidence.
BELOW_TEXT: dict[str, tuple[str, ...]] = {
    "reflection": ("confidence", "motivation", "tags", "written_at", "session"),
}
#: Text fields edited as Markdown with a preview; other text fields are single lines.
TEXTS = {"body", "agenda", "notes", "takeaways", "description", "note", "contact", "text"}
#: The field that names a record in window titles.
TITLE_FIELD = {
    "reflection": "title",
    "person": "name",
    "goal": "title",
    "skill": "name",
    "win": "title",
    "action": "text",
}
#: Whole-number fields with a unit.
SUFFIX = {"duration_min": " min", "progress": " %", "cadence_days": " days"}

PLACEHOLDERS = {
    "body": QT_TRANSLATE_NOOP(
        "specs", "What happened, what you noticed, what changed in your thinking…"
    ),
    "agenda": QT_TRANSLATE_NOOP("specs", "Questions and topics to bring…"),
    "notes": QT_TRANSLATE_NOOP("specs", "What you talked about…"),
    "takeaways": QT_TRANSLATE_NOOP("specs", "What you are taking away…"),
    "text": QT_TRANSLATE_NOOP("specs", "What needs doing…"),
}


@dataclass(frozen=True)
class FieldSpec:
    name: str
    label: str
    rule: validation.Rule
    widget: str  # line, markdown, rating, choice, link, tags, date, datetime, number
    choices: tuple[tuple[str, Any], ...] = ()


def _widget_for(name: str, rule: validation.Rule) -> str:
    if rule.type == "text":
        return "markdown"
    if rule.type == "enum":
        return "choice"
    if rule.type == "int":
        return "number"
    return rule.type  # line, rating, link, tags, date, datetime


def _choices(name: str, rule: validation.Rule) -> tuple[tuple[str, Any], ...]:
    words = {
        **labels.choice_labels(name),
        **{k: _tr(v) for k, v in CHOICE_LABELS.get(name, {}).items()},
    }
    return tuple(
        (words.get(choice, choice.replace("_", " ").capitalize()), choice)
        for choice in rule.choices
    )


def fields_for(kind: str) -> list[FieldSpec]:
    """The editor's fields for ``kind``, in order."""
    rules = validation.FIELDS[kind]
    specs = []
    for name in ORDER[kind]:
        rule = rules[name]
        label = _tr(
            LABELS_FOR_KIND.get((kind, name))
            or LABELS.get(name, name.replace("_", " ").capitalize())
        )
        specs.append(FieldSpec(name, label, rule, _widget_for(name, rule), _choices(name, rule)))
    return specs


# -- link sources (what a picker lists) ------------------------------------


def people_choices() -> list[tuple[str, int]]:
    return [(p.name, p.id) for p in queries.people()]


def session_choices() -> list[tuple[str, int]]:
    names = {p.id: p.name for p in queries.people()}
    return [
        (
            f"{s.held_at:%Y-%m-%d} · {names.get(s.person_id, '?')}"
            f"{' (mentoring)' if s.role == 'mentor' else ''}",
            s.id,
        )
        for s in queries.sessions()
    ]


def goal_choices() -> list[tuple[str, int]]:
    return [
        (g.title if g.status == "active" else f"{g.title} ({g.status})", g.id)
        for g in queries.goals()
    ]


def skill_choices() -> list[tuple[str, int]]:
    return [(s.name, s.id) for s, _value, _day in queries.skills_with_latest()]


LINK_SOURCES: dict[str, Callable[[], Sequence[tuple[str, int]]]] = {
    "person": people_choices,
    "session": session_choices,
    "goal": goal_choices,
    "skill": skill_choices,
}
