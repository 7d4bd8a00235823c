"""Goals with their action items, and what is coming up.

For the Goals & actions page and the timeline's "Upcoming" list. Read-only.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass

from mentorjournal.domain import queries, rules
from mentorjournal.storage.models import ActionItem, Goal, Person, Session
from mentorjournal.text.plain import first_line, shorten

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class GoalGroup:
    """A goal (``None``: action items under no goal) and its action items."""

    goal: Goal | None
    actions: list[ActionItem]


@dataclass(frozen=True)
class Upcoming:
    """A planned session, an open action item with a due date, or a goal's target."""

    kind: str  # "session", "action" or "goal"
    id: int
    when: dt.datetime
    title: str
    person_name: str | None


def goals_with_actions(
    status: str | None = "active", include_done: bool = False
) -> list[GoalGroup]:
    """Goals by target date, each with its action items (open first, by due date).

    ``status`` limits the goals (``None``: all); action items under no goal
    come last, as one group, when there are any. ``include_done`` keeps done
    action items too.
    """
    goals = queries.goals(status=status)
    query = ActionItem.select().where(rules.live(ActionItem))
    if not include_done:
        query = query.where(rules.is_open())
    trashed = {g.id for g in Goal.select(Goal.id).where(~rules.live(Goal))}
    by_goal: dict[int | None, list[ActionItem]] = {}
    for item in rules.action_order(query):  # under a trashed goal: under no goal
        by_goal.setdefault(None if item.goal_id in trashed else item.goal_id, []).append(item)
    groups = [GoalGroup(goal, by_goal.get(goal.id, [])) for goal in goals]
    if by_goal.get(None):
        groups.append(GoalGroup(None, by_goal[None]))
    return groups


def upcoming(today: dt.date | None = None, limit: int = 50) -> list[Upcoming]:
    """What lies after today, soonest first: planned sessions, due items, goal targets."""
    today = today or dt.date.today()
    tomorrow = today + dt.timedelta(days=1)
    names = {p.id: p.name for p in Person.select(Person.id, Person.name).where(rules.live(Person))}
    items: list[Upcoming] = []
    sessions = (
        Session.select()
        .where(
            Session.status == "planned",
            Session.held_at >= dt.datetime.combine(tomorrow, dt.time()),
            rules.live(Session),
        )
        .order_by(Session.held_at, Session.id)
        .limit(limit)
    )
    for s in sessions:
        name = names.get(s.person_id, "")
        items.append(Upcoming("session", s.id, s.held_at, f"Session with {name}", name or None))
    actions = (
        ActionItem.select()
        .where(rules.is_open(), ActionItem.due_on >= tomorrow, rules.live(ActionItem))
        .order_by(ActionItem.due_on, ActionItem.id)
        .limit(limit)
    )
    for a in actions:
        if a.due_on is None:  # pragma: no cover - the query keeps dated ones
            continue
        title = shorten(first_line(a.text), queries.TITLE_LEN)
        who = names.get(a.person_id) if a.person_id is not None else None
        items.append(Upcoming("action", a.id, dt.datetime.combine(a.due_on, dt.time()), title, who))
    goals = (
        Goal.select()
        .where(Goal.status == "active", Goal.target_date >= tomorrow, rules.live(Goal))
        .order_by(Goal.target_date, Goal.id)
        .limit(limit)
    )
    for g in goals:
        if g.target_date is None:  # pragma: no cover - the query keeps dated ones
            continue
        who = names.get(g.person_id) if g.person_id is not None else None
        when = dt.datetime.combine(g.target_date, dt.time())
        items.append(Upcoming("goal", g.id, when, shorten(g.title, queries.TITLE_LEN), who))
    items.sort(key=lambda u: (u.when, u.kind, u.id))
    return items[:limit]
