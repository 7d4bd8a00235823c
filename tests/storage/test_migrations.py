"""Schema versions: fixtures of every released schema open; steps are atomic."""

import re
import shutil
from pathlib import Path

import peewee as pw
import pytest
from sqlcipher3 import dbapi2 as sqlcipher

from mentorjournal.domain import queries, records
from mentorjournal.errors import JournalError, NewerJournal
from mentorjournal.storage import migrations, models
from mentorjournal.storage.journal import Journal
from tests.conftest import FAST, PASSPHRASE
from tests.fixtures.make_schema_fixture import PASSPHRASE as FIXTURE_PASSPHRASE

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "journals"


def test_there_is_a_fixture_for_every_schema_version():
    versions = sorted(
        int(re.search(r"v(\d+)", p.name)[1]) for p in FIXTURES.glob("schema-v*.mjournal")
    )
    assert versions == list(range(1, migrations.SCHEMA_VERSION + 1))


@pytest.mark.parametrize(
    "fixture", sorted(FIXTURES.glob("schema-v*.mjournal")), ids=lambda p: p.stem
)
def test_every_released_schema_opens_and_reads(fixture, tmp_path):
    path = tmp_path / fixture.name
    shutil.copy(fixture, path)  # opening may migrate: never touch the committed file
    with Journal.open(path, FIXTURE_PASSPHRASE) as j:
        assert migrations.schema_version(j.db) == migrations.SCHEMA_VERSION
        assert j.verify() == []
        ada = records.get("person", "00000000-0000-4000-8000-000000000001")
        assert ada.name == "Ada Fixture" and ada.relation == "mentor"
        session = records.get("session", "00000000-0000-4000-8000-000000000002")
        assert (session.confidence_before, session.confidence_after, session.motivation) == (
            4,
            7,
            8,
        )
        assert records.tags_of(session) == ["planning"]
        reflection = records.get("reflection", "00000000-0000-4000-8000-000000000003")
        assert reflection.body == "Estimation feels less scary. 🌱"
        assert reflection.session.id == session.id
        assert queries.timeline_count() == 7  # every dated record (skills are not dated)
        win = records.get("win", "00000000-0000-4000-8000-000000000008")
        assert win.goal.title == "Estimate a project" and win.skill.name == "Estimation"


def _schema(statements) -> dict[str, tuple[str, frozenset[str]]]:
    """Every table, index and trigger the statements leave, by name.

    A table is compared as the set of its column and constraint definitions,
    so a column added by ``ALTER TABLE`` equals the same column declared by a
    model; indexes and triggers as their normalised SQL.
    """
    conn = sqlcipher.connect(":memory:")
    for statement in statements:
        conn.execute(statement)
    rows = conn.execute(
        "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL"
    ).fetchall()
    conn.close()
    out = {}
    for kind, name, sql in rows:
        text = " ".join(sql.split())
        if kind == "table" and "VIRTUAL" not in text:
            inner = text[text.index("(") + 1 : text.rindex(")")]
            out[name] = (kind, frozenset(_split_top_level(inner)))
        else:
            out[name] = (kind, frozenset([text]))
    return out


def _split_top_level(text: str) -> list[str]:
    parts, depth, current = [], 0, ""
    for ch in text:
        if ch == "," and depth == 0:
            parts.append(current.strip())
            current = ""
            continue
        depth += ch == "("
        depth -= ch == ")"
        current += ch
    return [*parts, current.strip()]


def test_frozen_statements_of_every_step_match_the_models_and_index_definition():
    """A model change without a migration step fails here."""
    from mentorjournal.storage import schema_v1, schema_v2, schema_v3, schema_v4, schema_v5

    scratch = pw.SqliteDatabase(":memory:")
    with scratch.bind_ctx(models.ALL_MODELS):
        scratch.create_tables(models.ALL_MODELS)
        from_models = [
            row[0]
            for row in scratch.execute_sql(
                "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY rowid"
            )
        ]
    scratch.close()  # Python 3.13 warns of an unclosed sqlite3 connection
    frozen = [
        *schema_v1.STATEMENTS,
        *schema_v2.STATEMENTS,
        *schema_v3.STATEMENTS,
        *schema_v4.STATEMENTS,
        *schema_v5.STATEMENTS,
    ]
    assert migrations.SCHEMA_VERSION == 5, "add the new step's frozen statements here"
    assert _schema(frozen) == _schema(from_models + migrations.search_ddl())
    assert _schema(schema_v1.STATEMENTS) == _schema(
        [s for s in schema_v1.STATEMENTS if not s.startswith("CREATE TRIGGER")]
        + migrations.search_ddl(1)[1:]
    )


def test_a_v1_journal_migrates_with_a_backup_where_the_policy_says(tmp_path):
    from mentorjournal.domain import search
    from mentorjournal.storage import settings
    from mentorjournal.storage.backups import Backups

    fixture = FIXTURES / "schema-v1.mjournal"
    path = tmp_path / fixture.name
    shutil.copy(fixture, path)
    folder = tmp_path / "policy-backups"
    settings.save_backup_policy(settings.BackupPolicy(folder, 5))
    with Journal.open(path, FIXTURE_PASSPHRASE) as j:
        assert j.migrated_steps == migrations.SCHEMA_VERSION - 1
        assert search.count("estimation") >= 1  # the index survives the new triggers
        ada = records.get("person", "00000000-0000-4000-8000-000000000001")
        assert ada.deleted_at is None and ada.cadence_days is None
    [backup] = Backups.for_journal(path).list()
    assert backup.path.parent == folder and backup.reason == "before-migration"


def test_a_failing_step_leaves_the_previous_version_intact(journal_path):
    Journal.create(journal_path, PASSPHRASE, kdf=FAST).close()

    def broken_step(db):
        db.execute_sql("CREATE TABLE half_done(x)")
        raise RuntimeError("power cut")

    migrations.STEPS.append(broken_step)
    migrations.SCHEMA_VERSION += 1
    try:
        with pytest.raises(RuntimeError):
            Journal.open(journal_path, PASSPHRASE, before_migration=lambda j: None)
    finally:
        migrations.STEPS.pop()
        migrations.SCHEMA_VERSION -= 1
    with Journal.open(journal_path, PASSPHRASE) as j:
        assert migrations.schema_version(j.db) == migrations.SCHEMA_VERSION
        assert "half_done" not in j.db.get_tables()


def test_newer_version_message_names_both_versions():
    with pytest.raises(
        NewerJournal,
        match=rf"schema {migrations.SCHEMA_VERSION + 1}.*up to {migrations.SCHEMA_VERSION}",
    ):
        migrations.check_version(migrations.SCHEMA_VERSION + 1)


# -- schema 4: the contentless index -------------------------------------------------


def _raw(path: Path):
    """A connection to the fixture as it is on disk (no migration, no claim)."""
    from mentorjournal.storage import crypto
    from mentorjournal.storage.db import raw_connect

    key = crypto.derive_key(FIXTURE_PASSPHRASE, path.read_bytes()[:16])
    return raw_connect(path, key)


def _matches_per_term(conn) -> dict[str, list[int]]:
    """Every term of the index, and the rowids a search for it finds."""
    conn.execute("CREATE VIRTUAL TABLE temp.terms USING fts5vocab(main, search_index, row)")
    terms = [t for (t,) in conn.execute("SELECT term FROM temp.terms ORDER BY term")]
    conn.execute("DROP TABLE temp.terms")
    return {
        t: [
            r
            for (r,) in conn.execute(
                "SELECT rowid FROM search_index WHERE search_index MATCH ? ORDER BY rowid",
                ['"' + t.replace('"', '""') + '"'],
            )
        ]
        for t in terms
    }


def _index_sql(conn) -> str:
    return conn.execute("SELECT sql FROM sqlite_master WHERE name = 'search_index'").fetchone()[0]


@pytest.mark.parametrize("version", [1, 2, 3])
def test_an_old_index_becomes_contentless_and_finds_the_same_records(tmp_path, version):
    from mentorjournal.domain import search
    from mentorjournal.storage.db import DB

    path = tmp_path / "old.mjournal"
    shutil.copy(FIXTURES / f"schema-v{version}.mjournal", path)
    conn = _raw(path)
    assert "prefix" in _index_sql(conn) and "content" not in _index_sql(conn)
    before = _matches_per_term(conn)
    conn.close()
    assert len(before) > 20
    with Journal.open(path, FIXTURE_PASSPHRASE, before_migration=lambda j: None) as j:
        assert j.migrated_steps == migrations.SCHEMA_VERSION - version
        conn = j.db.connection()
        assert _index_sql(conn) == migrations.FTS_TABLE
        assert _matches_per_term(conn) == before  # every term finds the same records
        assert j.verify() == []
        # the text is kept once: the index's shadow tables hold no content table
        shadows = {t for t in j.db.get_tables() if t.startswith("search_index_")}
        assert shadows == {
            "search_index_config",
            "search_index_data",
            "search_index_docsize",
            "search_index_idx",
        }
        [hit] = search.search("scary", kinds="reflection")
        assert hit.title == "After the first session" and "scary" in hit.snippet
        # writes after the migration keep the index in step
        reflection = records.get("reflection", "00000000-0000-4000-8000-000000000003")
        records.update("reflection", reflection.id, body="Now it is routine.")
        assert search.search("scary") == []
        assert [h.id for h in search.search("routine")] == [reflection.id]
        records.delete("reflection", reflection.id)  # to the trash: out of the index
        assert search.search("routine") == []
        DB.execute_sql("INSERT INTO search_index(search_index, rank) VALUES ('integrity-check', 0)")


def test_migration_indexes_live_records_with_attachment_names_not_the_trash(tmp_path):
    """A version 3 journal with a record in the trash and an attached file: after step 4
    the index holds exactly what the triggers write, row by row."""
    from mentorjournal.domain import search
    from mentorjournal.storage.db import DB

    path = tmp_path / "v3.mjournal"
    shutil.copy(FIXTURES / "schema-v3.mjournal", path)
    conn = _raw(path)
    conn.execute("BEGIN IMMEDIATE")
    conn.execute(
        "INSERT INTO reflection (uuid, created_at, updated_at, written_at, title, body, template)"
        " VALUES ('00000000-0000-4000-8000-0000000000a1', '2024-03-01 10:00:00',"
        " '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'Binned', 'wastebasket words', '')"
    )
    conn.execute(
        "UPDATE reflection SET deleted_at = '2024-03-02 10:00:00', deleted_batch = 'b1'"
        " WHERE title = 'Binned'"
    )
    conn.execute(
        "INSERT INTO attachment (sha256, size, mime, created_at)"
        " VALUES ('" + "a" * 64 + "', 0, 'image/png', '2024-03-01 10:00:00')"
    )
    conn.execute(
        "INSERT INTO reflection_attachment (reflection_id, sha256, name, created_at)"
        " SELECT id, '" + "a" * 64 + "', 'whiteboard-sketch.png', '2024-03-01 10:00:00'"
        " FROM reflection WHERE title = 'After the first session'"
    )
    conn.execute("COMMIT")
    conn.close()
    with Journal.open(path, FIXTURE_PASSPHRASE, before_migration=lambda j: None):
        assert search.search("wastebasket") == []
        [hit] = search.search("whiteboard")
        assert hit.title == "After the first session"

        def terms() -> list[tuple]:
            DB.execute_sql(
                "CREATE VIRTUAL TABLE IF NOT EXISTS temp.inst"
                " USING fts5vocab(main, search_index, instance)"
            )
            return DB.execute_sql(
                "SELECT doc, col, offset, term FROM temp.inst ORDER BY doc, col, offset"
            ).fetchall()

        migrated = terms()
        with DB.atomic() as transaction:  # what the triggers write, row by row
            for table in ("person", "session", "reflection", "goal", "action_item", "skill", "win"):
                DB.execute_sql(f"UPDATE {table} SET id = id")
            by_triggers = terms()
            transaction.rollback()
        assert migrated == by_triggers and len(migrated) > 20


def test_a_step_4_cut_off_midway_leaves_version_3_and_its_index(tmp_path, monkeypatch):
    from mentorjournal.domain import search
    from mentorjournal.storage import schema_v4

    path = tmp_path / "v3.mjournal"
    shutil.copy(FIXTURES / "schema-v3.mjournal", path)
    # the old index dropped, the new one made and filled, then the power goes
    cut = [s for s in schema_v4.STATEMENTS if not s.startswith("CREATE TRIGGER")]
    monkeypatch.setattr(schema_v4, "STATEMENTS", [*cut, "SELECT power_cut()"])
    with pytest.raises(pw.OperationalError):
        Journal.open(path, FIXTURE_PASSPHRASE, before_migration=lambda j: None)
    conn = _raw(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 3
    assert "prefix = '2 3'" in _index_sql(conn)
    triggers = conn.execute("SELECT count(*) FROM sqlite_master WHERE type = 'trigger'")
    assert triggers.fetchone()[0] == 28
    conn.close()
    monkeypatch.undo()
    with Journal.open(path, FIXTURE_PASSPHRASE, before_migration=lambda j: None) as j:
        assert migrations.schema_version(j.db) == migrations.SCHEMA_VERSION
        assert [h.kind for h in search.search("estimation", kinds="reflection")] == ["reflection"]


def test_an_sqlite_too_old_for_the_index_is_refused_by_name():
    migrations.check_sqlite("3.43.0")
    migrations.check_sqlite("3.53.4")
    with pytest.raises(JournalError, match=r"SQLite 3\.40\.1.*3\.43\.0 or later"):
        migrations.check_sqlite("3.40.1")
