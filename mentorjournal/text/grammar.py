"""The one Markdown grammar of journal text: CommonMark via markdown-it-py, bounded.

``parse(text)`` returns markdown-it tokens (a flat list, nesting given by
``nesting`` +1/-1, inline content in each ``inline`` token's ``children``).
``render`` turns them into safe HTML, ``plain`` into one line of text, so the
reading view and every summary follow the same rules.

What is recognised: CommonMark (paragraphs, headings, lists, block quotes,
fenced and indented code, links, images, emphasis, hard/soft breaks), plus
GitHub-style tables and ``~~strikethrough~~``. Raw HTML is never recognised:
it stays text. No linkify, no typographer.

Why it cannot blow up (see docs/SECURITY.md, "Rendering"):

- markdown-it has no backtracking regular expressions; its scanners memoise
  positions, so work is linear in the input times the nesting bound.
- Block nesting (lists, quotes) is bounded by ``BLOCK_NESTING``. Content that
  is nested deeper is not dropped (markdown-it's own behaviour) but kept as a
  plain paragraph of its remaining lines, so nothing the user wrote vanishes
  and the output stays linear. No recursion deeper than the bound.
- Inline nesting (emphasis in links in emphasis…) is bounded by
  ``INLINE_NESTING``, which is also the constant factor of the bracket
  scanner's worst case.
- A paragraph with more than ``MAX_BRACKETS`` ``[`` is parsed without links
  and images (its brackets stay text): no journal paragraph has thousands of
  links, and a hostile one then costs the same as plain text. Likewise a
  table wider than ``MAX_TABLE_COLUMNS`` stays text.
- Control characters are removed and lone surrogates replaced before parsing.

Parsers are built once per thread (``threading.local``) and keep no state
between documents (references live in the per-call ``env``), so ``parse`` is
safe to call from any number of threads at once.
"""

from __future__ import annotations

import re
import threading
from collections.abc import MutableMapping, Sequence
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.rules_block import table
from markdown_it.rules_core import StateCore
from markdown_it.token import Token

from .chars import clean

#: Lists and block quotes deeper than this are shown flat (as text).
BLOCK_NESTING = 20
#: Emphasis/links deeper than this stay text; bounds the bracket scanner too.
INLINE_NESTING = 10
#: A paragraph with more ``[`` than this gets no links or images.
MAX_BRACKETS = 1000
#: A table whose header row has more cells than this stays text.
MAX_TABLE_COLUMNS = 100

# Characters at which some inline rule may start (escape, code, strikethrough,
# emphasis, link, image, autolink, entity). Content without any of them is
# only text and line breaks, and needs no inline parse.
_INLINE_SPECIAL = re.compile(r"[\\`~*_\[\]!<&]")

_local = threading.local()


def _make(*, nesting: int, links: bool = True) -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": False, "maxNesting": nesting, "linkify": False})
    md.enable(["table", "strikethrough"])
    if not links:
        md.disable(["link", "image"])
    # Every destination is accepted while parsing (so a refused link keeps its
    # text instead of turning back into "[x](...)" source); the renderer
    # decides what may become an href or a src.
    md.validateLink = _accept  # type: ignore[method-assign]
    return md


def _accept(url: str) -> bool:
    return True


class _Parsers:
    """This thread's parsers: block structure, inline, inline without links."""

    def __init__(self) -> None:
        self.block = _make(nesting=BLOCK_NESTING)
        self.inline = _make(nesting=INLINE_NESTING)
        self.no_links = _make(nesting=INLINE_NESTING, links=False)
        original = self.block.block.tokenize

        def tokenize(state: Any, start: int, end: int) -> None:
            if state.level >= BLOCK_NESTING:
                _flatten(state, start, end)
            else:
                original(state, start, end)

        # Nested blocks (quotes, list items) call state.md.block.tokenize.
        self.block.block.tokenize = tokenize  # type: ignore[method-assign,assignment]
        _bound_tables(self.block)
        self.block.core.ruler.at("inline", self._inline)

    def _inline(self, state: StateCore) -> None:
        for token in state.tokens:
            if token.type == "inline":
                self.inline_children(token, state.env)

    def inline_children(self, token: Token, env: MutableMapping[str, Any]) -> None:
        """Parse an ``inline`` token's content into its ``children``."""
        if token.children is None:
            token.children = []
        content = token.content
        if not _INLINE_SPECIAL.search(content):
            _plain_inline(content, token.children)
            return
        md = self.inline if content.count("[") <= MAX_BRACKETS else self.no_links
        md.inline.parse(content, md, env, token.children)


def _bound_tables(md: MarkdownIt) -> None:
    """Tables wider than ``MAX_TABLE_COLUMNS`` are not recognised (they stay text)."""

    def bounded(state: Any, start: int, end: int, silent: bool) -> bool:
        header = state.src[state.bMarks[start] + state.tShift[start] : state.eMarks[start]]
        if header.count("|") > MAX_TABLE_COLUMNS + 1:
            return False
        return table(state, start, end, silent)

    # The same place and "alt" chains as markdown-it's own table rule.
    md.block.ruler.at("table", bounded, {"alt": ["paragraph", "reference"]})


def _flatten(state: Any, start: int, end: int) -> None:
    """Blocks nested too deep: their lines as one paragraph of text."""
    line = start
    while line < end:
        if not state.isEmpty(line) and state.sCount[line] < state.blkIndent:
            break  # the enclosing list item ends here
        line += 1
    content = state.getLines(start, line, state.blkIndent, False).strip()
    if content:
        state.push("paragraph_open", "p", 1).map = [start, line]
        token = state.push("inline", "", 0)
        token.content = content
        token.map = [start, line]
        token.children = []
        state.push("paragraph_close", "p", -1)
    state.tight = True
    state.line = line


def _plain_inline(content: str, children: list[Token]) -> None:
    """What markdown-it's inline parse gives for text without markup characters."""
    lines = content.split("\n")
    last = len(lines) - 1
    for i, line in enumerate(lines):
        if i:
            line = line.lstrip(" \t")
        kind = None
        if i < last:
            if line.endswith("  "):
                line, kind = line.rstrip(" "), "hardbreak"
            else:
                line, kind = (line[:-1] if line.endswith(" ") else line), "softbreak"
        if line:
            token = Token("text", "", 0)
            token.content = line
            children.append(token)
        if kind:
            children.append(Token(kind, "br", 0))


def inline_text(tokens: Sequence[Token] | None) -> str:
    """Inline tokens as plain text (an image's alt text), nested images included."""
    out: list[str] = []
    stack = [iter(tokens or ())]
    while stack:
        token = next(stack[-1], None)
        if token is None:
            stack.pop()
        elif token.type in ("text", "code_inline", "text_special"):
            out.append(token.content)
        elif token.type in ("softbreak", "hardbreak"):
            out.append(" ")
        elif token.type == "image" and token.children:
            stack.append(iter(token.children))
    return "".join(out)


def _parsers() -> _Parsers:
    parsers = getattr(_local, "parsers", None)
    if parsers is None:
        parsers = _local.parsers = _Parsers()
    return parsers


def parse(text: str) -> list[Token]:
    """Block tokens of Markdown ``text`` (cleaned first), inline children filled in."""
    return _parsers().block.parse(clean(text), {})


def parse_blocks(text: str) -> tuple[list[Token], dict[str, Any]]:
    """Only the block structure of ``text`` (cleaned first), and the parse's ``env``.

    ``inline`` tokens have no children yet: ``parse_inline(token, env)`` fills
    them in, so a caller that needs only the first few paragraphs (a summary)
    parses only those.
    """
    parsers = _parsers()
    source = clean(text).replace("\r\n", "\n").replace("\r", "\n")
    env: dict[str, Any] = {}
    tokens: list[Token] = []
    parsers.block.block.parse(source, parsers.block, env, tokens)
    return tokens, env


def parse_inline(token: Token, env: MutableMapping[str, Any]) -> list[Token]:
    """The inline children of an ``inline`` token from ``parse_blocks``."""
    if not token.children:  # the block parser leaves an empty list
        token.children = []
        _parsers().inline_children(token, env)
    return token.children
