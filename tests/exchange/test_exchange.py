"""JSON export/import (lossless, all-or-nothing) and Markdown export."""

from __future__ import annotations

import copy
import datetime as dt
import gc
import io
import json
import os
import threading
import uuid
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mentorjournal.demo import generate as demo
from mentorjournal.domain import records as record_service
from mentorjournal.errors import JournalError, ValidationError
from mentorjournal.exchange import native as exchange
from mentorjournal.exchange.schema import fold
from mentorjournal.storage.journal import Journal
from mentorjournal.storage.models import Reflection, Session, Skill, Tag
from tests.conftest import FAST, PASSPHRASE

END = dt.date(2025, 6, 30)


def snapshot() -> dict:
    """The full export of the bound journal, minus what changes per export."""
    data = exchange.export_json()
    data.pop("exported_at")
    data.pop("journal_id")
    return data


def renamed(data: dict) -> dict:
    """``data`` with every uuid replaced (links too): all records are new to a journal."""
    text = json.dumps(data)
    for records in data["records"].values():
        for record in records:
            text = text.replace(record["uuid"], str(uuid.uuid4()))
    return json.loads(text)


@pytest.fixture
def filled(journal: Journal) -> Journal:
    demo.populate(1, seed=4, scale=0.05, end=END)
    return journal


def test_round_trip_into_a_fresh_journal_is_exact(filled: Journal, tmp_path: Path) -> None:
    dest = tmp_path / "out" / "export.json"
    written = exchange.export_json(dest)
    data = json.loads(dest.read_text("utf-8"))
    assert data["format"] == "mentorjournal" and data["version"] == 1
    assert data["journal_id"] == filled.journal_id == written["journal_id"]
    assert written["counts"] == {kind: len(rows) for kind, rows in data["records"].items()}
    assert set(data["records"]) == {
        "tag",
        "person",
        "skill",
        "goal",
        "session",
        "reflection",
        "rating",
        "action",
        "win",
    }
    assert {**data, "exported_at": None} == {**exchange.export_json(), "exported_at": None}
    assert [p.name for p in dest.parent.iterdir()] == ["export.json"]  # no temp files left
    session = data["records"]["session"][0]
    assert uuid.UUID(session["person"]) and isinstance(session["tags"], list)
    before = snapshot()
    filled.close()

    with Journal.create(tmp_path / "fresh.mjournal", PASSPHRASE, kdf=FAST) as fresh:
        seen = []
        result = exchange.import_json(dest, progress=lambda done, total: seen.append((done, total)))
        total = sum(len(v) for v in data["records"].values())
        assert result.total_added == result.total == total and result.total_skipped == 0
        assert str(result) == f"{total} added, 0 updated, 0 skipped"
        assert seen[-1] == (total, total)
        assert snapshot() == before
        assert fresh.verify() == []
        again = exchange.import_json(dest)
        assert again.total_skipped == total and again.total_added == again.total_updated == 0
        assert snapshot() == before


def test_export_to_a_stream(filled: Journal) -> None:
    stream = io.StringIO()
    written = exchange.export_json(stream)
    data = json.loads(stream.getvalue())
    assert sum(written["counts"].values()) == sum(len(v) for v in data["records"].values()) > 0
    assert {**data, "exported_at": None} == {**exchange.export_json(), "exported_at": None}
    markdown = io.StringIO()
    assert exchange.export_markdown(markdown) is None
    assert markdown.getvalue().startswith("# MentorJournal\n")


def test_streamed_export_is_the_text_the_whole_dict_would_be(filled: Journal, tmp_path) -> None:
    """Written record by record, the file is byte for byte what ``json.dumps`` of the
    whole export (as it was written before streaming) gives: same keys, order, indent."""
    record_service.create("reflection", title='Ünïcode ✓ "quoted"', body="line\nbreak\ttab")
    record_service.create("win", title="x", won_on="2025-01-01", description="")
    dest = tmp_path / "streamed.json"
    written = exchange.export_json(dest)
    whole = exchange.export_json()
    whole["exported_at"] = written["exported_at"]
    text = dest.read_text("utf-8")
    assert text == json.dumps(whole, ensure_ascii=False, indent=1) + "\n"
    assert json.loads(text) == whole


def test_an_empty_journal_streams_valid_json(journal, tmp_path) -> None:
    dest = tmp_path / "empty.json"
    written = exchange.export_json(dest)
    data = json.loads(dest.read_text("utf-8"))
    assert all(rows == [] for rows in data["records"].values())
    assert written["counts"] == dict.fromkeys(data["records"], 0)


def test_newer_records_update_and_older_ones_are_skipped(filled: Journal) -> None:
    data = exchange.export_json()
    refl = data["records"]["reflection"]
    newer, older = copy.deepcopy(refl[0]), copy.deepcopy(refl[1])
    newer.update(
        title="Rewritten elsewhere",
        confidence=10,
        tags=["fresh-tag", "wins"],
        updated_at="2099-01-01T00:00:00",
    )
    older.update(title="Stale copy", updated_at="2000-01-01T00:00:00")
    result = exchange.import_json({**data, "records": {"reflection": [newer, older]}})
    assert result.updated["reflection"] == 1 and result.skipped["reflection"] == 1
    assert result.added["tag"] == 1  # a tag name unknown to the journal is created
    got = Reflection.get(Reflection.uuid == newer["uuid"])
    assert (got.title, got.confidence) == ("Rewritten elsewhere", 10)
    assert sorted(link.tag.name for link in got.tag_links) == ["fresh-tag", "wins"]
    assert Reflection.get(Reflection.uuid == older["uuid"]).title == refl[1]["title"]
    assert filled.verify() == []


def test_same_name_with_another_uuid_merges(filled: Journal) -> None:
    tag = {"uuid": str(uuid.uuid4()), "name": "CAREER-PLANNING"}
    skill = {"uuid": str(uuid.uuid4()), "name": Skill.select().first().name.upper()}
    rating = {
        "uuid": str(uuid.uuid4()),
        "skill": skill["uuid"],
        "rated_on": "2025-01-02",
        "value": 9,
    }
    session = exchange.export_json()["records"]["session"][0]
    session.update(uuid=str(uuid.uuid4()), tags=["Career-Planning"])
    tags_before = Tag.select().count()
    result = exchange.import_json(
        {
            "format": "mentorjournal",
            "version": 1,
            "records": {"tag": [tag], "skill": [skill], "rating": [rating], "session": [session]},
        }
    )
    assert result.skipped["tag"] == result.skipped["skill"] == 1
    assert result.added["rating"] == result.added["session"] == 1
    assert Tag.select().count() == tags_before
    new = Session.get(Session.uuid == session["uuid"])
    assert [link.tag.name for link in new.tag_links] == ["career-planning"]


def test_big_entry_of_one_megabyte(journal: Journal, tmp_path: Path) -> None:
    body = ("Ünïcode ✓ 😀 שלום مرحبا e\u0301 " * 40_000)[:1_000_000]
    data = {
        "format": "mentorjournal",
        "version": 1,
        "records": {
            "reflection": [
                {
                    "uuid": str(uuid.uuid4()),
                    "created_at": "2024-02-29T10:00:00.123456",
                    "updated_at": "2024-02-29T11:00:00",
                    "written_at": "2024-02-29T10:00:00",
                    "title": "Long",
                    "body": body,
                    "template": "",
                    "confidence": None,
                    "motivation": 7,
                    "session": None,
                    "tags": [],
                }
            ]
        },
    }
    exchange.import_json(data)
    assert snapshot()["records"]["reflection"] == data["records"]["reflection"]
    exchange.export_json(tmp_path / "big.json")
    journal.close()
    with Journal.create(tmp_path / "b.mjournal", PASSPHRASE, kdf=FAST):
        exchange.import_json(tmp_path / "big.json")
        assert Reflection.get().body == body


# -- refused files ----------------------------------------------------------------


def _break(path: str, value):
    """A mutation that sets ``records...`` at ``path`` (dotted, list indexes as ints)."""

    def apply(data: dict) -> dict:
        keys = [int(k) if k.isdigit() else k for k in path.split(".")]
        target = data
        for key in keys[:-1]:
            target = target[key]
        target[keys[-1]] = value
        return data

    return apply


def _drop(path: str):
    def apply(data: dict) -> dict:
        *keys, last = path.split(".")
        target = data
        for key in keys:
            target = target[int(key) if key.isdigit() else key]
        del target[last]
        return data

    return apply


BAD = [
    ("wrong format", _break("format", "jrnl"), "format"),
    ("newer version", _break("version", 3), "version"),
    ("records not a dict", _break("records", []), "records"),
    ("unknown kind", _break("records.meeting", []), "records.meeting"),
    ("rating 11", _break("records.session.1.confidence_after", 11), "session[1].confidence_after"),
    ("rating 0", _break("records.rating.0.value", 0), "rating[0].value"),
    ("rating float", _break("records.reflection.2.motivation", 7.5), "reflection[2].motivation"),
    ("rating bool", _break("records.reflection.0.confidence", True), "reflection[0].confidence"),
    (
        "impossible date",
        _break("records.person.0.started_on", "2023-02-30"),
        "person[0].started_on",
    ),
    ("date format", _break("records.action.0.due_on", "30/06/2025"), "action[0].due_on"),
    ("bad datetime", _break("records.session.0.held_at", "2024-01-01T25:00"), "session[0].held_at"),
    ("dangling link", _break("records.session.0.person", str(uuid.uuid4())), "session[0].person"),
    ("dangling late link", _break("records.win.0.goal", str(uuid.uuid4())), "win[0].goal"),
    ("link not a uuid", _break("records.action.0.goal", "goal-1"), "action[0].goal"),
    ("name wrong type", _break("records.person.0.name", 42), "person[0].name"),
    ("tags not a list", _break("records.reflection.0.tags", "wins"), "reflection[0].tags"),
    ("bad enum", _break("records.session.0.format", "carrier pigeon"), "session[0].format"),
    ("progress 101", _break("records.goal.0.progress", 101), "goal[0].progress"),
    ("record not object", _break("records.goal.0", "a goal"), "goal[0]"),
    ("unknown field", _break("records.win.0.colour", "gold"), "win[0].colour"),
    ("missing required", _drop("records.rating.0.value"), "rating[0].value"),
    ("missing uuid", _drop("records.tag.3.uuid"), "tag[3].uuid"),
    (
        "duplicate uuid",
        lambda d: (d["records"]["person"][1].update(uuid=d["records"]["person"][0]["uuid"]), d)[1],
        "person[1].uuid",
    ),
    (
        "duplicate name",
        lambda d: (
            d["records"]["skill"][1].update(name=d["records"]["skill"][0]["name"].upper()),
            d,
        )[1],
        "skill[1].name",
    ),
    (
        "introduces themselves",
        lambda d: (
            d["records"]["person"][1].update(introduced_by=d["records"]["person"][1]["uuid"]),
            d,
        )[1],
        "person[1].introduced_by",
    ),
    ("ends before start", _break("records.person.2.ended_on", "1999-01-01"), "person[2].ended_on"),
    ("lone surrogate", _break("records.reflection.0.body", "bad \ud800"), "reflection[0].body"),
]


@pytest.mark.parametrize(("mutate", "field"), [b[1:] for b in BAD], ids=[b[0] for b in BAD])
def test_bad_file_is_refused_and_changes_nothing(
    filled: Journal, tmp_path: Path, mutate, field
) -> None:
    good = renamed(exchange.export_json())
    bad = mutate(copy.deepcopy(good))
    before = snapshot()
    with pytest.raises(ValidationError) as err:
        exchange.import_json(bad)
    assert err.value.field == field
    assert str(err.value).startswith(field)
    assert snapshot() == before
    assert filled.verify() == []


def test_bad_files_on_disk(filled: Journal, tmp_path: Path) -> None:
    before = snapshot()
    text = json.dumps(exchange.export_json())
    cases = {
        "truncated.json": (text[: len(text) // 2], "not valid JSON"),
        "empty.json": ("", "not valid JSON"),
        "latin1.json": (None, "not UTF-8"),
        "list.json": ("[1, 2]", "not a MentorJournal export"),
    }
    for name, (content, message) in cases.items():
        path = tmp_path / name
        if content is None:
            path.write_bytes('{"format": "mentorjournal", "x": "caf\xe9"}'.encode("latin-1"))
        else:
            path.write_text(content, "utf-8")
        with pytest.raises(ValidationError, match=message) as err:
            exchange.import_json(path)
        assert err.value.field == "file" or name == "list.json"
    with pytest.raises(JournalError, match="No file"):
        exchange.import_json(tmp_path / "missing.json")
    with pytest.raises(JournalError, match="folder"):
        exchange.import_json(tmp_path)
    assert snapshot() == before


def test_a_file_that_cannot_be_read_is_refused_with_a_message(filled: Journal, tmp_path) -> None:
    """A read error names the file and the reason (no traceback), and changes nothing."""
    before = snapshot()
    loop = tmp_path / "loop.json"
    loop.symlink_to(loop)  # opening it fails: too many levels of symbolic links
    with pytest.raises(JournalError, match=r"^Cannot read .*loop\.json: .+\.$"):
        exchange.import_json(loop)
    memory = Path("/proc/self/mem")  # a regular file whose first read fails (EIO)
    if memory.is_file():
        with pytest.raises(JournalError, match=r"^Cannot read /proc/self/mem: .+\.$"):
            exchange.import_json(memory)
    assert snapshot() == before


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_an_export_from_a_pipe_is_read_whole(filled: Journal, tmp_path) -> None:
    """A file of no known size (a named pipe, as from ``<(gunzip -c …)``) is read to its end."""
    data = exchange.export_json()
    text = json.dumps(data, indent=1).encode()
    pipe = tmp_path / "export.json"
    os.mkfifo(pipe)
    writer = threading.Thread(target=pipe.write_bytes, args=(text,))
    writer.start()
    try:
        assert exchange.load(pipe) == data
    finally:
        writer.join(timeout=10)


def test_a_file_without_attachments_is_read_whole_even_with_the_word(
    filled: Journal, tmp_path
) -> None:
    """The word "attachments" in a file without attachments (a key a reader of the raw
    bytes would see, e.g. in an unknown field) still gets the usual check and message."""
    data = exchange.export_json()
    data["records"]["win"][0]["attachments"] = []
    path = tmp_path / "word.json"
    path.write_text(json.dumps(data), "utf-8")
    assert exchange.load(path) == data
    before = snapshot()
    with pytest.raises(ValidationError) as err:
        exchange.import_json(path)
    assert err.value.field == "win[0].attachments"
    assert snapshot() == before


def test_the_garbage_collector_is_paused_and_left_as_it_was(filled: Journal) -> None:
    """The import pauses the cyclic collector and restores the caller's setting exactly,
    after a refusal too."""
    good = renamed(exchange.export_json())
    bad = _break("records.rating.0.value", 11)(copy.deepcopy(good))
    seen: list[bool] = []
    try:
        for enabled in (True, False, True):
            if enabled:
                gc.enable()
            else:
                gc.disable()
            exchange.import_json(good, progress=lambda *_: seen.append(gc.isenabled()))
            assert gc.isenabled() is enabled
            with pytest.raises(ValidationError):
                exchange.import_json(bad)
            assert gc.isenabled() is enabled
            exchange.import_json(renamed(good), dry_run=True)
            assert gc.isenabled() is enabled
    finally:
        gc.enable()
    assert seen and not any(seen)  # paused while the rows were written


def test_name_clash_from_a_rename_is_refused(filled: Journal) -> None:
    data = exchange.export_json()
    skills = data["records"]["skill"]
    skills[1].update(name=skills[0]["name"].lower(), updated_at="2099-01-01T00:00:00")
    before = snapshot()
    with pytest.raises(ValidationError, match="already has this name") as err:
        exchange.import_json({**data, "records": {"skill": [skills[1]]}})
    assert err.value.field == "skill[0].name"
    assert snapshot() == before


def test_failure_while_writing_rolls_everything_back(filled: Journal, monkeypatch) -> None:
    data = renamed(exchange.export_json())
    before = snapshot()

    def explode(*args, **kwargs):
        raise OSError("disk full")

    # Tags, people, skills and goals are written before the first session tags.
    monkeypatch.setattr(exchange._Importer, "_write_tags", staticmethod(explode))
    with pytest.raises(OSError):
        exchange.import_json(data)
    assert snapshot() == before


def test_import_of_ten_thousand_entries_is_complete_and_searchable(journal: Journal) -> None:
    """Scale check for correctness; the speed is measured by bench/run.py."""
    base = dt.datetime(2020, 1, 1)
    body = "A paragraph about feedback, goals and the next step. " * 16
    records = []
    for i in range(10_000):
        when = (base + dt.timedelta(hours=i)).isoformat()
        records.append(
            {
                "uuid": str(uuid.uuid4()),
                "created_at": when,
                "updated_at": when,
                "written_at": when,
                "title": f"Entry {i}",
                "body": body,
                "template": "weekly_review",
                "confidence": i % 10 + 1,
                "motivation": None,
                "session": None,
                "tags": ["weekly", "review"],
            }
        )
    data = {"format": "mentorjournal", "version": 1, "records": {"reflection": records}}
    result = exchange.import_json(data)
    assert result.added["reflection"] == 10_000
    assert Reflection.select().count() == 10_000
    assert (
        journal.db.execute_sql(
            "SELECT count(*) FROM search_index WHERE search_index MATCH 'feedback'"
        ).fetchone()[0]
        == 10_000
    )


# -- Markdown ---------------------------------------------------------------------


def test_markdown_export(filled: Journal, tmp_path: Path) -> None:
    written = exchange.export_markdown(tmp_path)
    assert written == tmp_path / "mentorjournal-export.md"
    text = written.read_text("utf-8")
    for heading in (
        "# MentorJournal",
        "## People",
        "### My mentors",
        "### My mentees",
        "## Sessions",
        "## Reflections",
        "## Goals and action items",
        "## Skills",
        "## Wins",
    ):
        assert f"\n{heading}\n" in f"\n{text}", heading
    reflection = Reflection.select().order_by(Reflection.written_at).first()
    assert f"— {reflection.title}" in text
    # Headings inside entries nest below the document's own.
    assert "\n######## " not in text and "\n######" in text
    assert "| Date | Rating | Source | Note |" in text
    assert "- [x] " in text and "- [ ] " in text
    other = exchange.export_markdown(tmp_path / "sub" / "journal.md")
    assert other.read_text("utf-8").count("\n## ") == text.count("\n## ")


def test_demote_keeps_code_blocks() -> None:
    from mentorjournal.exchange.markdown_export import demote

    text = "# Title\n```\n# not a heading\n```\n### Deep\n#hashtag"
    assert demote(text, 4) == "##### Title\n```\n# not a heading\n```\n###### Deep\n#hashtag"


def test_a_renamed_copy_adds_everything_but_shared_names(filled: Journal) -> None:
    data = renamed(exchange.export_json())
    result = exchange.import_json(data)
    assert result.skipped == {
        **dict.fromkeys(result.skipped, 0),
        "tag": len(data["records"]["tag"]),
        "skill": len(data["records"]["skill"]),
    }
    assert result.added["reflection"] == len(data["records"]["reflection"])
    assert filled.verify() == []


# -- property: any valid records survive export and import unchanged ---------------

SPECIAL = st.sampled_from(
    [
        "😀👩🏽‍💻🇺🇦",
        "שלום עולם",
        "مرحبا بالعالم",
        "e\u0301 a\u0308\u0301",
        "𝔘𝔫𝔦𝔠𝔬𝔡𝔢",
        "日本語のテキスト",
        "\u200f\u202e mixed \u202c",
        "# heading\n\n- list\n",
        "  spaced  ",
    ]
)
CHARS = st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00")
TEXT = st.one_of(
    st.text(CHARS, max_size=80),
    SPECIAL,
    st.lists(st.one_of(st.text(CHARS, max_size=20), SPECIAL), max_size=4).map("".join),
)
LINE = TEXT.map(lambda t: t.replace("\n", " ").replace("\r", " ").strip()).filter(bool)
RATING = st.one_of(st.none(), st.integers(1, 10))
DATES = st.dates(dt.date(1900, 1, 1), dt.date(2200, 12, 31))
STAMPS = st.datetimes(dt.datetime(1900, 1, 1), dt.datetime(2200, 12, 31))


def _iso(value: dt.date | None) -> str | None:
    return None if value is None else value.isoformat()


def _opt(draw, values: list, p_none: bool = True):
    choices = ([None] if p_none else []) + values
    return draw(st.sampled_from(choices)) if choices else None


@st.composite
def exports(draw) -> dict:
    def base() -> dict:
        return {
            "uuid": str(draw(st.uuids())),
            "created_at": draw(STAMPS).isoformat(),
            "updated_at": draw(STAMPS).isoformat(),
        }

    def some(n: int) -> range:
        return range(draw(st.integers(0, n)))

    names = draw(
        st.lists(
            LINE.map(lambda t: t[:40].strip()).filter(bool), max_size=4, unique_by=str.casefold
        )
    )
    tags = [{**base(), "name": n} for n in names]

    def tag_list() -> list[str]:
        chosen = draw(st.lists(st.sampled_from(names), unique=True)) if names else []
        return sorted(chosen, key=lambda n: (fold(n), n))

    people = []
    for _ in range(draw(st.integers(1, 3))):
        start = draw(st.one_of(st.none(), DATES))
        people.append(
            {
                **base(),
                "name": draw(LINE),
                "relation": draw(st.sampled_from(["mentor", "mentee", "contact"])),
                "organisation": draw(LINE | st.just("")),
                "contact": draw(TEXT),
                "introduced_by": _opt(draw, [p["uuid"] for p in people]),
                "started_on": _iso(start),
                "ended_on": _iso(start and draw(st.one_of(st.none(), st.dates(start)))),
                "status": draw(st.sampled_from(["active", "paused", "ended"])),
                "follow_up": draw(st.sampled_from(["none", "pending", "done"])),
                "notes": draw(TEXT),
                "cadence_days": draw(st.one_of(st.none(), st.integers(1, 366))),
            }
        )
    person_ids = [p["uuid"] for p in people]
    skill_names = draw(st.lists(LINE, max_size=3, unique_by=str.casefold))
    skills = [
        {
            **base(),
            "name": n,
            "category": draw(LINE | st.just("")),
            "target_level": draw(RATING),
            "description": draw(TEXT),
            "retired_on": draw(st.one_of(st.none(), DATES.map(str))),
        }
        for n in skill_names
    ]
    goals = [
        {
            **base(),
            "title": draw(LINE),
            "description": draw(TEXT),
            "target_date": draw(st.one_of(st.none(), DATES.map(str))),
            "status": draw(st.sampled_from(["active", "achieved", "dropped"])),
            "progress": draw(st.integers(0, 100)),
            "person": _opt(draw, person_ids),
        }
        for _ in some(2)
    ]
    sessions = []
    for _ in some(3):
        held = draw(STAMPS)
        following = draw(st.one_of(st.none(), st.dates(held.date(), dt.date(2200, 12, 31))))
        sessions.append(
            {
                **base(),
                "person": _opt(draw, person_ids, p_none=False),
                "role": draw(st.sampled_from(["mentee", "mentor"])),
                "held_at": held.isoformat(),
                "duration_min": draw(st.one_of(st.none(), st.integers(0, 1440))),
                "format": draw(st.sampled_from(["in_person", "video", "phone", "chat"])),
                "status": draw(st.sampled_from(["planned", "done", "cancelled"])),
                "agenda": draw(TEXT),
                "notes": draw(TEXT),
                "takeaways": draw(TEXT),
                "confidence_before": draw(RATING),
                "confidence_after": draw(RATING),
                "motivation": draw(RATING),
                "next_session_on": _iso(following),
                "tags": tag_list(),
            }
        )
    session_ids = [s["uuid"] for s in sessions]
    reflections = [
        {
            **base(),
            "written_at": draw(STAMPS).isoformat(),
            "title": draw(LINE | st.just("")),
            "body": draw(TEXT),
            "template": draw(st.sampled_from(["", "weekly_review", "win"])),
            "confidence": draw(RATING),
            "motivation": draw(RATING),
            "session": _opt(draw, session_ids),
            "tags": tag_list(),
        }
        for _ in some(3)
    ]
    skill_ids, goal_ids = [s["uuid"] for s in skills], [g["uuid"] for g in goals]
    ratings = [
        {
            **base(),
            "skill": _opt(draw, skill_ids, p_none=False),
            "rated_on": draw(DATES).isoformat(),
            "value": draw(st.integers(1, 10)),
            "note": draw(TEXT),
            "source": draw(st.sampled_from(["self", "mentor", "peer", "other"])),
            "session": _opt(draw, session_ids),
        }
        for _ in (some(3) if skills else ())
    ]
    actions = [
        {
            **base(),
            "text": draw(LINE),
            "owner": draw(st.sampled_from(["me", "them"])),
            "due_on": draw(st.one_of(st.none(), DATES.map(str))),
            "done_on": draw(st.one_of(st.none(), DATES.map(str))),
            "goal": _opt(draw, goal_ids),
            "session": _opt(draw, session_ids),
            "person": _opt(draw, person_ids),
        }
        for _ in some(3)
    ]
    wins = [
        {
            **base(),
            "won_on": draw(DATES).isoformat(),
            "title": draw(LINE),
            "description": draw(TEXT),
            "goal": _opt(draw, goal_ids),
            "skill": _opt(draw, skill_ids),
        }
        for _ in some(2)
    ]
    return {
        "format": "mentorjournal",
        "version": 1,
        "records": {
            "tag": tags,
            "person": people,
            "skill": skills,
            "goal": goals,
            "session": sessions,
            "reflection": reflections,
            "rating": ratings,
            "action": actions,
            "win": wins,
        },
    }


@settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=exports())
def test_random_records_round_trip(tmp_path: Path, data: dict) -> None:
    path = tmp_path / f"{uuid.uuid4()}.mjournal"
    with Journal.create(path, PASSPHRASE, kdf=FAST) as j:
        exchange.import_json(data)
        out = exchange.export_json()
        assert j.verify() == []
    for kind, records in data["records"].items():
        got = {r["uuid"]: r for r in out["records"][kind]}
        assert got == {r["uuid"]: r for r in records}, kind
