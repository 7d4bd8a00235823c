"""The progress report as Markdown (no Qt)."""

from __future__ import annotations

from mentorjournal.report import words
from mentorjournal.report.content import Report


def render(report: Report) -> str:
    o = report.overview
    out = [f"# {report.title}", "", f"*{words.period(report)}*", "", "## Then → now", ""]
    out += [f"- {words.rating_line(r)}" for r in o.ratings]
    out += ["", words.counts_line(report), "", f"> {words.rule_line()}", ""]
    out += ["## Skills then → now", ""]
    if o.skills:
        out += ["| Skill | Then | Now | Change | Target | Reached |", "|---|---|---|---|---|---|"]
        for s in o.skills:
            reached = "" if s.reached is None else ("yes" if s.reached else "not yet")
            target = "" if s.target is None else str(s.target)
            out.append(f"| {s.name} | {s.then} | {s.now} | {s.change:+d} | {target} | {reached} |")
    else:
        out.append("No skill was rated in this period.")
    out += ["", "## Goals", ""]
    out += [f"- {words.goal_line(g)}" for g in report.goals] or ["No active goals."]
    if report.achieved:
        out += ["", "Achieved in this period:", ""]
        out += [f"- {e.title} ({words.day(e.day)})" for e in report.achieved]
    out += ["", "## Wins", ""]
    out += [f"- {words.day(w.day)}: {w.title}" for w in report.wins] or ["No wins logged."]
    months = [m for m in report.months if m.total]
    out += ["", "## Sessions per month", ""]
    if months:
        out += ["| Month | As mentee | As mentor |", "|---|---|---|"]
        out += [f"| {m.month:%b %Y} | {m.as_mentee} | {m.as_mentor} |" for m in months]
    else:
        out.append("No sessions held in this period.")
    if report.reflections:
        out += ["", "## Reflections", ""]
        for r in report.reflections:
            out += [f"### {r.title}", "", f"*{words.day(r.when)}*", ""]
            if r.text:
                out += [r.text.strip(), ""]
    return "\n".join(out).rstrip() + "\n"
