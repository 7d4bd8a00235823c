"""The import check's fast path (values exactly as our export writes them) against the
full per-field checks: the same verdict, the same values and the same message for our
own export and for every damaged variant of it."""

from __future__ import annotations

import copy
import datetime as dt
import uuid
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mentorjournal.demo import generate as demo
from mentorjournal.domain import validation
from mentorjournal.errors import ValidationError
from mentorjournal.exchange import native
from mentorjournal.exchange.schema import (
    _MISS,
    KIND_ORDER,
    _fast_check,
    check_file,
    check_value,
    fields,
)
from mentorjournal.storage.journal import Journal
from tests.conftest import FAST, PASSPHRASE

NOW = dt.datetime(2026, 1, 2, 3, 4, 5)
UID = "0f8fad5b-d9cb-469f-a165-70867728950e"

#: Values that are wrong, or right but not as our export writes them, for any field.
ODD: list[Any] = [
    None, True, False, 0, 1, 7, 10, 11, -1, 100, 101, 366, 367, 1440, 1441, 10**30, -(10**30),
    7.0, 7.5, float("nan"), "", " ", "  x  ", "x", "7", " 7 ", "07", "x\ny", "x\r", "\nx",
    "a\x00b", "bad \ud800", "caf\xe9", "日本語", "x" * 1000, "x" * 1001, " " + "x" * 1000,
    "x" * 1100, [], ["a"], {}, {"a": 1}, [1], "2024-01-31", "2024-02-30", "2024-13-01",
    "2024-1-1", " 2024-01-31", "2024-01-31 ", "0000-01-01", "２０２４-01-31", "٢٠٢٤-01-31",
    "2024-01-31T10:00:00", "2024-01-31T10:00:00.123456", "2024-01-31T10:00:00.123",
    "2024-01-31T10:00:00.1234567", "2024-01-31 10:00", "2024-01-31T10:00",
    "2024-01-31T10:00:00Z", "2024-01-31T10:00:00+02:00", "2024-01-31T25:00:00",
    "2024-01-31T10:60:00", "2024-02-30T10:00:00", "2024-01-31t10:00:00",
    UID, UID.upper(), " " + UID, "{" + UID + "}", UID.replace("-", ""), "urn:uuid:" + UID,
    UID[:-1] + "g", "goal-1", "mentor", "Mentor", " mentor", "in_person", "in-person",
    "In Person", "IN_PERSON", "done", "self", "me", "them", "active",
    ["wins", "growth"], ["wins", "Wins"], [" wins"], ["wins", ""], ["x" * 100], ["x" * 101],
    ["a\nb"], ["a", 1], [None], ["a\x00"], ["\ud800"], ("a",), "wins",
]  # fmt: skip


def _outcome(data: Any, fast: bool) -> tuple[str, str]:
    """What ``check_file`` says of ``data``: the records (as repr: types count) or the refusal."""
    try:
        return "ok", repr(check_file(copy.deepcopy(data), NOW, fast=fast))
    except ValidationError as exc:
        return "refused", f"{exc.field}: {exc}"


def _same(data: Any) -> tuple[str, str]:
    fast, full = _outcome(data, True), _outcome(data, False)
    assert fast == full
    return fast


def _file(kind: str, rows: list) -> dict:
    return {"format": "mentorjournal", "version": 2, "records": {kind: rows}}


@pytest.fixture(scope="module")
def export(tmp_path_factory) -> dict:
    """Our own export of a small demo journal (every kind, every field used)."""
    path = tmp_path_factory.mktemp("fast") / "demo.mjournal"
    with Journal.create(path, PASSPHRASE, kdf=FAST):
        demo.populate(1, seed=4, scale=0.05, end=dt.date(2025, 6, 30))
        data = native.export_json()
    assert all(data["records"][kind] for kind in KIND_ORDER)
    return data


def test_our_own_export_takes_the_fast_path_and_checks_the_same(export) -> None:
    assert _same(export)[0] == "ok"
    for kind in KIND_ORDER:  # every value our export writes is one the shortcut takes
        rules = fields(kind)
        for record in export["records"][kind]:
            for name, value in record.items():
                if name in rules:
                    assert _fast_check(rules[name])(value) is not _MISS, (kind, name, value)


def _samples(export: dict, kind: str) -> list[dict]:
    """A few records of ``kind``: the first and those with the most fields filled."""
    rows = export["records"][kind]
    fullest = sorted(rows, key=lambda r: -sum(v not in (None, "", []) for v in r.values()))
    return [rows[0], *fullest[:2]]


@pytest.mark.parametrize("kind", KIND_ORDER)
def test_every_damaged_field_gets_the_same_verdict_and_message(export, kind) -> None:
    refused = 0
    for record in _samples(export, kind):
        names = [*fields(kind), "uuid", "created_at", "updated_at"]
        for name in names:
            for value in ODD:
                damaged = {**record, name: value}
                refused += _same(_file(kind, [damaged]))[0] == "refused"
            missing = {k: v for k, v in record.items() if k != name}  # the key left out
            _same(_file(kind, [missing]))
        for extra in ("colour", "attachments", "id", "UUID"):
            _same(_file(kind, [{**record, extra: "x"}]))
            _same(_file(kind, [{**record, extra: []}]))
        _same(_file(kind, [record, record]))  # the same uuid twice
        _same(_file(kind, [record, {**record, "uuid": str(uuid.uuid4())}]))  # same name
        _same(_file(kind, ["a record", record]))
    assert refused > 0  # the damage was seen


def test_damaged_variants_of_the_whole_export(export) -> None:
    """Damage in the middle of a whole file: the first refusal is the same."""
    session = export["records"]["session"]
    cases = {
        "wrong type": ("session", 3, "notes", 42),
        "bool for int": ("session", 2, "duration_min", True),
        "huge int": ("goal", 1, "progress", 10**40),
        "bad date": ("action", 2, "due_on", "2025-02-29"),
        "bad datetime": ("reflection", 5, "written_at", "2025-01-01T24:00:00"),
        "bad uuid": ("rating", 4, "skill", UID[:-1] + "X"),
        "non-str text": ("reflection", 1, "body", ["not", "text"]),
        "extra key": ("person", 1, "nickname", "x"),
        "next before held": ("session", 0, "next_session_on", "1999-01-01"),
    }
    for kind, index, name, value in cases.values():
        damaged = copy.deepcopy(export)
        damaged["records"][kind][index][name] = value
        assert _same(damaged)[0] == "refused", (kind, name)
    dropped = copy.deepcopy(export)
    del dropped["records"]["session"][len(session) // 2]["held_at"]
    assert _same(dropped)[0] == "refused"
    spaced = copy.deepcopy(export)  # right but not as we write it: the full checks clean it
    spaced["records"]["reflection"][0]["title"] = "  A title  "
    spaced["records"]["session"][0]["format"] = "In Person"
    spaced["records"]["session"][0]["tags"] = ["b", "a", "A"]
    spaced["records"]["rating"][0]["value"] = "7"
    spaced["records"]["win"][0]["uuid"] = spaced["records"]["win"][0]["uuid"].upper()
    spaced["records"]["goal"][0]["created_at"] = "2024-01-31T10:00:00+02:00"
    assert _same(spaced)[0] == "ok"


_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(), inner, max_size=3),
    max_leaves=5,
)
_near = st.sampled_from(ODD) | st.from_regex(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}(T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{6})?)?", fullmatch=True
)
_rules = sorted(
    {(rule.type, rule.required, rule.nullable, rule.lo, rule.hi, rule.choices): rule
     for kind in KIND_ORDER for rule in fields(kind).values()}.values(),
    key=repr,
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(rule=st.sampled_from(_rules), value=_json | _near | st.lists(st.text(), max_size=3))
def test_a_fast_check_returns_what_the_full_check_returns_or_defers(rule, value) -> None:
    quick = _fast_check(rule)(value)
    if quick is _MISS:
        return
    full = check_value(rule, value, "x")  # must not refuse what the shortcut took
    assert repr(quick) == repr(full) and type(quick) is type(full)


def test_the_enum_shortcut_knows_every_stored_value() -> None:
    for kind in KIND_ORDER:
        for rule in fields(kind).values():
            for choice in rule.choices if rule.type == "enum" else ():
                assert _fast_check(rule)(choice) == validation.check_value("x", rule, choice)
