"""JSON export and import (lossless), and Markdown export.

The JSON format::

    {"format": "mentorjournal", "version": 1, "exported_at": "...", "journal_id": "...",
     "records": {"tag": [...], "person": [...], ..., "win": [...]}}

Each record has ``uuid``, ``created_at``, ``updated_at`` (UTC) and the fields
of ``validation.FIELDS`` for its kind; links to other records are uuids and
session/reflection ``tags`` are tag names. Dates are ``YYYY-MM-DD`` and
times ISO 8601 without an offset. A journal with attachments is written as
version 2: reflections and sessions list theirs (``"attachments": [{"sha256",
"name"}]``) and a last top-level ``"attachments"`` holds the bytes (base64),
written and read one attachment at a time (``exchange.blobs``).

Import checks the whole file first (``exchange_schema.check_file``), then
resolves every link and name inside one ``IMMEDIATE`` transaction and writes
everything in bulk; any refusal leaves the journal exactly as it was. A record
whose uuid is already in the journal is updated when the file's
``updated_at`` is newer and skipped otherwise; a tag or skill with a new uuid
but the name of an existing one is merged into it (and counted as skipped).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import json
import logging
import uuid as uuidlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

import peewee as pw

from mentorjournal.domain import attachments, records, rules
from mentorjournal.errors import JournalError, JournalNotFound, ValidationError
from mentorjournal.exchange import blobs
from mentorjournal.exchange.markdown_export import export_markdown, write_pieces
from mentorjournal.exchange.schema import (
    ATTACHING,
    FORMAT,
    KIND_ORDER,
    MODELS,
    TAGGED,
    UNIQUE_NAME,
    VERSION,
    Incoming,
    check_file,
    fields,
    fold,
    links,
)
from mentorjournal.storage import fts
from mentorjournal.storage.db import DB
from mentorjournal.storage.models import Meta, ReflectionTag, SessionTag, Tag, utcnow

__all__ = ["ImportResult", "export_json", "export_markdown", "import_json", "load"]

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]
CHUNK = 500
_TAG_LINKS: dict[str, tuple[type[pw.Model], str]] = {
    "session": (SessionTag, "session"),
    "reflection": (ReflectionTag, "reflection"),
}


# -- export ---------------------------------------------------------------------


def _json_value(value: Any) -> Any:
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    return value


def _tag_names() -> dict[str, dict[int, list[str]]]:
    out: dict[str, dict[int, list[str]]] = {}
    for kind, (link, column) in _TAG_LINKS.items():
        names: dict[int, list[str]] = {}
        query = link.select(getattr(link, column), Tag.name).join(Tag).tuples()
        for owner, name in query:
            names.setdefault(owner, []).append(name)
        out[kind] = {k: sorted(v, key=lambda n: (fold(n), n)) for k, v in names.items()}
    return out


def _live(query: Any, model: type[pw.Model]) -> Any:
    """``query`` without the records in the trash (exports leave them out)."""
    return query.where(rules.live(model)) if "deleted_at" in model._meta.fields else query


def _records(kind: str, context: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """The export records of one kind, one at a time (oldest first), none in the trash."""
    model = MODELS[kind]
    # The order is read as ids first: sorting whole rows would hold every text at once
    # (SQLite sorts in memory); the rows are then read by id, a chunk at a time.
    order = [
        rid
        for (rid,) in _live(model.select(model.id), model)
        .order_by(model.created_at, model.uuid)
        .tuples()
        .iterator()
    ]
    for at in range(0, len(order), CHUNK):
        ids = order[at : at + CHUNK]
        found = {row["id"]: row for row in model.select().where(model.id.in_(ids)).dicts()}
        yield from (_record(found[rid], kind, context) for rid in ids)


def _record(row: dict[str, Any], kind: str, context: dict[str, Any]) -> dict[str, Any]:
    """One export record of ``kind`` from its row."""
    rules_ = fields(kind)
    targets = links(kind)
    uuid_of, tags, files = context["uuid_of"], context["tags"], context["files"]
    out = {
        "uuid": row["uuid"],
        "created_at": _json_value(row["created_at"]),
        "updated_at": _json_value(row["updated_at"]),
    }
    for name in rules_:
        if name == "tags":
            out[name] = tags[kind].get(row["id"], [])
        elif name in targets:
            out[name] = uuid_of[targets[name]].get(row[name])  # None: none, or trashed
        else:
            out[name] = _json_value(row[name])
    if files.get(kind, {}).get(row["id"]):
        out["attachments"] = [{"sha256": h, "name": n} for h, n in files[kind][row["id"]]]
    return out


def _export_context() -> tuple[dict[str, Any], dict[str, Any], list[Any]]:
    """The header of an export, what its records need looked up, and the attachments."""
    targeted = {target for kind in KIND_ORDER for target in links(kind).values()}
    uuid_of = {
        kind: dict(_live(m.select(m.id, m.uuid), m).tuples().iterator())
        for kind, m in MODELS.items()
        if kind in targeted  # only the kinds that records link to
    }
    stored = attachments.all_stored()
    files = {kind: attachments.links_of_kind(kind) for kind in ATTACHING} if stored else {}
    meta = Meta.get_or_none(Meta.key == "journal_id")
    head = {
        "format": FORMAT,
        "version": VERSION if stored else 1,
        "exported_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "journal_id": meta.value if meta else "",
    }
    return head, {"uuid_of": uuid_of, "tags": _tag_names(), "files": files}, stored


def _streamed(
    head: dict[str, Any], context: dict[str, Any], stored: list[Any], counts: dict[str, int]
) -> Iterator[str]:
    """The export as ``json.dumps(data, ensure_ascii=False, indent=1)`` would write it,
    in pieces: one record at a time (``counts`` counts them as they go)."""
    encode = json.JSONEncoder(ensure_ascii=False, indent=1).encode
    yield "{\n" + "".join(f" {encode(k)}: {encode(v)},\n" for k, v in head.items())
    yield ' "records": {'
    for n, kind in enumerate(KIND_ORDER):
        yield ("\n" if n == 0 else ",\n") + f"  {encode(kind)}: ["
        count = 0
        for record in _records(kind, context):
            # JSON strings hold no raw newline: indenting every line is exact.
            yield ("\n   " if count == 0 else ",\n   ") + encode(record).replace("\n", "\n   ")
            count += 1
        counts[kind] = count
        yield "\n  ]" if count else "]"
    yield "\n }"
    if stored:  # the bytes are streamed after the records, one attachment at a time
        yield from blobs.pieces("", stored)
    else:
        yield "\n}\n"


def export_json(dest: Path | str | TextIO | None = None) -> dict:
    """Every record of the bound journal: as a dict, or written to ``dest``.

    Without ``dest`` the whole export is returned as a dict. With ``dest`` (a
    file path, written atomically: temp file, fsync, rename; or an open text
    stream such as ``sys.stdout``) the export is streamed one record at a time,
    never held whole in memory, and the result is its header with ``counts``
    (records written per kind) in place of ``records``; the file parses to the
    dict that ``export_json()`` returns.
    """
    head, context, stored = _export_context()
    attached = [{"sha256": a.sha256, "size": a.size, "mime": a.mime} for a in stored]
    if dest is None:
        data = {**head, "records": {k: list(_records(k, context)) for k in KIND_ORDER}}
        if stored:
            data["attachments"] = attached
        return data
    counts: dict[str, int] = {}
    write_pieces(dest, _streamed(head, context, stored, counts), purpose="write")
    log.info("exported %d records as JSON", sum(counts.values()))
    result: dict[str, Any] = {**head, "counts": counts}
    if stored:
        result["attachments"] = attached
    return result


# -- import ---------------------------------------------------------------------


@dataclass
class ImportResult:
    """What an import did, per record kind."""

    added: dict[str, int] = field(default_factory=lambda: dict.fromkeys(KIND_ORDER, 0))
    updated: dict[str, int] = field(default_factory=lambda: dict.fromkeys(KIND_ORDER, 0))
    skipped: dict[str, int] = field(default_factory=lambda: dict.fromkeys(KIND_ORDER, 0))

    @property
    def total(self) -> int:
        """Records in the file (added + updated + skipped), new tags included."""
        return self.total_added + self.total_updated + self.total_skipped

    @property
    def total_added(self) -> int:
        return sum(self.added.values())

    @property
    def total_updated(self) -> int:
        return sum(self.updated.values())

    @property
    def total_skipped(self) -> int:
        return sum(self.skipped.values())

    def summary(self) -> str:
        return (
            f"{self.total_added} added, {self.total_updated} updated, {self.total_skipped} skipped"
        )

    __str__ = summary


@contextlib.contextmanager
def _reading(path: Path) -> Iterator[None]:
    """Errors while reading ``path`` as messages that name it (no traceback)."""
    try:
        yield
    except FileNotFoundError:
        raise JournalNotFound(f"No file at {path}.") from None
    except IsADirectoryError:
        raise JournalError(f"{path} is a folder, not an export file.") from None
    except OSError as exc:
        raise JournalError(f"Cannot read {path}: {exc.strerror or exc}.") from None


def _not_utf8(path: Path) -> ValidationError:
    return ValidationError("file", f"{path.name} is not UTF-8 text, so not a MentorJournal export")


@contextlib.contextmanager
def _gc_paused() -> Iterator[None]:
    """The cyclic garbage collector paused, then restored exactly as it was.

    Parsing, checking and planning an import builds hundreds of thousands of
    small dicts, lists and strings, none of them in a reference cycle: each
    collection their allocations trigger is wasted work (about a tenth of the
    import's time). Nested uses leave it to the outermost to restore.
    """
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def load(source: Path | str | dict) -> Any:
    """The parsed content of an export file (a dict is passed through).

    The file is read once. One with attachments (an ``"attachments"`` key
    anywhere) is read as a stream instead, its bytes passed over
    (``blobs.load_without_data``).
    """
    if isinstance(source, dict):
        return source
    path = Path(source)
    raw: bytes | bytearray | None
    with _reading(path):
        raw = blobs.read_unless_attachments(path)
    if raw is None:
        try:
            with _reading(path), _gc_paused():
                streamed = blobs.load_without_data(path)
        except UnicodeDecodeError:
            raise _not_utf8(path) from None
        if streamed is not None:
            return streamed
        with _reading(path):  # the word, but no list of attachments: read it whole
            raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise _not_utf8(path) from None
    del raw
    try:
        with _gc_paused():
            return json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValidationError(
            "file",
            f"{path.name} is not valid JSON ({exc.msg} at line "
            f"{exc.lineno}, column {exc.colno}); is it complete?",
        ) from None
    except RecursionError:
        raise ValidationError("file", f"{path.name} is nested too deeply to be an export") from None


@dataclass
class _Plan:
    """What to write for one kind: rows to add, rows to update (by id)."""

    adds: list[dict] = field(default_factory=list)
    updates: list[tuple[int, dict]] = field(default_factory=list)
    tags: list[tuple[int, tuple[str, ...]]] = field(default_factory=list)  # owner id, names


class _Importer:
    def __init__(self, incoming: dict[str, list[Incoming]], now: dt.datetime) -> None:
        self.incoming = incoming
        self.now = now
        self.result = ImportResult()
        self.id_of: dict[str, dict[str, int]] = {}
        self.plans: dict[str, _Plan] = {kind: _Plan() for kind in KIND_ORDER}
        self.tag_ids: dict[str, int] = {}  # folded name -> id, after this import
        self.files: list[tuple[str, int, Incoming, str]] = []  # kind, id, record, action

    def plan(self) -> None:
        for kind in KIND_ORDER:
            self._plan_kind(kind)

    def _plan_kind(self, kind: str) -> None:
        model = MODELS[kind]
        plan = self.plans[kind]
        existing = {
            u: (i, up) for i, u, up in model.select(model.id, model.uuid, model.updated_at).tuples()
        }
        ids = self.id_of[kind] = {u: i for u, (i, _) in existing.items()}
        next_id = (model.select(pw.fn.MAX(model.id)).scalar() or 0) + 1
        by_name: dict[str, int] = {}
        names: dict[int, str] = {}
        if kind in UNIQUE_NAME:
            names = dict(model.select(model.id, model.name).tuples())
            by_name = {fold(n): i for i, n in names.items()}
        chosen: list[tuple[Incoming, int, str]] = []  # record, id, action
        for rec in self.incoming[kind]:
            if rec.uuid in existing:
                rid, stored = existing[rec.uuid]
                action = "update" if stored is None or rec.updated_at > stored else "skip"
            elif kind in UNIQUE_NAME and fold(rec.values["name"]) in by_name:
                rid, action = by_name[fold(rec.values["name"])], "skip"  # merge by name
            else:
                rid, action = next_id, "add"
                next_id += 1
            ids[rec.uuid] = rid
            chosen.append((rec, rid, action))
        if kind in UNIQUE_NAME:
            self._check_names(kind, chosen, names)
        targets = links(kind)
        for rec, rid, action in chosen:
            values = dict(rec.values)
            for name, target in targets.items():
                ref = values[name]
                if ref is not None:
                    if ref not in self.id_of[target]:
                        raise ValidationError(
                            f"{kind}[{rec.index}].{name}",
                            f"links to a {target} ({ref}) that is neither in the file nor in "
                            "the journal",
                        )
                    values[name] = self.id_of[target][ref]
            tag_names = values.pop("tags", ())
            if action == "skip":
                self.result.skipped[kind] += 1
                continue
            row = {
                "uuid": rec.uuid,
                "created_at": rec.created_at,
                "updated_at": rec.updated_at,
                **values,
            }
            if action == "add":
                plan.adds.append({"id": rid, **row})
                self.result.added[kind] += 1
            else:
                plan.updates.append((rid, row))
                self.result.updated[kind] += 1
            if kind in TAGGED:
                plan.tags.append((rid, tag_names))
            if kind in ATTACHING and (rec.attachments or action == "update"):
                self.files.append((kind, rid, rec, action))
        if kind == "tag":
            self.tag_ids = {fold(n): i for i, n in names.items()}
            self.next_tag_id = next_id

    def _check_names(
        self, kind: str, chosen: list[tuple[Incoming, int, str]], names: dict[int, str]
    ) -> None:
        """Refuse a file whose names would clash with each other or the journal."""
        final = dict(names)
        for rec, rid, action in chosen:
            if action != "skip":
                final[rid] = rec.values["name"]
        owner: dict[str, int] = {}
        for rid, name in final.items():
            owner.setdefault(fold(name), rid)
        for rec, rid, action in chosen:
            if action != "skip" and owner[fold(rec.values["name"])] != rid:
                raise ValidationError(
                    f"{kind}[{rec.index}].name",
                    f"another {kind} in the journal already has this name",
                )
        names.clear()
        names.update(final)

    def tag_id(self, name: str) -> int:
        """The id of tag ``name``, planning a new tag if neither file nor journal has it."""
        key = fold(name)
        if key not in self.tag_ids:
            self.tag_ids[key] = self.next_tag_id
            self.plans["tag"].adds.append(
                {
                    "id": self.next_tag_id,
                    "uuid": str(uuidlib.uuid4()),
                    "created_at": self.now,
                    "updated_at": self.now,
                    "name": name,
                }
            )
            self.result.added["tag"] += 1
            self.next_tag_id += 1
        return self.tag_ids[key]

    def write_attachments(self, files: Any, progress: Progress | None) -> None:
        """Store the file's attachments one at a time, then link them to their records."""
        here: set[str] = set()
        if isinstance(files, blobs.AttachmentStream):  # the file is read again for them
            with _reading(files.path):
                self._store_files(files, here)
        else:
            self._store_files(files, here)
        for kind, rid, rec, action in self.files:
            model, field = attachments.LINKS[kind]
            if action == "update":
                model.delete().where(getattr(model, field) == rid).execute()
            for n, (sha, name) in enumerate(rec.attachments):
                if sha not in here and not attachments.is_stored(sha):
                    raise ValidationError(
                        f"{kind}[{rec.index}].attachments[{n}]",
                        "names an attachment that is neither in the file nor in the journal",
                    )
                attachments.link(kind, rid, sha, name, touch=False)
        if progress and files:
            progress(1, 1)

    def _store_files(self, files: Any, here: set[str]) -> None:
        for n, (meta, stream) in enumerate(blobs.items(files)):
            where = f"attachments[{n}]"
            found = blobs.digest_of(meta, where)
            try:
                attachments.store(lambda s=stream: s, known=found)
            except attachments.ContentChanged:
                raise ValidationError(
                    where, "its bytes do not match its sha256 (damaged)"
                ) from None
            here.add(found.sha256)
            self.result.added["attachment"] = self.result.added.get("attachment", 0) + 1

    def write(self, progress: Progress | None) -> None:
        links_by_kind = {
            kind: [
                (rid, sorted({self.tag_id(n) for n in names}))
                for rid, names in self.plans[kind].tags
            ]
            for kind in TAGGED
        }
        total = sum(len(p.adds) + len(p.updates) for p in self.plans.values())
        done = 0
        for kind in KIND_ORDER:
            model = MODELS[kind]
            plan = self.plans[kind]
            for i in range(0, len(plan.adds), CHUNK * 10):
                chunk = plan.adds[i : i + CHUNK * 10]
                records.insert_rows(model, chunk)  # one prepared statement, not peewee's SQL
                done += len(chunk)
                if progress:
                    progress(done, total)
            for rid, row in plan.updates:
                model.update(row).where(model.id == rid).execute()
                done += 1
                if progress and done % CHUNK == 0:
                    progress(done, total)
            if kind in TAGGED:
                self._write_tags(kind, links_by_kind[kind], plan)
        if progress:
            progress(total, total)

    @staticmethod
    def _write_tags(kind: str, owners: list[tuple[int, list[int]]], plan: _Plan) -> None:
        link, column = _TAG_LINKS[kind]
        updated = [rid for rid, _ in plan.updates]
        owner_col = getattr(link, column)
        for i in range(0, len(updated), CHUNK):
            link.delete().where(owner_col.in_(updated[i : i + CHUNK])).execute()
        records.insert_rows(
            link, [{column: rid, "tag": tag} for rid, tags in owners for tag in tags]
        )


def import_json(
    source: Path | str | dict, *, progress: Progress | None = None, dry_run: bool = False
) -> ImportResult:
    """Import an export file (or its parsed dict) into the bound journal.

    Everything is checked before anything is written, and the write is one
    transaction: a refused file raises ``ValidationError`` (naming the
    record kind, its index and the field) or ``JournalError`` and changes
    nothing. ``progress(done, total)`` is called while writing. ``dry_run``
    does all of it and rolls the transaction back: the counts of a real
    import, nothing written.
    """
    with _gc_paused():
        return _import(source, progress, dry_run)


def _import(source: Path | str | dict, progress: Progress | None, dry_run: bool) -> ImportResult:
    data = load(source)
    now = utcnow()
    incoming = check_file(data, now)
    importer = _Importer(incoming, now)
    try:
        with fts.roomy_cache(DB), DB.atomic("IMMEDIATE") as transaction:
            DB.execute_sql("PRAGMA defer_foreign_keys = ON")
            importer.plan()
            tables = [model._meta.table_name for model in MODELS.values()]
            with fts.index_once(DB, tables):  # the index filled once, after the rows
                importer.write(progress)
            importer.write_attachments(data.get("attachments"), progress)
            if dry_run:
                transaction.rollback()
                log.info("import (dry run): %s", importer.result.summary())
                return importer.result
    except pw.IntegrityError:
        log.warning("import refused by a database constraint")
        raise JournalError(
            "The file could not be imported: it conflicts with records in the "
            "journal (nothing was changed)."
        ) from None
    log.info("import: %s", importer.result.summary())
    return importer.result
