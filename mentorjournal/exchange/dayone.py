"""Day One: the JSON export (a zip of ``<Journal>.json`` files and media folders).

Also an unzipped export folder, or a single ``Journal.json`` (then without
media). docs/IMPORT-FORMATS.md, "Day One", describes the format.

Mapping: entry → reflection. ``written_at`` is the creation time in the
entry's own time zone (``timeZone``; this computer's when missing),
``created_at``/``updated_at`` the UTC ``creationDate``/``modifiedDate``. A
first line ``# …`` is the title (without Day One's escapes) and leaves the
body. Day One's backslash escapes are undone where the character cannot be
Markdown syntax, kept where it could. ``dayone-moment://`` references become
the imported attachments (``![name](mj-attachment:…)``); files listed but
not referenced are attached at the end; references to files missing from the
export stay as a visible note and are reported. Tags stay tags, starred and
pinned become the tags ``starred`` and ``pinned``, and the journal's name a
tag (unless it is Day One's default "Journal"). Day One's ``uuid`` is the
source id.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

from mentorjournal.domain.attachments import MAX_SIZE, reference, size_text
from mentorjournal.exchange import archive, common
from mentorjournal.exchange.incoming import (
    Batch,
    ImportOptions,
    IncomingAttachment,
    IncomingRecord,
    Reading,
    Report,
)

SOURCE = "dayone"
WHAT = "Day One export"
DEFAULT_JOURNAL = "Journal"

#: Media lists of an entry: (JSON key, folder in the export, word for people).
MEDIA = (
    ("photos", "photos", "photo"),
    ("videos", "videos", "video"),
    ("audios", "audios", "audio"),
    ("pdfAttachments", "pdfs", "PDF"),
)
_MOMENT_KIND = {
    "": "photos",
    "video": "videos",
    "audio": "audios",
    "pdfAttachment": "pdfAttachments",
}
_MOMENT = re.compile(
    r"!\[([^\]\n]*)\]\(dayone-moment:(?://|/(video|audio|pdfAttachment)/)([0-9A-Za-z-]+)\)"
)
_ENTRY_LINK = re.compile(r"\[([^\]\n]*)\]\(dayone2://view\?entryId=[0-9A-Za-z-]+\)")
_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")
_FENCE = re.compile(r"^\s{0,3}(```|~~~)")
_NOT_MAPPED = {
    "location": "locations (not kept)",
    "weather": "weather (not kept)",
    "music": "music (not kept)",
    "userActivity": "activity data such as steps (not kept)",
}


# -- Day One's Markdown ---------------------------------------------------------


def _unescape_line(line: str) -> str:
    """Undo Day One's escapes where the character cannot be Markdown syntax."""
    lead = len(line) - len(line.lstrip(" \t"))
    table = line.lstrip().startswith("|")

    def keep(match: re.Match[str]) -> str:
        char, at = match.group(1), match.start()
        start = at == lead  # the first thing on the line
        if char in "\\`*_[]<~":
            return match.group(0)
        if char in "#>-+=" and start:
            return match.group(0)
        if char == "." and re.fullmatch(r"\d+", line[lead:at]):
            return match.group(0)  # "1\." keeps a number from becoming a list item
        if char == "!" and line.startswith("[", match.end()):
            return match.group(0)
        if char == "|" and table:
            return match.group(0)
        return char

    return _ESCAPE.sub(keep, line)


def unescape(text: str) -> str:
    """Day One's ``text`` with its needless backslash escapes undone (code is left alone)."""
    out = []
    fenced = False
    for line in text.split("\n"):
        if _FENCE.match(line):
            fenced = not fenced
            out.append(line)
        elif fenced or "\\" not in line:
            out.append(line)
        else:
            out.append(_unescape_line(line))
    return "\n".join(out)


def plain_title(line: str) -> str:
    """A ``# heading`` line as a plain title: no hashes, no escapes at all."""
    return common.one_line(_ESCAPE.sub(r"\1", line.lstrip("#").strip()))


def split_title(text: str) -> tuple[str, str]:
    """``(title, body)``: the first line is the title only when it is a ``# `` heading."""
    first, _, rest = text.partition("\n")
    if re.match(r"#\s", first):
        return plain_title(first), rest.lstrip("\n")
    return "", text


# -- the export ---------------------------------------------------------------------


class _Reader:
    def __init__(self, path: Path, tree: archive.Tree | None, reading: Reading | None) -> None:
        self.path = path
        self.tree = tree
        self.reading = reading
        self.report = Report()
        self.records: list[IncomingRecord] = []
        self.media: dict[str, dict[str, str]] = {folder: {} for _, folder, _ in MEDIA}
        self.listed: dict[str, tuple[str, dict[str, Any]]] = {}  # identifier -> key, item
        self.hashed: dict[str, IncomingAttachment | None] = {}
        self.oversized: set[str] = set()
        if tree is not None:
            for name in tree.names():
                folder, _, file = name.partition("/")
                if folder in self.media and "/" not in file and file:
                    stem = file.rsplit(".", 1)[0].lower()
                    self.media[folder].setdefault(stem, name)

    def refuse(self, problem: str) -> archive.ImportRefused:
        return archive.refuse(self.path, WHAT, problem)

    def journal(self, name: str, data: Any, label: str) -> None:
        entries = data.get("entries") if isinstance(data, dict) else None
        if not isinstance(entries, list) or not isinstance(data.get("metadata", {}), dict):
            raise self.refuse(f'{label or "the file"} is no Day One journal (no "entries" list)')
        for n, entry in enumerate(entries):
            if not isinstance(entry, dict):
                raise self.refuse(f"{label + ', ' if label else ''}entry {n + 1} is not an object")
            for key, _, _ in MEDIA:
                items = entry.get(key)
                if isinstance(items, list):
                    for item in items:
                        if isinstance(item, dict) and isinstance(item.get("identifier"), str):
                            self.listed.setdefault(item["identifier"].upper(), (key, item))
        for n, entry in enumerate(entries):
            self.entry(name, entry, f"{label}, entry {n + 1}" if label else f"entry {n + 1}")

    def entry(self, journal: str, entry: dict[str, Any], label: str) -> None:
        uid = entry.get("uuid")
        if not isinstance(uid, str) or not uid.strip():
            raise self.refuse(f"{label} has no uuid")
        text = entry.get("text", "")
        if text is None:
            text = ""
        if not isinstance(text, str):
            raise self.refuse(f"{label}: its text is not text (a {type(text).__name__})")
        try:
            common.check_text_size(text, "text", label)
        except ValueError as exc:
            raise self.refuse(str(exc)) from None
        created = _utc(entry.get("creationDate"))
        if created is None:
            raise self.refuse(f"{label} has no valid creationDate")
        modified = _utc(entry.get("modifiedDate")) or created
        written, where = self._local(created, entry.get("timeZone"), label)
        if entry.get("isAllDay") is True:
            written = written.replace(hour=0, minute=0, second=0)
            self.report.note("all-day entries: dated at 00:00", where)
        title, body = split_title(text.replace("\r\n", "\n"))
        body, files = self._moments(unescape(body), entry, where)
        body = _ENTRY_LINK.sub(lambda m: m.group(1), body)
        if "dayone2://" in text:
            self.report.note("links to other Day One entries: kept as their text", where)
        title, body = common.split_long_title(title, body.rstrip(), self.report, where)
        tags = [t for t in entry.get("tags", []) or [] if isinstance(t, str)]
        if entry.get("starred") is True:
            tags.append("starred")
        if entry.get("isPinned") is True or entry.get("pinned") is True:
            tags.append("pinned")
        if journal and journal != DEFAULT_JOURNAL:
            tags.append(journal)
        for key, reason in _NOT_MAPPED.items():
            if entry.get(key):
                self.report.not_mapped(reason, where)
        self.records.append(
            IncomingRecord(
                kind="reflection",
                source_id=uid.strip().upper(),
                values={"written_at": written, "title": title, "body": body},
                tags=common.clean_tags(tags, self.report, where),
                attachments=files,
                created_at=created,
                updated_at=max(modified, created),
                where=where,
            )
        )

    def _local(self, created: dt.datetime, zone: Any, label: str) -> tuple[dt.datetime, str]:
        from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

        instant = created.replace(tzinfo=dt.UTC)
        if isinstance(zone, str) and zone.strip():
            try:
                written = instant.astimezone(ZoneInfo(zone.strip())).replace(tzinfo=None)
                return written, f"entry of {common.minute(written)}"
            except (ZoneInfoNotFoundError, ValueError):
                pass
        written = common.utc_to_local(created)
        where = f"entry of {common.minute(written)}"
        self.report.note("entries without a known time zone: read in this computer's", where)
        return written, where

    def _moments(
        self, body: str, entry: dict[str, Any], where: str
    ) -> tuple[str, list[IncomingAttachment]]:
        files: list[IncomingAttachment] = []
        used: set[str] = set()

        def replace(match: re.Match[str]) -> str:
            key = _MOMENT_KIND[match.group(2) or ""]
            identifier = match.group(3).upper()
            word = next(w for k, _, w in MEDIA if k == key)
            found = self._file(identifier, entry, where)
            if found is None and identifier in self.oversized:
                return f"*({word} left out: larger than {size_text(MAX_SIZE)})*"
            if found is None:
                self.report.not_mapped(
                    f"{word} references whose file is not in the export (a note was left)",
                    where,
                )
                return f"*({word} missing from the Day One export)*"
            used.add(identifier)
            files.append(found)
            return reference(found.digest.sha256, found.name, found.digest.mime)

        body = _MOMENT.sub(replace, body)
        extra = []
        for key, _, word in MEDIA:
            items = entry.get(key)
            for item in items if isinstance(items, list) else []:
                if not isinstance(item, dict) or not isinstance(item.get("identifier"), str):
                    continue
                identifier = item["identifier"].upper()
                if identifier in used:
                    continue
                used.add(identifier)
                found = self._file(identifier, entry, where)
                if found is None:
                    self.report.not_mapped(
                        f"{word}s listed in an entry but missing from the export", where
                    )
                    continue
                files.append(found)
                extra.append(reference(found.digest.sha256, found.name, found.digest.mime))
        if extra:
            self.report.note("attachments no text referred to: shown at the end", where)
            body = body.rstrip() + "\n\n" + "\n\n".join(extra)
        return body, files

    def _file(
        self, identifier: str, entry: dict[str, Any], where: str
    ) -> IncomingAttachment | None:
        if identifier in self.hashed:
            return self.hashed[identifier]
        listed = self.listed.get(identifier)
        found: IncomingAttachment | None = None
        if listed is not None and self.tree is not None:
            key, item = listed
            folder = next(f for k, f, _ in MEDIA if k == key)
            md5 = item.get("md5")
            member = self.media[folder].get(md5.lower()) if isinstance(md5, str) else None
            if member is not None and self.tree.size(member) > MAX_SIZE:
                self.oversized.add(identifier)
            if member is not None:
                found = self.tree.attachment(
                    member, self.report, where, self.reading, _display_name(key, item, member)
                )
        self.hashed[identifier] = found
        return found


def _display_name(key: str, item: dict[str, Any], member: str) -> str:
    ext = member.rsplit(".", 1)[-1] if "." in member else ""
    for field in ("filename", "fileName", "pdfName"):
        value = item.get(field)
        if isinstance(value, str) and value.strip():
            name = value.strip()
            return name if not ext or name.lower().endswith("." + ext.lower()) else f"{name}.{ext}"
    word = next(w for k, _, w in MEDIA if k == key).lower()
    order = item.get("orderInEntry")
    number = order + 1 if isinstance(order, int) and not isinstance(order, bool) else 1
    return f"{word} {number}.{ext}" if ext else f"{word} {number}"


def _utc(value: Any) -> dt.datetime | None:
    if not isinstance(value, str):
        return None
    try:
        parsed = dt.datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=dt.UTC)
    return common.aware_to_utc(parsed)


def journal_files(names: list[str]) -> list[str]:
    """The journal files of an export: top-level ``*.json``."""
    return sorted(n for n in names if "/" not in n and n.lower().endswith(".json"))


def read(path: Path, options: ImportOptions, reading: Reading | None = None) -> Batch:
    """Read a Day One export: a zip, its unzipped folder, or one journal JSON file."""
    if not path.is_dir() and not archive.is_zip(path):
        data = archive.read_file(path, WHAT)
        text = archive.decode(data, "the file", path, WHAT)
        reader = _Reader(path, None, reading)
        reader.journal(path.stem, archive.parse_json(text, "the file", path, WHAT), "")
        reader.report.note("a single journal file has no photos or other media")
        return _batch(reader, None)
    tree = archive.open_tree(path, WHAT)
    try:
        files = journal_files(tree.names())
        journals = []
        for name in files:
            data = archive.parse_json(tree.text(name), name, path, WHAT)
            if isinstance(data, dict) and isinstance(data.get("entries"), list):
                journals.append((name, data))
        if not journals:
            raise archive.refuse(path, WHAT, "it holds no Day One journal (no Journal.json)")
        reader = _Reader(path, tree, reading)
        for name, data in journals:
            reader.journal(name[: -len(".json")], data, name)
        for name in tree.skipped:
            reader.report.not_mapped("links and special files (not followed)", name)
    except BaseException:
        tree.close()
        raise
    return _batch(reader, tree)


def _batch(reader: _Reader, tree: archive.Tree | None) -> Batch:
    what = f"{WHAT} ({'zip' if tree and tree.kind == 'zip' else 'folder' if tree else 'JSON'})"
    closer = tree.close if tree is not None else None
    return Batch(SOURCE, what, reader.path, reader.records, reader.report, closer)
