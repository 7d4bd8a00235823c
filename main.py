"""MentorJournal: `python main.py` opens the window; `python main.py COMMAND` works headless."""

import sys

if sys.version_info < (3, 12):  # see pyproject.toml: PySide6 6.12 crashes on 3.11
    sys.exit("MentorJournal needs Python 3.12 or newer (run `make run`, which sets it up).")


def main() -> int:
    args = sys.argv[1:]
    if args and not args[0].startswith("--demo") and args[0] not in ("--journal",):
        from mentorjournal.cli import main as cli_main

        return cli_main(args)
    from ui.app import main as gui_main

    return gui_main(args)


if __name__ == "__main__":
    sys.exit(main())
