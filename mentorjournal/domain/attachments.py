"""Attachments: pictures and files kept inside the encrypted journal.

A file's bytes are stored once per content (keyed by SHA-256), in pieces of
``CHUNK_SIZE`` bytes, and linked to reflections and sessions under the name
it was given; the same picture attached to ten entries is stored once. The
names are searched with the record's text (the schema's triggers).

Nothing here writes a file to disk or keeps a whole journal's attachments in
memory: content is read from an ``Opener`` (a function returning a fresh
binary stream, so a source can be read twice: once to hash, once to store)
and given back chunk by chunk (``chunks``). ``read`` returns one
attachment's bytes, for showing a picture inline.

Each attachment is at most ``MAX_SIZE`` bytes (50 MB); a larger one is
refused with a ``ValidationError`` before anything is written.

Markdown refers to an attachment as ``![name](mj-attachment:<sha256>)``
(``reference``); the renderer shows those from the journal only.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import io
import logging
import mimetypes
import re
import unicodedata
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any

import peewee as pw

from mentorjournal.domain import records
from mentorjournal.errors import NotFound, ValidationError
from mentorjournal.kinds import Kind, kind_label
from mentorjournal.storage.db import DB, driver_errors
from mentorjournal.storage.models import (
    Attachment,
    AttachmentChunk,
    Reflection,
    ReflectionAttachment,
    Session,
    SessionAttachment,
    deleting,
    utcnow,
)

log = logging.getLogger(__name__)


def _rows(query: Any) -> list[tuple[Any, ...]]:
    """A query's rows as tuples (peewee's stubs type them as models)."""
    return [tuple(row) for row in query.tuples()]


#: The largest attachment the journal takes (bytes).
MAX_SIZE = 50 * 1024 * 1024
#: Bytes per stored piece (one row of ``attachment_chunk``).
CHUNK_SIZE = 256 * 1024
#: Longest file name kept for an attachment.
MAX_NAME = 255
#: The link scheme of an attachment inside Markdown.
SCHEME = "mj-attachment:"
#: Types shown inline as pictures (by their content, never by their name alone).
IMAGE_TYPES = ("image/png", "image/jpeg", "image/gif", "image/webp", "image/bmp")

#: A function that opens the content afresh (a file, an archive member, bytes).
Opener = Callable[[], IO[bytes]]

#: Kinds that take attachments, with their link model and its record field.
LINKS: dict[str, tuple[type[ReflectionAttachment] | type[SessionAttachment], str]] = {
    Kind.REFLECTION: (ReflectionAttachment, "reflection"),
    Kind.SESSION: (SessionAttachment, "session"),
}
_RECORD_MODELS: dict[str, type[Reflection] | type[Session]] = {
    Kind.REFLECTION: Reflection,
    Kind.SESSION: Session,
}

_SHA256 = re.compile(r"[0-9a-f]{64}")
_REFERENCE = re.compile(r"mj-attachment:([0-9a-f]{64})")
_MAGIC: tuple[tuple[bytes, int, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", 0, "image/png"),
    (b"\xff\xd8\xff", 0, "image/jpeg"),
    (b"GIF87a", 0, "image/gif"),
    (b"GIF89a", 0, "image/gif"),
    (b"BM", 0, "image/bmp"),
    (b"%PDF-", 0, "application/pdf"),
    (b"ftypheic", 4, "image/heic"),
    (b"ftypheix", 4, "image/heic"),
    (b"ftypmif1", 4, "image/heif"),
    (b"ftypqt  ", 4, "video/quicktime"),
    (b"ftypM4A ", 4, "audio/mp4"),
    (b"ftyp", 4, "video/mp4"),
    (b"OggS", 0, "audio/ogg"),
    (b"ID3", 0, "audio/mpeg"),
)


class ContentChanged(ValidationError):
    """The bytes read to store were not the ones hashed (changed, or damaged in an export)."""


@dataclasses.dataclass(frozen=True)
class Digest:
    """What identifies content: its SHA-256 (hex), its size and its type."""

    sha256: str
    size: int
    mime: str


@dataclasses.dataclass(frozen=True)
class AttachmentInfo:
    """One attachment of one record, as lists show it."""

    link_id: int
    kind: str
    record_id: int
    sha256: str
    name: str
    size: int
    mime: str
    created_at: dt.datetime

    @property
    def is_image(self) -> bool:
        return self.mime in IMAGE_TYPES

    @property
    def reference(self) -> str:
        """The Markdown that shows this attachment in the record's text."""
        return reference(self.sha256, self.name, self.mime)


# -- content ----------------------------------------------------------------


def size_text(size: int) -> str:
    """A size for people: ``812 bytes``, ``4.2 KB``, ``12.5 MB`` (powers of 1024)."""
    if size < 1024:
        return f"{size} byte" + ("" if size == 1 else "s")
    value = float(size)
    for unit in ("KB", "MB", "GB"):
        value /= 1024
        if value < 1024 or unit == "GB":
            return f"{value:.1f} {unit}"
    return f"{value:.1f} GB"  # pragma: no cover - the loop always returns


def too_large(name: str, size: int) -> ValidationError:
    """The refusal of an attachment over ``MAX_SIZE``."""
    what = f"{name} is" if name else "the file is"
    return ValidationError(
        "attachment",
        f"{what} {size_text(size)}; an attachment can be at most {size_text(MAX_SIZE)}",
    )


def sniff_mime(head: bytes, name: str = "") -> str:
    """The type of content from its first bytes, else from the name's extension."""
    for magic, offset, mime in _MAGIC:
        if head[offset : offset + len(magic)] == magic:
            return mime
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "image/webp"
    guessed, _ = mimetypes.guess_type(name or "", strict=False)
    if guessed and guessed not in IMAGE_TYPES:  # a picture type only from its bytes
        return guessed
    return "application/octet-stream"


def clean_name(name: str) -> str:
    """A file name safe to show and to write beside an export: no folders, no controls."""
    text = unicodedata.normalize("NFC", str(name or ""))
    text = text.replace("\\", "/").rsplit("/", 1)[-1]
    text = "".join(" " if unicodedata.category(ch)[0] in "CZ" else ch for ch in text)
    text = " ".join(text.split()).strip(" .")
    if not text:
        return "attachment"
    if len(text) > MAX_NAME:
        stem, dot, ext = text.rpartition(".")
        if dot and 0 < len(ext) <= 16:
            text = stem[: MAX_NAME - len(ext) - 1] + "." + ext
        else:
            text = text[:MAX_NAME]
    return text


def opener_for_bytes(data: bytes) -> Opener:
    """An ``Opener`` over bytes already in memory (a pasted picture)."""
    return lambda: io.BytesIO(data)


def opener_for_file(path: Path | str) -> Opener:
    """An ``Opener`` over a file on disk."""
    location = Path(path)
    return lambda: open(location, "rb")


def digest(source: Opener, name: str = "", *, limit: int = MAX_SIZE) -> Digest:
    """Read ``source`` once, in pieces: its SHA-256, size and type.

    Refuses content over ``limit`` bytes as soon as it is seen to be larger.
    """
    sha = hashlib.sha256()
    size = 0
    head = b""
    with source() as stream:
        while True:
            piece = stream.read(CHUNK_SIZE)
            if not piece:
                break
            if not head:
                head = piece[:64]
            size += len(piece)
            if size > limit:
                raise too_large(name, _full_size(stream, size))
            sha.update(piece)
    return Digest(sha.hexdigest(), size, sniff_mime(head, name))


def _full_size(stream: IO[bytes], seen: int) -> int:
    """How big an oversized stream is, for the message (without reading it when possible)."""
    try:
        return max(seen, stream.seek(0, io.SEEK_END))
    except (OSError, ValueError):
        return seen


def check_sha256(value: str) -> str:
    text = str(value).strip().lower()
    if not _SHA256.fullmatch(text):
        raise ValidationError("attachment", "must be named by its SHA-256 (64 hex digits)")
    return text


def is_stored(sha256: str) -> bool:
    return Attachment.select().where(Attachment.sha256 == sha256).exists()


def stored(sha256: str) -> Digest:
    """The stored attachment with this hash; ``NotFound`` if there is none."""
    row = Attachment.get_or_none(Attachment.sha256 == check_sha256(sha256))
    if row is None:
        raise NotFound(f"No attachment {sha256[:12]} in this journal.")
    return Digest(row.sha256, row.size, row.mime)


def store(source: Opener, name: str = "", *, known: Digest | None = None) -> Digest:
    """Store content unless the journal has it already; return its digest.

    The content is read in pieces; ``known`` (a digest computed before, e.g.
    by an import's preview) saves the first reading. Content that changes
    between the two readings is refused. Runs in the caller's transaction
    when there is one.
    """
    found = known or digest(source, name)
    if found.size > MAX_SIZE:
        raise too_large(name, found.size)
    if is_stored(found.sha256):
        return found
    with driver_errors(), DB.atomic():
        Attachment.insert(
            sha256=found.sha256, size=found.size, mime=found.mime, created_at=utcnow()
        ).execute()
        sha = hashlib.sha256()
        size = 0
        seq = 0
        with source() as stream:
            while True:
                piece = stream.read(CHUNK_SIZE)
                if not piece:
                    break
                size += len(piece)
                if size > found.size:
                    break
                sha.update(piece)
                AttachmentChunk.insert(attachment=found.sha256, seq=seq, data=piece).execute()
                seq += 1
        if size != found.size or sha.hexdigest() != found.sha256:
            raise ContentChanged(
                "attachment", f"{name or 'the file'} changed while it was being read"
            )
    log.debug("attachment stored (%d bytes)", found.size)
    return found


def chunks(sha256: str) -> Iterator[bytes]:
    """The bytes of a stored attachment, one piece at a time (one query per piece)."""
    key = check_sha256(sha256)
    seq = 0
    while True:
        row = AttachmentChunk.get_or_none(
            (AttachmentChunk.attachment == key) & (AttachmentChunk.seq == seq)
        )
        if row is None:
            return
        yield bytes(row.data)
        seq += 1


def read(sha256: str) -> bytes:
    """All bytes of one attachment (at most ``MAX_SIZE``), e.g. to show a picture."""
    stored(sha256)
    return b"".join(chunks(sha256))


def image(sha256: str) -> tuple[str, bytes] | None:
    """``(mime, bytes)`` of a stored picture, or ``None`` if it is missing or no picture.

    For the renderer: it shows an ``mj-attachment:`` image only when this
    returns something, and loads nothing from disk or network.
    """
    try:
        key = check_sha256(sha256)
    except ValidationError:
        return None
    row = Attachment.get_or_none(Attachment.sha256 == key)
    if row is None or row.mime not in IMAGE_TYPES:
        return None
    return row.mime, b"".join(chunks(key))


def write_to(sha256: str, out: IO[bytes]) -> int:
    """Copy a stored attachment into an open binary stream; the bytes written."""
    written = 0
    for piece in chunks(sha256):
        out.write(piece)
        written += len(piece)
    return written


def all_stored() -> list[Digest]:
    """Every stored attachment, by hash."""
    query = Attachment.select(Attachment.sha256, Attachment.size, Attachment.mime)
    return [Digest(s, n, m) for s, n, m in _rows(query.order_by(Attachment.sha256))]


def purge_unused() -> int:
    """Delete content no record links to any more (after a detach or a delete)."""
    used = ReflectionAttachment.select(ReflectionAttachment.attachment) | SessionAttachment.select(
        SessionAttachment.attachment
    )
    with driver_errors(), DB.atomic():
        unused = [
            sha
            for (sha,) in _rows(
                Attachment.select(Attachment.sha256).where(Attachment.sha256.not_in(used))
            )
        ]
        for sha in unused:
            deleting(AttachmentChunk).where(AttachmentChunk.attachment == sha).execute()
            deleting(Attachment).where(Attachment.sha256 == sha).execute()
    if unused:
        log.debug("%d unused attachments removed", len(unused))
    return len(unused)


# -- links to records ---------------------------------------------------------


def _kind(kind: str) -> str:
    if kind not in LINKS:
        raise ValidationError(
            "kind", f"only reflections and sessions take attachments, not a {kind_label(kind)}"
        )
    return str(Kind(kind))


def _record_id(kind: str, ref: Any) -> int:
    record = records.get(kind, ref)
    return int(record.id)


def reference(sha256: str, name: str, mime: str = "") -> str:
    """Markdown for an attachment: a picture ``![name](…)``, any other file ``[name](…)``."""
    label = clean_name(name).replace("[", "(").replace("]", ")")
    bang = "!" if not mime or mime in IMAGE_TYPES else ""
    return f"{bang}[{label}]({SCHEME}{sha256})"


def referenced(text: str) -> list[str]:
    """The attachment hashes a Markdown text refers to, in order, each once."""
    return list(dict.fromkeys(_REFERENCE.findall(text or "")))


def link(kind: str, record_id: int, sha256: str, name: str, *, touch: bool = True) -> int:
    """Link stored content to a record under ``name``; return the link's id.

    ``touch`` marks the record as changed (``updated_at``); an import sets its
    own times and passes ``False``.
    """
    model: Any
    model, field = LINKS[_kind(kind)]
    with driver_errors(), DB.atomic():
        link_id = int(
            model.insert(
                **{field: record_id, "attachment": sha256, "name": clean_name(name)},
                created_at=utcnow(),
            ).execute()
        )
        if touch:
            owner = _RECORD_MODELS[kind]
            owner.update(updated_at=utcnow()).where(owner.id == record_id).execute()
    return link_id


def link_many(kind: str, rows: list[tuple[int, str, str]], *, chunk: int = 500) -> None:
    """Link stored content to many records at once: ``(record id, sha256, name)`` (imports)."""
    model: Any
    model, field = LINKS[_kind(kind)]
    now = utcnow()
    values = [
        {field: rid, "attachment": sha, "name": clean_name(name), "created_at": now}
        for rid, sha, name in dict.fromkeys(rows)
    ]
    with driver_errors(), DB.atomic():
        records.insert_rows(model, values)
    del chunk


def attach(
    kind: str, ref: Any, source: Opener, name: str, *, known: Digest | None = None
) -> AttachmentInfo:
    """Store ``source`` (if new) and attach it to the record ``ref`` as ``name``.

    One transaction: a refused file (too large, unreadable) changes nothing.
    """
    kind = _kind(kind)
    record_id = _record_id(kind, ref)
    name = clean_name(name)
    found = known or digest(source, name)
    for existing in _query(kind, record_id=record_id):
        if existing.sha256 == found.sha256 and existing.name == name:
            return existing  # attached already under this name
    with driver_errors(), DB.atomic():
        store(source, name, known=found)
        link_id = link(kind, record_id, found.sha256, name)
    log.info("attached a file to %s %d", kind, record_id)
    return _info(kind, link_id)


def attach_file(kind: str, ref: Any, path: Path | str, name: str | None = None) -> AttachmentInfo:
    """Attach a file from disk (the window's button and drag and drop, the CLI)."""
    location = Path(path)
    try:
        if not location.is_file():
            raise NotFound(f"No file at {location}.")
        size = location.stat().st_size
    except OSError as exc:
        raise NotFound(f"Cannot read {location}: {exc.strerror}.") from None
    label = name or location.name
    if size > MAX_SIZE:
        raise too_large(clean_name(label), size)
    try:
        return attach(kind, ref, opener_for_file(location), label)
    except OSError as exc:
        raise NotFound(f"Cannot read {location}: {exc.strerror}.") from None


def attach_bytes(kind: str, ref: Any, data: bytes, name: str) -> AttachmentInfo:
    """Attach bytes already in memory (a pasted picture)."""
    if len(data) > MAX_SIZE:
        raise too_large(clean_name(name), len(data))
    return attach(kind, ref, opener_for_bytes(data), name)


def _info(kind: str, link_id: int) -> AttachmentInfo:
    found = [a for a in _query(kind, link_id=link_id)]
    if not found:
        raise NotFound(f"No attachment {link_id} on a {kind_label(kind)}.")
    return found[0]


def _query(
    kind: str, *, record_id: int | None = None, link_id: int | None = None
) -> Iterator[AttachmentInfo]:
    model: Any
    model, field = LINKS[kind]
    owner = getattr(model, field)
    query = (
        model.select(
            model.id,
            owner,
            model.attachment,
            model.name,
            model.created_at,
            Attachment.size,
            Attachment.mime,
        )
        .join(Attachment, on=(model.attachment == Attachment.sha256))
        .order_by(model.id)
    )
    if record_id is not None:
        query = query.where(owner == record_id)
    if link_id is not None:
        query = query.where(model.id == link_id)
    for lid, rid, sha, name, created, size, mime in _rows(query):
        yield AttachmentInfo(lid, kind, rid, sha, name, size, mime, created)


def attachments_of(kind: str, ref: Any) -> list[AttachmentInfo]:
    """The attachments of one reflection or session, in the order they were added."""
    kind = _kind(kind)
    return list(_query(kind, record_id=_record_id(kind, ref)))


def links_of_kind(kind: str) -> dict[int, list[tuple[str, str]]]:
    """Every record of ``kind`` with attachments: record id → [(sha256, name)] (exports)."""
    model: Any
    model, field = LINKS[_kind(kind)]
    owner = getattr(model, field)
    out: dict[int, list[tuple[str, str]]] = {}
    query = model.select(owner, model.attachment, model.name).order_by(model.id)
    for rid, sha, name in _rows(query):
        out.setdefault(rid, []).append((sha, name))
    return out


def detach(kind: str, ref: Any, which: int | str) -> AttachmentInfo:
    """Remove one attachment from a record: by link id, or by name or hash prefix.

    The content is deleted too when nothing else links to it. Returns what
    was removed.
    """
    kind = _kind(kind)
    current = attachments_of(kind, ref)
    chosen = _choose(kind, current, which)
    model: Any
    model, _ = LINKS[kind]
    owner = _RECORD_MODELS[kind]
    with driver_errors(), DB.atomic():
        deleting(model).where(model.id == chosen.link_id).execute()
        owner.update(updated_at=utcnow()).where(owner.id == chosen.record_id).execute()
        purge_unused()
    log.info("removed an attachment from %s %d", kind, chosen.record_id)
    return chosen


def _choose(kind: str, current: list[AttachmentInfo], which: int | str) -> AttachmentInfo:
    label = kind_label(kind)
    text = str(which).strip()
    if isinstance(which, int) or (text.isascii() and text.isdigit()):
        for info in current:
            if info.link_id == int(text):
                return info
        raise NotFound(f"This {label} has no attachment {text}.")
    matches = [a for a in current if a.name == text] or [
        a for a in current if a.name.casefold() == text.casefold()
    ]
    if not matches and len(text) >= 8 and all(c in "0123456789abcdef" for c in text.lower()):
        matches = [a for a in current if a.sha256.startswith(text.lower())]
    if not matches:
        raise NotFound(f"This {label} has no attachment called {text[:60]!r}.")
    if len(matches) > 1:
        raise ValidationError("attachment", "several attachments match; give the number")
    return matches[0]


def count_links(sha256: str) -> int:
    """How many records link to this content."""
    total = 0
    for model, _ in LINKS.values():
        total += model.select().where(model.attachment == sha256).count()
    return total


def total_size() -> int:
    """Bytes of attachments stored in the journal."""
    return int(Attachment.select(pw.fn.COALESCE(pw.fn.SUM(Attachment.size), 0)).scalar() or 0)


__all__ = [
    "CHUNK_SIZE",
    "IMAGE_TYPES",
    "MAX_SIZE",
    "SCHEME",
    "AttachmentInfo",
    "ContentChanged",
    "Digest",
    "Opener",
    "all_stored",
    "attach",
    "attach_bytes",
    "attach_file",
    "attachments_of",
    "chunks",
    "clean_name",
    "count_links",
    "detach",
    "digest",
    "image",
    "is_stored",
    "link",
    "link_many",
    "links_of_kind",
    "opener_for_bytes",
    "opener_for_file",
    "purge_unused",
    "read",
    "reference",
    "referenced",
    "size_text",
    "sniff_mime",
    "store",
    "stored",
    "total_size",
    "write_to",
]
