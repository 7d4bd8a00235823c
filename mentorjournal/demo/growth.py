"""Growth over the years for the demo: skills and ratings, goals, actions, wins.

A mixin of ``demo_story.Builder``: it uses the builder's random generator,
timeline helpers and the sessions and people laid out before it.
"""

from __future__ import annotations

import bisect
import datetime as dt
import math

from mentorjournal.demo import text as T
from mentorjournal.storage.models import ActionItem, Goal, Skill, SkillRating, Win


def clamp(value: float, low: int = 1, high: int = 10) -> int:
    return max(low, min(high, round(value)))


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


class GrowthMixin:
    """Skills, ratings, goals, action items and wins (see ``demo_story.Builder``)."""

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
            row = {
                "name": name,
                "category": category,
                "description": description,
                "target_level": None if rng.random() < 0.1 else rng.randint(7, 10),
            }
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
                value = clamp(start_level + (target - start_level) * growth + rng.gauss(0, 0.7))
                source = rng.choices(("self", "mentor", "peer", "other"), (6, 3, 1, 1))[0]
                session = None
                pool, days = (
                    (self.mentor_sessions, mentor_days)
                    if leader
                    else (self.mentee_sessions, mentee_days)
                )
                if source in ("mentor", "other") and pool:
                    idx = bisect.bisect_right(days, day) - 1
                    if idx >= 0:
                        session = pool[idx]["id"]
                ctx = self.ctx(self.mentor_on(day).first, "my mentee")
                row = {
                    "skill": sid,
                    "rated_on": day,
                    "value": value,
                    "note": rng.choice(T.RATING_NOTES).format_map(ctx),
                    "source": source,
                    "session": session,
                }
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
                closed = min(
                    self.end,
                    max(
                        created + dt.timedelta(days=7),
                        target + dt.timedelta(days=rng.randint(-30, 20)),
                    ),
                )
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
            description = (
                self.paragraph("focus", ctx)
                + "\n\n**Done when:** "
                + rng.choice(T.TAKEAWAYS).lower()
                + " becomes a habit."
            )
            row = {
                "title": title,
                "description": description,
                "target_date": target,
                "status": status,
                "progress": progress,
                "person": rel.id if (not mine or rng.random() < 0.7) else None,
            }
            made = dt.datetime.combine(created, dt.time(19))
            row["created_at"] = made
            row["updated_at"] = (
                dt.datetime.combine(closed, dt.time(20))
                if closed
                else self.stamp(made + dt.timedelta(days=rng.randint(0, 60)))
            )
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
            pools = {
                ("mentee", "me"): T.ACTIONS_ME,
                ("mentee", "them"): T.ACTIONS_MENTOR,
                ("mentor", "me"): T.ACTIONS_MENTOR_ME,
                ("mentor", "them"): T.ACTIONS_MENTEE,
            }
            mentee = self.mentee_on(base)
            ctx = self.ctx(self.mentor_on(base).first, mentee.first if mentee else "my mentee")
            due = base + dt.timedelta(days=rng.randint(7, 35))
            done = None
            # Past items get done: one in ten recent ones is still open, hardly any old ones.
            still_open = 0.1 if (self.end - due).days <= 60 else 0.01
            if due <= self.end and rng.random() >= still_open:
                done = min(
                    self.end,
                    max(base + dt.timedelta(days=1), due + dt.timedelta(days=rng.randint(-10, 5))),
                )
            elif due > self.end and rng.random() < 0.3:
                done = min(self.end, base + dt.timedelta(days=rng.randint(1, 5)))
            goals = [
                g for g in by_person.get(person, []) if g["created"] <= base <= g["target_date"]
            ]
            row = {
                "text": rng.choice(pools[(role, owner)]).format_map(ctx),
                "owner": owner,
                "due_on": due,
                "done_on": done,
                "goal": rng.choice(goals)["id"] if goals and rng.random() < 0.5 else None,
                "session": s["id"] if s else None,
                "person": person,
            }
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
            row = {
                "won_on": day,
                "title": rng.choice(T.WINS).format_map(ctx),
                "description": self.paragraph("win_story", ctx)
                + "\n\n"
                + self.paragraph("made_possible", ctx),
                "goal": goal["id"] if goal else None,
                "skill": skill,
            }
            self.add(Win, row, dt.datetime.combine(day, dt.time(21, 15)))

    # -- writing ---------------------------------------------------------------
