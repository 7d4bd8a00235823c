"""Salvage: every readable record of a damaged journal, copied into a new journal.

``salvage(path, key)`` holds the damaged journal alone (nobody writes into it
meanwhile), reads it without writing (read-only, a copy of its ``-wal``
included), and copies table by table into a new journal under the same key
(so the same passphrase opens it): first every row in order up to the first
unreadable page, then backwards from the end, then the rows in between one by
one, skipping those that cannot be read. A record whose person or skill was
lost keeps a placeholder ("Unreadable person 7 (salvaged)"); other links to
lost records are cleared, and rows that cannot stand alone (tags of a lost
reflection, say) are left out and counted. The new journal is built at the
damaged one's schema version, migrated, verified and renamed into place; the
damaged file is left exactly as it was.

The command line runs it as ``mentorjournal salvage``; the window can call
``salvage`` on a worker thread and offer to restore the result.
"""

from __future__ import annotations

import datetime as dt
import logging
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlcipher3 import dbapi2 as sqlcipher

from mentorjournal.errors import JournalDamaged, JournalExists
from mentorjournal.storage import fsutil, migrations
from mentorjournal.storage.copies import verify_file
from mentorjournal.storage.crypto import RawKey
from mentorjournal.storage.db import CipherDatabase, raw_connect
from mentorjournal.storage.lock import Claim, real_path

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]

#: Point lookups tried per table between the last readable rows on each side.
MAX_PROBES = 500_000
_SKIPPED = ("sqlite_", "search_index")


@dataclass
class SalvageReport:
    output: Path
    copied: dict[str, int] = field(default_factory=dict)
    unreadable: dict[str, int] = field(default_factory=dict)
    left_out: dict[str, int] = field(default_factory=dict)
    placeholders: int = 0

    @property
    def records(self) -> int:
        return sum(self.copied.values())

    @property
    def lost(self) -> int:
        return sum(self.unreadable.values()) + sum(self.left_out.values())

    def summary(self) -> str:
        text = f"{self.records} rows copied"
        if self.unreadable:
            parts = ", ".join(f"{n} of {t}" for t, n in sorted(self.unreadable.items()))
            text += f"; unreadable: {parts}"
        if self.left_out:
            parts = ", ".join(f"{n} of {t}" for t, n in sorted(self.left_out.items()))
            text += f"; left out (they belonged to lost records): {parts}"
        if self.placeholders:
            text += f"; {self.placeholders} placeholder(s) stand in for lost people or skills"
        return text


def default_output(path: Path) -> Path:
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    return Path(path).with_name(f"{Path(path).stem}-salvaged-{stamp}{Path(path).suffix}")


def salvage(
    path: Path, key: RawKey, output: Path | None = None, progress: Progress | None = None
) -> SalvageReport:
    """Copy every readable record of ``path`` into the new journal ``output``."""
    path = Path(path)
    output = Path(output) if output else default_output(path)
    if output.exists():
        raise JournalExists(f"A file already exists at {output}; choose another name.")
    with Claim.exclusive(path, "salvaging the journal"):
        return _salvage_alone(path, key, output, progress)


class _Source:
    """A connection to the copy of the damaged journal, opened anew after each read error.

    A page that fails its check can leave the connection unable to read
    anything more, so every error is followed by a fresh connection.
    """

    def __init__(self, work: Path, key: RawKey) -> None:
        self._work, self._key = work, key
        self.conn = raw_connect(work, key)

    def execute(self, sql: str, params: tuple[Any, ...] = ()) -> Any:
        return self.conn.execute(sql, params)

    def reset(self) -> None:
        self.conn.close()
        self.conn = raw_connect(self._work, self._key)

    def close(self) -> None:
        self.conn.close()


def _open_source(path: Path, key: RawKey, work: Path) -> _Source:
    """The damaged journal and its log, copied aside so that reading changes nothing."""
    real = real_path(path)
    fsutil.copy_private(real, work)
    log_file = Path(f"{real}-wal")
    if log_file.exists():
        fsutil.copy_private(log_file, Path(f"{work}-wal"))
    try:
        return _Source(work, key)
    except JournalDamaged:
        raise JournalDamaged(
            f"{path.name} is too damaged to salvage: even its list of tables cannot be read. "
            "Restore a backup."
        ) from None


def _salvage_alone(
    path: Path, key: RawKey, output: Path, progress: Progress | None
) -> SalvageReport:
    report = SalvageReport(output)
    with fsutil.os_errors("The salvaged journal"):
        fsutil.private_dir(output.parent)
        work = fsutil.temp_path_for(output, "salvage")
        tmp = fsutil.temp_path_for(output, "salvage")
    try:
        with fsutil.pending(work), fsutil.pending(tmp):  # a crash leaves nothing behind
            with fsutil.os_errors("The salvaged journal"):
                fsutil.create_private(tmp)
            _build(path, key, output, work, tmp, report, progress)
    finally:
        for leftover in [tmp, work, *fsutil.sidecars(tmp), *fsutil.sidecars(work)]:
            fsutil.remove_quietly(leftover)
    log.info("salvage: %d rows copied, %d lost", report.records, report.lost)
    return report


def _build(
    path: Path,
    key: RawKey,
    output: Path,
    work: Path,
    tmp: Path,
    report: SalvageReport,
    progress: Progress | None,
) -> None:
    source = _open_source(path, key, work)
    try:
        version = int(source.execute("PRAGMA user_version").fetchone()[0])
        migrations.check_version(version)
        target = CipherDatabase(tmp, key, new=True)
        try:
            target.connect()
            for step in migrations.STEPS[:version]:
                step(target)
            target.execute_sql(f"PRAGMA user_version = {version}")
            conn = target.connection()
            conn.execute("PRAGMA foreign_keys = OFF")
            _copy_tables(source, conn, report, progress)
            _repair_links(conn, report)
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute(
                "INSERT OR REPLACE INTO journal_meta (key, value) VALUES ('salvaged_at', ?)",
                (dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),),
            )
            migrations.migrate(target)
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            target.close()
            target.forget_key()
    finally:
        source.close()
    verify_file(tmp, key)
    if output.exists():
        raise JournalExists(f"A file already exists at {output}; choose another name.")
    with fsutil.os_errors("The salvaged journal"):
        fsutil.atomic_replace(tmp, output)


def _tables(conn: Any) -> list[tuple[str, bool]]:
    """Record tables in creation order, and whether each has a rowid."""
    rows = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY rowid"
    ).fetchall()
    return [
        (name, "WITHOUT ROWID" not in (sql or "").upper())
        for name, sql in rows
        if not name.startswith(_SKIPPED)
    ]


def _columns(conn: Any, table: str) -> list[str]:
    return [row[1] for row in conn.execute(f'PRAGMA table_info("{table}")')]


def _copy_tables(
    source: Any, target: Any, report: SalvageReport, progress: Progress | None
) -> None:
    tables = _tables(target)
    source_tables = {name for name, _ in _tables(source)}
    for n, (table, has_rowid) in enumerate(tables):
        if progress:
            progress(n, len(tables))
        if table not in source_tables:
            continue
        try:
            wanted = [c for c in _columns(target, table) if c in set(_columns(source, table))]
        except sqlcipher.Error:
            source.reset()
            report.unreadable[table] = report.unreadable.get(table, 0) + 1
            continue
        if not wanted:
            continue
        rows, unreadable = _readable_rows(source, table, wanted, has_rowid)
        if table == "journal_meta":
            target.execute("DELETE FROM journal_meta")
        names = ", ".join(f'"{c}"' for c in wanted)
        marks = ", ".join("?" for _ in wanted)
        target.execute("BEGIN IMMEDIATE")
        target.executemany(f'INSERT OR REPLACE INTO "{table}" ({names}) VALUES ({marks})', rows)
        target.execute("COMMIT")
        report.copied[table] = len(rows)
        if unreadable:
            report.unreadable[table] = unreadable
    if progress:
        progress(len(tables), len(tables))


def _readable_rows(
    source: _Source, table: str, columns: list[str], has_rowid: bool
) -> tuple[list[tuple[Any, ...]], int]:
    """Rows that can be read, and how many could not (an estimate for gaps)."""
    names = ", ".join(f'"{c}"' for c in columns)
    key = "rowid" if has_rowid else ", ".join(f'"{c}"' for c in _pk(source, table))
    found: dict[Any, tuple[Any, ...]] = {}
    complete = True
    for order in ("ASC", "DESC"):
        order_by = ", ".join(f"{part.strip()} {order}" for part in key.split(","))
        sql = f'SELECT {key}, {names} FROM "{table}" ORDER BY {order_by}'
        width = len(key.split(","))
        try:
            for row in source.execute(sql):
                found.setdefault(row[:width] if width > 1 else row[0], row[width:])
            break  # read whole: no need to go backwards
        except sqlcipher.Error:
            source.reset()
            complete = False
    unreadable = 0
    if not complete and has_rowid:
        ids = sorted(found)
        gaps = [(a, b) for a, b in zip(ids, ids[1:], strict=False) if b - a > 1]
        # Rows beyond the last one read (their page lost) are still named by the
        # table's indexes, which live on other pages.
        top = max([*ids[-1:], *_indexed_rowids(source, table)], default=0)
        gaps.append((ids[-1] if ids else 0, top + 1))
        probes = 0
        for low, high in gaps:
            for rowid in range(low + 1, high):
                probes += 1
                if probes > MAX_PROBES:
                    break
                try:
                    row = source.execute(
                        f'SELECT {names} FROM "{table}" WHERE rowid = ?', (rowid,)
                    ).fetchone()
                except sqlcipher.Error:
                    source.reset()
                    unreadable += 1
                    continue
                if row is not None:
                    found[rowid] = tuple(row)
    elif not complete:
        unreadable = 1  # at least one page of this table could not be read
    return [tuple(found[k]) for k in sorted(found)], unreadable


def _indexed_rowids(source: Any, table: str) -> list[int]:
    """The rowids the table's indexes hold (each index read alone; unreadable ones skipped)."""
    out: list[int] = []
    try:
        indexes = [row[1] for row in source.execute(f'PRAGMA index_list("{table}")')]
    except sqlcipher.Error:
        source.reset()
        return out
    for index in indexes:
        try:
            out += [
                row[0]
                for row in source.execute(f'SELECT rowid FROM "{table}" INDEXED BY "{index}"')
            ]
        except sqlcipher.Error:
            source.reset()
    return out


def _pk(conn: Any, table: str) -> list[str]:
    info = sorted((row[5], row[1]) for row in conn.execute(f'PRAGMA table_info("{table}")'))
    return [name for order, name in info if order > 0] or ["rowid"]


#: Parents that get a placeholder when a required link points at a lost row.
_PLACEHOLDERS = {
    "person": (
        "INSERT OR IGNORE INTO person (id, uuid, created_at, updated_at, name, relation, organisation, "
        "contact, status, follow_up, notes) VALUES (?, ?, ?, ?, ?, 'contact', '', '', "
        "'active', 'none', '')",
        "Unreadable person {id} (salvaged)",
    ),
    "skill": (
        "INSERT OR IGNORE INTO skill (id, uuid, created_at, updated_at, name, category, description) "
        "VALUES (?, ?, ?, ?, ?, '', '')",
        "Unreadable skill {id} (salvaged)",
    ),
}


def _repair_links(conn: Any, report: SalvageReport) -> None:
    """Links to rows that were lost: a placeholder, cleared, or the row left out."""
    for _round in range(10):
        problems = conn.execute("PRAGMA foreign_key_check").fetchall()
        if not problems:
            return
        conn.execute("BEGIN IMMEDIATE")
        for table, rowid, parent, fkid in problems:
            link = [
                row for row in conn.execute(f'PRAGMA foreign_key_list("{table}")') if row[0] == fkid
            ]
            column = link[0][3] if link else None
            required = {
                row[1]: bool(row[3]) for row in conn.execute(f'PRAGMA table_info("{table}")')
            }
            value = None
            if column and rowid is not None:
                got = conn.execute(f'SELECT "{column}" FROM "{table}" WHERE rowid = ?', (rowid,))
                value = (got.fetchone() or [None])[0]
            if column and required.get(column) and parent in _PLACEHOLDERS and value is not None:
                sql, name = _PLACEHOLDERS[parent]
                now = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M:%S")
                made = conn.execute(
                    sql, (value, str(uuid.uuid4()), now, now, name.format(id=value))
                )
                report.placeholders += max(made.rowcount, 0)
            elif column and not required.get(column) and rowid is not None:
                conn.execute(f'UPDATE "{table}" SET "{column}" = NULL WHERE rowid = ?', (rowid,))
            else:
                if rowid is not None:
                    conn.execute(f'DELETE FROM "{table}" WHERE rowid = ?', (rowid,))
                else:
                    conn.execute(
                        f'DELETE FROM "{table}" WHERE "{column}" NOT IN '
                        f'(SELECT "{link[0][4]}" FROM "{parent}")'
                    )
                report.left_out[table] = report.left_out.get(table, 0) + 1
                report.copied[table] = max(0, report.copied.get(table, 0) - 1)
        conn.execute("COMMIT")
