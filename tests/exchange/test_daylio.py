"""Daylio: two real MIT samples (8 columns) and two hand-written files with scales."""

from __future__ import annotations

import datetime as dt

import pytest

from mentorjournal.domain import records
from mentorjournal.exchange import daylio, imports
from mentorjournal.storage.models import Reflection
from tests.exchange.conftest import IMPORTS, preview, refused, run_import, state

DAYLIO = IMPORTS / "daylio"
EN = DAYLIO / "handwritten-scales-en.csv"
DE = DAYLIO / "handwritten-scales-de-bom.csv"


def at(when: str) -> Reflection:
    return Reflection.get(Reflection.written_at == dt.datetime.fromisoformat(when))


@pytest.mark.parametrize(
    ("name", "count"),
    [
        ("staticf0x-test_data.csv", 32),
        ("currin-sample.csv", 3),
        ("currin-sample_multiple_moods.csv", 7),
        ("handwritten-scales-en.csv", 6),
        ("handwritten-scales-de-bom.csv", 5),
    ],
)
def test_every_sample_is_detected_and_imported(journal, name, count):
    assert imports.detect(DAYLIO / name).format == "daylio"
    assert run_import(DAYLIO / name).created["reflection"] == count


def test_the_scales_file_maps_field_by_field(journal):
    run_import(EN)
    session = at("2024-06-20 21:45")
    assert session.title == "Session with Ana"
    assert session.body == (
        'We rehearsed the Q2 review.\nShe said: "lead with the result", then the detail.\n\n'
        "Next: **book the room**, send slides."
    )
    assert (session.confidence, session.motivation) == (8, 9)
    assert records.tags_of(session) == [
        "good sleep",
        "mentoring session",
        "mood:rad",
        "presentation",
    ]
    assert session.created_at == dt.datetime(2024, 6, 20, 19, 45)  # Berlin summer time → UTC

    midnight = at("2024-06-19 00:00")  # "12:00 am"
    assert midnight.body == "Midnight entry, with a comma, and an emoji 🎉"
    assert records.tags_of(midnight) == ["mood:meh"]
    assert (midnight.confidence, midnight.motivation) == (None, None)

    custom = at("2024-06-18 12:30")  # "12:30 pm"
    assert custom.motivation == 3 and custom.confidence is None
    assert custom.body.endswith("\n\nSleep Time: 6:30")  # another scale: into the text
    assert records.tags_of(custom) == ["conflict", "mood:fuming", "work"]


def test_a_mood_is_only_a_tag_unless_asked(journal):
    run_import(EN)
    awful = at("2024-06-17 18:00")
    assert (awful.confidence, awful.motivation) == (None, None)
    assert records.tags_of(awful) == ["mood:awful"]


def test_a_chosen_mood_mapping_fills_the_rating_the_scales_leave_empty(journal):
    summary = preview(EN, mood_to="motivation")
    reasons = [f.reason for f in summary.not_mapped]
    assert any("moods with a name of your own" in r for r in reasons)  # "fuming"
    run_import(EN, mood_to="motivation")
    assert at("2024-06-17 18:00").motivation == 2  # awful = level 1
    assert at("2024-06-20 07:05").motivation == 8  # good = level 4; no motivation scale
    assert at("2024-06-20 21:45").motivation == 9  # the scale wins over the mood (rad)
    assert at("2024-06-18 12:30").motivation == 3  # custom mood: only the scale


def test_german_export_with_bom_and_german_names(journal):
    run_import(DE, mood_to="confidence")
    top = at("2024-09-27 21:30")
    assert top.title == "Gespräch mit Jürgen"
    assert top.body == "Feedback eingeholt.\nNächster Schritt: Übergabe vorbereiten."
    assert (top.confidence, top.motivation) == (8, 9)  # Zuversicht is confidence
    assert records.tags_of(top) == ["Gut", "Mentoring", "mood:Super", "Präsentation"]
    assert at("2024-09-26 08:05").confidence == 8  # Gut = level 4
    bad = at("2024-09-25 19:45")
    assert records.tags_of(bad) == ["Arbeit", "mood:Schlecht", "Schlecht"]  # activity and mood


def test_mixed_12_and_24_hour_times_in_one_file(journal):
    run_import(DAYLIO / "staticf0x-test_data.csv")
    assert records.tags_of(at("2020-05-25 14:58")) == ["mood:meh", "work"]
    assert at("2020-05-25 14:58").body == "Could be better"
    assert at("2020-05-30 18:50").body == "Awesome"


def test_trailing_spaces_and_slashes_in_names(journal):
    run_import(DAYLIO / "currin-sample.csv")
    first = at("2021-09-28 22:00")
    assert "mood:sad" in records.tags_of(first)
    assert "movies / tv" in records.tags_of(first)


def test_times_parse_as_daylio_writes_them():
    assert daylio.parse_time("12:00 am") == dt.time(0, 0)
    assert daylio.parse_time("12:30 pm") == dt.time(12, 30)
    assert daylio.parse_time("6:50 PM") == dt.time(18, 50)
    assert daylio.parse_time("07:05") == dt.time(7, 5)
    assert daylio.parse_time("25:99") is None
    assert daylio.parse_time("13:00 pm") is None


def test_scales_out_of_another_maximum_are_rescaled_and_out_of_range_left_empty(journal, tmp_path):
    path = tmp_path / "scales.csv"
    path.write_text(
        "full_date,date,weekday,time,mood,activities,scales,note_title,note\n"
        '2024-06-20,June 20,Thursday,10:00,good,"","Confidence:\xa04/5\xa0points","",""\n'
        '2024-06-19,June 19,Wednesday,10:00,good,"","Confidence:\xa011/10\xa0points","",""\n',
        encoding="utf-8",
    )
    summary = run_import(path)
    assert at("2024-06-20 10:00").confidence == 8
    assert at("2024-06-19 10:00").confidence is None
    assert any("outside 1–10" in f.reason for f in summary.not_mapped)
    assert any("rescaled" in f.reason for f in summary.notes)


def test_two_identical_rows_stay_two_records(journal, tmp_path):
    path = tmp_path / "twice.csv"
    row = "2024-01-01,1 January,Monday,9:00 am,good,work,,\n"
    path.write_text("full_date,date,weekday,time,mood,activities,note_title,note\n" + row * 2)
    assert run_import(path).created["reflection"] == 2


def test_reimport_creates_nothing_and_a_later_export_adds_only_new_rows(journal, tmp_path):
    run_import(DAYLIO / "staticf0x-test_data.csv")
    before = state()
    assert not run_import(DAYLIO / "staticf0x-test_data.csv").writes
    assert state() == before
    lines = (DAYLIO / "staticf0x-test_data.csv").read_text().splitlines(keepends=True)
    later = tmp_path / "later.csv"
    later.write_text(
        lines[0] + "2020-06-01,1 June,Monday,8:00 am,good,work,,New day\n" + "".join(lines[1:])
    )
    summary = run_import(later)
    assert summary.created["reflection"] == 1 and summary.existing["reflection"] == 32


@pytest.mark.parametrize(
    ("name", "needle"),
    [
        ("bad/bank-statement.csv", "CSV file of an app"),
        ("bad/daylio-latin1.csv", "not UTF-8"),
        ("bad/daylio-utf16.csv", "UTF-16"),
        ("bad/daylio-truncated.csv", "is the file complete"),
        ("bad/daylio-excel-semicolons.csv", "semicolons"),
        ("bad/daylio-bad-values.csv", "25:99"),
        ("bad/daylio-header-only.csv", "only the header"),
        ("bad/empty.csv", "empty"),
    ],
)
def test_bad_files_get_one_line_and_change_nothing(journal, name, needle):
    refused(DAYLIO / name, needle)


def test_bad_values_are_refused_row_by_row(journal, tmp_path):
    head = "full_date,date,weekday,time,mood,activities,scales,note_title,note\n"
    for row, needle in (
        ('2024-02-30,x,x,10:00,good,"","","",""\n', "no real date"),
        ('2024-06-17,x,x,10:00,good,"","","","",extra\n', "10 columns"),
    ):
        path = tmp_path / "bad.csv"
        path.write_text(head + row, encoding="utf-8")
        refused(path, needle)


def test_another_apps_csv_forced_as_daylio_is_refused(journal):
    refused(DAYLIO / "bad/bank-statement.csv", "no Daylio CSV export", format="daylio")
