"""The summary cards: reflection streak, confidence lately, wins, open action items."""

from __future__ import annotations

import html
import logging

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from mentorjournal.analytics.series import quarter_start
from mentorjournal.analytics.stats import Summary

from .chart_base import colour, fmt_day, is_dark

log = logging.getLogger(__name__)


class Card(QFrame):
    """A caption, one big number and a line of context."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self.setAccessibleName(caption)
        self.caption = QLabel(caption)
        self.value = QLabel("–")
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 2.0)
        font.setBold(True)
        self.value.setFont(font)
        self.value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail = QLabel("")
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.RichText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 12)
        layout.setSpacing(2)
        layout.addWidget(self.caption)
        layout.addWidget(self.value)
        layout.addWidget(self.detail)
        layout.addStretch(1)

    def set(self, value: str, detail_html: str, tip: str = "") -> None:
        self.value.setText(value)
        self.detail.setText(detail_html)
        self.setToolTip(tip)
        self.setAccessibleDescription(f"{value}. {tip}")


class SummaryCards(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.streak = Card(self.tr("Reflection streak"))
        self.confidence = Card(self.tr("Confidence, last 30 days"))
        self.wins = Card(self.tr("Wins this quarter"))
        self.actions = Card(self.tr("Open action items"))
        self.cards = [self.streak, self.confidence, self.wins, self.actions]
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(10)
        self._columns = 0
        self._arrange(4)
        self.data: Summary | None = None
        self._person_name: str | None = None

    def _arrange(self, columns: int) -> None:
        if columns == self._columns:
            return
        self._columns = columns
        for i, card in enumerate(self.cards):
            self._grid.addWidget(card, i // columns, i % columns)

    def resizeEvent(self, event) -> None:  # Qt override: two rows of two when narrow
        self._arrange(
            4 if event.size().width() >= self.fontMetrics().horizontalAdvance("x") * 110 else 2
        )
        super().resizeEvent(event)

    def changeEvent(self, event: QEvent) -> None:  # Qt override: colours for the new theme
        if (
            event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange)
            and self.data is not None
        ):
            self.show_cards(self.data, self._person_name)
        super().changeEvent(event)

    def show_cards(self, cards: Summary, person_name: str | None) -> None:
        self.data, self._person_name = cards, person_name
        dark = is_dark(self.palette())
        good, bad = colour("good", dark).name(), colour("bad", dark).name()
        streak = cards.streak
        tr = self.tr
        days = tr("%n day(s)", "", streak.current)
        hint = (
            tr("Write today to keep it going.")
            if streak.current and not streak.counted_today
            else tr("Longest: %n day(s).", "", streak.longest)
        )
        if not streak.current and not streak.longest:
            hint = tr("Write a reflection today to start one.")
        self.streak.set(
            days,
            html.escape(hint),
            tr(
                "Days in a row with a reflection; a session written up within 48 hours counts "
                "too. Always the whole journal."
            ),
        )
        last, previous, change = (
            cards.confidence_last_30,
            cards.confidence_previous_30,
            cards.confidence_change,
        )
        captions = {
            "mentee": tr("Confidence as mentee, last 30 days"),
            "mentor": tr("Confidence as mentor, last 30 days"),
        }
        self.confidence.caption.setText(
            captions.get(cards.role or "", tr("Confidence, last 30 days"))
        )
        if last is None:
            self.confidence.set("–", tr("No confidence ratings in the last 30 days."))
        elif change is None:
            self.confidence.set(
                f"{last:.1f}", tr("No ratings in the 30 days before to compare with.")
            )
        else:
            arrow, tint = (
                ("▲", good) if change > 0.05 else ("▼", bad) if change < -0.05 else ("■", "")
            )
            style = f" style='color:{tint}'" if tint else ""
            self.confidence.set(
                f"{last:.1f}",
                tr("{change} vs {previous} in the 30 days before").format(
                    change=f"<span{style}>{arrow} {change:+.1f}</span>", previous=f"{previous:.1f}"
                ),
            )
        self.confidence.setToolTip(
            tr("Average confidence rating with {name}, from reflections and sessions.").format(
                name=person_name
            )
            if person_name
            else tr("Average confidence rating, from reflections and sessions.")
        )
        start = quarter_start(cards.today)
        self.wins.set(
            str(cards.wins_this_quarter),
            tr("since {day}").format(day=html.escape(fmt_day(start))),
            tr("Wins logged this quarter for goals with {name}.").format(name=person_name)
            if person_name
            else tr("Wins logged this quarter."),
        )
        overdue = cards.overdue_actions
        detail = (
            f"<span style='color:{bad}'>" + html.escape(tr("%n overdue", "", overdue)) + "</span>"
            if overdue
            else tr("none overdue")
        )
        self.actions.set(
            str(cards.open_actions),
            detail,
            tr("Action items not done yet with {name}, any owner.").format(name=person_name)
            if person_name
            else tr("Action items not done yet, any owner."),
        )

    def clear(self) -> None:
        self.data, self._person_name = None, None
        for card in self.cards:
            card.set("–", "")
