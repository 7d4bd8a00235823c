"""What the format modules share: times, titles and tags, front matter, HTML to text.

Times: MentorJournal keeps ``written_at`` as the local wall-clock time the
entry was written and ``created_at``/``updated_at`` as UTC instants. Formats
without a zone are read as local time on this computer; a wall time that
does not exist (the spring-forward gap) or happens twice (the autumn hour) is
kept as written and converted with the first reading (``fold=0``), and the
preview says so.
"""

from __future__ import annotations

import datetime as dt
import html
import os
import re
import time
from html.parser import HTMLParser
from typing import Any

from mentorjournal.domain import validation
from mentorjournal.exchange.incoming import Report

MAX_TAG = validation.MAX_TAG
MAX_LINE = validation.MAX_LINE
MAX_TEXT = validation.MAX_TEXT
#: Front matter bigger than this is not parsed (kept as text).
MAX_FRONT_MATTER = 256 * 1024

_SPACES = re.compile(r"\s+")
_BR = re.compile(r"<br\s*/?>", re.IGNORECASE)
_NOT_BR = re.compile(r"<(?!br\s*/?>)", re.IGNORECASE)


# -- times --------------------------------------------------------------------


_OFFSETS: dict[tuple[str, dt.date, int], dt.timedelta] = {}


def _zone_key() -> str:
    return f"{os.environ.get('TZ', '')}|{time.tzname}"


def local_to_utc(naive: dt.datetime, report: Report | None = None, where: str = "") -> dt.datetime:
    """The UTC instant of a local wall-clock time on this computer (naive in, naive out).

    Offsets are cached per hour where a whole hour has one offset (imports
    convert thousands of times).
    """
    key = (_zone_key(), naive.date(), naive.hour)
    offset = _OFFSETS.get(key)
    if offset is not None:
        return naive - offset
    first = naive.astimezone()
    if first.replace(tzinfo=None) != naive:
        if report is not None:
            report.note(
                "times that do not exist in this computer's time zone (daylight-saving gap): "
                "kept as written",
                where,
            )
        return first.astimezone(dt.UTC).replace(tzinfo=None)
    offset = first.utcoffset() or dt.timedelta()
    if naive.replace(fold=1).astimezone().utcoffset() != offset:
        if report is not None:
            report.note(
                "times that happen twice in this computer's time zone (end of daylight saving): "
                "read as the first",
                where,
            )
        return naive - offset
    start = naive.replace(minute=0, second=0, microsecond=0)
    end = start + dt.timedelta(minutes=59, seconds=59)
    if all(t.astimezone().utcoffset() == offset for t in (start, end, end.replace(fold=1))):
        _OFFSETS[key] = offset
    return naive - offset


def utc_to_local(instant: dt.datetime) -> dt.datetime:
    """A UTC instant (naive or aware) as local wall-clock time on this computer (naive)."""
    if instant.tzinfo is None:
        instant = instant.replace(tzinfo=dt.UTC)
    return instant.astimezone().replace(tzinfo=None)


def aware_to_utc(instant: dt.datetime) -> dt.datetime:
    return instant.astimezone(dt.UTC).replace(tzinfo=None)


def minute(value: dt.datetime) -> str:
    """A time as ``YYYY-MM-DD HH:MM`` (for content keys and messages)."""
    return value.strftime("%Y-%m-%d %H:%M")


# -- text ---------------------------------------------------------------------


def one_line(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


def split_long_title(title: str, body: str, report: Report, where: str) -> tuple[str, str]:
    """A title that fits the journal's single line; a longer one moves into the body."""
    title = one_line(title)
    if len(title) <= MAX_LINE:
        return title, body
    report.note(
        f"titles longer than {MAX_LINE:,} characters: shortened, the whole title starts the body",
        where,
    )
    short = title[: MAX_LINE - 1].rstrip() + "…"
    return short, title + ("\n\n" + body if body else "")


def check_text_size(text: str, what: str, where: str) -> None:
    """Refuse a field the journal cannot hold (``ValueError`` with a message)."""
    if len(text) > MAX_TEXT:
        raise ValueError(
            f"{where}: the {what} is {len(text) / 1e6:,.1f} million characters; "
            f"a field holds at most {MAX_TEXT / 1e6:,.0f} million"
        )


def clean_tags(names: list[str], report: Report, where: str) -> list[str]:
    """Tag names as the journal takes them: one line, at most 100 characters, no repeats."""
    out: list[str] = []
    seen: set[str] = set()
    for raw in names:
        if not isinstance(raw, str):
            continue
        name = one_line(raw)
        if not name:
            continue
        if len(name) > MAX_TAG:
            report.not_mapped(f"tags longer than {MAX_TAG} characters (left out)", where)
            continue
        key = name.casefold()
        if key not in seen:
            seen.add(key)
            out.append(name)
    return out


def rating(value: Any, what: str, report: Report, where: str) -> int | None:
    """A whole number 1–10 (or its digits as text); anything else is reported and left empty."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool):
        number = None
    elif isinstance(value, int):
        number = value
    elif isinstance(value, str) and value.strip().isascii() and value.strip().isdigit():
        number = int(value.strip())
    else:
        number = None
    if number is None or not 1 <= number <= 10:
        report.not_mapped(
            f"{what} values that are not a whole number from 1 to 10 (left empty)", where
        )
        return None
    return number


# -- front matter ---------------------------------------------------------------


def split_front_matter(text: str, report: Report, where: str) -> tuple[dict[str, Any] | None, str]:
    """``(properties, body)`` of a Markdown file with YAML front matter.

    Front matter starts on the first line with ``---`` and ends with a line
    ``---`` (or ``...``). It is read with a loader that builds only strings,
    lists and maps (no tags, no Python objects; aliases stay shared, never
    expanded). Unclosed or invalid front matter is reported and the whole file
    is kept as the body.
    """
    if not text.startswith("---"):
        return None, text
    first, _, rest = text.partition("\n")
    if first.rstrip() != "---":
        return None, text
    end = re.search(r"^(?:---|\.\.\.)[ \t]*$", rest, re.MULTILINE)
    if end is None:
        report.not_mapped("front matter without its closing --- line (kept as text)", where)
        return None, text
    block = rest[: end.start()]
    body = rest[end.end() :].lstrip("\n")
    if len(block) > MAX_FRONT_MATTER:
        report.not_mapped("front matter larger than 256 KB (kept as text)", where)
        return None, text
    data = load_yaml(block)
    if data is None:
        report.not_mapped("front matter that is not valid YAML (kept as text)", where)
        return None, text
    return data, body


def load_yaml(block: str) -> dict[str, Any] | None:
    """A YAML mapping with every scalar as a string; None when it is not one."""
    import yaml  # only importers need YAML

    loader = getattr(yaml, "CBaseLoader", yaml.BaseLoader)
    try:
        data = yaml.load(block, Loader=loader)  # noqa: S506 - BaseLoader builds strings only
    except (yaml.YAMLError, RecursionError, ValueError):
        return None
    if data is None:
        return {}
    if not isinstance(data, dict):
        return None
    return {str(k): v for k, v in data.items() if isinstance(k, str)}


def strings(value: Any) -> list[str]:
    """A front-matter value as a list of strings (a string, or a flat list of them)."""
    if isinstance(value, str):
        return [value] if value.strip() else []
    if isinstance(value, list):
        return [item for item in value if isinstance(item, str) and item.strip()]
    return []


def lower_keys(data: dict[str, Any]) -> dict[str, Any]:
    """Keys in lower case (the first spelling wins)."""
    out: dict[str, Any] = {}
    for key, value in data.items():
        out.setdefault(key.strip().lower(), value)
    return out


# -- HTML ---------------------------------------------------------------------


class _Text(HTMLParser):
    """HTML fragments (Daylio notes, Joplin HTML notes) as plain Markdown text."""

    _BLOCK = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "table", "tr"}
    _SKIP = {"script", "style", "head", "title"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.skip = 0
        self.href: list[str | None] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._SKIP:
            self.skip += 1
        elif tag == "br":
            self.out.append("\n")
        elif tag in ("b", "strong"):
            self.out.append("**")
        elif tag in ("i", "em"):
            self.out.append("_")
        elif tag == "li":
            self.out.append("\n- ")
        elif tag in self._BLOCK:
            self.out.append("\n\n")
            if tag[0] == "h" and tag[1:].isdigit():
                self.out.append("#" * int(tag[1:]) + " ")
        elif tag == "a":
            href = dict(attrs).get("href")
            self.href.append(href)
            self.out.append("[")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in ("b", "strong"):
            self.out.append("**")
        elif tag in ("i", "em"):
            self.out.append("_")
        elif tag in self._BLOCK:
            self.out.append("\n\n")
        elif tag == "a":
            href = self.href.pop() if self.href else None
            self.out.append(f"]({href})" if href and href.startswith(("http", "mailto:")) else "]")

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.out.append(data)


def html_to_text(fragment: str) -> str:
    """An HTML fragment as Markdown-ish text: breaks, paragraphs, lists, bold and italics.

    No HTML survives (the renderer would show it as text anyway).
    """
    if "<" not in fragment and "&" not in fragment:
        return fragment
    if "&" not in fragment and not _NOT_BR.search(fragment):  # only line breaks (Daylio)
        return _BR.sub("\n", fragment).strip()
    parser = _Text()
    try:
        parser.feed(fragment)
        parser.close()
    except (AssertionError, ValueError):  # pragma: no cover - HTMLParser is lenient
        return html.unescape(re.sub(r"<[^>]*>", "", fragment))
    text = "".join(parser.out).replace("\xa0", " ")
    text = re.sub(r"[ \t]+\n", "\n", text)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip()
