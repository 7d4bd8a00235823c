"""Full-text search over the journal: ranked, prefix-matching, with snippets.

The index is the FTS5 table ``search_index(title, body)`` kept in step with
every write by triggers (see ``migrations``). Its rowid encodes the record:
``rowid = id * KIND_STRIDE + code`` with ``code`` from ``SEARCH_KINDS``. Since
schema 4 the index is contentless: it holds terms, not text, so a page's titles
and snippets are made from the record tables (``migrations.indexed_text_sql``,
the same text the triggers index).

Whatever the user types becomes a *safe* FTS5 query (``build_query``): the text
is split on white space, pieces with no letter or digit are dropped, every
piece is quoted as an FTS5 string (double quotes doubled), so operators such as
``AND``, ``NEAR(``, ``-``, ``*``, ``:`` or ``^`` are searched as plain words and
can never raise a syntax error. Pieces are combined with an implicit AND, and
each piece whose last word has at least two characters matches as a prefix
(so the word still being typed already finds something). A piece such as
``e-mail`` stays one phrase, as FTS5 tokenizes it inside the quotes.

Ranking is FTS5's bm25 with the title weighted ``TITLE_WEIGHT`` times the body.
Only the page that is returned gets snippets: the ranked, filtered page of
rowids is computed first, and ``snippet()`` runs on those rows alone (see
``_snippets``).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import html
import logging
import re
from collections.abc import Iterable, Iterator
from typing import Any

from mentorjournal.domain import ownership
from mentorjournal.errors import ValidationError
from mentorjournal.storage.db import DB
from mentorjournal.storage.migrations import (
    KIND_STRIDE,
    SEARCH_KINDS,
    TOKENIZE,
    indexed_text_sql,
)

log = logging.getLogger(__name__)

#: Marks around a matched term in ``SearchHit.snippet`` (STX / ETX).
MARK_START = "\x02"
MARK_END = "\x03"
#: Shown where a snippet cuts the text.
ELLIPSIS = "…"
#: Tokens of context in a snippet (FTS5 allows at most 64).
SNIPPET_TOKENS = 24
#: bm25 weight of the title column relative to the body.
TITLE_WEIGHT = 5.0
#: A piece matches as a prefix when its last word has at least this many
#: characters ("men" finds "mentoring"; a lone "m" would match nearly
#: everything, slowly, so it is matched as a whole word).
MIN_PREFIX = 2
#: At most this many pieces of a query are used (a pasted page stays fast).
MAX_TERMS = 32

KIND_NAMES = {code: kind for kind, code in SEARCH_KINDS.items()}

# Per kind: (table, SQL for the record's date), with ``t`` the record's
# table; kinds without a date say NULL. Who a record belongs to is
# ``ownership``'s rule.
_FACTS: dict[str, tuple[str, str]] = {
    "person": ("person", "NULL"),
    "session": ("session", "t.held_at"),
    "reflection": ("reflection", "t.written_at"),
    "goal": ("goal", "t.target_date"),
    "action": ("action_item", "t.due_on"),
    "skill": ("skill", "NULL"),
    "win": ("win", "t.won_on"),
}

_PAGE_DDL = (
    "CREATE TEMP TABLE IF NOT EXISTS search_page(rid INTEGER PRIMARY KEY, title TEXT, body TEXT)",
    "CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_page_fts USING fts5(title, body,"
    f" content='search_page', content_rowid='rid', tokenize='{TOKENIZE}')",
)

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_WORD = re.compile(r"[^\W_]+")


@dataclasses.dataclass(frozen=True, slots=True)
class SearchHit:
    """One record that matched.

    ``snippet`` is plain text with each matched term between ``MARK_START``
    and ``MARK_END``; pass it through ``snippet_html`` for display. ``when`` is
    the record's own date (session held, reflection written, win won, action
    due, goal target) or None for people and skills. ``rank`` is FTS5 bm25:
    negative, and smaller is better; hits come best first.
    """

    kind: str
    id: int
    uuid: str
    title: str
    snippet: str
    when: dt.datetime | None
    rank: float


def build_query(text: str) -> str:
    """Turn any user text into a safe FTS5 MATCH expression ('' when nothing to find)."""
    text = _clean(text)
    pieces = [p for p in text.split() if _WORD.search(p)][:MAX_TERMS]
    terms = []
    for piece in pieces:
        quoted = '"' + piece.replace('"', '""') + '"'
        last_word = _WORD.findall(piece)[-1]
        if len(last_word) >= MIN_PREFIX:
            quoted += "*"
        terms.append(quoted)
    return " ".join(terms)


def search(
    text: str,
    *,
    kinds: Iterable[str] | None = None,
    person: int | Any | None = None,
    start: dt.date | None = None,
    end: dt.date | None = None,
    limit: int = 50,
    offset: int = 0,
) -> list[SearchHit]:
    """The best ``limit`` records matching ``text``, after skipping ``offset``.

    Filters: ``kinds`` (names from ``kinds.SEARCH_CODES``; an unknown one is a
    ``ValidationError``), ``person`` (a person id or ``Person``: the records
    that belong to them, by ``ownership``'s rule), ``start``/``end`` (inclusive; a ``date`` end includes that
    whole day; records without a date - people, skills, undated goals and
    actions - are left out when either is given). Empty or punctuation-only
    text finds nothing. ``limit`` may be large: pages are fetched in chunks.
    """
    query = build_query(text)
    page_query = _page_query(query, kinds, person, start, end, limit, offset)
    if page_query is None:
        return []
    sql, args = page_query
    with DB.atomic("DEFERRED"):  # reads (and a temp copy): no write lock on the journal
        page = DB.execute_sql(sql, args).fetchall()
        rowids = [rid for rid, _ in page]
        texts = _snippets(rowids, query)
        facts = _record_facts(rowids)
    hits = []
    for rid, rank in page:
        title, snip = texts.get(rid, ("", ""))
        uuid, when = facts.get(rid, ("", None))
        kind = KIND_NAMES[rid % KIND_STRIDE]
        hits.append(SearchHit(kind, rid // KIND_STRIDE, uuid, title, snip, when, float(rank)))
    log.debug("search: %d hits (limit %d, offset %d)", len(hits), limit, offset)
    return hits


def count(
    text: str,
    *,
    kinds: Iterable[str] | None = None,
    person: int | Any | None = None,
    start: dt.date | None = None,
    end: dt.date | None = None,
) -> int:
    """How many records ``search`` would find with the same text and filters."""
    query = build_query(text)
    if not query:
        return 0
    where, params = _filters(kinds, person, start, end)
    if where is None:
        return 0
    sql = "SELECT count(*) FROM search_index WHERE search_index MATCH ?" + where
    return int(DB.execute_sql(sql, [query, *params]).fetchone()[0])


def snippet_html(snippet: str) -> str:
    """HTML for a snippet: text escaped, marked terms in ``<mark>…</mark>``.

    Unbalanced marks are tolerated: a stray end mark is dropped and an open
    mark is closed at the end.
    """
    out: list[str] = []
    open_mark = False
    for part in re.split(f"([{MARK_START}{MARK_END}])", snippet):
        if part == MARK_START:
            if not open_mark:
                out.append("<mark>")
                open_mark = True
        elif part == MARK_END:
            if open_mark:
                out.append("</mark>")
                open_mark = False
        elif part:
            out.append(html.escape(_CONTROL.sub("", part), quote=False))
    if open_mark:
        out.append("</mark>")
    return "".join(out)


# -- helpers ---------------------------------------------------------------


def _clean(text: str) -> str:
    """Drop control characters and lone surrogates (neither can be indexed)."""
    text = text.encode("utf-8", "ignore").decode("utf-8")
    return _CONTROL.sub(" ", text)


def _page_query(
    query: str,
    kinds: Iterable[str] | None,
    person: Any,
    start: dt.date | None,
    end: dt.date | None,
    limit: int,
    offset: int,
) -> tuple[str, list[Any]] | None:
    """SQL and arguments for one ranked page of rowids (None: nothing to find)."""
    if not query or limit <= 0:
        return None
    where, params = _filters(kinds, person, start, end)
    if where is None:
        return None
    sql = (
        "SELECT rowid, rank FROM search_index WHERE search_index MATCH ? AND rank MATCH ?"
        + where
        + " ORDER BY rank, rowid LIMIT ? OFFSET ?"
    )
    rank = f"bm25({TITLE_WEIGHT}, 1.0)"
    return sql, [query, rank, *params, int(limit), max(0, int(offset))]


def _filters(
    kinds: Iterable[str] | None, person: Any, start: dt.date | None, end: dt.date | None
) -> tuple[str | None, list[Any]]:
    """Extra ``AND …`` SQL on ``rowid`` for the filters; None when nothing can match.

    Kinds are a cheap test on the rowid. Person and date filters become the
    set of index rowids of the records that pass them, built from the record
    tables (their indexes) and tested with ``+search_index.rowid IN (…)``.
    The unary plus matters: without it SQLite hands the IN list to FTS5 as
    rowid lookups and re-runs the whole full-text query once per record.
    """
    clauses: list[str] = []
    params: list[Any] = []
    codes = sorted(SEARCH_KINDS.values())
    if kinds is not None:
        wanted = {kinds} if isinstance(kinds, str) else set(kinds)
        unknown = wanted - SEARCH_KINDS.keys()
        if unknown:
            raise ValidationError("kinds", f"unknown kind {sorted(unknown)[0]!r}")
        codes = sorted(SEARCH_KINDS[k] for k in wanted)
        if not codes:
            return None, []
        clauses.append(f"search_index.rowid % {KIND_STRIDE} IN ({', '.join(map(str, codes))})")
    if person is None and start is None and end is None:
        return "".join(f" AND {c}" for c in clauses), params
    dated = start is not None or end is not None
    selects = []
    for code in codes:
        kind = KIND_NAMES[code]
        table, when_sql = _FACTS[kind]
        if (person is not None and not ownership.has_owner(kind)) or (dated and when_sql == "NULL"):
            continue
        conds: list[str] = []
        if person is not None:
            conds.append(ownership.belongs_to(kind, "t"))
            params.append(int(getattr(person, "id", person)))
        if start is not None:
            conds.append(f"{when_sql} >= ?")
            params.append(_bound(start))
        if isinstance(end, dt.datetime):
            conds.append(f"{when_sql} <= ?")
            params.append(_bound(end))
        elif end is not None:
            conds.append(f"{when_sql} < ?")
            params.append((end + dt.timedelta(days=1)).isoformat())
        selects.append(
            f"SELECT t.id * {KIND_STRIDE} + {code} FROM {table} t WHERE {' AND '.join(conds)}"
        )
    if not selects:
        return None, []
    clauses.append(f"+search_index.rowid IN ({' UNION ALL '.join(selects)})")
    return "".join(f" AND {c}" for c in clauses), params


def _bound(value: dt.date) -> str:
    if isinstance(value, dt.datetime):
        return value.replace(tzinfo=None).isoformat(" ")
    return value.isoformat()


def _snippets(rowids: list[int], query: str) -> dict[int, tuple[str, str]]:
    """Title and marked snippet for each rowid of a page.

    ``snippet()`` needs a full-text cursor on the row and the row's text; the
    index is contentless (it keeps no text) and re-running the MATCH on the
    whole index would cost as much as the search itself, so the page's text is
    read from the record tables (the text the triggers index) into a small
    in-memory FTS5 table (``temp_store`` is memory: nothing reaches the disk)
    and the snippets come from there; the copy is emptied before returning.
    Must run inside a transaction, so that an error rolls the copy back.
    """
    if not rowids:
        return {}
    for statement in _PAGE_DDL:
        DB.execute_sql(statement)
    by_kind: dict[str, list[int]] = {}
    for rid in rowids:
        by_kind.setdefault(KIND_NAMES[rid % KIND_STRIDE], []).append(rid // KIND_STRIDE)
    for kind, ids in by_kind.items():
        for part in _chunks(ids):
            select = indexed_text_sql(kind).format(ids=", ".join("?" * len(part)))
            DB.execute_sql(f"INSERT INTO temp.search_page(rid, title, body) {select}", part)
    DB.execute_sql(
        "INSERT INTO temp.search_page_fts(rowid, title, body)"
        " SELECT rid, title, body FROM temp.search_page"
    )
    snip = [MARK_START, MARK_END, ELLIPSIS, SNIPPET_TOKENS]
    rows = DB.execute_sql(
        "SELECT rowid, title, snippet(search_page_fts, 1, ?, ?, ?, ?),"
        " snippet(search_page_fts, 0, ?, ?, ?, ?)"
        " FROM temp.search_page_fts WHERE search_page_fts MATCH ?",
        [*snip, *snip, query],
    ).fetchall()
    DB.execute_sql("INSERT INTO temp.search_page_fts(search_page_fts) VALUES ('delete-all')")
    DB.execute_sql("DELETE FROM temp.search_page")
    out = {}
    for rid, title, body_snip, title_snip in rows:
        body_snip, title_snip = body_snip or "", title_snip or ""
        if MARK_START in body_snip or (body_snip and MARK_START not in title_snip):
            out[rid] = (title or "", body_snip)
        else:
            out[rid] = (title or "", title_snip)
    return out


def _record_facts(rowids: list[int]) -> dict[int, tuple[str, dt.datetime | None]]:
    """uuid and date for each rowid of a page, one query per kind present."""
    by_kind: dict[str, list[int]] = {}
    for rid in rowids:
        by_kind.setdefault(KIND_NAMES[rid % KIND_STRIDE], []).append(rid // KIND_STRIDE)
    facts: dict[int, tuple[str, dt.datetime | None]] = {}
    for kind, all_ids in by_kind.items():
        table, when_sql = _FACTS[kind]
        code = SEARCH_KINDS[kind]
        for ids in _chunks(all_ids):
            marks = ", ".join("?" * len(ids))
            sql = f"SELECT t.id, t.uuid, {when_sql} FROM {table} t WHERE t.id IN ({marks})"
            for record_id, uuid, when in DB.execute_sql(sql, ids):
                facts[record_id * KIND_STRIDE + code] = (uuid, _parse_when(when))
    return facts


def _chunks(values: list[int], size: int = 500) -> Iterator[list[int]]:
    """Slices small enough for SQLite's limit on bound parameters."""
    for i in range(0, len(values), size):
        yield values[i : i + size]


def _parse_when(value: Any) -> dt.datetime | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value
    if isinstance(value, dt.date):
        return dt.datetime.combine(value, dt.time())
    try:
        return dt.datetime.fromisoformat(str(value))
    except ValueError:
        return None


__all__ = [
    "ELLIPSIS",
    "MARK_END",
    "MARK_START",
    "SearchHit",
    "build_query",
    "count",
    "search",
    "snippet_html",
]
