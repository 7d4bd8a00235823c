"""Obsidian: a vault (folder or zip) with daily notes.

docs/IMPORT-FORMATS.md, "Obsidian", describes the format. A daily note is a
note whose path inside the daily-notes folder, minus ``.md``, matches the
vault's daily-notes format strictly (the core Daily notes plugin's
``.obsidian/daily-notes.json``, or the Periodic Notes plugin's settings;
``YYYY-MM-DD`` when neither says). Other notes are imported only when asked
(``all_notes``), dated by their front matter or their file's time.

Mapping: daily note → reflection. The date comes from the front matter
(``date``, ``created``, ``day``) when valid, else from the file name (00:00
local time without a time of day). Front-matter ``tags`` and inline
``#tags`` → tags (case folded: ``#Career`` = ``career``); ``confidence`` and
``motivation`` → ratings (whole numbers 1–10; anything else is reported and
left empty); ``mood`` → the tag ``mood:<value>`` (and a rating only when the
user chooses ``mood_to`` and the mood is a number 1–10). Task lines → action
items (description without the Tasks plugin's emoji fields; due = 📅, done =
✅ or, for ``[x]`` without a date, the note's date; cancelled tasks are left
out); the task lines stay in the text. ``[[links]]`` are kept as their
visible text; embedded images and files (``![[…]]``, ``![](…)``) become
attachments, missing ones text. Obsidian has no ids: a note is identified by
its path in the vault and its content.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import urllib.parse
from pathlib import Path, PurePosixPath
from typing import Any

from mentorjournal.domain.attachments import reference
from mentorjournal.exchange import archive, common
from mentorjournal.exchange.incoming import (
    Batch,
    ImportOptions,
    IncomingAttachment,
    IncomingRecord,
    Keys,
    Reading,
    Report,
)

SOURCE = "obsidian"
WHAT = "Obsidian vault"
DEFAULT_FORMAT = "YYYY-MM-DD"

MONTHS = {
    name: n
    for names in (
        "january february march april may june july august september october november december",
        "januar februar märz april mai juni juli august september oktober november dezember",
    )
    for n, name in enumerate(names.split(), start=1)
}
MONTHS_SHORT = {name[:3]: n for name, n in MONTHS.items()} | {"mär": 3, "mrz": 3, "okt": 10}
_TOKENS = re.compile(
    r"\[[^\]]*\]|YYYY|YY|MMMM|MMM|MM|M|Do|DDDD|DDD|DD|D|dddd|ddd|dd|d|gggg|GGGG|ww|WW|w|W|."
)
_DATE_KEYS = ("date", "created", "day")
_IGNORED_KEYS = {"tags", "tag", "aliases", "alias", "cssclasses", "cssclass", "updated", "modified"}
_IGNORED_KEYS |= {"confidence", "motivation", "mood", "publish", "title"} | set(_DATE_KEYS)
_TAG = re.compile(r"(?:(?<=\s)|^)#([\w/-]*[^\W\d_/-][\w/-]*|[\w/-]*_[\w/-]*)", re.MULTILINE)
_FENCE = re.compile(r"^\s{0,3}(```|~~~)")
_CODE_SPAN = re.compile(r"`[^`\n]*`")
_COMMENT = re.compile(r"%%.*?%%", re.DOTALL)
_EMBED = re.compile(r"!\[\[([^\]\n]+)\]\]")
_WIKILINK = re.compile(r"\[\[([^\]\n]+)\]\]")
_MD_IMAGE = re.compile(r"!\[([^\]\n]*)\]\(<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\)")
_TASK = re.compile(r"^(\s*(?:[-*+]|\d+[.)])\s+)\[(.)\]\s+(.*)$")
_FIELD = re.compile(
    r"\s*(📅|⏳|🛫|➕|✅|❌)\uFE0F?\s*(\S+)|\s*🔁\uFE0F?\s*[^📅⏳🛫➕✅❌🆔⛔🏁🔺⏫🔼🔽⏬]*"
    r"|\s*(?:🆔|⛔|🏁)\uFE0F?\s*\S+|\s*[🔺⏫🔼🔽⏬]\uFE0F?"
)
_DATAVIEW = re.compile(r"\s*\[(due|completion|cancelled|scheduled|start|created)::\s*([^\]]*)\]")


# -- daily-notes formats ---------------------------------------------------------------


def format_regex(fmt: str) -> re.Pattern[str]:
    """A moment.js date format as a strict regex with groups ``Y``, ``M``, ``Mn``, ``D``."""
    out: list[str] = []
    named: set[str] = set()

    def group(name: str, body: str) -> str:
        if name in named:  # a second YYYY in "YYYY/MM/YYYY-MM-DD" must repeat the first
            return f"(?P={name})"
        named.add(name)
        return f"(?P<{name}>{body})"

    for token in _TOKENS.findall(fmt):
        if token.startswith("["):
            out.append(re.escape(token[1:-1]))
        elif token == "YYYY":
            out.append(group("Y", r"\d{4}"))
        elif token == "YY":
            out.append(group("y", r"\d{2}"))
        elif token == "MMMM":
            out.append(group("Mn", r"[^\W\d_]{3,}"))
        elif token == "MMM":
            out.append(group("Ms", r"[^\W\d_]{3,4}\.?"))
        elif token == "MM":
            out.append(group("M", r"\d{2}"))
        elif token == "M":
            out.append(group("M", r"\d{1,2}"))
        elif token == "Do":
            out.append(group("D", r"\d{1,2}") + r"(?:st|nd|rd|th|\.)")
        elif token == "DD":
            out.append(group("D", r"\d{2}"))
        elif token == "D":
            out.append(group("D", r"\d{1,2}"))
        elif token in ("DDDD", "DDD"):
            out.append(group("J", r"\d{1,3}"))
        elif token in ("dddd", "ddd", "dd"):
            out.append(r"[^\W\d_]{2,}\.?")
        elif token == "d":
            out.append(r"\d")
        elif token in ("gggg", "GGGG"):
            out.append(r"\d{4}")
        elif token in ("ww", "WW", "w", "W"):
            out.append(r"\d{1,2}")
        else:
            out.append(re.escape(token))
    return re.compile("".join(out))


def parse_name(pattern: re.Pattern[str], text: str) -> dt.date | None:
    """The date a daily note's name gives under ``pattern``; None when it does not match."""
    match = pattern.fullmatch(text)
    if not match:
        return None
    groups = match.groupdict()
    try:
        if groups.get("Y"):
            year = int(groups["Y"])
        elif groups.get("y"):
            year = 2000 + int(groups["y"])
        else:
            return None
        if groups.get("J") and not groups.get("M"):
            return dt.date(year, 1, 1) + dt.timedelta(days=int(groups["J"]) - 1)
        if groups.get("M"):
            month = int(groups["M"])
        elif groups.get("Mn"):
            month = MONTHS[groups["Mn"].lower()]
        elif groups.get("Ms"):
            month = MONTHS_SHORT[groups["Ms"].lower().rstrip(".")[:3]]
        else:
            return None
        return dt.date(year, month, int(groups.get("D") or 1))
    except (KeyError, ValueError):
        return None


def _date_value(value: Any) -> tuple[dt.date | None, dt.datetime | None]:
    """A front-matter date: ``(date, aware or naive datetime when a time is given)``."""
    if not isinstance(value, str) or not value.strip():
        return None, None
    text = value.strip()
    try:
        if len(text) == 10:
            return dt.date.fromisoformat(text), None
        moment = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None, None
    return moment.date(), moment


# -- tags and text ------------------------------------------------------------------


def inline_tags(body: str) -> list[str]:
    """Obsidian's inline ``#tags``: not in code, comments or URLs; at least one non-digit."""
    text = _COMMENT.sub(" ", body)
    kept = []
    fenced = False
    for line in text.split("\n"):
        if _FENCE.match(line):
            fenced = not fenced
            continue
        if not fenced:
            kept.append(_CODE_SPAN.sub(" ", line))
    found = []
    for name in _TAG.findall("\n".join(kept)):
        name = name.strip("/")
        if name and not name.replace("/", "").replace("_", "").replace("-", "").isdigit():
            found.append(name)
    return found


class _Vault:
    def __init__(
        self, path: Path, tree: archive.Tree, options: ImportOptions, reading: Reading | None
    ) -> None:
        self.path = path
        self.tree = tree
        self.options = options
        self.reading = reading
        self.report = Report()
        self.keys = Keys(SOURCE)
        self.records: list[IncomingRecord] = []
        self.root = self._root()
        self.files = {
            n[len(self.root) :]: n
            for n in tree.names()
            if n.startswith(self.root)
            and not any(p.startswith(".") for p in n[len(self.root) :].split("/"))
        }
        self.by_name: dict[str, list[str]] = {}
        for rel in self.files:
            self.by_name.setdefault(rel.rsplit("/", 1)[-1].lower(), []).append(rel)
        self.hashed: dict[str, IncomingAttachment | None] = {}
        self.used: set[str] = set()
        self.folder, fmt, self.template = self._settings()
        self.format = fmt
        self.pattern = format_regex(fmt)
        self.attachment_folder = self._app_setting("attachmentFolderPath") or ""

    def refuse(self, problem: str) -> archive.ImportRefused:
        return archive.refuse(self.path, WHAT, problem)

    def _root(self) -> str:
        names = self.tree.names()
        if any(n.startswith(".obsidian/") for n in names):
            return ""
        tops = {n.split("/", 1)[0] for n in names if "/" in n}
        for top in sorted(tops):
            if any(n.startswith(f"{top}/.obsidian/") for n in names):
                return f"{top}/"
        loose = [n for n in names if "/" not in n]
        if len(tops) == 1 and not loose:
            return f"{tops.pop()}/"
        return ""

    def _json(self, rel: str) -> dict[str, Any] | None:
        name = self.root + rel
        if name not in self.tree.sizes:
            return None
        try:
            data = json.loads(self.tree.text(name, limit=1024 * 1024))
        except (json.JSONDecodeError, RecursionError, archive.ImportRefused):
            self.report.not_mapped("settings files that cannot be read (defaults used)", rel)
            return None
        return data if isinstance(data, dict) else None

    def _app_setting(self, key: str) -> str | None:
        data = self._json(".obsidian/app.json") or {}
        value = data.get(key)
        return value if isinstance(value, str) else None

    def _settings(self) -> tuple[str, str, str]:
        folder, fmt, template = "", "", ""
        daily = self._json(".obsidian/daily-notes.json")
        if daily:
            folder = str(daily.get("folder") or "")
            fmt = str(daily.get("format") or "")
            template = str(daily.get("template") or "")
        community = self.root + ".obsidian/community-plugins.json"
        listed = False
        if community in self.tree.sizes:
            try:
                listed = "periodic-notes" in json.loads(self.tree.text(community, 1024 * 1024))
            except (json.JSONDecodeError, RecursionError, TypeError):
                listed = False
        periodic = self._json(".obsidian/plugins/periodic-notes/data.json") if listed else None
        if periodic:
            settings = periodic.get("daily")
            sets = periodic.get("calendarSets")
            if not isinstance(settings, dict) and isinstance(sets, list) and sets:
                day = sets[0].get("day") if isinstance(sets[0], dict) else None
                settings = day if isinstance(day, dict) else None
            if isinstance(settings, dict) and settings.get("enabled", True):
                folder = str(settings.get("folder") or "")
                fmt = str(settings.get("format") or "")
                template = str(settings.get("template") or settings.get("templatePath") or "")
        folder = folder.strip("/")
        return folder, fmt or DEFAULT_FORMAT, template.strip("/")

    # notes
    def read(self) -> None:
        notes = sorted(rel for rel in self.files if rel.lower().endswith(".md"))
        if not notes:
            raise self.refuse("it holds no notes (.md files)")
        template = f"{self.template}.md" if self.template else None
        other = 0
        for rel in notes:
            if self.reading is not None:
                self.reading.tick()
            if rel == template:
                continue
            day = self._daily_date(rel)
            if day is None and not self.options.all_notes:
                other += 1
                self.report.not_mapped(
                    "notes that are not daily notes (not imported; --all-notes takes them too)",
                    rel,
                )
                continue
            self.note(rel, day)
        if not self.records and not other:
            raise self.refuse("it holds no daily notes")
        self.report.note(f"daily notes found by the format {self.format!r}", self.folder or "/")
        for rel in sorted(self.files):
            if not rel.lower().endswith(".md") and rel not in self.used:
                self.report.not_mapped("files no imported note embeds (left out)", rel)
        for name in self.tree.skipped:
            self.report.not_mapped("links and special files (not followed)", name)

    def _daily_date(self, rel: str) -> dt.date | None:
        stem = rel[: -len(".md")]
        if self.folder:
            if not stem.startswith(self.folder + "/"):
                return None
            stem = stem[len(self.folder) + 1 :]
        return parse_name(self.pattern, stem)

    def note(self, rel: str, named: dt.date | None) -> None:
        text = self.tree.text(self.files[rel])
        data, body = common.split_front_matter(text, self.report, rel)
        meta = common.lower_keys(data or {})
        day, moment = named, None
        for key in _DATE_KEYS:
            found, at = _date_value(meta.get(key))
            if found is not None:
                if named is not None and found != named:
                    self.report.note(
                        "front-matter dates that differ from the file name: the front matter won",
                        rel,
                    )
                day, moment = found, at
                break
        if day is None:
            changed = self.tree.mtime(self.files[rel])
            if changed is None:
                self.report.not_mapped("notes without any date (left out)", rel)
                return
            day, moment = changed.date(), changed
            self.report.note("notes that are not daily notes: dated by their file's time", rel)
        if moment is None:
            written = dt.datetime.combine(day, dt.time())
        elif moment.tzinfo is not None:
            written = common.utc_to_local(moment)
        else:
            written = moment
        where = rel
        instant = common.local_to_utc(written, self.report, where)
        try:
            common.check_text_size(body, "text", rel)
        except ValueError as exc:
            raise self.refuse(str(exc)) from None
        values: dict[str, Any] = {"written_at": written, "title": "", "body": ""}
        for field in ("confidence", "motivation"):
            values[field] = common.rating(meta.get(field), field, self.report, where)
        tags = common.strings(meta.get("tags")) + common.strings(meta.get("tag"))
        tags = [t.lstrip("#") for t in tags]
        moods = common.strings(meta.get("mood"))
        tags += [f"mood:{m.strip()}" for m in moods]
        self._mood(moods, values, where)
        for key in meta:
            if key not in _IGNORED_KEYS:
                self.report.not_mapped(f'the property "{key[:40]}" (not mapped)', where)
        source_key = self.keys(rel, text)
        body = body.strip("\n")
        tags += inline_tags(body)
        body, files = self._embeds(body, rel)
        body = _WIKILINK.sub(self._link_text, body)
        title = ""
        first, _, rest = body.partition("\n")
        if re.match(r"#\s", first):
            title, body = common.one_line(first.lstrip("#")), rest.lstrip("\n")
        title, body = common.split_long_title(title, body.rstrip(), self.report, where)
        values["title"], values["body"] = title, body
        self.records.append(
            IncomingRecord(
                kind="reflection",
                source_id=source_key,
                values=values,
                tags=common.clean_tags(tags, self.report, where),
                attachments=files,
                created_at=_created(meta.get("created")) or instant,
                updated_at=instant,
                where=where,
            )
        )
        self._tasks(body, source_key, written.date(), where)

    def _mood(self, moods: list[str], values: dict[str, Any], where: str) -> None:
        target = self.options.mood_to
        if not target or not moods:
            return
        number = moods[0].strip()
        if not (number.isascii() and number.isdigit() and 1 <= int(number) <= 10):
            self.report.not_mapped(
                f"moods that are not a number from 1 to 10: only their tag (no {target})", where
            )
            return
        if values.get(target) is not None:
            self.report.note(f"notes with a {target} property: it was kept, not the mood", where)
            return
        values[target] = int(number)

    @staticmethod
    def _link_text(match: re.Match[str]) -> str:
        target, _, alias = match.group(1).partition("|")
        if alias.strip():
            return alias.strip()
        return target.split("#", 1)[0].strip() or target.strip()

    def _find(self, target: str, rel: str) -> str | None:
        """The vault file an embed or image refers to (Obsidian's resolution order)."""
        target = urllib.parse.unquote(target).strip()
        if not target or re.match(r"^[a-z][a-z0-9+.-]*:", target, re.IGNORECASE):
            return None
        note_folder = PurePosixPath(rel).parent
        candidates = [
            _join(note_folder, target),
            target.lstrip("/"),
        ]
        folder = self.attachment_folder
        if folder.startswith("./"):
            candidates.append(_join(note_folder / folder[2:], target))
        elif folder and folder != "/":
            candidates.append(_join(PurePosixPath(folder), target))
        for candidate in candidates:
            if candidate and candidate in self.files:
                return candidate
        for name in (target, target + ".md"):
            found = self.by_name.get(name.rsplit("/", 1)[-1].lower())
            if found:
                return sorted(found, key=lambda p: (p.count("/"), p))[0]
        return None

    def _attachment(self, found: str, where: str) -> IncomingAttachment | None:
        self.used.add(found)
        if found not in self.hashed:
            self.hashed[found] = self.tree.attachment(
                self.files[found], self.report, where, self.reading
            )
        return self.hashed[found]

    def _embeds(self, body: str, rel: str) -> tuple[str, list[IncomingAttachment]]:
        files: list[IncomingAttachment] = []

        def embed(match: re.Match[str]) -> str:
            inner = match.group(1)
            target, _, alias = inner.partition("|")
            target = target.split("#", 1)[0].strip()
            found = self._find(target, rel)
            if found is None:
                self.report.not_mapped("embedded files missing from the vault (kept as text)", rel)
                return target
            if found.lower().endswith(".md"):
                self.report.note("embedded notes: kept as their name (not copied in)", rel)
                return alias.strip() or found.rsplit("/", 1)[-1][: -len(".md")]
            item = self._attachment(found, rel)
            if item is None:
                return target
            files.append(item)
            return reference(item.digest.sha256, item.name, item.digest.mime)

        def image(match: re.Match[str]) -> str:
            alt, target = match.group(1), match.group(2)
            if target.startswith("mj-attachment:"):
                return match.group(0)
            if re.match(r"^https?:", target, re.IGNORECASE):
                self.report.note("remote images: kept as links, never loaded", rel)
                return match.group(0)
            found = self._find(target, rel)
            if found is None or found.lower().endswith(".md"):
                self.report.not_mapped("embedded files missing from the vault (kept as text)", rel)
                return alt or target
            item = self._attachment(found, rel)
            if item is None:
                return alt or target
            files.append(item)
            return reference(item.digest.sha256, item.name, item.digest.mime)

        body = _EMBED.sub(embed, body)
        body = _MD_IMAGE.sub(image, body)
        return body, files

    def _tasks(self, body: str, note_key: str, day: dt.date, where: str) -> None:
        fenced = False
        for line in body.split("\n"):
            if _FENCE.match(line):
                fenced = not fenced
                continue
            match = None if fenced else _TASK.match(line)
            if match is None:
                continue
            status, rest = match.group(2), match.group(3)
            dates: dict[str, dt.date | None] = {}
            for emoji, value in _fields(rest):
                try:
                    dates[emoji] = dt.date.fromisoformat(value)
                except ValueError:
                    dates[emoji] = None
                    self.report.not_mapped("task dates that are no real date (left out)", where)
            if "🔁" in rest:
                self.report.note("recurring tasks: imported once (no repetition)", where)
            text = _DATAVIEW.sub("", _FIELD.sub("", rest)).strip()
            if not text:
                continue
            if status == "-":
                self.report.not_mapped("cancelled tasks (not imported as action items)", where)
                continue
            done = None
            if status in "xX":
                done = dates.get("✅") or day
            self.records.append(
                IncomingRecord(
                    kind="action",
                    source_id=self.keys(note_key, "task", text),
                    values={
                        "text": text,
                        "owner": "me",
                        "due_on": dates.get("📅"),
                        "done_on": done,
                    },
                    created_at=common.local_to_utc(dt.datetime.combine(day, dt.time())),
                    where=f"{where}: a task",
                )
            )


def _created(value: Any) -> dt.datetime | None:
    """The ``created`` property as a UTC instant, when it has a time of day."""
    _, moment = _date_value(value)
    if moment is None:
        return None
    if moment.tzinfo is None:
        return common.local_to_utc(moment)
    return common.aware_to_utc(moment)


def _fields(rest: str) -> list[tuple[str, str]]:
    found = [(m.group(1), m.group(2)) for m in _FIELD.finditer(rest) if m.group(1)]
    names = {"due": "📅", "completion": "✅", "cancelled": "❌", "scheduled": "⏳", "start": "🛫"}
    names["created"] = "➕"
    found += [(names[m.group(1)], m.group(2).strip()) for m in _DATAVIEW.finditer(rest)]
    return found


def _join(folder: PurePosixPath, target: str) -> str:
    parts: list[str] = [p for p in folder.parts if p not in (".", "")]
    for part in PurePosixPath(target).parts:
        if part == "..":
            if not parts:
                return ""
            parts.pop()
        elif part not in (".", "", "/"):
            parts.append(part)
    return "/".join(parts)


def read(path: Path, options: ImportOptions, reading: Reading | None = None) -> Batch:
    """Read an Obsidian vault: a folder, or a zip of one."""
    tree = archive.open_tree(path, WHAT)
    try:
        vault = _Vault(path, tree, options, reading)
        vault.read()
    except BaseException:
        tree.close()
        raise
    return Batch(SOURCE, f"{WHAT} ({tree.kind})", path, vault.records, vault.report, tree.close)


__all__ = ["format_regex", "inline_tags", "parse_name", "read"]
