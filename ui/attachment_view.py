"""Showing the journal's own attachments: inline pictures from the journal only.

``render(text)`` renders Markdown with ``mj-attachment:<sha256>`` pictures and
links confirmed against the journal (``exists``); a ``SafeBrowser`` given
``load_image`` as its ``attachment_loader`` then shows those pictures from the
journal's bytes (never from disk, network or a cache on disk). ``png_bytes``
turns a pasted ``QImage`` into PNG bytes in memory (no temp file).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QImage

from mentorjournal.domain import attachments
from mentorjournal.storage.journal import is_unlocked
from mentorjournal.text.render import render_markdown

log = logging.getLogger(__name__)


def exists(sha256: str) -> bool:
    """Does the open journal hold this attachment? (False when it is locked.)"""
    if not is_unlocked():
        return False
    return attachments.is_stored(sha256)


def load_image(sha256: str) -> QImage | None:
    """A stored picture as a ``QImage``, or None (missing, not a picture, locked)."""
    if not is_unlocked():
        return None
    found = attachments.image(sha256)
    if found is None:
        return None
    image = QImage.fromData(found[1])
    return None if image.isNull() else image


def render(text: str) -> str:
    """Markdown as the window shows it: the journal's attachments inline."""
    return render_markdown(text, attachment_exists=exists)


def stored_of(texts: list[str]) -> set[str]:
    """The attachments the texts refer to that the journal holds (asked on this thread)."""
    found: set[str] = set()
    for text in texts:
        for sha in attachments.referenced(text):
            if exists(sha):
                found.add(sha)
    return found


def png_bytes(image: QImage) -> bytes:
    """A picture as PNG bytes, in memory."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())
