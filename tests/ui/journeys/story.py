"""A small journal for the window's journeys: every kind of record, linked."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from mentorjournal.domain import records
from mentorjournal.storage.journal import Journal
from tests.conftest import FAST, PASSPHRASE

TODAY = dt.date.today()
BODY = (
    "# What I noticed\n\n"
    "Today felt **different**: I asked for the hard feedback.\n\n"
    "- the estimate was *too tight*\n"
    "- next time: ask earlier\n"
)


@dataclass
class Story:
    path: Path
    ana: int
    ben: int
    session: int
    reflection: int
    skill: int
    goal: int
    action: int


def write_story(path: Path) -> Story:
    journal = Journal.create(path, PASSPHRASE, kdf=FAST)
    try:
        ana = records.create(
            "person", name="Ana Quillfeather", relation="mentor", organisation="Kestrel Labs"
        )
        ben = records.create("person", name="Ben Marlowe", relation="mentee")
        records.create(
            "person",
            name="Old Contact",
            relation="contact",
            status="ended",
            ended_on=TODAY - dt.timedelta(days=400),
        )
        session = records.create(
            "session",
            person=ana.id,
            role="mentee",
            held_at=dt.datetime.combine(TODAY - dt.timedelta(days=3), dt.time(10)),
            notes="We talked about **estimates** and the zephyrine plan.",
            takeaways="- Ask for feedback early\n- Share drafts",
            confidence_before=4,
            confidence_after=7,
            motivation=8,
            tags=["feedback"],
        )
        reflection = records.create(
            "reflection",
            written_at=dt.datetime.combine(TODAY - dt.timedelta(days=2), dt.time(9)),
            title="After the feedback talk",
            body=BODY,
            confidence=6,
            motivation=7,
            session=session.id,
            tags=["feedback", "growth"],
        )
        records.create(
            "reflection",
            written_at=dt.datetime.combine(TODAY - dt.timedelta(days=20), dt.time(9)),
            title="An older note",
            body="Nothing special about quorvex.",
        )
        skill = records.create("skill", name="Listening", target_level=8)
        records.create("rating", skill=skill.id, value=6, rated_on=TODAY - dt.timedelta(days=3))
        records.create("skill", name="Shorthand", retired_on=TODAY - dt.timedelta(days=30))
        goal = records.create(
            "goal",
            title="Lead the vellichor project",
            person=ana.id,
            target_date=TODAY + dt.timedelta(days=60),
            progress=35,
        )
        records.create("goal", title="Old finished goal", status="achieved", progress=100)
        action = records.create(
            "action",
            text="Draft the plumbago plan",
            goal=goal.id,
            session=session.id,
            due_on=TODAY + dt.timedelta(days=5),
        )
        records.create("win", title="Gave the talk", won_on=TODAY, goal=goal.id, skill=skill.id)
        return Story(path, ana.id, ben.id, session.id, reflection.id, skill.id, goal.id, action.id)
    finally:
        journal.close()
