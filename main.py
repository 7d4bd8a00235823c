"""MentorJournal: `python main.py` opens the window; `python main.py COMMAND` works headless.

The window also takes `--demo`, `--journal PATH` and a journal file (a path
ending in `.mjournal` or with a `/` in it: what "Open with" passes); anything
else (a command, `--help`, `--version`) goes to the command line. The
installed commands split the same way: `mentorjournal-gui` is the window,
`mentorjournal` the command line.
"""

import os
import sys

if sys.version_info < (3, 12):  # noqa: UP036 -- PySide6 6.12 crashes on 3.11 (pyproject.toml)
    sys.exit("MentorJournal needs Python 3.12 or newer (run `make run`, which sets it up).")


def is_journal_path(arg: str) -> bool:
    """A journal file rather than a command: commands are plain words."""
    return arg.lower().endswith(".mjournal") or os.sep in arg or (os.altsep or os.sep) in arg


def wants_window(args: list[str]) -> bool:
    """True for no arguments, or only the window's own options and at most one journal path."""
    rest = list(args)
    paths = 0
    while rest:
        head = rest.pop(0)
        if head == "--demo":
            continue
        if not head.startswith("-") and is_journal_path(head) and paths == 0:
            paths += 1
            continue
        if head == "--journal" and rest:
            rest.pop(0)
            continue
        if head.startswith("--journal="):
            continue
        return False
    return True


def main() -> int:
    args = sys.argv[1:]
    if wants_window(args):
        from ui.app import main as gui_main

        return gui_main(args)
    from mentorjournal.cli.app import main as cli_main

    return cli_main(args)


if __name__ == "__main__":
    sys.exit(main())
