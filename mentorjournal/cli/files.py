"""Command-line commands for attachments and tidying: ``attach``, ``attachments``, ``detach``, ``tidy``.

Attachments are stored inside the encrypted journal (once per content) and
linked to a reflection or a session; ``tidy`` renames and merges tags,
skills and people so the records that used them follow.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from mentorjournal.cli.common import (
    EXIT_OK,
    PROG,
    CliError,
    add_command,
    for_terminal,
    opened,
    say,
)

ATTACHABLE = ("reflection", "session")


def cmd_attach(args: argparse.Namespace) -> int:
    """Store a file in the journal and attach it to a reflection or session."""
    from mentorjournal.domain import attachments

    path = Path(args.file).expanduser()
    with opened(args):
        info = attachments.attach_file(args.kind, args.id, path, name=args.name)
    say(
        f"Attached {for_terminal(info.name)} ({attachments.size_text(info.size)}) to "
        f"{args.kind} {info.record_id} as attachment {info.link_id}."
    )
    return EXIT_OK


def cmd_attachments(args: argparse.Namespace) -> int:
    """List the attachments of a reflection or session."""
    from mentorjournal.domain import attachments

    with opened(args):
        found = attachments.attachments_of(args.kind, args.id)
    if not found:
        say(f"No attachments on this {args.kind}.")
        return EXIT_OK
    width = max(len(str(a.link_id)) for a in found)
    for a in found:
        say(
            f"{a.link_id:>{width}}  {for_terminal(a.name)}  {attachments.size_text(a.size)}  "
            f"{a.mime}  {a.sha256[:12]}"
        )
    return EXIT_OK


def cmd_detach(args: argparse.Namespace) -> int:
    """Remove an attachment from a reflection or session (its content too, if unused)."""
    from mentorjournal.domain import attachments

    with opened(args):
        info = attachments.detach(args.kind, args.id, args.attachment)
    say(f"Removed {for_terminal(info.name)} from {args.kind} {info.record_id}.")
    return EXIT_OK


def cmd_tidy(args: argparse.Namespace) -> int:
    """Rename or merge tags, skills and people."""
    from mentorjournal.domain import tidy

    problem = _check_tidy(args)
    if problem:
        raise CliError(problem + ".")
    with opened(args):
        if args.action == "tags":
            for name, reflections, sessions in tidy.tag_usage():
                say(f"{for_terminal(name)}  ({reflections} reflections, {sessions} sessions)")
            return EXIT_OK
        if args.action == "rename":
            done = tidy.rename(args.kind, args.names[0], args.names[1])
        else:
            done = tidy.merge(args.kind, args.names[:-1], args.names[-1])
    say(for_terminal(done.summary()))
    return EXIT_OK


def _kind_and_id(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("kind", choices=ATTACHABLE, help="reflection or session")
    parser.add_argument("id", metavar="ID", help="the record's id or UUID")


def register(sub: argparse._SubParsersAction) -> None:
    """Add this module's commands to the top-level parser."""
    p = add_command(
        sub,
        "attach",
        cmd_attach,
        summary="attach a picture or file to a reflection or session",
        description=(
            "Store a file inside the encrypted journal and attach it to a reflection or a\n"
            "session. The same content is stored once however often it is attached; an\n"
            "attachment can be at most 50 MB. Pictures are shown in the record's text where\n"
            "it refers to them (![name](mj-attachment:SHA256)). The file on disk is not\n"
            "changed or removed."
        ),
        examples=f"""
  {PROG} attach reflection 12 whiteboard.png
  {PROG} attach session 3 agenda.pdf --name "Q2 agenda.pdf\"""",
    )
    _kind_and_id(p)
    p.add_argument("file", metavar="FILE", help="the file to attach")
    p.add_argument("--name", help="the name to show (default: the file's name)")

    p = add_command(
        sub,
        "attachments",
        cmd_attachments,
        summary="list the attachments of a reflection or session",
        description="One line per attachment: its number, name, size, type and content hash.",
        examples=f"""
  {PROG} attachments reflection 12""",
    )
    _kind_and_id(p)

    p = add_command(
        sub,
        "detach",
        cmd_detach,
        summary="remove an attachment from a reflection or session",
        description=(
            "Remove one attachment, named by its number (see `attachments`) or its name.\n"
            "Its content leaves the journal when no other record uses it."
        ),
        examples=f"""
  {PROG} detach reflection 12 3
  {PROG} detach reflection 12 whiteboard.png""",
    )
    _kind_and_id(p)
    p.add_argument("attachment", metavar="ATTACHMENT", help="its number or name")

    p = add_command(
        sub,
        "tidy",
        cmd_tidy,
        summary="rename or merge tags, skills and people",
        description=(
            "Tidy up names after imports. `rename` gives a tag, skill or person a new name;\n"
            "`merge` moves everything of the first ones to the last one and deletes the\n"
            "others: a tag's sessions and reflections, a skill's ratings and wins, a\n"
            "person's sessions, goals, action items and the people they introduced. Tags\n"
            "are named by name; skills and people by id, UUID or name. `tags` lists every\n"
            "tag with how often it is used."
        ),
        examples=f"""
  {PROG} tidy tags
  {PROG} tidy rename tag career Career
  {PROG} tidy merge tag "career growth" Career/Growth career
  {PROG} tidy merge skill "Public speaking" Presenting
  {PROG} tidy merge person 7 3""",
    )
    p.add_argument("action", choices=("rename", "merge", "tags"), help="what to do")
    p.add_argument("kind", nargs="?", choices=("tag", "skill", "person"), help="what to tidy")
    p.add_argument(
        "names",
        nargs="*",
        metavar="NAME",
        help="rename: OLD NEW; merge: FROM... INTO (tags: several FROM)",
    )


def _check_tidy(args: argparse.Namespace) -> str | None:
    if args.action == "tags":
        return None if not args.kind and not args.names else "`tidy tags` takes no names"
    if not args.kind:
        return f"`tidy {args.action}` needs a kind: tag, skill or person"
    if args.action == "rename" and len(args.names) != 2:
        return "`tidy rename` needs the old and the new name"
    if args.action == "merge" and len(args.names) < 2:
        return "`tidy merge` needs what to merge and what to merge it into"
    return None
