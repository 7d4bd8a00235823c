"""The core's own settings file: backup policy, read by the command line and the window.

A small plaintext JSON file in the platform's configuration folder
(``paths.config_dir()``). It holds folders and numbers only, never journal
content, so it can be read when the journal cannot (exactly when a restore is
needed). The window's own preferences (theme, layout, idle lock) stay in
QSettings; what both front ends must agree on lives here.

An unreadable or hand-damaged file counts as the defaults (and is reported in
the log); it is rewritten only when a setting is saved.
"""

from __future__ import annotations

import dataclasses
import json
import logging
from pathlib import Path
from typing import Any

from mentorjournal import paths
from mentorjournal.storage import fsutil

log = logging.getLogger(__name__)

FILE_NAME = "settings.json"
#: The most backups that can be kept.
MAX_KEEP = 999


@dataclasses.dataclass(frozen=True)
class BackupPolicy:
    """Where backups go and which are kept.

    ``folder`` None means ``backups/<journal name>/`` beside the journal.
    ``keep``: how many of the backups *you* make (``backup``, "Back up now")
    are kept; automatic ones (daily, before an import, a passphrase change,
    an upgrade or a restore) never push those out and are kept by age: all
    of the last day, one a day for ``daily_days`` days, one a week for
    ``weekly_weeks`` weeks, one a month for ``monthly_months`` months (the
    horizon: after that, a deleted record is gone from automatic backups).
    ``second_folder``: a copy of every backup also goes there (another
    drive, a cloud folder); ``offsite_days``: warn when the newest copy off
    this disk is older than that.
    """

    folder: Path | None = None
    keep: int = paths.DEFAULT_BACKUPS_KEPT
    second_folder: Path | None = None
    offsite_days: int = 14
    daily_days: int = 7
    weekly_weeks: int = 5
    monthly_months: int = 12

    def folder_for(self, journal_path: Path) -> Path:
        """The folder for ``journal_path``'s backups (file names carry the journal's name)."""
        return Path(self.folder) if self.folder else paths.backup_dir_for(journal_path)

    @property
    def horizon_days(self) -> int:
        """About how long a deleted record survives in automatic backups."""
        return max(self.daily_days, self.weekly_weeks * 7, self.monthly_months * 31)


#: Bounds of the numbers a hand-edited file may hold.
LIMITS = {
    "keep": (1, MAX_KEEP),
    "offsite_days": (1, 3650),
    "daily_days": (1, 365),
    "weekly_weeks": (0, 520),
    "monthly_months": (0, 1200),
}


@dataclasses.dataclass(frozen=True)
class CoreSettings:
    backups: BackupPolicy = BackupPolicy()


def settings_path() -> Path:
    return paths.config_dir() / FILE_NAME


def load() -> CoreSettings:
    """The saved settings; anything missing or unreadable gets its default."""
    try:
        data = json.loads(settings_path().read_text(encoding="utf-8"))
    except FileNotFoundError:
        return CoreSettings()
    except (OSError, ValueError) as exc:
        log.warning("core settings unreadable (%s); using the defaults", type(exc).__name__)
        return CoreSettings()
    if not isinstance(data, dict):
        return CoreSettings()
    return CoreSettings(backups=_policy(data.get("backups")))


def save(settings: CoreSettings) -> None:
    """Write the settings atomically (0600: the folder names are the user's business)."""
    policy = settings.backups
    data = {
        "backups": {
            "folder": str(policy.folder) if policy.folder else None,
            "keep": policy.keep,
            "second_folder": str(policy.second_folder) if policy.second_folder else None,
            "offsite_days": policy.offsite_days,
            "daily_days": policy.daily_days,
            "weekly_weeks": policy.weekly_weeks,
            "monthly_months": policy.monthly_months,
        }
    }
    fsutil.atomic_write_text(settings_path(), json.dumps(data, indent=2) + "\n")


def save_backup_policy(policy: BackupPolicy) -> None:
    save(dataclasses.replace(load(), backups=policy))


def _folder(raw: Any) -> Path | None:
    return Path(raw) if isinstance(raw, str) and raw else None


def _number(raw: dict[str, Any], name: str) -> int:
    value = raw.get(name)
    low, high = LIMITS[name]
    if isinstance(value, int) and not isinstance(value, bool) and low <= value <= high:
        return value
    default: int = getattr(BackupPolicy(), name)
    return default


def _policy(raw: Any) -> BackupPolicy:
    if not isinstance(raw, dict):
        return BackupPolicy()
    return BackupPolicy(
        folder=_folder(raw.get("folder")),
        second_folder=_folder(raw.get("second_folder")),
        **{name: _number(raw, name) for name in LIMITS},
    )
