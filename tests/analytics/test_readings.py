"""Readings (confidence and motivation) read from schema 5's indexes, not the rows."""

from __future__ import annotations

import datetime as dt

import pytest

from mentorjournal.analytics import readings
from mentorjournal.domain import records
from mentorjournal.storage.db import DB


def plan(sql: str, args: list) -> list[str]:
    return [row[-1] for row in DB.execute_sql(f"EXPLAIN QUERY PLAN {sql}", args)]


@pytest.fixture
def rated(journal):
    ana = records.create("person", name="Ana", relation="mentor")
    records.create(
        "session",
        person=ana.id,
        role="mentee",
        held_at="2026-03-01T10:00",
        confidence_after=7,
        motivation=8,
        notes="long notes " * 2000,
    )
    records.create(
        "reflection", title="r", written_at="2026-03-02 09:00", confidence=5, body="x " * 5000
    )
    gone = records.create("reflection", title="gone", written_at="2026-03-03 09:00", confidence=9)
    records.delete("reflection", gone.id)
    return ana


def test_every_reading_comes_from_the_indexes_alone(rated):
    got = [(p.kind, p.confidence, p.motivation) for p, _owner in readings.read()]
    assert got == [("session", 7, 8), ("reflection", 5, None)]  # the trashed one is no reading
    steps = plan(*readings.readings_sql())
    # "USING INDEX": SQLite seeks a row only for a column the index lacks, and it has
    # every one read here (``deleted_at`` is the index's own condition).
    assert "SCAN r USING INDEX reflection_live_by_date" in steps, steps
    assert "SCAN s USING INDEX session_live_by_date" in steps, steps


def test_a_range_of_readings_seeks_its_dates_in_the_indexes(rated):
    start, end = dt.date(2026, 3, 2), dt.date(2026, 3, 31)
    assert [p.kind for p, _owner in readings.read(start, end)] == ["reflection"]
    steps = plan(*readings.readings_sql(start, end))
    assert any("reflection_live_by_date (written_at>? AND written_at<?)" in s for s in steps), steps
    assert any("session_live_by_date (held_at>? AND held_at<?)" in s for s in steps), steps
