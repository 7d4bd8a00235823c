"""What the window keeps in QSettings: paths and layout only, never content."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

RECENT_KEY = "journals/recent"
MAX_RECENT = 8


def recent_journals(settings: QSettings) -> list[Path]:
    """Recently opened journal files, most recent first."""
    value = settings.value(RECENT_KEY, [])
    if isinstance(value, str):  # QSettings returns a lone entry as a string
        value = [value]
    return [Path(p) for p in value or [] if p]


def add_recent_journal(settings: QSettings, path: Path) -> None:
    path = Path(path).resolve()
    paths = [p for p in recent_journals(settings) if p != path]
    settings.setValue(RECENT_KEY, [str(p) for p in [path, *paths][:MAX_RECENT]])


def forget_recent_journal(settings: QSettings, path: Path) -> None:
    path = Path(path).resolve()
    settings.setValue(RECENT_KEY, [str(p) for p in recent_journals(settings) if p != path])
