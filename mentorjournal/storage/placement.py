"""Where the journal sits: warnings about sync folders and conflicted copies.

A live SQLite file with its ``-wal`` beside it inside a folder that a sync
engine (Dropbox, Syncthing, OneDrive, Nextcloud, ownCloud, Google Drive,
iCloud Drive) copies while it changes can be damaged, or forked into
"conflicted copies". ``warnings(journal_path)`` returns one line per problem
found, with what to do; the window shows them after unlocking, the command
line prints them on ``verify``, ``backup`` and ``init``. A sync folder is fine
for *backups* (the second backup location): a backup is written once and
renamed into place whole.
"""

from __future__ import annotations

import re
from pathlib import Path

from mentorjournal.storage.lock import real_path

#: Folder names that sync engines create (compared case-insensitively).
_SYNC_NAMES = {
    "dropbox": "Dropbox",
    "onedrive": "OneDrive",
    "nextcloud": "Nextcloud",
    "owncloud": "ownCloud",
    "google drive": "Google Drive",
    "googledrive": "Google Drive",
    "my drive": "Google Drive",
    "icloud drive": "iCloud Drive",
    "mobile documents": "iCloud Drive",
    "syncthing": "Syncthing",
    "sync": "a sync folder",
}
#: Files a sync engine leaves at the top of the folder it syncs.
_SYNC_MARKERS = {
    ".stfolder": "Syncthing",
    ".dropbox": "Dropbox",
    ".dropbox.cache": "Dropbox",
    ".nextcloudsync.log": "Nextcloud",
    ".owncloudsync.log": "ownCloud",
    ".sync_journal.db": "Nextcloud",
}
_CONFLICT = re.compile(
    r"(\.sync-conflict-\d{8}-\d{6}"  # Syncthing
    r"|\(conflicted copy"  # Dropbox, Nextcloud
    r"|\(conflict"  # Nextcloud, ownCloud
    r"|-conflict-"  # pCloud, others
    r")",
    re.IGNORECASE,
)


def sync_engine(journal_path: Path) -> str:
    """The sync engine whose folder holds the journal, or ""."""
    real = real_path(journal_path)
    for folder in real.parents:
        for marker, engine in _SYNC_MARKERS.items():
            try:
                if (folder / marker).exists():
                    return engine
            except OSError:
                continue
        name = folder.name.casefold()
        if name.startswith("onedrive"):
            return "OneDrive"
        if name in _SYNC_NAMES and name != "sync":
            return _SYNC_NAMES[name]
    return ""


def conflicted_copies(journal_path: Path) -> list[Path]:
    """Copies a sync engine made beside the journal when two computers changed it."""
    real = real_path(journal_path)
    stem, suffix = real.stem, real.suffix
    found: list[Path] = []
    try:
        siblings = list(real.parent.iterdir())
    except OSError:
        return found
    for sibling in siblings:
        if sibling == real or not sibling.name.startswith(stem) or sibling.name.startswith("."):
            continue
        if suffix and not sibling.name.endswith(suffix):
            continue
        if _CONFLICT.search(sibling.name[len(stem) :]):
            found.append(sibling)
    return sorted(found)


def warnings(journal_path: Path) -> list[str]:
    """One line per problem with where the journal sits, each saying what to do."""
    out = []
    engine = sync_engine(journal_path)
    if engine:
        out.append(
            f"The journal is inside a {engine} folder. A sync engine copying a journal while "
            "it is open can damage it or fork it into conflicted copies. Move the journal to a "
            "folder that is not synced, and set the synced folder as the second backup "
            "location instead (backups are written whole, so they sync safely)."
        )
    for copy in conflicted_copies(journal_path):
        out.append(
            f"A conflicted copy of the journal sits beside it: {copy.name}. It holds what was "
            "written on another computer at the same time. Open it as a journal to look, "
            "export what you need from it and import it into this journal; then move it away."
        )
    return out
