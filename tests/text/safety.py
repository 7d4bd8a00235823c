"""What a browser would see in rendered HTML, and the checks every output must pass."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from mentorjournal.text.render import ALLOWED_TAGS

#: (tag, attribute) pairs the renderer may produce.
ALLOWED_ATTRS = {
    ("a", "href"), ("a", "title"), ("img", "src"), ("img", "alt"),
    ("ol", "start"), ("th", "align"), ("td", "align"),
}  # fmt: skip
SAFE_HREF = re.compile(r"(?:https?://|mailto:)\S", re.IGNORECASE)
ATTACHMENT = re.compile(r"mj-attachment:[0-9a-f]{64}")
ALIGN = {"left", "center", "right"}


class Tags(HTMLParser):
    """Every start tag with its (decoded) attributes, as a browser reads them."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.seen: list[tuple[str, list[tuple[str, str | None]]]] = []
        self.other: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.seen.append((tag, attrs))

    def handle_startendtag(self, tag, attrs):
        self.seen.append((tag, attrs))

    def handle_comment(self, data):
        self.other.append("comment")

    def handle_decl(self, decl):
        self.other.append("decl")

    def handle_pi(self, data):
        self.other.append("pi")

    def unknown_decl(self, data):
        self.other.append("unknown")


def assert_safe(html: str, *, attachments: bool = False) -> None:
    """Only allowed tags and attributes; no script, no loadable or unsafe URL."""
    lowered = html.lower()
    assert "<script" not in lowered and "<style" not in lowered
    assert not re.search(r"<[!?]", html), "no comments, declarations or processing instructions"
    for match in re.finditer(r"</?([A-Za-z][A-Za-z0-9-]*)", html):
        assert match.group(1) in ALLOWED_TAGS, match.group(0)
    parser = Tags()
    parser.feed(html)
    parser.close()
    assert not parser.other
    for tag, attrs in parser.seen:
        assert tag in ALLOWED_TAGS, tag
        for name, value in attrs:
            assert (tag, name) in ALLOWED_ATTRS, (tag, name)
            value = value or ""
            scheme = value.strip().lower()
            assert not scheme.startswith(("javascript:", "file:", "data:", "vbscript:")), value
            if name == "href":
                assert SAFE_HREF.match(value) or (attachments and ATTACHMENT.fullmatch(value)), (
                    value
                )
            elif name == "src":
                assert attachments and ATTACHMENT.fullmatch(value), value
            elif name == "align":
                assert value in ALIGN, value
            elif name == "start":
                assert value.isdigit(), value
        if tag == "img":
            assert attachments
