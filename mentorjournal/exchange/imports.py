"""Importing other apps' exports: detect, read, preview, apply. The API of both front ends.

::

    detected = imports.detect(path)                       # which format, in words
    with imports.read(path, ImportOptions(...)) as batch:  # parse (no journal needed)
        summary = imports.preview(batch)                   # what would happen; writes nothing
        summary = imports.apply(batch, journal=journal)    # backup, then one transaction

``read`` and ``apply`` take ``progress(done, total)`` and ``cancel()``
(returning True stops with ``ImportCancelled``; nothing is written). Every
refusal is a ``JournalError`` with one line: ``ImportRefused`` (a file that
is no export of that app, damaged, unsafe, too large), ``PasswordNeeded`` /
``WrongPassword`` (encrypted jrnl). Our own JSON export is detected as
``mentorjournal`` and imported by ``exchange.native`` instead.
"""

from __future__ import annotations

import dataclasses
import importlib
import logging
import os
import re
from pathlib import Path
from typing import TYPE_CHECKING

from mentorjournal.errors import JournalNotFound
from mentorjournal.exchange import apply as _apply
from mentorjournal.exchange import archive
from mentorjournal.exchange.apply import Summary
from mentorjournal.exchange.incoming import (
    Batch,
    Cancelled,
    ImportCancelled,
    ImportOptions,
    ImportRefused,
    Progress,
    Reading,
)

if TYPE_CHECKING:
    from mentorjournal.storage.journal import Journal

log = logging.getLogger(__name__)

#: Every format ``import --from`` takes, with what it reads.
FORMATS: dict[str, str] = {
    "jrnl": "jrnl: the journal file (plain or encrypted), a folder journal, "
    "or its JSON, Markdown or txt export",
    "dayone": "Day One: the JSON export (zip, or its Journal.json)",
    "daylio": "Daylio: the CSV export",
    "joplin": "Joplin: a JEX file, a RAW export folder, or a Markdown + Front Matter folder",
    "obsidian": "Obsidian: a vault folder or a zip of it",
    "mentorjournal": "MentorJournal: a JSON export of this app",
}
_MODULES = {
    "jrnl": "jrnl",
    "dayone": "dayone",
    "daylio": "daylio",
    "joplin": "joplin",
    "obsidian": "obsidian",
}
_SNIFF = 64 * 1024
_HEX_MD = re.compile(r"^[0-9a-f]{32}\.md$")
#: Files a notes export carries besides its notes (pictures, documents, sound, video).
_MEDIA = (".png", ".jpg", ".jpeg", ".gif", ".webp", ".heic", ".svg", ".pdf", ".m4a", ".mp3")
_MEDIA += (".mp4", ".mov", ".html", ".canvas", ".json")


@dataclasses.dataclass(frozen=True)
class Detected:
    """The format an export was recognised as (``format`` is a ``FORMATS`` key)."""

    format: str
    description: str


def _unknown(path: Path, what: str, hint: bool = True) -> ImportRefused:
    tail = f"; name the app with --from ({', '.join(FORMATS)})" if hint else ""
    return ImportRefused(f"{path.name}: {what}{tail}. Nothing was imported.")


def detect(path: Path | str) -> Detected:
    """Which app ``path`` comes from, by its content (never by its name alone)."""
    path = Path(path).expanduser()
    if not path.exists():
        raise JournalNotFound(f"No file or folder at {path}.")
    found = _detect_folder(path) if path.is_dir() else _detect_file(path)
    return Detected(found, FORMATS[found])


def _detect_folder(path: Path) -> str:
    top = list(_listing(path))
    names = {p.name for p in top}
    if ".obsidian" in names or any((p / ".obsidian").is_dir() for p in top if p.is_dir()):
        return "obsidian"
    if any(_HEX_MD.match(n) for n in names):
        return "joplin"
    if "_resources" in names:
        return "joplin"
    if any(re.fullmatch(r"\d{4}", n) for n in names):
        from mentorjournal.exchange import jrnl

        tree = archive.FolderTree(path, "folder")
        if jrnl.looks_like_folder(tree.names()):
            return "jrnl"
    md, other = _some_files(path)
    if not md or len(md) < other:  # mostly other files: no notes app's export
        raise _unknown(path, "this folder is no export this app recognises")
    fronted = sum(_front_matter_has(p, ("created", "updated")) for p in md)
    if fronted * 2 >= len(md):  # Joplin writes front matter on every note
        return "joplin"
    if md:
        return "obsidian"
    raise _unknown(path, "this folder is no export this app recognises")


def _some_files(path: Path, limit: int = 2000) -> tuple[list[Path], int]:
    """Up to 50 Markdown files of a folder, and how many other files were seen (a bounded look)."""
    md: list[Path] = []
    other = seen = 0
    for folder, dirs, files in os.walk(path, followlinks=False):
        dirs[:] = [d for d in dirs if not d.startswith(".") and d != "_resources"]
        for name in files:
            seen += 1
            lowered = name.lower()
            if lowered.endswith(".md"):
                if len(md) < 50:
                    md.append(Path(folder) / name)
            elif not name.startswith(".") and not lowered.endswith(_MEDIA):
                other += 1
            if seen >= limit:
                return md, other
    return md, other


def _listing(path: Path) -> list[Path]:
    try:
        return list(path.iterdir())
    except OSError:
        return []


def _front_matter_has(path: Path, keys: tuple[str, ...]) -> bool:
    try:
        with open(path, encoding="utf-8-sig", errors="replace") as fh:
            head = fh.read(4096)
    except OSError:
        return False
    if not head.startswith("---"):
        return False
    block = head.split("\n---", 1)[0]
    return any(re.search(rf"^{k}\s*:", block, re.MULTILINE | re.IGNORECASE) for k in keys)


def _detect_file(path: Path) -> str:
    if archive.is_zip(path):
        return _detect_zip(path)
    if archive.is_tar(path):
        return "joplin"
    try:
        with open(path, "rb") as fh:
            head = fh.read(_SNIFF)
    except OSError as exc:
        raise ImportRefused(f"{path.name}: the file cannot be read ({exc.strerror}).") from None
    if not head:
        raise _unknown(path, "the file is empty", hint=False)
    from mentorjournal.exchange import jrnl

    if head.startswith((b"JRNLv3", b"gAAAAA")):
        return "jrnl"
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise _unknown(path, "the file is UTF-16 text; save it as UTF-8", hint=False)
    if _whole_file_is_v1(path):
        return "jrnl"
    text = head.decode("utf-8-sig", errors="replace").lstrip()
    if text.startswith("{"):
        if re.search(r'"format"\s*:\s*"mentorjournal"', text):
            return "mentorjournal"
        if re.search(r'"(creationDate|metadata)"\s*:', text):
            return "dayone"
        if re.search(r'"entries"\s*:', text) and re.search(r'"title"\s*:', text):
            return "jrnl"
        raise _unknown(path, "a JSON file of an app this import does not know")
    first = text.splitlines()[0] if text else ""
    header = first.replace('"', "").replace(";", ",").strip().lower()
    if header.startswith(("full_date,", "year,date,weekday,time,mood")):
        return "daylio"
    if jrnl.looks_like_text(text) or jrnl.looks_like_markdown(text):
        return "jrnl"
    if path.suffix.lower() in (".zip", ".jex"):
        kind = "zip" if path.suffix.lower() == ".zip" else "JEX (tar)"
        raise _unknown(path, f"the file is named like a {kind} archive but is none")
    if first.count(",") >= 2 or first.count(";") >= 2:
        raise _unknown(path, "a CSV file of an app this import does not know")
    raise _unknown(path, "a file this import does not recognise")


def _whole_file_is_v1(path: Path) -> bool:
    """Random-looking bytes in whole AES blocks: a jrnl 1.x encrypted journal."""
    from mentorjournal.exchange import jrnl

    try:
        size = path.stat().st_size
        if size > archive.MAX_TEXT_FILE or size % 16:
            return False
        with open(path, "rb") as fh:
            head = fh.read(_SNIFF)
    except OSError:
        return False
    return jrnl.encryption(head[: len(head) - len(head) % 16]) == "v1"


def _detect_zip(path: Path) -> str:
    tree = archive.ZipTree(path, "zip file")
    try:
        names = tree.names()
    finally:
        tree.close()
    top_json = [n for n in names if "/" not in n and n.lower().endswith(".json")]
    if any(n.split("/")[0] == ".obsidian" or "/.obsidian/" in f"/{n}" for n in names):
        return "obsidian"
    if top_json:
        return "dayone"
    if any(n.lower().endswith(".md") for n in names):
        return "obsidian"
    raise _unknown(path, "a zip file of an app this import does not know")


def read(
    path: Path | str,
    options: ImportOptions | None = None,
    *,
    progress: Progress | None = None,
    cancel: Cancelled | None = None,
) -> Batch:
    """Read an export into a ``Batch`` (no journal needed; nothing is written anywhere).

    The format is ``options.format`` when given, else detected. Close the
    batch when done (``with``): an archive stays open until then.
    """
    options = options or ImportOptions()
    path = Path(path).expanduser()
    if not path.exists():
        raise JournalNotFound(f"No file or folder at {path}.")
    fmt = options.format or detect(path).format
    if fmt not in FORMATS:
        raise ImportRefused(f"Unknown format {fmt!r}; one of: {', '.join(FORMATS)}.")
    if fmt == "mentorjournal":
        raise ImportRefused(
            f"{path.name} is a MentorJournal export: import it with exchange.native."
        )
    module = importlib.import_module(f"mentorjournal.exchange.{_MODULES[fmt]}")
    reading = Reading(progress, cancel)
    try:
        batch: Batch = module.read(path, options, reading)
    except RecursionError:
        raise archive.refuse(path, FORMATS[fmt].split(":")[0], "it is nested too deeply") from None
    except MemoryError:
        raise archive.refuse(path, FORMATS[fmt].split(":")[0], "it is too large to read") from None
    log.info("read an export: %d records", len(batch.records))
    return batch


def preview(batch: Batch) -> Summary:
    """What ``apply`` would do; the journal must be open; nothing is written."""
    return _apply.preview(batch)


def apply(
    batch: Batch,
    *,
    journal: Journal | None = None,
    progress: Progress | None = None,
    cancel: Cancelled | None = None,
) -> Summary:
    """Import ``batch`` into the open journal in one transaction.

    With ``journal``, a backup (reason ``before-import``) is written first —
    only when the import will create something — and removed again if the
    import fails or is cancelled.
    """
    backup = None
    if journal is not None and _apply.preview(batch).writes:
        from mentorjournal.storage import fsutil
        from mentorjournal.storage.backups import Backups

        backup = Backups.for_journal(journal.path).create(journal, reason="before-import")
        try:
            return _apply.apply(batch, progress=progress, cancel=cancel)
        except BaseException:
            fsutil.remove_quietly(backup)
            raise
    return _apply.apply(batch, progress=progress, cancel=cancel)


__all__ = [
    "FORMATS",
    "Batch",
    "Detected",
    "ImportCancelled",
    "ImportOptions",
    "ImportRefused",
    "Summary",
    "apply",
    "detect",
    "preview",
    "read",
]
