"""jrnl: every fixture jrnl wrote (plain, classic, folder, v1/v2/v3 encrypted, exports)."""

from __future__ import annotations

import datetime as dt
import shutil

import pytest

from mentorjournal.domain import records
from mentorjournal.exchange import imports, jrnl
from mentorjournal.exchange.incoming import ImportOptions
from mentorjournal.storage.journal import Journal
from mentorjournal.storage.models import Reflection, SourceRef
from tests.exchange.conftest import IMPORTS, digest_of, preview, refused, run_import, state
from tests.fixtures.imports import bad_inputs

JRNL = IMPORTS / "jrnl"
PASSWORD = "mentor-test-pw 🔑"
V1_PASSWORD = "mentor-test-pw"

#: The 13 entries jrnl reads back from the 4.x journals (date, time, title).
ENTRIES = [
    ("2024-01-01 00:00", "Neujahr: Ziele für 2024."),
    ("2024-01-15 09:30", "Kick-off call with my mentor @Ana"),
    ("2024-02-03 23:59", "Long talk about switching teams"),
    ("2024-02-29 03:07", "Leap-day insomnia note"),
    ("2024-03-31 02:30", "Clocks change tonight."),
    ("2024-04-12 17:45", "Shipped it 🎉🚀!"),
    ("2024-05-05 08:15", "שלום from the Tel Aviv office"),
    ("2024-06-20 14:00", "Markdown notes from the workshop"),
    ("2024-06-20 14:00", "Same minute as the workshop entry."),
    ("2024-07-04 12:34", "Question for next session? Ask about the promotion process."),
    ("2024-08-09 06:05", "Tags edge cases: @Mixed-Case #multi/level #with+plus @under_score end."),
    (
        "2024-12-31 10:00",
        "is only a bracketed time inside the body, not at a line start? It is at a line "
        "start, so jrnl reads it as a new entry.",
    ),
    ("2024-12-31 23:59", "Year-end review"),
]

FOUR_X = [
    "plain-journal.txt",
    "plain-export.json",
    "plain-export.md",
    "plain-export.txt",
    "classic-journal.txt",
    "classic-export.json",
    "folder-journal",
    "folder-journal-export.json",
    "encrypted-v2-export.json",
    "encrypted-v3-export.json",
]


def reflections() -> list[Reflection]:
    return list(Reflection.select().order_by(Reflection.written_at, Reflection.id))


def by_title(title: str) -> Reflection:
    return Reflection.get(Reflection.title == title)


@pytest.mark.parametrize("name", FOUR_X)
def test_every_4x_journal_and_export_is_detected_and_gives_the_13_entries(journal, name):
    assert imports.detect(JRNL / name).format == "jrnl"
    summary = run_import(JRNL / name)
    assert summary.created["reflection"] == 13
    got = sorted((r.written_at.strftime("%Y-%m-%d %H:%M"), r.title) for r in reflections())
    assert got == sorted(ENTRIES)


def test_plain_journal_maps_every_field(journal):
    run_import(JRNL / "plain-journal.txt")
    first = by_title("Neujahr: Ziele für 2024.")
    assert first.written_at == dt.datetime(2024, 1, 1, 0, 0)
    assert first.created_at == dt.datetime(2023, 12, 31, 23, 0)  # Berlin → UTC
    assert first.body == (
        "Mehr Verantwortung übernehmen, öfter um Feedback bitten und die Präsentation für "
        "Jürgen üben. @mentoring #ziele"
    )
    assert records.tags_of(first) == ["mentoring", "ziele"]
    assert first.confidence is None and first.motivation is None and first.session_id is None

    long = by_title("Long talk about switching teams")
    assert long.body.startswith("We went through the pros and cons")
    assert long.body.endswith("Third paragraph, no tags, ends with trailing spaces.")
    assert long.body.count("\n\n") == 2
    assert records.tags_of(long) == ["ana", "career"]

    assert records.tags_of(by_title("Leap-day insomnia note")) == ["starred"]
    assert records.tags_of(by_title(ENTRIES[9][1])) == ["starred"]
    assert by_title("Kick-off call with my mentor @Ana").body == ""
    workshop = by_title("Markdown notes from the workshop")
    assert workshop.body.startswith("# Heading one\n\n## Subheading")
    assert '```python\nprint("code # not a tag")\n```' in workshop.body
    assert records.tags_of(workshop) == ["quoted-tag"]  # no "##", nothing from the code block
    edge = by_title(ENTRIES[10][1])
    assert records.tags_of(edge) == sorted(
        ["mixed-case", "multi/level", "with+plus", "under_score", "ziele", "tag"], key=str.casefold
    )
    shipped = by_title("Shipped it 🎉🚀!")
    assert records.tags_of(shipped) == ["team-lead", "win"]  # the e-mail address is no tag


def test_the_dst_gap_time_is_kept_and_the_preview_says_so(journal):
    summary = preview(JRNL / "plain-journal.txt")
    assert any("daylight-saving gap" in n.reason for n in summary.notes)
    assert any("2024-03-31 02:30" in e for n in summary.notes for e in n.examples)
    run_import(JRNL / "plain-journal.txt")
    assert by_title("Clocks change tonight.").written_at == dt.datetime(2024, 3, 31, 2, 30)


def test_source_ids_are_hashes_kept_apart_from_our_uuids(journal):
    run_import(JRNL / "plain-journal.txt")
    refs = list(SourceRef.select())
    assert len(refs) == 13 and {r.source for r in refs} == {"jrnl"}
    assert {r.kind for r in refs} == {"reflection"}
    uuids = {r.uuid for r in reflections()}
    assert {r.record_uuid for r in refs} == uuids
    assert all(r.source_id.startswith("h:") and r.source_id not in uuids for r in refs)
    # the two entries at 2024-06-20 14:00 are two records
    assert (
        Reflection.select().where(Reflection.written_at == dt.datetime(2024, 6, 20, 14)).count()
        == 2
    )


def test_importing_twice_creates_nothing(journal):
    run_import(JRNL / "plain-journal.txt")
    before = state()
    again = run_import(JRNL / "plain-journal.txt")
    assert not again.writes
    assert again.existing["reflection"] == 13
    assert state() == before


@pytest.mark.parametrize("other", ["plain-export.json", "plain-export.md", "folder-journal"])
def test_the_same_entries_from_another_jrnl_file_are_recognised(journal, other):
    run_import(JRNL / "plain-journal.txt")
    before = state()
    summary = run_import(JRNL / other)
    assert summary.created.get("reflection", 0) == 0
    assert summary.existing["reflection"] == 13
    assert state() == before


def test_a_later_export_adds_only_what_is_new(journal, tmp_path):
    old = tmp_path / "old.txt"
    text = (JRNL / "plain-journal.txt").read_text(encoding="utf-8")
    cut = text.index("[2024-07-04")
    old.write_text(text[:cut], encoding="utf-8")
    assert run_import(old).created["reflection"] == 9
    summary = run_import(JRNL / "plain-journal.txt")
    assert summary.created["reflection"] == 4 and summary.existing["reflection"] == 9
    assert Reflection.select().count() == 13


@pytest.mark.parametrize(
    ("name", "password", "version", "count"),
    [
        ("encrypted-v3-jrnl4.6.txt", PASSWORD, "v3", 13),
        ("encrypted-v2-jrnl4.3.txt", PASSWORD, "v2", 13),
        ("encrypted-v1-jrnl1.9.8.txt", V1_PASSWORD, "v1", 4),
    ],
)
def test_encrypted_journals_open_with_their_password_and_stay_unchanged(
    journal, name, password, version, count
):
    path = JRNL / name
    source = digest_of(path)
    assert imports.detect(path).format == "jrnl"
    summary = run_import(path, password=password)
    assert summary.format == f"jrnl journal, encrypted {version}"
    assert summary.created["reflection"] == count
    assert digest_of(path) == source  # read, never written


def test_an_encrypted_journal_gives_the_same_entries_as_its_export(journal):
    run_import(JRNL / "encrypted-v3-jrnl4.6.txt", password=PASSWORD)
    assert run_import(JRNL / "encrypted-v3-export.json").created.get("reflection", 0) == 0
    run_import(JRNL / "encrypted-v1-jrnl1.9.8.txt", password=V1_PASSWORD)
    assert run_import(JRNL / "v1-export-jrnl1.9.8.json").created.get("reflection", 0) == 0
    assert run_import(JRNL / "v1-plain-journal-jrnl1.9.8.txt").created.get("reflection", 0) == 0


def test_jrnl_1x_text_and_json(journal):
    run_import(JRNL / "v1-plain-journal-jrnl1.9.8.txt")
    first = by_title("jrnl 1.x entry.")
    assert first.written_at == dt.datetime(2013, 6, 9, 21, 30)
    assert first.body == "Written by jrnl 1.9.8 on Python 2.7 @old"
    assert records.tags_of(first) == ["old"]
    assert records.tags_of(by_title("Starred in jrnl 1.x")) == ["starred"]


@pytest.mark.parametrize("name", ["encrypted-v3-jrnl4.6.txt", "encrypted-v2-jrnl4.3.txt"])
def test_without_a_password_an_encrypted_journal_is_refused(journal, name):
    with pytest.raises(jrnl.PasswordNeeded):
        run_import(JRNL / name)


@pytest.mark.parametrize(
    ("name", "password"),
    [
        ("encrypted-v3-jrnl4.6.txt", "wrong"),
        ("encrypted-v2-jrnl4.3.txt", "wrong"),
        ("encrypted-v1-jrnl1.9.8.txt", "wrong"),
        ("bad/encrypted-v3-tampered.txt", PASSWORD),
        ("bad/encrypted-v3-truncated.txt", PASSWORD),
        ("bad/encrypted-v2-truncated.txt", PASSWORD),
    ],
)
def test_a_wrong_password_or_a_damaged_file_is_refused(journal, name, password):
    message = refused(JRNL / name, "password does not open it", password=password)
    assert "nothing was imported" in message


def test_a_damaged_v3_header_is_refused(journal):
    refused(JRNL / "bad/encrypted-v3-bad-header.txt", "header is damaged", password=PASSWORD)


@pytest.mark.parametrize(
    ("name", "needle"),
    [
        ("bad/plain-journal-utf16.txt", "UTF-16"),
        ("bad/plain-journal-latin1.txt", "not UTF-8"),
        ("bad/invalid-utf8.txt", "not UTF-8"),
        ("bad/nul-byte.txt", "NUL"),
        ("bad/export-json-wrong-shape.json", "not a list"),
        ("bad/export-json-bad-date.json", "no real date"),
        ("bad/deep-1000.json", "no jrnl JSON export"),
    ],
)
def test_bad_files_get_one_line_and_change_nothing(journal, name, needle):
    refused(JRNL / name, needle, format="jrnl")


def test_json_nested_100000_deep_is_refused(journal, tmp_path):
    refused(bad_inputs.deep_json(tmp_path / "deep.json"), "nested too deeply", format="jrnl")
    refused(
        bad_inputs.deep_json(tmp_path / "d.json", kind="dict"), "nested too deeply", format="dayone"
    )
    refused(bad_inputs.deep_json(tmp_path / "e.json", kind="dict"), "JSON file of an app")


def test_text_without_entries_is_refused(journal, tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("Just some notes\nwith no dates at all.\n", encoding="utf-8")
    refused(path, "jrnl entry", format="jrnl")


def test_a_huge_entry_is_refused_in_one_line(journal, tmp_path):
    path = tmp_path / "big.txt"
    path.write_text("[2024-01-01 10:00] Big\n" + "x" * 5_000_001 + "\n", encoding="utf-8")
    refused(path, "at most 5 million", format="jrnl")


def test_a_failure_midway_leaves_the_journal_as_it_was(journal, monkeypatch):
    run_import(JRNL / "v1-plain-journal-jrnl1.9.8.txt")
    before = state()
    written = []
    original = records.create_many

    def failing(kind, rows, **kwargs):
        written.append(original(kind, rows, **kwargs))  # the rows are in, then the disk goes
        raise OSError("disk gone")

    monkeypatch.setattr(records, "create_many", failing)
    with pytest.raises(OSError):
        run_import(JRNL / "plain-journal.txt")
    assert len(written[0]) == 13
    assert state() == before


def test_cancel_stops_the_import_and_writes_nothing(journal):
    before = state()
    with imports.read(JRNL / "plain-journal.txt") as batch:
        asked = []

        def cancel():
            asked.append(1)
            return len(asked) > 5

        with pytest.raises(imports.ImportCancelled):
            imports.apply(batch, cancel=cancel)
    assert state() == before


def test_progress_is_reported_up_to_the_total(journal):
    seen = []
    with imports.read(JRNL / "plain-journal.txt") as batch:
        imports.apply(batch, progress=lambda done, total: seen.append((done, total)))
    assert seen[0] == (0, 13) and seen[-1] == (13, 13)


def test_a_backup_is_written_only_when_something_is_imported(journal, tmp_path):
    from mentorjournal.storage.backups import Backups

    backups = Backups.for_journal(journal.path)
    with imports.read(JRNL / "plain-journal.txt") as batch:
        imports.apply(batch, journal=journal)
    made = backups.list()
    assert [b.reason for b in made] == ["before-import"]
    with imports.read(JRNL / "plain-journal.txt") as batch:
        assert not imports.apply(batch, journal=journal).writes
    assert len(backups.list()) == 1  # nothing to write: no second backup
    copy = tmp_path / "restored.mjournal"
    shutil.copy(made[0].path, copy)
    with Journal.open(copy, "correct horse battery staple") as old:
        assert old.path == copy
        assert Reflection.select().count() == 0  # the backup is from before the import


def test_a_failed_import_removes_its_backup(journal, monkeypatch):
    from mentorjournal.storage.backups import Backups

    monkeypatch.setattr(records, "create_many", lambda *a, **k: (_ for _ in ()).throw(OSError("x")))
    with imports.read(JRNL / "plain-journal.txt") as batch, pytest.raises(OSError):
        imports.apply(batch, journal=journal)
    assert Backups.for_journal(journal.path).list() == []


def test_detection_says_what_it_saw(journal):
    with imports.read(JRNL / "plain-export.md") as batch:
        assert batch.format == "jrnl Markdown export"
    with imports.read(JRNL / "folder-journal") as batch:
        assert batch.format == "jrnl folder journal"
    with imports.read(JRNL / "classic-export.json", ImportOptions()) as batch:
        assert batch.format == "jrnl JSON export"
