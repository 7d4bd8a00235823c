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
        self.streak = Card("Reflection streak")
        self.confidence = Card("Confidence, last 30 days")
        self.wins = Card("Wins this quarter")
        self.actions = Card("Open action items")
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
        days = f"{streak.current} day{'s' if streak.current != 1 else ''}"
        hint = (
            "Write today to keep it going."
            if streak.current and not streak.counted_today
            else f"Longest: {streak.longest} day{'s' if streak.longest != 1 else ''}."
        )
        if not streak.current and not streak.longest:
            hint = "Write a reflection today to start one."
        self.streak.set(
            days,
            html.escape(hint),
            "Days in a row with a reflection; a session written up within 48 hours counts too. "
            "Always the whole journal.",
        )
        last, previous, change = (
            cards.confidence_last_30,
            cards.confidence_previous_30,
            cards.confidence_change,
        )
        captions = {
            "mentee": "Confidence as mentee, last 30 days",
            "mentor": "Confidence as mentor, last 30 days",
        }
        self.confidence.caption.setText(captions.get(cards.role or "", "Confidence, last 30 days"))
        if last is None:
            self.confidence.set("–", "No confidence ratings in the last 30 days.")
        elif change is None:
            self.confidence.set(f"{last:.1f}", "No ratings in the 30 days before to compare with.")
        else:
            arrow, tint = (
                ("▲", good) if change > 0.05 else ("▼", bad) if change < -0.05 else ("■", "")
            )
            style = f" style='color:{tint}'" if tint else ""
            self.confidence.set(
                f"{last:.1f}",
                f"<span{style}>{arrow} {change:+.1f}</span> vs "
                f"{previous:.1f} in the 30 days before",
            )
        who = f" with {person_name}" if person_name else ""
        self.confidence.setToolTip(
            f"Average confidence rating{who}, from reflections and sessions."
        )
        start = quarter_start(cards.today)
        self.wins.set(
            str(cards.wins_this_quarter),
            f"since {html.escape(fmt_day(start))}",
            f"Wins logged this quarter{' for goals with ' + person_name if person_name else ''}.",
        )
        overdue = cards.overdue_actions
        detail = (
            f"<span style='color:{bad}'>{overdue} overdue</span>" if overdue else "none overdue"
        )
        self.actions.set(
            str(cards.open_actions), detail, f"Action items not done yet{who}, any owner."
        )

    def clear(self) -> None:
        self.data, self._person_name = None, None
        for card in self.cards:
            card.set("–", "")
