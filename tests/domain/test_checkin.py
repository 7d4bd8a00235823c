"""The quick check-in: a reflection written now with today's ratings."""

from __future__ import annotations

import datetime as dt

import pytest

from mentorjournal.domain import records
from mentorjournal.domain.checkin import check_in
from mentorjournal.errors import ValidationError
from mentorjournal.storage.models import Reflection

NOW = dt.datetime(2025, 3, 4, 8, 15, 42)


def test_a_check_in_is_a_reflection_written_now(journal):
    saved = check_in(7, 4, "  Tired   but\tready ", now=NOW)
    stored = Reflection.get_by_id(saved.id)
    assert (stored.confidence, stored.motivation) == (7, 4)
    assert stored.title == "Tired but ready" and stored.body == ""
    assert stored.written_at == dt.datetime(2025, 3, 4, 8, 15)
    assert records.tags_of(stored) == []


def test_empty_ratings_stay_empty_and_a_line_is_optional(journal):
    saved = check_in(None, 9, untitled="Kurz notiert", now=NOW)
    assert (saved.confidence, saved.motivation, saved.title) == (None, 9, "Kurz notiert")
    assert check_in(3, "", now=NOW).motivation is None


@pytest.mark.parametrize("value", [0, 11, "ten", 2.5])
def test_a_rating_outside_one_to_ten_is_refused_and_nothing_written(journal, value):
    with pytest.raises(ValidationError) as refused:
        check_in(value, 5, "x", now=NOW)
    assert refused.value.field == "confidence"
    assert Reflection.select().count() == 0


def test_an_empty_check_in_is_refused(journal):
    with pytest.raises(ValidationError) as refused:
        check_in(None, None, "   ", now=NOW)
    assert refused.value.field == "confidence"
    assert Reflection.select().count() == 0
