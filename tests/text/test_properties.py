"""Properties of the grammar for any text: safe output, and fast paths equal to the parser."""

from __future__ import annotations

import html
import re
import threading
from unittest import mock

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from mentorjournal.text import grammar, plain
from mentorjournal.text.plain import plain_text
from mentorjournal.text.render import render_markdown
from tests.text.safety import assert_safe

MARKUP = "*_`[]()!<>&#|~\\-+=.:;/\"' \n\t\r"
WORDS = [
    "javascript:",
    "JaVaScRiPt:",
    "file:///etc/passwd",
    "data:text/html,",
    "mj-attachment:",
    "<script>",
    "<img src=x>",
    "&#106;",
    "&#x3C;",
    "&lt;",
    "http://",
    "https://",
    "mailto:",
    "\x00",
    "\u202e",
    "\ud800",
    "onerror=",
    '"',
    "'",
    "`",
    "[",
    "](",
    "![",
    "<a href=",
    "ab" * 32,
    "AB" * 32,
    "\\",
    "    ",
    "1. ",
    "- ",
    "> ",
    "# ",
    "|-|",
    "```",
]
text_strategy = st.lists(
    st.one_of(st.text(alphabet=MARKUP, max_size=8), st.sampled_from(WORDS), st.text(max_size=4)),
    max_size=40,
).map("".join)
url_strategy = st.lists(
    st.one_of(
        st.sampled_from(WORDS),
        st.text(alphabet=MARKUP + "ajvscriptfleh:", max_size=6),
        st.characters(),
    ),
    max_size=12,
).map("".join)
SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(text=text_strategy, attachments=st.booleans())
def test_any_text_renders_safely(text, attachments):
    html = render_markdown(text, attachment_exists=(lambda digest: True) if attachments else None)
    assert_safe(html, attachments=attachments)
    assert_safe(render_markdown(text, hard_breaks=False))


@SETTINGS
@given(url=url_strategy, title=st.text(max_size=6), image=st.booleans())
def test_any_destination_is_refused_or_safe(url, title, image):
    for form in (
        f"[t]({url})",
        f"[t](<{url}>)",
        f'[t]({url} "{title}")',
        f"[t][r]\n\n[r]: {url}",
        f"<{url}>",
    ):
        text = ("!" if image else "") + form
        assert_safe(render_markdown(text, attachment_exists=lambda digest: True), attachments=True)
        assert_safe(render_markdown(text))


@SETTINGS
@given(text=st.text(alphabet="abc xyz\t\n  \u00e9\u05d0.,:;-+=#>|1", max_size=200))
def test_inline_fast_path_equals_the_parser(text):
    everything = re.compile(r"[\s\S]")  # no content is "plain": always the full inline parse
    fast = render_markdown(text), render_markdown(text, hard_breaks=False)
    with mock.patch.object(grammar, "_INLINE_SPECIAL", everything):
        slow = render_markdown(text), render_markdown(text, hard_breaks=False)
    assert fast == slow


@SETTINGS
@given(
    text=st.text(alphabet="abc xyz\t\n  \u00e9.,:;'\"?()/1", max_size=300),
    limit=st.sampled_from([None, 10, 50, 2000]),
)
def test_plain_text_fast_path_equals_the_parser(text, limit):
    fast = plain_text(text, limit=limit)
    with mock.patch.object(plain, "_MAYBE_MARKUP", re.compile(r"[\s\S]")):
        slow = plain_text(text, limit=limit)
    assert fast == slow


@SETTINGS
@given(text=text_strategy)
@example(text="\r>")  # a lone CR ends a line for the renderer: an empty quote, no ">"
@example(text="a\r# b")
def test_plain_text_is_one_line_of_what_the_view_shows(text):
    result = plain_text(text)
    assert result == result.strip() and "\n" not in result and "  " not in result
    shown = re.sub(r"</?(?:a|span|em|strong|s|code)\b[^>]*>", "", render_markdown(text))
    shown = re.sub(r"<[^>]+>", " ", shown)  # block tags and <br> separate words
    # every word of the summary is a word the reading view displays
    view_words = set(html.unescape(shown).split())
    for word in result.split():
        assert word in view_words or word.strip("☐☑") in view_words or word == "…", word


words = st.sampled_from(["alpha", "beta", "gamma", "delta", "mentor", "goal"])


@st.composite
def marked_up(draw):
    """Markdown made of known words, and the words a reader sees, in order."""
    parts, seen = [], []
    for _ in range(draw(st.integers(1, 12))):
        word = draw(words)
        form = draw(
            st.sampled_from(
                [
                    "plain",
                    "strong",
                    "em",
                    "code",
                    "link",
                    "image",
                    "strike",
                    "heading",
                    "item",
                    "quote",
                    "task",
                ]
            )
        )
        seen.append(word)
        parts.append(
            {
                "plain": f"{word} ",
                "strong": f"**{word}** ",
                "em": f"_{word}_ ",
                "code": f"`{word}` ",
                "link": f"[{word}](https://x.example/{word}) ",
                "image": f"![{word}](https://x.example/{word}.png) ",
                "strike": f"~~{word}~~ ",
                "heading": f"\n\n## {word}\n\n",
                "item": f"\n\n- {word}\n\n",
                "quote": f"\n\n> {word}\n\n",
                "task": f"\n\n- [ ] {word}\n\n",
            }[form]
        )
    return "".join(parts), seen


@SETTINGS
@given(case=marked_up())
def test_plain_text_keeps_the_words_and_drops_the_markup(case):
    text, seen = case
    assert plain_text(text).split() == seen


def test_concurrent_renders_agree_with_single_threaded_ones():
    texts = [
        f"# T{i}\n\n**b{i}** [l](https://x.example/{i}) <i>\n\n- a\n  - b\n\n| x |\n|---|\n| {i} |"
        for i in range(40)
    ]
    texts.append("![" * 4000)
    expected = [render_markdown(t) for t in texts]
    expected_plain = [plain_text(t) for t in texts]
    failures: list[str] = []
    barrier = threading.Barrier(6)

    def work(n: int) -> None:
        barrier.wait()
        for _ in range(3):
            for k, text in enumerate(texts):
                # each thread says "exists" for a different hash: no cross-talk
                digest = f"{n:x}" * 64
                mine = f"![p](mj-attachment:{digest[:64]})"
                html = render_markdown(
                    text + "\n\n" + mine, attachment_exists=lambda d, n=n: d == f"{n:x}" * 64
                )
                if not html.startswith(expected[k]) or f"mj-attachment:{digest[:64]}" not in html:
                    failures.append(f"thread {n} text {k}")
                if plain_text(text) != expected_plain[k]:
                    failures.append(f"plain thread {n} text {k}")

    threads = [threading.Thread(target=work, args=(n,)) for n in range(1, 7)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert failures == []
