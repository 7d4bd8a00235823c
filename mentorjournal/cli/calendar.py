"""Calendar and rhythm commands: ``calendar`` (an .ics file), ``invite`` (an
invitation becomes a planned session), ``rhythm`` (last met, next due per
person; ``--quiet`` for the relationships gone quiet)."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from mentorjournal.cli.common import (
    EXIT_OK,
    PROG,
    CliError,
    add_command,
    for_terminal,
    note,
    opened,
    say,
)
from mentorjournal.errors import JournalExists, JournalNotFound


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date as YYYY-MM-DD: {text!r}") from None


def _person_id(ref: str | None) -> int | None:
    from mentorjournal.domain import records

    if not ref:
        return None
    return int(records.get("person", records.resolve_name("person", ref, "--person")).id)


def cmd_calendar(args: argparse.Namespace) -> int:
    """Write planned sessions and due action items as an .ics file."""
    path = Path(args.output).expanduser()
    if path.suffix.lower() != ".ics":
        raise CliError(f"--output: {path.name} must end in .ics.")
    if path.is_dir():
        raise CliError(f"--output: {path} is a folder; give a file name.")
    if path.exists() and not args.force:
        raise JournalExists(f"{path} already exists; pass --force to replace it.")
    if not path.parent.is_dir():
        raise JournalNotFound(f"--output: the folder {path.parent} does not exist.")
    from mentorjournal.exchange import calendar

    with opened(args):
        count = calendar.write_calendar(path, args.today, _person_id(args.person))
    note(
        f"Wrote {count} event{'s' if count != 1 else ''} to {path}. "
        "It is not encrypted (titles and names only)."
    )
    return EXIT_OK


def cmd_invite(args: argparse.Namespace) -> int:
    """Plan a session from an invitation (.ics)."""
    from mentorjournal.exchange import calendar

    invitation = calendar.read_invitation(Path(args.file).expanduser())
    with opened(args):
        person = _person_id(args.person)
        if person is None:
            matches = calendar.match_people(invitation)
            if len(matches) != 1:
                names = ", ".join(invitation.names) or "nobody"
                raise CliError(
                    f"The invitation names {names}; say who it is with: --person NAME."
                    if not matches
                    else "The invitation names more than one person; choose with --person NAME."
                )
            person = matches[0]
        session, moved = calendar.add_invitation(invitation, person)
    what = "Moved" if moved else "Planned"
    note(f"{what} session {session.id} on {session.held_at:%Y-%m-%d %H:%M}.")
    return EXIT_OK


def cmd_rhythm(args: argparse.Namespace) -> int:
    """Last met and next due for each active relationship (or only those gone quiet)."""
    from mentorjournal.domain import cadence

    today = args.today or dt.date.today()
    with opened(args):
        found = cadence.gone_quiet(today) if args.quiet else cadence.rhythms(today, False)
    if not found:
        note("No relationship has gone quiet." if args.quiet else "No active relationships.")
        return EXIT_OK
    width = max(len(r.name) for r in found)
    for r in found:
        met = f"{r.last_met:%Y-%m-%d}" if r.last_met else "never"
        due = r.next_due.isoformat() if r.next_due else "—"
        rhythm = cadence.describe_cadence(r.cadence_days) or "no rhythm"
        extra = f"  quiet for {r.days_overdue} days" if r.quiet else ""
        if r.next_planned:
            extra += f"  planned {r.next_planned:%Y-%m-%d}"
        say(
            for_terminal(
                f"{r.name:<{width}}  last met {met:<10}  next due {due:<10}  {rhythm}{extra}"
            )
        )
    return EXIT_OK


def register(sub: argparse._SubParsersAction) -> None:
    p = add_command(
        sub,
        "calendar",
        cmd_calendar,
        summary="write planned sessions and due action items as an .ics file",
        description=(
            "An iCalendar file (.ics) that calendar apps import: planned sessions from today\n"
            "on, and open action items with a due date as all-day events. Only titles and\n"
            "names go out (no agenda or notes). Importing it again updates the same events.\n"
            "The file is NOT encrypted. An existing file is replaced only with --force."
        ),
        examples=f"""
  {PROG} calendar --output mentoring.ics
  {PROG} calendar -o ana.ics --person "Ana Ruiz\"""",
    )
    p.add_argument("--output", "-o", required=True, metavar="FILE", help="FILE.ics")
    p.add_argument("--person", metavar="REF", help="one person (name, id or UUID)")
    p.add_argument("--today", type=_date, metavar="DATE", help=argparse.SUPPRESS)
    p.add_argument("--force", action="store_true", help="replace an existing file")

    p = add_command(
        sub,
        "invite",
        cmd_invite,
        summary="plan a session from a calendar invitation (.ics)",
        description=(
            "The invitation's event becomes a planned session with the person it names\n"
            "(organiser or attendee), or the one given with --person. Importing the same\n"
            "invitation again moves the session instead of adding another."
        ),
        examples=f"""
  {PROG} invite invite.ics
  {PROG} invite invite.ics --person "Ana Ruiz\"""",
    )
    p.add_argument("file", metavar="FILE.ics")
    p.add_argument("--person", metavar="REF", help="the person the session is with")

    p = add_command(
        sub,
        "rhythm",
        cmd_rhythm,
        summary="last met and next due per person; --quiet: relationships gone quiet",
        description=(
            "For each active relationship: the last held session, the next one due by the\n"
            "rhythm you set (Meet every N days), and whether it has gone quiet (next due\n"
            "passed, nothing planned). Paused and ended relationships never count."
        ),
        examples=f"""
  {PROG} rhythm
  {PROG} rhythm --quiet""",
    )
    p.add_argument("--quiet", action="store_true", help="only the relationships gone quiet")
    p.add_argument("--today", type=_date, metavar="DATE", help=argparse.SUPPRESS)
