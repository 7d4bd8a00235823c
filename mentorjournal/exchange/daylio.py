"""Daylio: the CSV export (classic 8 columns, the newer one with ``scales``, and the oldest).

docs/IMPORT-FORMATS.md, "Daylio", describes the format. Columns are matched by
name: ``full_date`` (or ``year`` + ``date``), ``time`` (12- or 24-hour, mixed
in one file), ``mood``, ``activities`` (joined by `` | ``), ``scales``
(``Name: value/max unit`` joined by `` | ``), ``note_title``, ``note`` (HTML).

Mapping: row → reflection (``written_at`` = date and time as local time,
title = ``note_title``, body = ``note`` as text). Activities → tags; the mood
→ the tag ``mood:<name>``. A mood is not a confidence rating: it goes into
confidence or motivation only when the user chooses so (``mood_to``), and
only for the default mood names whose level is known (level 1–5 → 2–10).
Scales named Confidence (``Zuversicht``, ``Selbstvertrauen``) and Motivation
go straight across (a scale out of another maximum is rescaled to 1–10);
other scales are added to the text. Daylio has no ids: a row is identified
by a hash of its date, time, mood, activities, scales and note.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from pathlib import Path
from typing import Any

from mentorjournal.exchange import archive, common
from mentorjournal.exchange.incoming import (
    Batch,
    ImportOptions,
    IncomingRecord,
    Keys,
    Reading,
    Report,
)

SOURCE = "daylio"
WHAT = "Daylio CSV export"

#: Daylio's default mood names and their level (5 best), English and German.
MOOD_LEVELS = {
    "rad": 5,
    "good": 4,
    "meh": 3,
    "bad": 2,
    "awful": 1,
    "super": 5,
    "gut": 4,
    "ok": 3,
    "schlecht": 2,
    "lausig": 1,
}
CONFIDENCE_SCALES = ("confidence", "zuversicht", "selbstvertrauen")
MOTIVATION_SCALES = ("motivation",)
KNOWN = {"full_date", "year", "date", "weekday", "time", "mood", "activities", "scales"}
KNOWN |= {"note_title", "note"}

_TIME = re.compile(r"(\d{1,2}):(\d{2})(?::\d{2})?\s*([AaPp])?\.?\s*[Mm]?\.?")
_SCALE = re.compile(
    r"^(?P<name>.+?):\s*(?P<value>\d+)(?:\s*/\s*(?P<max>\d+))?(?:\s+(?P<unit>.+))?$"
)


def parse_time(text: str) -> dt.time | None:
    """``6:50 pm``, ``9:45 PM``, ``12:00 am``, ``14:58``, ``7:05`` → a time; else None."""
    match = _TIME.fullmatch(text.strip())
    if not match:
        return None
    hour, minute = int(match.group(1)), int(match.group(2))
    half = (match.group(3) or "").lower()
    if half:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if half == "p" else 0)
    if hour > 23 or minute > 59:
        return None
    return dt.time(hour, minute)


def _scale_value(name: str, value: int, top: int | None, report: Report, where: str) -> int | None:
    top = top or 10
    if not 1 <= value <= top or top < 2:
        report.not_mapped(f"{name} scale values outside 1–{top} (left empty)", where)
        return None
    if top == 10:
        return value
    scaled = max(1, min(10, round(value * 10 / top)))
    report.note(f"{name} scales out of {top}: rescaled to 1–10", where)
    return scaled


class _Reader:
    def __init__(self, path: Path, options: ImportOptions) -> None:
        self.path = path
        self.options = options
        self.report = Report()
        self.keys = Keys(SOURCE)
        self.records: list[IncomingRecord] = []

    def refuse(self, problem: str) -> archive.ImportRefused:
        return archive.refuse(self.path, WHAT, problem)

    def header(self, row: list[str]) -> dict[str, int]:
        names = [cell.strip().lower() for cell in row]
        split = {n.strip().lower() for n in row[0].split(";")} if len(names) == 1 else set()
        if {"time", "mood"} <= split:
            raise self.refuse(
                "the columns are separated by semicolons (re-saved by a spreadsheet?); "
                "export the CSV from Daylio again"
            )
        columns = {name: n for n, name in enumerate(names)}
        has_date = "full_date" in columns or {"year", "date"} <= set(columns)
        if not has_date or "time" not in columns or "mood" not in columns:
            raise self.refuse(
                "this is no Daylio CSV export (its header has no full_date, time and mood columns)"
            )
        unknown = [name for name in names if name and name not in KNOWN]
        for name in unknown:
            self.report.not_mapped(f'the column "{name[:40]}" (not known; left out)')
        return columns

    def rows(self, text: str) -> None:
        csv.field_size_limit(max(csv.field_size_limit(), common.MAX_TEXT + 1))
        reader = csv.reader(io.StringIO(text, newline=""), strict=True)
        try:
            first = next(reader, None)
            if first is None:
                raise self.refuse("the file is empty")
            columns = self.header(first)
            count = 0
            for row in reader:
                if not row or all(not cell.strip() for cell in row):
                    continue
                count += 1
                line = reader.line_num
                if len(row) != len(first):
                    raise self.refuse(
                        f"line {line} has {len(row)} columns where the header has {len(first)}"
                    )
                self.row(columns, row, line)
        except csv.Error as exc:
            raise self.refuse(
                f"line {reader.line_num} cannot be read as CSV ({exc}); is the file complete?"
            ) from None
        if not count:
            raise self.refuse("it holds no entries, only the header")

    def row(self, columns: dict[str, int], row: list[str], line: int) -> None:
        def cell(name: str) -> str:
            return row[columns[name]] if name in columns else ""

        day = self._date(cell, line)
        time = parse_time(cell("time"))
        if time is None:
            raise self.refuse(f"line {line}: the time {cell('time')[:12]!r} cannot be read")
        when = dt.datetime.combine(day, time)
        where = f"entry of {common.minute(when)}"
        for name in ("note", "note_title", "activities", "scales"):
            try:
                common.check_text_size(cell(name), name.replace("_", " "), f"line {line}")
            except ValueError as exc:
                raise self.refuse(str(exc)) from None
        mood = cell("mood").strip()
        activities = [a.strip() for a in cell("activities").split(" | ")]
        tags = [a for a in activities if a]
        if mood:
            tags.append(f"mood:{mood}")
        values: dict[str, Any] = {"written_at": when}
        extra = self._scales(cell("scales"), values, where)
        self._mood(mood, values, where)
        title = common.html_to_text(cell("note_title"))
        body = common.html_to_text(cell("note"))
        if extra:
            body = (body + "\n\n" if body else "") + "\n".join(extra)
        title, body = common.split_long_title(title, body, self.report, where)
        values["title"] = title
        values["body"] = body
        key = self.keys(
            day.isoformat(),
            time.strftime("%H:%M"),
            mood,
            cell("activities").strip(),
            cell("scales").strip(),
            cell("note_title"),
            cell("note"),
        )
        instant = common.local_to_utc(when, self.report, where)
        self.records.append(
            IncomingRecord(
                kind="reflection",
                source_id=key,
                values=values,
                tags=common.clean_tags(tags, self.report, where),
                created_at=instant,
                updated_at=instant,
                where=where,
            )
        )

    def _date(self, cell: Any, line: int) -> dt.date:
        full = cell("full_date").strip()
        if full:
            try:
                return dt.date.fromisoformat(full)
            except ValueError:
                raise self.refuse(f"line {line}: {full[:12]!r} is no real date") from None
        text = f"{cell('year').strip()} {cell('date').strip()}"
        for fmt in ("%Y %B %d", "%Y %d %B", "%Y %b %d", "%Y %d %b"):
            try:
                return dt.datetime.strptime(text, fmt).date()
            except ValueError:
                continue
        raise self.refuse(f"line {line}: the date {text[:20]!r} cannot be read")

    def _scales(self, text: str, values: dict[str, Any], where: str) -> list[str]:
        extra: list[str] = []
        for item in (part.strip() for part in text.split(" | ")):
            if not item:
                continue
            match = _SCALE.match(item.replace("\xa0", " "))
            name = (match.group("name") if match else item.split(":")[0]).strip()
            key = name.casefold()
            field = (
                "confidence"
                if key in CONFIDENCE_SCALES
                else "motivation"
                if key in MOTIVATION_SCALES
                else None
            )
            if field is None or match is None:
                extra.append(common.one_line(item.replace("\xa0", " ")))
                self.report.note(
                    "scales other than confidence and motivation: added to the text", where
                )
                continue
            top = int(match.group("max")) if match.group("max") else None
            values[field] = _scale_value(name, int(match.group("value")), top, self.report, where)
        return extra

    def _mood(self, mood: str, values: dict[str, Any], where: str) -> None:
        target = self.options.mood_to
        if not target or not mood:
            return
        level = MOOD_LEVELS.get(mood.casefold())
        if level is None:
            self.report.not_mapped(
                f"moods with a name of your own: only their tag (their level is not in the "
                f"export, so no {target})",
                where,
            )
            return
        if values.get(target) is not None:
            self.report.note(f"rows with a {target} scale: the scale was kept, not the mood", where)
            return
        values[target] = level * 2


def read(path: Path, options: ImportOptions, reading: Reading | None = None) -> Batch:
    """Read a Daylio CSV export."""
    if path.is_dir():
        raise archive.refuse(path, WHAT, "this is a folder; choose the CSV file")
    data = archive.read_file(path, WHAT)
    text = archive.decode(data, "the file", path, WHAT)
    reader = _Reader(path, options)
    reader.rows(text)
    if options.mood_to:
        reader.report.note(
            f"moods also set {options.mood_to} (rad/good/meh/bad/awful → 10/8/6/4/2)"
        )
    return Batch(SOURCE, WHAT, path, reader.records, reader.report)
