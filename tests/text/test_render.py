"""Markdown rendering: raw HTML shown as text, nothing loaded, only safe links."""

from __future__ import annotations

import threading
from html.parser import HTMLParser

import pytest

from mentorjournal.text.render import render_markdown, render_markdown_document, safe_url

CASES = [
    # Raw HTML is shown, never interpreted.
    ("<script>alert(1)</script>", "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>"),
    (
        "Hi <img src=x onerror=alert(1)> there",
        "<p>Hi &lt;img src=x onerror=alert(1)&gt; there</p>",
    ),
    (
        "<iframe src='http://evil.example'></iframe>",
        "<p>&lt;iframe src='http://evil.example'&gt;&lt;/iframe&gt;</p>",
    ),
    ("<div>\n*x*\n</div>", "<p>&lt;div&gt;<br>\n<em>x</em><br>\n&lt;/div&gt;</p>"),
    ("<!-- hidden -->", "<p>&lt;!-- hidden --&gt;</p>"),
    ('<a href="javascript:x()">y</a>', '<p>&lt;a href="javascript:x()"&gt;y&lt;/a&gt;</p>'),
    ("<style>body{}</style>", "<p>&lt;style&gt;body{}&lt;/style&gt;</p>"),
    ("a & b &amp; <c>", "<p>a &amp; b &amp; &lt;c&gt;</p>"),
    ("`<b>`", "<p><code>&lt;b&gt;</code></p>"),
    ("```\n<b>x</b>\n```", "<pre><code>&lt;b&gt;x&lt;/b&gt;\n</code></pre>"),
    # Links: http, https and mailto only; anything else keeps just its text.
    (
        '[ok](https://example.com/a?b=1&c=2 "T")',
        '<p><a href="https://example.com/a?b=1&amp;c=2" title="T">ok</a></p>',
    ),
    ("[mail](mailto:ana@example.com)", '<p><a href="mailto:ana@example.com">mail</a></p>'),
    ("<http://a.example/c>", '<p><a href="http://a.example/c">http://a.example/c</a></p>'),
    ("[x](javascript:alert(1))", "<p><span>x</span></p>"),
    ("[x](JavaScript:alert(1))", "<p><span>x</span></p>"),
    ("[x](jav&#x61;script:alert(1))", "<p><span>x</span></p>"),
    ("[x](\\javascript:alert(1))", "<p><span>x</span></p>"),
    ("[x](<javascript:alert(1)>)", "<p><span>x</span></p>"),
    ("[x][r]\n\n[r]: javascript:alert(1)", "<p><span>x</span></p>"),
    ("[f](file:///etc/passwd)", "<p><span>f</span></p>"),
    ("[d](data:text/html,<script>x</script>)", "<p><span>d</span></p>"),
    ("[rel](notes/other.md)", "<p><span>rel</span></p>"),
    ("[abs](/etc/passwd)", "<p><span>abs</span></p>"),
    ("[frag](#top)", "<p><span>frag</span></p>"),
    # Images are never loaded: a link to a web address, or just the alt text.
    ("![chart](http://evil.example/x.png)", '<p><a href="http://evil.example/x.png">chart</a></p>'),
    (
        "![](https://evil.example/x.png)",
        '<p><a href="https://evil.example/x.png">https://evil.example/x.png</a></p>',
    ),
    ("![local](file:///home/me/x.png)", "<p><span>local</span></p>"),
    ("![rel](x.png)", "<p><span>rel</span></p>"),
    ("![pixel](data:image/png;base64,AAAA)", "<p><span>pixel</span></p>"),
    ('![a"b](javascript:x)', '<p><span>a"b</span></p>'),
    ("![i][r]\n\n[r]: http://e.example/i.png", '<p><a href="http://e.example/i.png">i</a></p>'),
    (
        "[![alt](http://e.example/i.png)](https://a.example)",
        '<p><a href="https://a.example"><span>alt</span></a></p>',
    ),
    # Ordinary Markdown.
    ("**b** _i_", "<p><strong>b</strong> <em>i</em></p>"),
    ("# Title\n\ntext", "<h1>Title</h1>\n<p>text</p>"),
    ("line1\nline2", "<p>line1<br>\nline2</p>"),
    ("- a\n- b\n\n1. c", "<ul>\n<li>a</li>\n<li>b</li>\n</ul>\n<ol>\n<li>c</li>\n</ol>"),
    (
        "| a | b |\n|---|---|\n| 1 | 2 |",
        "<table>\n<thead>\n<tr>\n<th>a</th>\n<th>b</th>\n</tr>\n</thead>\n"
        "<tbody>\n<tr>\n<td>1</td>\n<td>2</td>\n</tr>\n</tbody>\n</table>",
    ),
    ("> quoted", "<blockquote>\n<p>quoted</p>\n</blockquote>"),
    # Markdown's own placeholders cannot be forged from the text.
    ("\x02wzxhzdk:0\x03 &amp;\x00", "<p>wzxhzdk:0 &amp;</p>"),
    ("", ""),
    ("   \n ", ""),
]


@pytest.mark.parametrize(("text", "html"), CASES)
def test_render_exact(text, html):
    assert render_markdown(text) == html


class _Tags(HTMLParser):
    """Every tag and attribute a browser would see in the output."""

    def __init__(self) -> None:
        super().__init__()
        self.seen: list[tuple[str, list[tuple[str, str | None]]]] = []

    def handle_starttag(self, tag, attrs):
        self.seen.append((tag, attrs))


ALLOWED_TAGS = {
    "p",
    "br",
    "a",
    "span",
    "em",
    "strong",
    "code",
    "pre",
    "h1",
    "ul",
    "ol",
    "li",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
    "blockquote",
}


def test_nothing_loadable_in_any_case():
    for text, _ in CASES:
        parser = _Tags()
        parser.feed(render_markdown(text))
        for tag, attrs in parser.seen:
            assert tag in ALLOWED_TAGS, (text, tag)
            for name, value in attrs:
                assert (tag, name) in {("a", "href"), ("a", "title")}, (text, tag, name)
                if name == "href":
                    assert value.startswith(("http://", "https://", "mailto:")), (text, value)


def test_automatic_email_link_stays_a_mailto():
    out = render_markdown("<ana@example.com>")
    assert out.startswith('<p><a href="mailto:ana@example.com">')


def test_hard_breaks_can_be_turned_off():
    assert render_markdown("line1\nline2", hard_breaks=False) == "<p>line1\nline2</p>"
    assert render_markdown("line1\nline2") == "<p>line1<br>\nline2</p>"


def test_renderer_is_reused_without_leaking_state():
    first = render_markdown("[a][r]\n\n[r]: https://one.example\n\nfoot")
    assert render_markdown("[a][r]") == "<p>[a][r]</p>"
    assert render_markdown("[a][r]\n\n[r]: https://one.example\n\nfoot") == first


def test_threads_get_their_own_renderer():
    results: list[str] = []

    def work() -> None:
        for _ in range(50):
            results.append(render_markdown("**x** <b>"))

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert set(results) == {"<p><strong>x</strong> &lt;b&gt;</p>"}


@pytest.mark.parametrize(
    ("url", "safe"),
    [
        ("https://x.example", "https://x.example"),
        (" HTTP://x.example ", "HTTP://x.example"),
        ("mailto:a@b.example", "mailto:a@b.example"),
        ("java\tscript:alert(1)", None),
        ("\x01javascript:alert(1)", None),
        ("&#106;avascript:alert(1)", None),
        ("mailto:", None),
        ("https://", None),
        ("ftp://x.example", None),
        ("//evil.example/x", None),
        ("", None),
        (None, None),
    ],
)
def test_safe_url(url, safe):
    assert safe_url(url) == safe


def test_document_escapes_the_title_and_forbids_loading():
    page = render_markdown_document("<Prep> & notes", "Hello <b>\n\n![x](http://e.example/i.png)")
    assert "<title>&lt;Prep&gt; &amp; notes</title>" in page
    assert "<h1>&lt;Prep&gt; &amp; notes</h1>" in page
    assert "<p>Hello &lt;b&gt;</p>" in page
    assert '<a href="http://e.example/i.png">x</a>' in page
    assert "default-src 'none'" in page
    assert page.startswith("<!DOCTYPE html>\n") and page.endswith("</html>\n")
    assert "<img" not in page and "<script" not in page


# -- what the markdown-it renderer adds ------------------------------------------

DIGEST = "ab" * 32

NEW_CASES = [
    ("~~gone~~", "<p><s>gone</s></p>"),
    ("- [ ] todo\n- [x] done", "<ul>\n<li>\u2610 todo</li>\n<li>\u2611 done</li>\n</ul>"),
    ("3. c\n4. d", '<ol start="3">\n<li>c</li>\n<li>d</li>\n</ol>'),
    ("---", "<hr>"),
    ("###### six", "<h6>six</h6>"),
    (
        "| a |\n|:-:|\n| 1 |",
        '<table>\n<thead>\n<tr>\n<th align="center">a</th>\n</tr>\n</thead>\n'
        '<tbody>\n<tr>\n<td align="center">1</td>\n</tr>\n</tbody>\n</table>',
    ),
    ("a\ud800b", "<p>a\ufffdb</p>"),
    ("&#x0;&#99999999;", "<p>\ufffd&amp;#99999999;</p>"),
    ("&#60;b&#62;", "<p>&lt;b&gt;</p>"),
    ('```python\nx = "1"\n```', '<pre><code>x = "1"\n</code></pre>'),
    ("[a](<https://x.example/a b>)", '<p><a href="https://x.example/a%20b">a</a></p>'),
    # the journal's own attachments: only with a confirming callback (see below)
    (f"![pic](mj-attachment:{DIGEST})", "<p><span>pic</span></p>"),
    (f"[file](mj-attachment:{DIGEST})", "<p><span>file</span></p>"),
    (f'<img src="mj-attachment:{DIGEST}">', f'<p>&lt;img src="mj-attachment:{DIGEST}"&gt;</p>'),
]


@pytest.mark.parametrize(("text", "html"), NEW_CASES)
def test_render_exact_new(text, html):
    assert render_markdown(text) == html


def _exists(digest: str) -> bool:
    return digest == DIGEST


@pytest.mark.parametrize(
    ("text", "html"),
    [
        (f"![pic](mj-attachment:{DIGEST})", f'<p><img src="mj-attachment:{DIGEST}" alt="pic"></p>'),
        (
            f'![a"<b](MJ-Attachment:{DIGEST.upper()})',
            f'<p><img src="mj-attachment:{DIGEST}" alt="a&quot;&lt;b"></p>',
        ),
        (f"[file](mj-attachment:{DIGEST})", f'<p><a href="mj-attachment:{DIGEST}">file</a></p>'),
        (
            f"[![pic](mj-attachment:{DIGEST})](https://x.example)",
            f'<p><a href="https://x.example"><img src="mj-attachment:{DIGEST}" alt="pic"></a></p>',
        ),
        (
            "![other](mj-attachment:" + "cd" * 32 + ")",
            "<p><span>other</span></p>",
        ),  # not in the journal
        (f"![short](mj-attachment:{DIGEST[:-1]})", "<p><span>short</span></p>"),
        (f"![x](mj-attachment:{DIGEST}/../../etc/passwd)", "<p><span>x</span></p>"),
        (f"![x](mj-attachment://{DIGEST})", "<p><span>x</span></p>"),
        ("![web](https://e.example/i.png)", '<p><a href="https://e.example/i.png">web</a></p>'),
        ("![local](file:///home/me/x.png)", "<p><span>local</span></p>"),
    ],
)
def test_attachment_images(text, html):
    assert render_markdown(text, attachment_exists=_exists) == html


def test_attachment_check_gets_the_lowercase_hash_and_may_fail():
    asked: list[str] = []

    def broken(digest: str) -> bool:
        asked.append(digest)
        raise OSError("journal closed")

    assert render_markdown(f"![p](mj-attachment:{DIGEST.upper()})", attachment_exists=broken) == (
        "<p><span>p</span></p>"
    )
    assert asked == [DIGEST]


def test_documents_never_carry_images():
    page = render_markdown_document("t", f"![p](mj-attachment:{DIGEST})")
    assert "<img" not in page and "<span>p</span>" in page


def test_output_can_always_be_written_as_utf8():
    render_markdown_document("\ud800", "x \udfff **\ud83d**").encode("utf-8")
