"""The progress report as a PDF: A4 pages laid out with ``QPdfWriter`` and ``QPainter``.

Charts are the Insights painters, drawn straight into the page (vectors). The
writer works at 96 dots per inch, so charts paint in the same units as on
screen and fonts keep their point sizes. Needs a ``QGuiApplication`` (for
fonts): the window has one; the command line gets one here, on the offscreen
platform when there is no display. QtWidgets is never imported.
"""

from __future__ import annotations

import datetime as dt
import os

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, Qt
from PySide6.QtGui import (
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
)

from mentorjournal.analytics import stats
from mentorjournal.charts.bars import Bar, Change, ChangeChart, MonthBars, ProgressBars, Stack
from mentorjournal.charts.base import Chart
from mentorjournal.charts.heatmap import Heatmap
from mentorjournal.charts.theme import Theme
from mentorjournal.charts.ticks import MIDDAY, day_x
from mentorjournal.charts.time_chart import Series, TimeChart
from mentorjournal.report import words
from mentorjournal.report.content import Report

_APP: list[QGuiApplication] = []


def ensure_app() -> None:
    """A ``QGuiApplication`` for fonts: the running one, or one made here (offscreen)."""
    if QGuiApplication.instance() is not None:
        return
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _APP.append(QGuiApplication(["mentorjournal-report"]))


class Pages:
    """A cursor down A4 pages: headings, wrapped paragraphs and charts, new pages as needed."""

    def __init__(self, writer: QPdfWriter, painter: QPainter) -> None:
        self.writer, self.painter = writer, painter
        self.area = QRectF(painter.viewport())
        self.y = self.area.top()
        self.count = 1
        self.theme = Theme.of(False)
        self.body = QFont()
        self.body.setPointSizeF(10)

    def new_page(self) -> None:
        self.writer.newPage()
        self.count += 1
        self.y = self.area.top()

    def room(self, height: float) -> None:
        if self.y + height > self.area.bottom() and self.y > self.area.top():
            self.new_page()

    def text(self, text: str, size: float = 10, bold: bool = False, gap: float = 6) -> None:
        font = QFont(self.body)
        font.setPointSizeF(size)
        font.setBold(bold)
        self.painter.setFont(font)
        self.painter.setPen(self.theme.text)
        flags = int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignLeft)
        for part in text.split("\n\n") if size <= 11 else [text]:
            box = QFontMetricsF(font, self.painter.device()).boundingRect(
                QRectF(0, 0, self.area.width(), 1e6), flags, part
            )
            self.room(box.height())
            height = min(box.height(), self.area.bottom() - self.y)
            self.painter.drawText(
                QRectF(self.area.left(), self.y, self.area.width(), height), flags, part
            )
            self.y += height + gap

    def chart(self, chart: Chart, height: float) -> None:
        self.room(height)
        chart.font = QFont(self.body)
        chart.font.setPointSizeF(8.5)
        chart.paint(
            self.painter, QRectF(self.area.left(), self.y, self.area.width(), height), self.theme
        )
        self.y += height + 10


def mood_chart(report: Report, role: str) -> TimeChart | None:
    points = [p for p in report.mood if p.role == role]
    if not points:
        return None
    chart = TimeChart(y_title="Rating (1–10)")
    for field, colour, shape in (
        ("confidence", "confidence", "circle"),
        ("motivation", "motivation", "diamond"),
    ):
        rated = [p for p in points if getattr(p, field) is not None]
        dots = Series(
            f"{field.capitalize()} rating", colour, "points", shape=shape, alpha=110, size=6
        )
        dots.set([day_x(p.when) for p in rated], [float(getattr(p, field)) for p in rated])
        rolling = stats.rolling_average(points, 30, field)
        line = Series(f"{field.capitalize()}, 30-day average", colour, "line", width=2.2)
        line.set([day_x(r.day) + MIDDAY for r in rolling], [r.value for r in rolling])
        chart.series += [dots, line]
    chart.set_range(report.start, report.end)
    return chart


def charts_for(report: Report) -> list[tuple[str, Chart, float]]:
    """(heading, chart, height) of every chart the report shows, in order."""
    out: list[tuple[str, Chart, float]] = []
    for role, label in (("mentee", "as mentee"), ("mentor", "as mentor")):
        chart = mood_chart(report, role)
        if chart is not None:
            out.append((f"Confidence and motivation {label}", chart, 250))
    if report.mood:
        heat = Heatmap()
        per_day: dict[dt.date, list[int]] = {}
        for p in report.mood:
            if p.role == "mentee" and p.confidence is not None:
                per_day.setdefault(p.day, []).append(p.confidence)
        values = {d: sum(v) / len(v) for d, v in per_day.items()}
        marks = {p.day for p in report.mood if p.kind == "session"}
        heat.set_data(values, marks, report.start, report.end)
        out.append(("Confidence day by day (the last year of the period)", heat, 175))
    skills = report.overview.skills
    if skills:
        change = ChangeChart()
        change.rows_data = [Change(s.name, s.then, s.now, s.target) for s in skills[:18]]
        out.append(("Skills then → now", change, 60 + 22 * len(change.rows_data)))
    if any(m.total for m in report.months):
        bars = MonthBars("Sessions")
        bars.set_data(
            [m.month for m in report.months],
            [
                Stack("As mentee", "mentee", [float(m.as_mentee) for m in report.months]),
                Stack("As mentor", "mentor", [float(m.as_mentor) for m in report.months]),
            ],
        )
        out.append(("Sessions per month", bars, 200))
    if report.goals:
        goals = ProgressBars()
        goals.bars = [Bar(g.title, float(g.progress)) for g in report.goals[:15]]
        out.append(("Progress of active goals", goals, 40 + 28 * len(goals.bars)))
    return out


def render(report: Report) -> tuple[bytes, int]:
    """The PDF's bytes and its page count."""
    ensure_app()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(96)
    writer.setTitle(report.title)
    writer.setCreator("MentorJournal")
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(16, 16, 16, 16),
        )
    )
    painter = QPainter(writer)
    pages = Pages(writer, painter)
    _write(pages, report)
    painter.end()
    buffer.close()
    return bytes(data.data()), pages.count


def _write(pages: Pages, report: Report) -> None:
    o = report.overview
    pages.text(report.title, 18, bold=True)
    pages.text(words.period(report), 9.5, gap=14)
    pages.text("Then → now", 13, bold=True)
    for r in o.ratings:
        pages.text(words.rating_line(r), gap=3)
    pages.text(words.counts_line(report), gap=6)
    pages.text(words.rule_line(), 8.5, gap=12)
    for heading, chart, height in charts_for(report):
        pages.room(height + 24)
        pages.text(heading, 11, bold=True, gap=2)
        pages.chart(chart, height)
    sections: list[tuple[str, list[str]]] = [
        ("Skills then → now", [words.skill_line(s) for s in o.skills] or ["No skill was rated."]),
        ("Goals", [words.goal_line(g) for g in report.goals] or ["No active goals."]),
        (
            "Achieved in this period",
            [f"{e.title} ({words.day(e.day)})" for e in report.achieved] or ["None."],
        ),
        ("Wins", [f"{words.day(w.day)}: {w.title}" for w in report.wins] or ["No wins logged."]),
    ]
    for heading, lines in sections:
        pages.room(60)
        pages.text(heading, 13, bold=True)
        for line in lines:
            pages.text("• " + line, gap=2)
        pages.y += 8
    if report.reflections:
        pages.room(60)
        pages.text("Reflections", 13, bold=True)
        for chosen in report.reflections:
            pages.text(f"{chosen.title} — {words.day(chosen.when)}", 10.5, bold=True, gap=2)
            if chosen.text:
                pages.text(chosen.text.strip(), gap=4)
            pages.y += 4
