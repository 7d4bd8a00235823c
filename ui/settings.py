"""What the app keeps in QSettings: paths, layout and preferences, never content.

``Preferences`` is the Settings dialog's part: auto-lock minutes, theme and
where and how many backups to keep. The backup policy is the core's (its
settings file, which the command line reads too); the rest lives in
QSettings. Recent journals are plain paths. Nothing here ever holds journal
text, passphrases or keys (the keychain does that, and only when the user
opts in).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QSettings

from mentorjournal.paths import DEFAULT_BACKUPS_KEPT as DEFAULT_KEEP

if TYPE_CHECKING:
    from mentorjournal.storage.backups import Backups
    from mentorjournal.storage.settings import BackupPolicy

# The core's settings file (the backup policy) is read when the preferences are
# (``load_preferences``), after the first dialog: ``core_settings`` is imported there.

RECENT_KEY = "journals/recent"
MAX_RECENT = 8

IDLE_KEY = "preferences/idle_minutes"
CLIPBOARD_KEY = "preferences/clipboard_clear_seconds"
THEME_KEY = "preferences/theme"
#: "" (the system's), "en" or "de"; read at start by ui/i18n.py.
LANGUAGE_KEY = "preferences/language"
LANGUAGES = ("", "en", "de")
BACKUP_FOLDER_KEY = "backups/folder"
BACKUP_KEEP_KEY = "backups/keep"

DEFAULT_IDLE_MINUTES = 10
#: An idle lock, when on, waits at least this long (0 means never).
MIN_IDLE_MINUTES = 1
MAX_IDLE_MINUTES = 24 * 60
DEFAULT_CLIPBOARD_SECONDS = 30
MAX_CLIPBOARD_SECONDS = 600
THEMES = ("system", "light", "dark")


class Preferences(NamedTuple):
    """The user's choices. ``idle_minutes`` 0 means never lock automatically;
    ``backup_folder`` None means the default folder beside the journal;
    ``clipboard_seconds`` 0 leaves copied text on the clipboard.

    (Immutable like a frozen dataclass, but a NamedTuple: the window imports this module
    before its first dialog, and ``dataclasses`` with a class's generated methods would be
    1-2 ms of that.)"""

    idle_minutes: int = DEFAULT_IDLE_MINUTES
    theme: str = "system"
    backup_folder: Path | None = None
    backup_keep: int = DEFAULT_KEEP
    clipboard_seconds: int = DEFAULT_CLIPBOARD_SECONDS
    #: A copy of every backup also goes here (another drive, a cloud folder); None: none.
    backup_second_folder: Path | None = None
    language: str = ""

    def backups(self, journal_path: Path) -> Backups:
        from mentorjournal.storage.backups import (
            Backups,  # not at start-up: it loads the database layer
        )

        return Backups.for_journal(journal_path, self.backup_policy)

    @property
    def backup_policy(self) -> BackupPolicy:
        import dataclasses

        from mentorjournal.storage import settings as core_settings

        # The rest of the policy (ages, the off-disk limit) is the core's: keep it.
        return dataclasses.replace(
            core_settings.load().backups,
            folder=self.backup_folder,
            keep=self.backup_keep,
            second_folder=self.backup_second_folder,
        )


def _int(settings: QSettings, key: str, default: int, low: int, high: int) -> int:
    value = settings.value(key, default)
    try:
        number = int(value)
    except (TypeError, ValueError):
        return default
    return number if low <= number <= high else default


def load_theme(settings: QSettings) -> str:
    """The saved theme ("system", "light" or "dark"), read at start before the rest."""
    theme = str(settings.value(THEME_KEY, "system") or "system")
    return theme if theme in THEMES else "system"


def load_preferences(settings: QSettings) -> Preferences:
    """The saved preferences; anything missing or unreadable gets its default."""
    from mentorjournal.storage import settings as core_settings

    language = str(settings.value(LANGUAGE_KEY, "") or "")
    policy = core_settings.load().backups
    if not core_settings.settings_path().exists():
        policy = _policy_kept_in_qsettings(settings)
    idle = _int(settings, IDLE_KEY, DEFAULT_IDLE_MINUTES, 0, MAX_IDLE_MINUTES)
    return Preferences(
        idle_minutes=idle if idle == 0 else max(MIN_IDLE_MINUTES, idle),
        theme=load_theme(settings),
        backup_folder=policy.folder,
        backup_keep=policy.keep,
        backup_second_folder=policy.second_folder,
        clipboard_seconds=_int(
            settings, CLIPBOARD_KEY, DEFAULT_CLIPBOARD_SECONDS, 0, MAX_CLIPBOARD_SECONDS
        ),
        language=language if language in LANGUAGES else "",
    )


def _policy_kept_in_qsettings(settings: QSettings) -> BackupPolicy:
    """Where earlier versions kept the backup policy (read once, until it is saved again)."""
    folder = settings.value(BACKUP_FOLDER_KEY, "")
    folder = folder if isinstance(folder, str) else ""  # a hand-edited "a, b" reads as a list
    from mentorjournal.storage.settings import MAX_KEEP, BackupPolicy

    return BackupPolicy(
        Path(folder) if folder else None, _int(settings, BACKUP_KEEP_KEY, DEFAULT_KEEP, 1, MAX_KEEP)
    )


def save_preferences(settings: QSettings, prefs: Preferences) -> None:
    settings.setValue(IDLE_KEY, int(prefs.idle_minutes))
    settings.setValue(THEME_KEY, prefs.theme)
    settings.setValue(LANGUAGE_KEY, prefs.language if prefs.language in LANGUAGES else "")
    settings.setValue(CLIPBOARD_KEY, int(prefs.clipboard_seconds))
    settings.remove(BACKUP_FOLDER_KEY)
    settings.remove(BACKUP_KEEP_KEY)
    settings.sync()
    from mentorjournal.storage import settings as core_settings

    core_settings.save_backup_policy(prefs.backup_policy)


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
