"""Command-line commands about all of a journal's data: ``export``, ``import``, ``stats``.

Exports are the one place journal content leaves the encrypted file, and only
where the user asks: a file (written atomically) or stdout.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
import logging
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from mentorjournal.cli.common import (
    EXIT_OK,
    PROG,
    CliError,
    add_command,
    can_prompt,
    date_option,
    note,
    opened,
    prompt_secret,
    read_secret_file,
    read_stdin_text,
    say,
)
from mentorjournal.errors import JournalExists, JournalNotFound, ValidationError
from mentorjournal.storage import fsutil
from mentorjournal.storage.backups import Backups

log = logging.getLogger(__name__)

#: Where scripts can pass the password of an encrypted jrnl journal.
ENV_IMPORT_PASSWORD = "MENTORJOURNAL_IMPORT_PASSWORD"

#: Record kinds counted by ``stats``, with how to name them in a sentence.
COUNTED = (
    ("reflection", "reflections"),
    ("session", "sessions"),
    ("person", "people"),
    ("goal", "goals"),
    ("action", "action items"),
    ("skill", "skills"),
    ("rating", "skill ratings"),
    ("win", "wins"),
)


# -- export -----------------------------------------------------------------


def cmd_export(args: argparse.Namespace) -> int:
    """Write every record as JSON (lossless) or Markdown, to a file or stdout."""
    from mentorjournal.exchange import native as exchange

    to_stdout = args.output == "-"
    dest = None if to_stdout else _export_target(Path(args.output).expanduser(), args)
    with opened(args):
        target = sys.stdout if dest is None else dest
        if args.format == "json":
            data = exchange.export_json(target)
            count = sum(data["counts"].values())
        else:
            exchange.export_markdown(target)
            count = None
    if dest is not None:
        what = f"{count} records" if count is not None else "the journal"
        note(f"Exported {what} to {dest}. The export is not encrypted: keep it safe.")
        files = dest.with_name(dest.stem + "-files")
        if args.format == "markdown" and files.is_dir():
            note(f"Its attachments are in {files}.")
    return EXIT_OK


def _export_target(path: Path, args: argparse.Namespace) -> Path:
    """The file an export writes; an existing one only with ``--force``."""
    if path.is_dir():
        if args.format == "json":
            raise CliError(f"--output: {path} is a folder; give a file name.")
        from mentorjournal.exchange.markdown_export import DEFAULT_NAME

        path = path / DEFAULT_NAME
    if path.exists() and not args.force:
        raise JournalExists(f"{path} already exists; pass --force to replace it.")
    if not path.parent.is_dir():
        raise JournalNotFound(f"--output: the folder {path.parent} does not exist.")
    return path


# -- import -----------------------------------------------------------------


def cmd_import(args: argparse.Namespace) -> int:
    """Import an export: ours (JSON) or another app's (jrnl, Day One, Daylio, Joplin, Obsidian)."""
    from mentorjournal.exchange import imports

    if args.path == "-":
        return _import_native(args, _parse(read_stdin_text("import -")))
    source = Path(args.path).expanduser()
    if not source.exists():
        raise JournalNotFound(f"No file or folder to import at {source}.")
    fmt = args.source_format or imports.detect(source).format
    if fmt == "mentorjournal":
        if source.is_dir():
            raise JournalNotFound(f"{source} is a folder; a MentorJournal export is one file.")
        from mentorjournal.exchange import native as exchange

        try:
            loaded = exchange.load(source)  # a broken file is refused before any backup
        except RecursionError:
            raise ValidationError("file", "is nested too deeply to be an export") from None
        return _import_native(args, loaded)
    return _import_other(args, source, fmt)


def _import_native(args: argparse.Namespace, source: Any) -> int:
    from mentorjournal.exchange import native as exchange

    if not isinstance(source, dict):
        raise ValidationError("file", "is not a MentorJournal export (expected a JSON object)")
    with opened(args) as journal:
        if args.dry_run:
            result = exchange.import_json(source, dry_run=True)
            say(f"Dry run (nothing was written): {result.summary()}.")
            return EXIT_OK
        backup = None
        if not args.no_backup:
            backup = Backups.for_journal(journal.path).create(journal, reason="before-import")
        try:
            result = exchange.import_json(source)
        except BaseException:
            if backup is not None:  # nothing was imported: the backup is not needed
                fsutil.remove_quietly(backup)
            raise
    say(f"Imported: {result.summary()}.")
    if args.verbose:
        for kind, added in result.added.items():
            note(
                f"{kind}: {added} added, {result.updated[kind]} updated, "
                f"{result.skipped[kind]} skipped"
            )
    return EXIT_OK


def _import_other(args: argparse.Namespace, source: Path, fmt: str) -> int:
    from mentorjournal.exchange import imports
    from mentorjournal.exchange.incoming import ImportOptions
    from mentorjournal.exchange.jrnl import PasswordNeeded

    options = ImportOptions(
        password=_import_password(args),
        mood_to=args.mood_to,
        format=fmt,
        all_notes=args.all_notes,
    )
    progress = _progress("reading", args.verbose)
    try:
        batch = imports.read(source, options, progress=progress)
    except PasswordNeeded:
        if not can_prompt():
            raise
        options.password = prompt_secret("Password of the jrnl journal: ")
        batch = imports.read(source, options, progress=progress)
    with batch:
        if args.verbose:
            note(f"{len(batch.records)} records read ({batch.format})")
        with opened(args) as journal:
            if args.dry_run:
                summary = imports.preview(batch)
                say("Dry run: nothing was written.")
            else:
                summary = imports.apply(
                    batch,
                    journal=None if args.no_backup else journal,
                    progress=_progress("writing", args.verbose),
                )
    for line in summary.lines():
        say(line)
    return EXIT_OK


def _import_password(args: argparse.Namespace) -> str | None:
    if getattr(args, "password_file", None):
        return read_secret_file(args.password_file, "--password-file")
    return os.environ.get(ENV_IMPORT_PASSWORD)


def _progress(what: str, verbose: bool) -> Callable[[int, int], None] | None:
    """Progress lines on stderr (at most every half second), only with --verbose."""
    if not verbose:
        return None
    last = [0.0]

    def report(done: int, total: int) -> None:
        now = time.monotonic()
        if now - last[0] < 0.5 and done != total:
            return
        last[0] = now
        note(f"{what}: {done}" + (f" of {total}" if total else ""))

    return report


def _parse(text: str) -> Any:
    try:
        return json.loads(text)
    except RecursionError:
        raise ValidationError("file", "stdin is nested too deeply to be an export") from None
    except json.JSONDecodeError as exc:
        raise ValidationError(
            "file", f"stdin is not valid JSON ({exc.msg} at line {exc.lineno}); is it complete?"
        ) from None


# -- stats ------------------------------------------------------------------


def cmd_stats(args: argparse.Namespace) -> int:
    """The headline numbers: record counts, streak, confidence, actions, goals."""
    with opened(args) as journal:
        data = collect(args.today or dt.date.today())
        data["journal"] = str(journal.path)
    if args.json:
        say(json.dumps(data, indent=2, ensure_ascii=False, default=_plain))
    else:
        print_stats(data)
    return EXIT_OK


def collect(today: dt.date) -> dict[str, Any]:
    """Everything ``stats`` shows, as JSON-ready values (journal open)."""
    from mentorjournal.analytics import stats
    from mentorjournal.domain import queries

    counts = {kind: queries.timeline_count(kinds=[kind]) for kind, _ in COUNTED if kind != "skill"}
    counts["skill"] = len(queries.skills_with_latest())
    summary = stats.summary(today)
    year_ago = dt.date(today.year - 1, today.month, 1)
    months = stats.sessions_per_month(start=year_ago, end=today, today=today)
    goals = stats.goal_progress(today)
    return {
        "today": today.isoformat(),
        "records": {kind: counts[kind] for kind, _ in COUNTED},
        "summary": dataclasses.asdict(summary),
        "sessions_last_12_months": {
            "as_mentee": sum(m.as_mentee for m in months),
            "as_mentor": sum(m.as_mentor for m in months),
        },
        "active_goals": len(goals),
        "active_goals_average_progress": (
            round(sum(g.progress for g in goals) / len(goals), 1) if goals else None
        ),
    }


def print_stats(data: dict[str, Any]) -> None:
    summary = data["summary"]
    streak = summary["streak"]
    records = ", ".join(f"{data['records'][kind]} {label}" for kind, label in COUNTED)
    sessions = data["sessions_last_12_months"]
    change = summary["confidence_change"]
    confidence = (
        f"{_number(summary['confidence_last_30'])} (previous 30 days: "
        f"{_number(summary['confidence_previous_30'])}"
        + (f", change {change:+.1f})" if change is not None else ")")
    )
    goals = f"{data['active_goals']}"
    if data["active_goals_average_progress"] is not None:
        goals += f" (average progress {data['active_goals_average_progress']:.0f}%)"
    lines = [
        ("Journal", f"{data['journal']} (as of {data['today']})"),
        ("Records", records),
        ("Reflection streak", f"{_days(streak['current'])} (longest {_days(streak['longest'])})"),
        ("Confidence, last 30 days", confidence),
        ("Wins this quarter", str(summary["wins_this_quarter"])),
        ("Action items", f"{summary['open_actions']} open, {summary['overdue_actions']} overdue"),
        ("Active goals", goals),
        (
            "Sessions, last 12 months",
            f"{sessions['as_mentee'] + sessions['as_mentor']} "
            f"(as mentee {sessions['as_mentee']}, as mentor {sessions['as_mentor']})",
        ),
    ]
    width = max(len(label) for label, _ in lines) + 1
    for label, value in lines:
        say(f"{label + ':':<{width}} {value}")


def _number(value: float | None) -> str:
    return "-" if value is None else f"{value:.1f}"


def _days(n: int) -> str:
    return f"{n} day" + ("" if n == 1 else "s")


def _plain(value: Any) -> Any:
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    raise TypeError(type(value).__name__)


# -- registration -----------------------------------------------------------


#: Dates ``stats --today`` accepts (the charts look a year and more around it).
EARLIEST, LATEST = dt.date(1900, 1, 1), dt.date(2999, 12, 31)


def _iso_date(text: str) -> dt.date:
    value = date_option(text)
    if not EARLIEST <= value <= LATEST:
        raise argparse.ArgumentTypeError(f"must be between {EARLIEST} and {LATEST}")
    return value


def register(sub: argparse._SubParsersAction) -> None:
    """Add this module's commands to the top-level parser."""
    p = add_command(
        sub,
        "export",
        cmd_export,
        summary="export the journal as JSON or Markdown",
        description=(
            "Write every record to a file. JSON is lossless and can be imported again;\n"
            "Markdown is for reading and printing. Exports are NOT encrypted: keep them safe.\n"
            "An existing file is replaced only with --force."
        ),
        examples=f"""
  {PROG} export --format json --output journal.json
  {PROG} export --format markdown --output journal.md
  {PROG} export --format markdown --output - | less
  {PROG} export --output - | jq '.records.reflection | length'""",
    )
    p.add_argument(
        "--format",
        choices=("json", "markdown"),
        default="json",
        help="json (default, lossless) or markdown",
    )
    p.add_argument(
        "--output", "-o", required=True, metavar="PATH", help="file to write, or - for stdout"
    )
    p.add_argument("--force", action="store_true", help="replace an existing file")

    p = add_command(
        sub,
        "import",
        cmd_import,
        summary="import an export of this app, jrnl, Day One, Daylio, Joplin or Obsidian",
        description=(
            "Bring records in from an export. The format is detected from the content\n"
            "(--from names it): our own JSON export; jrnl (the journal file, plain or\n"
            "encrypted, a folder journal, or its JSON/Markdown/txt export); Day One (the JSON\n"
            "export zip); Daylio (the CSV export); Joplin (JEX, RAW folder, Markdown + Front\n"
            "Matter folder); Obsidian (a vault folder or zip; daily notes).\n\n"
            "Entries become reflections, to-dos and tasks action items, pictures and files\n"
            "attachments. The import is one transaction: a file that fails changes nothing.\n"
            "Records keep the other app's id (or a hash of their content), so importing the\n"
            "same export twice adds nothing, and a later export adds only what is new. What\n"
            "cannot be mapped is listed. --dry-run shows all of it and writes nothing.\n"
            "A backup of the journal is written first when something will be imported.\n"
            "A mood (Daylio, Obsidian) becomes a tag; --mood-to also puts it into\n"
            "confidence or motivation (default names: rad/good/meh/bad/awful = 10/8/6/4/2).\n"
            f"The password of an encrypted jrnl journal: --password-file, ${ENV_IMPORT_PASSWORD},\n"
            "or you are asked."
        ),
        examples=f"""
  {PROG} import journal.json
  {PROG} import --dry-run ~/Downloads/DayOne-export.zip
  {PROG} import --password-file pw.txt ~/.local/share/jrnl/journal.txt
  {PROG} import --mood-to motivation daylio_export.csv
  {PROG} import --from obsidian --all-notes ~/Vaults/Work
  {PROG} export --output - | {PROG} import --journal copy.mjournal -""",
    )
    p.add_argument(
        "path", metavar="PATH", help="the export: a file or folder, or - for our JSON on stdin"
    )
    p.add_argument(
        "--from",
        dest="source_format",
        choices=("jrnl", "dayone", "daylio", "joplin", "obsidian", "mentorjournal"),
        help="the app the export comes from (default: detected)",
    )
    p.add_argument(
        "--dry-run", action="store_true", help="show what would be imported; write nothing"
    )
    p.add_argument(
        "--password-file",
        metavar="PATH",
        help="jrnl: read the password of an encrypted journal from the first line of PATH",
    )
    p.add_argument(
        "--mood-to",
        choices=("confidence", "motivation"),
        help="also put a mood (Daylio, Obsidian) into this rating (default: only a tag)",
    )
    p.add_argument(
        "--all-notes",
        action="store_true",
        help="Obsidian: import the notes that are not daily notes too",
    )
    p.add_argument("--no-backup", action="store_true", help="skip the backup before importing")

    p = add_command(
        sub,
        "stats",
        cmd_stats,
        summary="summary numbers of the journal",
        description=(
            "Headline numbers: records of each kind, reflection streak, average confidence\n"
            "over the last 30 days against the 30 before, wins this quarter, open and overdue\n"
            "action items, active goals and sessions in the last 12 months."
        ),
        examples=f"""
  {PROG} stats
  {PROG} stats --json""",
    )
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument(
        "--today", type=_iso_date, metavar="DATE", help="compute as of DATE instead of today"
    )
