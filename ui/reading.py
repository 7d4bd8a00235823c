"""Reading a record: the whole of it, rendered, in a pane beside every list.

``record_document(kind, id)`` gathers one record through the core's API (its
facts, ratings, tags, links and dates, and its Markdown texts) and
``document_html`` turns that into HTML: every journal string escaped, every
Markdown text rendered by ``mentorjournal.text.render.render_markdown``.
``ReadingPane`` shows it in a ``SafeBrowser`` (nothing is loaded, no link is
followed); texts longer than ``render.OFF_THREAD_CHARS`` are rendered on a
worker thread while the pane says so. Reading never opens an editor.

A link to a record in the trash reads as no link (the core refuses to give it).
"""

from __future__ import annotations

import datetime as dt
import html
import logging
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

from mentorjournal.domain import attachments, queries, records, templates
from mentorjournal.errors import JournalError, NotFound
from mentorjournal.text.plain import first_line, shorten
from mentorjournal.text.render import OFF_THREAD_CHARS, render_markdown

from . import attachment_view, labels, workers
from .record_views import SafeBrowser

log = logging.getLogger(__name__)

#: Linked records listed under a record, at most this many per kind of link.
MAX_LINKED = 50


def _tr(text: str) -> str:
    return QCoreApplication.translate("Reading", text)


def _e(text: object) -> str:
    return html.escape(str(text), quote=False)


@dataclass
class Document:
    """One record as the reading pane shows it, before rendering."""

    title: str
    facts: list[str] = field(default_factory=list)  # plain text, shown under the title
    ratings: list[tuple[str, str]] = field(default_factory=list)  # label, value
    tags: list[str] = field(default_factory=list)
    links: list[tuple[str, str]] = field(default_factory=list)  # label, plain text
    texts: list[tuple[str, str]] = field(default_factory=list)  # heading ('' none), Markdown
    lists: list[tuple[str, list[str]]] = field(default_factory=list)  # heading, plain lines
    dates: list[str] = field(default_factory=list)

    def markdown_size(self) -> int:
        return sum(len(text) for _heading, text in self.texts)


def _day(value: Any) -> str:
    return value.isoformat() if value else ""


def _moment(value: dt.datetime | None) -> str:
    if value is None:
        return ""
    return value.strftime("%Y-%m-%d %H:%M") if value.time() != dt.time() else _day(value.date())


def _stamp(value: dt.datetime | None) -> str:
    """A stored UTC time in local time."""
    if value is None:
        return ""
    return value.replace(tzinfo=dt.UTC).astimezone().strftime("%Y-%m-%d %H:%M")


def _rating(value: int | None) -> str:
    return "–" if value is None else f"{value}/10"


#: The records ``_linked`` read while one document is made (``record_document``), by
#: (kind, id): the lists of linked records name the same person or skill on every line
#: (a skill's 50 ratings, a person's sessions), and a search shows its first result's
#: document on every keystroke. ``None`` outside ``record_document``.
_seen: dict[tuple[str, Any], Any] | None = None


def _linked(kind: str, ref: Any) -> Any:
    """The linked record, or None when there is none (or it is in the trash)."""
    if ref is None:
        return None
    if _seen is not None and (kind, ref) in _seen:
        return _seen[kind, ref]
    try:
        found = records.get(kind, ref)
    except JournalError:
        found = None
    if _seen is not None:
        _seen[kind, ref] = found
    return found


def session_title(session: Any) -> str:
    person = _linked("person", session.person_id)
    name = person.name if person is not None else "?"
    return _tr("Session with {name}").format(name=first_line(name))


def item_line(kind: str, record: Any) -> str:
    """One line naming a record (for lists of linked records)."""
    if kind == "session":
        return f"{_moment(record.held_at)} · {session_title(record)}"
    if kind == "reflection":
        title = first_line(record.title) or first_line(record.body) or _tr("Untitled reflection")
        return f"{_moment(record.written_at)} · {shorten(title, 120)}"
    if kind == "rating":
        skill = _linked("skill", record.skill_id)
        name = skill.name if skill is not None else "?"
        return f"{_day(record.rated_on)} · {first_line(name)}: {record.value}/10"
    if kind == "action":
        state = (
            _tr("done {day}").format(day=_day(record.done_on)) if record.done_on else _tr("open")
        )
        due = ", " + _tr("due") + f" {_day(record.due_on)}" if record.due_on else ""
        mark = "☑" if record.done_on else "☐"
        return f"{mark} {shorten(first_line(record.text), 120)} ({state}{due})"
    if kind == "goal":
        return (
            f"{first_line(record.title)} · {labels.goal_status(record.status)}, {record.progress}%"
        )
    if kind == "win":
        return f"{_day(record.won_on)} · {first_line(record.title)}"
    if kind == "person":
        return f"{first_line(record.name)} · {labels.relation(record.relation)}"
    return str(getattr(record, "name", "") or getattr(record, "title", ""))


#: Headings of the lists of records linking to one, by "kind.field".
_LINKED_HEADINGS = {
    "session.person": QT_TRANSLATE_NOOP("Reading", "Sessions"),
    "goal.person": QT_TRANSLATE_NOOP("Reading", "Goals"),
    "action.person": QT_TRANSLATE_NOOP("Reading", "Action items"),
    "person.introduced_by": QT_TRANSLATE_NOOP("Reading", "Introduced to"),
    "reflection.session": QT_TRANSLATE_NOOP("Reading", "Reflections on this session"),
    "rating.session": QT_TRANSLATE_NOOP("Reading", "Skill ratings given in this session"),
    "action.session": QT_TRANSLATE_NOOP("Reading", "Action items agreed in this session"),
    "rating.skill": QT_TRANSLATE_NOOP("Reading", "Ratings"),
    "win.skill": QT_TRANSLATE_NOOP("Reading", "Wins"),
    "action.goal": QT_TRANSLATE_NOOP("Reading", "Action items"),
    "win.goal": QT_TRANSLATE_NOOP("Reading", "Wins"),
}


def _add_linked(doc: Document, kind: str, record_id: int) -> None:
    for key, found in queries.linked_to(kind, record_id).items():
        child_kind = key.split(".")[0]
        heading = _tr(_LINKED_HEADINGS.get(key, labels.kind_title(child_kind)))
        if child_kind in ("session", "reflection", "rating", "win"):
            found = list(reversed(found))  # newest first, as lists show them
        lines = [item_line(child_kind, r) for r in found[:MAX_LINKED]]
        if len(found) > MAX_LINKED:
            lines.append(_tr("… and {n} more").format(n=len(found) - MAX_LINKED))
        doc.lists.append((f"{heading} ({len(found)})", lines))


def _template_name(key: str) -> str:
    """The name the template bar shows ("Weekly review"), not its key ("weekly_review")."""
    try:
        return templates.get(key).name
    except JournalError:  # a template since removed: its key is all there is
        return key


def _add_attachments(doc: Document, kind: str, record_id: int) -> None:
    found = attachments.attachments_of(kind, record_id)
    if found:
        lines = [f"{a.name} ({attachments.size_text(a.size)})" for a in found]
        doc.lists.append((_tr("Attachments ({n})").format(n=len(found)), lines))


def record_document(kind: str, record_id: int) -> Document:
    """Everything the reading pane shows of one record (``NotFound`` if it is gone)."""
    global _seen
    outer, _seen = _seen, {}
    try:
        return _record_document(kind, record_id)
    finally:
        _seen = outer


def _record_document(kind: str, record_id: int) -> Document:
    r: Any = records.get(kind, record_id)
    doc = Document(title="")
    if kind == "person":
        doc.title = first_line(r.name)
        doc.facts = [labels.relation(r.relation)]
        if r.organisation:
            doc.facts.append(r.organisation)
        doc.facts.append(labels.person_status(r.status))
        if r.started_on:
            since = _tr("since {day}").format(day=_day(r.started_on))
            if r.ended_on:
                since += " " + _tr("until {day}").format(day=_day(r.ended_on))
            doc.facts.append(since)
        intro = _linked("person", r.introduced_by_id)
        if intro is not None:
            doc.links.append((_tr("Introduced by"), first_line(intro.name)))
        if r.follow_up != "none":
            doc.links.append((_tr("Follow-up"), labels.follow_up(r.follow_up)))
        if getattr(r, "cadence_days", None):
            doc.links.append((_tr("Meet every"), _tr("{n} days").format(n=r.cadence_days)))
        if r.contact.strip():
            doc.lists.append((_tr("Contact"), r.contact.strip().splitlines()))
        doc.texts.append((_tr("Notes"), r.notes))
    elif kind == "session":
        doc.title = session_title(r)
        doc.facts = [_moment(r.held_at), labels.role(r.role), labels.session_format(r.format)]
        if r.duration_min:
            doc.facts.append(_tr("{n} min").format(n=r.duration_min))
        doc.facts.append(labels.session_status(r.status))
        doc.ratings = [
            (_tr("Confidence before"), _rating(r.confidence_before)),
            (_tr("Confidence after"), _rating(r.confidence_after)),
            (_tr("Motivation"), _rating(r.motivation)),
        ]
        doc.tags = records.tags_of(r)
        if r.next_session_on:
            doc.links.append((_tr("Next session"), _day(r.next_session_on)))
        doc.texts += [
            (_tr("Agenda"), r.agenda),
            (_tr("Notes"), r.notes),
            (_tr("Takeaways"), r.takeaways),
        ]
    elif kind == "reflection":
        doc.title = first_line(r.title) or _tr("Untitled reflection")
        doc.facts = [_moment(r.written_at), labels.kind_title("reflection")]
        if r.template:
            doc.facts.append(_tr("template: {name}").format(name=_template_name(r.template)))
        doc.ratings = [
            (_tr("Confidence"), _rating(r.confidence)),
            (_tr("Motivation"), _rating(r.motivation)),
        ]
        doc.tags = records.tags_of(r)
        session = _linked("session", r.session_id)
        if session is not None:
            doc.links.append((_tr("After"), item_line("session", session)))
        doc.texts.append(("", r.body))
    elif kind == "skill":
        doc.title = first_line(r.name)
        doc.facts = [labels.kind_title("skill")]
        if r.category:
            doc.facts.append(r.category)
        if getattr(r, "retired_on", None):
            doc.facts.append(_tr("retired {day}").format(day=_day(r.retired_on)))
        doc.ratings = [(_tr("Target level"), _rating(r.target_level))]
        doc.texts.append((_tr("Description"), r.description))
    elif kind == "rating":
        skill = _linked("skill", r.skill_id)
        doc.title = f"{first_line(skill.name) if skill is not None else '?'}: {r.value}/10"
        doc.facts = [_day(r.rated_on), labels.kind_title("rating"), labels.rating_source(r.source)]
        doc.ratings = [(_tr("Rating"), _rating(r.value))]
        if skill is not None and skill.target_level is not None:
            doc.ratings.append((_tr("Target level"), _rating(skill.target_level)))
        session = _linked("session", r.session_id)
        if session is not None:
            doc.links.append((_tr("Given in"), item_line("session", session)))
        doc.texts.append((_tr("Note"), r.note))
    elif kind == "goal":
        doc.title = first_line(r.title)
        doc.facts = [labels.kind_title("goal"), labels.goal_status(r.status)]
        doc.facts.append(_tr("{n}% done").format(n=r.progress))
        if r.target_date:
            doc.facts.append(_tr("target {day}").format(day=_day(r.target_date)))
        person = _linked("person", r.person_id)
        if person is not None:
            doc.links.append((_tr("With"), first_line(person.name)))
        doc.texts.append((_tr("Description"), r.description))
    elif kind == "action":
        doc.title = shorten(first_line(r.text), 160) or _tr("(no text)")
        doc.facts = [labels.kind_title("action"), labels.owner(r.owner)]
        doc.facts.append(
            _tr("done {day}").format(day=_day(r.done_on)) if r.done_on else _tr("open")
        )
        if r.due_on:
            doc.facts.append(_tr("due {day}").format(day=_day(r.due_on)))
        for label, link_kind, ref in (
            (_tr("Goal"), "goal", r.goal_id),
            (_tr("Agreed in"), "session", r.session_id),
            (_tr("With"), "person", r.person_id),
        ):
            linked = _linked(link_kind, ref)
            if linked is not None:
                doc.links.append((label, item_line(link_kind, linked)))
        if "\n" in r.text.strip() or len(first_line(r.text)) > 160:
            doc.texts.append(("", r.text))
    elif kind == "win":
        doc.title = first_line(r.title)
        doc.facts = [_day(r.won_on), labels.kind_title("win")]
        for label, link_kind, ref in (
            (_tr("Goal"), "goal", r.goal_id),
            (_tr("Skill"), "skill", r.skill_id),
        ):
            linked = _linked(link_kind, ref)
            if linked is not None:
                doc.links.append((label, item_line(link_kind, linked)))
        doc.texts.append(("", r.description))
    else:
        raise NotFound(_tr("Nothing to show."))
    if kind in ("reflection", "session"):
        _add_attachments(doc, kind, record_id)
    _add_linked(doc, kind, record_id)
    doc.dates = [
        _tr("Written {when}").format(when=_stamp(r.created_at)),
        _tr("last changed {when}").format(when=_stamp(r.updated_at)),
    ]
    return doc


def document_html(doc: Document, rendered: list[str] | None = None) -> str:
    """The pane's HTML: ``rendered`` are the Markdown texts already rendered (else now)."""
    if rendered is None:
        rendered = [attachment_view.render(text) for _heading, text in doc.texts]
    parts = [f"<h2>{_e(doc.title)}</h2>"]
    facts = [f for f in doc.facts if f]
    if facts:
        parts.append(f"<p>{_e(' · '.join(facts))}</p>")
    if doc.ratings:
        cells = "".join(
            f"<td style='padding-right:14px'>{_e(label)}: <b>{_e(value)}</b></td>"
            for label, value in doc.ratings
        )
        parts.append(f"<table><tr>{cells}</tr></table>")
    if doc.tags:
        parts.append("<p>" + " ".join(f"<code>#{_e(t)}</code>" for t in doc.tags) + "</p>")
    for label, text in doc.links:
        parts.append(f"<p>{_e(label)}: {_e(text)}</p>")
    for (heading, _text), body in zip(doc.texts, rendered, strict=True):
        if not body:
            continue
        if heading:
            parts.append(f"<h3>{_e(heading)}</h3>")
        parts.append(body)
    for heading, lines in doc.lists:
        parts.append(f"<h3>{_e(heading)}</h3>")
        parts.append("".join(f"<p style='margin:2px 0'>{_e(line)}</p>" for line in lines))
    if doc.dates:
        parts.append(f"<p><small>{_e(' · '.join(doc.dates))}</small></p>")
    return "".join(parts)


class ReadingPane(SafeBrowser):
    """A record, whole and rendered; long texts are rendered off the UI thread.

    ``show_record(kind, id)`` replaces what is shown; ``prefix_html`` (a
    search hit's highlighted snippet, say) goes above the record.
    """

    def __init__(self, accessible: str, parent: QWidget | None = None) -> None:
        super().__init__(accessible, parent, attachment_loader=attachment_view.load_image)
        self.setPlaceholderText(
            _tr("Select a record to read it here. Enter or a double-click opens it for editing.")
        )
        self._shown: tuple[str, int] | None = None
        self._generation = 0
        self._task: workers.Task | None = None

    def shown(self) -> tuple[str, int] | None:
        return self._shown

    def show_record(self, kind: str, record_id: int, prefix_html: str = "") -> None:
        self._generation += 1
        self._shown = (kind, record_id)
        try:
            doc = record_document(kind, record_id)
        except JournalError as exc:
            self.setHtml(prefix_html + f"<p><i>{_e(exc)}</i></p>")
            return
        if doc.markdown_size() <= OFF_THREAD_CHARS:
            self.setHtml(prefix_html + document_html(doc))
            return
        self.setHtml(
            prefix_html + f"<h2>{_e(doc.title)}</h2><p><i>" + _e(_tr("Rendering…")) + "</i></p>"
        )
        generation = self._generation
        texts = [text for _heading, text in doc.texts]
        stored = attachment_view.stored_of(texts)  # asked here: the worker has no journal
        task = workers.Task(
            lambda: [render_markdown(text, attachment_exists=stored.__contains__) for text in texts]
        )
        task.connect(
            lambda rendered: self._rendered(generation, prefix_html, doc, rendered),
            lambda message: self._failed(generation, message),
            lambda: None,
        )
        self._task = task  # kept until it reports
        task.start()

    def _rendered(self, generation: int, prefix: str, doc: Document, rendered: list[str]) -> None:
        if generation == self._generation:
            self.setHtml(prefix + document_html(doc, rendered))

    def _failed(self, generation: int, message: str) -> None:
        if generation == self._generation:
            self.setHtml(f"<p><i>{_e(message)}</i></p>")

    def show_html(self, text: str) -> None:
        self._generation += 1
        self._shown = None
        self.setHtml(text)

    def clear(self) -> None:  # Qt override: also forgets a rendering on its way
        self._generation += 1
        self._shown = None
        super().clear()
