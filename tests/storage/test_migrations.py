"""Schema versions: fixtures of every released schema open; steps are atomic."""

import re
import shutil
from pathlib import Path

import peewee as pw
import pytest
from sqlcipher3 import dbapi2 as sqlcipher

from mentorjournal.domain import queries, records
from mentorjournal.errors import NewerJournal
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
    from mentorjournal.storage import schema_v1, schema_v2, schema_v3, schema_v4

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
    ]
    assert migrations.SCHEMA_VERSION == 4, "add the new step's frozen statements here"
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
