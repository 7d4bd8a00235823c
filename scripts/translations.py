"""The window's translations: update the .ts sources, compile the .qm, report what is unfinished.

    python scripts/translations.py update    # pyside6-lupdate: new strings of ui/ into the .ts
    python scripts/translations.py compile   # pyside6-lrelease: .ts -> .qm (make translations)
    python scripts/translations.py check     # fails when an entry is unfinished or lost

Sources: every ``ui/**/*.py`` and ``mentorjournal/kinds.py`` (QT_TRANSLATE_NOOP
"kinds") (the core's user messages are in ui/core_messages.py). The .ts
files are ``resources/i18n/mentorjournal_<lang>.ts``; the .qm beside them is a
build product (not committed). See docs/TRANSLATIONS.md.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "i18n"
CORE_SOURCES = ("mentorjournal/kinds.py",)


def tool(name: str) -> str:
    """``pyside6-<name>`` beside this Python, on PATH, or PySide6's own binary."""
    beside = Path(sys.executable).parent / f"pyside6-{name}"
    if beside.exists():
        return str(beside)
    found = shutil.which(f"pyside6-{name}")
    if found:
        return found
    import PySide6  # noqa: PLC0415 - only when the wrapper is not installed

    return str(Path(PySide6.__file__).parent / name)


def lupdate() -> list[str]:
    """lupdate with our options: drop what is gone; ``_tr(text)`` helpers count as ``tr``."""
    return [tool("lupdate"), "-no-obsolete", "-tr-function-alias", "tr+=_tr"]


def sources() -> list[str]:
    files = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "ui").rglob("*.py"))
    return files + [name for name in CORE_SOURCES if (ROOT / name).exists()]


def catalogues() -> list[Path]:
    return sorted(FOLDER.glob("mentorjournal_*.ts"))


def update() -> None:
    for ts in catalogues():
        subprocess.run(
            [*lupdate(), *sources(), "-ts", str(ts.relative_to(ROOT))],
            cwd=ROOT,
            check=True,
        )


def compile_all(quiet: bool = False) -> list[str]:
    """Compile every .ts; returns lrelease's reports."""
    reports = []
    for ts in catalogues():
        done = subprocess.run(
            [tool("lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))],
            check=True,
            capture_output=True,
            text=True,
        )
        reports.append(done.stdout + done.stderr)
        if not quiet:
            print(done.stdout.strip())
    return reports


def unfinished(ts: Path) -> int:
    text = ts.read_text(encoding="utf-8")
    return len(re.findall(r'type="(?:unfinished|vanished|obsolete)"', text))


def check() -> int:
    problems = 0
    for ts in catalogues():
        count = unfinished(ts)
        print(f"{ts.name}: {count} unfinished")
        problems += count
    return 1 if problems else 0


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "compile"
    if command == "update":
        update()
        return 0
    if command == "compile":
        compile_all()
        return 0
    if command == "check":
        return check()
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
