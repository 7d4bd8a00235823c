"""``trash list``, ``trash restore BATCH`` and ``trash empty``: the trash of ``delete``.

Records deleted together form a batch (``domain.trash``) and come back
together. A batch is named by the first 8 characters of its id (what ``delete``
and ``trash list`` print), by its whole id, or as ``latest``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys

from mentorjournal.cli.common import (
    EXIT_OK,
    PROG,
    CliError,
    add_command,
    can_prompt,
    for_terminal,
    note,
    opened,
    say,
)
from mentorjournal.errors import NotFound
from mentorjournal.kinds import kind_label


def _when(moment: dt.datetime) -> str:
    return moment.replace(tzinfo=dt.UTC).astimezone().strftime("%Y-%m-%d %H:%M")


def _what(counts: dict[str, int]) -> str:
    from mentorjournal.cli.output import counted

    return ", ".join(counted(n, k) for k, n in counts.items())


def cmd_trash_list(args: argparse.Namespace) -> int:
    from mentorjournal.cli.output import short_batch
    from mentorjournal.domain import trash

    with opened(args):
        found = trash.batches()
    if args.json:
        from mentorjournal.cli import output as out

        out.print_json(
            [
                {
                    "batch": b.id,
                    "deleted_at": out.plain(out.local_time(b.deleted_at)),
                    "items": [
                        {"kind": i.kind, "id": i.id, "uuid": i.uuid, "title": i.title}
                        for i in b.items
                    ],
                    "heads": [{"kind": i.kind, "id": i.id} for i in b.heads],
                }
                for b in found
            ]
        )
        return EXIT_OK
    for b in found:
        head = b.heads[0] if b.heads else b.items[0]
        more = b.with_them()
        extra = f"  (and {_what(more)})" if more else ""
        others = len(b.heads) - 1
        also = f" +{others} more" if others > 0 else ""
        say(
            for_terminal(
                f"{short_batch(b.id)}  {_when(b.deleted_at)}  {head.kind} {head.id}: "
                f"{' '.join(head.title.split())}{also}{extra}"
            )
        )
    if not found:
        note("The trash is empty.")
    return EXIT_OK


def _find(batch_ref: str) -> str:
    """The id of the batch ``batch_ref`` names (whole id, 8-character start, latest)."""
    from mentorjournal.domain import trash

    found = trash.batches()
    ref = batch_ref.strip().lower()
    if ref == "latest":
        if not found:
            raise NotFound("The trash is empty.")
        return found[0].id
    exact = [b.id for b in found if b.id == ref]
    if exact:
        return exact[0]
    starts = [b.id for b in found if len(ref) >= 4 and b.id.startswith(ref)]
    if len(starts) == 1:
        return starts[0]
    if len(starts) > 1:
        raise CliError(f"{batch_ref!r} starts more than one batch; give more of it.")
    raise NotFound(f"No batch {batch_ref!r} in the trash (see `{PROG} trash list`).")


def cmd_trash_restore(args: argparse.Namespace) -> int:
    from mentorjournal.domain import trash

    with opened(args):
        restored = trash.restore(_find(args.batch))
    counts: dict[str, int] = {}
    for item in (*restored.items, *restored.parents):
        counts[item.kind] = counts.get(item.kind, 0) + 1
    say(f"Restored {_what(counts)}.")
    if restored.parents:
        note(
            "Also restored what they need: "
            + ", ".join(f"{kind_label(p.kind)} {p.id}" for p in restored.parents)
            + "."
        )
    return EXIT_OK


def cmd_trash_empty(args: argparse.Namespace) -> int:
    from mentorjournal.domain import trash

    with opened(args):
        count = trash.count()
        if count == 0:
            note("The trash is empty.")
            return EXIT_OK
        if not args.yes:
            if not can_prompt():
                raise CliError(
                    f"Emptying the trash deletes {count} records for good: "
                    "run it in a terminal to be asked, or add --yes."
                )
            answer = _ask(f"Delete the {count} records in the trash for good? [y/N] ")
            if answer not in ("y", "yes"):
                note("Nothing was deleted.")
                return EXIT_OK
        purged = trash.purge()
    say(f"Deleted {purged.total} records for good.")
    if purged.kept:
        note(f"{len(purged.kept)} records were restored instead: live records need them.")
    note(trash.BACKUP_HORIZON_TEXT)
    return EXIT_OK


def _ask(question: str) -> str:
    print(question, end="", file=sys.stderr, flush=True)
    line = sys.stdin.readline()
    if not line:
        raise KeyboardInterrupt
    return line.strip().lower()


def register(sub: argparse._SubParsersAction) -> None:
    """Add ``trash`` and its commands to the top-level parser."""
    parser = add_command(
        sub,
        "trash",
        cmd_trash_list,
        summary="list, restore or empty the trash",
        description=(
            "What `delete` moved to the trash stays inside the encrypted journal until it is\n"
            "restored or the trash is emptied. Records deleted together come back together."
        ),
        examples=f"""
  {PROG} trash list
  {PROG} trash restore 1a2b3c4d
  {PROG} trash restore latest
  {PROG} trash empty --yes""",
    )
    actions = parser.add_subparsers(title="actions", metavar="ACTION")
    p = add_command(
        actions,
        "list",
        cmd_trash_list,
        summary="what is in the trash, newest first",
        description="List the trash: one line per delete (batch), newest first.",
        examples=f"  {PROG} trash list\n  {PROG} trash list --json",
    )
    p.set_defaults(command="trash")
    p.add_argument("--json", action="store_true", help="print JSON")
    parser.set_defaults(json=False)
    p = add_command(
        actions,
        "restore",
        cmd_trash_restore,
        summary="bring a batch back",
        description="Bring back everything deleted together, as it was.",
        examples=f"  {PROG} trash restore 1a2b3c4d\n  {PROG} trash restore latest",
    )
    p.set_defaults(command="trash")
    p.add_argument(
        "batch", metavar="BATCH", help="the batch (from `trash list` or `delete`), or `latest`"
    )
    p = add_command(
        actions,
        "empty",
        cmd_trash_empty,
        summary="delete everything in the trash for good",
        description=(
            "Delete everything in the trash for good; the file is rewritten so nothing of it\n"
            "remains in the journal. Asks first, unless --yes."
        ),
        examples=f"  {PROG} trash empty\n  {PROG} trash empty --yes",
    )
    p.set_defaults(command="trash")
    p.add_argument("--yes", "-y", action="store_true", help="do not ask")
