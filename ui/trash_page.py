"""The Trash page: what was deleted, restored with one key, or deleted for good.

One row per delete (a person with their sessions is one row). Restore
(Enter or the button) brings a row back exactly as it was; "Delete for good…"
and "Empty trash…" ask first, then purge on a worker thread (the file is
rewritten so no copy stays in it) and say how long copies remain in backups
(``trash.BACKUP_HORIZON_TEXT``).
"""

from __future__ import annotations

import datetime as dt
import html
import logging

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from mentorjournal.domain import trash
from mentorjournal.errors import JournalError
from mentorjournal.storage.journal import Journal

from . import alerts, core_messages, labels, progress, workers
from .pages import focus_first_row, make_table
from .record_models import KeyedRowsModel
from .record_views import EmptyState, SafeBrowser

log = logging.getLogger(__name__)


def counted(counts: dict[str, int]) -> str:
    """ "3 sessions, 1 skill rating" in the window's words."""
    parts = []
    for kind, n in counts.items():
        word = labels.kind_label(kind)
        parts.append(f"{n} {word}" if n == 1 else f"{n} {plural(word)}")
    return ", ".join(parts)


def plural(word: str) -> str:
    return word[:-1] + "ies" if word.endswith("y") and word[-2:-1] not in "aeiou" else word + "s"


class TrashPage(QWidget):
    """Deleted records, newest first; restore, delete for good, empty the trash."""

    journal_changed = Signal()
    restored = Signal(str)  # batch id
    purged = Signal()  # something was deleted for good: nothing older to undo

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.journal: Journal | None = None  # set by the window: purging runs on a worker
        self._batches: list[trash.Batch] = []
        self.model = KeyedRowsModel(
            [self.tr("Deleted"), self.tr("Kind"), self.tr("What"), self.tr("With it")],
            self._rows,
        )
        self.model.tooltip_columns = {2, 3}
        self.table = make_table(self.model, self.tr("Trash"), stretch_column=2, capped=(3,))
        self.table_state = EmptyState(
            self.table,
            self.tr(
                "The trash is empty. What you delete waits here, inside the encrypted journal, "
                "until you restore it or delete it for good."
            ),
        )
        self.detail = SafeBrowser(self.tr("Deleted records"))
        self.restore_button = QPushButton(self.tr("&Restore"))
        self.restore_button.setToolTip(self.tr("Put it back as it was (Enter)"))
        self.purge_button = QPushButton(self.tr("&Delete for good…"))
        self.empty_button = QPushButton(self.tr("E&mpty trash…"))
        self.note = QLabel(
            self.tr("Deleting for good removes the records from the journal file. ")
            + core_messages.translate(trash.BACKUP_HORIZON_TEXT)
        )
        self.note.setWordWrap(True)
        self.note.setObjectName("hint")
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.status = QLabel("")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setAccessibleName(self.tr("Last change"))
        bar = QHBoxLayout()
        bar.addWidget(QLabel("<h2>{}</h2>".format(html.escape(self.tr("Trash")))))
        bar.addStretch(1)
        for button in (self.restore_button, self.purge_button, self.empty_button):
            bar.addWidget(button)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table_state)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 8)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.note)
        self.restore_button.clicked.connect(self.restore_selected)
        self.purge_button.clicked.connect(self.purge_selected)
        self.empty_button.clicked.connect(self.empty)
        self.table.activated.connect(lambda _index: self.restore_selected())
        self.table.selectionModel().selectionChanged.connect(self._show_selected)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._menu)
        self._enable()

    # -- rows ------------------------------------------------------------------

    def _rows(self) -> list[tuple[str, tuple[str, ...]]]:
        rows = []
        for batch in self._batches:
            heads = batch.heads
            what = heads[0].title if heads else ""
            if len(heads) > 1:
                what += self.tr(" and {n} more").format(n=len(heads) - 1)
            kinds = {h.kind for h in heads}
            kind = labels.kind_title(heads[0].kind) if len(kinds) == 1 else self.tr("Several")
            when = batch.deleted_at.replace(tzinfo=dt.UTC).astimezone().strftime("%Y-%m-%d %H:%M")
            rows.append((batch.id, (when, kind, what, counted(batch.with_them()))))
        return rows

    def reload(self) -> None:
        chosen = self.selected_batch()
        try:
            self._batches = trash.batches()
        except JournalError as exc:
            log.warning("trash not read: %s", type(exc).__name__)
            self._batches = []
        self.model.reload()
        row = self.model.row_of(chosen) if chosen is not None else -1
        if row >= 0:
            self.table.selectRow(row)
        else:
            self.detail.clear()
        self._enable()

    def clear(self) -> None:
        self._batches = []
        self.model.clear()
        self.detail.clear()
        self.status.clear()
        self._enable()

    def count(self) -> int:
        return len(self._batches)

    def selected_batch(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.key(rows[0].row()) if rows else None

    def selected_record(self) -> None:
        return None  # nothing here is deleted by Edit ▸ Delete: "Delete for good…" asks

    def focus_list(self) -> None:
        focus_first_row(self.table)

    def _enable(self) -> None:
        chosen = self.selected_batch() is not None
        self.restore_button.setEnabled(chosen)
        self.purge_button.setEnabled(chosen)
        self.empty_button.setEnabled(bool(self._batches))

    def _show_selected(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._enable()
        batch = next((b for b in self._batches if b.id == self.selected_batch()), None)
        if batch is None:
            self.detail.clear()
            return
        e = html.escape
        lines = [
            f"<p>{e(labels.kind_title(i.kind))}: <b>{e(i.title)}</b></p>" for i in batch.items[:200]
        ]
        if len(batch.items) > 200:
            lines.append(
                "<p>" + e(self.tr("… and {n} more").format(n=len(batch.items) - 200)) + "</p>"
            )
        self.detail.setHtml("".join(lines))

    def _menu(self, point) -> None:
        index = self.table.indexAt(point)
        if not index.isValid():
            return
        self.table.selectRow(index.row())
        menu = QMenu(self.table)
        menu.addAction(self.tr("&Restore")).triggered.connect(self.restore_selected)
        menu.addAction(self.tr("&Delete for good…")).triggered.connect(self.purge_selected)
        menu.exec(self.table.viewport().mapToGlobal(point))
        menu.deleteLater()

    # -- commands ----------------------------------------------------------------

    def restore_selected(self) -> None:
        batch_id = self.selected_batch()
        if batch_id is None:
            return
        try:
            done = trash.restore(batch_id)
        except JournalError as exc:
            alerts.error(self, core_messages.text_of(exc))
            self.reload()
            return
        what = done.items[0].title if done.items else ""
        text = self.tr("Restored “{what}”.").format(what=what)
        if done.parents:
            text += " " + self.tr("Also restored what it needs: {names}.").format(
                names=", ".join(p.title for p in done.parents)
            )
        self.status.setText(text)
        self.reload()
        self.restored.emit(batch_id)
        self.journal_changed.emit()

    def purge_selected(self) -> None:
        batch = next((b for b in self._batches if b.id == self.selected_batch()), None)
        if batch is None:
            return
        question = self.tr("Delete “{what}” for good?").format(
            what=batch.heads[0].title if batch.heads else ""
        )
        details = self.tr("{records} will be removed from the journal file. This cannot be undone.")
        details = (
            details.format(records=counted(batch.counts()))
            + " "
            + core_messages.translate(trash.BACKUP_HORIZON_TEXT)
        )
        if alerts.confirm(self, question, details):
            self._purge([batch.id])

    def empty(self) -> None:
        if not self._batches:
            return
        total = sum(len(b.items) for b in self._batches)
        question = self.tr("Empty the trash?")
        details = (
            self.tr(
                "{n} deleted records will be removed from the journal file. This cannot be undone."
            ).format(n=total)
            + " "
            + core_messages.translate(trash.BACKUP_HORIZON_TEXT)
        )
        if alerts.confirm(self, question, details):
            self._purge(None)

    def _purge(self, batch_ids: list[str] | None) -> None:
        journal = self.journal
        if journal is None:
            return

        def work(_report):
            return trash.purge(batch_ids)

        outcome = progress.run(
            self,
            self.tr("Deleting for good"),
            self.tr("Removing the records and rewriting the journal file…"),
            workers.journal_work(journal, work),
        )
        if not outcome.ok:
            alerts.error(self, self.tr("Nothing was deleted for good."), outcome.message)
            self.reload()
            return
        self.purged.emit()
        purged: trash.Purged = outcome.value
        text = self.tr("Deleted for good: {records}.").format(records=counted(purged.counts))
        if purged.kept:
            text += " " + self.tr("Kept, because other records need them: {names}.").format(
                names=", ".join(k.title for k in purged.kept)
            )
        self.status.setText(text)
        self.reload()
        self.journal_changed.emit()
        self.window().activateWindow()  # back from the progress dialog
        if self._batches:
            self.focus_list()
        else:
            self.table_state.setFocus()
