"""What to remind of, and when: the schedule the window's reminders follow.

``schedule(now, options)`` lists the reminders due from the start of today up
to a day ahead, soonest first:

- ``session``: a planned session (not in the trash, with a live person),
  ``lead_minutes`` before it starts ("prepare"); it opens that person's prep.
- ``due``: open action items due today, at ``morning`` (one reminder for all).
- ``overdue``: open action items due before today, at ``morning`` (one for all).
- ``quiet``: each relationship gone quiet (``domain.cadence``), at ``morning``.
- ``reflect``: the daily reflection nudge at ``evening``, unless a reflection
  was written today; off unless asked for.

Each reminder has a ``key`` (kind, record, day) so the window shows it once.
``locked_times`` is all a locked window may keep: the start of each
reminder of a planned session, nothing else.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from mentorjournal.domain import cadence, rules
from mentorjournal.kinds import SessionStatus
from mentorjournal.storage.models import ActionItem, Person, Reflection, Session

#: The kinds of reminder, in the order the settings list them.
KINDS = ("session", "due", "overdue", "quiet", "reflect")
#: What a locked screen may say, whatever the reminder.
LOCKED_TEXT = "A session is coming up"


@dataclass(frozen=True)
class Options:
    """Which reminders, and when in the day."""

    kinds: frozenset[str] = field(default_factory=lambda: frozenset(KINDS) - {"reflect"})
    lead_minutes: int = 30
    morning: dt.time = dt.time(9, 0)
    evening: dt.time = dt.time(18, 0)


@dataclass(frozen=True)
class Reminder:
    kind: str
    at: dt.datetime  # when to show it
    title: str
    text: str
    person_id: int | None = None
    record_id: int | None = None

    @property
    def key(self) -> str:
        return f"{self.kind}:{self.record_id or self.person_id or 0}:{self.at:%Y-%m-%dT%H:%M}"


def _plural(n: int, one: str, many: str) -> str:
    return one if n == 1 else many.format(n=n)


def schedule(now: dt.datetime, options: Options | None = None) -> list[Reminder]:
    """Reminders from the start of ``now``'s day up to a day ahead, soonest first."""
    options = options or Options()
    today = now.date()
    start = dt.datetime.combine(today, dt.time())
    horizon = now + dt.timedelta(days=1)
    found: list[Reminder] = []
    names = {p.id: p.name for p in Person.select(Person.id, Person.name).where(rules.live(Person))}
    if "session" in options.kinds:
        lead = dt.timedelta(minutes=options.lead_minutes)
        query = Session.select().where(
            Session.status == SessionStatus.PLANNED,
            Session.held_at >= now,
            Session.held_at <= horizon + lead,
            rules.live(Session),
        )
        for s in query.order_by(Session.held_at, Session.id):
            name = names.get(s.person_id)
            if name is None:
                continue
            found.append(
                Reminder(
                    "session",
                    max(s.held_at - lead, start),
                    f"Session with {name} at {s.held_at:%H:%M}",
                    "Time to prepare: click to open the session prep.",
                    person_id=s.person_id,
                    record_id=s.id,
                )
            )
    morning = dt.datetime.combine(today, options.morning)
    if "due" in options.kinds:
        due = (
            ActionItem.select()
            .where(rules.is_open(), ActionItem.due_on == today, rules.live(ActionItem))
            .count()
        )
        if due:
            found.append(
                Reminder(
                    "due",
                    morning,
                    _plural(due, "An action item is due today", "{n} action items are due today"),
                    "See Goals & actions.",
                )
            )
    if "overdue" in options.kinds:
        late = ActionItem.select().where(rules.overdue(today), rules.live(ActionItem)).count()
        if late:
            found.append(
                Reminder(
                    "overdue",
                    morning,
                    _plural(late, "An action item is overdue", "{n} action items are overdue"),
                    "See Goals & actions.",
                )
            )
    if "quiet" in options.kinds:
        for r in cadence.gone_quiet(today):
            found.append(
                Reminder(
                    "quiet",
                    morning,
                    f"{r.name} has gone quiet",
                    _plural(
                        r.days_overdue,
                        "A session was due yesterday.",
                        "A session was due {n} days ago.",
                    ),
                    person_id=r.person_id,
                )
            )
    if "reflect" in options.kinds:
        written = (
            Reflection.select()
            .where(Reflection.written_at >= start, rules.live(Reflection))
            .exists()
        )
        if not written:
            found.append(
                Reminder(
                    "reflect",
                    dt.datetime.combine(today, options.evening),
                    "A moment to reflect?",
                    "What happened today, what did you notice?",
                )
            )
    found = [r for r in found if r.at <= horizon]
    found.sort(key=lambda r: (r.at, KINDS.index(r.kind), r.key))
    return found


def due_now(
    reminders: list[Reminder], now: dt.datetime, shown: set[str], stale_minutes: int = 120
) -> list[Reminder]:
    """The reminders whose time has come (not more than ``stale_minutes`` ago) and that
    were not shown yet."""
    oldest = now - dt.timedelta(minutes=stale_minutes)
    return [r for r in reminders if oldest <= r.at <= now and r.key not in shown]


def locked_times(reminders: list[Reminder]) -> list[dt.datetime]:
    """All a locked window keeps: when each session reminder falls, no names, no titles."""
    return sorted(r.at for r in reminders if r.kind == "session")
