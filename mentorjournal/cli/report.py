"""The ``report`` command: a progress report as PDF or Markdown.

The report is rendered by ``mentorjournal.report`` (QtGui's ``QPdfWriter``
and ``QPainter`` for the PDF, on the offscreen platform when there is no
display); this module imports it only when the command runs, so the rest of
the command line never loads Qt.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from mentorjournal.cli.common import (
    EXIT_OK,
    PROG,
    CliError,
    add_command,
    date_option,
    note,
    opened,
)
from mentorjournal.errors import JournalExists, JournalNotFound


def _target(text: str, force: bool) -> Path:
    from mentorjournal.report import format_of

    path = Path(text).expanduser()
    if format_of(path) is None:
        raise CliError(f"--output: {path.name} must end in .pdf or .md.")
    if path.is_dir():
        raise CliError(f"--output: {path} is a folder; give a file name.")
    if path.exists() and not force:
        raise JournalExists(f"{path} already exists; pass --force to replace it.")
    if not path.parent.is_dir():
        raise JournalNotFound(f"--output: the folder {path.parent} does not exist.")
    return path


def cmd_report(args: argparse.Namespace) -> int:
    """Write the progress report for a period and a person (or everyone)."""
    path = _target(args.output, args.force)
    if args.since and args.until and args.since > args.until:
        raise CliError("--since must not be after --until.")
    from mentorjournal import report
    from mentorjournal.domain import records

    began = time.perf_counter()
    with opened(args):
        person = None
        if args.person:
            person = int(
                records.get("person", records.resolve_name("person", args.person, "--person")).id
            )
        for rid in args.reflection or ():
            records.get("reflection", rid)  # a clear error for an unknown id
        content = report.gather(
            report.Options(
                start=args.since,
                end=args.until,
                person=person,
                reflections=tuple(args.reflection or ()),
                include_text=args.include_text,
            )
        )
        pages = report.write(path, content)
    took = time.perf_counter() - began
    what = f"{pages} page{'s' if pages != 1 else ''}, " if path.suffix.lower() == ".pdf" else ""
    note(
        f"Wrote the progress report to {path} ({what}{took:.1f} s). "
        "It is not encrypted: keep it safe."
    )
    return EXIT_OK


def register(sub: argparse._SubParsersAction) -> None:
    p = add_command(
        sub,
        "report",
        cmd_report,
        summary="write a progress report (PDF or Markdown)",
        description=(
            "A progress report for a period and a person (or everyone): then → now for\n"
            "confidence, motivation and each skill, the charts, goals, wins and the\n"
            "reflections you choose (titles only unless --include-text). For a review or to\n"
            "send a mentor. The format follows the file name (.pdf or .md). Reports are NOT\n"
            "encrypted. An existing file is replaced only with --force."
        ),
        examples=f"""
  {PROG} report --output progress.pdf
  {PROG} report --output ana.md --person "Ana Ruiz" --since 2026-01-01
  {PROG} report -o review.pdf --since 2025-07-01 --until 2026-06-30 --reflection 12 --reflection 40""",
    )
    p.add_argument("--output", "-o", required=True, metavar="FILE", help="FILE.pdf or FILE.md")
    p.add_argument(
        "--person", metavar="REF", help="one person (name, id or UUID); default everyone"
    )
    p.add_argument(
        "--since", type=date_option, metavar="DATE", help="from DATE (default: the first record)"
    )
    p.add_argument("--until", type=date_option, metavar="DATE", help="up to DATE (default: today)")
    p.add_argument(
        "--reflection",
        type=int,
        action="append",
        metavar="ID",
        help="include this reflection's title and date (repeatable)",
    )
    p.add_argument(
        "--include-text",
        action="store_true",
        help="include the text of the chosen reflections (private: left out by default)",
    )
    p.add_argument("--force", action="store_true", help="replace an existing file")
