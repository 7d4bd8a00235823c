"""Write the man page of the command line, mentorjournal(1), from its argparse parser.

    .venv/bin/python scripts/make_manpage.py [OUTPUT]   # default: packaging/mentorjournal.1
    make man

Every command, kind and option comes from ``mentorjournal.cli.app.build_parser``,
so the page says what ``--help`` says; tests/cli/test_manpage.py fails when the
page in packaging/ is older than the parser. The output does not depend on the
machine (the default journal path is shown as on Linux) or on the date.
View it with ``man -l packaging/mentorjournal.1``.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_OUTPUT = ROOT / "packaging" / "mentorjournal.1"
#: Shown as the default journal folder, whatever this machine's is.
SHOWN_DATA_DIR = "~/.local/share/MentorJournal"

ENVIRONMENT = (
    ("MENTORJOURNAL_PASSPHRASE", "the passphrase of the journal (for scripts)."),
    ("MENTORJOURNAL_NEW_PASSPHRASE", "the new passphrase for passwd."),
    ("VISUAL, EDITOR", "the editor --edit opens (VISUAL first); split like a shell line."),
    ("MENTORJOURNAL_DATA_DIR", "where the journal, backups and logs are kept by default."),
    ("MENTORJOURNAL_CONFIG_DIR", "where the settings are kept."),
    ("NO_COLOR", "no bold search matches in a terminal."),
)


def text(value: str) -> str:
    """Plain text for roff: backslashes escaped, no line starting a request."""
    value = value.replace("\\", "\\e")
    lines = []
    for line in value.split("\n"):
        if line.startswith((".", "'")):
            line = "\\&" + line
        lines.append(line)
    return "".join(ch if ord(ch) < 128 else f"\\[u{ord(ch):04X}]" for ch in "\n".join(lines))


def option(value: str) -> str:
    """An option name or usage fragment: hyphens as real minus signs."""
    return text(value).replace("-", "\\-")


def paragraph(value: str | None) -> list[str]:
    """A description or epilog: kept line by line (they are written as such)."""
    if not value:
        return []
    out: list[str] = []
    for block in value.strip("\n").split("\n\n"):
        lines = block.split("\n")
        if any(line.startswith("  ") for line in lines):
            out += [".PP", ".nf", text("\n".join(lines)), ".fi"]
        else:
            out += [".PP", text(" ".join(line.strip() for line in lines))]
    return out


def options_of(parser: argparse.ArgumentParser, skip: set[str]) -> list[str]:
    out: list[str] = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction) or action.help == argparse.SUPPRESS:
            continue
        if any(s in skip for s in action.option_strings):
            continue
        if action.option_strings:
            names = ", ".join(action.option_strings)
            if action.nargs != 0:
                names += " " + (action.metavar or action.dest.upper())
        else:
            names = str(action.metavar or action.dest)
        out += [".TP", f"\\fB{option(names)}\\fR", text(_help(action))]
    return out


def _help(action: argparse.Action) -> str:
    value = action.help or ""
    if "%(" in value:
        value = value % {"default": action.default, "prog": "mentorjournal"}
    return value


def subcommands(parser: argparse.ArgumentParser) -> list[tuple[str, argparse.ArgumentParser]]:
    """The commands under ``parser`` in the order ``--help`` lists them."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            listed = [a.dest for a in action._choices_actions]
            return [(name, action.choices[name]) for name in listed]
    return []


GLOBAL = {"--journal", "--passphrase-file", "--recovery-key-file", "-v", "--verbose", "-h"}


def command(path: str, parser: argparse.ArgumentParser) -> list[str]:
    usage = parser.format_usage().removeprefix("usage: ").strip()
    usage = re.sub(r"\s+", " ", usage)
    out = [f'.SS "{option(path)}"', f"\\fB{option(usage)}\\fR"]
    out += paragraph(parser.description)
    out += options_of(parser, GLOBAL)
    epilog = parser.epilog or ""
    if epilog.startswith("examples:\n"):
        out += [".PP", "Examples:", ".nf", text(epilog.removeprefix("examples:\n")), ".fi"]
    for name, child in subcommands(parser):
        out += command(f"{path} {name}", child)
    return out


def exit_codes() -> list[str]:
    from mentorjournal.cli import app

    doc = app.__doc__ or ""
    found = doc[doc.index("Exit codes:") :].removeprefix("Exit codes:").strip()
    found = " ".join(found.split())
    out: list[str] = []
    for part in re.split(r";\s*", found.rstrip(".")):
        code, _, meaning = part.partition(" ")
        out += [".TP", f"\\fB{code}\\fR", text(meaning)]
    return out


def page() -> str:
    os.environ["MENTORJOURNAL_DATA_DIR"] = SHOWN_DATA_DIR
    os.environ["COLUMNS"] = "80"
    from mentorjournal import __version__
    from mentorjournal.cli.app import build_parser

    parser = build_parser()
    lines = [
        '.\\" Generated by scripts/make_manpage.py from the parser; do not edit.',
        f'.TH MENTORJOURNAL 1 "" "mentorjournal {__version__}" "User Commands"',
        ".SH NAME",
        "mentorjournal \\- an encrypted, offline journal of mentoring",
        ".SH SYNOPSIS",
        "\\fBmentorjournal\\fR [\\fIOPTIONS\\fR] \\fICOMMAND\\fR [\\fIARGS\\fR]",
        ".br",
        "\\fBmentorjournal \\-\\-version\\fR",
        ".SH DESCRIPTION",
        *paragraph(parser.description),
        ".SH OPTIONS",
        "Every command takes these, before or after its name.",
        *options_of(parser, set()),
        ".SH COMMANDS",
    ]
    for name, child in subcommands(parser):
        lines += command(f"mentorjournal {name}", child)
    lines += [".SH EXAMPLES", ".nf", text((parser.epilog or "").removeprefix("examples:\n")), ".fi"]
    lines += [".SH ENVIRONMENT"]
    for name, meaning in ENVIRONMENT:
        lines += [".TP", f"\\fB{option(name)}\\fR", text(meaning)]
    lines += [".SH EXIT STATUS", *exit_codes()]
    lines += [
        ".SH SEE ALSO",
        "The README of MentorJournal; \\fBmentorjournal COMMAND \\-\\-help\\fR.",
    ]
    return "\n".join(lines) + "\n"


def main(argv: list[str]) -> int:
    output = Path(argv[0]) if argv else DEFAULT_OUTPUT
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(page(), encoding="utf-8")
    print(output)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
