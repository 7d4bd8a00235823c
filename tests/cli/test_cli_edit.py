"""``--edit`` in a real editor (stand-in scripts), ``edit``, ``delete``, the trash,
``--json`` and dates in words: the command line run as a separate process."""

from __future__ import annotations

import datetime as dt
import json
import os
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from mentorjournal.cli.editor import SCISSORS
from mentorjournal.domain import records, trash
from mentorjournal.storage.journal import Journal
from mentorjournal.storage.models import Person, Reflection, Session
from tests.cli.test_cli import ROOT, ok, one_line_error, run
from tests.conftest import FAST, PASSPHRASE

NO_EDITOR = {"VISUAL": "", "EDITOR": ""}


@pytest.fixture
def jpath(tmp_path: Path) -> Path:
    """A fresh, closed, empty journal (test-only KDF)."""
    path = tmp_path / "j.mjournal"
    Journal.create(path, PASSPHRASE, kdf=FAST).close()
    return path


def editor_script(tmp_path: Path, body: str, name: str = "editor") -> Path:
    """An executable stand-in for an editor: Python, given the file as argv[1]."""
    script = tmp_path / f"{name}.py"
    script.write_text(
        f"#!{sys.executable}\n"
        "import os, stat, sys, json\n"
        "path = sys.argv[1]\n" + textwrap.dedent(body),
        encoding="utf-8",
    )
    script.chmod(0o755)
    return script


def with_editor(script: Path, **extra: str) -> dict[str, str]:
    return {"VISUAL": "", "EDITOR": str(script), **extra}


#: Records what it saw (the file's mode, its folder's mode, the text) beside itself,
#: then writes a title, a body with a Markdown heading, and junk after the scissors.
RECORDING = """
    seen = {
        "path": path,
        "file_mode": stat.S_IMODE(os.stat(path).st_mode),
        "dir_mode": stat.S_IMODE(os.stat(os.path.dirname(path)).st_mode),
        "text": open(path, encoding="utf-8").read(),
    }
    with open(os.path.join(os.path.dirname(sys.argv[0]), "seen.json"), "w") as fh:
        json.dump(seen, fh)
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(NEW)
"""


def recording_editor(tmp_path: Path, new_text: str) -> Path:
    return editor_script(tmp_path, f"NEW = {new_text!r}\n" + textwrap.dedent(RECORDING))


def seen(tmp_path: Path) -> dict:
    return json.loads((tmp_path / "seen.json").read_text(encoding="utf-8"))


def test_add_edit_writes_in_a_private_file_that_is_gone_afterwards(jpath, tmp_path):
    written = "After the 1:1\n\nFelt heard.\n\n# A heading stays\n\n" + SCISSORS + "\nhelp text\n"
    script = recording_editor(tmp_path, written)
    out = ok("add", "reflection", "--journal", jpath, "--edit", env=with_editor(script))
    assert out.startswith("Added reflection 1")
    saw = seen(tmp_path)
    assert saw["file_mode"] == 0o600 and saw["dir_mode"] == 0o700
    assert SCISSORS in saw["text"]  # the help sits below the scissors line
    assert not Path(saw["path"]).exists() and not Path(saw["path"]).parent.exists()
    with Journal.open(jpath, PASSPHRASE):
        entry = records.get("reflection", 1)
        assert entry.title == "After the 1:1"
        assert entry.body == "Felt heard.\n\n# A heading stays\n"


def test_visual_comes_first_and_is_split_like_a_shell_line(jpath, tmp_path):
    script = editor_script(
        tmp_path,
        """
        assert sys.argv[1] == "--wait", sys.argv
        with open(sys.argv[2], "w") as fh:
            fh.write("Call Sam about the offsite")
        """,
    )
    env = {"VISUAL": f"{sys.executable} {script} --wait", "EDITOR": "/bin/false"}
    ok("add", "action", "--journal", jpath, "--edit", env=env)
    with Journal.open(jpath, PASSPHRASE):
        assert records.get("action", 1).text == "Call Sam about the offsite\n"


def test_a_failing_editor_saves_nothing_and_leaves_no_file(jpath, tmp_path):
    script = editor_script(
        tmp_path,
        """
        open(path, "w").write("Private words")
        open(os.path.join(os.path.dirname(sys.argv[0]), "where"), "w").write(path)
        sys.exit(3)
        """,
    )
    result = run("add", "reflection", "--journal", jpath, "--edit", env=with_editor(script))
    one_line_error(result, 2, "Nothing saved", "status 3")
    assert not Path((tmp_path / "where").read_text()).parent.exists()
    with Journal.open(jpath, PASSPHRASE):
        assert Reflection.select().count() == 0


def test_an_editor_that_is_not_there_is_named(jpath):
    env = {"VISUAL": "", "EDITOR": "no-such-editor-here --flag"}
    result = run("add", "reflection", "--journal", jpath, "--edit", env=env)
    one_line_error(result, 2, "Nothing saved", "no-such-editor-here", "not found")


def test_an_empty_text_saves_nothing(jpath, tmp_path):
    script = editor_script(
        tmp_path, f"open(path, 'w').write('\\n\\n' + {SCISSORS!r} + '\\nhelp')\n"
    )
    result = run("add", "reflection", "--journal", jpath, "--edit", env=with_editor(script))
    one_line_error(result, 1, "Nothing saved (the text was empty)")
    with Journal.open(jpath, PASSPHRASE):
        assert Reflection.select().count() == 0


def test_interrupting_the_editor_removes_the_file(jpath, tmp_path):
    script = editor_script(
        tmp_path,
        """
        import signal, time
        open(path, "w").write("half a thought")
        open(os.path.join(os.path.dirname(sys.argv[0]), "where"), "w").write(path)
        os.kill(os.getppid(), signal.SIGINT)
        time.sleep(30)
        """,
    )
    result = run("add", "reflection", "--journal", jpath, "--edit", env=with_editor(script))
    assert result.returncode == 130, result.stderr
    assert not Path((tmp_path / "where").read_text()).parent.exists()
    with Journal.open(jpath, PASSPHRASE):
        assert Reflection.select().count() == 0


def test_no_editor_and_no_terminal_is_a_clear_error(jpath):
    result = run("add", "reflection", "--journal", jpath, "--edit", input="text\n", env=NO_EDITOR)
    one_line_error(result, 2, "--edit needs an editor", "--body -")


def test_no_editor_reads_the_terminal_until_ctrl_d(jpath):
    pty = pytest.importorskip("pty")
    master, slave = pty.openpty()
    env = {k: v for k, v in os.environ.items() if not k.startswith("MENTORJOURNAL_")}
    env |= {
        "MENTORJOURNAL_DATA_DIR": os.environ["MENTORJOURNAL_DATA_DIR"],
        "MENTORJOURNAL_PASSPHRASE": PASSPHRASE,
        **NO_EDITOR,
    }
    child = subprocess.Popen(
        [sys.executable, "-m", "mentorjournal", "add", "win", "--journal", str(jpath), "--edit"],
        stdin=slave,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        cwd=ROOT,
        start_new_session=True,
    )
    os.close(slave)
    try:
        os.write(master, b"Gave the talk\n\nIt went well.\n")
        os.write(master, b"\x04")  # Ctrl+D on a new line
        out, err = child.communicate(timeout=60)
    finally:
        os.close(master)
        if child.poll() is None:
            child.kill()
    assert child.returncode == 0, err
    assert b"Ctrl+D" in err and out.startswith(b"Added win 1")
    with Journal.open(jpath, PASSPHRASE):
        win = records.get("win", 1)
        assert (win.title, win.description) == ("Gave the talk", "It went well.\n")


def test_edit_changes_only_the_fields_given(jpath):
    with Journal.open(jpath, PASSPHRASE):
        records.create("goal", title="Lead a project", progress=10, description="Why.")
    out = ok("edit", "goal", "1", "--journal", jpath, "--progress", "60")
    assert out.strip() == "Changed goal 1: progress"
    shown = json.loads(ok("show", "goal", "1", "--journal", jpath, "--json"))
    assert (shown["title"], shown["progress"], shown["description"]) == (
        "Lead a project",
        60,
        "Why.",
    )
    result = run("edit", "goal", "1", "--journal", jpath, "--progress", "160")
    one_line_error(result, 2, "--progress")
    assert (
        "Nothing changed" in run("edit", "goal", "1", "--journal", jpath, "--progress", "60").stderr
    )
    one_line_error(run("edit", "goal", "1", "--journal", jpath), 2, "Nothing to change")
    one_line_error(run("edit", "goal", "9", "--journal", jpath, "--progress", "1"), 1, "No goal")
    ok("edit", "goal", "1", "--journal", jpath, "--description", "")
    with Journal.open(jpath, PASSPHRASE):
        assert records.get("goal", 1).description in (None, "")


def test_add_and_edit_json_is_the_shape_of_show_json(jpath):
    added = json.loads(
        ok("add", "person", "--journal", jpath, "--name", "Ada", "--relation", "mentor", "--json")
    )
    assert added == json.loads(ok("show", "person", "1", "--journal", jpath, "--json"))
    edited = json.loads(
        ok("edit", "person", "1", "--journal", jpath, "--organisation", "Co", "--json")
    )
    assert edited == json.loads(ok("show", "person", "1", "--journal", jpath, "--json"))
    assert edited["organisation"] == "Co" and set(edited) == set(added)


def test_edit_in_the_editor_starts_from_the_current_text(jpath, tmp_path):
    with Journal.open(jpath, PASSPHRASE):
        records.create("reflection", title="Week 12", body="First draft.\n", confidence=6)
    script = recording_editor(tmp_path, "Week 12, later\n\nSecond draft.\n")
    out = ok("edit", "reflection", "1", "--journal", jpath, "--edit", env=with_editor(script))
    assert "title" in out and "body" in out
    saw = seen(tmp_path)
    assert saw["text"].startswith("Week 12\n\nFirst draft.\n" + SCISSORS)
    with Journal.open(jpath, PASSPHRASE):
        entry = records.get("reflection", 1)
        assert (entry.title, entry.body, entry.confidence) == (
            "Week 12, later",
            "Second draft.\n",
            6,
        )


def test_delete_says_what_went_along_and_restore_brings_it_back(jpath):
    with Journal.open(jpath, PASSPHRASE):
        ada = records.create("person", name="Ada", relation="mentor")
        for day in (1, 2):
            records.create("session", person=ada.id, role="mentee", held_at=f"2026-03-0{day} 10:00")
    out = ok("delete", "person", "1", "--journal", jpath)
    assert out.startswith("Moved person 1 and 2 sessions to the trash;")
    batch = out.split("trash restore ")[1].split("`")[0]
    listed = ok("trash", "list", "--journal", jpath)
    assert listed.startswith(batch) and "person 1: Ada" in listed and "2 sessions" in listed
    one_line_error(run("show", "person", "1", "--journal", jpath), 1, "in the trash")
    one_line_error(run("trash", "restore", "ffff0000", "--journal", jpath), 1, "No batch")
    assert (
        ok("trash", "restore", batch, "--journal", jpath).strip()
        == "Restored 1 person, 2 sessions."
    )
    with Journal.open(jpath, PASSPHRASE):
        assert Person.select().count() == 1 and Session.select().count() == 2
        assert trash.count() == 0
    one_line_error(run("delete", "person", "7", "--journal", jpath), 1, "No person")


def test_emptying_the_trash_asks_unless_yes(jpath):
    with Journal.open(jpath, PASSPHRASE):
        records.delete("reflection", records.create("reflection", title="gone").id)
    one_line_error(run("trash", "empty", "--journal", jpath), 2, "--yes")
    with Journal.open(jpath, PASSPHRASE):
        assert trash.count() == 1
    out = ok("trash", "empty", "--journal", jpath, "--yes")
    assert out.strip() == "Deleted 1 records for good."
    with Journal.open(jpath, PASSPHRASE):
        assert trash.count() == 0 and Reflection.select().count() == 0
    assert "The trash is empty." in run("trash", "list", "--journal", jpath).stderr


def test_dates_in_words_for_every_date_option(jpath):
    today = dt.date.today()
    ok("add", "skill", "--journal", jpath, "--name", "Speaking")
    ok(
        "add",
        "rating",
        "--journal",
        jpath,
        "--skill",
        "Speaking",
        "--value",
        "6",
        "--rated-on",
        "yesterday",
    )
    ok("add", "action", "--journal", jpath, "--text", "Draft", "--due-on", "friday")
    ok("add", "reflection", "--journal", jpath, "--title", "t", "--written-at", "3 days ago 09:30")
    with Journal.open(jpath, PASSPHRASE):
        assert records.get("rating", 1).rated_on == today - dt.timedelta(days=1)
        due = records.get("action", 1).due_on
        assert due.weekday() == 4 and 0 <= (due - today).days < 7  # the coming Friday
        written = records.get("reflection", 1).written_at
        assert written == dt.datetime.combine(today - dt.timedelta(days=3), dt.time(9, 30))
    rows = json.loads(
        ok("list", "--journal", jpath, "--since", "2 days ago", "--until", "today", "--json")
    )
    assert [r["kind"] for r in rows] == ["rating"]
    result = run("add", "win", "--journal", jpath, "--title", "x", "--won-on", "last fryday")
    one_line_error(result, 2, "--won-on", "not a date", "last/next WEEKDAY")
    result = run("list", "--journal", jpath, "--since", "someday")
    assert result.returncode == 2 and "not a date: 'someday'" in result.stderr
    assert (
        "not a real date" in run("search", "x", "--journal", jpath, "--until", "2026-02-30").stderr
    )


def test_version_needs_neither_the_parser_nor_the_core():
    code = (
        "import sys\n"
        "from mentorjournal.cli.app import main\n"
        "assert main(['--version']) == 0\n"
        "heavy = ('peewee', 'sqlcipher3', 'mentorjournal.storage', 'mentorjournal.domain',"
        " 'mentorjournal.cli.records', 'platformdirs', 'shtab')\n"
        "print(sorted(m for m in sys.modules if m.startswith(heavy)))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60
    )
    assert result.returncode == 0, result.stderr
    version, loaded = result.stdout.splitlines()
    assert version.startswith("mentorjournal ") and loaded == "[]"


def test_editor_files_are_made_private_even_with_an_open_umask(jpath, tmp_path):
    script = recording_editor(tmp_path, "Title\n\nText\n")
    old = os.umask(0)
    try:
        ok("add", "reflection", "--journal", jpath, "--edit", env=with_editor(script))
    finally:
        os.umask(old)
    assert seen(tmp_path)["file_mode"] == stat.S_IRUSR | stat.S_IWUSR
