"""Session prep: one screen to get ready for a session with a mentor or mentee.

For the chosen person: the last session's notes and takeaways, open action
items on both sides (tick to mark done), active goals with progress, recent
skill ratings, and an editable draft agenda to print or export (PDF,
Markdown). "After the session…" turns the agenda into the new session's
notes and ticked lines into action items, in one save.

An edited agenda is kept as an encrypted draft (``mentorjournal.domain.drafts``, one
per person) a couple of seconds after typing stops and before the journal
locks, so it comes back after unlocking or a crash. Rebuilding the agenda or
recording the session replaces it.
"""

from __future__ import annotations

import html
import logging
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from mentorjournal.domain import drafts, queries
from mentorjournal.domain.planning import GoalGroup
from mentorjournal.domain.prep import SessionPrep, session_prep
from mentorjournal.errors import JournalError
from mentorjournal.text.plain import first_line
from mentorjournal.text.render import render_markdown

from . import alerts, core_messages, folders, labels, prep_export
from .after_session import AfterSessionDialog
from .pages import make_table
from .record_models import ActionsModel, GoalsModel, KeyedRowsModel
from .record_views import EmptyState, ProgressDelegate, SafeBrowser, make_tree

log = logging.getLogger(__name__)


def _tr(text: str) -> str:
    return QCoreApplication.translate("prep_page", text)


RELATION_SUFFIX = {
    "mentor": QT_TRANSLATE_NOOP("PrepPage", "my mentor"),
    "mentee": QT_TRANSLATE_NOOP("PrepPage", "my mentee"),
}
NOBODY = QT_TRANSLATE_NOOP(
    "PrepPage",
    "<h3>No mentors or mentees yet</h3><p>Session prep gathers everything about one "
    "relationship: the last session, open action items, goals and skill ratings, and drafts an "
    "agenda. Add a person as <i>my mentor</i> or <i>my mentee</i> to prepare your first session.</p>",
)


AGENDA_DRAFT_MS = 2000


def _group(title: str, body: QWidget) -> QGroupBox:
    box = QGroupBox(title)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(6, 6, 6, 6)
    layout.addWidget(body)
    return box


def last_session_html(prep: SessionPrep) -> str:
    last = prep.last_session
    name = html.escape(first_line(prep.person.name))
    if last is None:
        return "<p><i>{}</i></p>".format(
            _tr("No session held with {name} yet: this will be your first.").format(name=name)
        )
    when = last.held_at.strftime("%Y-%m-%d %H:%M")
    parts = [f"<p><b>{html.escape(when)}</b> · {html.escape(labels.role(last.role))}</p>"]
    if last.takeaways.strip():
        parts += ["<h4>Takeaways</h4>", render_markdown(last.takeaways)]
    if last.notes.strip():
        parts += ["<h4>Notes</h4>", render_markdown(last.notes)]
    if not (last.notes.strip() or last.takeaways.strip()):
        parts.append("<p><i>No notes or takeaways were written for it.</i></p>")
    if prep.next_session is not None:
        parts.append(
            "<p>{}</p>".format(
                _tr("Next planned: {when}").format(
                    when=html.escape(prep.next_session.held_at.strftime("%Y-%m-%d %H:%M"))
                )
            )
        )
    return "".join(parts)


class PrepPage(QWidget):
    """Pick a person; see their context; edit, print or export the agenda; record the session."""

    journal_changed = Signal()
    session_recorded = Signal(int)  # session id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.prep: SessionPrep | None = None
        self._open_dialog: QDialog | None = None
        self._shown_person: int | None = None

        self.person = QComboBox()
        self.person.setAccessibleName(self.tr("Prepare a session with"))
        self.person.setMinimumContentsLength(12)
        # As wide as the longest "Name (my mentee)": the row has room, a clipped name does not help.
        self.person.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        person_label = QLabel(self.tr("&Prepare for:"))
        person_label.setBuddy(self.person)
        self.print_button = QPushButton(self.tr("Pr&int…"))
        self.pdf_button = QPushButton(self.tr("Export P&DF…"))
        self.md_button = QPushButton(self.tr("Export &Markdown…"))
        self.after_button = QPushButton(self.tr("&After the session…"))
        self.after_button.setToolTip(
            self.tr("Record the session from this agenda and create its action items")
        )
        self.rebuild_button = QPushButton(self.tr("Re&build agenda"))
        self.rebuild_button.setToolTip(
            self.tr("Replace the agenda with a fresh draft from the journal")
        )
        self.summary = QLabel("")

        self.last = SafeBrowser(self.tr("Last session: notes and takeaways"))
        self.mine_model = ActionsModel(lambda: self.prep.my_actions if self.prep else [])
        self.theirs_model = ActionsModel(lambda: self.prep.their_actions if self.prep else [])
        self.mine = make_table(self.mine_model, self.tr("My open action items"), stretch_column=0)
        self.theirs = make_table(
            self.theirs_model, self.tr("Their open action items"), stretch_column=0
        )
        self.mine_state = EmptyState(self.mine, self.tr("Nothing open on your side."))
        self.theirs_state = EmptyState(self.theirs, self.tr("Nothing open on their side."))
        self.goals_model = GoalsModel(self._goal_groups)
        self.goals = make_tree(
            self.goals_model, self.tr("Active goals"), stretch_column=0, decorated=False
        )
        self.goals.setItemDelegateForColumn(2, ProgressDelegate(self.goals))
        self.goals.hideColumn(4)
        self.goals.hideColumn(1)  # every goal here is active: the room goes to the titles
        self.goals_state = EmptyState(self.goals, self.tr("No active goals."))
        self.ratings_model = KeyedRowsModel(
            (self.tr("Skill"), self.tr("Rating"), self.tr("Target"), self.tr("Change")),
            self._rating_rows,
        )
        self.ratings = make_table(
            self.ratings_model, self.tr("Recent skill ratings"), stretch_column=0
        )
        self.ratings_state = EmptyState(
            self.ratings, self.tr("No skill ratings in the last 90 days.")
        )

        self.agenda = QPlainTextEdit()
        self.agenda.setAccessibleName(self.tr("Draft agenda (Markdown)"))
        self.agenda.setPlaceholderText(self.tr("Write what you want to talk about."))
        self._agenda_timer = QTimer(self)
        self._agenda_timer.setSingleShot(True)
        self._agenda_timer.setInterval(AGENDA_DRAFT_MS)
        self._agenda_timer.timeout.connect(self.park_agenda)
        self.agenda.textChanged.connect(self._agenda_edited)

        actions_row = QWidget()
        split = QHBoxLayout(actions_row)
        split.setContentsMargins(0, 0, 0, 0)
        self.mine_box = _group(self.tr("Mine"), self.mine_state)
        self.theirs_box = _group(self.tr("Theirs"), self.theirs_state)
        split.addWidget(self.mine_box)
        split.addWidget(self.theirs_box)
        lower = QWidget()
        lower_layout = QHBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(_group(self.tr("Active goals"), self.goals_state), 3)
        lower_layout.addWidget(_group(self.tr("Recent skill ratings"), self.ratings_state), 3)

        context = QSplitter(Qt.Orientation.Vertical)
        context.addWidget(_group(self.tr("Last session"), self.last))
        context.addWidget(_group(self.tr("Open action items (tick when done)"), actions_row))
        context.addWidget(lower)
        for i, stretch in enumerate((2, 2, 3)):
            context.setStretchFactor(i, stretch)
        context.setChildrenCollapsible(False)
        agenda_box = _group(self.tr("Draft agenda (Markdown, yours to edit)"), self.agenda)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(context)
        self.splitter.addWidget(agenda_box)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)

        bar = QHBoxLayout()
        bar.addWidget(person_label)
        bar.addWidget(self.person)
        bar.addWidget(self.summary, 1)
        buttons = QHBoxLayout()  # a row of its own: the page stays narrow at 200% scaling
        for button in (self.rebuild_button, self.print_button, self.pdf_button, self.md_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.after_button)
        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.addLayout(bar)
        content_layout.addLayout(buttons)
        content_layout.addWidget(self.splitter, 1)
        self.nobody = QLabel(self.tr(NOBODY))
        self.nobody.setWordWrap(True)
        self.nobody.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.body = QStackedWidget()
        self.body.addWidget(content)
        self.body.addWidget(self.nobody)
        self.content = content

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 8)
        layout.addWidget(QLabel(self.tr("<h2>Session prep</h2>")))
        layout.addWidget(self.body, 1)

        self.person.currentIndexChanged.connect(self._person_changed)
        self.rebuild_button.clicked.connect(self.rebuild_agenda)
        self.print_button.clicked.connect(self.print_prep)
        self.pdf_button.clicked.connect(self.export_pdf)
        self.md_button.clicked.connect(self.export_markdown)
        self.after_button.clicked.connect(self.after_session)
        for model in (self.mine_model, self.theirs_model):
            model.action_toggled.connect(lambda *_: self.journal_changed.emit())
            model.toggle_failed.connect(lambda message: alerts.error(self, message))
        self._set_enabled(False)

    # -- data --------------------------------------------------------------

    def _goal_groups(self) -> list[GoalGroup]:
        if self.prep is None:
            return []
        return [GoalGroup(g, []) for g in self.prep.goals + self.prep.own_goals]

    def _rating_rows(self):
        """Skill, rating, target and change: short enough to read without scrolling sideways
        (the date and source are the row's tooltip)."""
        if self.prep is None:
            return []
        rows = []
        for s in self.prep.ratings:
            change = (
                ""
                if s.previous is None or s.previous == s.value
                else (
                    ("▲" if s.value > s.previous else "▼")
                    + " "
                    + self.tr("from")
                    + f" {s.previous}"
                )
            )
            when = self.tr("Rated {value}/10 on {day}").format(
                value=s.value, day=s.rated_on.isoformat()
            )
            rows.append(
                (
                    s.skill_id,
                    (
                        s.name,
                        f"{s.value}/10",
                        "—" if s.target_level is None else f"{s.target_level}/10",
                        change,
                    ),
                    (s.name, when, when, when),
                )
            )
        return rows

    def person_id(self) -> int | None:
        return self.person.currentData()

    def select_person(self, person_id: int) -> bool:
        row = self.person.findData(person_id)
        if row >= 0:
            self.person.setCurrentIndex(row)
        return row >= 0

    # -- page lifecycle ----------------------------------------------------

    def reload(self) -> None:
        chosen = self.person_id()
        people = [p for p in queries.people() if p.relation in RELATION_SUFFIX]
        self.person.blockSignals(True)
        self.person.clear()
        for p in people:
            self.person.addItem(
                f"{first_line(p.name)} ({self.tr(RELATION_SUFFIX[p.relation])})", p.id
            )
        row = self.person.findData(chosen) if chosen is not None else -1
        self.person.setCurrentIndex(row if row >= 0 else (0 if people else -1))
        self.person.blockSignals(False)
        self.body.setCurrentWidget(self.content if people else self.nobody)
        keep = self.person_id() == self._shown_person and self.agenda.document().isModified()
        self.show_prep(keep_agenda=keep)

    def clear(self) -> None:
        self._agenda_timer.stop()
        if self._open_dialog is not None:
            dialog, self._open_dialog = self._open_dialog, None
            if hasattr(dialog, "wipe"):
                dialog.wipe()
            dialog.reject()
        self.prep = None
        self._shown_person = None
        self.person.blockSignals(True)
        self.person.clear()
        self.person.blockSignals(False)
        for model in (self.mine_model, self.theirs_model, self.goals_model, self.ratings_model):
            model.clear()
        self.last.clear()
        self.agenda.clear()
        self.agenda.document().setModified(False)
        self.summary.clear()
        self.theirs_box.setTitle(self.tr("Theirs"))
        self.goals_state.set_message(self.tr("No active goals."))
        self._set_enabled(False)

    # -- the agenda's draft ------------------------------------------------

    def _agenda_edited(self) -> None:
        if self.agenda.document().isModified() and self._shown_person is not None:
            self._agenda_timer.start()

    def park_agenda(self) -> None:
        """Keep an edited agenda as a draft (called before locking, and as the user types)."""
        self._agenda_timer.stop()
        if self._shown_person is None or not self.agenda.document().isModified():
            return
        try:
            drafts.save_agenda(self._shown_person, self.agenda.toPlainText())
        except JournalError as exc:
            log.warning("agenda draft not kept: %s", type(exc).__name__)

    def _drop_agenda_draft(self, person_id: int | None) -> None:
        if person_id is not None:
            drafts.discard_agenda(person_id)

    def _agenda_draft(self, person_id: int) -> str | None:
        return drafts.agenda(person_id)

    def show_prep(self, keep_agenda: bool = False, fresh: bool = False) -> None:
        """Show the prep for the chosen person; ``fresh`` drafts a new agenda over a kept one."""
        person_id = self.person_id()
        if person_id is None:
            self.prep = None
            self._shown_person = None
        else:
            try:
                self.prep = session_prep(person_id)
            except JournalError as exc:
                log.warning("could not prepare a session: %s", type(exc).__name__)
                self.prep = None
                alerts.error(self, core_messages.text_of(exc))
        for model in (self.mine_model, self.theirs_model, self.goals_model, self.ratings_model):
            model.reload()
        prep = self.prep
        self._set_enabled(prep is not None)
        if prep is None:
            self.last.clear()
            self.agenda.clear()
            self.summary.clear()
            return
        self._shown_person = prep.person.id
        name = first_line(prep.person.name)
        self.theirs_box.setTitle(self.tr("Theirs ({name})").format(name=name))
        self.goals_state.set_message(
            self.tr("No active goals linked to {name}.").format(name=name)
            + (
                " " + self.tr("Your own goals linked to nobody show here too.")
                if prep.person.relation == "mentor"
                else ""
            )
        )
        self.last.setHtml(last_session_html(prep))
        if not keep_agenda:
            if fresh:
                self._drop_agenda_draft(prep.person.id)
            kept = None if fresh else self._agenda_draft(prep.person.id)
            self.agenda.blockSignals(True)
            self.agenda.setPlainText(prep.draft_agenda if kept is None else kept)
            self.agenda.blockSignals(False)
            self.agenda.document().setModified(kept is not None)
        open_count = len(prep.my_actions) + len(prep.their_actions)
        self.summary.setText(
            "  "
            + self.tr("%n open item(s)", "", open_count)
            + " · "
            + self.tr("%n active goal(s)", "", len(prep.goals) + len(prep.own_goals))
        )
        for view in (self.mine, self.theirs):
            view.resizeColumnToContents(1)

    def _person_changed(self, _row: int) -> None:
        if self.agenda.document().isModified() and self._shown_person is not None:
            if not alerts.confirm(
                self,
                self.tr("Discard your changes to the agenda?"),
                self.tr("Choosing another person drafts a new agenda for them."),
            ):
                self.person.blockSignals(True)
                self.person.setCurrentIndex(self.person.findData(self._shown_person))
                self.person.blockSignals(False)
                return
            self._drop_agenda_draft(self._shown_person)
        self.show_prep()

    def _set_enabled(self, enabled: bool) -> None:
        for widget in (
            self.print_button,
            self.pdf_button,
            self.md_button,
            self.after_button,
            self.rebuild_button,
            self.agenda,
        ):
            widget.setEnabled(enabled)

    def track_dialog(self, dialog: QDialog) -> None:
        """Remember an open dialog so that locking closes and wipes it."""
        self._open_dialog = dialog

    # -- commands ----------------------------------------------------------

    def rebuild_agenda(self) -> None:
        if self.prep is None:
            return
        if self.agenda.document().isModified() and not alerts.confirm(
            self,
            self.tr("Replace your agenda with a fresh draft?"),
            self.tr("Your changes to it will be lost."),
        ):
            return
        self.show_prep(fresh=True)

    def page_html(self) -> str:
        assert self.prep is not None
        return prep_export.prep_html(self.prep, self.agenda.toPlainText())

    def print_prep(self) -> None:
        if self.prep is not None:
            prep_export.print_html(self, self.page_html())

    def _ask(self, caption: str, suffix: str, file_filter: str) -> Path | None:
        assert self.prep is not None
        suggested = folders.export_folder() / prep_export.suggested_name(
            self.prep.person.name, self.prep.today, suffix
        )
        path = alerts.ask_save_path(self, caption, suggested, file_filter)
        if path is not None and not path.suffix:
            path = path.with_suffix(suffix)
        if path is not None:
            folders.remember_export(path)
        return path

    def export_pdf(self) -> Path | None:
        if self.prep is None:
            return None
        path = self._ask("Export session prep as PDF", ".pdf", "PDF files (*.pdf)")
        if path is None:
            return None
        try:
            prep_export.export_pdf(path, self.page_html())
        except OSError as exc:
            alerts.error(
                self,
                self.tr("Could not write {name}.").format(name=path.name),
                exc.strerror or core_messages.text_of(exc),
            )
            return None
        return path

    def export_markdown(self) -> Path | None:
        if self.prep is None:
            return None
        path = self._ask("Export agenda as Markdown", ".md", "Markdown files (*.md)")
        if path is None:
            return None
        try:
            prep_export.export_markdown(path, self.agenda.toPlainText())
        except OSError as exc:
            alerts.error(
                self, f"Could not write {path.name}.", exc.strerror or core_messages.text_of(exc)
            )
            return None
        return path

    def after_session(self) -> None:
        if self.prep is None:
            return
        try:
            session, accepted = AfterSessionDialog.record(
                self.prep.person, self.agenda.toPlainText(), self
            )
        finally:
            self._open_dialog = None
        if not accepted or session is None:
            return
        self.agenda.document().setModified(False)
        self.show_prep(fresh=True)
        self.session_recorded.emit(session.id)
        self.journal_changed.emit()
