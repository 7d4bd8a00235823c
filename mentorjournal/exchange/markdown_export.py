"""Markdown export: the whole journal as one readable document.

Grouped by kind (people, sessions, reflections, goals and action items,
skills, wins) and, inside each, by year and date. User text is Markdown
already; its own headings are pushed down a few levels so that they nest
under the document's headings. The file is written atomically.

Attachments are written as files beside it, in ``<name>-files/`` (one file per
attachment and name, ``<first 8 of its hash>-<name>``, streamed), and the
text's ``mj-attachment:`` references point to them; each reflection and
session lists its attachments. Written to a stream (stdout), the export names
the attachments but has nowhere to put them.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import re
import urllib.parse
from collections.abc import Iterable
from pathlib import Path
from typing import TextIO

from mentorjournal.domain import attachments
from mentorjournal.domain.rules import live
from mentorjournal.kinds import RELATION_PLURALS
from mentorjournal.storage import fsutil
from mentorjournal.storage.models import (
    ActionItem,
    Goal,
    Meta,
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

DEFAULT_NAME = "mentorjournal-export.md"
_HEADING = re.compile(r"^(#{1,6})(?=\s|$)")
_FENCE = re.compile(r"^\s{0,3}(```|~~~)")
_RELATION_TITLES = tuple(RELATION_PLURALS.items())
_ROLE = {"mentee": "I was mentored", "mentor": "I mentored"}


def write_text(dest: Path | str | TextIO, text: str) -> Path | None:
    """Write ``text`` atomically to a path, or to an open text stream (e.g. stdout).

    Returns the path written, or ``None`` for a stream.
    """
    if hasattr(dest, "write"):
        dest.write(text)
        dest.flush()
        return None
    path = Path(dest)
    fsutil.atomic_write_text(path, text)
    return path


def write_pieces(
    dest: Path | str | TextIO, pieces: Iterable[str], purpose: str = "export"
) -> Path | None:
    """Write text given in pieces (a streamed export) like ``write_text``: atomically to a
    path (temp file readable by the owner only, fsync, rename), or to an open stream."""
    if hasattr(dest, "write"):
        for piece in pieces:
            dest.write(piece)
        dest.flush()
        return None
    path = Path(dest)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = fsutil.temp_path_for(path, purpose)
    with fsutil.pending(tmp):  # a crash mid-write leaves a temp file the next start removes
        try:
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with open(fd, "w", encoding="utf-8", newline="") as out:
                for piece in pieces:
                    out.write(piece)
                out.flush()
                os.fsync(out.fileno())
            os.replace(tmp, path)
            fsutil.fsync_dir(path.parent)
        except BaseException:
            fsutil.remove_quietly(tmp)
            raise
    return path


def demote(text: str, levels: int) -> str:
    """Push Markdown headings in ``text`` down by ``levels`` (at most to level 6)."""
    if "#" not in text:
        return text.strip()
    out = []
    fenced = False
    for line in text.strip().splitlines():
        if _FENCE.match(line):
            fenced = not fenced
        elif not fenced:
            match = _HEADING.match(line)
            if match:
                depth = min(6, len(match.group(1)) + levels)
                line = "#" * depth + line[len(match.group(1)) :]
        out.append(line)
    return "\n".join(out)


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def _rating(value: int | None) -> str:
    return "–" if value is None else f"{value}/10"


def _when(value: dt.datetime) -> str:
    return value.strftime("%Y-%m-%d %H:%M")


def _tag_map(link, column: str) -> dict[int, list[str]]:
    names: dict[int, list[str]] = {}
    for owner, name in link.select(getattr(link, column), Tag.name).join(Tag).tuples():
        names.setdefault(owner, []).append(name)
    return {k: sorted(v, key=str.casefold) for k, v in names.items()}


def _by_year(rows: Iterable, date_of) -> dict[int, list]:
    years: dict[int, list] = {}
    for row in rows:
        years.setdefault(date_of(row).year, []).append(row)
    return years


def _section(out: list[str], heading: str, text: str) -> None:
    if text.strip():
        out += [heading, "", demote(text, 5), ""]


def _people(out: list[str], names: dict[int, str]) -> None:
    out += ["## People", ""]
    people = list(Person.select().where(live(Person)).order_by(Person.name, Person.id))
    for relation, title in _RELATION_TITLES:
        group = [p for p in people if p.relation == relation]
        if not group:
            continue
        out += [f"### {title}", ""]
        for p in group:
            facts = [p.organisation, p.status]
            if p.started_on:
                facts.append(f"since {p.started_on}")
            if p.ended_on:
                facts.append(f"until {p.ended_on}")
            if p.introduced_by_id in names:
                facts.append(f"introduced by {names[p.introduced_by_id]}")
            if p.follow_up != "none":
                facts.append(f"follow-up: {p.follow_up}")
            out += [f"#### {p.name}", "", " · ".join(f for f in facts if f), ""]
            if p.contact.strip():
                out += [f"Contact: {' '.join(p.contact.split())}", ""]
            if p.notes.strip():
                out += [demote(p.notes, 4), ""]


_REFERENCE = re.compile(r"(!?\[[^\]\n]*\])\(mj-attachment:([0-9a-f]{64})\)")


class _Files:
    """Where the attachments go: a folder beside the export, or nowhere (a stream)."""

    def __init__(self, dest: Path | None) -> None:
        self.folder = dest.with_name(dest.stem + "-files") if dest is not None else None
        self.written: dict[tuple[str, str], str] = {}  # (sha, name) -> relative path
        self.links = {kind: attachments.links_of_kind(kind) for kind in ("reflection", "session")}
        self.sizes = {a.sha256: a.size for a in attachments.all_stored()}

    def path(self, sha: str, name: str) -> str | None:
        if self.folder is None:
            return None
        key = (sha, name)
        if key not in self.written:
            file_name = f"{sha[:8]}-{attachments.clean_name(name)}"
            self.folder.mkdir(parents=True, exist_ok=True)
            target = self.folder / file_name
            tmp = fsutil.temp_path_for(target, "export")
            try:
                fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
                with open(fd, "wb") as out:
                    attachments.write_to(sha, out)
                    out.flush()
                    os.fsync(out.fileno())
                os.replace(tmp, target)
            except BaseException:
                fsutil.remove_quietly(tmp)
                raise
            self.written[key] = f"{self.folder.name}/{urllib.parse.quote(file_name)}"
        return self.written[key]

    def text(self, kind: str, record_id: int, text: str) -> str:
        """``text`` with its attachment references pointing to the written files."""
        if "mj-attachment:" not in text:
            return text
        names = dict(reversed(self.links[kind].get(record_id, [])))

        def replace(match: re.Match[str]) -> str:
            label, sha = match.group(1), match.group(2)
            name = names.get(sha) or label.lstrip("!")[1:-1] or "attachment"
            where = self.path(sha, name) if sha in self.sizes else None
            return f"{label}({where})" if where else label

        return _REFERENCE.sub(replace, text)

    def listing(self, out: list[str], kind: str, record_id: int) -> None:
        items = self.links[kind].get(record_id, [])
        if not items:
            return
        parts = []
        for sha, name in items:
            size = attachments.size_text(self.sizes.get(sha, 0))
            where = self.path(sha, name)
            parts.append(f"[{name}]({where}) ({size})" if where else f"{name} ({size})")
        out += ["Attachments: " + ", ".join(parts), ""]


def _sessions(out: list[str], names: dict[int, str], files: _Files) -> None:
    out += ["## Sessions", ""]
    tags = _tag_map(SessionTag, "session")
    sessions = Session.select().where(live(Session)).order_by(Session.held_at, Session.id)
    for year, rows in _by_year(sessions, lambda s: s.held_at).items():
        out += [f"### {year}", ""]
        for s in rows:
            who = names.get(s.person_id, "?")
            out += [f"#### {_when(s.held_at)} — {who}", ""]
            facts = [_ROLE.get(s.role, s.role), s.format.replace("_", " "), s.status]
            if s.duration_min:
                facts.append(f"{s.duration_min} min")
            out += [" · ".join(facts), ""]
            ratings = (
                f"Confidence {_rating(s.confidence_before)} → {_rating(s.confidence_after)}"
                f" · motivation {_rating(s.motivation)}"
            )
            if s.confidence_before or s.confidence_after or s.motivation:
                out += [ratings, ""]
            if s.id in tags:
                out += [f"Topics: {', '.join(tags[s.id])}", ""]
            _section(out, "##### Agenda", files.text("session", s.id, s.agenda))
            _section(out, "##### Notes", files.text("session", s.id, s.notes))
            _section(out, "##### Takeaways", files.text("session", s.id, s.takeaways))
            files.listing(out, "session", s.id)
            if s.next_session_on:
                out += [f"Next session: {s.next_session_on}", ""]


def _reflections(out: list[str], files: _Files) -> None:
    out += ["## Reflections", ""]
    tags = _tag_map(ReflectionTag, "reflection")
    held = dict(Session.select(Session.id, Session.held_at).where(live(Session)).tuples())
    reflections = (
        Reflection.select().where(live(Reflection)).order_by(Reflection.written_at, Reflection.id)
    )
    for year, rows in _by_year(reflections, lambda r: r.written_at).items():
        out += [f"### {year}", ""]
        for r in rows:
            out += [f"#### {_when(r.written_at)} — {r.title or 'Untitled'}", ""]
            facts = []
            if r.template:
                facts.append(f"template: {r.template}")
            if r.confidence is not None or r.motivation is not None:
                facts.append(
                    f"confidence {_rating(r.confidence)}, motivation {_rating(r.motivation)}"
                )
            if r.id in tags:
                facts.append(f"tags: {', '.join(tags[r.id])}")
            if r.session_id in held:
                facts.append(f"after the session of {_when(held[r.session_id])}")
            if facts:
                out += [f"_{' · '.join(facts)}_", ""]
            if r.body.strip():
                out += [demote(files.text("reflection", r.id, r.body), 4), ""]
            files.listing(out, "reflection", r.id)


def _goals(out: list[str], names: dict[int, str]) -> None:
    out += ["## Goals and action items", ""]
    actions: dict[int | None, list[ActionItem]] = {}
    goals = list(Goal.select().where(live(Goal)).order_by(Goal.created_at, Goal.id))
    shown = {g.id for g in goals}
    for a in ActionItem.select().where(live(ActionItem)).order_by(ActionItem.due_on, ActionItem.id):
        actions.setdefault(a.goal_id if a.goal_id in shown else None, []).append(a)
    for g in goals:
        facts = [g.status, f"{g.progress}%"]
        if g.target_date:
            facts.append(f"target {g.target_date}")
        if g.person_id in names:  # a person in the trash reads as none
            facts.append(f"with {names[g.person_id]}")
        out += [f"### {g.title}", "", " · ".join(facts), ""]
        if g.description.strip():
            out += [demote(g.description, 3), ""]
        _actions(out, actions.get(g.id, []))
    if actions.get(None):
        out += ["### Action items without a goal", ""]
        _actions(out, actions[None])


def _actions(out: list[str], actions: list[ActionItem]) -> None:
    for a in actions:
        box = "x" if a.done_on else " "
        facts = ["me" if a.owner == "me" else "them"]
        if a.due_on:
            facts.append(f"due {a.due_on}")
        if a.done_on:
            facts.append(f"done {a.done_on}")
        out.append(f"- [{box}] {_cell(a.text)} ({', '.join(facts)})")
    if actions:
        out.append("")


def _skills(out: list[str]) -> None:
    out += ["## Skills", ""]
    ratings: dict[int, list[SkillRating]] = {}
    for r in (
        SkillRating.select().where(live(SkillRating)).order_by(SkillRating.rated_on, SkillRating.id)
    ):
        ratings.setdefault(r.skill_id, []).append(r)
    for s in Skill.select().where(live(Skill)).order_by(Skill.category, Skill.name):
        facts = [s.category or "uncategorised"]
        if s.target_level:
            facts.append(f"target {s.target_level}/10")
        out += [f"### {s.name}", "", " · ".join(facts), ""]
        if s.description.strip():
            out += [demote(s.description, 3), ""]
        if ratings.get(s.id):
            out += ["| Date | Rating | Source | Note |", "| --- | --- | --- | --- |"]
            out += [
                f"| {r.rated_on} | {r.value} | {r.source} | {_cell(r.note)} |"
                for r in ratings[s.id]
            ]
            out.append("")


def _wins(out: list[str]) -> None:
    out += ["## Wins", ""]
    wins = Win.select().where(live(Win)).order_by(Win.won_on, Win.id)
    for year, rows in _by_year(wins, lambda w: w.won_on).items():
        out += [f"### {year}", ""]
        for w in rows:
            out += [f"#### {w.won_on} — {w.title}", ""]
            if w.description.strip():
                out += [demote(w.description, 4), ""]


def export_markdown(dest: Path | str | TextIO) -> Path | None:
    """Write the whole journal as Markdown to ``dest``; return the file written.

    ``dest`` is a file (written atomically), a folder (the file is
    ``mentorjournal-export.md`` in it) or an open text stream (returns ``None``).
    """
    if not hasattr(dest, "write") and Path(dest).is_dir():
        dest = Path(dest) / DEFAULT_NAME
    names = dict(Person.select(Person.id, Person.name).where(live(Person)).tuples())
    meta = Meta.get_or_none(Meta.key == "journal_id")
    today = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    out = [
        "# MentorJournal",
        "",
        f"Exported {today}" + (f" · journal {meta.value}" if meta else ""),
        "",
    ]
    _people(out, names)
    files = _Files(None if hasattr(dest, "write") else Path(dest))
    _sessions(out, names, files)
    _reflections(out, files)
    _goals(out, names)
    _skills(out)
    _wins(out)
    written = write_text(dest, "\n".join(out).rstrip() + "\n")
    log.info("exported the journal as Markdown")
    return written
