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
    """Where backups go and how many are kept.

    ``folder`` None means ``backups/<journal name>/`` beside the journal.
    """

    folder: Path | None = None
    keep: int = paths.DEFAULT_BACKUPS_KEPT

    def folder_for(self, journal_path: Path) -> Path:
        """The folder for ``journal_path``'s backups (file names carry the journal's name)."""
        return Path(self.folder) if self.folder else paths.backup_dir_for(journal_path)


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
        }
    }
    fsutil.atomic_write_text(settings_path(), json.dumps(data, indent=2) + "\n")


def save_backup_policy(policy: BackupPolicy) -> None:
    save(dataclasses.replace(load(), backups=policy))


def _policy(raw: Any) -> BackupPolicy:
    if not isinstance(raw, dict):
        return BackupPolicy()
    folder = raw.get("folder")
    keep = raw.get("keep")
    return BackupPolicy(
        folder=Path(folder) if isinstance(folder, str) and folder else None,
        keep=keep
        if isinstance(keep, int) and not isinstance(keep, bool) and 1 <= keep <= MAX_KEEP
        else paths.DEFAULT_BACKUPS_KEPT,
    )
