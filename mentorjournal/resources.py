"""Where the app's data files are: reflection templates, icons, translations, the guide.

In the source tree they are the top-level ``resources/`` folder
(``resources/templates``, ``resources/icons``, ``resources/i18n``,
``resources/help``: the user guide, Markdown). A wheel
ships that folder as the package ``mentorjournal._resources`` (``setup.py``
maps it with ``package_dir``, ``pyproject.toml`` lists its files as package
data), an editable install maps the same name to the folder in the checkout,
and the PyInstaller bundle puts it at ``mentorjournal/_resources``. Each is
found through ``importlib.resources``. A checkout run without any install
(``python main.py`` in a fresh clone) has no such package; there the folder
beside the packages is used.

Nothing here imports Qt: templates are read by the Qt-free core.
"""

from __future__ import annotations

import atexit
import contextlib
import importlib.resources
import logging
from functools import cache
from pathlib import Path

log = logging.getLogger(__name__)

PACKAGE = "mentorjournal._resources"
#: The kinds of data there are, each a folder.
KINDS = ("templates", "icons", "i18n", "help")
#: Kinds a working install may lack (no translations compiled yet).
OPTIONAL = frozenset({"i18n"})
SOURCE_FOLDER = Path(__file__).resolve().parent.parent / "resources"

_extracted = (
    contextlib.ExitStack()
)  # for a package inside a zip file: extracted once, removed at exit
atexit.register(_extracted.close)


def _package_root() -> Path | None:
    try:
        root = importlib.resources.files(PACKAGE)
    except ModuleNotFoundError:
        return None
    if isinstance(root, Path):
        return root
    return Path(_extracted.enter_context(importlib.resources.as_file(root)))


@cache
def folder(kind: str) -> Path:
    """The folder of ``kind`` ("templates", "icons" or "i18n").

    Always a path; if no such folder exists anywhere (a broken install) the
    package's would-be folder is returned, which holds nothing, and a warning
    is logged.
    """
    if kind not in KINDS:
        raise ValueError(f"unknown kind of resource {kind!r}")
    candidates = [root / kind for root in (_package_root(), SOURCE_FOLDER) if root is not None]
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    log.log(
        logging.DEBUG if kind in OPTIONAL else logging.WARNING,
        "no %s folder in the installed package or beside it",
        kind,
    )
    return candidates[0]


def path(kind: str, name: str) -> Path | None:
    """The file ``name`` of ``kind`` (``path("icons", "mentorjournal.svg")``), or None if absent."""
    candidate = folder(kind) / name
    return candidate if candidate.is_file() else None
