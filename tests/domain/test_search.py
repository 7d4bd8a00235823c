"""Full-text search on a real encrypted journal: safety, ranking, snippets, filters."""

from __future__ import annotations

import datetime as dt
import threading

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mentorjournal.domain import search
from mentorjournal.domain.search import MARK_END, MARK_START, build_query, snippet_html
from mentorjournal.errors import ValidationError
from mentorjournal.storage import models
from mentorjournal.storage.db import DB

M, E = MARK_START, MARK_END


def reflection(when: str = "2026-01-10 09:00", title: str = "", body: str = "", **kw):
    return models.Reflection.create(
        written_at=dt.datetime.fromisoformat(when), title=title, body=body, **kw
    )


def found(text: str, **kw) -> list[tuple[str, int]]:
    return [(hit.kind, hit.id) for hit in search.search(text, **kw)]


# -- the query builder --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "query"),
    [
        ("mentor", '"mentor"*'),
        ("mentor meeting", '"mentor"* "meeting"*'),
        ("a", '"a"'),
        ("x boss", '"x" "boss"*'),
        ('say "hi"', '"say"* """hi"""*'),
        ("NEAR(ab cd)", '"NEAR(ab"* "cd)"*'),
        ("e-mail", '"e-mail"*'),
        ("title:secret", '"title:secret"*'),
        ("  ", ""),
        ("--- *** ()", ""),
        ("", ""),
        ("tab\there\x00nul", '"tab"* "here"* "nul"*'),
    ],
)
def test_build_query_quotes_every_piece(text, query):
    assert build_query(text) == query


def test_build_query_caps_the_number_of_terms():
    assert build_query(" ".join(f"w{i}" for i in range(100))).count('"w') == search.MAX_TERMS


# -- safety -------------------------------------------------------------------

NASTY = [
    '"',
    '""',
    '"unterminated',
    "*",
    "**",
    "AND",
    "OR",
    "NOT",
    "a AND",
    "AND b",
    "NEAR(",
    "NEAR(a b, 2)",
    "-",
    "-foo",
    ":",
    "title:",
    "title:foo",
    "{title body}: x",
    "^",
    "^foo",
    "(",
    ")",
    "((a)",
    "+",
    "a + b",
    "' OR 1=1 --",
    "'; DROP TABLE reflection; --",
    "\\",
    "\x00",
    "\x02\x03",
    "ünïcödé*",
    "😀",
    "foo*bar",
    "*foo",
    "col:*",
    "rowid:1",
    "a\u2028b",
]


@pytest.mark.parametrize("text", NASTY)
def test_fts_syntax_in_queries_never_raises(journal, text):
    reflection(title="Anything", body="AND OR NOT NEAR title body foo bar")
    assert isinstance(search.search(text), list)
    assert search.count(text) == len(search.search(text))
    assert models.Reflection.select().count() == 1


def test_operator_words_are_searched_as_words(journal):
    hit = reflection(body="Ben said NEAR the end: not now")
    assert found("near") == [("reflection", hit.id)]
    assert found("NOT") == [("reflection", hit.id)]
    assert found("AND") == []


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.text(max_size=40))
def test_any_text_is_a_safe_query(journal, text):
    assert search.count(text) >= 0
    assert isinstance(search.search(text, limit=5), list)


@pytest.mark.parametrize("text", ["", "   ", "!!!", "--", '"""', "* * *"])
def test_empty_or_punctuation_only_finds_nothing(journal, text):
    reflection(body="something !!! -- *")
    assert search.search(text) == []
    assert search.count(text) == 0


# -- finding ------------------------------------------------------------------

WORD = st.text(alphabet="abcdefghijklmnopqrstuvwxyzéüøABCZ0123456789", min_size=1, max_size=10)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    title=st.lists(WORD, max_size=3), body=st.lists(WORD, min_size=1, max_size=12), data=st.data()
)
def test_written_text_is_found_by_each_word_and_a_prefix(journal, title, body, data):
    record = reflection(title=" ".join(title), body=", ".join(body) + ".")
    try:
        for word in title + body:
            assert ("reflection", record.id) in found(word), word
        word = data.draw(st.sampled_from(body).filter(lambda w: len(w) >= 2))
        prefix = word[: data.draw(st.integers(2, len(word)))]
        assert ("reflection", record.id) in found(prefix), prefix
        assert ("reflection", record.id) in found(" ".join(body))
    finally:
        record.delete_instance()
    assert search.count(body[0]) == 0


def test_prefix_and_case_and_diacritics(journal):
    r = reflection(title="Café feedback", body="Négociation with my Mentor")
    for text in ["cafe", "CAFÉ", "negoc", "mentor", "MEN", "feedback café"]:
        assert found(text) == [("reflection", r.id)], text
    assert found("mentorship") == []


def test_words_must_all_match(journal):
    a = reflection(body="salary negotiation")
    reflection(body="salary review")
    assert found("salary negotiation") == [("reflection", a.id)]


def test_hit_fields(journal):
    r = reflection("2026-02-03 18:30", title="Late talk", body="we spoke about feedback")
    (hit,) = search.search("feedback")
    assert (hit.kind, hit.id, hit.uuid, hit.title) == ("reflection", r.id, r.uuid, "Late talk")
    assert hit.when == dt.datetime(2026, 2, 3, 18, 30)
    assert hit.snippet == f"we spoke about {M}feedback{E}"
    assert hit.rank < 0


def test_every_indexed_kind_is_found(journal):
    ana = models.Person.create(name="Ana Zephyr", relation="mentor", notes="zephyr notes")
    s = models.Session.create(
        person=ana, role="mentee", held_at=dt.datetime(2026, 1, 5, 10), takeaways="zephyr takeaway"
    )
    g = models.Goal.create(title="Zephyr goal", target_date=dt.date(2026, 6, 1))
    a = models.ActionItem.create(text="Send zephyr draft", due_on=dt.date(2026, 1, 20))
    k = models.Skill.create(name="Zephyr skill")
    w = models.Win.create(title="Zephyr win", won_on=dt.date(2026, 1, 7))
    r = reflection(body="zephyr")
    hits = {(h.kind, h.id): h for h in search.search("zephyr")}
    assert set(hits) == {
        ("person", ana.id),
        ("session", s.id),
        ("goal", g.id),
        ("action", a.id),
        ("skill", k.id),
        ("win", w.id),
        ("reflection", r.id),
    }
    assert hits[("session", s.id)].title == "Ana Zephyr"
    assert hits[("session", s.id)].when == dt.datetime(2026, 1, 5, 10)
    assert hits[("win", w.id)].when == dt.datetime(2026, 1, 7)
    assert hits[("action", a.id)].when == dt.datetime(2026, 1, 20)
    assert hits[("person", ana.id)].when is None
    assert hits[("skill", k.id)].uuid == k.uuid


# -- snippets -----------------------------------------------------------------


def test_snippet_marks_prefix_matches_and_every_term(journal):
    reflection(body="The quick brown fox jumps over the lazy dog")
    (hit,) = search.search("jump dog")
    assert hit.snippet == f"The quick brown fox {M}jumps{E} over the lazy {M}dog{E}"


def test_long_body_snippet_is_cut_with_ellipsis(journal):
    words = [f"w{i}" for i in range(200)]
    words[100] = "needle"
    reflection(body=" ".join(words))
    (hit,) = search.search("needle")
    assert f"{M}needle{E}" in hit.snippet
    assert hit.snippet.startswith(search.ELLIPSIS) and hit.snippet.endswith(search.ELLIPSIS)
    assert len(hit.snippet.split()) == search.SNIPPET_TOKENS


def test_snippet_falls_back_to_the_title(journal):
    reflection(title="Budget planning", body="nothing relevant here")
    models.ActionItem.create(text="Review the budget")
    snippets = sorted(h.snippet for h in search.search("budget"))
    assert snippets == [f"{M}Budget{E} planning", f"Review the {M}budget{E}"]


def test_snippet_copy_leaves_nothing_behind(journal):
    reflection(body="private words")
    assert search.search("private")
    assert DB.execute_sql("SELECT count(*) FROM temp.search_page").fetchone() == (0,)
    assert DB.execute_sql("SELECT count(*) FROM temp.search_page_fts").fetchone() == (0,)


def test_search_inside_a_transaction(journal):
    with DB.atomic():
        r = reflection(body="uncommitted thought")
        assert found("uncommitted") == [("reflection", r.id)]


def test_page_tokenizer_matches_the_index(journal):
    (sql,) = DB.execute_sql("SELECT sql FROM sqlite_master WHERE name = 'search_index'").fetchone()
    assert f"tokenize = '{search.TOKENIZE}'" in sql


@pytest.mark.parametrize(
    ("snippet", "html"),
    [
        (f"a {M}b{E} c", "a <mark>b</mark> c"),
        (f"<script>{M}x&y{E}</script>", "&lt;script&gt;<mark>x&amp;y</mark>&lt;/script&gt;"),
        (f'"{M}q{E}"', '"<mark>q</mark>"'),
        (f"{E}stray {M}open", "stray <mark>open</mark>"),
        (f"{M}{M}twice{E}{E}", "<mark>twice</mark>"),
        ("", ""),
        ("bell\x07", "bell"),
    ],
)
def test_snippet_html(snippet, html):
    assert snippet_html(snippet) == html


# -- ranking ------------------------------------------------------------------


def test_title_match_ranks_above_body_match(journal):
    body_hit = reflection(title="Tuesday", body="we touched on negotiation briefly today")
    title_hit = reflection(title="Negotiation", body="we talked about many things today")
    hits = search.search("negotiation")
    assert [h.id for h in hits] == [title_hit.id, body_hit.id]
    assert hits[0].rank < hits[1].rank


def test_more_occurrences_rank_higher(journal):
    once = reflection(body="delegation and other topics of the day were many")
    thrice = reflection(body="delegation, delegation and delegation")
    assert [h.id for h in search.search("delegation")] == [thrice.id, once.id]


def test_paging_is_stable_and_complete(journal):
    made = [reflection(body=f"repeat word {i}") for i in range(23)]
    pages = [search.search("repeat", limit=10, offset=o) for o in (0, 10, 20)]
    assert [len(p) for p in pages] == [10, 10, 3]
    ids = [h.id for p in pages for h in p]
    assert sorted(ids) == sorted(r.id for r in made)
    assert ids == [h.id for h in search.search("repeat", limit=50)]
    assert search.search("repeat", limit=0) == []
    assert search.count("repeat") == 23


# -- filters ------------------------------------------------------------------


@pytest.fixture
def people(journal):
    ana = models.Person.create(name="Ana", relation="mentor")
    ben = models.Person.create(name="Ben", relation="mentee", notes="topic")
    s_ana = models.Session.create(
        person=ana, role="mentee", held_at=dt.datetime(2026, 1, 5, 10), notes="topic one"
    )
    s_ben = models.Session.create(
        person=ben, role="mentor", held_at=dt.datetime(2026, 2, 5, 10), notes="topic two"
    )
    r_ana = reflection("2026-01-06 08:00", body="topic three", session=s_ana)
    r_free = reflection("2026-03-01 23:59:59", body="topic four")
    a_ben = models.ActionItem.create(text="topic five", person=ben, due_on=dt.date(2026, 2, 28))
    a_sess = models.ActionItem.create(text="topic six", session=s_ana)
    win = models.Win.create(title="topic seven", won_on=dt.date(2026, 3, 2))
    return dict(
        ana=ana,
        ben=ben,
        s_ana=s_ana,
        s_ben=s_ben,
        r_ana=r_ana,
        r_free=r_free,
        a_ben=a_ben,
        a_sess=a_sess,
        win=win,
    )


def _set(text, **kw):
    assert search.count(text, **kw) == len(search.search(text, **kw))
    return set(found(text, **kw))


def test_filter_by_kind(people):
    p = people
    assert _set("topic", kinds=["session"]) == {
        ("session", p["s_ana"].id),
        ("session", p["s_ben"].id),
    }
    assert _set("topic", kinds="win") == {("win", p["win"].id)}
    assert _set("topic", kinds=[]) == set()
    with pytest.raises(ValidationError):
        search.search("topic", kinds=["diary"])


def test_filter_by_person(people):
    p = people
    assert _set("topic", person=p["ana"].id) == {
        ("session", p["s_ana"].id),
        ("reflection", p["r_ana"].id),
        ("action", p["a_sess"].id),
    }
    assert _set("topic", person=p["ben"]) == {
        ("person", p["ben"].id),
        ("session", p["s_ben"].id),
        ("action", p["a_ben"].id),
    }
    assert _set("topic", person=p["ben"].id, kinds=["action"]) == {("action", p["a_ben"].id)}
    assert _set("topic", person=p["ben"].id, kinds=["win", "skill"]) == set()


def test_filter_by_dates(people):
    p = people
    assert _set("topic", start=dt.date(2026, 2, 28)) == {
        ("action", p["a_ben"].id),
        ("reflection", p["r_free"].id),
        ("win", p["win"].id),
    }
    assert _set("topic", end=dt.date(2026, 1, 6)) == {
        ("session", p["s_ana"].id),
        ("reflection", p["r_ana"].id),
    }
    # A date end includes its whole day; a datetime end is exact.
    assert ("reflection", p["r_free"].id) in _set(
        "topic", start=dt.date(2026, 3, 1), end=dt.date(2026, 3, 1)
    )
    assert _set("topic", start=dt.datetime(2026, 1, 5, 10), end=dt.datetime(2026, 1, 6, 7, 59)) == {
        ("session", p["s_ana"].id),
    }
    assert _set("topic", start=dt.date(2026, 1, 1), kinds=["person", "skill"]) == set()


# -- the index follows every write --------------------------------------------


def test_index_in_step_after_update_and_delete(journal):
    r = reflection(title="Draft", body="original wording")
    r.body = "rewritten text"
    r.save()
    assert found("original") == []
    assert found("rewritten") == [("reflection", r.id)]
    assert search.search("rewritten")[0].snippet == f"{M}rewritten{E} text"
    r.delete_instance()
    assert found("rewritten") == [] and found("draft") == []


def test_renaming_a_person_renames_their_sessions(journal):
    ana = models.Person.create(name="Ana", relation="mentor")
    s = models.Session.create(person=ana, role="mentee", held_at=dt.datetime(2026, 1, 5, 10))
    ana.name = "Anastasia"
    ana.save()
    assert ("session", s.id) in found("anastasia")
    assert [h.title for h in search.search("anastasia", kinds=["session"])] == ["Anastasia"]


def test_pages_larger_than_the_parameter_limit(journal):
    models.ActionItem.insert_many([{"text": f"bulk item {i}"} for i in range(1100)]).execute()
    hits = search.search("bulk", limit=5000)
    assert len(hits) == 1100 == search.count("bulk")
    assert all(h.snippet.startswith(f"{M}bulk{E} item") and h.uuid for h in hits)


def test_search_from_another_thread(journal):
    r = reflection(body="threaded words")
    out: list = []

    def work() -> None:
        try:
            out.append(found("threaded"))
        finally:
            DB.close()

    worker = threading.Thread(target=work)
    worker.start()
    worker.join()
    assert out == [[("reflection", r.id)]]


@pytest.mark.parametrize(
    "filters",
    [
        {},
        {"kinds": ["reflection", "session"]},
        {"person": 1},
        {"start": dt.date(2026, 1, 1)},
        {"person": 1, "end": dt.datetime(2026, 2, 1, 12), "kinds": ["action", "reflection"]},
    ],
)
def test_filters_never_turn_into_per_row_fts_lookups(journal, filters):
    # "rowid IN (...)" handed to FTS5 re-runs the full-text query per value
    # (seconds on a big journal); the plan must scan the MATCH once.
    sql, args = search._page_query(
        build_query("topic"),
        limit=50,
        offset=0,
        **{
            "kinds": None,
            "person": None,
            "start": None,
            "end": None,
            **filters,
        },
    )
    plan = " | ".join(row[3] for row in DB.execute_sql("EXPLAIN QUERY PLAN " + sql, args))
    assert "VIRTUAL TABLE INDEX 0:rM" in plan, plan
    assert ":=" not in plan, plan
