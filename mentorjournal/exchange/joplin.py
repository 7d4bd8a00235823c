"""Joplin: JEX archives, the RAW export folder, and "Markdown + Front Matter" folders.

docs/IMPORT-FORMATS.md, "Joplin", describes the formats.

Mapping (JEX and RAW): a note → a reflection (title, body, ``written_at`` =
``user_created_time`` as local time, ``created_at``/``updated_at`` =
``user_created_time``/``user_updated_time``), its tags and its notebook path
(``Mentoring/Sessions 2024``) → tags; a to-do → an action item (text = title
and body, due and done dates from ``todo_due``/``todo_completed``); resources
→ attachments, and ``:/id`` links to them → ``mj-attachment:`` links; Joplin's
item id is the source id. HTML notes are turned into text. Conflict copies,
notes in Joplin's trash and end-to-end-encrypted items are left out and
reported.

Markdown + Front Matter carries no ids, notebooks (only folders) or
completion times: the folder path is the notebook, a done to-do is done on
its last change, and a note is identified by a hash of its path, creation
time and text (an ``id`` in the front matter is used when there is one).
"""

from __future__ import annotations

import datetime as dt
import re
import urllib.parse
from pathlib import Path, PurePosixPath

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

SOURCE = "joplin"
WHAT = "Joplin export"

NOTE, FOLDER, RESOURCE, TAG, NOTE_TAG = 1, 2, 4, 5, 6
_ID = re.compile(r"[0-9a-f]{32}")
_ITEM = re.compile(r"^([0-9a-f]{32})\.md$")
_LINK = re.compile(r"(!?)\[([^\]\n]*)\]\(:/([0-9a-f]{32})(#[^)\s]*)?\)")
_IMG = re.compile(r"<img\b[^>]*\bsrc=[\"']:/([0-9a-f]{32})[\"'][^>]*>", re.IGNORECASE)
_MD_LINK = re.compile(r"(!?)\[([^\]\n]*)\]\(<?([^)\s>]+)>?\)")
_SKIPPED_TYPES = {
    3: "settings",
    7: "saved searches",
    8: "alarms",
    9: "encryption master keys",
    10: "item changes",
    11: "note resources",
    12: "resource local states",
    13: "revisions",
    14: "migrations",
    15: "smart filters",
    16: "commands",
}


def unserialize(text: str) -> dict[str, str] | None:
    """A RAW item as Joplin's ``BaseItem.unserialize`` reads it; None without ``type_``."""
    lines = text.split("\n")
    props: dict[str, str] = {}
    body: list[str] = []
    reading_props = True
    for line in reversed(lines):
        if reading_props:
            line = line.strip()
            if not line:
                reading_props = False
                continue
            key, sep, value = line.partition(":")
            if not sep:
                return None
            props[key.strip()] = _unescape(value.strip())
        else:
            body.insert(0, line)
    if "type_" not in props:
        return None
    if body:
        props["title"] = body[0]
        props["body"] = "\n".join(body[2:])
    return props


def _unescape(value: str) -> str:
    return (
        value.replace("\\\\n", "\x00")
        .replace("\\n", "\n")
        .replace("\\r", "\r")
        .replace("\x00", "\\n")
    )


def _iso(value: str | None) -> dt.datetime | None:
    """An ISO time (``Z`` or an offset: UTC; none: local) as naive UTC; None if empty/bad."""
    if not value or not value.strip():
        return None
    text = value.strip().replace("Z", "+00:00")
    try:
        parsed = dt.datetime.fromisoformat(text)
    except ValueError:
        match = re.fullmatch(r"(\d{4}-\d{2}-\d{2})[ T](\d{1,2}:\d{2}(?::\d{2})?)(.*)", text)
        if not match:
            return None
        try:
            parsed = dt.datetime.fromisoformat(
                f"{match.group(1)}T{match.group(2).zfill(5)}{match.group(3).strip()}"
            )
        except ValueError:
            return None
    if parsed.tzinfo is None:
        return common.local_to_utc(parsed)
    return common.aware_to_utc(parsed)


def _millis(value: str | None, what: str, where: str, reader: _Base) -> dt.date | None:
    if value is None or value.strip() in ("", "0"):
        return None
    text = value.strip()
    if not text.isdigit():
        raise reader.refuse(f"{where}: {what} {text[:20]!r} is no time")
    instant = dt.datetime.fromtimestamp(int(text) / 1000, dt.UTC)
    return common.utc_to_local(instant).date()


class _Base:
    what = WHAT

    def __init__(self, path: Path, tree: archive.Tree, reading: Reading | None) -> None:
        self.path = path
        self.tree = tree
        self.reading = reading
        self.report = Report()
        self.records: list[IncomingRecord] = []
        self.keys = Keys(SOURCE)

    def refuse(self, problem: str) -> archive.ImportRefused:
        return archive.refuse(self.path, self.what, problem)

    def record(
        self,
        *,
        source_id: str,
        todo: bool,
        title: str,
        body: str,
        created: dt.datetime,
        updated: dt.datetime,
        tags: list[str],
        files: list[IncomingAttachment],
        due: dt.date | None,
        done: dt.date | None,
        where: str,
    ) -> None:
        for text, what in ((title, "title"), (body, "text")):
            try:
                common.check_text_size(text, what, where)
            except ValueError as exc:
                raise self.refuse(str(exc)) from None
        if todo:
            text = common.one_line(title)
            if body.strip():
                text = f"{text}\n\n{body.strip()}" if text else body.strip()
            if not text:
                text = "(to-do without text)"
            if tags:
                self.report.not_mapped(
                    "tags and notebooks of to-dos (action items have no tags)", where
                )
            if files:
                self.report.not_mapped("attachments of to-dos (action items take none)", where)
            self.records.append(
                IncomingRecord(
                    kind="action",
                    source_id=source_id,
                    values={"text": text, "owner": "me", "due_on": due, "done_on": done},
                    created_at=created,
                    updated_at=max(updated, created),
                    where=where,
                )
            )
            return
        title, body = common.split_long_title(title, body.rstrip(), self.report, where)
        self.records.append(
            IncomingRecord(
                kind="reflection",
                source_id=source_id,
                values={
                    "written_at": common.utc_to_local(created),
                    "title": title,
                    "body": body,
                },
                tags=common.clean_tags(tags, self.report, where),
                attachments=files,
                created_at=created,
                updated_at=max(updated, created),
                where=where,
            )
        )


# -- JEX and RAW ------------------------------------------------------------------


class _Raw(_Base):
    def __init__(self, path: Path, tree: archive.Tree, reading: Reading | None, what: str) -> None:
        super().__init__(path, tree, reading)
        self.what = what
        self.items: dict[str, dict[str, str]] = {}
        self.resources: dict[str, IncomingAttachment | None] = {}
        self.resource_members: dict[str, str] = {}
        for name in tree.names():
            if name.startswith("resources/") and name.count("/") == 1:
                stem = name.split("/", 1)[1].split(".", 1)[0]
                self.resource_members.setdefault(stem, name)

    def load(self) -> None:
        names = [n for n in self.tree.names() if "/" not in n and n.endswith(".md")]
        for name in sorted(names):
            props = unserialize(self.tree.text(name, limit=archive.MAX_TEXT_FILE))
            if props is None:
                raise self.refuse(f"{name} is no Joplin item (it has no type_)")
            item_id = props.get("id", "")
            if not _ID.fullmatch(item_id):
                raise self.refuse(f"{name} has no valid Joplin id")
            if not props["type_"].isdigit():
                raise self.refuse(f"{name}: type_ {props['type_'][:10]!r} is no number")
            self.items[item_id] = props
            if self.reading is not None:
                self.reading.tick()
        other = [n for n in self.tree.names() if "/" not in n and not n.endswith(".md")]
        for name in other:
            self.report.not_mapped("files that are no Joplin item (left out)", name)
        if not self.items:
            raise self.refuse("it holds no Joplin items")

    def build(self) -> None:
        folders = {i: p for i, p in self.items.items() if p["type_"] == str(FOLDER)}
        tags = {i: p.get("title", "") for i, p in self.items.items() if p["type_"] == str(TAG)}
        note_tags: dict[str, list[str]] = {}
        for props in self.items.values():
            kind = int(props["type_"])
            if kind == NOTE_TAG:
                note, tag = props.get("note_id", ""), props.get("tag_id", "")
                if tag in tags:
                    note_tags.setdefault(note, []).append(tags[tag])
            elif kind not in (NOTE, FOLDER, RESOURCE, TAG):
                label = _SKIPPED_TYPES.get(kind, "items of a kind this import does not know")
                self.report.not_mapped(f"Joplin {label} (not imported)", f"type {kind}")
        referenced: set[str] = set()
        for item_id, props in sorted(
            self.items.items(), key=lambda kv: kv[1].get("user_created_time", "")
        ):
            if props["type_"] != str(NOTE):
                continue
            self.note(item_id, props, folders, note_tags.get(item_id, []), referenced)
        for item_id, props in self.items.items():
            if props["type_"] == str(RESOURCE) and item_id not in referenced:
                self.report.not_mapped(
                    "attachments no note refers to (left out)", props.get("title", item_id)
                )

    def notebook(self, folder_id: str, folders: dict[str, dict[str, str]]) -> str:
        parts: list[str] = []
        seen: set[str] = set()
        while folder_id in folders and folder_id not in seen:
            seen.add(folder_id)
            parts.insert(0, common.one_line(folders[folder_id].get("title", "")))
            folder_id = folders[folder_id].get("parent_id", "")
        return "/".join(p for p in parts if p)

    def note(
        self,
        item_id: str,
        props: dict[str, str],
        folders: dict[str, dict[str, str]],
        tags: list[str],
        referenced: set[str],
    ) -> None:
        created = _iso(props.get("user_created_time")) or _iso(props.get("created_time"))
        if created is None:
            raise self.refuse(f"note {item_id} has no valid creation time")
        updated = _iso(props.get("user_updated_time")) or _iso(props.get("updated_time")) or created
        where = f"note of {common.minute(common.utc_to_local(created))}"
        if props.get("encryption_applied", "0") == "1":
            self.report.not_mapped("notes encrypted by Joplin's end-to-end encryption", where)
            return
        if props.get("is_conflict", "0") == "1":
            self.report.not_mapped("conflict copies (left out)", where)
            return
        if props.get("deleted_time", "0") not in ("", "0"):
            self.report.not_mapped("notes in Joplin's trash (left out)", where)
            return
        title = props.get("title", "")
        body = props.get("body", "").replace("\r\n", "\n")
        if props.get("markup_language") == "2":
            body = common.html_to_text(body)
            self.report.note("HTML notes: turned into text", where)
        body, files = self.links(body, where, referenced)
        notebook = self.notebook(props.get("parent_id", ""), folders)
        todo = props.get("is_todo", "0") == "1"
        self.record(
            source_id=item_id,
            todo=todo,
            title=title,
            body=body,
            created=created,
            updated=updated,
            tags=[*tags, notebook] if notebook else tags,
            files=files,
            due=_millis(props.get("todo_due"), "todo_due", where, self) if todo else None,
            done=_millis(props.get("todo_completed"), "todo_completed", where, self)
            if todo
            else None,
            where=where,
        )
        for key, reason in (
            ("author", "authors (not kept)"),
            ("source_url", "source URLs (not kept)"),
        ):
            if props.get(key, "").strip():
                self.report.not_mapped(reason, where)
        if any(_nonzero(props.get(k)) for k in ("latitude", "longitude")):
            self.report.not_mapped("locations (not kept)", where)

    def resource(self, item_id: str, where: str) -> IncomingAttachment | None:
        if item_id in self.resources:
            return self.resources[item_id]
        props = self.items.get(item_id)
        found = None
        if props is not None and props["type_"] == str(RESOURCE):
            if props.get("encryption_blob_encrypted", "0") == "1":
                self.report.not_mapped("attachments encrypted by Joplin (left out)", where)
            else:
                member = self.resource_members.get(item_id)
                name = props.get("title") or props.get("filename") or item_id
                ext = props.get("file_extension", "")
                if ext and "." not in name:
                    name = f"{name}.{ext}"
                if member is not None:
                    found = self.tree.attachment(member, self.report, where, self.reading, name)
                else:
                    self.report.not_mapped("attachments missing from the export", where)
        self.resources[item_id] = found
        return found

    def links(
        self, body: str, where: str, referenced: set[str]
    ) -> tuple[str, list[IncomingAttachment]]:
        files: list[IncomingAttachment] = []

        def replace(match: re.Match[str]) -> str:
            bang, label, target = match.group(1), match.group(2), match.group(3)
            props = self.items.get(target)
            if props is not None and props["type_"] == str(RESOURCE):
                referenced.add(target)
                found = self.resource(target, where)
                if found is None:
                    return f"{label or 'attachment'} *(attachment not in the export)*"
                files.append(found)
                return reference(found.digest.sha256, found.name, found.digest.mime)
            if props is not None and props["type_"] == str(NOTE):
                self.report.note("links to other notes: kept as their text", where)
                return label
            self.report.not_mapped("links to items missing from the export (kept as text)", where)
            return f"{bang}{label}" if label else ""

        body = _LINK.sub(replace, body)
        body = _IMG.sub(lambda m: replace(_fake_link(m.group(1))), body)
        return body, files


def _fake_link(target: str) -> re.Match[str]:
    match = _LINK.match(f"![](:/{target})")
    assert match is not None
    return match


def _nonzero(value: str | None) -> bool:
    try:
        return bool(value) and float(value or 0) != 0
    except ValueError:
        return False


# -- Markdown + Front Matter --------------------------------------------------------


class _FrontMatter(_Base):
    what = "Joplin Markdown + Front Matter export"

    def load(self) -> None:
        notes = [
            n
            for n in self.tree.names()
            if n.lower().endswith((".md", ".html"))
            and not n.startswith("_resources/")
            and not any(part.startswith(".") for part in n.split("/"))
        ]
        if not notes:
            raise self.refuse("it holds no notes")
        fronted = 0
        for name in sorted(notes):
            if self.note(name):
                fronted += 1
            if self.reading is not None:
                self.reading.tick()
        if not fronted:
            raise self.refuse(
                "no note has front matter, so there are no dates or tags to import; export "
                "from Joplin as JEX or as Markdown + Front Matter"
            )

    def note(self, name: str) -> bool:
        text = self.tree.text(name)
        data, body = common.split_front_matter(text, self.report, name)
        if data is None:
            self.report.not_mapped("notes without front matter (no date: left out)", name)
            return False
        meta = common.lower_keys(data)
        stem = PurePosixPath(name).stem
        title = meta.get("title") if isinstance(meta.get("title"), str) else stem
        created = None
        for key in ("created", "date", "created_at"):
            if isinstance(meta.get(key), str):
                created = _iso(meta[key])
                if created is not None:
                    break
        if created is None:
            changed = self.tree.mtime(name)
            if changed is None:
                self.report.not_mapped("notes without a readable created date (left out)", name)
                return True
            created = common.local_to_utc(changed)
            self.report.note("notes without a created date: dated by their file's time", name)
        updated = None
        for key in ("updated", "lastmod", "updated_at"):
            if isinstance(meta.get(key), str):
                updated = _iso(meta[key]) or updated
        updated = updated or created
        tags = common.strings(meta.get("tags")) + common.strings(meta.get("keywords"))
        folder = "/".join(PurePosixPath(name).parts[:-1])
        if folder:
            tags.append(folder)
        if name.lower().endswith(".html"):
            body = common.html_to_text(body)
            self.report.note("HTML notes: turned into text", name)
        body, files = self.links(body.replace("\r\n", "\n"), name)
        completed = meta.get("completed?")
        todo = isinstance(completed, str) or isinstance(meta.get("due"), str)
        due = _iso(meta["due"]) if isinstance(meta.get("due"), str) else None
        done = None
        if isinstance(completed, str) and completed.strip().lower() in ("yes", "true"):
            done = common.utc_to_local(updated).date()
            self.report.note(
                "done to-dos: done on their last change (the export has no completion date)",
                name,
            )
        item_id = meta.get("id") if isinstance(meta.get("id"), str) else None
        if item_id and _ID.fullmatch(item_id.strip()):
            key = item_id.strip()
        else:
            key = self.keys(name, common.minute(created), str(title), body)
        for field, reason in (
            ("author", "authors (not kept)"),
            ("source", "source URLs (not kept)"),
        ):
            if isinstance(meta.get(field), str) and meta[field].strip():
                self.report.not_mapped(reason, name)
        self.record(
            source_id=key,
            todo=todo,
            title=str(title),
            body=body,
            created=created,
            updated=updated,
            tags=tags,
            files=files,
            due=common.utc_to_local(due).date() if due else None,
            done=done,
            where=name,
        )
        return True

    def links(self, body: str, name: str) -> tuple[str, list[IncomingAttachment]]:
        files: list[IncomingAttachment] = []
        folder = PurePosixPath(name).parent

        def replace(match: re.Match[str]) -> str:
            bang, label, target = match.groups()
            if re.match(r"^[a-z][a-z0-9+.-]*:", target, re.IGNORECASE):
                return match.group(0)  # http:, mailto:...
            member = _resolve(folder, urllib.parse.unquote(target.split("#", 1)[0]))
            if member is None:
                return match.group(0)
            if member.startswith("_resources/") and member in self.tree.sizes:
                found = self.tree.attachment(member, self.report, name, self.reading)
                if found is None:
                    return label
                files.append(found)
                return reference(found.digest.sha256, found.name, found.digest.mime)
            if member.lower().endswith((".md", ".html")):
                self.report.note("links to other notes: kept as their text", name)
                return label
            self.report.not_mapped("links to files missing from the export (kept as text)", name)
            return label

        return _MD_LINK.sub(replace, body), files


def _resolve(folder: PurePosixPath, target: str) -> str | None:
    parts: list[str] = list(folder.parts)
    for part in PurePosixPath(target).parts:
        if part == "..":
            if not parts:
                return None
            parts.pop()
        elif part not in (".", ""):
            parts.append(part)
    return "/".join(parts) if parts else None


# -- entry point ------------------------------------------------------------------


def read(path: Path, options: ImportOptions, reading: Reading | None = None) -> Batch:
    """Read a JEX file, a RAW export folder, or a Markdown + Front Matter folder (or zip)."""
    tree = archive.open_tree(path, WHAT)
    try:
        names = tree.names()
        if any(_ITEM.match(n) for n in names):
            what = "Joplin JEX export" if tree.kind == "tar" else "Joplin RAW export"
            raw = _Raw(path, tree, reading, what)
            raw.load()
            raw.build()
            reader: _Base = raw
        else:
            reader = _FrontMatter(path, tree, reading)
            reader.load()
        for name in tree.skipped:
            reader.report.not_mapped("links and special files (not followed)", name)
    except BaseException:
        tree.close()
        raise
    return Batch(SOURCE, reader.what, path, reader.records, reader.report, tree.close)


__all__ = ["read", "unserialize"]
