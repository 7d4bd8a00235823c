"""Session prep: one person's last session, open items, goals, skills, agenda.

Used by the session-prep screen (mentor and mentee) and its print/export.

Which goals and skill ratings a prep shows depends on the relationship:

- goals: the active goals linked to the person; when the person is *my
  mentor*, also my own active goals that are linked to nobody (those are the
  goals I bring to my mentor). For a mentee or contact, only linked goals.
- skill ratings: the latest rating per skill from the last 90 days. When the
  person is *my mentee*, only ratings recorded in sessions with them (their
  skills as I rated them); otherwise all ratings (my own skills).
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from typing import Any

from mentorjournal.domain import ownership, records, rules
from mentorjournal.storage.models import ActionItem, Goal, Person, Session, Skill, SkillRating
from mentorjournal.text.plain import first_line

log = logging.getLogger(__name__)

RECENT_DAYS = 90


@dataclass(frozen=True)
class SkillSnapshot:
    """The latest rating of one skill, with the rating before it (if any)."""

    skill_id: int
    name: str
    value: int
    rated_on: dt.date
    target_level: int | None
    previous: int | None


@dataclass(frozen=True)
class SessionPrep:
    """Everything to prepare a session with one person."""

    person: Person
    today: dt.date
    last_session: Session | None  # latest done session on or before today
    next_session: Session | None  # earliest planned session from today on
    my_actions: list[ActionItem]  # open, owner "me", by due date
    their_actions: list[ActionItem]  # open, owner "them", by due date
    goals: list[Goal]  # active goals linked to the person
    own_goals: list[Goal]  # my active unlinked goals (only when they are my mentor)
    ratings: list[SkillSnapshot]  # by skill name
    draft_agenda: str  # Markdown


def session_prep(person: Any, today: dt.date | None = None) -> SessionPrep:
    """Gather the prep for a session with ``person`` (id, UUID or record)."""
    who = records.get_person(person)
    today = today or dt.date.today()
    tomorrow = dt.datetime.combine(today + dt.timedelta(days=1), dt.time())
    mine = Session.select().where(Session.person == who.id, rules.live(Session))
    last = (
        mine.where(Session.status == "done", Session.held_at < tomorrow)
        .order_by(Session.held_at.desc(), Session.id.desc())
        .first()
    )
    upcoming = (
        mine.where(
            Session.status == "planned", Session.held_at >= dt.datetime.combine(today, dt.time())
        )
        .order_by(Session.held_at, Session.id)
        .first()
    )
    open_items = list(
        rules.action_order(
            ActionItem.select().where(
                rules.is_open(), ownership.owned("action", who.id), rules.live(ActionItem)
            )
        )
    )
    active = Goal.select().where(Goal.status == "active", rules.live(Goal))
    order = (Goal.target_date.is_null(), Goal.target_date, Goal.id)
    goals = list(active.where(Goal.person == who.id).order_by(*order))
    trashed_people = Person.select(Person.id).where(~rules.live(Person))
    own = (  # linked to nobody, or to someone in the trash
        list(active.where(Goal.person.is_null() | Goal.person.in_(trashed_people)).order_by(*order))
        if who.relation == "mentor"
        else []
    )
    ratings = _recent_ratings(who, today)
    prep = SessionPrep(
        person=who,
        today=today,
        last_session=last,
        next_session=upcoming,
        my_actions=[a for a in open_items if a.owner == "me"],
        their_actions=[a for a in open_items if a.owner == "them"],
        goals=goals,
        own_goals=own,
        ratings=ratings,
        draft_agenda="",
    )
    return SessionPrep(**{**prep.__dict__, "draft_agenda": draft_agenda(prep)})


def _recent_ratings(who: Person, today: dt.date) -> list[SkillSnapshot]:
    query = SkillRating.select().where(SkillRating.rated_on <= today, rules.live(SkillRating))
    if who.relation == "mentee":
        query = query.where(ownership.owned("rating", who.id))
    by_skill: dict[int, list[SkillRating]] = {}
    for rating in query.order_by(SkillRating.rated_on.desc(), SkillRating.id.desc()):
        seen = by_skill.setdefault(rating.skill_id, [])
        if len(seen) < 2:
            seen.append(rating)
    since = today - dt.timedelta(days=RECENT_DAYS)
    recent = {sid: pair for sid, pair in by_skill.items() if pair[0].rated_on >= since}
    skills = {s.id: s for s in Skill.select().where(Skill.id.in_(list(recent)))} if recent else {}
    snapshots = [
        SkillSnapshot(
            skill_id=sid,
            name=skills[sid].name,
            value=pair[0].value,
            rated_on=pair[0].rated_on,
            target_level=skills[sid].target_level,
            previous=pair[1].value if len(pair) > 1 else None,
        )
        for sid, pair in recent.items()
    ]
    return sorted(snapshots, key=lambda s: (s.name.casefold(), s.skill_id))


def _one_line(text: str) -> str:
    return first_line(text).replace("[", "\\[") or "(no text)"


def _action_line(item: ActionItem, today: dt.date) -> str:
    line = f"- [ ] {_one_line(item.text)}"
    if item.due_on:
        line += f" (due {item.due_on.isoformat()}{', overdue' if rules.is_overdue(item.due_on, item.done_on, today) else ''})"
    return line


def _goal_line(goal: Goal) -> str:
    line = f"- **{_one_line(goal.title)}** — {goal.progress}% done"
    if goal.target_date:
        line += f", target {goal.target_date.isoformat()}"
    return line + ": what moved since last time, and what is the next step?"


def _skill_line(snap: SkillSnapshot) -> str:
    line = f"- {snap.name}: {snap.value}/10 on {snap.rated_on.isoformat()}"
    notes = []
    if snap.target_level is not None:
        notes.append(f"target {snap.target_level}")
    if snap.previous is not None and snap.previous != snap.value:
        notes.append(f"{'up' if snap.value > snap.previous else 'down'} from {snap.previous}")
    return line + (f" ({', '.join(notes)})" if notes else "")


def draft_agenda(prep: SessionPrep) -> str:
    """A Markdown agenda built from the prep: follow-ups, goal check-ins, questions."""
    name = _one_line(prep.person.name)
    last = prep.last_session
    out = [f"# Session with {name}", ""]
    facts = [f"Prepared {prep.today.isoformat()}"]
    if last:
        facts.append(f"last session {last.held_at.date().isoformat()}")
    if prep.next_session:
        facts.append(f"next session {prep.next_session.held_at.strftime('%Y-%m-%d %H:%M')}")
    out += [" · ".join(facts), ""]
    if last and last.takeaways.strip():
        out += ["## Since last time", ""]
        out += [f"> {line}".rstrip() for line in last.takeaways.strip().splitlines()]
        out.append("")
    out += ["## Follow-ups on open items", ""]
    if not (prep.my_actions or prep.their_actions):
        out += ["No open action items.", ""]
    if prep.my_actions:
        out += ["Mine:", ""] + [_action_line(a, prep.today) for a in prep.my_actions] + [""]
    if prep.their_actions:
        out += [f"{name}'s:", ""] + [_action_line(a, prep.today) for a in prep.their_actions] + [""]
    goals = prep.goals + prep.own_goals
    if goals:
        out += ["## Goal check-ins", ""] + [_goal_line(g) for g in goals] + [""]
    if prep.ratings:
        out += ["## Skills", ""] + [_skill_line(s) for s in prep.ratings] + [""]
    since = f" since {last.held_at.date().isoformat()}" if last else ""
    if prep.person.relation == "mentee":  # I am the mentor: questions to ask them
        questions = [
            f"What has changed{since}, and what are you proud of?",
            "What is getting in the way right now?",
            "Which one thing should this session settle for you?",
        ]
    else:  # my mentor or a contact: questions I bring
        questions = [
            f"What went well{since}, and what did I learn from it?",
            "Where am I stuck, and what advice do I want?",
            "Which one thing should I leave this session with?",
        ]
    questions.append("What will each of us do before we meet again, and when is that?")
    out += ["## Questions", ""] + [f"- {q}" for q in questions]
    return "\n".join(out) + "\n"
