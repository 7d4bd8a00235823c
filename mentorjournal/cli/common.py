"""What every command of the command line shares: options, secrets, output.

``app`` builds the parser from the commands' ``register`` functions and runs
``main``; the commands (``commands``, ``records``, ``listing``, ``data``) use
the helpers here: where the journal is, where secrets come from, how it is
opened and closed, and how text reaches the terminal.

Secrets, in order of precedence: ``--recovery-key-file``, ``--passphrase-file``,
the environment variable ``MENTORJOURNAL_PASSPHRASE``, and finally an
interactive prompt when stdin is a terminal. A secret is never printed or
logged.

Exit codes: see ``app``.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from mentorjournal.errors import InvalidPassphrase, JournalError, JournalNotFound

if TYPE_CHECKING:
    from mentorjournal.storage.journal import Journal

PROG = "mentorjournal"
ENV_PASSPHRASE = "MENTORJOURNAL_PASSPHRASE"
ENV_NEW_PASSPHRASE = "MENTORJOURNAL_NEW_PASSPHRASE"

EXIT_OK = 0
EXIT_USAGE = 2
EXIT_BUG = 70
EXIT_INTERRUPTED = 130
EXIT_BROKEN_PIPE = 141

Handler = Callable[[argparse.Namespace], int]


class CliError(JournalError):
    """A command-line mistake that is not about the journal itself."""

    exit_code = EXIT_USAGE


# -- where things are -------------------------------------------------------


def journal_path(args: argparse.Namespace) -> Path:
    """The journal the command works on: ``--journal`` or the default one."""
    from mentorjournal import paths

    given = getattr(args, "journal", None)
    return Path(given).expanduser() if given else paths.default_journal_path()


def log_file() -> Path:
    """Where a crash report goes (stack frames only, never journal content)."""
    from mentorjournal import paths

    return paths.data_dir() / "logs" / "mentorjournal-cli.log"


# -- secrets ----------------------------------------------------------------


class Stdin:
    """Makes sure only one option reads from stdin in a run."""

    used_by: str | None = None

    @classmethod
    def claim(cls, option: str) -> TextIO:
        if cls.used_by and cls.used_by != option:
            raise CliError(f"{option} and {cls.used_by} cannot both read from stdin (-).")
        cls.used_by = option
        return sys.stdin


def read_stdin_text(option: str) -> str:
    """All of stdin, for an option given as ``-``."""
    return Stdin.claim(option).read()


def read_secret_file(name: str, option: str) -> str:
    """The first line of a file (``-`` is stdin); only the line ending is removed."""
    try:
        if name == "-":
            text = Stdin.claim(option).readline()
        else:
            with open(Path(name).expanduser(), encoding="utf-8", newline="") as fh:
                text = fh.readline()
    except FileNotFoundError:
        raise CliError(f"{option}: no file at {name}.") from None
    except IsADirectoryError:
        raise CliError(f"{option}: {name} is a folder, not a file.") from None
    except UnicodeDecodeError:
        raise CliError(f"{option}: {name} is not UTF-8 text.") from None
    except OSError as exc:
        raise CliError(f"{option}: cannot read {name} ({exc.strerror}).") from None
    if text.endswith("\n"):
        text = text[:-1]
        if text.endswith("\r"):
            text = text[:-1]
    return text


def can_prompt() -> bool:
    """True when a person can type a secret (stdin is a terminal)."""
    try:
        return sys.stdin is not None and sys.stdin.isatty()
    except (AttributeError, ValueError):
        return False


def prompt_secret(prompt: str) -> str:
    """Ask without echo; Ctrl+D counts as giving up."""
    import getpass

    try:
        return getpass.getpass(prompt)
    except EOFError:
        raise KeyboardInterrupt from None


def no_secret_error(what: str = "passphrase") -> CliError:
    return CliError(
        f"No {what} given: use --passphrase-file, set {ENV_PASSPHRASE}, "
        "or run in a terminal to be asked."
    )


def current_passphrase(args: argparse.Namespace, prompt: str = "Passphrase: ") -> str:
    """The passphrase of an existing journal, from the first source that has one."""
    if getattr(args, "passphrase_file", None):
        return read_secret_file(args.passphrase_file, "--passphrase-file")
    env = os.environ.get(ENV_PASSPHRASE)
    if env is not None:
        return env
    if not can_prompt():
        raise no_secret_error()
    return prompt_secret(prompt)


def new_passphrase(
    args: argparse.Namespace,
    *,
    file_option: str = "passphrase_file",
    env: str = ENV_PASSPHRASE,
    what: str = "passphrase",
) -> str:
    """A passphrase for a new journal or a new key; asked twice when typed."""
    flag = "--" + file_option.replace("_", "-")
    if getattr(args, file_option, None):
        return read_secret_file(getattr(args, file_option), flag)
    value = os.environ.get(env)
    if value is not None:
        return value
    if not can_prompt():
        raise CliError(f"No {what} given: use {flag}, set {env}, or run in a terminal to be asked.")
    first = prompt_secret(f"{what.capitalize()}: ")
    if first == "":
        raise InvalidPassphrase("The passphrase must not be empty.")
    if len(first) < 12:
        print(
            "Hint: a longer passphrase (several words) is much harder to guess.",
            file=sys.stderr,
        )
    if prompt_secret(f"Repeat the {what}: ") != first:
        raise InvalidPassphrase("The two passphrases do not match; nothing was changed.")
    return first


def unlock(path: Path, args: argparse.Namespace) -> Journal:
    """Open the journal at ``path`` with the secret the user gave."""
    from mentorjournal.storage.header import read_salt
    from mentorjournal.storage.journal import Journal

    if not path.exists():
        raise JournalNotFound(
            f"No journal at {path}. Create one with `{PROG} init` (or pass --journal PATH)."
        )
    read_salt(path)  # refuse a file that is not a journal before asking anything
    # Journal.open backs the file up by itself before a schema migration.
    recovery_file = getattr(args, "recovery_key_file", None)
    if recovery_file:
        recovery = read_secret_file(recovery_file, "--recovery-key-file")
        return Journal.open_with_recovery_key(path, recovery)
    return Journal.open(path, current_passphrase(args))


@contextlib.contextmanager
def opened(args: argparse.Namespace) -> Iterator[Journal]:
    """``with opened(args) as journal:`` — unlocked for the command, then closed."""
    journal = unlock(journal_path(args), args)
    try:
        yield journal
    finally:
        journal.close()


# -- output helpers ---------------------------------------------------------


def is_terminal(stream: TextIO | None = None) -> bool:
    stream = stream or sys.stdout
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


_CONTROL = {c: None for c in range(32) if chr(c) not in "\n\t"} | {127: None}


def for_terminal(text: str) -> str:
    """Journal text made safe for a terminal: no escape sequences from content."""
    return text.translate(_CONTROL) if is_terminal() else text


def say(text: str = "", *, stream: TextIO | None = None) -> None:
    print(text, file=stream or sys.stdout)


def note(text: str) -> None:
    """A status line for people (stderr, so stdout stays clean for pipes)."""
    print(text, file=sys.stderr)


# -- the parser -------------------------------------------------------------


def date_option(text: str) -> dt.date:
    """An argparse type: an ISO date or words such as "yesterday", "last friday",
    "3 days ago" (``text.dates``; a weekday alone is the last one, today included)."""
    from mentorjournal.text import dates

    try:
        return dates.parse_date(text)
    except dates.DateError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


class HelpFormatter(argparse.RawDescriptionHelpFormatter):
    """Keeps the line breaks of descriptions and examples."""


def add_global_options(parser: argparse.ArgumentParser, *, top: bool) -> None:
    """The options every command takes, before or after its name."""
    from mentorjournal import paths

    default = None if top else argparse.SUPPRESS
    group = parser.add_argument_group("journal and secrets")
    group.add_argument(
        "--journal",
        metavar="PATH",
        default=default,
        help=f"the journal file (default: {paths.default_journal_path()})",
    )
    group.add_argument(
        "--passphrase-file",
        metavar="PATH",
        default=default,
        help=f"read the passphrase from the first line of PATH (- for stdin); "
        f"otherwise ${ENV_PASSPHRASE}, otherwise you are asked",
    )
    group.add_argument(
        "--recovery-key-file",
        metavar="PATH",
        default=default,
        help="open the journal with the recovery key in PATH instead of the passphrase",
    )
    group.add_argument(
        "-v",
        "--verbose",
        action="store_true",
        default=False if top else argparse.SUPPRESS,
        help="report progress on stderr (never journal content)",
    )


def add_command(
    subparsers: argparse._SubParsersAction,
    name: str,
    handler: Handler,
    *,
    summary: str,
    description: str,
    examples: str,
    global_options: bool = True,
) -> argparse.ArgumentParser:
    """Register one command with its help text, examples and the global options."""
    parser = subparsers.add_parser(
        name,
        help=summary,
        description=description,
        epilog="examples:\n" + examples.strip("\n"),
        formatter_class=HelpFormatter,
    )
    if global_options:
        add_global_options(parser, top=False)
    parser.set_defaults(handler=handler, command=name)
    return parser
