"""Command-line commands about records: ``add``, ``show``, ``list`` and ``search``.

The options of ``add KIND`` are generated from ``validation.FIELDS``, so the
command line accepts exactly the fields the core does and refuses bad values
with the core's own message (naming the option). Output helpers live in
``cli_output``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import logging
import re
from typing import Any

from mentorjournal.cli import output as out
from mentorjournal.cli.common import (
    EXIT_OK,
    PROG,
    CliError,
    add_command,
    date_option,
    note,
    opened,
    read_stdin_text,
    say,
)
from mentorjournal.domain import validation
from mentorjournal.errors import NotFound, ValidationError
from mentorjournal.kinds import NAME_FIELDS, SEARCH_CODES, Kind, kind_label, values

log = logging.getLogger(__name__)

#: The largest record id SQLite can hold.
MAX_ID = 2**63 - 1

#: Kinds ``add`` creates, in the order its help lists them.
ADD_KINDS = ("reflection", "session", "person", "goal", "action", "skill", "rating", "win")

#: The long text of each kind, which ``--edit`` reads from the terminal or stdin.
MAIN_TEXT = {
    "reflection": "body",
    "session": "notes",
    "person": "notes",
    "goal": "description",
    "action": "text",
    "skill": "description",
    "rating": "note",
    "win": "description",
}

#: A link may also be given by name: (field of the target that holds its name).

SUMMARIES = {
    "reflection": "a dated journal entry (title, Markdown body, ratings, tags)",
    "session": "a mentoring session with a person (as mentee or mentor)",
    "person": "a mentor, mentee or contact",
    "goal": "a goal with target date, status and progress",
    "action": "an action item (owner me/them, due date, goal, session)",
    "skill": "a skill you want to grow (rate it with `add rating`)",
    "rating": "a skill rating 1-10 with a note and a source",
    "win": "a dated achievement, optionally for a goal or skill",
}

EXAMPLES = {
    "reflection": """
  {p} add reflection --title "After the 1:1" --body "Felt heard." --confidence 7 --motivation 8
  {p} add reflection --title "Week 12" --body - < notes.md
  {p} add reflection --title "Today" --edit --tag feedback --tag workplace""",
    "session": """
  {p} add session --person "Ada Lovelace" --role mentee --held-at "2026-03-02 10:00" \\
      --format video --confidence-before 5 --confidence-after 7 --takeaways -""",
    "person": """
  {p} add person --name "Ada Lovelace" --relation mentor --organisation "Analytical Co"
  {p} add person --name "Sam" --relation mentee --introduced-by "Ada Lovelace" """,
    "goal": """
  {p} add goal --title "Lead a project" --target-date 2026-12-31 --progress 10""",
    "action": """
  {p} add action --text "Draft the proposal" --owner me --due-on 2026-03-10 --goal 3""",
    "skill": """
  {p} add skill --name "Public speaking" --category communication --target-level 8""",
    "rating": """
  {p} add rating --skill "Public speaking" --value 6 --source mentor --note "Clearer slides" """,
    "win": """
  {p} add win --title "Gave the team talk" --skill "Public speaking" """,
}

#: How each kind of value is shown in usage lines.
METAVARS = {
    "line": "TEXT",
    "text": "MARKDOWN",
    "enum": "CHOICE",
    "rating": "1-10",
    "int": "N",
    "date": "DATE",
    "datetime": "WHEN",
    "link": "REF",
}

_DIGITS = re.compile(r"[0-9]+", re.ASCII)


def option_for(field: str) -> str:
    return "--" + field.replace("_", "-")


def _dest(field: str) -> str:
    return "field_" + field


def _help_for(kind: str, field: str, rule: validation.Rule) -> str:
    parts = []
    if rule.type == "enum":
        parts.append("one of: " + ", ".join(rule.choices))
    elif rule.type == "rating":
        parts.append("a whole number 1-10")
    elif rule.type == "int":
        parts.append(f"a whole number {rule.lo}-{rule.hi}")
    elif rule.type == "date":
        ahead = field in FUTURE_DATES
        parts.append(
            "a date: YYYY-MM-DD, today, "
            + ("friday (the coming one), next monday, in 2 weeks" if ahead else "yesterday, ")
            + ("" if ahead else "friday (the last one), last monday, 3 days ago")
        )
    elif rule.type == "datetime":
        parts.append('date and time: "YYYY-MM-DD HH:MM", now, or a day as for dates, then HH:MM')
    elif rule.type == "link":
        target = kind_label(rule.target)
        by_name = f", or its {NAME_FIELDS[rule.target]}" if rule.target in NAME_FIELDS else ""
        parts.append(f"the {target}: its id or UUID{by_name}")
    elif rule.type == "text":
        parts.append("Markdown text; - reads it from stdin")
    elif rule.type == "tags":
        parts.append("a tag; repeat the option or separate with commas")
    if rule.required and not _has_default(kind, field):
        parts.append("required")
    if _has_default(kind, field):
        parts.append("default: now" if rule.type == "datetime" else "default: today")
    return "; ".join(parts)


def _has_default(kind: str, field: str) -> bool:
    return (kind, field) in {
        ("reflection", "written_at"),
        ("session", "held_at"),
        ("rating", "rated_on"),
        ("win", "won_on"),
    }


# -- add --------------------------------------------------------------------

#: Kinds whose title is the first line of the file ``--edit`` opens.
EDIT_TITLE = {"reflection": "title", "goal": "title", "win": "title"}

#: Date fields whose weekday names mean the coming day (what is due), not the last one.
FUTURE_DATES = {"due_on", "target_date", "next_session_on"}


def cmd_add(args: argparse.Namespace) -> int:
    """Create one record from the options given."""
    from mentorjournal.domain import records

    kind = args.kind
    fields = _fields_from_args(args, kind)
    if args.edit:
        _edit_main_text(kind, fields, title=fields.get(EDIT_TITLE.get(kind, "")), text="")
    if kind == "session" and not fields.get("held_at"):
        fields["held_at"] = dt.datetime.now().replace(second=0, microsecond=0)
    with opened(args):
        try:
            _resolve_links(kind, fields)
            record = records.create(kind, **fields)
        except ValidationError as exc:
            raise _with_option(exc) from None
        if args.json:
            out.print_json(out.record_dict(kind, record))
        else:
            say(f"Added {kind_label(kind)} {record.id} ({record.uuid})")
    return EXIT_OK


def _resolve_links(kind: str, fields: dict[str, Any]) -> None:
    for field, rule in validation.FIELDS[kind].items():
        if rule.type == "link" and field in fields and fields[field] not in (None, ""):
            fields[field] = resolve_link(rule.target, fields[field], field)


def _fields_from_args(args: argparse.Namespace, kind: str) -> dict[str, Any]:
    """The fields given as options, with dates in words turned into dates."""
    from mentorjournal.text import dates

    fields: dict[str, Any] = {}
    for field, rule in validation.FIELDS[kind].items():
        value = getattr(args, _dest(field), None)
        if value is None:
            continue
        if rule.type == "tags":
            value = [t.strip() for item in value for t in item.split(",") if t.strip()]
        elif rule.type == "text" and value == "-":
            value = read_stdin_text(option_for(field))
        elif rule.type in ("date", "datetime") and value.strip() and not dates.looks_iso(value):
            prefer: dates.Prefer = "future" if field in FUTURE_DATES else "past"
            try:
                if rule.type == "date":
                    value = dates.parse_date(value, prefer=prefer)
                else:
                    value = dates.parse_datetime(value, prefer=prefer)
            except dates.DateError as exc:
                raise ValidationError(option_for(field), str(exc)) from None
        fields[field] = value
    if getattr(args, "edit", False) and MAIN_TEXT[kind] in fields:
        field = MAIN_TEXT[kind]
        raise CliError(f"--edit and {option_for(field)} both give the {field}; use one.")
    return fields


def _edit_main_text(kind: str, fields: dict[str, Any], *, title: Any, text: str) -> bool:
    """Put what the user wrote in the editor into ``fields``; False if it is unchanged."""
    from mentorjournal.cli import editor

    field = MAIN_TEXT[kind]
    title_field = EDIT_TITLE.get(kind)
    edited = editor.edit(
        None if title is None else str(title),
        text,
        what=field,
        has_title=title_field is not None,
    )
    changed = edited.text != text
    fields[field] = edited.text
    if title_field and edited.title is not None:
        changed = changed or edited.title != (title or "")
        fields[title_field] = edited.title
    return changed


# -- edit -------------------------------------------------------------------


def cmd_edit(args: argparse.Namespace) -> int:
    """Change the fields given of one record (only those)."""
    from mentorjournal.domain import records

    kind = args.kind
    _check_ref(kind, args.ref)
    fields = _fields_from_args(args, kind)
    with opened(args):
        record = records.get(kind, args.ref)
        if args.edit:
            title_field = EDIT_TITLE.get(kind)
            current_title = (getattr(record, title_field) or "") if title_field else None
            if title_field and title_field in fields:
                current_title = fields[title_field]
            _edit_main_text(
                kind,
                fields,
                title=current_title,
                text=getattr(record, MAIN_TEXT[kind]) or "",
            )
        if not fields:
            raise CliError(
                f"Nothing to change: give the fields to change (see `{PROG} edit {kind} --help`)"
                " or --edit."
            )
        before = out.record_dict(kind, record)
        try:
            _resolve_links(kind, fields)
            record = records.update(kind, record.id, **fields)
        except ValidationError as exc:
            raise _with_option(exc) from None
        data = out.record_dict(kind, record)
        if args.json:
            out.print_json(data)
        elif data == before:
            note(f"Nothing changed: {kind_label(kind)} {record.id} already reads so.")
        else:
            changed = [f for f in data if data[f] != before[f] and f != "updated_at"]
            say(f"Changed {kind_label(kind)} {record.id}: {', '.join(changed)}")
    return EXIT_OK


def _check_ref(kind: str, ref: str) -> None:
    if str(ref).strip().isdigit() and int(ref) > MAX_ID:
        raise NotFound(f"No {kind_label(kind)} {ref} (ids go up to {MAX_ID}).")


# -- delete -----------------------------------------------------------------


def cmd_delete(args: argparse.Namespace) -> int:
    """Move one record (and what goes with it) to the trash."""
    from mentorjournal.domain import records

    kind = args.kind
    _check_ref(kind, args.ref)
    with opened(args):
        record = records.get(kind, args.ref)
        batch = records.delete(kind, record.id)
    went = batch.with_them()
    along = ""
    if went:
        parts = [out.counted(n, k) for k, n in went.items()]
        along = " and " + ", ".join(parts)
    them = "them" if went else "it"
    say(
        f"Moved {kind_label(kind)} {record.id}{along} to the trash; "
        f"`{PROG} trash restore {out.short_batch(batch.id)}` brings {them} back."
    )
    return EXIT_OK


def _with_option(exc: ValidationError) -> ValidationError:
    """The core's refusal, naming the command-line option instead of the field."""
    if re.fullmatch(r"[a-z_]+", exc.field):
        return ValidationError(option_for(exc.field), exc.message)
    return exc


def resolve_link(target: str, value: Any, field: str) -> Any:
    """An id or UUID as given, or the id of the one record with that name."""
    from mentorjournal.domain import records

    return records.resolve_name(target, value, field)


# -- show -------------------------------------------------------------------


def cmd_show(args: argparse.Namespace) -> int:
    """Print one record in full."""
    from mentorjournal.domain import records

    if str(args.ref).isdigit() and int(args.ref) > MAX_ID:
        raise NotFound(f"No {kind_label(args.kind)} {args.ref} (ids go up to {MAX_ID}).")
    with opened(args):
        record = records.get(args.kind, args.ref)
        data = out.record_dict(args.kind, record)
    if args.json:
        out.print_json(data)
    else:
        out.print_record(args.kind, data)
    return EXIT_OK


# -- list -------------------------------------------------------------------


def cmd_list(args: argparse.Namespace) -> int:
    """List records, newest first, with optional filters."""
    from mentorjournal.cli import listing as cli_listing

    with opened(args):
        rows = cli_listing.rows(args)
    if args.json:
        out.print_json(rows)
    else:
        out.print_rows(rows)
        if not rows:
            note("Nothing found.")
    return EXIT_OK


# -- search -----------------------------------------------------------------


def cmd_search(args: argparse.Namespace) -> int:
    """Full-text search with the matches marked in each snippet."""
    from mentorjournal.domain import search

    query = " ".join(args.query)
    kinds = _kinds(args.kind)
    with opened(args):
        try:
            person = None
            if args.person:
                ref = resolve_link("person", args.person, "--person")
                person = validation.resolve("person", ref, "--person").id
            hits = search.search(
                query,
                kinds=kinds,
                person=person,
                start=args.since,
                end=args.until,
                limit=args.limit,
            )
        except ValidationError as exc:
            raise _with_option(exc) from None
    if args.json:
        out.print_json([out.hit_dict(hit) for hit in hits])
        return EXIT_OK
    for hit in hits:
        out.print_hit(hit)
    if not hits:
        note("No matches.")
    return EXIT_OK


def _kinds(values: list[str] | None) -> list[str] | None:
    """The ``--kind`` values (repeated or comma-separated), checked."""
    if not values:
        return None
    kinds = [k.strip().lower() for v in values for k in v.split(",") if k.strip()]
    for kind in kinds:
        if kind not in SEARCH_CODES:
            raise CliError(f"--kind: unknown kind {kind!r}; one of: {', '.join(SEARCH_CODES)}")
    return kinds


# -- registration -----------------------------------------------------------


def count(text: str) -> int:
    if not _DIGITS.fullmatch(text.strip()) or int(text) < 1:
        raise argparse.ArgumentTypeError(f"not a whole number of 1 or more: {text!r}")
    return int(text)


def _add_field_options(p: argparse.ArgumentParser, kind: str, *, editing: bool) -> None:
    """One option per field of ``kind`` (``validation.FIELDS``), for add and edit."""
    group = p.add_argument_group(f"{kind} fields")
    for field, rule in validation.FIELDS[kind].items():
        text = _help_for(kind, field, rule)
        if editing:
            text = "; ".join(
                part
                for part in text.split("; ")
                if part != "required" and not part.startswith("default:")
            )
            if not rule.required and rule.type not in ("tags",):
                text += '; "" clears it'
        if rule.type == "tags":
            group.add_argument(
                "--tag",
                "--tags",
                dest=_dest(field),
                action="append",
                metavar="TAG",
                help=text + ("; replaces the tags" if editing else ""),
            )
            continue
        group.add_argument(
            option_for(field),
            dest=_dest(field),
            metavar=METAVARS.get(rule.type, "VALUE"),
            help=text,
        )
    p.add_argument(
        "--edit",
        action="store_true",
        help=f"write the {MAIN_TEXT[kind]} in $VISUAL / $EDITOR (or the terminal)"
        + (", starting from the current text" if editing else ""),
    )
    p.add_argument(
        "--json", action="store_true", help="print the record as JSON (as `show --json` does)"
    )


def _register_add(sub: argparse._SubParsersAction) -> None:
    parser = add_command(
        sub,
        "add",
        cmd_add,
        summary="add a record (reflection, session, person, goal, action, skill, rating, win)",
        description=(
            "Add one record. Each kind has its own options: see `add KIND --help`.\n"
            "Text fields take Markdown; give - to read one from stdin, or --edit to write the\n"
            "main text in $VISUAL / $EDITOR (the terminal without one). Links (--person,\n"
            "--skill, --goal...) take an id, a UUID, or a name. Dates take YYYY-MM-DD or words:\n"
            "today, yesterday, friday, last friday, next monday, 3 days ago, in 2 weeks.\n"
            "Bad values are refused with the option named; nothing is saved."
        ),
        examples=f"""
  {PROG} add person --name "Ada Lovelace" --relation mentor
  {PROG} add reflection --title "After the 1:1" --body - < notes.md
  {PROG} add reflection --edit --written-at yesterday
  {PROG} add rating --skill "Public speaking" --value 7 --json""",
    )
    kinds = parser.add_subparsers(title="kinds", metavar="KIND", dest="kind", required=True)
    for kind in ADD_KINDS:
        p = add_command(
            kinds,
            kind,
            cmd_add,
            summary=SUMMARIES[kind],
            description=f"Add {SUMMARIES[kind]}.",
            examples=EXAMPLES[kind].format(p=PROG),
        )
        p.set_defaults(command="add", kind=kind)
        _add_field_options(p, kind, editing=False)


def _register_edit(sub: argparse._SubParsersAction) -> None:
    parser = add_command(
        sub,
        "edit",
        cmd_edit,
        summary="change fields of a record",
        description=(
            "Change one record: only the fields given change (the options are those of\n"
            "`add KIND`; an empty value clears an optional field). --edit opens the main\n"
            "text, with the title on the first line, in $VISUAL / $EDITOR."
        ),
        examples=f"""
  {PROG} edit reflection 12 --edit
  {PROG} edit goal 3 --progress 60 --status active
  {PROG} edit action 7 --due-on "next monday" --json""",
    )
    kinds = parser.add_subparsers(title="kinds", metavar="KIND", dest="kind", required=True)
    for kind in ADD_KINDS:
        p = add_command(
            kinds,
            kind,
            cmd_edit,
            summary=f"change {SUMMARIES[kind]}",
            description=f"Change fields of {SUMMARIES[kind]}; only the options given change.",
            examples=f"  {PROG} edit {kind} 1 --edit",
        )
        p.set_defaults(command="edit", kind=kind)
        p.add_argument("ref", metavar="ID", help="the record's id (from `list`) or UUID")
        _add_field_options(p, kind, editing=True)


def _register_delete(sub: argparse._SubParsersAction) -> None:
    p = add_command(
        sub,
        "delete",
        cmd_delete,
        summary="move a record to the trash",
        description=(
            "Move one record to the trash, with what cannot stay without it: a person's\n"
            "sessions, a skill's ratings, a goal's action items. Records that only link to\n"
            "it stay. `trash restore` brings everything back as it was; `trash empty`\n"
            "deletes for good."
        ),
        examples=f"""
  {PROG} delete reflection 12
  {PROG} delete person 3
  {PROG} trash list""",
    )
    p.add_argument(
        "kind", metavar="KIND", choices=ADD_KINDS, help="one of: " + ", ".join(ADD_KINDS)
    )
    p.add_argument("ref", metavar="ID", help="the record's id (from `list`) or UUID")


def register(sub: argparse._SubParsersAction) -> None:
    """Add this module's commands to the top-level parser."""
    _register_add(sub)
    _register_edit(sub)
    _register_delete(sub)
    from mentorjournal.cli.listing import register_list

    register_list(sub, cmd_list)

    p = add_command(
        sub,
        "show",
        cmd_show,
        summary="show one record in full",
        description="Print every field of one record. REF is its id (from `list`) or UUID.",
        examples=f"""
  {PROG} show reflection 12
  {PROG} show person 3f0c2a4e-8d1b-4b8e-9c1e-2f8a6d0b7e55 --json""",
    )
    p.add_argument(
        "kind", metavar="KIND", choices=values(Kind), help="one of: " + ", ".join(values(Kind))
    )
    p.add_argument("ref", metavar="REF", help="the record's id or UUID")
    p.add_argument("--json", action="store_true", help="print JSON")

    p = add_command(
        sub,
        "search",
        cmd_search,
        summary="full-text search with highlighted snippets",
        description=(
            "Search every text of the journal, best matches first. Words match as prefixes\n"
            "and all words must match; quotes and operators are searched as plain text.\n"
            "Matches are shown in bold in a terminal, and in [brackets] otherwise."
        ),
        examples=f"""
  {PROG} search feedback
  {PROG} search "public speak" --kind reflection --kind session --limit 5
  {PROG} search promotion --since 2025-01-01 --json""",
    )
    p.add_argument("query", metavar="QUERY", nargs="+", help="words to find")
    p.add_argument(
        "--kind",
        action="append",
        metavar="KIND",
        help="only these kinds (repeat, or commas): " + ", ".join(SEARCH_CODES),
    )
    p.add_argument(
        "--person", metavar="REF", help="only records about this person (id, UUID or name)"
    )
    p.add_argument(
        "--since",
        type=date_option,
        metavar="DATE",
        help="only records dated on or after DATE (YYYY-MM-DD, or words: last monday, 2 weeks ago)",
    )
    p.add_argument(
        "--until", type=date_option, metavar="DATE", help="only records dated up to DATE"
    )
    p.add_argument(
        "--limit", type=count, default=20, metavar="N", help="at most N hits (default 20)"
    )
    p.add_argument("--json", action="store_true", help="print JSON (marks as \\u0002/\\u0003)")
