"""Rate several skills at once: a starting point (baseline) or a re-assessment.

One spin box per skill (1–10, or "–" to skip it), and how often Insights
should ask again. Saving adds one self-rating per skill given a value.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Sequence

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from mentorjournal.analytics.stats import SkillGrowth
from mentorjournal.domain import preferences, records
from mentorjournal.errors import JournalError
from ui import alerts, core_messages

log = logging.getLogger(__name__)


class RateSkillsDialog(QDialog):
    def __init__(
        self,
        baseline: Sequence[SkillGrowth],
        reassess: Sequence[SkillGrowth],
        today: dt.date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Rate your skills"))
        self.today = today
        intro = QLabel(
            self.tr(
                "Where do you stand today, from 1 (just starting) to 10 (could teach it)? "
                "Leave a skill at “–” to skip it."
            )
        )
        intro.setWordWrap(True)
        form_box = QWidget()
        form = QFormLayout(form_box)
        self.spins: dict[int, QSpinBox] = {}
        self._baseline = {s.skill_id for s in baseline}
        for skill, baseline_skill in [(s, True) for s in baseline] + [(s, False) for s in reassess]:
            spin = QSpinBox()
            spin.setRange(0, 10)
            spin.setSpecialValueText("–")
            spin.setValue(0 if baseline_skill or skill.latest is None else skill.latest)
            spin.setSuffix(" / 10")
            spin.setAccessibleName(self.tr("Rating of %s") % skill.name)
            hint = (
                self.tr("(first rating)")
                if baseline_skill
                else self.tr("(last %d on %s)") % (skill.latest or 0, skill.ratings[-1].day)
            )
            form.addRow(f"{skill.name} {hint}", spin)
            self.spins[skill.skill_id] = spin
        scroll = QScrollArea()
        scroll.setWidget(form_box)
        scroll.setWidgetResizable(True)
        self.interval = QComboBox()
        self.interval.setAccessibleName(self.tr("Ask me to re-rate every"))
        for months in preferences.REASSESS_CHOICES:
            text = self.tr("never") if not months else self.tr("%d months") % months
            if months == 1:
                text = self.tr("month")
            self.interval.addItem(text, months)
        self.interval.setCurrentIndex(self.interval.findData(preferences.reassess_months()))
        interval_row = QFormLayout()
        interval_row.addRow(self.tr("Ask again &every:"), self.interval)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addLayout(interval_row)
        layout.addWidget(buttons)
        self.saved = 0

    def save(self) -> None:
        try:
            preferences.set_reassess_months(int(self.interval.currentData()))
            for skill_id, spin in self.spins.items():
                if spin.value():
                    note = "baseline" if skill_id in self._baseline else "re-assessment"
                    records.create(
                        "rating",
                        skill=skill_id,
                        rated_on=self.today,
                        value=spin.value(),
                        source="self",
                        note=note,
                    )
                    self.saved += 1
        except JournalError as exc:
            alerts.error(
                self, self.tr("The ratings could not be saved."), core_messages.text_of(exc)
            )
            return
        self.accept()
