"""Editors for every record kind: Markdown with a safe live preview, ratings,
tags and links, inline validation, and autosave to the encrypted journal.

``RecordEditor(kind, record_id=None)`` is the window; ``flush()`` saves what is
unsaved (the main window calls it before locking).
"""

from .editor import AUTOSAVE_MS, RecordEditor
from .markdown_editor import MarkdownEditor

__all__ = ["AUTOSAVE_MS", "MarkdownEditor", "RecordEditor"]
