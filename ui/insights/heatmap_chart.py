"""A year in pixels: each day's confidence or motivation, session days marked."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from mentorjournal.analytics import days
from mentorjournal.analytics.readings import MoodPoint
from mentorjournal.analytics.stats import HeldSession
from mentorjournal.charts.heatmap import Heatmap
from mentorjournal.charts.ticks import fmt_day

from .chart_base import ChartPanel

log = logging.getLogger(__name__)


class HeatmapChart(ChartPanel):
    slug = "calendar"
    empty_text = QT_TRANSLATE_NOOP(
        "HeatmapChart", "No ratings in this range to colour the calendar with."
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        self.heatmap = Heatmap()
        super().__init__(
            QCoreApplication.translate("HeatmapChart", "Day by day"), self.heatmap, parent
        )
        self.field_box = QComboBox()
        self.field_box.addItem(self.tr("Confidence"), "confidence")
        self.field_box.addItem(self.tr("Motivation"), "motivation")
        self.field_box.setAccessibleName(self.tr("Colour the days by"))
        self.field_box.currentIndexChanged.connect(lambda _i: self.refill())
        label = QLabel(self.tr("Colour &by:"))
        label.setBuddy(self.field_box)
        self.controls.addWidget(label)
        self.controls.addWidget(self.field_box)
        self.cells: dict[dt.date, days.DayCell] = {}
        self.marks: set[dt.date] = set()
        self._data: tuple[Sequence[MoodPoint], Sequence[HeldSession], dt.date, dt.date] | None = (
            None
        )

    @property
    def field(self) -> str:
        return str(self.field_box.currentData())

    def show_data(
        self,
        mood: Sequence[MoodPoint],
        held: Sequence[HeldSession],
        start: dt.date,
        end: dt.date,
        role: str,
    ) -> None:
        self._data = ([p for p in mood if p.role == role], held, start, end)
        self.role = role
        self.refill()

    def refill(self) -> None:
        if self._data is None:
            return
        mood, held, start, end = self._data
        self.heatmap.colour = self.field
        self.heatmap.set_data({}, set(), start, end)
        shown_start = self.heatmap.start
        self.cells = days.day_cells(mood, self.field, shown_start, end)
        self.marks = days.session_days(held, shown_start, end)
        self.heatmap.set_data({d: c.mean for d, c in self.cells.items()}, self.marks, start, end)
        cells, marks, field = self.cells, self.marks, self.field

        def tip(day: dt.date) -> str:
            cell = cells.get(day)
            text = fmt_day(day)
            if cell is not None:
                text += (
                    f"\n{field.capitalize()} {cell.mean:.1f}"
                    f" ({cell.count} rating{'s' if cell.count != 1 else ''})"
                )
            if day in marks:
                text += "\nSession day"
            return text

        self.heatmap.tip = tip
        lines = self.fontMetrics().height()
        self.view.setMinimumHeight(
            int(max(lines * 9, self.heatmap.wanted_height(max(400, self.view.width()))))
        )
        side = self.tr("as mentor") if self.role == "mentor" else self.tr("as mentee")
        what = self.tr("confidence") if field == "confidence" else self.tr("motivation")
        self.subtitle.setText(
            self.tr(
                "{start} – {end}: {days} days with a {field} rating ({side}), {sessions} session "
                "days (dots). Stronger colour: a higher mean that day."
            ).format(
                start=fmt_day(shown_start),
                end=fmt_day(end),
                days=len(cells),
                field=what,
                side=side,
                sessions=len(marks),
            )
            + (" " + self.tr("The last year of the range is shown.") if shown_start > start else "")
        )
        self.show_chart(bool(cells) or bool(marks))

    def clear_data(self) -> None:
        self._data = None
        self.cells, self.marks = {}, set()
        self.heatmap.set_data({}, set(), dt.date.today(), dt.date.today())

    def table(self) -> tuple[Sequence[str], list[Sequence[object]]]:
        header = ("day", f"{self.field}_mean", "ratings", "session_day")
        every = sorted(set(self.cells) | self.marks)
        return header, [
            (
                d.isoformat(),
                None if d not in self.cells else round(self.cells[d].mean, 3),
                self.cells[d].count if d in self.cells else 0,
                "yes" if d in self.marks else "no",
            )
            for d in every
        ]
