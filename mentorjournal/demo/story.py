"""The demo story behind ``demo.populate``: who, when, and what was written.

``Builder`` lays out a timeline from ``end`` back over the requested years:
two mentors for "me", three mentees later on, a few contacts; sessions every
few weeks per relationship, reflections in between, then (in
``demo_growth``) skills, ratings, goals, action items and wins. Rows are
collected as dicts with explicit ids (so links need no round trips) and
written with ``insert_many`` in chunks.
"""

from __future__ import annotations

import datetime as dt
import math
import random
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field

import peewee as pw

from mentorjournal.demo import text as T
from mentorjournal.demo.growth import GrowthMixin, clamp
from mentorjournal.storage.models import (
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

#: Record counts per ten years at scale 1.0 (the heavy user of PRODUCT.md).
PER_TEN_YEARS = {
    "people": 20,
    "sessions": 500,
    "reflections": 4000,
    "skills": 40,
    "ratings": 2000,
    "goals": 200,
    "actions": 3000,
    "wins": 250,
}
CHUNK = 500
#: Setbacks in the growth story: (where in the timeline, how deep on the 1-10 scale).
SETBACKS = ((0.55, 1.6), (0.82, 0.9))
#: Paragraphs per reflection section (min, max): tuned for ~30 MB at scale 1.0.
PARAGRAPHS = (3, 11)


#: When the mentee who goes quiet started (a share of the demo's years).
QUIET_MENTEE_START = 0.45


@dataclass
class Rel:
    """One relationship: a person and my role towards them."""

    id: int
    first: str
    role: str  # my role in their sessions: 'mentee' (they mentor me) or 'mentor'
    start: dt.date
    end: dt.date | None
    sessions: list[dict] = field(default_factory=list)
    quiet_after: dt.date | None = None  # no sessions after this day, none planned


class Builder(GrowthMixin):
    """Collects the demo rows; ``write`` inserts them."""

    def __init__(self, rng: random.Random, end: dt.date, years: int, factor: float) -> None:
        self.rng = rng
        self.end = end
        self.end_dt = dt.datetime.combine(end, dt.time(23, 59))
        self.start = end - dt.timedelta(days=round(365.25 * years))
        self.days = (end - self.start).days
        self.factor = factor
        self.rows: dict[type[pw.Model], list[dict]] = {m: [] for m in ORDER}
        self.next_id = {
            m: (m.select(pw.fn.MAX(m.id)).scalar() or 0) + 1
            for m in ORDER
            if m not in (SessionTag, ReflectionTag)
        }
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
        """The upward trend behind confidence and motivation (about 3.5 to 8), with two
        setbacks on the way (a hard stretch a little past the middle, a smaller one later),
        each a few months long whatever the journal's length."""
        frac = self.frac(when)
        trend = 3.5 + 5.0 * (1 - math.exp(-2.5 * frac))
        width = 60 / max(self.days, 1)  # about two months either side
        for centre, depth in SETBACKS:
            trend -= depth * math.exp(-(((frac - centre) / width) ** 2))
        return trend

    def stamp(self, when: dt.datetime) -> dt.datetime:
        return min(when, self.end_dt)

    def add(self, model: type[pw.Model], row: dict, when: dt.datetime | None = None) -> int:
        if model in self.next_id:
            row["id"] = self.next_id[model]
            self.next_id[model] += 1
            row["uuid"] = self.uuid()
            if when is not None:
                row.setdefault("created_at", self.stamp(when))
                row.setdefault(
                    "updated_at",
                    max(
                        row["created_at"],
                        self.stamp(when + dt.timedelta(minutes=self.rng.randint(5, 600))),
                    ),
                )
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
            "mentor": mentor,
            "mentee": mentee,
            "colleague": rng.choice(T.FIRST_NAMES),
            "manager": self.manager,
            "project": rng.choice(T.PROJECTS),
            "skill": skill,
            "team": rng.choice(T.TEAMS),
            "who": mentor,
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
                self.tag_ids[name] = self.add(
                    Tag, {"name": name, "created_at": when, "updated_at": when}
                )

    def people(self) -> None:
        rng = self.rng
        names = [f"{a} {b}" for a in T.FIRST_NAMES for b in T.LAST_NAMES]
        rng.shuffle(names)
        self.manager = names[-1].split()[0]
        plan = [  # relation, start, end, introduced by (nth mentor, "earlier" or None)
            ("mentor", 0.0, None, None),
            ("mentor", 0.35, None, 0),
            ("mentee", 0.15, 0.65, None),
            ("mentee", QUIET_MENTEE_START, None, None),
            ("mentee", 0.7, None, 1),
        ]
        n_contacts = self.n("people", 8) - len(plan)
        plan += [
            ("contact", rng.random() * 0.95, None, rng.choice((0, 1, "earlier", None)))
            for _ in range(n_contacts)
        ]
        plan.sort(key=lambda r: r[1])  # stable: the first mentor stays first
        self.rels: list[Rel] = []
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
                "name": name,
                "relation": relation,
                "organisation": rng.choice(T.ORGANISATIONS),
                "contact": f"{handle}@example.org",
                "introduced_by": introduced_by,
                "started_on": started,
                "ended_on": ended,
                "status": "ended" if ended else ("paused" if paused else "active"),
                "follow_up": (
                    ("pending", "done", "none", "done")[len(ids) - len(self.rels) & 3]
                    if relation == "contact"
                    else "none"
                ),
                "notes": T.PERSON_NOTES[relation].format(where=rng.choice(T.WHERE)),
                # The wished rhythm: my mentors every 3 and 4 weeks, my mentees every 2.
                "cadence_days": {
                    "mentor": 21 if not any(r.role == "mentee" for r in self.rels) else 28,
                    "mentee": 14,
                }.get(relation),
            }
            pid = self.add(Person, row, dt.datetime.combine(started, dt.time(12)))
            ids.append(pid)
            if relation != "contact":
                role = "mentee" if relation == "mentor" else "mentor"
                # One mentee of my own goes quiet: nothing in the last eight weeks, none
                # planned (the People page's "Gone quiet", the reminders, `rhythm --quiet`).
                quiet = relation == "mentee" and a == QUIET_MENTEE_START
                quiet_after = self.end - dt.timedelta(weeks=8) if quiet else None
                self.rels.append(Rel(pid, first, role, started, ended, quiet_after=quiet_after))

    def mentor_on(self, day: dt.date) -> Rel:
        active = [r for r in self.rels if r.role == "mentee" and r.start <= day]
        return self.rng.choice(active) if active else self.rels[0]

    def mentee_on(self, day: dt.date) -> Rel | None:
        active = [
            r
            for r in self.rels
            if r.role == "mentor" and r.start <= day and (r.end is None or day <= r.end)
        ]
        return self.rng.choice(active) if active else None

    def sessions(self) -> None:
        rng = self.rng
        total = self.n("sessions", len(self.rels))
        spans = [((r.end or r.quiet_after or self.end) - r.start).days + 1 for r in self.rels]
        specs: list[tuple[dt.datetime, Rel, str]] = []
        for rel, span in zip(self.rels, spans, strict=True):
            count = max(1, round(total * span / sum(spans)))
            gap = span / count
            for k in range(count):
                day = rel.start + dt.timedelta(days=round((k + 0.5 + rng.uniform(-0.3, 0.3)) * gap))
                day = min(day, rel.end or rel.quiet_after or self.end, self.end)
                when = dt.datetime.combine(
                    day, dt.time(rng.randint(8, 18), rng.choice((0, 15, 30, 45)))
                )
                specs.append((when, rel, "cancelled" if rng.random() < 0.06 else "done"))
            if rel.end is None and rel.quiet_after is None:
                day = self.end + dt.timedelta(days=rng.randint(5, 20))
                specs.append(
                    (dt.datetime.combine(day, dt.time(rng.randint(9, 17))), rel, "planned")
                )
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

    def _session(self, when: dt.datetime, rel: Rel, status: str) -> None:
        rng = self.rng
        mentee_side = rel.role == "mentee"
        mentor = rel.first if mentee_side else self.mentor_on(when.date()).first
        ctx = self.ctx(mentor, rel.first if not mentee_side else "my mentee")
        questions = T.QUESTIONS if mentee_side else T.MENTOR_AGENDA
        row = {
            "person": rel.id,
            "role": rel.role,
            "held_at": when,
            "duration_min": rng.choice((30, 45, 60, 60, 90)),
            "format": rng.choices(("video", "in_person", "phone", "chat"), (5, 3, 1, 1))[0],
            "status": status,
            "agenda": self.bullets(rng.sample(questions, rng.randint(2, 4)), ctx),
            "notes": "",
            "takeaways": "",
            "confidence_before": None,
            "confidence_after": None,
            "motivation": None,
            "next_session_on": None,
        }
        if status == "cancelled":
            row["notes"] = rng.choice(T.CANCEL_REASONS).format(who=rel.first)
        elif status == "done":
            key = "discussed" if mentee_side else "mentor_view"
            row["notes"] = "\n\n".join(self.paragraph(key, ctx) for _ in range(rng.randint(2, 5)))
            row["takeaways"] = self.bullets(rng.sample(T.TAKEAWAYS, rng.randint(2, 4)), ctx)
            if rng.random() > 0.05:
                level = self.level(when)
                before = clamp(level - 0.8 + rng.gauss(0, 1))
                row["confidence_before"] = before
                row["confidence_after"] = clamp(before + rng.choice((-1, 0, 1, 1, 2, 2, 3)))
                row["motivation"] = clamp(level + rng.gauss(0, 1.1))
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
                paras = [
                    self.paragraph(rng.choice(keys), ctx) for _ in range(rng.randint(*PARAGRAPHS))
                ]
                parts.append(f"## {heading}\n\n" + "\n\n".join(paras))
            if template == "after_session":
                parts.append(
                    "## Before next time\n\n"
                    + self.bullets(rng.sample(T.ACTIONS_ME, 2), ctx, check=True)
                )
            level = self.level(when)
            row = {
                "written_at": when,
                "title": title.format_map(ctx),
                "body": "\n\n".join(parts),
                "template": template,
                "confidence": None if rng.random() < 0.03 else clamp(level + rng.gauss(0, 1.1)),
                "motivation": None
                if rng.random() < 0.03
                else clamp(level + 0.3 + rng.gauss(0, 1.2)),
                "session": session["id"] if session else None,
            }
            rid = self.add(Reflection, row, when)
            extra = {
                "workplace_situation": ("workplace",),
                "win": ("wins",),
                "new_perspective": ("perspective",),
                "after_mentoring": ("paying-it-forward",),
            }
            for tag in self.pick_tags(*extra.get(template, ())):
                self.rows[ReflectionTag].append({"reflection": rid, "tag": tag})

    def write(self) -> None:
        for model in ORDER:
            rows = self.rows[model]
            for i in range(0, len(rows), CHUNK):
                model.insert_many(rows[i : i + CHUNK]).execute()


ORDER: list[type[pw.Model]] = [
    Tag,
    Person,
    Session,
    SessionTag,
    Reflection,
    ReflectionTag,
    Skill,
    SkillRating,
    Goal,
    ActionItem,
    Win,
]
