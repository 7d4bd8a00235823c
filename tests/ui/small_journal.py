"""A small mentoring journal with known items, relative to today (prep and record pages)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from mentorjournal.domain import records


@dataclass
class Small:
    ben: object
    past_session: object
    planned: object
    mine: object
    theirs: object
    done: object
    goal: object
    skill: object


def add_small_journal() -> Small:
    today = dt.date.today()
    now = dt.datetime.combine(today, dt.time(9, 0))
    ben = records.create("person", name="Ben Okafor", relation="mentee", organisation="Platform")
    past = records.create(
        "session",
        person=ben.id,
        role="mentor",
        held_at=now - dt.timedelta(days=10),
        notes="We discussed **roadmaps** and hiring.",
        takeaways="Ship the demo first",
        tags=["planning"],
    )
    planned = records.create(
        "session",
        person=ben.id,
        role="mentor",
        held_at=now + dt.timedelta(days=7),
        status="planned",
    )
    goal = records.create(
        "goal",
        title="Lead the platform team",
        progress=40,
        person=ben.id,
        target_date=today + dt.timedelta(days=400),
    )
    records.create(
        "goal", title="Old achieved goal", status="achieved", progress=100, person=ben.id
    )
    mine = records.create(
        "action",
        text="Send Ben the article",
        owner="me",
        due_on=today - dt.timedelta(days=3),
        session=past.id,
        goal=goal.id,
    )
    theirs = records.create(
        "action",
        text="Draft the roadmap",
        owner="them",
        due_on=today + dt.timedelta(days=5),
        session=past.id,
    )
    done = records.create(
        "action",
        text="Old finished thing",
        owner="me",
        session=past.id,
        done_on=today - dt.timedelta(days=20),
    )
    skill = records.create("skill", name="Delegation", category="Leadership", target_level=8)
    records.create(
        "rating", skill=skill.id, value=4, rated_on=today - dt.timedelta(days=40), session=past.id
    )
    records.create(
        "rating", skill=skill.id, value=6, rated_on=today - dt.timedelta(days=5), session=past.id
    )
    return Small(ben, past, planned, mine, theirs, done, goal, skill)
