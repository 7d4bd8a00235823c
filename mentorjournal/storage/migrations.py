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

import peewee as pw

from mentorjournal.errors import NewerJournal
from mentorjournal.kinds import SEARCH_CODES
from mentorjournal.storage import schema_v1

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


def search_ddl() -> list[str]:
    """The full-text index and its triggers as generated from ``_INDEXED``.

    Frozen into ``schema_v1``; kept here so a test can show the two agree.
    """
    ddl = [
        "CREATE VIRTUAL TABLE search_index USING fts5("
        "title, body, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')"
    ]
    for kind, table, title, body in _INDEXED:
        code = SEARCH_KINDS[kind]
        rowid = f"{{r}}.id * {KIND_STRIDE} + {code}"
        ins = "INSERT INTO search_index(rowid, title, body) VALUES ({rowid}, {title}, {body});"
        dele = "DELETE FROM search_index WHERE rowid = {rowid};"
        new = {k: v.format(r="NEW") for k, v in (("rowid", rowid), ("title", title), ("body", body))}
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
    return ddl


def _step_1(db: pw.Database) -> None:
    """Version 1: every record table, the full-text index and its triggers."""
    for statement in schema_v1.STATEMENTS:
        db.execute_sql(statement)


#: Step N brings a journal from version N-1 to version N.
STEPS: list[Callable[[pw.Database], None]] = [_step_1]
SCHEMA_VERSION = len(STEPS)


def schema_version(db: pw.Database) -> int:
    return db.execute_sql("PRAGMA user_version").fetchone()[0]


def check_version(version: int) -> None:
    if version > SCHEMA_VERSION:
        raise NewerJournal(
            f"This journal was written by a newer MentorJournal (schema {version}; "
            f"this version reads up to {SCHEMA_VERSION}). Please update the app."
        )


def pending_steps(db: pw.Database) -> int:
    version = schema_version(db)
    check_version(version)
    return SCHEMA_VERSION - version


def migrate(db: pw.Database) -> int:
    """Run every pending step, each in its own transaction; return how many ran."""
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

