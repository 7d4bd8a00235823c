"""Markdown → safe HTML, one renderer for the window's preview and for exports.

What an entry may contain and what comes out:

- Markdown with tables, fenced code and sane lists; single newlines become
  ``<br>`` unless ``hard_breaks=False``.
- Raw HTML is never passed through: block and inline HTML are shown as text
  (``<script>`` comes out as ``&lt;script&gt;``). Character entities such as
  ``&amp;`` or ``&#60;`` stay entities, which display as text too.
- Nothing is loaded from the network or the disk: an image becomes a plain
  link to its address (when that is http or https) showing its alt text, or
  just its alt text; no ``<img>`` is ever produced.
- Links keep only ``http:``, ``https:`` and ``mailto:`` addresses. Any other
  link (``javascript:``, ``file:``, ``data:``, relative paths) is dropped and
  its text kept as plain text.

The ``markdown.Markdown`` instances are built once per thread and ``reset()``
between documents, which keeps rendering fast while typing.
"""

from __future__ import annotations

import html
import logging
import re
import threading
import xml.etree.ElementTree as etree

import markdown
from markdown.treeprocessors import Treeprocessor
from markdown.util import AMP_SUBSTITUTE

log = logging.getLogger(__name__)

EXTENSIONS = ("tables", "fenced_code", "sane_lists")
SAFE_SCHEMES = ("http://", "https://", "mailto:")

# C0 controls except tab, newline and carriage return. Python-Markdown uses
# STX/ETX as its own placeholders, so they must never come from the text.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# What a browser's URL parser ignores: tab and newlines anywhere, C0 controls
# and spaces at either end.
_URL_IGNORED = re.compile(r"[\t\n\r]")
_URL_EDGES = re.compile(r"^[\x00-\x20]+|[\x00-\x20]+$")

_local = threading.local()


def safe_url(url: str | None) -> str | None:
    """The URL if it is an http, https or mailto address, else None.

    Character references are decoded first and ignored characters removed the
    way a browser would, so ``jav&#x61;script:`` or ``java\\tscript:`` are
    recognised for what they are.
    """
    if not url:
        return None
    url = url.replace(AMP_SUBSTITUTE, "&")  # Python-Markdown's stand-in for "&"
    decoded = _URL_EDGES.sub("", _URL_IGNORED.sub("", html.unescape(url)))
    lowered = decoded.lower()
    for scheme in SAFE_SCHEMES:
        if lowered.startswith(scheme) and len(lowered) > len(scheme):
            return decoded
    return None


class _SafeTree(Treeprocessor):
    """Turns images into links or text and drops unsafe links (runs last)."""

    def run(self, root: etree.Element) -> None:
        parents = {child: parent for parent in root.iter() for child in parent}
        for elem in list(root.iter()):
            if elem.tag == "img":
                self._image(elem, parents)
            elif elem.tag == "a":
                href = safe_url(elem.get("href"))
                title = elem.get("title")
                elem.attrib.clear()
                if href is None:
                    elem.tag = "span"
                else:
                    elem.set("href", href)
                    if title:
                        elem.set("title", title)

    @staticmethod
    def _image(elem: etree.Element, parents: dict) -> None:
        src = safe_url(elem.get("src"))
        alt = elem.get("alt") or ""
        title = elem.get("title")
        elem.attrib.clear()
        inside_link = False
        node = parents.get(elem)
        while node is not None:
            if node.tag == "a":
                inside_link = True
                break
            node = parents.get(node)
        if src is not None and not inside_link:
            elem.tag = "a"
            elem.set("href", src)
            if title:
                elem.set("title", title)
            elem.text = alt or src
        else:
            elem.tag = "span"
            elem.text = alt


def _build(hard_breaks: bool) -> markdown.Markdown:
    extensions = list(EXTENSIONS) + (["nl2br"] if hard_breaks else [])
    md = markdown.Markdown(extensions=extensions, output_format="html")
    md.preprocessors.deregister("html_block")
    md.inlinePatterns.deregister("html")
    # After "unescape" (priority 0), so backslash escapes are already undone.
    md.treeprocessors.register(_SafeTree(md), "mentorjournal_safe", -10)
    return md


def _renderer(hard_breaks: bool) -> markdown.Markdown:
    cache = getattr(_local, "renderers", None)
    if cache is None:
        cache = _local.renderers = {}
    md = cache.get(hard_breaks)
    if md is None:
        md = cache[hard_breaks] = _build(hard_breaks)
    return md


def render_markdown(text: str, *, hard_breaks: bool = True) -> str:
    """Safe HTML (a fragment) for Markdown ``text``; '' for empty text."""
    if not text or not text.strip():
        return ""
    md = _renderer(hard_breaks)
    try:
        return md.reset().convert(_CONTROL.sub("", text))
    finally:
        md.reset()


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
    """A complete HTML page (title as ``<h1>``, ``text`` rendered) for exports."""
    safe_title = html.escape(_CONTROL.sub("", title or ""))
    body = render_markdown(text, hard_breaks=hard_breaks)
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{html.escape(lang)}">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{CONTENT_SECURITY_POLICY}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{safe_title}</title>\n<style>\n{DOCUMENT_CSS}</style>\n</head>\n<body>\n"
        f"<h1>{safe_title}</h1>\n{body}\n</body>\n</html>\n"
    )
