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

from .chart_view import data_signature

log = logging.getLogger(__name__)


def _tr(text: str) -> str:
    return QCoreApplication.translate("overview_panel", text)


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
        signature = data_signature(spark)
        if signature is None or signature != data_signature(self.spark):
            self._picture = None  # the same points keep the picture
        self.spark = spark
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
        return "<span>{}</span>".format(_tr("no change to compare yet"))
    arrow, name = ARROWS[direction]
    colour = Theme.of(dark).colour(name).name()
    words = _tr(
        {
            "up": QT_TRANSLATE_NOOP("overview_panel", "grew"),
            "down": QT_TRANSLATE_NOOP("overview_panel", "fell"),
            "flat": QT_TRANSLATE_NOOP("overview_panel", "about the same"),
        }[direction]
    )
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
        heading = (
            self.tr("Then → now with {name}").format(name=who) if who else self.tr("Then → now")
        )
        self.heading.setText(
            f"<h3>{html.escape(heading)}</h3>"
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
            self.tr(
                "%n session(s) held ({mentee} as mentee, {mentor} as mentor)", "", sessions
            ).format(mentee=data.sessions_as_mentee, mentor=data.sessions_as_mentor),
            self.tr("%n win(s)", "", len(data.wins)),
            self.tr("%n goal(s) achieved", "", len(data.goals_achieved)),
        ]
        if targets:
            parts.append(
                self.tr("{reached} of {targets} skill targets reached").format(
                    reached=data.targets_reached, targets=targets
                )
            )
        self.counts.setText(" · ".join(parts) + ".")

    def _rating_row(self, _row: int, rating: ThenNow, dark: bool) -> None:
        label = QCoreApplication.translate("overview_panel", LABELS[(rating.field, rating.role)])
        if rating.then is None or rating.now is None:
            words = self.tr("no ratings in this range")
            value = "–"
        else:
            value = f"{rating.then:.1f} → {rating.now:.1f}"
            words = change_html(rating.direction, rating.change, dark)
        detail = ""
        if rating.then_span and rating.now_span and rating.change is not None:
            detail = self.tr("{then} ratings from {start}, {now} up to {end}").format(
                then=rating.then_count,
                start=fmt_day(rating.then_span[0]),
                now=rating.now_count,
                end=fmt_day(rating.now_span[1]),
            )
        spark = Sparkline(rating.field)
        spark.set_data([day_x(m) for m, _v in rating.monthly], [v for _m, v in rating.monthly])
        self._add_row(label, value, words, detail, spark)

    def _skill_row(self, _row: int, skill: SkillThenNow, dark: bool) -> None:
        words = change_html(skill.direction, float(skill.change), dark, 0)
        if skill.target is not None:
            words += " · " + (
                self.tr("✓ target reached")
                if skill.reached
                else self.tr("target {target} not yet").format(target=skill.target)
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
        line.setAccessibleName(self.tr("{label}: sparkline").format(label=label))
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
            + self.tr("%n year(s) ago ({year})", "", m.years_ago).format(year=m.when.year)
            + "</li>"
            for m in found
        )
        self.memories.setText(
            "<b>{}</b><ul>{}</ul>".format(html.escape(self.tr("On this day")), items)
        )
        self.memories.show()

    def show_due(self, due: Due) -> None:
        if not due.any:
            self.banner.hide()
            return
        parts = []
        if due.baseline:
            names = ", ".join(s.name for s in due.baseline[:4])
            parts.append(
                self.tr(
                    "%n skill(s) without a rating yet ({names}): rate where you start, so that "
                    "later you can see how far you came.",
                    "",
                    len(due.baseline),
                ).format(names=names + ("…" if len(due.baseline) > 4 else ""))
            )
        if due.reassess:
            parts.append(
                self.tr(
                    "%n active skill(s) last rated more than {months} ago: a fresh rating keeps "
                    "“then → now” honest.",
                    "",
                    len(due.reassess),
                ).format(months=self.tr("%n month(s)", "", due.months))
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
