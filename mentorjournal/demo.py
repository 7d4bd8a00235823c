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

import bisect
import datetime as dt
import logging
import math
import random
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import peewee as pw

from . import crypto, fsutil
from . import demo_text as T
from .crypto import KdfProfile
from .db import DB
from .errors import ValidationError
from .journal import Journal
from .models import (
    ActionItem,
    Goal,
    Person,
    Reflection,
    ReflectionTag,
    Session,
    SessionTag,
    Skill,
    SkillRating,
    Tag,
    Win,
)

log = logging.getLogger(__name__)

#: Record counts per ten years at scale 1.0 (the heavy user of PRODUCT.md).
PER_TEN_YEARS = {
    "people": 20, "sessions": 500, "reflections": 4000, "skills": 40,
    "ratings": 2000, "goals": 200, "actions": 3000, "wins": 250,
}
MAX_YEARS = 30
MAX_SCALE = 10.0
CHUNK = 500
#: Paragraphs per reflection section (min, max): tuned for ~30 MB at scale 1.0.
PARAGRAPHS = (3, 11)


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
        return (self.people + self.sessions + self.reflections + self.skills + self.ratings
                + self.goals + self.actions + self.wins + self.tags)


@dataclass
class _Rel:
    """One relationship: a person and my role towards them."""

    id: int
    first: str
    role: str  # my role in their sessions: 'mentee' (they mentor me) or 'mentor'
    start: dt.date
    end: dt.date | None
    sessions: list[dict] = field(default_factory=list)


def _clamp(value: float, low: int = 1, high: int = 10) -> int:
    return max(low, min(high, round(value)))


class _Builder:
    def __init__(self, rng: random.Random, end: dt.date, years: int, factor: float) -> None:
        self.rng = rng
        self.end = end
        self.end_dt = dt.datetime.combine(end, dt.time(23, 59))
        self.start = end - dt.timedelta(days=round(365.25 * years))
        self.days = (end - self.start).days
        self.factor = factor
        self.rows: dict[type[pw.Model], list[dict]] = {m: [] for m in _ORDER}
        self.next_id = {m: (m.select(pw.fn.MAX(m.id)).scalar() or 0) + 1 for m in _ORDER
                        if m not in (SessionTag, ReflectionTag)}
        self.text_bytes = 0
        self._pool: dict[str, list[str]] = {}

    # -- small helpers -------------------------------------------------------

    def n(self, kind: str, minimum: int) -> int:
        return max(minimum, round(PER_TEN_YEARS[kind] * self.factor))

    def uuid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def day(self, frac: float) -> dt.date:
        return self.start + dt.timedelta(days=round(frac * self.days))

    def frac(self, when: dt.date | dt.datetime) -> float:
        if isinstance(when, dt.datetime):
            when = when.date()
        return min(1.0, max(0.0, (when - self.start).days / self.days))

    def level(self, when: dt.date | dt.datetime) -> float:
        """The upward trend behind confidence and motivation (about 3.5 to 8)."""
        return 3.5 + 5.0 * (1 - math.exp(-2.5 * self.frac(when)))

    def stamp(self, when: dt.datetime) -> dt.datetime:
        return min(when, self.end_dt)

    def add(self, model: type[pw.Model], row: dict, when: dt.datetime | None = None) -> int:
        if model in self.next_id:
            row["id"] = self.next_id[model]
            self.next_id[model] += 1
            row["uuid"] = self.uuid()
            if when is not None:
                row.setdefault("created_at", self.stamp(when))
                row.setdefault("updated_at", max(row["created_at"], self.stamp(
                    when + dt.timedelta(minutes=self.rng.randint(5, 600)))))
        for value in row.values():
            if isinstance(value, str):
                self.text_bytes += len(value.encode("utf-8"))
        self.rows[model].append(row)
        return row.get("id", 0)

    def fill(self, text: str, ctx: dict[str, str]) -> str:
        return text.format_map(ctx)

    def paragraph(self, key: str, ctx: dict[str, str]) -> str:
        pool = self._pool.get(key)
        if pool is None:
            sentences = T.SENTENCES[key]
            pool = self._pool[key] = [
                " ".join(self.rng.sample(sentences, min(len(sentences), self.rng.randint(3, 6))))
                for _ in range(60)
            ]
        return self.rng.choice(pool).format_map(ctx)

    def ctx(self, mentor: str, mentee: str) -> dict[str, str]:
        rng = self.rng
        skill = rng.choice(T.SKILLS)[0].lower()
        return {
            "mentor": mentor, "mentee": mentee, "colleague": rng.choice(T.FIRST_NAMES),
            "manager": self.manager, "project": rng.choice(T.PROJECTS), "skill": skill,
            "team": rng.choice(T.TEAMS), "who": mentor,
        }

    def bullets(self, items: Iterable[str], ctx: dict[str, str], check: bool = False) -> str:
        mark = "- [ ] " if check else "- "
        return "\n".join(mark + item.format_map(ctx) for item in items)

    def pick_tags(self, *extra: str, k: int = 2) -> list[int]:
        names = set(extra) | set(self.rng.sample(T.TAGS, self.rng.randint(0, k)))
        return sorted(self.tag_ids[name] for name in names)

    # -- phases ----------------------------------------------------------------

    def tags(self) -> None:
        existing = {t.name.lower(): t.id for t in Tag.select(Tag.id, Tag.name)}
        self.tag_ids: dict[str, int] = {}
        for name in T.TAGS:
            if name in existing:
                self.tag_ids[name] = existing[name]
            else:
                when = dt.datetime.combine(self.start, dt.time(9))
                self.tag_ids[name] = self.add(Tag, {"name": name, "created_at": when,
                                                    "updated_at": when})

    def people(self) -> None:
        rng = self.rng
        names = [f"{a} {b}" for a in T.FIRST_NAMES for b in T.LAST_NAMES]
        rng.shuffle(names)
        self.manager = names[-1].split()[0]
        plan = [  # relation, start, end, introduced by (nth mentor, "earlier" or None)
            ("mentor", 0.0, None, None), ("mentor", 0.35, None, 0),
            ("mentee", 0.15, 0.65, None), ("mentee", 0.45, None, None),
            ("mentee", 0.7, None, 1),
        ]
        n_contacts = self.n("people", 8) - len(plan)
        plan += [("contact", rng.random() * 0.95, None, rng.choice((0, 1, "earlier", None)))
                 for _ in range(n_contacts)]
        plan.sort(key=lambda r: r[1])  # stable: the first mentor stays first
        self.rels: list[_Rel] = []
        ids: list[int] = []
        for i, (relation, a, b, intro) in enumerate(plan):
            started, ended = self.day(a), (self.day(b) if b is not None else None)
            name = names[i]
            first, last = name.split(" ", 1)
            introduced_by = None
            if intro == "earlier":
                introduced_by = ids[rng.randrange(i)] if i else None
            elif intro is not None:
                mentors = [r.id for r in self.rels if r.role == "mentee"]
                introduced_by = mentors[intro] if intro < len(mentors) else None
            handle = f"{first}.{last}".lower().replace("'", "").replace(" ", "")
            paused = relation == "contact" and rng.random() < 0.15
            row = {
                "name": name, "relation": relation,
                "organisation": rng.choice(T.ORGANISATIONS),
                "contact": f"{handle}@example.org",
                "introduced_by": introduced_by, "started_on": started, "ended_on": ended,
                "status": "ended" if ended else ("paused" if paused else "active"),
                "follow_up": (("pending", "done", "none", "done")[len(ids) - len(self.rels) & 3]
                              if relation == "contact" else "none"),
                "notes": T.PERSON_NOTES[relation].format(where=rng.choice(T.WHERE)),
            }
            pid = self.add(Person, row, dt.datetime.combine(started, dt.time(12)))
            ids.append(pid)
            if relation != "contact":
                role = "mentee" if relation == "mentor" else "mentor"
                self.rels.append(_Rel(pid, first, role, started, ended))

    def mentor_on(self, day: dt.date) -> _Rel:
        active = [r for r in self.rels if r.role == "mentee" and r.start <= day]
        return self.rng.choice(active) if active else self.rels[0]

    def mentee_on(self, day: dt.date) -> _Rel | None:
        active = [r for r in self.rels if r.role == "mentor" and r.start <= day
                  and (r.end is None or day <= r.end)]
        return self.rng.choice(active) if active else None

    def sessions(self) -> None:
        rng = self.rng
        total = self.n("sessions", len(self.rels))
        spans = [((r.end or self.end) - r.start).days + 1 for r in self.rels]
        specs: list[tuple[dt.datetime, _Rel, str]] = []
        for rel, span in zip(self.rels, spans, strict=True):
            count = max(1, round(total * span / sum(spans)))
            gap = span / count
            for k in range(count):
                day = rel.start + dt.timedelta(days=round((k + 0.5 + rng.uniform(-0.3, 0.3)) * gap))
                day = min(day, rel.end or self.end, self.end)
                when = dt.datetime.combine(day, dt.time(rng.randint(8, 18), rng.choice((0, 15, 30, 45))))
                specs.append((when, rel, "cancelled" if rng.random() < 0.06 else "done"))
            if rel.end is None:
                day = self.end + dt.timedelta(days=rng.randint(5, 20))
                specs.append((dt.datetime.combine(day, dt.time(rng.randint(9, 17))), rel, "planned"))
        specs.sort(key=lambda s: (s[0], s[1].id))
        for when, rel, status in specs:
            self._session(when, rel, status)
        for rel in self.rels:  # next-session dates, now that every session exists
            held = [s for s in rel.sessions if s["status"] != "cancelled"]
            for row, nxt in zip(held, held[1:], strict=False):
                row["next_session_on"] = nxt["held_at"].date()
        done = [s for s in self.rows[Session] if s["status"] == "done"]
        self.done_sessions = done
        self.mentee_sessions = [s for s in done if s["role"] == "mentee"]
        self.mentor_sessions = [s for s in done if s["role"] == "mentor"]

    def _session(self, when: dt.datetime, rel: _Rel, status: str) -> None:
        rng = self.rng
        mentee_side = rel.role == "mentee"
        mentor = rel.first if mentee_side else self.mentor_on(when.date()).first
        ctx = self.ctx(mentor, rel.first if not mentee_side else "my mentee")
        questions = T.QUESTIONS if mentee_side else T.MENTOR_AGENDA
        row = {
            "person": rel.id, "role": rel.role, "held_at": when,
            "duration_min": rng.choice((30, 45, 60, 60, 90)),
            "format": rng.choices(("video", "in_person", "phone", "chat"), (5, 3, 1, 1))[0],
            "status": status,
            "agenda": self.bullets(rng.sample(questions, rng.randint(2, 4)), ctx),
            "notes": "", "takeaways": "", "confidence_before": None, "confidence_after": None,
            "motivation": None, "next_session_on": None,
        }
        if status == "cancelled":
            row["notes"] = rng.choice(T.CANCEL_REASONS).format(who=rel.first)
        elif status == "done":
            key = "discussed" if mentee_side else "mentor_view"
            row["notes"] = "\n\n".join(self.paragraph(key, ctx) for _ in range(rng.randint(2, 5)))
            row["takeaways"] = self.bullets(rng.sample(T.TAKEAWAYS, rng.randint(2, 4)), ctx)
            if rng.random() > 0.05:
                level = self.level(when)
                before = _clamp(level - 0.8 + rng.gauss(0, 1))
                row["confidence_before"] = before
                row["confidence_after"] = _clamp(before + rng.choice((-1, 0, 1, 1, 2, 2, 3)))
                row["motivation"] = _clamp(level + rng.gauss(0, 1.1))
        created = when - dt.timedelta(days=rng.randint(1, 6), hours=rng.randint(0, 8))
        if status == "planned":
            row["created_at"] = row["updated_at"] = self.stamp(created)
        else:
            row["created_at"] = created
            row["updated_at"] = self.stamp(when + dt.timedelta(hours=rng.randint(1, 30)))
        sid = self.add(Session, row)
        rel.sessions.append(row)
        extra = ("paying-it-forward",) if not mentee_side else ()
        for tag in self.pick_tags(*extra):
            self.rows[SessionTag].append({"session": sid, "tag": tag})

    def reflections(self) -> None:
        rng = self.rng
        total = self.n("reflections", 3)
        specs: list[tuple[dt.datetime, str, dict | None]] = []
        linked = min(0.8, 0.3 * total / max(1, len(self.done_sessions)))
        for s in self.done_sessions:
            if rng.random() < linked:
                template = "after_session" if s["role"] == "mentee" else "after_mentoring"
                when = s["held_at"] + dt.timedelta(hours=rng.randint(2, 40))
                specs.append((min(when, self.end_dt), template, s))
        kinds = ("weekly_review", "new_perspective", "workplace_situation", "win")
        while len(specs) < total:
            day = self.start + dt.timedelta(days=rng.randrange(self.days + 1))
            when = dt.datetime.combine(day, dt.time(rng.randint(6, 22), rng.randint(0, 59)))
            specs.append((when, rng.choices(kinds, (5, 2, 2, 1))[0], None))
        specs.sort(key=lambda s: (s[0], s[1]))
        rel_of = {r.id: r for r in self.rels}
        for when, template, session in specs:
            mentee = self.mentee_on(when.date())
            mentor = self.mentor_on(when.date()).first
            if session is not None:
                rel = rel_of[session["person"]]
                if rel.role == "mentee":
                    mentor = rel.first
                else:
                    mentee = rel
            ctx = self.ctx(mentor, mentee.first if mentee else "my mentee")
            title, sections = T.TEMPLATES[template]
            parts = []
            for heading, keys in sections:
                paras = [self.paragraph(rng.choice(keys), ctx)
                         for _ in range(rng.randint(*PARAGRAPHS))]
                parts.append(f"## {heading}\n\n" + "\n\n".join(paras))
            if template == "after_session":
                parts.append("## Before next time\n\n" + self.bullets(
                    rng.sample(T.ACTIONS_ME, 2), ctx, check=True))
            level = self.level(when)
            row = {
                "written_at": when, "title": title.format_map(ctx), "body": "\n\n".join(parts),
                "template": template,
                "confidence": None if rng.random() < 0.03 else _clamp(level + rng.gauss(0, 1.1)),
                "motivation": None if rng.random() < 0.03 else _clamp(level + 0.3 + rng.gauss(0, 1.2)),
                "session": session["id"] if session else None,
            }
            rid = self.add(Reflection, row, when)
            extra = {"workplace_situation": ("workplace",), "win": ("wins",),
                     "new_perspective": ("perspective",), "after_mentoring": ("paying-it-forward",)}
            for tag in self.pick_tags(*extra.get(template, ())):
                self.rows[ReflectionTag].append({"reflection": rid, "tag": tag})

    def skills(self) -> None:
        rng = self.rng
        count = self.n("skills", 6)
        taken = {s.name.lower() for s in Skill.select(Skill.name)}
        mentor_start = min((r.start for r in self.rels if r.role == "mentor"), default=self.start)
        self.skill_rows: list[tuple[int, dt.date, dict]] = []
        for i in range(count):
            name, category, description = _SKILL_ORDER[i % len(_SKILL_ORDER)]
            if i >= len(_SKILL_ORDER):
                name = f"{name} {'I' * (i // len(_SKILL_ORDER) + 1)}"
            while name.lower() in taken:
                name += " (demo)"
            taken.add(name.lower())
            leader = category == T.LEADERSHIP_CATEGORY
            low = self.frac(mentor_start) if leader else 0.0
            if i < 8:  # the first few are there from the start of each role
                since = self.day(low)
            else:
                since = self.day(low + rng.random() * (0.85 - low) if low < 0.85 else low)
            row = {"name": name, "category": category, "description": description,
                   "target_level": None if rng.random() < 0.1 else rng.randint(7, 10)}
            sid = self.add(Skill, row, dt.datetime.combine(since, dt.time(20)))
            self.skill_rows.append((sid, since, row))

    def ratings(self) -> None:
        rng = self.rng
        total = self.n("ratings", len(self.skill_rows))
        spans = [(self.end - since).days + 1 for _, since, _ in self.skill_rows]
        tau = min(730.0, self.days / 3)
        mentee_days = [s["held_at"].date() for s in self.mentee_sessions]
        mentor_days = [s["held_at"].date() for s in self.mentor_sessions]
        for (sid, since, skill), span in zip(self.skill_rows, spans, strict=True):
            count = max(1, round(total * span / sum(spans)))
            start_level = rng.randint(2, 5)
            target = skill["target_level"] or 8
            leader = skill["category"] == T.LEADERSHIP_CATEGORY
            for k in range(count):
                day = since + dt.timedelta(days=round((k + rng.random()) * span / count))
                day = min(day, self.end)
                growth = 1 - math.exp(-(day - since).days / tau)
                value = _clamp(start_level + (target - start_level) * growth + rng.gauss(0, 0.7))
                source = rng.choices(("self", "mentor", "peer", "other"), (6, 3, 1, 1))[0]
                session = None
                pool, days = (self.mentor_sessions, mentor_days) if leader else (self.mentee_sessions, mentee_days)
                if source in ("mentor", "other") and pool:
                    idx = bisect.bisect_right(days, day) - 1
                    if idx >= 0:
                        session = pool[idx]["id"]
                ctx = self.ctx(self.mentor_on(day).first, "my mentee")
                row = {"skill": sid, "rated_on": day, "value": value,
                       "note": rng.choice(T.RATING_NOTES).format_map(ctx), "source": source,
                       "session": session}
                self.add(SkillRating, row, dt.datetime.combine(day, dt.time(21)))

    def goals(self) -> None:
        rng = self.rng
        self.goal_rows: list[dict] = []
        for _ in range(self.n("goals", 2)):
            mine = rng.random() < 0.75
            created = self.day(rng.random() * 0.97)
            rel = self.mentor_on(created) if mine else self.mentee_on(created)
            if rel is None:
                rel, mine = self.mentor_on(created), True
            ctx = self.ctx(rel.first if mine else self.mentor_on(created).first, rel.first)
            target = created + dt.timedelta(days=rng.randint(45, 300))
            status, progress, closed = "active", 0, None
            if target < self.end:
                roll = rng.random()
                closed = min(self.end, max(created + dt.timedelta(days=7),
                                           target + dt.timedelta(days=rng.randint(-30, 20))))
                if roll < 0.65:
                    status, progress = "achieved", 100
                elif roll < 0.8:
                    status, progress = "dropped", rng.randint(1, 12) * 5
                else:
                    progress, closed = rng.randint(12, 19) * 5, None
            else:
                elapsed = (self.end - created).days / max(1, (target - created).days)
                progress = min(95, 5 * round(20 * elapsed * rng.uniform(0.5, 1.1)))
            title = rng.choice(T.GOALS_ME if mine else T.GOALS_MENTEE).format_map(ctx)
            description = (self.paragraph("focus", ctx) + "\n\n**Done when:** "
                           + rng.choice(T.TAKEAWAYS).lower() + " becomes a habit.")
            row = {"title": title, "description": description, "target_date": target,
                   "status": status, "progress": progress,
                   "person": rel.id if (not mine or rng.random() < 0.7) else None}
            made = dt.datetime.combine(created, dt.time(19))
            row["created_at"] = made
            row["updated_at"] = dt.datetime.combine(closed, dt.time(20)) if closed else self.stamp(
                made + dt.timedelta(days=rng.randint(0, 60)))
            self.add(Goal, row)
            self.goal_rows.append({**row, "closed": closed, "created": created})

    def actions(self) -> None:
        rng = self.rng
        total = self.n("actions", 3)
        by_person: dict[int | None, list[dict]] = {}
        for g in self.goal_rows:
            by_person.setdefault(g["person"], []).append(g)
        sessions = self.done_sessions
        for i in range(total):
            if sessions and rng.random() < 0.85:
                s = sessions[i * len(sessions) // total]
                base, person, role = s["held_at"].date(), s["person"], s["role"]
            else:
                s, base, person, role = None, self.day(rng.random()), None, "mentee"
            owner = "me" if rng.random() < (0.75 if role == "mentee" else 0.3) else "them"
            pools = {("mentee", "me"): T.ACTIONS_ME, ("mentee", "them"): T.ACTIONS_MENTOR,
                     ("mentor", "me"): T.ACTIONS_MENTOR_ME, ("mentor", "them"): T.ACTIONS_MENTEE}
            mentee = self.mentee_on(base)
            ctx = self.ctx(self.mentor_on(base).first, mentee.first if mentee else "my mentee")
            due = base + dt.timedelta(days=rng.randint(7, 35))
            done = None
            if due <= self.end and rng.random() < 0.9:
                done = min(self.end, max(base + dt.timedelta(days=1), due + dt.timedelta(days=rng.randint(-10, 5))))
            elif due > self.end and rng.random() < 0.3:
                done = min(self.end, base + dt.timedelta(days=rng.randint(1, 5)))
            goals = [g for g in by_person.get(person, []) if g["created"] <= base <= g["target_date"]]
            row = {"text": rng.choice(pools[(role, owner)]).format_map(ctx), "owner": owner,
                   "due_on": due, "done_on": done,
                   "goal": rng.choice(goals)["id"] if goals and rng.random() < 0.5 else None,
                   "session": s["id"] if s else None, "person": person}
            made = dt.datetime.combine(base, dt.time(18, 30))
            row["created_at"] = made
            row["updated_at"] = dt.datetime.combine(done, dt.time(21)) if done else made
            self.add(ActionItem, row)

    def wins(self) -> None:
        rng = self.rng
        total = self.n("wins", 1)
        achieved = [g for g in self.goal_rows if g["status"] == "achieved"]
        for i in range(total):
            goal = skill = None
            if i < min(len(achieved), int(total * 0.6)):
                goal = achieved[i]
                day = goal["closed"]
            elif rng.random() < 0.6 and self.skill_rows:
                skill_id, since, _ = rng.choice(self.skill_rows)
                skill = skill_id
                day = since + dt.timedelta(days=rng.randint(0, (self.end - since).days))
            else:
                day = self.day(rng.random())
            mentee = self.mentee_on(day)
            ctx = self.ctx(self.mentor_on(day).first, mentee.first if mentee else "my mentee")
            row = {"won_on": day, "title": rng.choice(T.WINS).format_map(ctx),
                   "description": self.paragraph("win_story", ctx) + "\n\n"
                   + self.paragraph("made_possible", ctx),
                   "goal": goal["id"] if goal else None, "skill": skill}
            self.add(Win, row, dt.datetime.combine(day, dt.time(21, 15)))

    # -- writing ---------------------------------------------------------------

    def write(self) -> None:
        for model in _ORDER:
            rows = self.rows[model]
            for i in range(0, len(rows), CHUNK):
                model.insert_many(rows[i:i + CHUNK]).execute()


def _round_robin() -> list[tuple[str, str, str]]:
    """Skills interleaved by category, so that a few skills already cover every area."""
    groups: dict[str, list[tuple[str, str, str]]] = {}
    for skill in T.SKILLS:
        groups.setdefault(skill[1], []).append(skill)
    order = []
    while any(groups.values()):
        for group in groups.values():
            if group:
                order.append(group.pop(0))
    return order


_SKILL_ORDER = _round_robin()
_ORDER: list[type[pw.Model]] = [
    Tag, Person, Session, SessionTag, Reflection, ReflectionTag, Skill, SkillRating, Goal,
    ActionItem, Win,
]


def populate(years: int = 3, *, seed: int = 1, scale: float = 1.0,
             end: dt.date | None = None) -> DemoCounts:
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
        b = _Builder(rng, end, years, scale * years / 10)
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
        people=len(b.rows[Person]), sessions=len(b.rows[Session]),
        reflections=len(b.rows[Reflection]), skills=len(b.rows[Skill]),
        ratings=len(b.rows[SkillRating]), goals=len(b.rows[Goal]),
        actions=len(b.rows[ActionItem]), wins=len(b.rows[Win]), tags=len(b.rows[Tag]),
        text_bytes=b.text_bytes,
    )
    log.info("demo data written: %d records", counts.total)
    return counts


def create_demo_journal(path: Path | str, passphrase: str, *, years: int = 3, seed: int = 1,
                        scale: float = 1.0, kdf: KdfProfile = crypto.STANDARD,
                        end: dt.date | None = None) -> Journal:
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
        raise
    return journal
