"""The overview at the top of Insights: "then → now" in words and sparklines, the counts of
the range, "on this day" and the gentle prompt to rate skills (baseline, re-assessment)."""

from __future__ import annotations

import html
import logging

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QPixmap
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from mentorjournal.analytics.memories import Memory
from mentorjournal.analytics.overview import Overview, SkillThenNow, ThenNow
from mentorjournal.analytics.reassess import Due
from mentorjournal.charts.sparkline import Sparkline
from mentorjournal.charts.theme import Theme
from mentorjournal.charts.ticks import day_x, fmt_day

log = logging.getLogger(__name__)

ARROWS = {"up": ("▲", "good"), "down": ("▼", "bad"), "flat": ("■", "neutral")}
LABELS = {
    ("confidence", "mentee"): QT_TRANSLATE_NOOP("overview_panel", "Confidence as mentee"),
    ("motivation", "mentee"): QT_TRANSLATE_NOOP("overview_panel", "Motivation as mentee"),
    ("confidence", "mentor"): QT_TRANSLATE_NOOP("overview_panel", "Confidence as mentor"),
    ("motivation", "mentor"): QT_TRANSLATE_NOOP("overview_panel", "Motivation as mentor"),
}
MAX_SKILLS = 8


class SparkWidget(QWidget):
    """A sparkline in the palette's colours."""

    def __init__(self, spark: Sparkline, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spark = spark
        self._picture: QPixmap | None = None
        self._key: tuple[object, ...] = ()
        self.setAccessibleName(name)
        self.setFixedSize(QSize(self.fontMetrics().height() * 7, self.fontMetrics().height() * 2))

    def update_spark(self, spark: Sparkline) -> None:
        self.spark = spark
        self._picture = None
        self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:  # Qt override
        ratio = self.devicePixelRatioF()
        key = (self.width(), self.height(), ratio, self.palette().cacheKey())
        if self._picture is None or key != self._key:
            picture = QPixmap(round(self.width() * ratio), round(self.height() * ratio))
            picture.setDevicePixelRatio(ratio)
            painter = QPainter(picture)
            self.spark.paint(painter, QRectF(self.rect()), Theme.from_palette(self.palette()))
            painter.end()
            self._picture, self._key = picture, key
        painter = QPainter(self)
        painter.drawPixmap(0, 0, self._picture)
        painter.end()


def change_html(direction: str | None, change: float | None, dark: bool, digits: int = 1) -> str:
    if direction is None or change is None:
        return "<span>no change to compare yet</span>"
    arrow, name = ARROWS[direction]
    colour = Theme.of(dark).colour(name).name()
    words = {"up": "grew", "down": "fell", "flat": "about the same"}[direction]
    return f"<span style='color:{colour}'>{arrow} {change:+.{digits}f}</span> {words}"


class OverviewPanel(QWidget):
    record_requested = Signal(str, int)
    rate_requested = Signal()
    snooze_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Overview: then and now"))
        self.heading = QLabel("")
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.grid_box = QWidget()
        self.grid = QGridLayout(self.grid_box)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(14)
        self._row_widgets: list[tuple[QLabel, QLabel, QLabel, SparkWidget, QLabel]] = []
        self._used = 0
        self.more = QLabel("")
        self.grid.addWidget(self.more, 99, 0, 1, 4)
        self.more.hide()
        self.counts = QLabel("")
        self.counts.setWordWrap(True)
        self.memories = QLabel("")
        self.memories.setWordWrap(True)
        self.memories.setTextFormat(Qt.TextFormat.RichText)
        self.memories.setAccessibleName(self.tr("On this day"))
        self.memories.linkActivated.connect(self._open_link)
        self.memories.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByKeyboard
            | Qt.TextInteractionFlag.LinksAccessibleByMouse
        )

        self.banner = QFrame()
        self.banner.setFrameShape(QFrame.Shape.StyledPanel)
        self.banner.setAutoFillBackground(True)
        self.banner.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        self.banner.setAccessibleName(self.tr("Rate your skills"))
        self.banner_text = QLabel("")
        self.banner_text.setWordWrap(True)
        self.rate_button = QPushButton(self.tr("&Rate skills…"))
        self.rate_button.clicked.connect(self.rate_requested)
        self.snooze_button = QPushButton(self.tr("Not now"))
        self.snooze_button.clicked.connect(self.snooze_requested)
        row = QHBoxLayout(self.banner)
        row.addWidget(self.banner_text, 1)
        row.addWidget(self.rate_button)
        row.addWidget(self.snooze_button)
        self.banner.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 6)
        layout.addWidget(self.banner)
        layout.addWidget(self.heading)
        layout.addWidget(self.grid_box)
        layout.addWidget(self.counts)
        layout.addWidget(self.memories)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self.data: Overview | None = None
        self._memories: list[Memory] = []
        self.rows: list[tuple[str, str]] = []  # (label, words) per row, for tests and the reader

    def _open_link(self, link: str) -> None:
        kind, _sep, rid = link.partition(":")
        if rid.isdigit():
            self.record_requested.emit(kind, int(rid))

    def _clear_grid(self) -> None:
        """Start filling the rows again from the top (they are kept: no widgets made per range)."""
        self._used = 0

    def _hide_unused(self) -> None:
        """Hide the rows past the last one filled (showing and hiding relays out the page:
        only rows that change state do)."""
        for widgets in self._row_widgets[self._used :]:
            for widget in widgets:
                if not widget.isHidden():
                    widget.hide()

    def _row(self) -> tuple[QLabel, QLabel, QLabel, SparkWidget, QLabel]:
        """The next free row's widgets (made once, the first time a row is needed)."""
        if self._used == len(self._row_widgets):
            row = len(self._row_widgets)
            name, numbers, change, note = QLabel(), QLabel(), QLabel(), QLabel()
            change.setTextFormat(Qt.TextFormat.RichText)
            numbers.setTextFormat(Qt.TextFormat.RichText)
            name.setTextFormat(Qt.TextFormat.PlainText)  # a skill's name is never markup
            note.setTextFormat(Qt.TextFormat.PlainText)
            note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
            note.setWordWrap(True)  # the page never scrolls sideways
            line = SparkWidget(Sparkline(), "")
            widgets = (name, numbers, change, line, note)
            for column, widget in enumerate(widgets):
                self.grid.addWidget(widget, row, column)
            self.grid.setColumnStretch(4, 1)
            self._row_widgets.append(widgets)
        widgets = self._row_widgets[self._used]
        self._used += 1
        return widgets

    def show_overview(self, data: Overview, rule: str, who: str | None) -> None:
        self.data = data
        dark = Theme.from_palette(self.palette()).dark
        whose = f" with {html.escape(who)}" if who else ""
        self.heading.setText(
            f"<h3>{html.escape(self.tr('Then → now'))}{whose}</h3>"
            f"<span>{html.escape(fmt_day(data.start))} – {html.escape(fmt_day(data.end))}"
            f" · {html.escape(rule)}</span>"
        )
        self._clear_grid()
        self.rows = []
        row = 0
        for rating in data.ratings:
            self._rating_row(row, rating, dark)
            row += 1
        for skill in data.skills[:MAX_SKILLS]:
            self._skill_row(row, skill, dark)
            row += 1
        self._hide_unused()
        self.more.setVisible(len(data.skills) > MAX_SKILLS)
        if len(data.skills) > MAX_SKILLS:
            self.more.setText(
                self.tr("… and %d more skills below (Skill growth at a glance).")
                % (len(data.skills) - MAX_SKILLS)
            )
        sessions = data.sessions_as_mentee + data.sessions_as_mentor
        targets = sum(1 for s in data.skills if s.target is not None)
        parts = [
            f"{sessions} session{'s' if sessions != 1 else ''} held "
            f"({data.sessions_as_mentee} as mentee, {data.sessions_as_mentor} as mentor)",
            f"{len(data.wins)} win{'s' if len(data.wins) != 1 else ''}",
            f"{len(data.goals_achieved)} goal{'s' if len(data.goals_achieved) != 1 else ''} "
            "achieved",
        ]
        if targets:
            parts.append(f"{data.targets_reached} of {targets} skill targets reached")
        self.counts.setText(" · ".join(parts) + ".")

    def _rating_row(self, _row: int, rating: ThenNow, dark: bool) -> None:
        label = QCoreApplication.translate("overview_panel", LABELS[(rating.field, rating.role)])
        if rating.then is None or rating.now is None:
            words = "no ratings in this range"
            value = "–"
        else:
            value = f"{rating.then:.1f} → {rating.now:.1f}"
            words = change_html(rating.direction, rating.change, dark)
        detail = ""
        if rating.then_span and rating.now_span and rating.change is not None:
            detail = (
                f"{rating.then_count} ratings from {fmt_day(rating.then_span[0])}, "
                f"{rating.now_count} up to {fmt_day(rating.now_span[1])}"
            )
        spark = Sparkline(rating.field)
        spark.set_data([day_x(m) for m, _v in rating.monthly], [v for _m, v in rating.monthly])
        self._add_row(label, value, words, detail, spark)

    def _skill_row(self, _row: int, skill: SkillThenNow, dark: bool) -> None:
        words = change_html(skill.direction, float(skill.change), dark, 0)
        if skill.target is not None:
            words += " · " + (
                "✓ target reached" if skill.reached else f"target {skill.target} not yet"
            )
        spark = Sparkline("session")
        spark.steps = True
        spark.set_data(
            [day_x(d) for d, _v in ((skill.then_day, skill.then),) + skill.ratings],
            [float(v) for _d, v in ((skill.then_day, skill.then),) + skill.ratings],
            None if skill.target is None else float(skill.target),
        )
        self._add_row(
            skill.name,
            f"{skill.then} → {skill.now}",
            words,
            f"{fmt_day(skill.then_day)} → {fmt_day(skill.now_day)}",
            spark,
        )

    def _add_row(self, label: str, value: str, words: str, detail: str, spark: Sparkline) -> None:
        name, numbers, change, line, note = self._row()
        name.setText(label)
        numbers.setText(f"<b>{html.escape(value)}</b>")
        change.setText(words)
        note.setText(detail)
        line.update_spark(spark)
        line.setAccessibleName(f"{label}: sparkline")
        for widget in (name, numbers, change, line, note):
            if widget.isHidden():
                widget.show()
        self.rows.append((label, f"{value} {html.unescape(_strip(words))}".strip()))

    def changeEvent(self, event: QEvent) -> None:  # Qt override: links readable in dark mode
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self.show_memories(self._memories)
        super().changeEvent(event)

    def show_memories(self, found: list[Memory]) -> None:
        self._memories = found
        if not found:
            self.memories.setText("")
            self.memories.hide()
            return
        link = Theme.from_palette(self.palette()).colour("confidence").name()
        items = "".join(
            f"<li><a style='color:{link}' href='{m.kind}:{m.id}'>{html.escape(m.title)}</a> — "
            f"{m.years_ago} year{'s' if m.years_ago != 1 else ''} ago ({m.when.year})</li>"
            for m in found
        )
        self.memories.setText(f"<b>{html.escape(self.tr('On this day'))}</b><ul>{items}</ul>")
        self.memories.show()

    def show_due(self, due: Due) -> None:
        if not due.any:
            self.banner.hide()
            return
        parts = []
        if due.baseline:
            names = ", ".join(s.name for s in due.baseline[:4])
            parts.append(
                f"{len(due.baseline)} skill{'s have' if len(due.baseline) != 1 else ' has'} no "
                f"rating yet ({names}{'…' if len(due.baseline) > 4 else ''}): rate where you "
                "start, so that later you can see how far you came."
            )
        if due.reassess:
            parts.append(
                f"{len(due.reassess)} active skill{'s were' if len(due.reassess) != 1 else ' was'} "
                f"last rated more than {due.months} month{'s' if due.months != 1 else ''} ago: "
                "a fresh rating keeps “then → now” honest."
            )
        self.banner_text.setText(" ".join(parts))
        self.banner.show()

    def clear(self) -> None:
        """Locked: no skill name or number stays in any row."""
        self.data = None
        self._clear_grid()
        self._hide_unused()
        for name, numbers, change, line, note in self._row_widgets:
            for label in (name, numbers, change, note):
                label.clear()
            line.update_spark(Sparkline())
        self.more.hide()
        self.rows = []
        self.heading.clear()
        self.counts.clear()
        self.memories.clear()
        self._memories = []
        self.banner.hide()


def _strip(text: str) -> str:
    import re

    return re.sub(r"<[^>]+>", "", text)
