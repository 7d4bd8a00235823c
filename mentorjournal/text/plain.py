"""Plain text from Markdown: one line for lists, titles and summaries.

``plain_text`` reduces Markdown to one line of text with the same grammar as
the reading view (``grammar``): markup removed, link text kept, images as
their alt text, code kept, raw HTML kept as the text it displays as, spaces
collapsed. It looks at a bounded prefix only (``limit`` characters, cut at a
line boundary), so a 5 MB body costs what a short one does. ``summary`` reads
only what a summary of a given length needs; ``first_line`` and ``shorten``
make titles and summaries of it; ``tooltip`` makes journal text safe to show
in a Qt tooltip (Qt would otherwise guess it is HTML).

Text with no character that could be markup skips the parser (most titles).
The parser itself is imported on first use: start-up does not pay for it.
"""

from __future__ import annotations

import html
import re

from .chars import clean

#: How much of a text ``plain_text`` looks at by default (characters).
PREFIX_LIMIT = 2000

# Anything that could make the parser's result differ from "the words, spaces
# collapsed": inline markup characters, table pipes, and block markers at the
# start of a line (headings, quotes, lists, setext underlines, fences, hr).
_MAYBE_MARKUP = re.compile(r"[\\`~*_\[\]!<&|]|^[ \t]*(?:[#>+=-]|\d+[.)])", re.MULTILINE)
_TASK = re.compile(r"\[[ xX]\] ")


def _prefix(text: str, limit: int | None) -> tuple[str, bool]:
    """At most ``limit`` characters of ``text``, cut at a line (or word) boundary."""
    if limit is None or len(text) <= limit:
        return text, False
    cut = text[: max(limit, 0)]
    for sep in ("\n", " "):
        at = cut.rfind(sep)
        if at >= limit // 2:
            return cut[:at], True
    return cut, True


def _from_tokens(text: str, budget: int | None) -> tuple[str, bool]:
    """Plain text of ``text`` through the parser, and whether it stopped at ``budget``."""
    from .grammar import inline_text, parse_blocks, parse_inline  # loaded on first use

    tokens, env = parse_blocks(text)
    parts: list[str] = []
    size = 0
    item_start = False
    for token in tokens:
        kind = token.type
        if kind == "inline":
            start = len(parts)
            for n, child in enumerate(parse_inline(token, env)):
                if child.type in ("text", "code_inline", "text_special"):
                    content = child.content
                    if item_start and n == 0 and _TASK.match(content):
                        content = content[4:]
                    parts.append(content)
                elif child.type in ("softbreak", "hardbreak"):
                    parts.append(" ")
                elif child.type == "image":
                    parts.append(inline_text(child.children))
            size += sum(len(p) for p in parts[start:])
            item_start = False
        elif kind in ("fence", "code_block"):
            parts.append(f" {token.content} ")
            size += len(token.content)
        else:
            if kind == "list_item_open":
                item_start = True
            elif kind != "paragraph_open":
                item_start = False
            parts.append(" ")  # a block boundary separates words
        if budget is not None and size > budget:
            return "".join(parts), True
    return "".join(parts), False


def plain_text(
    markdown: str, *, limit: int | None = PREFIX_LIMIT, budget: int | None = None
) -> str:
    """Markdown reduced to one line of plain text (markup removed, spaces collapsed).

    Only the first ``limit`` characters are read (``None``: all of it), cut at
    the last line break (or space) before that; when the text was cut, the
    result ends with "…". For a summary of N characters, ``limit=3 * N`` is
    plenty and keeps the cost per call small. ``budget``: stop after the block
    in which the plain text grew past this many characters (``summary`` uses
    it; the result then covers at least ``budget`` characters).
    """
    text, cut = _prefix(markdown or "", limit)
    # Line ends as the renderer reads them (markdown-it: CR LF and a lone CR end a line).
    text = clean(text.replace("\r\n", "\n").replace("\r", "\n"))
    if _MAYBE_MARKUP.search(text):
        text, stopped = _from_tokens(text, budget)
        cut = cut or stopped
    result = " ".join(text.split())
    return result + "…" if cut and result else result


def summary(markdown: str, length: int) -> str:
    """At most ``length`` characters of ``plain_text(markdown)``, ending in "…" when cut.

    Reads only as much of the text as the summary needs: first about twice
    ``length`` characters, more only when markup made that too short.
    """
    limit = max(2 * length, 64)
    while True:
        text = plain_text(markdown, limit=limit, budget=length)
        if len(text) > length or limit >= len(markdown or "") or limit >= PREFIX_LIMIT:
            return shorten(text, length)
        limit = min(4 * limit, PREFIX_LIMIT)


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


def tooltip(text: str, *, limit: int = 800) -> str:
    """Journal ``text`` as a tooltip (or label) string Qt shows literally, never as HTML.

    Qt guesses whether a tooltip is rich text, so raw journal text such as
    ``<img src="file:///…">`` would be rendered and would load that file. The
    result is escaped text inside ``<p>`` (line breaks kept), cut to ``limit``
    characters. For a ``QLabel``, ``setTextFormat(Qt.PlainText)`` does the same.
    """
    body = clean(text or "")
    if len(body) > limit:
        body = shorten(body, limit)
    lines = html.escape(body, quote=False).splitlines() or [""]
    return "<p style='white-space:pre-wrap'>" + "<br>".join(lines) + "</p>"
