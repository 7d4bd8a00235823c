"""Edit ▸ Tidy up…: rename and merge tags, skills and people (``domain.tidy``).

After bringing several apps in, one thing often has several names. The dialog
lists the tags, skills or people with how much carries each; choose one (or,
for tags, several), type a new name or the name to merge into, and Rename or
Merge. A merge asks first and says what moves (counts); a result line says
what happened. The links follow (``domain.tidy``: one transaction each).
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mentorjournal.domain import queries, tidy
from mentorjournal.errors import JournalError

from . import alerts

log = logging.getLogger(__name__)

ERROR_STYLE = "color: #c62828;"
#: What links to a skill or a person, by "kind.field", as people say it.
_LINK_WORDS = {
    "rating.skill": QT_TRANSLATE_NOOP("TidyDialog", "ratings"),
    "win.skill": QT_TRANSLATE_NOOP("TidyDialog", "wins"),
    "session.person": QT_TRANSLATE_NOOP("TidyDialog", "sessions"),
    "goal.person": QT_TRANSLATE_NOOP("TidyDialog", "goals"),
    "action.person": QT_TRANSLATE_NOOP("TidyDialog", "action items"),
    "person.introduced_by": QT_TRANSLATE_NOOP("TidyDialog", "people introduced"),
}


def _plural(count: int, one: str, many: str) -> str:
    return f"{count} {one if count == 1 else many}"


class TidyDialog(QDialog):
    """Rename or merge tags, skills and people; ``changed`` after each change."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tidyDialog")
        self.setWindowTitle(self.tr("Tidy up — MentorJournal"))
        self.setModal(True)
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("What to tidy"))
        self.kind.addItem(self.tr("Tags"), "tag")
        self.kind.addItem(self.tr("Skills"), "skill")
        self.kind.addItem(self.tr("People"), "person")
        self.kind.currentIndexChanged.connect(self.reload)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Names"))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.itemSelectionChanged.connect(self._selection_changed)
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("New name, or the name to merge into"))
        self.name.setPlaceholderText(self.tr("A new name, or the name to merge into"))
        self.completer = QCompleter([], self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.name.setCompleter(self.completer)
        self.rename_button = QPushButton(self.tr("&Rename"))
        self.rename_button.setAutoDefault(False)
        self.rename_button.clicked.connect(self.rename)
        self.merge_button = QPushButton(self.tr("&Merge into"))
        self.merge_button.setAutoDefault(False)
        self.merge_button.clicked.connect(self.merge)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.reject)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setAccessibleName(self.tr("Tidy result"))
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        intro = QLabel(
            self.tr(
                "Give one thing one name: rename it, or merge it into another (its sessions, "
                "reflections, ratings and links move along)."
            )
        )
        intro.setWordWrap(True)
        form = QFormLayout()
        kind_label = QLabel(self.tr("&Tidy:"))
        kind_label.setBuddy(self.kind)
        form.addRow(kind_label, self.kind)
        list_label = QLabel(self.tr("&Choose:"))
        list_label.setBuddy(self.list)
        form.addRow(list_label, self.list)
        name_label = QLabel(self.tr("&Name:"))
        name_label.setBuddy(self.name)
        form.addRow(name_label, self.name)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.rename_button)
        buttons.addWidget(self.merge_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form, 1)
        layout.addWidget(self.result)
        layout.addLayout(buttons)
        self.resize(560, 480)
        self.reload()
        self.list.setFocus()

    # -- listing --------------------------------------------------------------------

    def current_kind(self) -> str:
        return str(self.kind.currentData())

    def rows(self) -> list[tuple[str, Any, str]]:
        """(name, reference, what carries it) of the chosen kind."""
        kind = self.current_kind()
        if kind == "tag":
            return [
                (name, name, self._tag_usage(refl, sess)) for name, refl, sess in tidy.tag_usage()
            ]
        if kind == "skill":
            return [
                (skill.name, skill.id, self._usage("skill", skill.id))
                for skill, _v, _d in queries.skills_with_latest()
            ]
        return [(p.name, p.id, self._usage("person", p.id)) for p in queries.people()]

    def _tag_usage(self, reflections: int, sessions: int) -> str:
        return ", ".join(
            [
                _plural(reflections, self.tr("reflection"), self.tr("reflections")),
                _plural(sessions, self.tr("session"), self.tr("sessions")),
            ]
        )

    def _usage(self, kind: str, record_id: int) -> str:
        linked = queries.linked_to(kind, record_id)
        parts = [
            f"{len(found)} {self.tr(_LINK_WORDS.get(key, key.split('.')[0]))}"
            for key, found in linked.items()
        ]
        return ", ".join(parts) or self.tr("nothing linked")

    def reload(self, *_args: object) -> None:
        kind = self.current_kind()
        self.list.setSelectionMode(
            QAbstractItemView.SelectionMode.ExtendedSelection
            if kind == "tag"
            else QAbstractItemView.SelectionMode.SingleSelection
        )
        self.list.clear()
        try:
            rows = self.rows()
        except JournalError as exc:
            self._say(str(exc), problem=True)
            rows = []
        for name, ref, usage in rows:
            item = QListWidgetItem(f"{name} — {usage}")
            item.setData(Qt.ItemDataRole.UserRole, (name, ref, usage))
            self.list.addItem(item)
        self.completer.setModel(None)
        self.completer = QCompleter([name for name, _r, _u in rows], self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.name.setCompleter(self.completer)
        self._selection_changed()

    def chosen(self) -> list[tuple[str, Any, str]]:
        return [item.data(Qt.ItemDataRole.UserRole) for item in self.list.selectedItems()]

    def _selection_changed(self) -> None:
        chosen = self.chosen()
        self.rename_button.setEnabled(len(chosen) == 1)
        self.merge_button.setEnabled(bool(chosen))

    def _say(self, text: str, *, problem: bool = False) -> None:
        self.result.setStyleSheet(ERROR_STYLE if problem else "")
        self.result.setText(text)

    def _target(self, chosen: list[tuple[str, Any, str]]) -> tuple[Any, str] | None:
        """The record to merge into, by the typed name (a tag may be a new name)."""
        typed = self.name.text().strip()
        if not typed:
            self._say(self.tr("Type the name to merge into."), problem=True)
            self.name.setFocus()
            return None
        for name, ref, _usage in self._all():
            if name.casefold() == typed.casefold():
                if any(ref == c[1] for c in chosen):
                    self._say(self.tr("Something cannot be merged into itself."), problem=True)
                    return None
                return ref, name
        if self.current_kind() == "tag":
            return typed, typed
        self._say(
            self.tr("No {what} called {name!r}.").format(
                what=self.kind.currentText().lower().rstrip("s"), name=typed
            ),
            problem=True,
        )
        self.name.setFocus()
        return None

    def _all(self) -> list[tuple[str, Any, str]]:
        return [
            self.list.item(row).data(Qt.ItemDataRole.UserRole) for row in range(self.list.count())
        ]

    # -- changing -------------------------------------------------------------------

    def rename(self) -> None:
        chosen = self.chosen()
        new = self.name.text().strip()
        if len(chosen) != 1:
            return
        if not new:
            self._say(self.tr("Type the new name."), problem=True)
            self.name.setFocus()
            return
        self._run(lambda: tidy.rename(self.current_kind(), chosen[0][1], new))

    def merge(self) -> None:
        chosen = self.chosen()
        if not chosen:
            return
        target = self._target(chosen)
        if target is None:
            return
        ref, into = target
        names = ", ".join(repr(name) for name, _r, _u in chosen)
        moves = "; ".join(f"{name}: {usage}" for name, _r, usage in chosen)
        question = self.tr("Merge {names} into {into!r}?").format(names=names, into=into)
        details = self.tr(
            "What moves to {into!r}: {moves}. The merged names are removed; this cannot be undone."
        ).format(into=into, moves=moves)
        if not alerts.confirm(self, question, details):
            return
        self._run(lambda: tidy.merge(self.current_kind(), [c[1] for c in chosen], ref))

    def _run(self, change: Any) -> None:
        try:
            done = change()
        except JournalError as exc:
            self._say(str(exc), problem=True)
            return
        self._say(done.summary())
        self.name.clear()
        self.reload()
        self.list.setFocus()
        self.changed.emit()


def open_tidy(window: QWidget) -> TidyDialog:
    """Show the tidy dialog over ``window``; the window reloads after each change."""
    dialog = TidyDialog(window)
    reload = getattr(window, "reload", None)
    if callable(reload):
        dialog.changed.connect(reload)
    locked = getattr(window, "locked", None)
    if locked is not None:  # names of the journal are not left on screen
        locked.connect(dialog.reject)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog
