"""The command line's import of other apps, attachments and tidy, run as a user runs them."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from mentorjournal.cli import app as cli
from mentorjournal.domain import attachments, records
from mentorjournal.storage.journal import Journal
from mentorjournal.storage.models import Reflection
from tests.cli.test_cli import _snapshot, ok, one_line_error, run
from tests.conftest import FAST, PASSPHRASE

IMPORTS = Path(__file__).resolve().parents[1] / "fixtures" / "imports"
BERLIN = {"TZ": "Europe/Berlin"}


@pytest.fixture
def jpath(tmp_path: Path) -> Path:
    """A fresh, closed, empty journal (test-only KDF)."""
    path = tmp_path / "j.mjournal"
    Journal.create(path, PASSPHRASE, kdf=FAST).close()
    return path


def test_dry_run_lists_what_would_come_and_writes_nothing(jpath):
    before = _snapshot(jpath.parent)
    out = ok(
        "import", "--dry-run", IMPORTS / "dayone/dayone-handwritten-2024.zip", "--journal", jpath
    )
    assert out.splitlines()[:5] == [
        "Dry run: nothing was written.",
        "Format: Day One export (zip)",
        "reflections: 7 new",
        "tags: 8 new",
        "attachments: 5 new (47.3 KB)",
    ]
    assert "not mapped: 1 × photo references whose file is not in the export" in out
    assert _snapshot(jpath.parent) == before
    assert ok("backup", "--list", "--journal", jpath) == ""  # nothing written: no backup


def test_import_then_again_and_the_backup_only_the_first_time(jpath):
    path = IMPORTS / "jrnl/plain-journal.txt"
    out = ok("import", path, "--journal", jpath, env=BERLIN)
    assert "Format: jrnl journal (plain text)" in out and "reflections: 13 imported" in out
    assert "daylight-saving gap" in out
    backups = ok("backup", "--list", "--journal", jpath)
    assert len(backups.splitlines()) == 1 and "before-import" in backups
    again = ok("import", path, "--journal", jpath, env=BERLIN)
    assert "reflections: 0 imported, 13 already imported" in again
    assert ok("backup", "--list", "--journal", jpath) == backups


def test_from_forces_a_format_and_verbose_reports_progress(jpath):
    result = run(
        "import", "--from", "jrnl", "-v", IMPORTS / "jrnl/plain-export.json", "--journal", jpath
    )
    assert result.returncode == 0, result.stderr
    assert "reading" not in result.stdout  # progress goes to stderr, never content
    assert "writing: 13 of 13" in result.stderr
    assert "Neujahr" not in result.stderr


def test_encrypted_jrnl_with_a_password_file(jpath, tmp_path):
    path = IMPORTS / "jrnl/encrypted-v2-jrnl4.3.txt"
    source = path.read_bytes()
    one_line_error(run("import", path, "--journal", jpath), 2, "encrypted", "--password-file")
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("nope\n")
    one_line_error(
        run("import", path, "--password-file", wrong, "--journal", jpath), 3, "does not open it"
    )
    right = tmp_path / "pw.txt"
    right.write_text("mentor-test-pw 🔑\n", encoding="utf-8")
    out = ok("import", path, "--password-file", right, "--journal", jpath)
    assert "reflections: 13 imported" in out
    assert path.read_bytes() == source


def test_mood_to_puts_daylio_moods_into_motivation(jpath):
    ok(
        "import",
        "--mood-to",
        "motivation",
        IMPORTS / "daylio/handwritten-scales-en.csv",
        "--journal",
        jpath,
    )
    with Journal.open(jpath, PASSPHRASE):
        awful = Reflection.get(Reflection.written_at == "2024-06-17 18:00:00")
        assert (awful.motivation, awful.confidence) == (2, None)  # awful = level 1


@pytest.mark.parametrize(
    ("name", "code", "needles"),
    [
        ("dayone/bad/path-traversal.zip", 2, ("outside the archive",)),
        ("dayone/bad/truncated.zip", 2, ("damaged or incomplete",)),
        ("daylio/bad/bank-statement.csv", 2, ("CSV file of an app", "--from")),
        ("joplin/bad/truncated.jex", 2, ("cut short",)),
        ("jrnl/bad/plain-journal-latin1.txt", 2, ("not UTF-8",)),
        ("obsidian/bad/vault-symlink-member.zip", 2, ("link or a device",)),
        ("nothing-here.zip", 1, ("No file or folder",)),
    ],
)
def test_bad_exports_get_one_line_and_change_nothing(jpath, name, code, needles):
    before = _snapshot(jpath.parent)
    one_line_error(run("import", IMPORTS / name, "--journal", jpath), code, *needles)
    assert _snapshot(jpath.parent) == before


def test_attach_list_and_detach(jpath, tmp_path):
    with Journal.open(jpath, PASSPHRASE):
        record = records.create("reflection", title="With a picture", written_at="2024-05-01 09:00")
    picture = IMPORTS / "joplin/attachments-in/whiteboard.png"
    out = ok("attach", "reflection", str(record.id), picture, "--journal", jpath)
    assert (
        out == f"Attached whiteboard.png (167 bytes) to reflection {record.id} as attachment 1.\n"
    )
    listed = ok("attachments", "reflection", str(record.id), "--journal", jpath)
    sha = hashlib.sha256(picture.read_bytes()).hexdigest()
    assert listed == f"1  whiteboard.png  167 bytes  image/png  {sha[:12]}\n"
    found = ok("search", "whiteboard", "--journal", jpath)
    assert "With a picture" in found
    big = tmp_path / "big.bin"
    with open(big, "wb") as fh:
        fh.truncate(attachments.MAX_SIZE + 1)
    one_line_error(
        run("attach", "reflection", str(record.id), big, "--journal", jpath), 2, "at most 50.0 MB"
    )
    one_line_error(
        run("attach", "reflection", "99", picture, "--journal", jpath), 1, "No reflection"
    )
    assert ok("detach", "reflection", str(record.id), "whiteboard.png", "--journal", jpath) == (
        f"Removed whiteboard.png from reflection {record.id}.\n"
    )
    assert "No attachments" in ok("attachments", "reflection", str(record.id), "--journal", jpath)


def test_tidy_tags(jpath):
    with Journal.open(jpath, PASSPHRASE):
        records.create(
            "reflection", written_at="2024-05-01 09:00", tags=["career", "Career/Growth"]
        )
        records.create("reflection", written_at="2024-05-02 09:00", tags=["career growth"])
    out = ok("tidy", "merge", "tag", "career", "career growth", "Career/Growth", "--journal", jpath)
    assert (
        out
        == "Merged the tag 'career, career growth' into 'Career/Growth' (moved: 2 reflections).\n"
    )
    assert ok("tidy", "tags", "--journal", jpath) == "Career/Growth  (2 reflections, 0 sessions)\n"
    assert "Renamed the tag" in ok(
        "tidy", "rename", "tag", "Career/Growth", "growth", "--journal", jpath
    )
    one_line_error(run("tidy", "rename", "tag", "growth", "--journal", jpath), 2, "old and the new")
    one_line_error(run("tidy", "merge", "tag", "nope", "x", "--journal", jpath), 1, "No tag")


def test_help_names_every_format_and_command(capsys):
    assert cli.main(["import", "--help"]) == 0
    text = capsys.readouterr().out
    for word in ("jrnl", "Day One", "Daylio", "Joplin", "Obsidian", "--dry-run", "--mood-to"):
        assert word in text
    assert cli.main(["--help"]) == 0
    top = capsys.readouterr().out
    for command in ("attach", "attachments", "detach", "tidy"):
        assert command in top
