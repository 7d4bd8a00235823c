"""The report's sentences, shared by the PDF and the Markdown (no Qt)."""

from __future__ import annotations

import datetime as dt

from mentorjournal.analytics.overview import SkillThenNow, ThenNow
from mentorjournal.analytics.stats import GoalProgress
from mentorjournal.report.content import Report

LABELS = {
    ("confidence", "mentee"): "Confidence as mentee",
    ("motivation", "mentee"): "Motivation as mentee",
    ("confidence", "mentor"): "Confidence as mentor",
    ("motivation", "mentor"): "Motivation as mentor",
}
ARROW = {"up": "▲", "down": "▼", "flat": "■"}
GREW = {"up": "grew", "down": "fell", "flat": "about the same"}


def day(d: dt.date | dt.datetime) -> str:
    return f"{d.day} {d:%b %Y}"


def period(report: Report) -> str:
    who = f" · {report.person_name}" if report.person_name else " · everyone"
    return f"{day(report.start)} – {day(report.end)}{who} · made on {day(report.made_on)}"


def rating_line(r: ThenNow) -> str:
    label = LABELS[(r.field, r.role)]
    if r.then is None or r.now is None:
        return f"{label}: no ratings in this period."
    if r.change is None or r.direction is None:
        return f"{label}: {r.now:.1f} (one reading time: nothing to compare yet)."
    assert r.then_span is not None and r.now_span is not None
    return (
        f"{label}: {r.then:.1f} → {r.now:.1f} ({ARROW[r.direction]} {r.change:+.1f}, "
        f"{GREW[r.direction]}) — the mean of {r.then_count} ratings from {day(r.then_span[0])} "
        f"against {r.now_count} up to {day(r.now_span[1])}."
    )


def skill_line(s: SkillThenNow) -> str:
    target = ""
    if s.target is not None:
        target = "; target reached" if s.reached else f"; target {s.target} not yet reached"
    return (
        f"{s.name}: {s.then} → {s.now} ({ARROW[s.direction]} {s.change:+d}) from "
        f"{day(s.then_day)} to {day(s.now_day)}{target}."
    )


def goal_line(g: GoalProgress) -> str:
    due = f", target date {day(g.target_date)}" if g.target_date else ""
    actions = (
        f", {g.actions_done} of {g.actions_total} action items done" if g.actions_total else ""
    )
    return f"{g.title}: {g.progress}%{due}{actions}."


def counts_line(report: Report) -> str:
    o = report.overview
    held = o.sessions_as_mentee + o.sessions_as_mentor
    targets = sum(1 for s in o.skills if s.target is not None)
    text = (
        f"{held} sessions held ({o.sessions_as_mentee} as mentee, {o.sessions_as_mentor} as "
        f"mentor), {len(report.wins)} wins, {len(report.achieved)} goals achieved"
    )
    if targets:
        text += f", {o.targets_reached} of {targets} skill targets reached"
    return text + "."


def rule_line() -> str:
    return (
        "How to read “then → now”: the mean of the ratings in the first 90 days of the "
        "period's readings against the last 90 (a third of the span when it is shorter); "
        "a change under 0.5 counts as about the same. Skills: where each stood when the "
        "period began, against its latest rating."
    )
