"""Markdown → safe HTML, one renderer for the window's preview and for exports.

What an entry may contain and what comes out (the grammar is
``mentorjournal.text.grammar``: CommonMark, tables, strikethrough):

- Single newlines become ``<br>`` unless ``hard_breaks=False``.
- Raw HTML is never passed through: block and inline HTML are shown as text
  (``<script>`` comes out as ``&lt;script&gt;``). Character references are
  decoded and shown as text (``&#60;`` displays ``<``).
- Nothing is loaded from the network or the disk. The only ``<img>`` ever
  produced is ``<img src="mj-attachment:<sha256>">`` for an image written
  ``![alt](mj-attachment:<64 hex digits>)`` *and* confirmed by the caller's
  ``attachment_exists`` (the journal's own attachments, served by the view
  through that internal scheme). Every other image becomes a plain link to its
  address (when that is http or https) showing its alt text, or just its alt
  text.
- Links keep only ``http:``, ``https:`` and ``mailto:`` addresses (and
  ``mj-attachment:`` ones the caller confirms). Any other link
  (``javascript:``, ``file:``, ``data:``, relative paths) becomes a ``<span>``
  with its text.
- Tags come only from a fixed list (``ALLOWED_TAGS``); attributes only from a
  fixed list too, with escaped or enumerated values. A token type this module
  does not know is shown as escaped text.

Rendering is linear in the input (see ``grammar``) and thread-safe: call
``render_markdown`` from a worker thread for texts longer than
``OFF_THREAD_CHARS``. It never recurses on the document's nesting.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Sequence

from markdown_it.token import Token

from .attachments import ATTACHMENT_SCHEME, attachment_hash, attachment_url
from .chars import clean
from .grammar import inline_text, parse

SAFE_SCHEMES = ("http://", "https://", "mailto:")
__all__ = [
    "ALLOWED_TAGS", "ATTACHMENT_SCHEME", "OFF_THREAD_CHARS", "AttachmentCheck",
    "attachment_hash", "render_markdown", "render_markdown_document", "safe_url",
]  # fmt: skip
#: Texts longer than this (characters) should be rendered on a worker thread.
#: Rendering is linear: markup-rich text costs about 80 ms of CPU per 20,000
#: characters on a slow 2-core machine (0.2 s per 50,000; a 5 MB entry 14 s).
OFF_THREAD_CHARS = 20_000

#: Every tag ``render_markdown`` can produce.
ALLOWED_TAGS = frozenset(
    "p br a span em strong s code pre h1 h2 h3 h4 h5 h6 ul ol li "
    "table thead tbody tr th td blockquote hr img".split()
)

#: ``attachment_exists(sha256_hex) -> bool``: does the journal hold this attachment?
AttachmentCheck = Callable[[str], bool]

# What a browser's URL parser ignores: tab and newlines anywhere, C0 controls
# and spaces at either end.
_URL_IGNORED = re.compile(r"[\t\n\r]")
_URL_EDGES = re.compile(r"^[\x00-\x20]+|[\x00-\x20]+$")
# An href as the parser leaves it (references decoded, then percent-encoded,
# so no spaces or controls remain) that may be emitted.
_SAFE_HREF = re.compile(r"(?:https?://|mailto:)[^\s\x00-\x1f\"'<>`]", re.IGNORECASE)
_ALIGN = {"text-align:left": "left", "text-align:center": "center", "text-align:right": "right"}

_BLOCK_TAGS = {
    "paragraph": "p", "blockquote": "blockquote", "bullet_list": "ul",
    "ordered_list": "ol", "list_item": "li", "table": "table", "thead": "thead",
    "tbody": "tbody", "tr": "tr", "th": "th", "td": "td",
}  # fmt: skip
_INLINE_TAGS = {"em": "em", "strong": "strong", "s": "s"}
_HEADINGS = {f"h{n}" for n in range(1, 7)}
_TASK = {"[ ] ": "\u2610 ", "[x] ": "\u2611 ", "[X] ": "\u2611 "}


def safe_url(url: str | None) -> str | None:
    """The URL if it is an http, https or mailto address, else None.

    Character references are decoded first and ignored characters removed the
    way a browser would, so ``jav&#x61;script:`` or ``java\\tscript:`` are
    recognised for what they are.
    """
    if not url:
        return None
    decoded = _URL_EDGES.sub("", _URL_IGNORED.sub("", html.unescape(url)))
    lowered = decoded.lower()
    for scheme in SAFE_SCHEMES:
        if lowered.startswith(scheme) and len(lowered) > len(scheme):
            return decoded
    return None


def _text(value: str) -> str:
    return html.escape(value, quote=False)


def _attr(value: str) -> str:
    return html.escape(value, quote=True)


def _href(url: str) -> str | None:
    """An emittable href for a parsed link destination, or None."""
    return url if _SAFE_HREF.match(url) and safe_url(url) is not None else None


class _Renderer:
    def __init__(self, hard_breaks: bool, attachment_exists: AttachmentCheck | None) -> None:
        self.br = "<br>\n" if hard_breaks else "\n"
        self.attachment_exists = attachment_exists

    def attachment(self, url: str) -> str | None:
        """``mj-attachment:<hash>`` when the caller confirms the attachment, else None."""
        digest = attachment_hash(url)
        if digest is None or self.attachment_exists is None:
            return None
        try:
            exists = bool(self.attachment_exists(digest))
        except Exception:  # a failing lookup must not break the view: no image
            exists = False
        return attachment_url(digest) if exists else None

    def render(self, tokens: list[Token]) -> str:
        out: list[str] = []
        in_item = False
        for i, token in enumerate(tokens):
            kind = token.type
            if kind == "inline":
                self.inline(token.children or (), out, task=in_item)
                in_item = False
                continue
            in_item = kind == "list_item_open" or (in_item and kind == "paragraph_open")
            if token.hidden:
                continue
            # markdown-it's layout: a newline between a hidden paragraph and a block.
            if token.nesting != -1 and i and tokens[i - 1].hidden:
                out.append("\n")
            if kind in ("fence", "code_block"):
                out.append(f"<pre><code>{_text(token.content)}</code></pre>\n")
                continue
            if kind == "hr":
                out.append("<hr>\n")
                continue
            tag = self.block_tag(token)
            if tag is None:  # not a block this renderer knows: its source as text
                if token.content:
                    out.append(f"<p>{_text(token.content)}</p>\n")
                continue
            if token.nesting == -1:
                out.append(f"</{tag}>")
            else:
                out.append(f"<{tag}{self.block_attrs(token, tag)}>")
            newline = True
            if token.nesting == 1 and i + 1 < len(tokens):
                following = tokens[i + 1]
                if following.type == "inline" or following.hidden:
                    newline = False
                elif following.nesting == -1 and following.tag == token.tag:
                    newline = False
            if newline:
                out.append("\n")
        return "".join(out).rstrip("\n")

    @staticmethod
    def block_tag(token: Token) -> str | None:
        base = token.type.rsplit("_", 1)[0]
        if base == "heading":
            return token.tag if token.tag in _HEADINGS else "p"
        return _BLOCK_TAGS.get(base)

    @staticmethod
    def block_attrs(token: Token, tag: str) -> str:
        if tag == "ol":
            start = str(token.attrGet("start") or "")
            if start.isdigit() and start.isascii() and int(start) != 1:
                return f' start="{int(start)}"'
        elif tag in ("th", "td"):
            align = _ALIGN.get(str(token.attrGet("style") or ""))
            if align:
                return f' align="{align}"'
        return ""

    def inline(self, tokens: Sequence[Token], out: list[str], *, task: bool = False) -> None:
        links: list[str] = []  # the tag each open link became: "a" or "span"
        for n, token in enumerate(tokens):
            kind = token.type
            if kind in ("text", "text_special"):
                content = token.content
                if task and n == 0 and content[:4] in _TASK:
                    content = _TASK[content[:4]] + content[4:]
                out.append(_text(content))
            elif kind == "softbreak":
                out.append(self.br)
            elif kind == "hardbreak":
                out.append("<br>\n")
            elif kind == "code_inline":
                out.append(f"<code>{_text(token.content)}</code>")
            elif kind == "link_open":
                href = str(token.attrGet("href") or "")
                safe = _href(href) or self.attachment(href)
                if safe is None:
                    links.append("span")
                    out.append("<span>")
                    continue
                links.append("a")
                title = token.attrGet("title")
                title_attr = f' title="{_attr(str(title))}"' if title else ""
                out.append(f'<a href="{_attr(safe)}"{title_attr}>')
            elif kind == "link_close":
                out.append(f"</{links.pop() if links else 'span'}>")
            elif kind == "image":
                self.image(token, out, inside_link="a" in links)
            elif kind.endswith(("_open", "_close")) and kind.rsplit("_", 1)[0] in _INLINE_TAGS:
                tag = _INLINE_TAGS[kind.rsplit("_", 1)[0]]
                out.append(f"<{tag}>" if token.nesting == 1 else f"</{tag}>")
            else:  # html_inline cannot occur (html=False); anything else: as text
                out.append(_text(token.content))
        while links:  # never happens with markdown-it's balanced output; belt and braces
            out.append(f"</{links.pop()}>")

    def image(self, token: Token, out: list[str], *, inside_link: bool) -> None:
        src = str(token.attrGet("src") or "")
        alt = inline_text(token.children)
        attachment = self.attachment(src)
        if attachment is not None:
            out.append(f'<img src="{_attr(attachment)}" alt="{_attr(alt)}">')
            return
        href = _href(src)
        if (
            href is not None
            and href.lower().startswith(("http://", "https://"))
            and not inside_link
        ):
            title = token.attrGet("title")
            title_attr = f' title="{_attr(str(title))}"' if title else ""
            out.append(f'<a href="{_attr(href)}"{title_attr}>{_text(alt or href)}</a>')
        else:
            out.append(f"<span>{_text(alt)}</span>")


def render_markdown(
    text: str, *, hard_breaks: bool = True, attachment_exists: AttachmentCheck | None = None
) -> str:
    """Safe HTML (a fragment) for Markdown ``text``; '' for empty text.

    ``attachment_exists(sha256_hex)``, when given, is asked about every
    ``mj-attachment:<sha256>`` image or link; only those it confirms become
    ``<img src="mj-attachment:…">`` / ``<a href="mj-attachment:…">``. It is
    called on the rendering thread.
    """
    if not text or not text.strip():
        return ""
    return _Renderer(hard_breaks, attachment_exists).render(parse(text))


DOCUMENT_CSS = """\
body { font-family: system-ui, sans-serif; line-height: 1.5; max-width: 46em;
       margin: 2em auto; padding: 0 1em; color: #222; background: #fff; }
h1, h2, h3 { line-height: 1.2; }
pre, code { font-family: ui-monospace, monospace; background: #f4f4f4; }
pre { padding: .75em; overflow-x: auto; }
table { border-collapse: collapse; }
th, td { border: 1px solid #bbb; padding: .25em .5em; }
blockquote { margin-left: 0; padding-left: 1em; border-left: 3px solid #ccc; color: #555; }
@media (prefers-color-scheme: dark) {
  body { color: #ddd; background: #1e1e1e; }
  pre, code { background: #2a2a2a; }
}
"""

#: Belt and braces for exported files opened in a browser: no scripts, no
#: loads of any kind, only the inline style sheet.
CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'"


def render_markdown_document(
    title: str, text: str, *, lang: str = "en", hard_breaks: bool = True
) -> str:
    """A complete HTML page (title as ``<h1>``, ``text`` rendered) for exports.

    Exports carry no attachments, so no ``<img>`` is ever produced here.
    """
    safe_title = html.escape(clean(title or ""))
    body = render_markdown(text, hard_breaks=hard_breaks)
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{html.escape(lang)}">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{CONTENT_SECURITY_POLICY}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{safe_title}</title>\n<style>\n{DOCUMENT_CSS}</style>\n</head>\n<body>\n"
        f"<h1>{safe_title}</h1>\n{body}\n</body>\n</html>\n"
    )
