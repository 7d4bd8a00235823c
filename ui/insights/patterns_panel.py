"""Patterns in the ratings, in words, each with its sample size (``analytics.patterns``)."""

from __future__ import annotations

import html
import logging

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from mentorjournal.analytics import patterns as P

log = logging.getLogger(__name__)

RULE = QT_TRANSLATE_NOOP(
    "PatternsPanel",
    "Shown only where both sides have at least {n} days with a rating. A day's value is its "
    "mean rating. These are associations in your own entries, not causes.",
)


def sentence(p: P.Pattern) -> str:
    field = p.field
    if p.kind == "weekday":
        group = f"on {p.label}s"
    elif p.kind == "after_session":
        group = "in the three days from a session on (reflections only)"
    else:
        group = f"on days with “{p.label}”"
    more = (
        "higher" if p.difference > 0.05 else "lower" if p.difference < -0.05 else "about the same"
    )
    return (
        f"{group.capitalize()}, your {field} averaged {p.mean:.1f} ({p.days} days) "
        f"against {p.rest_mean:.1f} on other days ({p.rest_days} days): {more}"
        + ("" if more == "about the same" else f" by {abs(p.difference):.1f}")
        + "."
    )


class PatternsPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Patterns"))
        heading = QLabel("<b>{}</b>".format(html.escape(self.tr("Patterns"))))
        self.field_box = QComboBox()
        self.field_box.addItem(self.tr("Confidence"), "confidence")
        self.field_box.addItem(self.tr("Motivation"), "motivation")
        self.field_box.setAccessibleName(self.tr("Patterns of"))
        label = QLabel(self.tr("&Of:"))
        label.setBuddy(self.field_box)
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addStretch(1)
        top.addWidget(label)
        top.addWidget(self.field_box)
        self.rule = QLabel(self.tr(RULE).format(n=P.MIN_DAYS))
        self.rule.setWordWrap(True)
        self.rule.setForegroundRole(self.rule.foregroundRole().PlaceholderText)
        self.text = QLabel("")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setAccessibleName(self.tr("Patterns found"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 6)
        layout.addLayout(top)
        layout.addWidget(self.rule)
        layout.addWidget(self.text)
        self.found: P.Patterns | None = None
        self.lines: list[str] = []

    @property
    def field(self) -> str:
        return str(self.field_box.currentData())

    def show_patterns(self, found: P.Patterns) -> None:
        self.found = found
        lines = []
        if found.after_session is not None:
            lines.append(sentence(found.after_session))
        if found.weekdays:
            best = max(found.weekdays, key=lambda p: p.mean)
            worst = min(found.weekdays, key=lambda p: p.mean)
            lines += [sentence(best)] + ([sentence(worst)] if worst is not best else [])
        lines += [sentence(p) for p in found.tags[:5]]
        self.lines = lines
        if lines:
            self.text.setText(
                "<ul>" + "".join(f"<li>{html.escape(t)}</li>" for t in lines) + "</ul>"
            )
        else:
            self.text.setText(
                html.escape(
                    self.tr(
                        "Not enough data for a pattern yet in this range ({days} days with a "
                        "rating)."
                    ).format(days=found.days)
                )
            )

    def clear(self) -> None:
        self.found, self.lines = None, []
        self.text.clear()
