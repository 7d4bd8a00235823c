"""Which person a record belongs to: one rule for every list, count and chart.

The timeline, the people pages, session prep, search, the statistics and
Insights all ask "is this record about person P?" and all use this module:

- a person belongs to themselves;
- a session and a goal belong to their person;
- a reflection and a skill rating belong to the person of the session they
  are linked to;
- an action item belongs to its own person; with none set, to the person of
  the session where it was agreed; with neither, to the person of its goal;
- a win belongs to the person of its goal;
- skills and tags belong to nobody (they are mine).

So every record belongs to at most one person, and counts per person add up.
A session or goal in the trash passes on nobody (the link reads as absent).
The rule is given as SQL (``person_of``) because the readers that need it
run their own queries; ``owned`` wraps it for the record models.
"""

from __future__ import annotations

import peewee as pw

from mentorjournal.kinds import Kind
from mentorjournal.storage.models import MODELS

# A link to a record in the trash reads as no link (``rules.live_sql``).
_SESSION_PERSON = (
    "(SELECT os.person_id FROM session os WHERE os.id = {t}.session_id AND os.deleted_at IS NULL)"
)
_GOAL_PERSON = (
    "(SELECT og.person_id FROM goal og WHERE og.id = {t}.goal_id AND og.deleted_at IS NULL)"
)

#: SQL for the id of the person a row belongs to; ``{t}`` is the row's table alias.
_PERSON_OF: dict[Kind, str] = {
    Kind.PERSON: "{t}.id",
    Kind.SESSION: "{t}.person_id",
    Kind.GOAL: "{t}.person_id",
    Kind.REFLECTION: _SESSION_PERSON,
    Kind.RATING: _SESSION_PERSON,
    Kind.ACTION: f"COALESCE({{t}}.person_id, {_SESSION_PERSON}, {_GOAL_PERSON})",
    Kind.WIN: _GOAL_PERSON,
}


def has_owner(kind: str) -> bool:
    """True for kinds whose records can belong to a person."""
    return kind in _PERSON_OF


def person_of(kind: str, alias: str) -> str:
    """SQL giving the id of the person a ``kind`` row (table alias ``alias``) belongs to.

    NULL when it belongs to nobody; kinds that never belong to anyone give ``NULL``.
    """
    template = _PERSON_OF.get(Kind(kind))
    return "NULL" if template is None else template.format(t=alias)


def belongs_to(kind: str, alias: str) -> str:
    """SQL condition "the row belongs to the person ``?``" (one parameter)."""
    return f"{person_of(kind, alias)} = ?"


def owned(kind: str, person_id: int) -> pw.Expression:
    """For record-model queries: the ``kind`` records that belong to ``person_id``."""
    model = MODELS[Kind(kind)]
    table = model._meta.table_name
    query = pw.SQL(f"(SELECT o.id FROM {table} o WHERE {belongs_to(kind, 'o')})", [int(person_id)])
    return model.id.in_(query)
