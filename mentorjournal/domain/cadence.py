"""The rhythm of each relationship: last met, next due, and who has gone quiet.

- A person's *cadence* is the wished number of days between sessions
  (``person.cadence_days``, 1 to 366; empty: no rhythm, never due).
- *Last met* is the start of the last session that was held (``rules.HELD``)
  and is not in the trash; planned and cancelled sessions do not count.
- *Next due* is the date of last met plus the cadence. Before a first held
  session it counts from the relationship's start (``started_on``); with
  neither there is nothing to count from and nothing is due.
- A relationship has *gone quiet* when its next due date is before today
  and no session is planned from today on. Due today is not quiet yet.
- Only active relationships nag: paused or ended ones (``rules.relationship_ended``)
  and people in the trash are never due and never quiet.

Read-only; every number here is checked by hand in ``tests/domain/test_cadence.py``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import peewee as pw

from mentorjournal.domain import rules
from mentorjournal.kinds import SessionStatus
from mentorjournal.storage.models import Person, Session


@dataclass(frozen=True)
class Rhythm:
    """One person's rhythm as of ``today``."""

    person_id: int
    name: str
    relation: str
    cadence_days: int | None
    last_met: dt.datetime | None
    next_due: dt.date | None  # None: no cadence, nothing to count from, or not active
    next_planned: dt.datetime | None  # the next planned session from today on
    active: bool  # active and not ended: only these are ever due or quiet
    today: dt.date

    @property
    def quiet(self) -> bool:
        """Next due has passed and nothing is planned."""
        return (
            self.active
            and self.next_due is not None
            and self.next_due < self.today
            and self.next_planned is None
        )

    @property
    def days_overdue(self) -> int:
        """Days since the next due date (0 unless quiet)."""
        if not self.quiet or self.next_due is None:
            return 0
        return (self.today - self.next_due).days

    @property
    def days_since_met(self) -> int | None:
        """Whole days from the last held session's date to today."""
        return None if self.last_met is None else (self.today - self.last_met.date()).days


def is_active(person: Person, today: dt.date) -> bool:
    """Active and not ended: the relationships a rhythm applies to."""
    status = person.status or "active"
    return status == "active" and not rules.relationship_ended(status, person.ended_on, today)


def next_due(
    cadence_days: int | None, last_met: dt.datetime | None, started_on: dt.date | None
) -> dt.date | None:
    """Last met (else the start of the relationship) plus the cadence."""
    if not cadence_days:
        return None
    since = last_met.date() if last_met is not None else started_on
    return None if since is None else since + dt.timedelta(days=int(cadence_days))


def _last_held() -> dict[int, dt.datetime]:
    query = (
        Session.select(Session.person_id, pw.fn.MAX(Session.held_at).alias("last"))
        .where(Session.status == rules.HELD, rules.live(Session))
        .group_by(Session.person_id)
        .tuples()
    )
    rows: list[tuple[Any, Any]] = list(query)  # type: ignore[arg-type]
    return {int(pid): _as_datetime(last) for pid, last in rows if last is not None}


def _next_planned(today: dt.date) -> dict[int, dt.datetime]:
    query = (
        Session.select(Session.person_id, pw.fn.MIN(Session.held_at).alias("next"))
        .where(
            Session.status == SessionStatus.PLANNED,
            Session.held_at >= dt.datetime.combine(today, dt.time()),
            rules.live(Session),
        )
        .group_by(Session.person_id)
        .tuples()
    )
    rows: list[tuple[Any, Any]] = list(query)  # type: ignore[arg-type]
    return {int(pid): _as_datetime(first) for pid, first in rows if first is not None}


def _as_datetime(value: object) -> dt.datetime:
    if isinstance(value, dt.datetime):
        return value
    return dt.datetime.fromisoformat(str(value))


def rhythms(today: dt.date | None = None, include_inactive: bool = True) -> list[Rhythm]:
    """Every live person's rhythm, by name (``include_inactive=False``: active ones only)."""
    today = today or dt.date.today()
    last = _last_held()
    planned = _next_planned(today)
    result = []
    people = Person.select().where(rules.live(Person))
    for p in sorted(people, key=lambda p: (p.name.casefold(), p.id)):
        active = is_active(p, today)
        if not active and not include_inactive:
            continue
        met = last.get(p.id)
        due = next_due(p.cadence_days, met, p.started_on) if active else None
        result.append(
            Rhythm(
                person_id=p.id,
                name=p.name,
                relation=p.relation,
                cadence_days=p.cadence_days,
                last_met=met,
                next_due=due,
                next_planned=planned.get(p.id),
                active=active,
                today=today,
            )
        )
    return result


def rhythm(person_id: int, today: dt.date | None = None) -> Rhythm | None:
    """One person's rhythm (``None``: no such live person)."""
    for r in rhythms(today):
        if r.person_id == person_id:
            return r
    return None


def gone_quiet(today: dt.date | None = None) -> list[Rhythm]:
    """Relationships gone quiet, longest overdue first (then by name)."""
    quiet = [r for r in rhythms(today, include_inactive=False) if r.quiet]
    return sorted(quiet, key=lambda r: (-r.days_overdue, r.name.casefold(), r.person_id))


def describe_cadence(days: int | None) -> str:
    """``every 3 weeks``, ``every 10 days``, ``every month`` (30 or 31 days), or ''."""
    if not days:
        return ""
    if days % 7 == 0:
        weeks = days // 7
        return "every week" if weeks == 1 else f"every {weeks} weeks"
    if days in (30, 31):
        return "every month"
    return "every day" if days == 1 else f"every {days} days"
