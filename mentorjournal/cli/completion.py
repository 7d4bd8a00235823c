"""``completion bash|zsh|fish``: a tab-completion script made from the parser itself.

The scripts come from ``shtab``, which reads the argparse parser, so every
command, kind and option completes as ``--help`` lists it, and a new option
completes without anyone writing shell. They are static: pressing Tab runs no
Python (and never opens the journal). Paths (``--journal``, ``--output``...)
complete as files.
"""

from __future__ import annotations

import argparse

from mentorjournal.cli.common import EXIT_OK, PROG, add_command, say

SHELLS = ("bash", "zsh", "fish")

#: Options whose value is a path: completed as files.
FILE_OPTIONS = {
    "--journal",
    "--passphrase-file",
    "--recovery-key-file",
    "--new-passphrase-file",
    "--output",
    "-o",
}

INSTALL = {
    "bash": f"{PROG} completion bash > ~/.local/share/bash-completion/completions/{PROG}",
    "zsh": f"{PROG} completion zsh > ~/.zfunc/_{PROG}   # with fpath+=(~/.zfunc) in ~/.zshrc",
    "fish": f"{PROG} completion fish > ~/.config/fish/completions/{PROG}.fish",
}


def script(parser: argparse.ArgumentParser, shell: str) -> str:
    """The completion script of ``parser`` (the whole command line) for ``shell``."""
    import shtab

    _mark_files(parser, shtab)
    return shtab.complete(parser, shell=shell)


def _mark_files(parser: argparse.ArgumentParser, shtab: object) -> None:
    """Options that take a path complete as files (``shtab.FILE``), everywhere."""
    seen: set[int] = set()
    stack = [parser]
    while stack:
        current = stack.pop()
        if id(current) in seen:
            continue
        seen.add(id(current))
        for action in current._actions:
            if isinstance(action, argparse._SubParsersAction):
                stack.extend(action.choices.values())
            elif FILE_OPTIONS.intersection(action.option_strings):
                action.complete = shtab.FILE  # type: ignore[attr-defined]


def cmd_completion(args: argparse.Namespace) -> int:
    say(script(args.parser, args.shell).rstrip("\n"))
    return EXIT_OK


def register(sub: argparse._SubParsersAction) -> None:
    p = add_command(
        sub,
        "completion",
        cmd_completion,
        summary="print a tab-completion script for bash, zsh or fish",
        description=(
            "Print a script that completes commands, kinds and options when you press Tab.\n"
            "Install it once (a new shell picks it up):\n"
            + "".join(f"  {shell}: {line}\n" for shell, line in INSTALL.items())
            + f'or for this shell only: eval "$({PROG} completion bash)".'
        ),
        examples=f"""
  {INSTALL["bash"]}
  {INSTALL["fish"]}""",
        global_options=False,
    )
    p.add_argument("shell", metavar="SHELL", choices=SHELLS, help="one of: " + ", ".join(SHELLS))
