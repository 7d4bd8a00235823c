"""Plain text from Markdown: one line for lists, titles and summaries.

``plain_text`` reduces Markdown to one line of text (markup removed, spaces
collapsed); ``first_line`` and ``shorten`` make titles and summaries of it.
"""

from __future__ import annotations

import re

_MD_RULES = [
    (re.compile(r"```[^\n]*"), " "),
    (re.compile(r"!\[([^\]]*)\]\([^)]*\)"), r"\1"),
    (re.compile(r"\[([^\]]*)\]\([^)]*\)"), r"\1"),
    (re.compile(r"<(https?://[^>\s]+)>"), r"\1"),
    (re.compile(r"<[^>\n]+>"), " "),
    (re.compile(r"^\s{0,3}(?:#{1,6}\s+|>\s?|[-*+]\s+(?:\[[ xX]\]\s+)?|\d+[.)]\s+)", re.M), ""),
    (re.compile(r"^\s*(?:[-*_]\s*){3,}$", re.M), " "),
    (re.compile(r"(\*{1,3}|~~|`+)"), ""),
    (re.compile(r"(?<!\w)_{1,3}|_{1,3}(?!\w)"), ""),
    (re.compile(r"\s+"), " "),
]


def plain_text(markdown: str) -> str:
    """Markdown reduced to one line of plain text (markup removed, spaces collapsed)."""
    text = markdown
    for pattern, replacement in _MD_RULES:
        text = pattern.sub(replacement, text)
    return text.strip()


def first_line(text: str) -> str:
    """The first non-blank line of ``text``."""
    for line in (text or "").splitlines():
        if line.strip():
            return line.strip()
    return ""


def shorten(text: str, limit: int) -> str:
    """``text`` cut to at most ``limit`` characters, ending in "…" when cut."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip() + "…"
