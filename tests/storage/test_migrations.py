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
    versions = sorted(int(re.search(r"v(\d+)", p.name)[1]) for p in FIXTURES.glob("schema-v*.mjournal"))
    assert versions == list(range(1, migrations.SCHEMA_VERSION + 1))


@pytest.mark.parametrize("fixture", sorted(FIXTURES.glob("schema-v*.mjournal")), ids=lambda p: p.stem)
def test_every_released_schema_opens_and_reads(fixture, tmp_path):
    path = tmp_path / fixture.name
    shutil.copy(fixture, path)  # opening may migrate: never touch the committed file
    with Journal.open(path, FIXTURE_PASSPHRASE) as j:
        assert migrations.schema_version(j.db) == migrations.SCHEMA_VERSION
        assert j.verify() == []
        ada = records.get("person", "00000000-0000-4000-8000-000000000001")
        assert ada.name == "Ada Fixture" and ada.relation == "mentor"
        session = records.get("session", "00000000-0000-4000-8000-000000000002")
        assert (session.confidence_before, session.confidence_after, session.motivation) == (4, 7, 8)
        assert records.tags_of(session) == ["planning"]
        reflection = records.get("reflection", "00000000-0000-4000-8000-000000000003")
        assert reflection.body == "Estimation feels less scary. 🌱"
        assert reflection.session.id == session.id
        assert queries.timeline_count() == 7  # every dated record (skills are not dated)
        win = records.get("win", "00000000-0000-4000-8000-000000000008")
        assert win.goal.title == "Estimate a project" and win.skill.name == "Estimation"


def _schema(statements) -> set[tuple[str, str]]:
    conn = sqlcipher.connect(":memory:")
    for statement in statements:
        conn.execute(statement)
    rows = conn.execute("SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL").fetchall()
    conn.close()
    return {(name, " ".join(sql.split())) for name, sql in rows}


def test_frozen_v1_statements_match_the_models_and_index_definition():
    """A model change without a migration step fails here."""
    if migrations.SCHEMA_VERSION != 1:
        pytest.skip("compare the latest schema against the models in the newest step's test")
    scratch = pw.SqliteDatabase(":memory:")
    with scratch.bind_ctx(models.ALL_MODELS):
        scratch.create_tables(models.ALL_MODELS)
        from_models = [row[0] for row in scratch.execute_sql(
            "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY rowid")]
    scratch.close()  # Python 3.13 warns of an unclosed sqlite3 connection
    from mentorjournal.storage import schema_v1

    assert _schema(schema_v1.STATEMENTS) == _schema(from_models + migrations.search_ddl())


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
    with pytest.raises(NewerJournal, match=rf"schema {migrations.SCHEMA_VERSION + 1}.*up to {migrations.SCHEMA_VERSION}"):
        migrations.check_version(migrations.SCHEMA_VERSION + 1)
