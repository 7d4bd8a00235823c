"""plain_text: the reading view's text on one line, from the same parser, on bounded input."""

from __future__ import annotations

import time

import pytest

from mentorjournal.text.plain import PREFIX_LIMIT, first_line, plain_text, shorten, summary


@pytest.mark.parametrize(
    ("markdown", "plain"),
    [
        ("**b** _i_ ~~s~~ `c`", "b i s c"),
        (
            "[link text](https://x.example) and <https://y.example>",
            "link text and https://y.example",
        ),
        ("![alt text](x.png) ![](y.png)", "alt text"),
        (
            "# Heading\n\nBody\n\n> quoted\n\n- a\n- [ ] task\n- [x] done\n\n1. one",
            "Heading Body quoted a task done one",
        ),
        ("```python\ncode = 1\n```", "code = 1"),
        ("    indented code", "indented code"),
        ("| a | b |\n|---|---|\n| 1 | 2 |", "a b 1 2"),
        ("a  \nb\\\nc\nd", "a b c d"),
        ("Heading\n===\ntext", "Heading text"),
        ("a\n\n---\n\nb", "a b"),
        ("[x][r]\n\n[r]: https://x.example", "x"),
        ("a &amp; b &lt;c&gt; &#x41;", "a & b <c> A"),
        ("<b>raw</b> html", "<b>raw</b> html"),  # shown as text by the view, so here too
        ("\\*not emphasis\\*", "*not emphasis*"),
        ("tab\tand\u00a0nbsp\n\n\n  spaces", "tab and nbsp spaces"),
        ("nul\x00 and \x1f controls", "nul and controls"),
        ("lone \ud800 surrogate", "lone \ufffd surrogate"),
        ("", ""),
        ("   \n ", ""),
    ],
)
def test_plain_text(markdown, plain):
    assert plain_text(markdown) == plain


def test_only_a_bounded_prefix_is_read():
    line = "Some **words** on a line with a [link](https://x.example).\n"
    body = line * 100_000  # about 6 MB
    start = time.process_time()
    result = plain_text(body)
    assert time.process_time() - start < 2.0  # the cost of 2,000 characters, not of 6 MB
    cut = body[:PREFIX_LIMIT].rsplit("\n", 1)[0]
    assert result == plain_text(cut) + "…"
    assert result.startswith("Some words on a line with a link. Some words")


def test_the_prefix_is_cut_at_a_line_then_a_word():
    assert plain_text("one two\nthree four", limit=12) == "one two…"
    assert plain_text("one two three four", limit=12) == "one two…"
    assert plain_text("abcdefghijklmnop", limit=5) == "abcde…"
    assert plain_text("short", limit=5) == "short"
    assert plain_text("one two\nthree four", limit=None) == "one two three four"


def test_summary_reads_what_it_needs():
    body = "# Title\n\n" + "**Bold** [a link](https://example.org) and `code` " * 200
    short = summary(body, 200)
    assert len(short) <= 200 and short.endswith("…")
    assert short.startswith("Title Bold a link and code Bold a link")
    assert short == shorten(plain_text(body), 200)
    assert summary("just this", 200) == "just this"
    # markup-heavy text: more is read until the summary is full
    heavy = "[a](https://x.example/" + "p" * 300 + ") " * 1 + "\n" + "word " * 300
    assert len(summary(heavy, 100)) >= 90


def test_first_line_and_shorten():
    assert first_line("\n  \n  first  \nsecond") == "first"
    assert first_line("") == "" and first_line(None) == ""
    assert shorten("short", 10) == "short"
    assert shorten("one two three four five", 12) == "one two…"
    assert len(shorten("x" * 50, 10)) == 10


def test_tooltip_is_shown_literally():
    from html.parser import HTMLParser

    from mentorjournal.text.plain import tooltip

    tags: list[str] = []

    class Tags(HTMLParser):
        def handle_starttag(self, tag, attrs):
            tags.append(tag)

    text = '<img src="file:///etc/passwd"> & <b>bold</b>\nsecond line'
    tip = tooltip(text)
    Tags().feed(tip)
    assert set(tags) <= {"p", "br"}
    assert '&lt;img src="file:///etc/passwd"&gt; &amp; &lt;b&gt;' in tip
    assert "<br>second line" in tip
    assert len(tooltip("word " * 10_000)) < 1000
