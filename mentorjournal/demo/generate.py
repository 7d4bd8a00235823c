"""A deterministic demo journal: realistic mentoring data for every screen.

``populate`` fills the currently bound journal with the story of one person
("me") who is mentored by two people and, a little later, mentors three
people of their own. Everything comes from ``random.Random(seed)`` and the
``end`` date, never from the wall clock (``end`` defaults to today only when
the caller gives none), so the same arguments always produce the same
records, uuids and timestamps.

``scale`` 1.0 means a heavy user: per ten years about 4,000 reflections,
500 sessions, 20 people, 40 skills with 2,000 ratings, 200 goals,
3,000 action items and some 30 MB of text; counts grow linearly with
``years``. Rows go in with ``insert_many`` in chunks inside one transaction.
"""

from __future__ import annotations

import datetime as dt
import logging
import random
from dataclasses import dataclass
from pathlib import Path

from mentorjournal.demo.story import PER_TEN_YEARS, Builder
from mentorjournal.errors import ValidationError
from mentorjournal.storage import crypto, fsutil
from mentorjournal.storage.crypto import KdfProfile
from mentorjournal.storage.db import DB
from mentorjournal.storage.journal import Journal
from mentorjournal.storage.lock import forget as forget_lock
from mentorjournal.storage.models import (
    ActionItem,
    Goal,
    Person,
    Reflection,
    Session,
    Skill,
    SkillRating,
    Tag,
    Win,
)

__all__ = ["PER_TEN_YEARS", "DemoCounts", "create_demo_journal", "populate"]

log = logging.getLogger(__name__)

MAX_YEARS = 30
MAX_SCALE = 10.0


@dataclass(frozen=True)
class DemoCounts:
    """How many records ``populate`` wrote, and the size of their text."""

    people: int
    sessions: int
    reflections: int
    skills: int
    ratings: int
    goals: int
    actions: int
    wins: int
    tags: int
    text_bytes: int

    @property
    def total(self) -> int:
        return (
            self.people
            + self.sessions
            + self.reflections
            + self.skills
            + self.ratings
            + self.goals
            + self.actions
            + self.wins
            + self.tags
        )


def populate(
    years: int = 3, *, seed: int = 1, scale: float = 1.0, end: dt.date | None = None
) -> DemoCounts:
    """Write a demo story of ``years`` years ending on ``end`` into the bound journal.

    All rows are written in one transaction; on any error nothing is kept.
    """
    if isinstance(years, bool) or not isinstance(years, int) or not 1 <= years <= MAX_YEARS:
        raise ValidationError("years", f"must be a whole number from 1 to {MAX_YEARS}")
    if not isinstance(scale, int | float) or not 0 < scale <= MAX_SCALE:
        raise ValidationError("scale", f"must be more than 0 and at most {MAX_SCALE:g}")
    end = end or dt.date.today()
    rng = random.Random(seed)
    with DB.atomic():
        b = Builder(rng, end, years, scale * years / 10)
        b.tags()
        b.people()
        b.sessions()
        b.reflections()
        b.skills()
        b.ratings()
        b.goals()
        b.actions()
        b.wins()
        b.write()
    counts = DemoCounts(
        people=len(b.rows[Person]),
        sessions=len(b.rows[Session]),
        reflections=len(b.rows[Reflection]),
        skills=len(b.rows[Skill]),
        ratings=len(b.rows[SkillRating]),
        goals=len(b.rows[Goal]),
        actions=len(b.rows[ActionItem]),
        wins=len(b.rows[Win]),
        tags=len(b.rows[Tag]),
        text_bytes=b.text_bytes,
    )
    log.info("demo data written: %d records", counts.total)
    return counts


def create_demo_journal(
    path: Path | str,
    passphrase: str,
    *,
    years: int = 3,
    seed: int = 1,
    scale: float = 1.0,
    kdf: KdfProfile = crypto.STANDARD,
    end: dt.date | None = None,
) -> Journal:
    """Create a new journal at ``path`` filled with demo data; return it open.

    If filling fails, the new file is removed again.
    """
    journal = Journal.create(path, passphrase, kdf=kdf)
    try:
        populate(years, seed=seed, scale=scale, end=end)
        journal.set_meta("demo", f"seed={seed} years={years} scale={scale:g}")
    except BaseException:
        journal.close()
        for leftover in [journal.path, *fsutil.sidecars(journal.path)]:
            fsutil.remove_quietly(leftover)
        forget_lock(journal.path)
        raise
    return journal
