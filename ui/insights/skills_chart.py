"""Skill growth: the chosen skill's ratings over time against its target, and a
table of every skill's growth since its first rating."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Sequence

from PySide6.QtCharts import QCategoryAxis, QValueAxis
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from mentorjournal.analytics import insights
from mentorjournal.analytics.stats import RatingPoint, SkillGrowth

from .axes import setup_date_axis, setup_rating_axis, to_ms
from .chart_base import ChartPanel, Pick, colour, fmt_day, line_pen

log = logging.getLogger(__name__)

SOURCES = {
    "self": "self-rating",
    "mentor": "mentor feedback",
    "peer": "peer feedback",
    "other": "other",
}


class SkillsChart(ChartPanel):
    slug = "skill-growth"
    empty_text = "No ratings of this skill in this range."
    no_skills_text = (
        "No skill ratings yet.\nAdd a skill and rate it now and then (1–10) to see it grow "
        "towards its target."
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Skill growth", parent)
        self.skill_box = QComboBox()
        self.skill_box.setAccessibleName("Skill to chart")
        self.skill_box.setMinimumContentsLength(18)
        self.skill_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.skill_box.currentIndexChanged.connect(lambda _i: self.refill())
        self.controls.addWidget(self.skill_box)

        self.growth_table = QTableWidget(0, 5)
        self.growth_table.setHorizontalHeaderLabels(
            ["Skill", "First", "Latest", "Growth", "Target"]
        )
        self.growth_table.setAccessibleName("Growth since the first rating, per skill")
        self.growth_table.verticalHeader().hide()
        self.growth_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.growth_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.growth_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.growth_table.setAlternatingRowColors(True)
        header = self.growth_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.growth_table.itemSelectionChanged.connect(self._table_selected)
        self.body.addWidget(self.growth_table, 2)

        self.x_axis = QCategoryAxis()
        self.y_axis = QValueAxis()
        setup_rating_axis(self.y_axis, "Rating (1–10)")
        self.chart.addAxis(self.x_axis, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(self.y_axis, Qt.AlignmentFlag.AlignLeft)
        self.target_line = self.add_line("Target")
        self.ratings_line = self.add_line("Ratings")
        self.ratings_line.setPointsVisible(True)
        self.skills: list[SkillGrowth] = []
        self._range: tuple[dt.date, dt.date] | None = None
        self.shown: list[RatingPoint] = []
        self._filling = False

    def style_series(self, dark: bool) -> None:
        self.ratings_line.setPen(line_pen(colour("confidence", dark), 2.4))
        self.ratings_line.setMarkerSize(8)
        self.target_line.setPen(line_pen(colour("target", dark), 1.8, Qt.PenStyle.DashLine))

    @property
    def skill(self) -> SkillGrowth | None:
        skill_id = self.skill_box.currentData()
        return next((s for s in self.skills if s.skill_id == skill_id), None)

    def show_data(self, skills: Sequence[SkillGrowth], start: dt.date, end: dt.date) -> None:
        self._range = (start, end)
        self.skills = [s for s in skills if s.ratings]
        chosen = self.skill_box.currentData()
        if chosen not in {s.skill_id for s in self.skills}:
            in_range = [
                (sum(1 for r in s.ratings if start <= r.day <= end), s.skill_id)
                for s in self.skills
            ]
            chosen = max(in_range, default=(0, None), key=lambda pair: pair[0])[1]
        self._filling = True
        try:
            self.skill_box.clear()
            for s in self.skills:
                self.skill_box.addItem(s.name, s.skill_id)
            self.skill_box.setCurrentIndex(max(0, self.skill_box.findData(chosen)))
            self._fill_table()
        finally:
            self._filling = False
        self.refill()

    def _fill_table(self) -> None:
        self.growth_table.setRowCount(len(self.skills))
        for row, s in enumerate(self.skills):
            cells = [
                s.name,
                str(s.first),
                str(s.latest),
                f"{s.growth:+d}",
                "" if s.target is None else str(s.target),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                item.setToolTip(
                    f"{s.name}: {len(s.ratings)} ratings since {fmt_day(s.ratings[0].day)}"
                    + ("" if s.to_target is None else f"; {s.to_target:+d} to target")
                )
                self.growth_table.setItem(row, column, item)

    def _table_selected(self) -> None:
        rows = self.growth_table.selectionModel().selectedRows()
        if rows and not self._filling:
            self.skill_box.setCurrentIndex(rows[0].row())

    def refill(self) -> None:
        if self._filling or self._range is None:
            return
        start, end = self._range
        skill = self.skill
        self.picks.clear()
        if skill is None:
            self.shown = []
            self.ratings_line.clear()
            self.target_line.clear()
            self.subtitle.clear()
            self.show_chart(False, self.no_skills_text)
            return
        self.shown = insights.between(skill.ratings, start, end, lambda r: r.day)
        xs = [to_ms(r.day) + 12 * 3600_000 for r in self.shown]
        ys = [float(r.value) for r in self.shown]
        self.ratings_line.setName(skill.name)
        self.ratings_line.replace([QPointF(x, y) for x, y in zip(xs, ys, strict=True)])
        shown = self.shown
        self.picks.add(
            Pick(
                self.ratings_line,
                xs,
                ys,
                lambda i: (
                    f"{fmt_day(shown[i].day)}\n{skill.name}: {shown[i].value}/10 "
                    f"({SOURCES.get(shown[i].source, shown[i].source)})"
                ),
                lambda i: ("rating", shown[i].id),
            )
        )
        if skill.target is None:
            self.target_line.clear()
            self.target_line.setName("No target set")
        else:
            self.target_line.setName(f"Target {skill.target}")
            self.target_line.replace(
                [
                    QPointF(to_ms(start), skill.target),
                    QPointF(to_ms(end + dt.timedelta(days=1)), skill.target),
                ]
            )
        self.layout_axes()
        self.subtitle.setText(self._summary(skill))
        self.show_chart(
            bool(self.shown),
            f"No ratings of {skill.name} in this range "
            f"(last rated {fmt_day(skill.ratings[-1].day)}).",
        )
        row = self.skill_box.currentIndex()
        if self.growth_table.currentRow() != row:
            self._filling = True
            self.growth_table.selectRow(row)
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

    def layout_axes(self) -> None:
        if self._range is not None:
            setup_date_axis(self.x_axis, *self._range, self.plot_width())

    def clear_data(self) -> None:
        self.skills, self.shown, self._range = [], [], None
        self._filling = True
        self.skill_box.clear()
        self.growth_table.setRowCount(0)
        self._filling = False

    def table(self) -> tuple[Sequence[str], list[Sequence[object]]]:
        skill = self.skill
        header = ("skill", "rated_on", "value", "source", "target", "rating_id")
        if skill is None:
            return header, []
        return header, [
            (skill.name, r.day.isoformat(), r.value, r.source, skill.target, r.id)
            for r in self.shown
        ]
