"""Filling the full-text index once after a bulk write, instead of row by row.

Every record table has an ``AFTER INSERT`` trigger that adds the new row to
``search_index`` (see ``migrations._triggers``). An import of tens of
thousands of rows pays that trigger once per row, each an FTS5 insert with its
own index update. ``index_once`` drops those insert triggers for the length of
a bulk write inside the caller's transaction, then adds every new row with one
``INSERT … SELECT`` per table, built from the trigger's own text (so the
indexed text is exactly what the trigger would have written), and creates
the triggers again, all in the same transaction: a rollback (a refused
import, a crash) restores the triggers with everything else. Updates and
deletes keep their triggers throughout.

``roomy_cache`` gives the connection a larger page cache for the length of such
a write (the B-tree and index pages of tens of thousands of rows stay in memory
instead of being written out and read back), and puts the setting back after.

"New" rows are those with an id above the table's largest id at the start
(the callers insert with ids counted up from there) that are not indexed yet:
a row an update trigger indexed in the block (an attachment linked to it
touches it) is not indexed twice.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterator, Sequence
from typing import Any

#: The page cache of a bulk write (KiB, as ``PRAGMA cache_size`` takes a negative number).
BULK_CACHE_KIB = 64 * 1024

_INSERT = "INSERT INTO search_index(rowid, title, body) SELECT "
_LIVE = " WHERE NEW.deleted_at IS NULL"
_NAME = re.compile(r"^[a-z_]+$")
_ROWID = re.compile(r"^x\.id \* \d+ \+ \d+$")


def fill_sql(table: str, trigger_sql: str) -> str | None:
    """The ``INSERT … SELECT`` that indexes rows of ``table`` with an id above ``?`` as
    ``trigger_sql`` (an insert trigger) indexes one row; ``None`` if it is not one."""
    if not _NAME.match(table) or " BEGIN " not in trigger_sql:
        return None
    action = trigger_sql.split(" BEGIN ", 1)[1].strip()
    action = action.removesuffix("END").strip().removesuffix(";").strip()
    if not action.startswith(_INSERT) or not action.endswith(_LIVE) or ";" in action:
        return None
    select = action[len(_INSERT) : -len(_LIVE)].replace("NEW.", "x.")
    rowid = select.split(",", 1)[0]
    if not _ROWID.match(rowid):
        return None
    return (
        f"{_INSERT}{select} FROM {table} x WHERE x.deleted_at IS NULL AND x.id > ?"
        f" AND NOT EXISTS (SELECT 1 FROM search_index s WHERE s.rowid = {rowid})"
    )


@contextlib.contextmanager
def index_once(db: Any, tables: Sequence[str]) -> Iterator[None]:
    """Inside a transaction: rows inserted into ``tables`` in the block are indexed once,
    at its end, in bulk (see the module doc)."""
    if not db.in_transaction():
        raise RuntimeError("index_once needs a transaction (its triggers come back with it)")
    wanted = sorted(set(tables))
    marks = ", ".join("?" * len(wanted))
    found = db.execute_sql(
        "SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'trigger'"
        f" AND name = tbl_name || '_ai' AND tbl_name IN ({marks}) ORDER BY name",
        wanted,
    ).fetchall()
    plans: list[tuple[str, str, str, int]] = []
    for name, table, sql in found:
        fill = fill_sql(table, sql)
        if fill is not None:  # anything else keeps its trigger
            since = int(db.execute_sql(f"SELECT COALESCE(MAX(id), 0) FROM {table}").fetchone()[0])
            plans.append((name, sql, fill, since))
    for name, _sql, _fill, _since in plans:
        db.execute_sql(f"DROP TRIGGER {name}")
    try:
        yield
    except BaseException:
        with contextlib.suppress(Exception):  # the rollback that follows restores them too
            for _name, sql, _fill, _since in plans:
                db.execute_sql(sql)
        raise
    for _name, sql, fill, since in plans:
        db.execute_sql(fill, [since])
        db.execute_sql(sql)


@contextlib.contextmanager
def roomy_cache(db: Any, kib: int = BULK_CACHE_KIB) -> Iterator[None]:
    """A page cache of ``kib`` KiB (if larger than the connection's) for the block."""
    previous = int(db.execute_sql("PRAGMA cache_size").fetchone()[0])
    wanted = -abs(int(kib))
    size_now = -previous if previous < 0 else previous * 4  # pages: about 4 KiB each
    if size_now >= kib:
        yield
        return
    db.execute_sql(f"PRAGMA cache_size = {wanted}")
    try:
        yield
    finally:
        db.execute_sql(f"PRAGMA cache_size = {previous}")
