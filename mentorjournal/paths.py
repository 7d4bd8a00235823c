"""Where journals, backups and settings live (platform conventions).

Settings hold paths and preferences only, never journal content.
"""

from __future__ import annotations

import os
from pathlib import Path

from mentorjournal import APP_NAME

# platformdirs is imported where a folder is asked for, not here: the window's
# first dialog (and `mj --version`) import this module and need no folder.

#: Tests and portable installs can point everything elsewhere.
ENV_DATA_DIR = "MENTORJOURNAL_DATA_DIR"
ENV_CONFIG_DIR = "MENTORJOURNAL_CONFIG_DIR"


def data_dir() -> Path:
    override = os.environ.get(ENV_DATA_DIR)
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def config_dir() -> Path:
    """Where the core's settings file lives (no journal content)."""
    override = os.environ.get(ENV_CONFIG_DIR)
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def default_journal_path() -> Path:
    return data_dir() / "journal.mjournal"


#: How many backups are kept unless the user chooses otherwise.
DEFAULT_BACKUPS_KEPT = 10


def backup_dir_for(journal_path: Path) -> Path:
    """Backups of ``journal.mjournal`` go to ``backups/journal/`` beside it."""
    journal_path = Path(journal_path)
    return journal_path.parent / "backups" / journal_path.stem
