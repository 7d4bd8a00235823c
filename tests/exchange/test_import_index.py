"""The search index after an import: filled once after the rows (``storage.fts``), it holds
exactly what the per-row triggers would have written, and a refused import leaves the
index and its triggers as they were."""

from __future__ import annotations

import datetime as dt

import pytest

from mentorjournal.demo import generate as demo
from mentorjournal.domain import queries, records, search
from mentorjournal.exchange import native
from mentorjournal.storage import fts
from mentorjournal.storage.db import DB
from mentorjournal.storage.journal import Journal
from tests.conftest import FAST, PASSPHRASE

END = dt.date(2025, 6, 30)
TABLES = ("person", "session", "reflection", "goal", "action_item", "skill", "win")


def index() -> list[tuple]:
    """Every term the index holds: (rowid, column, position, term), in order.

    The index is contentless (schema 4): it keeps terms, not text, so this is all of it.
    """
    DB.execute_sql(
        "CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_terms"
        " USING fts5vocab(main, search_index, instance)"
    )
    return DB.execute_sql(
        "SELECT doc, col, offset, term FROM temp.search_terms ORDER BY doc, col, offset"
    ).fetchall()


def triggers() -> list[tuple]:
    return DB.execute_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name"
    ).fetchall()


def reindexed_by_triggers() -> list[tuple]:
    """The index as the per-row update triggers write it, row by row (then rolled back)."""
    with DB.atomic() as transaction:
        for table in TABLES:
            DB.execute_sql(f"UPDATE {table} SET id = id")
        rows = index()
        transaction.rollback()
    return rows


@pytest.fixture
def exported(journal: Journal, tmp_path):
    demo.populate(1, seed=5, scale=0.05, end=END)
    records.delete("reflection", records.get("reflection", 1).id)  # one in the trash
    dest = tmp_path / "export.json"
    native.export_json(dest)
    journal.close()
    return dest


def test_imported_records_are_indexed_as_the_triggers_would(exported, tmp_path):
    with Journal.create(tmp_path / "fresh.mjournal", PASSPHRASE, kdf=FAST):
        before = triggers()
        records.create("person", name="Already here", relation="mentor")  # ids to count past
        native.import_json(exported)
        assert triggers() == before  # the insert triggers are back, unchanged
        filled = index()
        assert len(filled) > 30
        assert filled == reindexed_by_triggers()
        word = filled[-1][3]
        assert search.search(word)  # found by the search the window uses
        later = records.create("reflection", title="Zebra crossing", body="after the import")
        assert any(hit.id == later.id for hit in search.search("zebra"))


def test_a_dry_run_and_a_refused_import_leave_index_and_triggers(exported, tmp_path, monkeypatch):
    with Journal.create(tmp_path / "fresh.mjournal", PASSPHRASE, kdf=FAST):
        records.create("reflection", title="Mine", body="kept")
        before_index, before_triggers = index(), triggers()
        native.import_json(exported, dry_run=True)
        assert index() == before_index and triggers() == before_triggers

        def explode(*_args, **_kwargs):  # midway: rows of several kinds already written
            raise OSError("disk full")

        monkeypatch.setattr(native._Importer, "_write_tags", staticmethod(explode))
        with pytest.raises(OSError):
            native.import_json(exported)
        assert index() == before_index and triggers() == before_triggers
        assert [i.title for i in queries.timeline(kinds="reflection")] == ["Mine"]


def test_index_once_refuses_to_run_outside_a_transaction(journal):
    with pytest.raises(RuntimeError), fts.index_once(DB, ["reflection"]):
        pass


def test_fill_sql_only_reads_insert_triggers():
    assert (
        fts.fill_sql("win", "CREATE TRIGGER x AFTER DELETE ON win BEGIN DELETE FROM t; END") is None
    )
    made = fts.fill_sql(
        "win",
        "CREATE TRIGGER win_ai AFTER INSERT ON win BEGIN INSERT INTO search_index(rowid, title,"
        " body) SELECT NEW.id * 16 + 7, NEW.title, NEW.description WHERE NEW.deleted_at IS NULL;"
        " END",
    )
    assert made == (
        "INSERT INTO search_index(rowid, title, body) SELECT x.id * 16 + 7, x.title,"
        " x.description FROM win x WHERE x.deleted_at IS NULL AND x.id > ?"
        " AND NOT EXISTS (SELECT 1 FROM search_index s WHERE s.rowid = x.id * 16 + 7)"
    )


def test_an_import_from_another_app_is_indexed_once_with_its_attachments(journal):
    """Day One entries with photos: each linked attachment re-indexes its entry through
    the update triggers in the middle of the import; none is indexed twice."""
    from tests.exchange.conftest import IMPORTS, run_import

    before = triggers()
    summary = run_import(IMPORTS / "dayone/dayone-handwritten-2024.zip")
    assert summary.done
    assert triggers() == before
    filled = index()
    assert len(filled) == len(set(filled)) > 0  # a record indexed twice repeats its terms
    assert filled == reindexed_by_triggers()
