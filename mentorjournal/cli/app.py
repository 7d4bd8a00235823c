"""The command line's entry point: the parser of every command and ``main``.

``mentorjournal COMMAND``, ``python -m mentorjournal COMMAND`` or
``python main.py COMMAND``. The commands live in ``commands`` (the journal
file: init, verify, backup, passphrase...), ``records`` (add, edit, delete,
show, search; ``editor`` runs ``--edit``), ``listing`` (list), ``trash`` (trash
list, restore, empty), ``data`` (export, import, stats), ``files`` (attach,
attachments, detach, tidy), ``report`` and ``completion``; what they share
(secrets, output, the global options) in ``common``. Only ``--version`` is
answered before any of them is imported.

Exit codes: 0 success; 1 a general problem (no journal, no such record...);
2 bad usage or a refused value; 3 wrong passphrase or recovery key; 4 not a
journal, damaged, or ``verify`` found problems; 5 journal busy (another
program holds it: the message names it); 6 journal from a newer version;
7 the journal (or the file to write) is read-only or permission is denied;
8 the disk is full; 9 the operating system reported an I/O error; 70 a bug;
130 interrupted.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Iterator
from pathlib import Path

from mentorjournal import __version__
from mentorjournal.cli.common import (
    ENV_PASSPHRASE,
    EXIT_BROKEN_PIPE,
    EXIT_BUG,
    EXIT_INTERRUPTED,
    EXIT_USAGE,
    PROG,
    Handler,
    HelpFormatter,
    Stdin,
    add_global_options,
    log_file,
)
from mentorjournal.errors import JournalError, from_os_error


def build_parser() -> argparse.ArgumentParser:
    """The full parser: global options and every command."""
    # The commands (and through them the core) are imported here, not at the top:
    # `--version` and the completion scripts do not pay for them (issue 14).
    from mentorjournal.cli import (
        calendar,
        commands,
        completion,
        data,
        files,
        records,
        report,
        trash,
    )

    parser = argparse.ArgumentParser(
        prog=PROG,
        description=(
            "MentorJournal: an encrypted, offline journal of mentoring.\n"
            "Without a command, `python main.py` opens the window; with one, it works "
            "on a journal\nwithout a window."
        ),
        epilog=(
            "examples:\n"
            f"  {PROG} init\n"
            f"  {PROG} add reflection --title 'After the 1:1' --body - < notes.md\n"
            f"  {PROG} add reflection --edit --written-at yesterday\n"
            f"  {PROG} edit goal 3 --progress 60\n"
            f"  {PROG} delete person 3              # to the trash; `trash restore` undoes it\n"
            f"  {PROG} search 'feedback' --since 'last monday'\n"
            f"  {PROG} backup\n\n"
            f"Run `{PROG} COMMAND --help` for the options of a command; `{PROG} completion\n"
            "bash|zsh|fish` prints a tab-completion script.\n"
            f"Scripts can pass the passphrase with ${ENV_PASSPHRASE} or --passphrase-file."
        ),
        formatter_class=HelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    add_global_options(parser, top=True)
    subparsers = parser.add_subparsers(title="commands", metavar="COMMAND")
    commands.register(subparsers)
    records.register(subparsers)
    data.register(subparsers)
    files.register(subparsers)
    report.register(subparsers)
    trash.register(subparsers)
    calendar.register(subparsers)
    completion.register(subparsers)
    _order_help(subparsers)
    return parser


#: The order commands are listed in ``--help``: everyday use first.
HELP_ORDER = (
    "add",
    "list",
    "show",
    "edit",
    "delete",
    "trash",
    "search",
    "stats",
    "export",
    "import",
    "report",
    "rhythm",
    "calendar",
    "invite",
    "attach",
    "attachments",
    "detach",
    "tidy",
    "init",
    "backup",
    "restore",
    "salvage",
    "verify",
    "passwd",
    "demo",
    "completion",
)


def _order_help(subparsers: argparse._SubParsersAction) -> None:
    """List the commands in ``HELP_ORDER`` (argparse keeps registration order)."""
    actions = getattr(subparsers, "_choices_actions", None)
    if isinstance(actions, list):
        rank = {name: n for n, name in enumerate(HELP_ORDER)}
        actions.sort(key=lambda action: rank.get(action.dest, len(rank)))


# -- running ----------------------------------------------------------------


@contextlib.contextmanager
def _logging_to_stderr(verbose: bool) -> Iterator[None]:
    """Core log lines go to stderr while a command runs: warnings, or all with -v.

    Only the package's own logger is touched (and restored afterwards), so
    calling ``main`` inside another program leaves its logging alone.
    """
    import logging

    package = logging.getLogger("mentorjournal")
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter(f"{PROG}: %(message)s"))
    previous = package.level
    package.addHandler(handler)
    package.setLevel(logging.INFO if verbose else logging.WARNING)
    try:
        yield
    finally:
        package.removeHandler(handler)
        package.setLevel(previous)


def _report_bug(exc: BaseException) -> int:
    """Write a crash report without the exception's message (it may hold content)."""
    import datetime as dt
    import traceback

    frames = "".join(traceback.format_tb(exc.__traceback__))
    report = (
        f"--- {dt.datetime.now().isoformat(timespec='seconds')} "
        f"MentorJournal {__version__} (python {sys.version.split()[0]})\n"
        f"{frames}{type(exc).__module__}.{type(exc).__qualname__}\n"
    )
    location: Path | str = log_file()
    try:
        from mentorjournal.storage import fsutil

        fsutil.private_dir(location.parent)
        fd = os.open(location, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        with os.fdopen(fd, "a", encoding="utf-8") as fh:
            fh.write(report)
    except OSError:
        location = "(the log could not be written)"
    print(
        f"{PROG}: internal error ({type(exc).__name__}); this is a bug. Details: {location}",
        file=sys.stderr,
    )
    return EXIT_BUG


def _quiet_broken_pipe() -> int:
    """The reader went away (``| head``): stop without a message."""
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    return EXIT_BROKEN_PIPE


def main(argv: list[str] | None = None) -> int:
    """Run one command; returns the process exit code (never raises)."""
    argv = sys.argv[1:] if argv is None else list(argv)
    if argv == ["--version"]:  # no parser, no core: as fast as Python starts (issue 14)
        print(f"{PROG} {__version__}")
        return 0
    from mentorjournal.storage import fsutil, lock

    Stdin.used_by = None
    lock.set_program("the command line (mentorjournal)")
    fsutil.use_private_umask()
    with contextlib.suppress(AttributeError, ValueError):
        sys.stdout.reconfigure(errors="replace")  # type: ignore[union-attr]
    try:
        parser = build_parser()
        try:
            args = parser.parse_args(argv)
        except SystemExit as exc:  # --help, --version, usage errors
            return exc.code if isinstance(exc.code, int) else EXIT_USAGE
        args.parser = parser  # `completion` reads the whole parser
        handler: Handler | None = getattr(args, "handler", None)
        if handler is None:
            parser.print_help(sys.stderr)
            return EXIT_USAGE
        with _logging_to_stderr(args.verbose):
            code = handler(args)
            sys.stdout.flush()
        return code
    except JournalError as exc:
        print(f"{PROG}: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print(file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        return _quiet_broken_pipe()
    except OSError as exc:  # a file the user named, a full disk, a read-only folder
        error = from_os_error(exc)
        print(f"{PROG}: {error}", file=sys.stderr)
        return error.exit_code
    except OverflowError:
        print(f"{PROG}: a number is too large (at most {2**63 - 1}).", file=sys.stderr)
        return EXIT_USAGE
    except RecursionError:
        print(f"{PROG}: the input is nested too deeply to be read.", file=sys.stderr)
        return EXIT_USAGE
    except Exception as exc:  # noqa: BLE001 - the last line of defence
        return _report_bug(exc)


if __name__ == "__main__":
    sys.exit(main())
