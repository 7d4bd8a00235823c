"""The Insights page itself (built by ``page.InsightsPage`` when first shown): the overview ("then → now"), then every chart, by person and range.

Numbers come from ``mentorjournal.analytics`` (``insights``, ``overview``,
``patterns``, ``days``, ``memories``, ``reassess``). The page computes them
when it is shown (not on every edit elsewhere), keeps the readings it has
loaded, and switches ranges without asking the database again unless a longer
range needs older readings. It opens on ``insights.DEFAULT_RANGE`` ("all":
since the chosen person's first record). ``record_requested(kind, id)`` asks
the window to open the record behind a clicked point.
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from mentorjournal.analytics import insights, memories, overview, patterns, reassess
from mentorjournal.analytics.stats import Streak
from mentorjournal.domain import preferences
from mentorjournal.storage.journal import is_unlocked
from ui import alerts
from ui.memory import give_back_later

from .actions_chart import ActionsChart
from .cards import SummaryCards
from .chart_base import ChartPanel, fmt_day
from .goals_chart import GoalsChart
from .heatmap_chart import HeatmapChart
from .mood_chart import WINDOWS, MoodChart
from .overview_panel import OverviewPanel
from .patterns_panel import PatternsPanel
from .sessions_chart import SessionsChart
from .skills_chart import SkillChangesChart, SkillsChart
from .uplift_chart import UpliftChart

log = logging.getLogger(__name__)

RANGES = (
    ("3m", QT_TRANSLATE_NOOP("InsightsView", "&3 months")),
    ("6m", QT_TRANSLATE_NOOP("InsightsView", "&6 months")),
    ("1y", QT_TRANSLATE_NOOP("InsightsView", "1 &year")),
    ("all", QT_TRANSLATE_NOOP("InsightsView", "&All")),
    ("custom", QT_TRANSLATE_NOOP("InsightsView", "C&ustom")),
)
DEFAULT_RANGE = insights.DEFAULT_RANGE
RULES = {
    "all": QT_TRANSLATE_NOOP("InsightsView", "since the first record"),
    "3m": QT_TRANSLATE_NOOP("InsightsView", "the last 3 months"),
    "6m": QT_TRANSLATE_NOOP("InsightsView", "the last 6 months"),
    "1y": QT_TRANSLATE_NOOP("InsightsView", "the last year"),
    "custom": QT_TRANSLATE_NOOP("InsightsView", "the dates chosen"),
}
EMPTY_JOURNAL = QT_TRANSLATE_NOOP(
    "InsightsView",
    "<h3>Your insights will appear here</h3>"
    "<p>Charts grow out of what you record: rate your confidence and motivation on a reflection "
    "(Ctrl+N) or a session (Ctrl+Shift+N), rate a skill now and then, set a goal with action items.</p>"
    "<p>After a few entries you will see your lines start to move.</p>",
)
RELATIONS = {"mentor": "my mentor", "mentee": "my mentee", "contact": "contact"}


class InsightsView(QWidget):
    record_requested = Signal(str, int)
    refreshed = Signal()

    def __init__(
        self, today: Callable[[], dt.date] = dt.date.today, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._today = today
        self.records = insights.MoodRecords()
        self.snapshot: insights.Snapshot | None = None
        self.range_key = DEFAULT_RANGE
        self.bounds: tuple[dt.date, dt.date] | None = None
        self.overview: overview.Overview | None = None
        self.due: reassess.Due | None = None
        self._stale = True
        self._names: dict[int, str] = {}
        #: Per person, what was computed from the journal as it is now (``reload`` forgets it):
        #: the snapshot, "on this day", and the tags of the readings loaded (by their count).
        self._computed: dict[int | None, tuple[insights.Snapshot, list, dict]] = {}
        self._people: list[tuple[int, str, str]] | None = None
        #: What is the same for every person, until the journal changes: the reflection
        #: streak (by day) and the tag links of reflections and sessions.
        self._shared: dict[object, object] = {}
        self.timings: dict[str, float] = {}

        heading = QLabel("<h2>{}</h2>".format(self.tr("Insights")))
        self.person_box = QComboBox()
        self.person_box.setAccessibleName(self.tr("Show insights for"))
        self.person_box.setMinimumContentsLength(16)
        self.person_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.person_box.currentIndexChanged.connect(lambda _i: self._person_changed())
        person_label = QLabel(self.tr("&Person:"))
        person_label.setBuddy(self.person_box)

        self.range_group = QButtonGroup(self)
        self.range_group.setExclusive(True)
        self.range_buttons: dict[str, QPushButton] = {}
        range_row = QHBoxLayout()
        range_row.setSpacing(2)
        for key, text in RANGES:
            button = QPushButton(self.tr(text))
            button.setCheckable(True)
            button.setAccessibleName(self.tr("Range: %s") % self.tr(text).replace("&", ""))
            button.clicked.connect(lambda _checked=False, key=key: self.set_range(key))
            self.range_group.addButton(button)
            self.range_buttons[key] = button
            range_row.addWidget(button)
        self.range_buttons[self.range_key].setChecked(True)
        self.start_edit, self.end_edit = QDateEdit(), QDateEdit()
        for edit, name in (
            (self.start_edit, self.tr("Custom range from")),
            (self.end_edit, self.tr("Custom range to")),
        ):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("d MMM yyyy")
            edit.setAccessibleName(name)
            edit.dateChanged.connect(lambda _d: self._custom_timer.start())
            edit.setVisible(False)
        self._custom_timer = QTimer(self)  # typing a date: draw once the typing pauses
        self._custom_timer.setSingleShot(True)
        self._custom_timer.setInterval(300)
        self._custom_timer.timeout.connect(lambda: self.set_range("custom"))
        self.range_label = QLabel("")
        self.range_label.setAccessibleName(self.tr("Range shown"))

        top = QHBoxLayout()
        top.addWidget(person_label)
        top.addWidget(self.person_box)
        top.addSpacing(8)
        top.addWidget(self.range_label)
        top.addStretch(1)
        self.report_button = QPushButton(self.tr("Pro&gress report…"))
        self.report_button.setToolTip(
            self.tr("A PDF or Markdown report of this period and person, for a review or a mentor")
        )
        self.report_button.clicked.connect(self.make_report)
        top.addWidget(self.report_button)
        second = QHBoxLayout()  # its own row: the page stays narrow at 200% scaling
        second.addLayout(range_row)
        second.addWidget(self.start_edit)
        second.addWidget(self.end_edit)
        second.addStretch(1)
        bar = QVBoxLayout()
        bar.setSpacing(4)
        bar.addLayout(top)
        bar.addLayout(second)

        self.overview_panel = OverviewPanel()
        self.overview_panel.record_requested.connect(self.record_requested)
        self.overview_panel.rate_requested.connect(self.rate_skills)
        self.overview_panel.snooze_requested.connect(self.snooze)
        self.cards = SummaryCards()
        self.mood_chart = MoodChart()
        self.heatmap_chart = HeatmapChart()
        self.skill_changes = SkillChangesChart()
        self.skills_chart = SkillsChart()
        self.skill_changes.skill_chosen.connect(self.show_skill)
        self.uplift_chart = UpliftChart(self.person_name)
        self.sessions_chart = SessionsChart()
        self.actions_chart = ActionsChart()
        self.goals_chart = GoalsChart()
        self.patterns_panel = PatternsPanel()
        self.patterns_panel.field_box.currentIndexChanged.connect(lambda _i: self._show_patterns())
        self.mood_chart.role_box.currentIndexChanged.connect(lambda _i: self._role_changed())
        self.charts: list[ChartPanel] = [
            self.mood_chart,
            self.heatmap_chart,
            self.skill_changes,
            self.skills_chart,
            self.uplift_chart,
            self.sessions_chart,
            self.actions_chart,
            self.goals_chart,
        ]
        content = QWidget()
        self.column = column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 12, 0)
        column.addWidget(self.overview_panel)
        column.addWidget(self.cards)
        lines = self.fontMetrics().height()
        heights = (24, 12, 10, 21, 20, 19, 19, 8)
        for chart, height in zip(self.charts, heights, strict=True):
            chart.setMinimumHeight(lines * height)
            chart.record_requested.connect(self.record_requested)
            column.addWidget(_rule())
            column.addWidget(chart)
            if chart is self.heatmap_chart:
                column.addWidget(_rule())
                column.addWidget(self.patterns_panel)
        column.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setWidget(content)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.empty_message = QLabel(self.tr(EMPTY_JOURNAL))
        self.empty_message.setWordWrap(True)
        self.empty_message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_message.setAccessibleName(self.tr("No insights yet"))
        self.empty_message.setMargin(40)
        self.body = QStackedWidget()
        self.body.addWidget(self.scroll)
        self.body.addWidget(self.empty_message)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 8)
        layout.addWidget(heading)
        layout.addLayout(bar)
        layout.addWidget(self.body, 1)

    # -- lifecycle ------------------------------------------------------------------

    def reload(self) -> None:
        """The journal changed (opened, edited): compute again when next shown."""
        self.records = insights.MoodRecords()
        self._computed = {}
        self._people = None
        self._shared = {}
        self._stale = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event) -> None:  # Qt override
        super().showEvent(event)
        if self._stale:
            QTimer.singleShot(0, self.refresh)  # let the page appear first

    def clear(self) -> None:
        """Forget every number and name shown (the journal was locked)."""
        self.records = insights.MoodRecords()
        self._computed = {}
        self._people = None
        self._shared = {}
        self.snapshot = None
        self.overview = None
        self._names = {}
        self._stale = True
        self.person_box.blockSignals(True)
        self.person_box.clear()
        self.person_box.blockSignals(False)
        self.overview_panel.clear()
        self.cards.clear()
        self.patterns_panel.clear()
        for chart in self.charts:
            chart.clear()
        self.range_label.clear()

    @property
    def is_empty(self) -> bool:
        return self.body.currentWidget() is self.empty_message

    def person_name(self, person_id: int | None) -> str:
        return self._names.get(person_id, "") if person_id is not None else ""

    @property
    def person_id(self) -> int | None:
        return self.person_box.currentData()

    def set_person(self, person_id: int | None) -> None:
        self.person_box.setCurrentIndex(max(0, self.person_box.findData(person_id)))

    # -- computing --------------------------------------------------------------------

    def refresh(self) -> None:
        """Compute every chart for the chosen person and range, then draw them."""
        if not is_unlocked():  # locked before a scheduled refresh ran
            return
        self._stale = False
        self._load_people()
        began = time.perf_counter()
        today = self._today()
        pid = self.person_id
        if pid in self._computed and self._computed[pid][0].today == today:
            self.snapshot, found, tags = self._computed[pid]  # nothing changed since
        else:
            streak = self._shared.get(("streak", today))
            self.snapshot = insights.snapshot(
                self.records, pid, today, streak=streak if isinstance(streak, Streak) else None
            )
            self._shared[("streak", today)] = self.snapshot.cards.streak
            found, tags = memories.on_this_day(today, pid), {}
            self._computed[pid] = (self.snapshot, found, tags)
        self.timings["snapshot_ms"] = (time.perf_counter() - began) * 1000
        if (
            self.snapshot.is_empty(self.records.series(self.person_id))
            and not self.records.complete
        ):
            self.records.ensure(None)
        journal_empty = self.person_id is None and self.snapshot.is_empty(self.records.series())
        self.body.setCurrentWidget(self.empty_message if journal_empty else self.scroll)
        who = self.person_name(self.person_id) or None
        self.cards.show_cards(self.snapshot.cards, who)
        self.goals_chart.show_data(self.snapshot.goals, today)
        self.skills_chart.show_data(self.snapshot.skills, today)
        self.overview_panel.show_memories(found)
        self.due = (
            reassess.due(self.snapshot.skills, today, snoozed_until=preferences.snoozed_until())
            if self.person_id is None
            else reassess.Due((), (), 0)
        )
        self.overview_panel.show_due(self.due)
        self._show_range()

    def _load_people(self) -> None:
        chosen = self.person_box.currentData()
        if self._people is None:  # until the journal changes
            self._people = insights.people_with_records()
        people = self._people
        self._names = {pid: name for pid, name, _relation in people}
        self.person_box.blockSignals(True)
        self.person_box.clear()
        self.person_box.addItem(self.tr("Everyone"), None)
        for pid, name, relation in people:
            self.person_box.addItem(f"{name} ({RELATIONS.get(relation, relation)})", pid)
        self.person_box.setCurrentIndex(max(0, self.person_box.findData(chosen)))
        self.person_box.blockSignals(False)

    def _person_changed(self) -> None:
        if not self._stale and self.snapshot is not None:
            self.refresh()

    def set_range(self, key: str) -> None:
        """Show 3m / 6m / 1y / all / custom (the dates in the two date fields)."""
        self.range_key = key
        self.range_buttons[key].setChecked(True)
        for edit in (self.start_edit, self.end_edit):
            edit.setVisible(key == "custom")
        if self.snapshot is not None:
            self._show_range()

    def _first_day(self) -> dt.date | None:
        assert self.snapshot is not None
        return self.snapshot.first_day(self.records.series(self.person_id))

    def _bounds(self) -> tuple[dt.date, dt.date]:
        today = self._today()
        if self.range_key == "custom":
            start, end = self.start_edit.date().toPython(), self.end_edit.date().toPython()
            return (start, end) if start <= end else (end, start)
        if self.range_key == "all":
            self.records.ensure(None)
            return insights.range_bounds("all", today, self._first_day())
        start, end = insights.range_bounds(self.range_key, today, None)
        self.records.ensure(start)
        return insights.range_bounds(self.range_key, today, self._first_day())

    def _show_range(self) -> None:
        assert self.snapshot is not None
        began = time.perf_counter()
        start, end = self.bounds = self._bounds()
        if self.range_key != "custom":
            self._set_custom_dates(start, end)
        self.records.ensure(start - dt.timedelta(days=max(WINDOWS) - 1))
        mood = self.records.series(self.person_id)
        snap = self.snapshot
        self.range_label.setText(f"{fmt_day(start)} – {fmt_day(end)}")
        kept = self._kept()
        if "columns" not in kept:
            kept["columns"] = overview.columns(mood)
        self.overview = overview.overview(
            mood, snap.skills, snap.held, snap.wins, snap.achieved, start, end, kept["columns"]
        )
        self.overview_panel.show_overview(
            self.overview, self.tr(RULES[self.range_key]), self.person_name(self.person_id) or None
        )
        self.mood_chart.show_data(mood, start, end)
        self.heatmap_chart.show_data(mood, snap.held, start, end, self.mood_chart.role)
        self._show_patterns()
        self.skill_changes.show_data(self.overview.skills)
        self.uplift_chart.show_data(snap.uplift, start, end)
        self.sessions_chart.show_data(snap.months, snap.gaps, start, end)
        self.actions_chart.show_data(snap.actions, snap.cards.overdue_actions, start, end)
        self.timings["range_ms"] = (time.perf_counter() - began) * 1000
        self.refreshed.emit()
        # What computing and drawing the range freed, once the switching pauses (see
        # ui.memory): at 100 years giving back at once made the next switch page the
        # heap back in (person switch ~435 -> ~490 ms).
        give_back_later()

    def _show_patterns(self) -> None:
        if self.snapshot is None or self.bounds is None:
            return
        start, end = self.bounds
        role, field = self.mood_chart.role, self.patterns_panel.field
        mine = self.records.series(self.person_id, role)
        cache = self._kept()
        if "tags" not in cache:
            if "tag_links" not in self._shared:
                self._shared["tag_links"] = patterns.tag_links()
            links = self._shared["tag_links"]
            assert isinstance(links, dict)
            cache["tags"] = patterns.reading_tags(self.records.series(self.person_id), links)
        if (role, field) not in cache:
            cache[(role, field)] = patterns.DayValues(mine, field)
        values, reflections = cache[(role, field)].between(start, end)
        held = [s for s in self.snapshot.held if s.role == role]
        self.patterns_panel.show_patterns(
            patterns.patterns(
                (), held, field, cache["tags"], values=values, reflection_values=reflections
            )
        )

    def _kept(self) -> dict:
        """What is kept for the person between ranges; forgotten when older readings load."""
        every = self.records.series(self.person_id)
        cache = self._computed[self.person_id][2] if self.person_id in self._computed else {}
        if cache.get("count") != len(every):
            cache.clear()
            cache["count"] = len(every)
        return cache

    def _role_changed(self) -> None:
        if self.snapshot is None or self.bounds is None:
            return
        start, end = self.bounds
        self.heatmap_chart.show_data(
            self.records.series(self.person_id),
            self.snapshot.held,
            start,
            end,
            self.mood_chart.role,
        )
        self._show_patterns()

    def show_skill(self, skill_id: int) -> None:
        """A skill chosen at a glance: its whole history, scrolled into view."""
        self.skills_chart.select(skill_id)
        self.scroll.ensureWidgetVisible(self.skills_chart)
        self.skills_chart.view.setFocus()

    def rate_skills(self) -> None:
        from .rate_dialog import RateSkillsDialog

        if self.due is None:
            return
        dialog = RateSkillsDialog(self.due.baseline, self.due.reassess, self._today(), self)
        if dialog.exec() and dialog.saved:
            self.reload()

    def make_report(self) -> None:
        from .report_dialog import ReportDialog

        if self.bounds is None:
            return
        dialog = ReportDialog(
            *self.bounds,
            self.person_id,
            self.person_name(self.person_id) or None,
            self._today(),
            self,
        )
        if dialog.exec() and dialog.written is not None:
            pages = f" ({dialog.pages} pages)" if dialog.written.suffix == ".pdf" else ""
            alerts.info(
                self,
                self.tr("Wrote the progress report to %s%s.") % (dialog.written, pages),
                self.tr("The report is not encrypted: keep it safe."),
            )

    def snooze(self) -> None:
        preferences.snooze_reassess(self._today() + dt.timedelta(days=reassess.SNOOZE_DAYS))
        self.overview_panel.banner.hide()

    def _set_custom_dates(self, start: dt.date, end: dt.date) -> None:
        for edit, day in ((self.start_edit, start), (self.end_edit, end)):
            edit.blockSignals(True)
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.blockSignals(False)


def _rule() -> QFrame:
    line = QFrame()
    line.setFrameShape(QFrame.Shape.HLine)
    line.setFrameShadow(QFrame.Shadow.Sunken)
    return line
