"""``completion bash|zsh|fish`` and the man page: both made from the parser, so every
command is in them; the shells and groff accept what is made."""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from mentorjournal.cli import app as cli

ROOT = Path(__file__).resolve().parents[2]
MAN_PAGE = ROOT / "packaging" / "mentorjournal.1"


def tool(name: str) -> str:
    found = shutil.which(name)
    assert found, f"{name} is missing: make test installs it (scripts/system_check.py --for test)"
    return found


def commands() -> dict[str, list[str]]:
    """Every command, and the kinds or actions under it."""
    parser = cli.build_parser()
    found: dict[str, list[str]] = {}
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                found[name] = [
                    child
                    for a in sub._actions
                    if isinstance(a, argparse._SubParsersAction)
                    for child in a.choices
                ]
    return found


def script(shell: str, capsys) -> str:
    assert cli.main(["completion", shell]) == 0
    return capsys.readouterr().out


def test_there_are_the_new_commands():
    found = commands()
    assert {"edit", "delete", "trash", "completion", "add", "list"} <= set(found)
    assert found["trash"] == ["list", "restore", "empty"]


@pytest.mark.parametrize("shell", ["bash", "zsh", "fish"])
def test_every_command_is_in_the_script(shell, capsys):
    text = script(shell, capsys)
    for name, children in commands().items():
        assert name in text, name
        for child in children:
            assert child in text, (name, child)
    assert "passphrase-file" in text and "due-on" in text  # fish spells them `-l due-on`


def test_bash_accepts_the_script_and_completes_commands_and_options(capsys, tmp_path):
    path = tmp_path / "mentorjournal.bash"
    path.write_text(script("bash", capsys), encoding="utf-8")
    bash = tool("bash")
    assert subprocess.run([bash, "-n", str(path)], capture_output=True).returncode == 0

    def complete(*words: str) -> list[str]:
        line = " ".join(("mentorjournal", *words))
        program = (
            f"source {path}; COMP_WORDS=(mentorjournal {' '.join(words)}); "
            f"COMP_CWORD={len(words)}; COMP_LINE='{line}'; COMP_POINT={len(line)}; "
            'COMPREPLY=(); _shtab_mentorjournal; printf "%s\\n" "${COMPREPLY[@]}"'
        )
        result = subprocess.run([bash, "-c", program], capture_output=True, text=True, timeout=30)
        assert result.returncode == 0, result.stderr
        return result.stdout.split()

    assert complete("tr") == ["trash"]
    assert complete("trash", "re") == ["restore"]
    assert "--due-on" in complete("edit", "action", "3", "--du")
    assert complete("completion", "fi") == ["fish"]


def test_fish_accepts_the_script_and_completes_commands(capsys, tmp_path):
    path = tmp_path / "mentorjournal.fish"
    path.write_text(script("fish", capsys), encoding="utf-8")
    fish = tool("fish")
    checked = subprocess.run([fish, "--no-execute", str(path)], capture_output=True, text=True)
    assert checked.returncode == 0, checked.stderr

    def complete(line: str) -> list[str]:
        result = subprocess.run(
            [fish, "--no-config", "-c", f"source {path}; complete -C '{line}'"],
            capture_output=True,
            text=True,
            timeout=30,
        )
        assert result.returncode == 0, result.stderr
        return [row.split("\t")[0] for row in result.stdout.splitlines()]

    assert complete("mentorjournal tra") == ["trash"]
    assert complete("mentorjournal trash re") == ["restore"]
    assert "--due-on" in complete("mentorjournal edit action 3 --du")


def test_zsh_script_defines_its_function(capsys):
    text = script("zsh", capsys)
    assert text.startswith("#compdef mentorjournal")
    zsh = shutil.which("zsh")
    if zsh:  # not in make test's list of tools: checked where it is installed
        assert subprocess.run([zsh, "-n", "-c", text], capture_output=True).returncode == 0


def test_an_unknown_shell_is_a_usage_error(capsys):
    assert cli.main(["completion", "tcsh"]) == 2
    assert "invalid choice" in capsys.readouterr().err


# -- the man page -----------------------------------------------------------------


def test_the_man_page_is_current_and_lists_every_command(tmp_path):
    fresh = tmp_path / "mentorjournal.1"
    made = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "make_manpage.py"), str(fresh)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert made.returncode == 0, made.stderr
    page = fresh.read_text(encoding="utf-8")
    assert page == MAN_PAGE.read_text(encoding="utf-8"), "run `make man` and commit the page"
    for name, children in commands().items():
        assert f'.SS "mentorjournal {name}"' in page, name
        for child in children:
            assert f'.SS "mentorjournal {name} {child}"' in page, (name, child)
    for section in ("NAME", "SYNOPSIS", "OPTIONS", "COMMANDS", "ENVIRONMENT", "EXIT STATUS"):
        assert f".SH {section}" in page
    assert "\\fB70\\fR" in page  # the exit codes, from the parser's module


def test_groff_renders_the_man_page_without_warnings():
    groff = tool("groff")
    result = subprocess.run(
        [groff, "-man", "-Tutf8", "-ww", str(MAN_PAGE)], capture_output=True, timeout=60
    )
    assert result.returncode == 0 and result.stderr == b"", result.stderr
    text = re.sub(".\b", "", result.stdout.decode("utf-8"))  # no overstruck bold
    assert "mentorjournal trash restore" in text and "EXIT STATUS" in text
