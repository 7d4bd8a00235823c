"""Field rules: every field refuses bad values with a message naming it."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from mentorjournal.domain import records, validation
from mentorjournal.domain.validation import FIELDS, check_rating, rules_for, validate
from mentorjournal.errors import ValidationError
from mentorjournal.storage.journal import Journal
from tests.conftest import FAST, PASSPHRASE

RATING_MSG = "must be a whole number from 1 to 10, or empty"

# Bad values for each rule type, with a fragment of the expected message.
BAD: dict[str, list[tuple[object, str]]] = {
    "line": [
        (5, "must be text"),
        ("a\x00b", "NUL"),
        ("\ud800", "cannot be stored"),
        ("two\nlines", "single line"),
        ("x" * (validation.MAX_LINE + 1), "too long"),
    ],
    "text": [
        (5, "must be text"),
        (["a"], "must be text"),
        ("a\x00b", "NUL"),
        ("\udfff", "cannot be stored"),
    ],
    "enum": [("bogus", "must be one of"), (3, "must be one of"), (True, "must be one of")],
    "rating": [
        (0, RATING_MSG),
        (11, RATING_MSG),
        (-1, RATING_MSG),
        (7.5, RATING_MSG),
        (7.0, RATING_MSG),
        ("7.5", RATING_MSG),
        ("abc", RATING_MSG),
        ("11", RATING_MSG),
        ("٧", RATING_MSG),  # Arabic-Indic digit seven
        (True, RATING_MSG),
        (False, RATING_MSG),
        ([7], RATING_MSG),
    ],
    "date": [
        ("2026-02-30", "2026-02-30 is not a real date"),
        ("2026-13-01", "is not a real date"),
        ("2026-1-2", "YYYY-MM-DD"),
        ("01/02/2026", "YYYY-MM-DD"),
        ("20260101", "YYYY-MM-DD"),
        ("2026-01-01T10:00", "YYYY-MM-DD"),
        ("tomorrow", "YYYY-MM-DD"),
        (20260101, "YYYY-MM-DD"),
    ],
    "datetime": [
        ("2026-02-30 10:00", "not a real date and time"),
        ("2026-01-01 25:00", "not a real date and time"),
        ("2026-01-01 10", "YYYY-MM-DD HH:MM"),
        ("yesterday", "YYYY-MM-DD HH:MM"),
        (1767261600, "YYYY-MM-DD HH:MM"),
    ],
    "uuid": [("not-a-uuid", "must be a UUID"), (5, "must be a UUID")],
    "tags": [
        ("work", "list of tag names"),
        (5, "list of tag names"),
        ([5], "must be text"),
        (["a\x00"], "NUL"),
        (["x" * 101], "too long"),
        (["a\nb"], "single line"),
    ],
}
BAD_INT = {
    "cadence_days": [
        (0, "1 to 366"),
        (367, "1 to 366"),
        (2.5, "1 to 366"),
        ("every week", "1 to 366"),
    ],
    "progress": [
        (-1, "0 to 100"),
        (101, "0 to 100"),
        (None, "0 to 100"),
        ("", "0 to 100"),
        (50.5, "0 to 100"),
        ("half", "0 to 100"),
        (True, "0 to 100"),
    ],
    "duration_min": [
        (-1, "0 to 1440, or empty"),
        (1441, "0 to 1440"),
        (1.5, "0 to 1440"),
        ("90 min", "0 to 1440"),
    ],
}
BAD_LINK = [
    ("abc", "an id or a UUID"),
    (True, "an id or a UUID"),
    (1.0, "an id or a UUID"),
    (0, "with id 0"),
    (999, "with id 999"),
    (str(uuid.UUID(int=1)), "with that UUID"),
]


def _cases(types: set[str]) -> Iterator:
    for kind in FIELDS:
        for field, rule in rules_for(kind).items():
            if rule.type not in types:
                continue
            if rule.type == "int":
                bad = BAD_INT[field]
            elif rule.type == "link":
                bad = BAD_LINK
            else:
                bad = BAD[rule.type]
            for value, fragment in bad:
                yield pytest.param(kind, field, value, fragment, id=f"{kind}.{field}={value!r:.20}")


def test_every_field_has_bad_values_covered():
    covered = {(p.values[0], p.values[1]) for p in _cases(set(BAD) | {"int", "link"})}
    every = {(kind, field) for kind in FIELDS for field in rules_for(kind)}
    assert every == covered


@pytest.mark.parametrize(("kind", "field", "value", "fragment"), list(_cases(set(BAD) | {"int"})))
def test_bad_value_refused_naming_field(kind, field, value, fragment):
    with pytest.raises(ValidationError) as info:
        validate(kind, {field: value}, partial=True)
    assert info.value.field == field
    assert fragment in info.value.message
    assert str(info.value).startswith(f"{field}: ")


# -- links need a journal: one file per module, reopened for each test -----


@pytest.fixture(scope="module")
def linked_file(tmp_path_factory) -> tuple[Path, object]:
    path = tmp_path_factory.mktemp("links") / "links.mjournal"
    with Journal.create(path, PASSPHRASE, kdf=FAST) as j:
        person = records.create("person", name="Ana", relation="mentor")
        records.create("session", person=person.id, role="mentee", held_at="2026-01-05 10:00")
        records.create("skill", name="Speaking")
        records.create("goal", title="Lead")
        key = j.key.copy()  # the journal wipes its own copy when it closes
    return path, key


@pytest.fixture
def linked(linked_file) -> Iterator[Journal]:
    path, key = linked_file
    j = Journal.open_with_key(path, key)
    yield j
    j.close()


@pytest.mark.parametrize(("kind", "field", "value", "fragment"), list(_cases({"link"})))
def test_bad_link_refused(linked, kind, field, value, fragment):
    with pytest.raises(ValidationError) as info:
        validate(kind, {field: value}, partial=True)
    assert info.value.field == field
    assert fragment in info.value.message


@pytest.mark.parametrize("how", ["id", "digits", "uuid", "instance"])
def test_link_accepts_id_digits_uuid_and_instance(linked, how):
    person = records.get("person", 1)
    ref = {
        "id": person.id,
        "digits": f" {person.id} ",
        "uuid": person.uuid.upper(),
        "instance": person,
    }[how]
    assert validate("goal", {"person": ref}, partial=True) == {"person": person.id}


def test_empty_link_is_none(linked):
    assert validate("goal", {"person": ""}, partial=True) == {"person": None}
    assert validate("goal", {"person": None}, partial=True) == {"person": None}


def test_link_to_wrong_kind_refused(linked):
    session_uuid = records.get("session", 1).uuid
    with pytest.raises(ValidationError, match=r"^person: no person with that UUID$"):
        validate("goal", {"person": session_uuid}, partial=True)


# -- required fields --------------------------------------------------------

REQUIRED = [
    (kind, field) for kind in FIELDS for field, rule in FIELDS[kind].items() if rule.required
]

MINIMAL = {
    "person": {"name": "Ana", "relation": "mentor"},
    "session": {"person": 1, "role": "mentee", "held_at": "2026-01-05 10:00"},
    "reflection": {"written_at": "2026-01-06 08:00"},
    "skill": {"name": "Listening"},
    "rating": {"skill": 1, "rated_on": "2026-01-07", "value": 6},
    "goal": {"title": "Lead"},
    "action": {"text": "Call"},
    "win": {"won_on": "2026-01-08", "title": "Talk"},
    "tag": {"name": "new-tag"},
}


def test_required_list_is_what_the_schema_needs():
    assert REQUIRED == [
        ("person", "name"),
        ("person", "relation"),
        ("session", "person"),
        ("session", "role"),
        ("session", "held_at"),
        ("reflection", "written_at"),
        ("skill", "name"),
        ("rating", "skill"),
        ("rating", "rated_on"),
        ("rating", "value"),
        ("goal", "title"),
        ("action", "text"),
        ("win", "won_on"),
        ("win", "title"),
        ("tag", "name"),
    ]


@pytest.mark.parametrize("kind", list(MINIMAL))
def test_minimal_records_pass(linked, kind):
    cleaned = validate(kind, MINIMAL[kind])
    assert set(cleaned) == set(MINIMAL[kind])


@pytest.mark.parametrize(("kind", "field"), REQUIRED)
def test_missing_required_field(linked, kind, field):
    data = {k: v for k, v in MINIMAL[kind].items() if k != field}
    with pytest.raises(ValidationError, match=rf"^{field}: is required$"):
        validate(kind, data)


@pytest.mark.parametrize(("kind", "field"), REQUIRED)
@pytest.mark.parametrize("blank", [None, "", "   \n\t"])
def test_blank_required_field_refused_even_in_partial(linked, kind, field, blank):
    with pytest.raises(ValidationError) as info:
        validate(kind, {field: blank}, partial=True)
    assert info.value.field == field
    assert info.value.message in ("is required", "must not be empty")


def test_partial_checks_only_given_fields():
    assert validate("session", {"motivation": "4"}, partial=True) == {"motivation": 4}


def test_unknown_field_and_kind_refused():
    with pytest.raises(ValidationError, match=r"^colour: unknown field for a person$"):
        validate("person", {"name": "A", "relation": "mentor", "colour": "red"})
    with pytest.raises(ValidationError, match=r"^kind: unknown record kind 'meeting'"):
        validate("meeting", {})
    with pytest.raises(ValidationError, match=r"^tags: unknown field for a goal$"):
        validate("goal", {"tags": ["x"]}, partial=True)


# -- coercion -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [(1, 1), (10, 10), ("7", 7), (" 7 ", 7), ("07", 7), ("", None), ("  ", None), (None, None)],
)
def test_check_rating_accepts(value, expected):
    assert check_rating("confidence", value) == expected


def test_rating_message_is_exact():
    with pytest.raises(ValidationError) as info:
        validate("session", {"motivation": 7.5}, partial=True)
    assert str(info.value) == "motivation: must be a whole number from 1 to 10, or empty"


def test_rating_value_is_required_not_empty():
    with pytest.raises(ValidationError, match=r"^value: must not be empty$"):
        validate("rating", {"value": ""}, partial=True)


def test_dates_and_datetimes_coerced():
    got = validate(
        "session",
        {"held_at": "2026-03-01T09:30", "next_session_on": "2026-03-15", "duration_min": "60"},
        partial=True,
    )
    assert got == {
        "held_at": dt.datetime(2026, 3, 1, 9, 30),
        "next_session_on": dt.date(2026, 3, 15),
        "duration_min": 60,
    }
    assert validate("win", {"won_on": dt.datetime(2026, 1, 2, 23, 0)}, partial=True) == {
        "won_on": dt.date(2026, 1, 2)
    }
    assert validate("reflection", {"written_at": dt.date(2026, 1, 2)}, partial=True) == {
        "written_at": dt.datetime(2026, 1, 2)
    }
    assert validate("session", {"held_at": "2026-03-01 09:30:15.250"}, partial=True) == {
        "held_at": dt.datetime(2026, 3, 1, 9, 30, 15, 250000)
    }
    assert validate("person", {"started_on": ""}, partial=True) == {"started_on": None}


def test_timestamps_with_zone_become_naive_utc():
    got = validate("goal", {"created_at": "2026-03-01T10:00:00+02:00"}, partial=True)
    assert got == {"created_at": dt.datetime(2026, 3, 1, 8, 0)}
    got = validate("goal", {"updated_at": "2026-03-01T10:00:00Z"}, partial=True)
    assert got == {"updated_at": dt.datetime(2026, 3, 1, 10, 0)}


def test_leap_day_is_a_real_date():
    assert validate("win", {"won_on": "2028-02-29"}, partial=True) == {
        "won_on": dt.date(2028, 2, 29)
    }
    with pytest.raises(ValidationError, match="2027-02-29 is not a real date"):
        validate("win", {"won_on": "2027-02-29"}, partial=True)


def test_enums_exact_values_with_friendly_spelling():
    assert validate("session", {"format": "In person"}, partial=True) == {"format": "in_person"}
    assert validate("person", {"relation": " MENTEE "}, partial=True) == {"relation": "mentee"}
    with pytest.raises(
        ValidationError, match=r"^source: must be one of: self, mentor, peer, other$"
    ):
        validate("rating", {"source": "boss"}, partial=True)
    # An empty optional choice keeps the default (the field is left out).
    assert validate("goal", {"status": ""}, partial=True) == {}


def test_markdown_kept_verbatim_and_lines_stripped():
    body = "  # Title  \n\n* item *with* trailing  \n\n"
    got = validate("reflection", {"body": body, "title": "  Hello  "}, partial=True)
    assert got == {"body": body, "title": "Hello"}
    assert validate("action", {"text": "  call Ana  "}, partial=True) == {"text": "  call Ana  "}
    assert validate("goal", {"description": None}, partial=True) == {"description": ""}


def test_text_length_cap_is_exact():
    ok = "a" * validation.MAX_TEXT
    assert validate("reflection", {"body": ok}, partial=True)["body"] is ok
    with pytest.raises(ValidationError) as info:
        validate("reflection", {"body": ok + "b"}, partial=True)
    assert info.value.field == "body"
    assert "too long (5,000,001 characters; at most 5,000,000)" in info.value.message


def test_unicode_text_accepted_unchanged():
    text = "Ça va 🎉👩🏽‍💻 مرحبا שלום e\u0301 ﷽"
    assert validate("reflection", {"body": text, "title": text}, partial=True) == {
        "body": text,
        "title": text,
    }


def test_tags_cleaned():
    got = validate(
        "reflection", {"tags": [" Work ", "work", "", "  ", "Feedback", "WORK"]}, partial=True
    )
    assert got == {"tags": ["Work", "Feedback"]}
    assert validate("session", {"tags": None}, partial=True) == {"tags": []}
    assert validate("session", {"tags": ("a", "b")}, partial=True) == {"tags": ["a", "b"]}


def test_uuid_canonicalised(linked):
    raw = "0EFC424E-CDFA-4438-B308-880C2018DCCE"
    assert validate("goal", {"uuid": raw}, partial=True) == {"uuid": raw.lower()}


# -- rules across fields and records ------------------------------------------


def test_relationship_cannot_end_before_it_starts(linked):
    with pytest.raises(
        ValidationError, match=r"^ended_on: the relationship cannot end before it started$"
    ):
        validate(
            "person", {**MINIMAL["person"], "started_on": "2026-02-01", "ended_on": "2026-01-31"}
        )
    same_day = {**MINIMAL["person"], "started_on": "2026-02-01", "ended_on": "2026-02-01"}
    assert validate("person", same_day)["ended_on"] == dt.date(2026, 2, 1)


def test_partial_update_checked_against_stored_values(journal):
    person = records.create("person", name="Ana", relation="mentor", started_on="2026-02-01")
    with pytest.raises(ValidationError, match=r"^ended_on: "):
        validate("person", {"ended_on": "2026-01-01"}, partial=True, existing=person)
    ended = records.update("person", person.id, ended_on="2026-03-01")
    with pytest.raises(ValidationError, match=r"^started_on: "):
        validate("person", {"started_on": "2026-04-01"}, partial=True, existing=ended)
    with pytest.raises(
        ValidationError, match=r"^introduced_by: a person cannot introduce themselves$"
    ):
        validate("person", {"introduced_by": person.id}, partial=True, existing=person)


def test_next_session_not_before_this_one(linked):
    data = {**MINIMAL["session"], "next_session_on": "2026-01-04"}
    with pytest.raises(
        ValidationError, match=r"^next_session_on: the next session cannot be before"
    ):
        validate("session", data)
    data["next_session_on"] = "2026-01-05"
    assert validate("session", data)["next_session_on"] == dt.date(2026, 1, 5)


def test_skill_and_tag_names_unique_case_insensitively(journal):
    skill = records.create("skill", name="Speaking")
    with pytest.raises(ValidationError, match=r"^name: a skill with this name already exists$"):
        validate("skill", {"name": " speaking "})
    assert validate("skill", {"name": "SPEAKING"}, partial=True, existing=skill) == {
        "name": "SPEAKING"
    }
    records.create("tag", name="Work")
    with pytest.raises(ValidationError, match=r"^name: a tag with this name already exists$"):
        validate("tag", {"name": "WORK"})


def test_uuid_must_be_unused(journal):
    goal = records.create("goal", title="Lead")
    with pytest.raises(ValidationError, match=r"^uuid: another goal already has this UUID$"):
        validate("goal", {"title": "Other", "uuid": goal.uuid})
    # UUIDs are unique per kind: a win may reuse it (the tables are separate).
    assert (
        validate("win", {"title": "W", "won_on": "2026-01-01", "uuid": goal.uuid})["uuid"]
        == goal.uuid
    )


def test_not_a_mapping_refused():
    with pytest.raises(ValidationError, match=r"^goal: expected a set of field values$"):
        validate("goal", [("title", "x")])  # type: ignore[arg-type]
