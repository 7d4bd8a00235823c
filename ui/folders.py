"""Where exports and "Save as" start: the user's Documents folder, then the last one used.

Never the current working directory (a desktop app has none the user chose).
The last folder is a path in QSettings (no journal content).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths

EXPORT_FOLDER_KEY = "exports/folder"
IMPORT_FOLDER_KEY = "imports/folder"


def documents() -> Path:
    """The user's Documents folder (their home folder where there is none)."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(found) if found else Path.home()
    return folder if folder.is_dir() else Path.home()


def _folder(key: str, settings: QSettings | None) -> Path:
    value = (settings or QSettings()).value(key, "")
    if isinstance(value, str) and value:
        folder = Path(value)
        if folder.is_dir():
            return folder
    return documents()


def export_folder(settings: QSettings | None = None) -> Path:
    """Where the next export or "Save as" starts."""
    return _folder(EXPORT_FOLDER_KEY, settings)


def import_folder(settings: QSettings | None = None) -> Path:
    """Where the next import starts looking (the last import's folder, else Documents)."""
    return _folder(IMPORT_FOLDER_KEY, settings)


def remember_export(path: Path, settings: QSettings | None = None) -> None:
    (settings or QSettings()).setValue(EXPORT_FOLDER_KEY, str(Path(path).parent))


def remember_import(path: Path, settings: QSettings | None = None) -> None:
    (settings or QSettings()).setValue(IMPORT_FOLDER_KEY, str(Path(path).parent))
