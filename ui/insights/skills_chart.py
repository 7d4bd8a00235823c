"""Skill growth: every skill at a glance (then → now in the range, against its target), and
the chosen skill's whole history with its target, beside a table of every skill's growth.

The table and the history do not depend on the range: they are filled once per
data change (a model set in one go), not on every range switch.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QWidget

from mentorjournal.analytics.overview import SkillThenNow
from mentorjournal.analytics.stats import RatingPoint, SkillGrowth
from mentorjournal.charts.bars import Change, ChangeChart
from mentorjournal.charts.ticks import MIDDAY, day_x, fmt_day
from mentorjournal.charts.time_chart import Rule, Series, TimeChart

from .chart_base import ChartPanel, RowsModel, make_table_view

log = logging.getLogger(__name__)

SOURCES = {
    "self": "self-rating",
    "mentor": "mentor feedback",
    "peer": "peer feedback",
    "other": "other",
}


def growth_text(skill: SkillThenNow) -> str:
    target = ""
    if skill.target is not None:
        target = (
            " · target reached"
            if skill.reached
            else f" · {skill.target - skill.now} to the target of {skill.target}"
        )
    return (
        f"{skill.name}: {skill.then} → {skill.now} ({skill.change:+d}) from "
        f"{fmt_day(skill.then_day)} to {fmt_day(skill.now_day)}{target}"
    )


class SkillChangesChart(ChartPanel):
    """Every skill rated in the range, most grown first: a click opens its history."""

    slug = "skills-at-a-glance"
    empty_text = QT_TRANSLATE_NOOP("SkillChangesChart", "No skill was rated in this range.")
    skill_chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        self.change_chart = ChangeChart()
        super().__init__(
            QCoreApplication.translate("SkillChangesChart", "Skill growth at a glance"),
            self.change_chart,
            parent,
        )
        self.skills: list[SkillThenNow] = []

    def show_data(self, skills: Sequence[SkillThenNow]) -> None:
        self.skills = list(skills)
        self.change_chart.rows_data = [
            Change(
                s.name,
                s.then,
                s.now,
                s.target,
                growth_text(s) + "\nClick to see its whole history.",
                ("skill", s.skill_id),
            )
            for s in self.skills
        ]
        lines = self.fontMetrics().height()
        self.view.setMinimumHeight(int(max(lines * 8, self.change_chart.wanted_height())))
        if self.skills:
            grown = sum(1 for s in self.skills if s.change > 0)
            reached = sum(1 for s in self.skills if s.reached)
            targets = sum(1 for s in self.skills if s.target is not None)
            self.subtitle.setText(
                self.tr(
                    "%n skill(s) rated in this range; {grown} grew; {reached} of {targets} with "
                    "a target reached it. From where each stood when the range began to its "
                    "latest rating.",
                    "",
                    len(self.skills),
                ).format(grown=grown, reached=reached, targets=targets)
            )
        else:
            self.subtitle.clear()
        self.show_chart(bool(self.skills))

    def clicked(self, kind: str, record_id: int) -> None:
        if kind == "skill":
            self.skill_chosen.emit(record_id)
        else:
            super().clicked(kind, record_id)

    def clear_data(self) -> None:
        self.skills = []
        self.change_chart.rows_data = []

    def table(self) -> tuple[Sequence[str], list[Sequence[object]]]:
        header = ("skill", "then", "then_on", "now", "now_on", "change", "target", "reached")
        return header, [
            (
                s.name,
                s.then,
                s.then_day.isoformat(),
                s.now,
                s.now_day.isoformat(),
                s.change,
                s.target,
                None if s.reached is None else ("yes" if s.reached else "no"),
            )
            for s in self.skills
        ]


class SkillsChart(ChartPanel):
    """The chosen skill's whole history against its target; a table of every skill."""

    slug = "skill-history"
    empty_text = QT_TRANSLATE_NOOP("SkillsChart", "No ratings of this skill yet.")
    no_skills_text = QT_TRANSLATE_NOOP(
        "SkillsChart",
        "No skill ratings yet.\nAdd a skill and rate it now and then (1–10) to see it grow "
        "towards its target.",
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        self.time_chart = TimeChart(y_title="Rating (1–10)")
        super().__init__(
            QCoreApplication.translate("SkillsChart", "Skill history"), self.time_chart, parent
        )
        self.skill_box = QComboBox()
        self.skill_box.setAccessibleName(self.tr("Skill to chart"))
        self.skill_box.setMinimumContentsLength(18)
        self.skill_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.skill_box.currentIndexChanged.connect(lambda _i: self.refill())
        self.controls.addWidget(self.skill_box)

        self.growth_view = make_table_view(self.tr("Growth since the first rating, per skill"))

        self.growth_model = RowsModel(self)
        self.growth_view.setModel(self.growth_model)
        self.growth_view.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._table_selected(current.row())
        )
        self.body.addWidget(self.growth_view, 2)

        self.line = Series("Ratings", "confidence", "line", width=2.4, pickable=False)
        self.points = Series("", "confidence", "points", size=8, legend=False)
        self.target = Rule(0, "target", "Target")
        self.time_chart.series = [self.line, self.points]
        self.skills: list[SkillGrowth] = []
        self.shown: list[RatingPoint] = []
        self._filling = False
        self._given: Sequence[SkillGrowth] | None = None
        self._today = dt.date.today()
        self.table_fills = 0  # how often the growth table was filled (once per data change)

    @property
    def skill(self) -> SkillGrowth | None:
        skill_id = self.skill_box.currentData()
        return next((s for s in self.skills if s.skill_id == skill_id), None)

    def show_data(self, skills: Sequence[SkillGrowth], today: dt.date) -> None:
        """Every skill's ratings (all time): filled once per data change."""
        if skills is self._given and today == self._today:
            return  # the same numbers (a range switch or a refresh with nothing changed)
        self._given = skills
        self._today = today
        self.skills = [s for s in skills if s.ratings]
        chosen = self.skill_box.currentData()
        if chosen not in {s.skill_id for s in self.skills}:
            chosen = (
                max(self.skills, key=lambda s: len(s.ratings)).skill_id if self.skills else None
            )
        self._filling = True
        try:
            self.skill_box.clear()
            for s in self.skills:
                self.skill_box.addItem(s.name, s.skill_id)
            self.skill_box.setCurrentIndex(max(0, self.skill_box.findData(chosen)))
            self.growth_model.set_rows(
                (
                    self.tr("Skill"),
                    self.tr("First"),
                    self.tr("Latest"),
                    self.tr("Growth"),
                    self.tr("Target"),
                ),
                [
                    (
                        s.name,
                        s.first,
                        s.latest,
                        f"{s.growth:+d}",
                        "" if s.target is None else s.target,
                    )
                    for s in self.skills
                ],
                [
                    f"{s.name}: {len(s.ratings)} ratings since {fmt_day(s.ratings[0].day)}"
                    + ("" if s.to_target is None else f"; {s.to_target:+d} to target")
                    for s in self.skills
                ],
            )
            self.growth_view.resizeColumnsToContents()
            self.table_fills += 1
        finally:
            self._filling = False
        self.refill()

    def select(self, skill_id: int) -> None:
        index = self.skill_box.findData(skill_id)
        if index >= 0:
            self.skill_box.setCurrentIndex(index)

    def _table_selected(self, row: int) -> None:
        if not self._filling and 0 <= row < self.skill_box.count():
            self.skill_box.setCurrentIndex(row)

    def refill(self) -> None:
        if self._filling:
            return
        skill = self.skill
        if skill is None:
            self.shown = []
            self.line.set([], [])
            self.points.set([], [])
            self.subtitle.clear()
            self.show_chart(False, self.tr(self.no_skills_text))
            return
        self.shown = shown = list(skill.ratings)
        xs = [day_x(r.day) + MIDDAY for r in shown]
        ys = [float(r.value) for r in shown]
        self.line.name = skill.name
        self.line.set(xs, ys)
        self.points.set(xs, ys)
        self.points.tip = lambda i: (
            f"{fmt_day(shown[i].day)}\n{skill.name}: {shown[i].value}/10 "
            f"({SOURCES.get(shown[i].source, shown[i].source)})"
        )
        self.points.record = lambda i: ("rating", shown[i].id)
        if skill.target is None:
            self.time_chart.rules = []
        else:
            self.target.y, self.target.name = skill.target, f"Target {skill.target}"
            self.time_chart.rules = [self.target]
        self.time_chart.set_range(shown[0].day, max(shown[-1].day, self._today))
        self.subtitle.setText(self._summary(skill))
        self.show_chart(True)
        row = self.skill_box.currentIndex()
        if self.growth_view.currentIndex().row() != row:
            self._filling = True
            self.growth_view.selectRow(row)
            self._filling = False

    def _summary(self, skill: SkillGrowth) -> str:
        text = (
            f"{skill.name}: {skill.first} → {skill.latest} since the first rating on "
            f"{fmt_day(skill.ratings[0].day)} ({skill.growth:+d})."
        )
        if skill.to_target is not None:
            text += (
                " Target reached."
                if skill.to_target <= 0
                else f" {skill.to_target} to go to the target of {skill.target}."
            )
        return text

    def clear_data(self) -> None:
        self._given = None
        self.skills, self.shown = [], []
        self._filling = True
        self.skill_box.clear()
        self.growth_model.set_rows((), ())
        self._filling = False
        self.line.set([], [])
        self.points.set([], [])

    def table(self) -> tuple[Sequence[str], list[Sequence[object]]]:
        skill = self.skill
        header = ("skill", "rated_on", "value", "source", "target", "rating_id")
        if skill is None:
            return header, []
        return header, [
            (skill.name, r.day.isoformat(), r.value, r.source, skill.target, r.id)
            for r in self.shown
        ]
