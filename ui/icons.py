"""The app's own icon, for windows, the task bar and the dock.

The images are ``resources/icons/mentorjournal-<size>.png`` (rendered from
``mentorjournal.svg`` by ``packaging/make_icons.py``). They are found through
``mentorjournal.resources`` (a checkout, an editable install, a wheel, a
PyInstaller bundle) and then in the desktop's icon theme under the
application id (a Linux install that put them into ``hicolor``). Missing
images give an empty icon, never an error.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon

from mentorjournal import resources

#: Reverse-DNS id: the .desktop file, the AppStream metainfo and the theme icon name.
APP_ID = "io.github.mentorjournal.MentorJournal"
SIZES = (16, 32, 48, 64, 128, 256, 512)


def icon_folder() -> Path | None:
    folder = resources.folder("icons")
    if (folder / "mentorjournal.svg").is_file() or any(folder.glob("mentorjournal-*.png")):
        return folder
    return None


def app_icon() -> QIcon:
    """The app icon with every size there is; empty (``isNull()``) if none is found.

    Needs a ``QGuiApplication`` (or ``QApplication``) to exist.
    """
    icon = QIcon()
    folder = icon_folder()
    if folder is not None:
        for size in SIZES:
            png = folder / f"mentorjournal-{size}.png"
            if png.is_file():
                icon.addFile(str(png), QSize(size, size))
        svg = folder / "mentorjournal.svg"
        if icon.isNull() and svg.is_file():
            icon.addFile(str(svg))
    if icon.isNull():
        icon = QIcon.fromTheme(APP_ID)
    return icon
