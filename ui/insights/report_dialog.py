"""The progress report from Insights: the period and person shown, the reflections to include
(ticked; their text only when chosen), then PDF or Markdown, written off the UI thread."""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mentorjournal import report
from mentorjournal.domain import queries
from ui import alerts, progress, workers

log = logging.getLogger(__name__)

MAX_LISTED = 300
PLAINTEXT_NOTE = QT_TRANSLATE_NOOP(
    "ReportDialog", "The report is not encrypted: keep it safe, and share it only on purpose."
)


class ReportDialog(QDialog):
    def __init__(
        self,
        start: dt.date,
        end: dt.date,
        person_id: int | None,
        person_name: str | None,
        today: dt.date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Progress report"))
        self.person_id, self.today = person_id, today
        self.start_edit, self.end_edit = QDateEdit(), QDateEdit()
        for edit, day, name in (
            (self.start_edit, start, self.tr("Report from")),
            (self.end_edit, end, self.tr("Report to")),
        ):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("d MMM yyyy")
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.setAccessibleName(name)
            edit.dateChanged.connect(lambda _d: self._list_reflections())
        form = QFormLayout()
        form.addRow(self.tr("&From:"), self.start_edit)
        form.addRow(self.tr("&To:"), self.end_edit)
        form.addRow(self.tr("For:"), QLabel(person_name or self.tr("Everyone")))
        self.reflections = QListWidget()
        self.reflections.setAccessibleName(self.tr("Reflections to include"))
        self.include_text = QCheckBox(self.tr("Include the &text of the ticked reflections"))
        self.include_text.setToolTip(
            self.tr("Off: only their titles and dates (private text stays out).")
        )
        note = QLabel(self.tr(PLAINTEXT_NOTE))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.pdf_button = QPushButton(self.tr("Save as &PDF…"))
        self.md_button = QPushButton(self.tr("Save as &Markdown…"))
        buttons.addButton(self.pdf_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.md_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.pdf_button.clicked.connect(lambda: self.save("pdf"))
        self.md_button.clicked.connect(lambda: self.save("md"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Tick the &reflections to include:")))
        layout.addWidget(self.reflections, 1)
        layout.addWidget(self.include_text)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.resize(560, 520)
        self.written: Path | None = None
        self.pages = 0
        self._list_reflections()

    def period(self) -> tuple[dt.date, dt.date]:
        a, b = self.start_edit.date().toPython(), self.end_edit.date().toPython()
        return (a, b) if a <= b else (b, a)

    def _list_reflections(self) -> None:
        start, end = self.period()
        self.reflections.clear()
        found = queries.reflections(start, end)[:MAX_LISTED]
        for r in found:
            item = QListWidgetItem(
                f"{r.written_at:%Y-%m-%d} · " + (r.title or self.tr("Untitled reflection"))
            )
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setData(Qt.ItemDataRole.UserRole, int(r.id))
            self.reflections.addItem(item)

    def ticked(self) -> tuple[int, ...]:
        return tuple(
            int(self.reflections.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.reflections.count())
            if self.reflections.item(i).checkState() == Qt.CheckState.Checked
        )

    def options(self) -> report.Options:
        start, end = self.period()
        return report.Options(
            start=start,
            end=end,
            person=self.person_id,
            reflections=self.ticked(),
            include_text=self.include_text.isChecked(),
            today=self.today,
        )

    def save(self, kind: str) -> None:
        suffix = ".pdf" if kind == "pdf" else ".md"
        name = f"mentorjournal-progress-report-{self.today.isoformat()}{suffix}"
        filters = self.tr("PDF files (*.pdf)") if kind == "pdf" else self.tr("Markdown (*.md)")
        path = alerts.ask_save_path(self, self.tr("Save the progress report"), name, filters)
        if path is None:
            return
        if path.suffix.lower() != suffix:
            path = path.with_name(path.name + suffix)
        options = self.options()

        def work(_report):
            return report.write(path, report.gather(options))

        journal = getattr(self.parent().window() if self.parent() else None, "journal", None)
        fn = workers.journal_work(journal, work) if journal is not None else work
        outcome = progress.run(
            self, self.tr("Progress report"), self.tr("Writing %s…") % path.name, fn
        )
        if not outcome.ok:
            alerts.error(self, self.tr("The report was not written."), outcome.message)
            return
        self.written, self.pages = path, int(outcome.value or 0)
        log.info("progress report written (%s)", kind)
        self.accept()
