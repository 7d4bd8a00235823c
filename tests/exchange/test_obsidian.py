"""Obsidian: the Tasks plugin's demo vault (real), two hand-written vaults, and a zip."""

from __future__ import annotations

import datetime as dt
import hashlib
import shutil

import pytest

from mentorjournal.domain import attachments, records
from mentorjournal.exchange import imports, obsidian
from mentorjournal.exchange.common import split_front_matter
from mentorjournal.exchange.incoming import Report
from mentorjournal.storage.models import ActionItem, Reflection
from tests.exchange.conftest import IMPORTS, preview, refused, run_import, state
from tests.fixtures.imports import bad_inputs

OBSIDIAN = IMPORTS / "obsidian"
MENTORING = OBSIDIAN / "vault-mentoring"
ZIP = OBSIDIAN / "vault-mentoring.zip"
PERIODIC = OBSIDIAN / "vault-periodic-notes"
TASKS = OBSIDIAN / "vault-tasks-demo"


def on(day: str) -> Reflection:
    return Reflection.get(Reflection.written_at == dt.datetime.fromisoformat(day))


def sha(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("path", [MENTORING, ZIP, PERIODIC, TASKS])
def test_every_vault_is_detected(path):
    assert imports.detect(path).format == "obsidian"


def test_daily_notes_map_field_by_field(journal):
    summary = run_import(MENTORING)
    assert summary.created["reflection"] == 4  # the four daily notes, not Inbox/People/Templates

    friday = on("2024-03-01 00:00")
    assert friday.title == "Friday, 1 March 2024"
    assert (friday.confidence, friday.motivation) == (7, 8)
    assert records.tags_of(friday) == [
        "career/growth",
        "journal",
        "mentoring",
        "mood:good",
        "presentation-skills",
    ]
    assert "First session with Ana Schmidt (or Ana for short)." in friday.body
    assert "the\ngoals she set and about my #presentation-skills." in friday.body
    board = sha(MENTORING / "attachments/whiteboard.png")
    shot = sha(MENTORING / "attachments/Screenshot 2024-03-01 at 10.15.00.png")
    assert f"![whiteboard.png](mj-attachment:{board})" in friday.body
    assert f"smaller: ![Screenshot 2024-03-01 at 10.15.00.png](mj-attachment:{shot})" in friday.body
    assert "![remote](https://example.com/tracker.png)" in friday.body  # kept, never loaded
    assert "- [ ] Send Ana the slides 📅 2024-03-05" in friday.body  # task lines stay
    assert [a.name for a in attachments.attachments_of("reflection", friday.id)] == [
        "whiteboard.png",
        "Screenshot 2024-03-01 at 10.15.00.png",
    ]

    saturday = on("2024-03-02 00:00")  # BOM, CRLF, date from the file name only
    assert "\r" not in saturday.body and not saturday.body.startswith("\ufeff")
    assert records.tags_of(saturday) == [
        "career/growth",  # #Career/Growth is the tag Friday brought in (case folded)
        "in-heading",
        "reflection",
        "y2024",
        "über-mut",
    ]

    sunday = on("2024-03-05 00:00")  # the front matter's date wins over the file name
    assert (sunday.confidence, sunday.motivation) == (None, None)
    assert sunday.created_at == dt.datetime(2024, 3, 3, 21, 15)  # created: …+01:00
    assert records.tags_of(sunday) == ["journal", "mood:hopeful", "mood:tired", "weekly review"]

    assert on("2024-03-31 00:00").confidence == 6  # "6" quoted: still a whole number

    reasons = {f.reason: f for f in summary.not_mapped}
    assert (
        reasons["confidence values that are not a whole number from 1 to 10 (left empty)"].count
        == 1
    )
    assert (
        reasons["motivation values that are not a whole number from 1 to 10 (left empty)"].count
        == 2
    )
    skipped = reasons["notes that are not daily notes (not imported; --all-notes takes them too)"]
    assert skipped.count == 2 and "People/Ana Schmidt.md" in skipped.examples


def test_tasks_become_action_items(journal):
    summary = run_import(MENTORING)
    assert summary.created["action"] == 6
    actions = {a.text: a for a in ActionItem.select()}
    assert (actions["Send Ana the slides"].due_on, actions["Send Ana the slides"].done_on) == (
        dt.date(2024, 3, 5),
        None,
    )
    booked = actions["Book the next session"]
    assert (booked.due_on, booked.done_on) == (dt.date(2024, 3, 2), dt.date(2024, 3, 1))
    assert actions["Read the chapter on feedback"].due_on is None  # ⏳ is no due date
    assert actions["Weekly review"].due_on == dt.date(2024, 3, 8)
    assert actions["Finish the retrospective"].done_on == dt.date(2024, 3, 31)
    assert actions["Follow up with Ana Schmidt"].due_on == dt.date(2024, 3, 4)
    assert not any("Cancelled" in text for text in actions)  # [-] is left out, and said so
    assert not any("Not a task" in text for text in actions)
    reasons = {f.reason for f in summary.not_mapped}
    assert "cancelled tasks (not imported as action items)" in reasons
    assert any("recurring" in f.reason for f in summary.notes)


def test_the_zip_is_the_same_vault(journal):
    run_import(ZIP)
    before = state()
    again = run_import(MENTORING)
    assert not again.writes
    assert state() == before


def test_reimport_creates_nothing_and_a_changed_note_is_new(journal, tmp_path):
    vault = tmp_path / "vault"
    shutil.copytree(MENTORING, vault)
    run_import(vault)
    before = state()
    assert not run_import(vault).writes
    assert state() == before
    note = vault / "Journal/2024/03/2024-03-31 Sunday.md"
    note.write_text(note.read_text(encoding="utf-8") + "\nOne more line.\n", encoding="utf-8")
    later = run_import(vault)
    assert later.created["reflection"] == 1 and later.existing["reflection"] == 3


def test_periodic_notes_format_and_capitalised_keys(journal):
    summary = run_import(PERIODIC)
    assert summary.created["reflection"] == 2
    fourth = on("2024-03-04 00:00")
    assert (fourth.confidence, fourth.motivation) == (None, 7)
    assert records.tags_of(fourth) == ["mentoring", "mood:gut"]
    assert on("2024-03-13 00:00").body.startswith("Keine Front Matter.")
    assert any('"zuversicht"' in f.reason for f in summary.not_mapped)


def test_a_chosen_mood_mapping_takes_numbers_only(journal, tmp_path):
    vault = tmp_path / "v"
    (vault / ".obsidian").mkdir(parents=True)
    (vault / "2024-05-01.md").write_text("---\nmood: 7\n---\nA day.\n", encoding="utf-8")
    (vault / "2024-05-02.md").write_text("---\nmood: good\n---\nAnother.\n", encoding="utf-8")
    summary = run_import(vault, mood_to="confidence")
    assert on("2024-05-01 00:00").confidence == 7
    assert on("2024-05-02 00:00").confidence is None
    assert any("not a number from 1 to 10" in f.reason for f in summary.not_mapped)


def test_the_tasks_demo_vault(journal):
    summary = run_import(TASKS)
    assert summary.created["reflection"] == 2  # Daily Notes/2025-06-17 and -19
    assert "```tasks\npreset daily_note_overdue\n```" in on("2025-06-17 00:00").body
    done = ActionItem.get(ActionItem.text == "#task **Done today** on 2025-06-19")
    assert (done.due_on, done.done_on) == (dt.date(2025, 6, 19), dt.date(2025, 6, 19))


def test_all_notes_imports_the_other_notes_with_invalid_dates_reported(journal):
    summary = run_import(TASKS, all_notes=True)
    assert summary.created["reflection"] == 8
    invalid = ActionItem.get(ActionItem.text == "#task Invalid due date")
    assert invalid.due_on is None
    assert ActionItem.get(ActionItem.text == "#task Valid due date").due_on == dt.date(2022, 2, 28)
    assert any("no real date" in f.reason for f in summary.not_mapped)
    picture = Reflection.get(Reflection.title == "HTML from Query")
    names = [a.name for a in attachments.attachments_of("reflection", picture.id)]
    assert "HTML from Query - select an element.png" in names


def test_daily_note_formats():
    pattern = obsidian.format_regex("YYYY/MM/YYYY-MM-DD dddd")
    assert obsidian.parse_name(pattern, "2024/03/2024-03-01 Friday") == dt.date(2024, 3, 1)
    assert obsidian.parse_name(pattern, "2024/04/2024-03-01 Friday") is None  # MM twice
    assert obsidian.parse_name(obsidian.format_regex("DD.MM.YYYY"), "13.03.2024") == dt.date(
        2024, 3, 13
    )
    assert obsidian.parse_name(obsidian.format_regex("YYYY-MM-DD"), "2022-02-29") is None
    long = obsidian.format_regex("YYYY/MMMM/YYYY-MMM-DD")
    assert obsidian.parse_name(long, "2024/March/2024-Mar-05") == dt.date(2024, 3, 5)
    assert obsidian.parse_name(obsidian.format_regex("[Day] YYYY-MM-DD"), "Day 2024-01-02")


def test_inline_tags_follow_obsidians_rules():
    text = (
        "#a #2024 #y2024 #über #x/y `#code` ana@x.org#frag https://e.com/#anchor\n"
        "```\n#fenced\n```\n%% #comment %%\n# Heading #in-heading"
    )
    assert obsidian.inline_tags(text) == ["a", "y2024", "über", "x/y", "in-heading"]


@pytest.mark.parametrize(
    ("name", "problem"),
    [
        ("front-matter-unclosed.md", "without its closing"),
        ("front-matter-not-yaml.md", "not valid YAML"),
    ],
)
def test_broken_front_matter_is_kept_as_text_and_reported(name, problem):
    report = Report()
    text = (OBSIDIAN / "bad" / name).read_text(encoding="utf-8")
    data, body = split_front_matter(text, report, name)
    assert data is None and body == text
    assert any(problem in f.reason for f in report.unmapped.values())


def test_unsafe_yaml_builds_no_objects_and_aliases_do_not_explode():
    report = Report()
    text = (OBSIDIAN / "bad/front-matter-python-tag.md").read_text(encoding="utf-8")
    data, _ = split_front_matter(text, report, "x")
    assert data == {"confidence": ["echo pwned"]}  # a plain list of strings, nothing ran
    text = (OBSIDIAN / "bad/front-matter-yaml-bomb.md").read_text(encoding="utf-8")
    data, body = split_front_matter(text, report, "x")
    assert data is not None and body.startswith("Billion laughs")


def test_hostile_front_matter_in_a_vault_imports_safely(journal, tmp_path):
    vault = tmp_path / "v"
    (vault / ".obsidian").mkdir(parents=True)
    for n, name in enumerate(
        ["front-matter-python-tag.md", "front-matter-yaml-bomb.md", "front-matter-unclosed.md"]
    ):
        shutil.copy(OBSIDIAN / "bad" / name, vault / f"2024-01-0{n + 1}.md")
    summary = run_import(vault)
    assert summary.created["reflection"] == 3
    assert on("2024-01-01 00:00").confidence is None  # the list is no rating
    assert on("2024-01-03 00:00").body.startswith("---\nconfidence: 7")


def test_broken_settings_fall_back_to_the_default_format(journal, tmp_path):
    vault = tmp_path / "v"
    (vault / ".obsidian").mkdir(parents=True)
    shutil.copy(OBSIDIAN / "bad/daily-notes-json-broken.json", vault / ".obsidian/daily-notes.json")
    (vault / "2024-02-01.md").write_text("A note.\n", encoding="utf-8")
    summary = run_import(vault)
    assert summary.created["reflection"] == 1
    assert any("settings files that cannot be read" in f.reason for f in summary.not_mapped)


@pytest.mark.parametrize(
    ("name", "needle"),
    [
        ("bad/vault-path-traversal.zip", "points outside the archive"),
        ("bad/vault-symlink-member.zip", "link or a device"),
    ],
)
def test_unsafe_zips_are_refused(journal, name, needle):
    refused(OBSIDIAN / name, needle, format="obsidian")


def test_a_truncated_zip_and_a_zip_bomb_are_refused(journal, tmp_path):
    refused(bad_inputs.truncated(ZIP, tmp_path / "cut.zip"), "damaged", format="obsidian")
    bomb = bad_inputs.zip_bomb(
        tmp_path / "bomb.zip", members=1, member_megabytes=50, inner_name="vault/2024-01-01.md"
    )
    refused(bomb, "zip bomb", format="obsidian")


def test_links_in_a_vault_folder_are_not_followed(journal, tmp_path):
    vault = tmp_path / "v"
    shutil.copytree(MENTORING, vault)
    (vault / "attachments/secret.png").symlink_to("/etc/hostname")
    summary = preview(vault)
    assert any("links and special files" in f.reason for f in summary.not_mapped)
