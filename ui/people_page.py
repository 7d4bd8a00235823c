"""The People page: everyone in the journal, and one person's full history.

The detail pane shows ``queries.person_history``: the relationship's facts,
sessions (newest first), goals, action items and reflections, all escaped
or rendered as safe Markdown.
"""

from __future__ import annotations

import html
import logging

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QItemSelection, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QSplitter, QVBoxLayout, QWidget

from mentorjournal.domain import cadence, queries, rules
from mentorjournal.domain.queries import PersonHistory
from mentorjournal.errors import JournalError
from mentorjournal.text.plain import first_line, plain_text, summary
from mentorjournal.text.render import render_markdown

from . import labels
from .pages import fit_capped, focus_first_row, make_table
from .record_models import KeyedRowsModel, due_text, is_overdue
from .record_views import EmptyState, SafeBrowser, open_on_activate, record_menu

log = logging.getLogger(__name__)

EMPTY_PEOPLE = QT_TRANSLATE_NOOP(
    "PeoplePage",
    "No people yet. The mentors, mentees and contacts you record sessions with will be "
    "listed here, each with the full history of your relationship.",
)
PICK_SOMEONE = QT_TRANSLATE_NOOP(
    "PeoplePage", "<p>Choose a person on the left to see your history together.</p>"
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("PeoplePage", text)


def due_cell(rhythm: cadence.Rhythm | None) -> str:
    """The "Next due" cell: the date, and how long it has been quiet."""
    if rhythm is None or rhythm.next_due is None:
        return ""
    if rhythm.quiet:
        return _tr("{date} · quiet {n} d").format(
            date=rhythm.next_due.isoformat(), n=rhythm.days_overdue
        )
    return rhythm.next_due.isoformat()


def people_rows(ended: bool = False, quiet: bool = False) -> list[tuple[int, tuple[str, ...]]]:
    """People by name; ended relationships only when ``ended`` (the archive); only the
    relationships gone quiet when ``quiet``."""
    rhythms = {r.person_id: r for r in cadence.rhythms()}
    rows = []
    for p in queries.people():
        if not ended and rules.relationship_ended(p.status, p.ended_on):
            continue
        rhythm = rhythms.get(p.id)
        if quiet and not (rhythm is not None and rhythm.quiet):
            continue
        met = rhythm.last_met if rhythm is not None else None
        cells = (
            p.name,
            labels.relation(p.relation),
            p.organisation or "",
            labels.person_status(p.status or "active"),
            str(p.started_on or ""),
            met.date().isoformat() if met is not None else "",
            due_cell(rhythm),
        )
        rows.append((p.id, cells))
    return rows


def _e(text: object) -> str:
    return html.escape(str(text))


def _section(title: str, count: int, empty: str, rows: list[str]) -> str:
    head = f"<h3>{_e(title)} ({count})</h3>" if count else f"<h3>{_e(title)}</h3>"
    return head + ("".join(rows) if rows else f"<p><i>{_e(empty)}</i></p>")


def history_html(history: PersonHistory) -> str:
    """The detail pane: facts, then sessions, goals, action items and reflections."""
    who = history.person
    facts = [labels.relation(who.relation)]
    if who.organisation:
        facts.append(who.organisation)
    facts.append((who.status or "active").capitalize())
    if who.started_on:
        facts.append(
            f"since {who.started_on.isoformat()}"
            + (f" until {who.ended_on.isoformat()}" if who.ended_on else "")
        )
    parts = [f"<h2>{_e(who.name)}</h2>", f"<p>{_e(' · '.join(facts))}</p>"]
    if who.introduced_by_id:
        intro = who.introduced_by
        parts.append(f"<p>Introduced by {_e(intro.name)}</p>")
    rhythm = cadence.rhythm(who.id)
    if rhythm is not None and (rhythm.cadence_days or rhythm.last_met):
        bits = []
        if rhythm.cadence_days:
            bits.append(_tr("Meet every {n} days").format(n=rhythm.cadence_days))
        if rhythm.last_met:
            bits.append(_tr("last met {date}").format(date=rhythm.last_met.date().isoformat()))
        if rhythm.next_due:
            bits.append(_tr("next due {date}").format(date=rhythm.next_due.isoformat()))
        line = _e(" · ".join(bits))
        if rhythm.quiet:
            quiet = _tr("gone quiet: {n} days overdue").format(n=rhythm.days_overdue)
            line += f" · <b>{_e(quiet)}</b>"
        parts.append(f"<p>{line}</p>")
    if who.follow_up == "pending":
        parts.append("<p><b>Follow-up pending</b></p>")
    if who.contact:
        parts.append(f"<p>Contact: {_e(who.contact)}</p>")
    if who.notes.strip():
        parts.append(render_markdown(who.notes))

    sessions = []
    for s in history.sessions:
        when = s.held_at.strftime("%Y-%m-%d %H:%M")
        facts = [f"as {s.role}", labels.session_format(s.format).lower()]
        if s.status != "done":
            facts.append(s.status)
        text = s.takeaways.strip() or s.notes.strip() or s.agenda.strip()
        line = f"<p><b>{_e(when)}</b> · {_e(', '.join(facts))}"
        if text:
            line += f"<br>{_e(summary(text, 240))}"
        sessions.append(line + "</p>")
    parts.append(_section("Sessions", len(history.sessions), "No sessions recorded yet.", sessions))

    goals = [
        f"<p><b>{_e(first_line(g.title))}</b> · {_e(labels.goal_status(g.status))}, "
        f"{g.progress}% done"
        + (f", target {_e(g.target_date.isoformat())}" if g.target_date else "")
        + "</p>"
        for g in history.goals
    ]
    parts.append(_section("Goals", len(history.goals), "No goals linked to this person.", goals))

    actions = []
    for a in history.actions:
        state = f"done {a.done_on.isoformat()}" if a.done_on else "open"
        due = due_text(a)
        owner = "mine" if a.owner == "me" else "theirs"
        mark = "☑" if a.done_on else "☐"
        text = _e(first_line(a.text))
        line = f"{mark} {text} <i>({_e(owner)}, {_e(state)}{', due ' + _e(due) if due else ''})</i>"
        if is_overdue(a):
            line = f"<b>{line}</b>"
        actions.append(f"<p>{line}</p>")
    parts.append(_section("Action items", len(history.actions), "No action items yet.", actions))

    refl = [
        f"<p><b>{_e(r.written_at.strftime('%Y-%m-%d'))}</b> · "
        f"{_e(first_line(r.title) or first_line(plain_text(r.body)) or 'Untitled reflection')}</p>"
        for r in history.reflections
    ]
    parts.append(
        _section(
            "Reflections on your sessions",
            len(history.reflections),
            "No reflections linked to these sessions.",
            refl,
        )
    )
    return "".join(parts)


class PeoplePage(QWidget):
    """People on the left, the selected person's history on the right.

    Activating a person (double-click, Enter) emits ``record_requested``.
    """

    record_requested = Signal(str, int)
    delete_requested = Signal(str, int)
    new_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.show_ended = QCheckBox(self.tr("Show en&ded relationships"))
        self.show_ended.setToolTip(
            self.tr("People whose relationship ended are kept, out of the everyday list")
        )
        self.only_quiet = QCheckBox(self.tr("Gone &quiet only"))
        self.only_quiet.setToolTip(
            self.tr(
                "Active relationships whose next session is overdue by the rhythm you set "
                "(Meet every …) and with nothing planned"
            )
        )
        self.archived = QLabel("")
        self.archived.setTextFormat(Qt.TextFormat.PlainText)
        self.model = KeyedRowsModel(
            [
                self.tr("Name"),
                self.tr("Relation"),
                self.tr("Organisation"),
                self.tr("Status"),
                self.tr("Since"),
                self.tr("Last met"),
                self.tr("Next due"),
            ],
            lambda: people_rows(self.show_ended.isChecked(), self.only_quiet.isChecked()),
        )
        self.model.tooltip_columns = {0, 2}
        self.table = make_table(self.model, self.tr("People"), stretch_column=0, capped=(2,))
        self.table_state = EmptyState(
            self.table,
            self.tr(EMPTY_PEOPLE),
            buttons=[(self.tr("New person…"), lambda: self.new_requested.emit("person"))],
        )
        self.detail = SafeBrowser(self.tr("Selected person: history"))
        self.detail.setHtml(self.tr(PICK_SOMEONE))
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table_state)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)  # the list has seven columns: the larger part
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([600, 400])
        splitter.setChildrenCollapsible(False)
        self.splitter = splitter
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 8)
        top = QHBoxLayout()
        top.addWidget(QLabel("<h2>" + self.tr("People") + "</h2>"))
        top.addStretch(1)
        top.addWidget(self.archived)
        top.addWidget(self.only_quiet)
        top.addWidget(self.show_ended)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        self.table.selectionModel().selectionChanged.connect(self._show_selected)
        record_of = lambda index: (  # noqa: E731
            ("person", self.model.key(index.row())) if index.isValid() else None
        )
        open_on_activate(self.table, self.record_requested, record_of)
        record_menu(self.table, record_of, self.record_requested, self.delete_requested)
        self.show_ended.toggled.connect(lambda _on: self.reload())
        self.only_quiet.toggled.connect(lambda _on: self.reload())

    def reload(self) -> None:
        chosen = self.selected_id()
        self.model.reload()
        fit_capped(self.table)
        hidden = (
            0 if self.only_quiet.isChecked() else len(people_rows(True)) - self.model.rowCount()
        )
        self.archived.setText(
            self.tr("{n} ended, not shown").format(n=hidden) if hidden > 0 else ""
        )
        quiet = len(cadence.gone_quiet())
        self.only_quiet.setText(
            self.tr("Gone &quiet ({n})").format(n=quiet) if quiet else self.tr("Gone &quiet")
        )
        row = self.model.row_of(chosen) if chosen is not None else -1
        if row >= 0:
            self.table.selectRow(row)
        else:
            self.detail.setHtml(self.tr(PICK_SOMEONE) if self.model.rowCount() else "")

    def clear(self) -> None:
        self.model.clear()
        self.detail.clear()
        self.archived.clear()

    def selected_record(self) -> tuple[str, int] | None:
        person_id = self.selected_id()
        return ("person", person_id) if person_id is not None else None

    def focus_list(self) -> None:
        focus_first_row(self.table)

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.key(rows[0].row()) if rows else None

    def select(self, record: tuple[str, int] | None) -> None:
        if record is not None and record[0] == "person":
            self.show_person(record[1])

    def show_person(self, person_id: int) -> None:
        row = self.model.row_of(person_id)
        if row < 0 and self.only_quiet.isChecked():
            self.only_quiet.setChecked(False)
            row = self.model.row_of(person_id)
        if row < 0 and not self.show_ended.isChecked():  # archived: show the archive
            self.show_ended.setChecked(True)
            row = self.model.row_of(person_id)
        if row >= 0:
            self.table.selectRow(row)

    def _show_selected(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        person_id = self.selected_id()
        if person_id is None:
            self.detail.setHtml(self.tr(PICK_SOMEONE) if self.model.rowCount() else "")
            return
        try:
            self.detail.setHtml(history_html(queries.person_history(person_id)))
        except JournalError as exc:
            log.warning("could not show a person's history: %s", type(exc).__name__)
            self.detail.setHtml(f"<p>{_e(exc)}</p>")
