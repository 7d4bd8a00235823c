"""records.create_many: the bulk write imports use, checked exactly like create."""

from __future__ import annotations

import datetime as dt

import pytest

from mentorjournal.domain import records, search
from mentorjournal.errors import ValidationError
from mentorjournal.storage.models import Reflection, Tag

WHEN = dt.datetime(2024, 5, 1, 9)


def test_rows_are_validated_inserted_in_order_and_tagged(journal):
    records.create("reflection", written_at=WHEN, tags=["Career"])
    made = records.create_many(
        "reflection",
        [
            {"written_at": WHEN, "title": "one", "tags": ["career", "new"], "confidence": "7"},
            {"written_at": "2024-05-02 10:00", "title": "two", "body": "whiteboard notes"},
        ],
        chunk=1,
    )
    assert [Reflection.get_by_id(rid).uuid for rid, _ in made] == [uuid for _, uuid in made]
    one = Reflection.get_by_id(made[0][0])
    assert (one.title, one.confidence) == ("one", 7)
    assert records.tags_of(one) == ["Career", "new"]  # the existing tag, whatever its case
    assert Tag.select().count() == 2
    assert [h.id for h in search.search("whiteboard")] == [made[1][0]]


def test_one_bad_row_writes_nothing(journal):
    with pytest.raises(ValidationError, match="confidence"):
        records.create_many(
            "reflection",
            [{"written_at": WHEN, "title": "fine"}, {"written_at": WHEN, "confidence": 11}],
        )
    assert Reflection.select().count() == 0


def test_times_given_are_kept(journal):
    created = dt.datetime(2020, 1, 1, 8)
    [(rid, _)] = records.create_many(
        "action", [{"text": "Send slides", "created_at": created, "updated_at": created}]
    )
    action = records.get("action", rid)
    assert (action.created_at, action.updated_at) == (created, created)
