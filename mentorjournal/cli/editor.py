"""``--edit``: the text of a record in the user's editor, as ``git commit`` does.

The editor is ``$VISUAL``, else ``$EDITOR`` (split like a shell line, so
``EDITOR="code --wait"`` works), run on a file of its own: the file is made
0600 inside a folder from ``tempfile.mkdtemp`` (0700, so the editor's swap and
backup files are private too), and the folder goes with everything in it when
the editor is done, whatever happens (an error, Ctrl+C). Before removing it the
file is overwritten with zeros, so the text does not linger where the editor
left it. The journal keeps the text; the temporary file only while you edit.

Without an editor the text is read from the terminal until Ctrl+D; without a
terminal either, ``--edit`` refuses (pipe text in with ``--body -`` instead).

The file holds the title on its first line (kinds with a title), a blank line,
then the text; everything from the scissors line on is help and is removed,
so Markdown headings (``# ...``) in the text stay as they are.
"""

from __future__ import annotations

import contextlib
import os
import shlex
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from mentorjournal.cli.common import CliError, can_prompt, note

SCISSORS = "# ------------------------ >8 ------------------------"
HELP = (
    "# Do not change or remove the line above.\n"
    "# Everything below it is removed. Save and quit to keep your text;\n"
    "# an empty text saves nothing.\n"
)

#: Where an editor that is not installed shows up (exit status of a shell).
_NOT_FOUND = 127


class NothingSaved(CliError):
    """The text came back empty: nothing was saved (like an empty commit message)."""

    exit_code = 1


@dataclass(frozen=True)
class Edited:
    title: str | None  # None for kinds without a title line
    text: str


def editor_command() -> list[str] | None:
    """``$VISUAL`` or ``$EDITOR`` as an argument list; None when neither is set."""
    for name in ("VISUAL", "EDITOR"):
        value = os.environ.get(name, "").strip()
        if value:
            try:
                words = shlex.split(value)
            except ValueError:
                raise CliError(f"${name} cannot be read as a command: {value!r}.") from None
            if words:
                return words
    return None


def template(title: str | None, text: str, *, what: str, has_title: bool) -> str:
    """What the editor opens with: the current text and the help below the scissors."""
    head = f"{title or ''}\n\n" if has_title else ""
    body = text.rstrip("\n") + "\n" if text else "\n"
    hint = (
        f"# The first line is the title; the {what} (Markdown) follows a blank line.\n"
        if has_title
        else f"# Write the {what} (Markdown) above.\n"
    )
    return f"{head}{body}{SCISSORS}\n{HELP}{hint}"


def parse(content: str, *, has_title: bool) -> Edited:
    """The title and text a user wrote, without the help; ``NothingSaved`` when empty."""
    lines = content.replace("\r\n", "\n").split("\n")
    if SCISSORS in lines:
        lines = lines[: lines.index(SCISSORS)]
    kept = "\n".join(lines)
    if not kept.strip():
        raise NothingSaved("Nothing saved (the text was empty).")
    title = None
    if has_title:
        stripped = kept.lstrip("\n")
        first, _, rest = stripped.partition("\n")
        title = first.strip()
        kept = rest
    text = kept.strip("\n")
    return Edited(title, text + "\n" if text.strip() else "")


def edit(title: str | None, text: str, *, what: str, has_title: bool) -> Edited:
    """Let the user change ``title`` and ``text``; returns what they saved."""
    command = editor_command()
    if command is None:  # a title already given is kept: only the text is typed
        return _from_terminal(what=what, has_title=has_title and title is None)
    start = template(title, text, what=what, has_title=has_title)
    folder = Path(tempfile.mkdtemp(prefix="mentorjournal-edit-"))
    path = folder / "ENTRY.md"
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(start)
        code = _run(command, path)
        if code != 0:
            reason = (
                f"the editor {command[0]} was not found"
                if code == _NOT_FOUND
                else f"the editor exited with status {code}"
            )
            raise CliError(f"Nothing saved: {reason} (check $VISUAL / $EDITOR).")
        try:
            content = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            raise NothingSaved("Nothing saved (the editor removed the file).") from None
        except UnicodeDecodeError:
            raise CliError("Nothing saved: the editor saved text that is not UTF-8.") from None
    finally:
        _remove(folder)
    return parse(content, has_title=has_title)


def _run(command: list[str], path: Path) -> int:
    """Run the editor on the terminal (its stdin, stdout and stderr are ours)."""
    try:
        return subprocess.call([*command, str(path)])
    except FileNotFoundError:
        return _NOT_FOUND
    except PermissionError:
        raise CliError(f"Nothing saved: the editor {command[0]} cannot be run.") from None


def _remove(folder: Path) -> None:
    """Overwrite every file in the folder with zeros, then remove the folder."""
    for entry in folder.rglob("*"):
        with contextlib.suppress(OSError):
            if entry.is_file() and not entry.is_symlink():
                size = entry.stat().st_size
                with open(entry, "r+b") as fh:
                    fh.write(b"\0" * size)
                    fh.flush()
                    os.fsync(fh.fileno())
    shutil.rmtree(folder, ignore_errors=True)


def _from_terminal(*, what: str, has_title: bool) -> Edited:
    if not can_prompt():
        raise CliError(
            "--edit needs an editor ($VISUAL or $EDITOR) or a terminal; "
            "to pipe the text in, give the text option as - (e.g. --body -)."
        )
    if has_title:
        note(f"Type the title on the first line, then the {what} (Markdown).")
    else:
        note(f"Type the {what} (Markdown).")
    note("End with Ctrl+D on a new line (no $VISUAL or $EDITOR is set).")
    return parse(sys.stdin.read(), has_title=has_title)
