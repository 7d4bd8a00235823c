"""The command line, run as a user runs it: a separate process on a real journal.

Journals are made in-process with the test-only KDF (opening reads the profile
from the file, so the CLI is quick on them); ``init`` and ``demo`` use the real
one. Quick checks of parsing and output formatting call ``cli.main`` directly.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from mentorjournal.cli import app as cli
from mentorjournal.cli import output as cli_output
from mentorjournal.domain import records
from mentorjournal.errors import ValidationError, WrongPassphrase
from mentorjournal.storage.backups import Backups
from mentorjournal.storage.journal import Journal
from mentorjournal.storage.models import Reflection, SkillRating
from tests.conftest import FAST, PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]
NEW_PASSPHRASE = "a brand new passphrase"


@pytest.fixture
def jpath(tmp_path: Path) -> Path:
    """A fresh, closed, empty journal (test-only KDF)."""
    path = tmp_path / "j.mjournal"
    Journal.create(path, PASSPHRASE, kdf=FAST).close()
    return path


def run(
    *args: str | Path,
    passphrase: str | None = PASSPHRASE,
    input: str | None = None,
    env: dict[str, str] | None = None,
    entry: str = "module",
) -> subprocess.CompletedProcess[str]:
    """Run the command line in a child process, as a script would."""
    child_env = {k: v for k, v in os.environ.items() if not k.startswith("MENTORJOURNAL_")}
    child_env["MENTORJOURNAL_DATA_DIR"] = os.environ["MENTORJOURNAL_DATA_DIR"]
    child_env["MENTORJOURNAL_CONFIG_DIR"] = os.environ["MENTORJOURNAL_CONFIG_DIR"]
    child_env.pop("NO_COLOR", None)
    if passphrase is not None:
        child_env["MENTORJOURNAL_PASSPHRASE"] = passphrase
    child_env.update(env or {})
    command = (
        [sys.executable, "-m", "mentorjournal"]
        if entry == "module"
        else [sys.executable, str(ROOT / "main.py")]
    )
    result = subprocess.run(
        [*command, *map(str, args)],
        input=input,
        stdin=None if input is not None else subprocess.DEVNULL,
        capture_output=True,
        text=True,
        env=child_env,
        cwd=ROOT,
        timeout=60,
    )
    assert "Traceback" not in result.stderr, result.stderr
    return result


def ok(*args: str | Path, **kwargs) -> str:
    result = run(*args, **kwargs)
    assert result.returncode == 0, result.stderr
    return result.stdout


def one_line_error(result: subprocess.CompletedProcess[str], code: int, *needles: str) -> str:
    """The run failed with ``code`` and exactly one ``mentorjournal: ...`` line."""
    assert result.returncode == code, (result.returncode, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("mentorjournal: "), result.stderr
    for needle in needles:
        assert needle in lines[0], lines[0]
    return lines[0]


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}


# -- creating and opening ----------------------------------------------------


def test_init_with_recovery_key_then_open_with_it(tmp_path):
    path = tmp_path / "new.mjournal"
    secret = tmp_path / "secret.txt"
    secret.write_text(PASSPHRASE + "\n")
    out = ok(
        "init", "--journal", path, "--passphrase-file", secret, "--recovery-key", passphrase=None
    )
    assert path.is_file() and str(path) in out
    key = out.strip().splitlines()[-1]
    assert len(key.split("-")) >= 10
    (tmp_path / "recovery.txt").write_text(key + "\n")
    out = ok(
        "verify",
        "--journal",
        path,
        "--recovery-key-file",
        tmp_path / "recovery.txt",
        passphrase=None,
    )
    assert "sound" in out
    # An existing file is never overwritten.
    before = path.read_bytes()
    one_line_error(run("init", "--journal", path), 1, "already exists")
    assert path.read_bytes() == before


def test_init_from_environment_at_the_default_path(tmp_path):
    out = ok("init")
    default = Path(os.environ["MENTORJOURNAL_DATA_DIR"]) / "journal.mjournal"
    assert default.is_file() and str(default) in out
    with Journal.open(default, PASSPHRASE) as journal:
        assert journal.verify() == []


def test_init_refuses_an_empty_passphrase(tmp_path):
    path = tmp_path / "x.mjournal"
    one_line_error(run("init", "--journal", path, passphrase=""), 2, "empty")
    assert not path.exists()


def test_wrong_passphrase_has_its_own_exit_code_and_changes_nothing(jpath):
    before = _snapshot(jpath.parent)
    result = run("list", "--journal", jpath, passphrase="not the passphrase")
    line = one_line_error(result, WrongPassphrase.exit_code, "Wrong passphrase")
    assert PASSPHRASE not in line and "not the passphrase" not in result.stderr
    assert result.stdout == ""
    assert _snapshot(jpath.parent) == before


def test_missing_journal(tmp_path):
    result = run("list", "--journal", tmp_path / "nowhere.mjournal")
    one_line_error(result, 1, "No journal at", "nowhere.mjournal", "init")


def test_not_a_journal(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("hello\n" * 2000)
    one_line_error(run("verify", "--journal", path), 4)


def test_no_passphrase_and_no_terminal(jpath):
    result = run("list", "--journal", jpath, passphrase=None)
    one_line_error(result, 2, "MENTORJOURNAL_PASSPHRASE", "--passphrase-file")


def test_passphrase_file_keeps_everything_but_the_line_ending(tmp_path):
    spaced = "  spaces around  "
    path = tmp_path / "spaced.mjournal"
    Journal.create(path, spaced, kdf=FAST).close()
    for name, content in [
        ("lf", spaced + "\nsecond line\n"),
        ("crlf", spaced + "\r\n"),
        ("none", spaced),
    ]:
        (tmp_path / name).write_text(content, newline="")
        ok("list", "--journal", path, "--passphrase-file", tmp_path / name, passphrase=None)
    # The file wins over the environment; a stripped passphrase would be wrong.
    (tmp_path / "stripped").write_text(spaced.strip() + "\n")
    result = run(
        "list", "--journal", path, "--passphrase-file", tmp_path / "stripped", passphrase=spaced
    )
    assert result.returncode == WrongPassphrase.exit_code
    # From stdin, and the global options work after the command name too.
    ok("list", "--journal", path, "--passphrase-file", "-", input=spaced + "\n", passphrase=None)
    one_line_error(
        run("list", "--journal", path, "--passphrase-file", tmp_path / "missing"),
        2,
        "--passphrase-file",
        "no file",
    )


# -- records -----------------------------------------------------------------


def test_add_each_kind_then_list_show_and_search(jpath):
    j = ("--journal", jpath)
    ok("add", "person", *j, "--name", "Ada Lovelace", "--relation", "mentor")
    ok(
        "add",
        "session",
        *j,
        "--person",
        "ada lovelace",
        "--role",
        "mentee",
        "--held-at",
        "2026-03-02 10:00",
        "--format",
        "video",
        "--confidence-before",
        "5",
        "--takeaways",
        "Rehearse the keynote opening",
        "--tag",
        "speaking,feedback",
    )
    ok(
        "add",
        "reflection",
        *j,
        "--title",
        "Before the talk",
        "--body",
        "-",
        "--confidence",
        "6",
        "--session",
        "1",
        input="I felt **nervous** about the zeppelin keynote.\n",
    )
    ok(
        "add",
        "goal",
        *j,
        "--title",
        "Lead a project",
        "--target-date",
        "2026-12-31",
        "--progress",
        "10",
        "--person",
        "1",
    )
    ok(
        "add",
        "action",
        *j,
        "--text",
        "Draft the proposal",
        "--owner",
        "me",
        "--due-on",
        "2026-03-10",
        "--goal",
        "Lead a project",
    )
    ok("add", "skill", *j, "--name", "Public speaking", "--target-level", "8")
    ok("add", "rating", *j, "--skill", "public speaking", "--value", "6", "--source", "mentor")
    out = ok(
        "add", "win", *j, "--title", "Gave the keynote", "--won-on", "2026-03-20", "--skill", "1"
    )
    assert out.startswith("Added win 1 (")

    rows = json.loads(ok("list", *j, "--json"))
    assert {r["kind"] for r in rows} == {
        "person",
        "session",
        "reflection",
        "goal",
        "action",
        "rating",
        "win",
    }
    text = ok("list", "reflection", "session", *j)
    assert "Before the talk" in text and "Session with Ada Lovelace" in text
    assert "Public speaking" in ok("list", "skill", *j)
    assert "Draft the proposal" in ok("list", "--open", *j)

    session = json.loads(ok("show", "session", "1", *j, "--json"))
    assert session["person"]["label"] == "Ada Lovelace"
    assert session["tags"] == ["feedback", "speaking"] and session["confidence_before"] == 5
    shown = ok("show", "reflection", "1", *j)
    assert "I felt **nervous** about the zeppelin keynote." in shown
    rating = json.loads(ok("show", "rating", "1", *j, "--json"))
    assert rating["value"] == 6 and rating["skill"]["label"] == "Public speaking"
    assert json.loads(ok("show", "rating", rating["uuid"], *j, "--json"))["id"] == 1
    action = json.loads(ok("show", "action", "1", *j, "--json"))
    assert action["goal"]["label"] == "Lead a project"

    found = ok("search", "zeppel", *j)
    assert "reflection 1" in found and "[zeppelin]" in found and "\x1b[" not in found
    hits = json.loads(ok("search", "keynote", "--kind", "session,win", *j, "--json"))
    assert {h["kind"] for h in hits} == {"session", "win"}
    assert "\x02keynote\x03" in hits[0]["snippet"]
    nothing = run("search", "xylophone", *j)
    assert nothing.returncode == 0 and nothing.stdout == "" and "No matches" in nothing.stderr
    one_line_error(run("show", "goal", "99", *j), 1, "No goal with id 99")


def test_bad_rating_is_refused_naming_the_field_and_nothing_changes(jpath):
    with Journal.open(jpath, PASSPHRASE):
        records.create("skill", name="Listening")
    before = _snapshot(jpath.parent)
    result = run("add", "rating", "--journal", jpath, "--skill", "Listening", "--value", "11")
    one_line_error(result, ValidationError.exit_code, "--value", "1 to 10")
    result = run("add", "reflection", "--journal", jpath, "--title", "x", "--motivation", "seven")
    one_line_error(result, 2, "--motivation", "1 to 10")
    one_line_error(
        run("add", "session", "--journal", jpath, "--person", "Nobody", "--role", "mentee"),
        2,
        "--person",
        "no person",
    )
    one_line_error(
        run("add", "win", "--journal", jpath, "--title", "x", "--won-on", "2026-02-30"),
        2,
        "--won-on",
        "not a real date",
    )
    assert _snapshot(jpath.parent) == before
    with Journal.open(jpath, PASSPHRASE):
        assert SkillRating.select().count() == 0 and Reflection.select().count() == 0


def test_a_text_option_reads_stdin_and_stdin_is_read_once(jpath):
    ok("add", "action", "--journal", jpath, "--text", "-", input="Call Sam\nabout the offsite\n")
    with Journal.open(jpath, PASSPHRASE):
        assert records.get("action", 1).text == "Call Sam\nabout the offsite\n"
    result = run(
        "add",
        "reflection",
        "--journal",
        jpath,
        "--passphrase-file",
        "-",
        "--body",
        "-",
        input=PASSPHRASE + "\nbody\n",
        passphrase=None,
    )
    one_line_error(result, 2, "stdin")


# -- the file as a whole -----------------------------------------------------


def test_verify_sound_and_damaged(jpath):
    with Journal.open(jpath, PASSPHRASE):
        for i in range(40):
            records.create("reflection", title=f"entry {i}", body="text " * 400)
    assert "sound" in ok("verify", "--journal", jpath)
    data = bytearray(jpath.read_bytes())
    assert len(data) > 20 * 4096
    for offset in range(10 * 4096 + 100, 10 * 4096 + 120):
        data[offset] ^= 0xFF
    jpath.write_bytes(bytes(data))
    result = run("verify", "--journal", jpath)
    one_line_error(result, 4, "integrity check", "damaged")
    assert jpath.read_bytes() == bytes(data)


def test_verify_backups_names_the_damaged_one_and_checks_the_rest(jpath):
    with Journal.open(jpath, PASSPHRASE):
        for i in range(40):
            records.create("reflection", title=f"entry {i}", body="text " * 400)
    ok("backup", "--journal", jpath)
    ok("backup", "--journal", jpath)
    backups = sorted(Backups.for_journal(jpath).list(), key=lambda b: b.created)
    assert len(backups) == 2
    damaged, sound = backups[0].path, backups[1].path
    data = bytearray(damaged.read_bytes())
    for offset in range(10 * 4096 + 100, 10 * 4096 + 120):
        data[offset] ^= 0xFF
    damaged.write_bytes(bytes(data))

    result = run("verify", "--backups", "--journal", jpath)

    assert result.returncode == 4, result.stderr
    assert f"backup {sound.name}: sound" in result.stdout
    assert f"backup {damaged.name}: " in result.stderr
    assert "internal error" not in result.stderr
    assert "1 backup(s) could not be verified" in result.stderr
    assert damaged.read_bytes() == bytes(data)  # verifying changes nothing


def test_passwd_then_only_the_new_passphrase_opens(jpath, tmp_path):
    new_file = tmp_path / "new.txt"
    new_file.write_text(NEW_PASSPHRASE + "\n")
    out = ok("passwd", "--journal", jpath, "--new-passphrase-file", new_file)
    assert "Changed the passphrase" in out and NEW_PASSPHRASE not in out
    result = run("list", "--journal", jpath)
    one_line_error(result, WrongPassphrase.exit_code, "Wrong passphrase")
    ok("list", "--journal", jpath, passphrase=NEW_PASSPHRASE)
    # Scripts can give the new one in the environment too.
    ok(
        "passwd",
        "--journal",
        jpath,
        passphrase=NEW_PASSPHRASE,
        env={"MENTORJOURNAL_NEW_PASSPHRASE": PASSPHRASE},
    )
    ok("list", "--journal", jpath)
    # Without a source for the new passphrase and no terminal: refused, nothing changed.
    one_line_error(run("passwd", "--journal", jpath), 2, "--new-passphrase-file")
    ok("list", "--journal", jpath)


def test_backup_list_and_restore(jpath):
    j = ("--journal", jpath)
    ok("add", "win", *j, "--title", "Kept in the backup")
    backup = Path(ok("backup", *j).strip())
    assert backup.is_file() and backup.suffix == ".mjbackup"
    assert str(backup) in ok("backup", "--list", *j, passphrase=None)
    ok("add", "win", *j, "--title", "Written after the backup")
    assert len(json.loads(ok("list", "win", *j, "--json"))) == 2

    out = ok("restore", backup.name, *j)
    assert "Restored" in out
    titles = [r["title"] for r in json.loads(ok("list", "win", *j, "--json"))]
    assert titles == ["Kept in the backup"]
    reasons = ok("backup", "--list", *j, passphrase=None)
    assert "before-restore" in reasons
    one_line_error(run("restore", "no-such-backup", *j), 1, "No backup")
    one_line_error(run("restore", "latest", *j, passphrase="wrong"), 3, "Wrong passphrase")


def _filled(path: Path) -> Path:
    """Put one record of every kind into the journal at ``path``."""
    with Journal.open(path, PASSPHRASE):
        ada = records.create("person", name="Ada", relation="mentor")
        session = records.create(
            "session",
            person=ada,
            role="mentee",
            held_at="2026-02-01 09:30",
            confidence_before=4,
            confidence_after=7,
            tags=["growth"],
        )
        records.create(
            "reflection",
            written_at="2026-02-01 20:00",
            title="Quasar thoughts",
            body="# Heading\n\nMarkdown *stays* exact.\n",
            session=session,
            confidence=6,
            tags=["growth", "work"],
        )
        goal = records.create("goal", title="Speak at a meetup", person=ada, progress=40)
        records.create("action", text="Book a slot", goal=goal, due_on="2026-03-01")
        skill = records.create("skill", name="Speaking", target_level=8)
        records.create("rating", skill=skill, value=5, rated_on="2026-02-02", session=session)
        records.create("win", title="First talk", won_on="2026-02-20", skill=skill, goal=goal)
    return path


def test_export_json_then_import_into_another_journal(jpath, tmp_path):
    _filled(jpath)
    export = tmp_path / "export.json"
    ok("export", "--format", "json", "--output", export, "--journal", jpath)
    data = json.loads(export.read_text(encoding="utf-8"))
    assert {kind: len(rows) for kind, rows in data["records"].items() if rows} == {
        "tag": 2,
        "person": 1,
        "session": 1,
        "reflection": 1,
        "goal": 1,
        "action": 1,
        "skill": 1,
        "rating": 1,
        "win": 1,
    }
    one_line_error(run("export", "--output", export, "--journal", jpath), 1, "--force")

    other = tmp_path / "other.mjournal"
    Journal.create(other, NEW_PASSPHRASE, kdf=FAST).close()
    out = ok("import", export, "--journal", other, passphrase=NEW_PASSPHRASE)
    assert "10 added" in out
    again = tmp_path / "again.json"
    ok("export", "--output", again, "--journal", other, passphrase=NEW_PASSPHRASE)
    copied = json.loads(again.read_text(encoding="utf-8"))
    assert copied["records"] == data["records"]  # lossless: uuids, times, text, links
    assert "0 added" in ok("import", export, "--journal", other, passphrase=NEW_PASSPHRASE)
    # Through a pipe too.
    piped = ok("export", "--output", "-", "--journal", jpath)
    assert json.loads(piped)["records"] == data["records"]
    ok("import", "-", "--journal", other, passphrase=NEW_PASSPHRASE, input=piped)


def test_import_of_a_bad_file_changes_nothing(jpath, tmp_path):
    _filled(jpath)
    export = tmp_path / "export.json"
    ok("export", "--output", export, "--journal", jpath)
    data = json.loads(export.read_text(encoding="utf-8"))
    data["records"]["rating"][0]["value"] = 11
    data["records"]["rating"][0]["uuid"] = "0f5e2b36-3c1f-4cf4-9f6d-6f0d3b1f2a10"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(data), encoding="utf-8")
    cut = tmp_path / "cut.json"
    cut.write_text(export.read_text(encoding="utf-8")[:200], encoding="utf-8")
    before = _snapshot(jpath.parent)
    one_line_error(run("import", bad, "--journal", jpath), 2, "rating[0].value", "1 to 10")
    one_line_error(run("import", cut, "--journal", jpath), 2, "not valid JSON")
    assert _snapshot(jpath.parent) == before
    assert ok("backup", "--list", "--journal", jpath) == ""  # no leftover backup


def test_export_markdown_and_stats(jpath, tmp_path):
    _filled(jpath)
    ok("export", "--format", "markdown", "--output", tmp_path, "--journal", jpath)
    text = (tmp_path / "mentorjournal-export.md").read_text(encoding="utf-8")
    assert "Quasar thoughts" in text and "Markdown *stays* exact." in text
    piped = ok("export", "--format", "markdown", "--output", "-", "--journal", jpath)

    def body(markdown: str) -> list[str]:  # without the minute-stamped "Exported ..." line
        return [line for line in markdown.splitlines() if not line.startswith("Exported ")]

    assert body(piped) == body(text)
    data = json.loads(ok("stats", "--json", "--today", "2026-02-25", "--journal", jpath))
    assert data["records"] == {
        "reflection": 1,
        "session": 1,
        "person": 1,
        "goal": 1,
        "action": 1,
        "skill": 1,
        "rating": 1,
        "win": 1,
    }
    assert data["summary"]["open_actions"] == 1 and data["summary"]["wins_this_quarter"] == 1
    assert data["sessions_last_12_months"] == {"as_mentee": 1, "as_mentor": 0}
    text = ok("stats", "--today", "2026-02-25", "--journal", jpath)
    assert "1 reflections" in text and "Action items:" in text and "1 open" in text


def test_demo_journal(tmp_path):
    path = tmp_path / "demo.mjournal"
    out = ok(
        "demo",
        "--journal",
        path,
        "--years",
        "1",
        "--seed",
        "3",
        "--scale",
        "0.05",
        "--end",
        "2026-06-30",
    )
    assert "demo journal" in out
    rows = json.loads(ok("list", "--journal", path, "--json", "--limit", "5"))
    assert len(rows) == 5
    one_line_error(run("demo", "--journal", path), 1, "already exists")


def test_python_main_py_dispatches_to_the_command_line(jpath):
    assert "sound" in ok("verify", "--journal", jpath, entry="main")


def test_usage_errors_exit_2():
    assert run("frobnicate").returncode == 2
    assert run("list", "--limit", "zero").returncode == 2
    assert run("add", "unicorn").returncode == 2
    one_line_error(run("search", "x", "--kind", "unicorn"), 2, "--kind", "unknown kind")


# -- in-process checks -----------------------------------------------------


def _all_commands() -> list[list[str]]:
    parser = cli.build_parser()
    top = next(a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction")
    commands = [[name] for name in top.choices]
    add = top.choices["add"]
    kinds = next(a for a in add._actions if a.__class__.__name__ == "_SubParsersAction")
    commands += [["add", kind] for kind in kinds.choices]
    return commands


def test_help_for_every_command(capsys):
    commands = _all_commands()
    assert {c[0] for c in commands} >= {
        "init",
        "add",
        "list",
        "show",
        "search",
        "export",
        "import",
        "backup",
        "restore",
        "verify",
        "passwd",
        "stats",
        "demo",
    }
    assert cli.main(["--help"]) == 0
    for command in commands:
        assert cli.main([*command, "--help"]) == 0, command
        text = capsys.readouterr().out
        assert "usage: mentorjournal" in text and "examples:" in text, command
    assert run("search", "--help").returncode == 0


def test_unexpected_error_is_one_line_with_a_log(monkeypatch, capsys, tmp_path):
    content = "zebra" * 3  # as it appears nowhere in the source

    def boom(args):
        raise RuntimeError(f"{content} {PASSPHRASE}")

    monkeypatch.setattr(cli, "build_parser", _parser_with("verify", boom))
    assert cli.main(["verify"]) == cli.EXIT_BUG
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "bug" in err and "RuntimeError" in err
    log = cli.log_file()
    assert log.is_file() and str(log) in err
    text = log.read_text()
    assert "RuntimeError" in text and content not in text and PASSPHRASE not in text


def test_interrupt_exits_130_quietly(monkeypatch, capsys):
    def interrupted(args):
        raise KeyboardInterrupt

    monkeypatch.setattr(cli, "build_parser", _parser_with("verify", interrupted))
    assert cli.main(["verify"]) == 130
    assert capsys.readouterr().err.strip() == ""


def _parser_with(command: str, handler):
    real = cli.build_parser

    def build():
        parser = real()
        top = next(a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction")
        top.choices[command].set_defaults(handler=handler)
        return parser

    return build


def test_marks_are_bold_only_for_a_terminal():
    snippet = "the \x02keynote\x03 went\nwell \x1b[31m"
    assert cli_output.marked(snippet, bold=False) == "the [keynote] went well [31m"
    assert cli_output.marked(snippet, bold=True) == "the \x1b[1mkeynote\x1b[0m went well [31m"


def test_records_print_in_process(jpath, monkeypatch, capsys):
    monkeypatch.setenv("MENTORJOURNAL_PASSPHRASE", PASSPHRASE)
    with Journal.open(jpath, PASSPHRASE):
        records.create("person", name="Grace", relation="mentee")
    assert cli.main(["show", "person", "1", "--journal", str(jpath)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("person 1  ") and "name:" in out and "Grace" in out
    assert cli.main(["list", "person", "--journal", str(jpath)]) == 0
    assert "Grace" in capsys.readouterr().out


# -- typing secrets at a terminal ------------------------------------------


def run_in_terminal(*args: str | Path, answers: list[str]) -> tuple[int, str, str]:
    """Run with stdin on a pseudo-terminal and type each answer after its prompt."""
    pty = pytest.importorskip("pty")
    import select

    master, slave = pty.openpty()
    env = {k: v for k, v in os.environ.items() if not k.startswith("MENTORJOURNAL_")}
    env["MENTORJOURNAL_DATA_DIR"] = os.environ["MENTORJOURNAL_DATA_DIR"]
    child = subprocess.Popen(
        [sys.executable, "-m", "mentorjournal", *map(str, args)],
        stdin=slave,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        cwd=ROOT,
        start_new_session=True,
    )
    os.close(slave)
    err = b""
    try:
        for n, answer in enumerate(answers, start=1):
            while err.count(b": ") < n:  # each prompt ends with ": "
                ready, _, _ = select.select([child.stderr], [], [], 30)
                assert ready, f"no prompt; stderr so far: {err!r}"
                chunk = os.read(child.stderr.fileno(), 4096)
                assert chunk, f"exited early: {err!r}"
                err += chunk
            os.write(master, answer.encode() + b"\n")
        out, rest = child.communicate(timeout=60)
    finally:
        os.close(master)
        if child.poll() is None:
            child.kill()
    return child.returncode, out.decode(), (err + rest).decode()


def test_typed_passphrase_is_asked_twice_for_a_new_journal(tmp_path):
    path = tmp_path / "typed.mjournal"
    code, _, err = run_in_terminal("init", "--journal", path, answers=[PASSPHRASE, "typo"])
    assert code == 2 and "do not match" in err and not path.exists()
    code, out, err = run_in_terminal("init", "--journal", path, answers=[PASSPHRASE, PASSPHRASE])
    assert code == 0, err
    assert path.is_file() and PASSPHRASE not in out + err


def test_typed_passphrase_opens_a_journal(jpath):
    code, out, err = run_in_terminal("verify", "--journal", jpath, answers=[PASSPHRASE])
    assert code == 0 and "sound" in out, err
    assert "Passphrase" in err and PASSPHRASE not in out + err
