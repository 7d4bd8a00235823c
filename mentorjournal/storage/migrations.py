"""Schema versions, one atomic step at a time.

The version lives in SQLite's ``user_version``. Each step runs in one
transaction that also bumps the version, so an interrupted migration leaves
the previous version intact. A journal from a newer version is refused before
anything is written. A backup is taken before the first step (see
``journal.Journal.open``). Every released schema has a small fixture journal
under ``tests/fixtures/journals/`` that the tests open.
"""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType

import peewee as pw

from mentorjournal.errors import JournalError, NewerJournal
from mentorjournal.kinds import SEARCH_CODES
from mentorjournal.storage import schema_v1, schema_v2, schema_v3, schema_v4, schema_v5

#: Kind codes in the full-text index: rowid = record id * KIND_STRIDE + code.
KIND_STRIDE = 16
#: The code of each kind in that rowid (``kinds.SEARCH_CODES``).
SEARCH_KINDS = SEARCH_CODES

# (kind, table, title SQL, body SQL) for the triggers that keep the index in
# step with every write. ``{r}`` is NEW or OLD.
_INDEXED = [
    ("person", "person", "{r}.name", "{r}.organisation || ' ' || {r}.contact || ' ' || {r}.notes"),
    (
        "session",
        "session",
        "(SELECT name FROM person WHERE id = {r}.person_id)",
        "{r}.agenda || ' ' || {r}.notes || ' ' || {r}.takeaways",
    ),
    ("reflection", "reflection", "{r}.title", "{r}.body"),
    ("goal", "goal", "{r}.title", "{r}.description"),
    ("action", "action_item", "{r}.text", "''"),
    ("skill", "skill", "{r}.name", "{r}.category || ' ' || {r}.description"),
    ("win", "win", "{r}.title", "{r}.description"),
]

#: Since schema 2, the file names of a record's attachments are searched with its text.
_ATTACHMENT_NAMES = {
    "session": "session_attachment",
    "reflection": "reflection_attachment",
}

#: The index's tokenizer (``domain.search`` tokenizes its page copy the same way).
TOKENIZE = "unicode61 remove_diacritics 2"

#: Versions 1 to 3: the index kept its own copy of every text, with prefix indexes.
FTS_TABLE_V1 = (
    "CREATE VIRTUAL TABLE search_index USING fts5("
    f"title, body, tokenize = '{TOKENIZE}', prefix = '2 3')"
)
#: Since version 4: contentless (the text lives only in the record tables; rows are
#: deleted by rowid, ``contentless_delete``), no prefix indexes (a prefix query
#: reads the terms' doclists instead, in about the same time).
FTS_TABLE = (
    "CREATE VIRTUAL TABLE search_index USING fts5("
    f"title, body, content = '', contentless_delete = 1, tokenize = '{TOKENIZE}')"
)


def _indexed(version: int) -> list[tuple[str, str, str, str, str]]:
    """(kind, table, rowid, title, body) SQL of what the index holds, as of ``version``;
    ``{r}`` is the row."""
    out = []
    for kind, table, title, body in _INDEXED:
        code = SEARCH_KINDS[kind]
        rowid = f"{{r}}.id * {KIND_STRIDE} + {code}"
        if version >= 2 and kind in _ATTACHMENT_NAMES:
            links = _ATTACHMENT_NAMES[kind]
            body += (
                f" || COALESCE(' ' || (SELECT group_concat(l.name, ' ') FROM {links} l"
                f" WHERE l.{kind}_id = {{r}}.id), '')"
            )
        out.append((kind, table, rowid, title, body))
    return out


def indexed_text_sql(kind: str) -> str:
    """``SELECT rowid, title, body`` of the records of ``kind`` whose ids are in ``({ids})``:
    the text the index holds for them (since version 4 the index keeps no copy)."""
    for name, table, rowid, title, body in _indexed(SCHEMA_VERSION):
        if name == kind:
            r = {"r": "x"}
            return (
                f"SELECT {rowid.format(**r)}, {title.format(**r)}, {body.format(**r)}"
                f" FROM {table} x WHERE x.id IN ({{ids}})"
            )
    raise KeyError(kind)


def fill_sql(version: int) -> list[str]:
    """One ``INSERT … SELECT`` per table that indexes every live record (an empty index)."""
    out = []
    for _kind, table, rowid, title, body in _indexed(version):
        r = {"r": "x"}
        out.append(
            f"INSERT INTO search_index(rowid, title, body) SELECT {rowid.format(**r)},"
            f" {title.format(**r)}, {body.format(**r)} FROM {table} x WHERE x.deleted_at IS NULL"
        )
    return out


def _triggers(version: int) -> list[str]:
    """The triggers that keep the index in step with every write, as of ``version``.

    Version 1 indexes every record. Version 2 leaves records in the trash out
    (``deleted_at`` set) and adds the names of attachments to the body. Version
    4 writes the same (the contentless index deletes by rowid alone).
    """
    ddl = []
    for _kind, table, rowid, title, body in _indexed(version):
        if version >= 2:
            ins = (
                "INSERT INTO search_index(rowid, title, body) SELECT {rowid}, {title}, {body}"
                " WHERE {r}.deleted_at IS NULL;"
            )
        else:
            ins = "INSERT INTO search_index(rowid, title, body) VALUES ({rowid}, {title}, {body});"
        dele = "DELETE FROM search_index WHERE rowid = {rowid};"
        new = {
            k: v.format(r="NEW") for k, v in (("rowid", rowid), ("title", title), ("body", body))
        }
        new["r"] = "NEW"
        old = {"rowid": rowid.format(r="OLD")}
        ddl += [
            f"CREATE TRIGGER {table}_ai AFTER INSERT ON {table} BEGIN {ins.format(**new)} END",
            f"CREATE TRIGGER {table}_ad AFTER DELETE ON {table} BEGIN {dele.format(**old)} END",
            f"CREATE TRIGGER {table}_au AFTER UPDATE ON {table} BEGIN "
            f"{dele.format(**old)} {ins.format(**new)} END",
        ]
    # A renamed person renames the title of their sessions in the index.
    ddl.append(
        "CREATE TRIGGER person_au_sessions AFTER UPDATE OF name ON person BEGIN "
        "UPDATE session SET person_id = person_id WHERE person_id = NEW.id; END"
    )
    if version >= 2:  # an attachment added or removed re-indexes its record
        for kind, links in _ATTACHMENT_NAMES.items():
            touch = "UPDATE {kind} SET id = id WHERE id = {r}.{kind}_id;"
            ddl += [
                f"CREATE TRIGGER {links}_ai AFTER INSERT ON {links} BEGIN "
                f"{touch.format(kind=kind, r='NEW')} END",
                f"CREATE TRIGGER {links}_ad AFTER DELETE ON {links} BEGIN "
                f"{touch.format(kind=kind, r='OLD')} END",
                f"CREATE TRIGGER {links}_au AFTER UPDATE ON {links} BEGIN "
                f"{touch.format(kind=kind, r='OLD')} {touch.format(kind=kind, r='NEW')} END",
            ]
    return ddl


def search_ddl(version: int | None = None) -> list[str]:
    """The full-text index and its triggers as of ``version`` (default: the current one).

    Frozen into the ``schema_v*`` modules; kept here so a test can show they agree.
    """
    version = SCHEMA_VERSION if version is None else version
    return [FTS_TABLE if version >= 4 else FTS_TABLE_V1, *_triggers(version)]


def _frozen(module: ModuleType) -> Callable[[pw.Database], None]:
    """The step that runs ``module.STATEMENTS`` (read when it runs)."""

    def step(db: pw.Database) -> None:
        for statement in module.STATEMENTS:
            db.execute_sql(statement)

    step.__doc__ = str(module.__doc__ or "").strip().splitlines()[0]
    return step


#: Step N brings a journal from version N-1 to version N: the statements of
#: ``schema_vN``, frozen when version N was made. Version 1: every record table, the
#: full-text index and its triggers; 2: the trash, tombstones, ids from other apps,
#: attachments, cadence; 3: a skill can be retired; 4: a contentless search index
#: without prefix indexes, filled again; 5: each timeline table's live rows by date.
STEPS: list[Callable[[pw.Database], None]] = [
    _frozen(module) for module in (schema_v1, schema_v2, schema_v3, schema_v4, schema_v5)
]
SCHEMA_VERSION = len(STEPS)


def schema_version(db: pw.Database) -> int:
    return int(db.execute_sql("PRAGMA user_version").fetchone()[0])


def check_version(version: int) -> None:
    if version > SCHEMA_VERSION:
        raise NewerJournal(
            f"This journal was written by a newer MentorJournal (schema {version}; "
            f"this version reads up to {SCHEMA_VERSION}). Please update the app."
        )


#: The oldest SQLite (inside SQLCipher) that reads schema 4's index (``contentless_delete``).
MIN_SQLITE = (3, 43, 0)


def check_sqlite(version: str) -> None:
    """Refuse to work with an SQLite older than ``MIN_SQLITE`` (``version`` as
    ``sqlite_version()`` gives it), before anything is written."""
    found = tuple(int(part) for part in version.split(".")[:3] if part.isdigit())
    if found < MIN_SQLITE:
        raise JournalError(
            f"This MentorJournal was installed with SQLCipher on SQLite {version}; "
            f"journals need SQLite {'.'.join(map(str, MIN_SQLITE))} or later "
            "(reinstall sqlcipher3). Nothing was changed."
        )


def _check_sqlite(db: pw.Database) -> None:
    check_sqlite(str(db.execute_sql("SELECT sqlite_version()").fetchone()[0]))


def pending_steps(db: pw.Database) -> int:
    version = schema_version(db)
    check_version(version)
    _check_sqlite(db)
    return SCHEMA_VERSION - version


def migrate(db: pw.Database) -> int:
    """Run every pending step, each in its own transaction; return how many ran."""
    _check_sqlite(db)
    ran = 0
    while True:
        version = schema_version(db)
        check_version(version)
        if version == SCHEMA_VERSION:
            return ran
        with db.atomic("IMMEDIATE"):
            # Re-read inside the transaction: another process may have migrated.
            if schema_version(db) != version:
                continue
            STEPS[version](db)
            db.execute_sql(f"PRAGMA user_version = {version + 1}")
        ran += 1
