"""One measurement per process: ``python bench/probes.py NAME [--journal PATH] ...``.

Each probe opens what it needs, times one piece of work (wall time with
``time.perf_counter``, CPU time with ``time.process_time``) around exactly
that work (not the process start, not opening the journal unless that is the
figure) and prints one line of JSON.
A figure the current tree cannot produce (a function missing, a module
renamed) comes out as the string "n/a: ..." instead of a number, so the
harness keeps working while the product changes. ``run.py`` starts these
probes A/B interleaved; they can also be run by hand.

MentorJournal's side goes through the public API only (Journal,
domain.queries/search/records, exchange.native, analytics.insights, ui.*).
The floors are plain SQL on the same file: they are the bench's own
reference queries, written against the schema as it is, and turn into "n/a"
if the schema changes under them.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.common import END, PASSPHRASE, SEARCH_WORD, reset_peak, rss_mb

TODAY = dt.date.fromisoformat(END)
#: What the window asks for per keystroke (ui.pages.SearchPage.LIMIT).
SEARCH_LIMIT = 200

PROBES: dict[str, Callable[[argparse.Namespace], dict[str, Any]]] = {}


def probe(name: str):
    def register(fn):
        PROBES[name] = fn
        return fn

    return register


def na(exc: BaseException) -> str:
    return f"n/a: {type(exc).__name__}: {str(exc)[:160]}"


class Span:
    """Wall time and this process's CPU time (all threads) of one piece of work, in ms.

    On a shared machine the wall time includes waiting for a CPU; the CPU time
    does not, so both are kept (``name_ms`` and ``name_cpu_ms``).
    """

    def __init__(self) -> None:
        self.wall = self.cpu = 0.0

    def __enter__(self) -> Span:
        self._wall, self._cpu = time.perf_counter(), time.process_time()
        return self

    def __exit__(self, *exc: object) -> None:
        self.wall = (time.perf_counter() - self._wall) * 1000
        self.cpu = (time.process_time() - self._cpu) * 1000


def timed(fn: Callable[[], Any]) -> tuple[Span, Any]:
    with Span() as span:
        result = fn()
    return span, result


def put(out: dict[str, Any], name: str, span: Span) -> None:
    out[f"{name}_ms"] = span.wall
    out[f"{name}_cpu_ms"] = span.cpu


def put_many(out: dict[str, Any], name: str, spans: list[Span], *, worst: bool = True) -> None:
    """The median of several spans as ``name``, the slowest as ``name_max``."""
    out[f"{name}_ms"] = statistics.median(s.wall for s in spans)
    out[f"{name}_cpu_ms"] = statistics.median(s.cpu for s in spans)
    if worst:
        out[f"{name}_max_ms"] = max(s.wall for s in spans)
        out[f"{name}_max_cpu_ms"] = max(s.cpu for s in spans)


def open_journal(path: str):
    from mentorjournal.storage.journal import Journal

    return Journal.open(Path(path), PASSPHRASE)


def keystrokes(word: str) -> list[str]:
    return [word[:i] for i in range(1, len(word) + 1)]


# -- the raw SQL floors -------------------------------------------------------------

#: kind: (table, the date the timeline sorts by), as domain/queries.py documents them.
BRANCHES = {
    "person": ("person", "COALESCE(x.started_on || ' 00:00:00', x.created_at)"),
    "session": ("session", "x.held_at"),
    "reflection": ("reflection", "x.written_at"),
    "rating": ("skill_rating", "x.rated_on || ' 00:00:00'"),
    "goal": ("goal", "COALESCE(x.target_date || ' 00:00:00', x.created_at)"),
    "action": ("action_item", "COALESCE(x.due_on || ' 00:00:00', x.created_at)"),
    "win": ("win", "x.won_on || ' 00:00:00'"),
}

KEY_READ = (
    "SELECT kind, id, when_ FROM ("
    + " UNION ALL ".join(
        f"SELECT '{kind}' AS kind, x.id AS id, {when} AS when_ FROM {table} x"
        for kind, (table, when) in sorted(BRANCHES.items())
    )
    + ") ORDER BY when_ DESC, kind, id DESC"
)

_TAGS = (
    "(SELECT group_concat(t.name, char(31)) FROM {link} l JOIN tag t ON t.id = l.tag_id"
    " WHERE l.{column} = x.id)"
)
#: kind: (joins, uuid, title, text, person id, tags): what a timeline row shows.
_COLUMNS = {
    "person": ("", "x.name", "x.notes", "x.id", "NULL"),
    "session": (
        "",
        "''",
        "COALESCE(NULLIF(x.takeaways, ''), NULLIF(x.notes, ''), x.agenda)",
        "x.person_id",
        _TAGS.format(link="session_tag", column="session_id"),
    ),
    "reflection": (
        "LEFT JOIN session rs ON rs.id = x.session_id",
        "x.title",
        "x.body",
        "rs.person_id",
        _TAGS.format(link="reflection_tag", column="reflection_id"),
    ),
    "rating": (
        "JOIN skill sk ON sk.id = x.skill_id LEFT JOIN session rs ON rs.id = x.session_id",
        "sk.name",
        "x.note",
        "rs.person_id",
        "NULL",
    ),
    "goal": ("", "x.title", "x.description", "x.person_id", "NULL"),
    "action": (
        "LEFT JOIN session rs ON rs.id = x.session_id LEFT JOIN goal wg ON wg.id = x.goal_id",
        "substr(x.text, 1, 300)",
        "x.text",
        "COALESCE(x.person_id, rs.person_id, wg.person_id)",
        "NULL",
    ),
    "win": (
        "LEFT JOIN goal wg ON wg.id = x.goal_id",
        "x.title",
        "x.description",
        "wg.person_id",
        "NULL",
    ),
}
ROWS_READ = (
    "SELECT u.kind, u.id, u.when_, u.uuid, u.title, u.text, p.id, p.name, u.tags FROM ("
    + " UNION ALL ".join(
        f"SELECT '{kind}' AS kind, x.id AS id, {BRANCHES[kind][1]} AS when_, x.uuid AS uuid,"
        f" {title} AS title, substr({text}, 1, 1200) AS text, {person} AS person_id,"
        f" {tags} AS tags FROM {BRANCHES[kind][0]} x {joins}"
        for kind, (joins, title, text, person, tags) in sorted(_COLUMNS.items())
    )
    + ") u LEFT JOIN person p ON p.id = u.person_id ORDER BY u.when_ DESC, u.kind, u.id DESC"
)


def raw_fts(db, text: str, limit: int = SEARCH_LIMIT) -> list:
    """The same ranked page as search.search, straight from FTS5: rowids only."""
    query = '"' + text.replace('"', '""') + '"' + ("*" if len(text) >= 2 else "")
    return db.execute_sql(
        "SELECT rowid FROM search_index WHERE search_index MATCH ? AND rank MATCH ?"
        " ORDER BY rank, rowid LIMIT ?",
        [query, "bm25(5.0, 1.0)", limit],
    ).fetchall()


# -- core probes ------------------------------------------------------------------------


@probe("kdf")
def kdf(_options) -> dict[str, Any]:
    """One real key derivation (crypto.STANDARD, Argon2id), median of three."""
    from mentorjournal.storage import crypto

    salt = crypto.new_salt(crypto.STANDARD)
    out: dict[str, Any] = {}
    put_many(out, "kdf", [timed(lambda: crypto.derive_key(PASSPHRASE, salt))[0] for _ in range(3)])
    return out


@probe("timeline_core")
def timeline_core(options) -> dict[str, Any]:
    """Every timeline row through queries.timeline, page after page (MAX_PAGE rows)."""
    from mentorjournal.domain import queries

    page = int(getattr(queries, "MAX_PAGE", 1000))
    with open_journal(options.journal):
        queries.timeline(limit=1)  # warm the code (lazy imports, parsers), not the rows

        def walk() -> int:
            rows, offset = 0, 0
            while True:
                got = queries.timeline(offset=offset, limit=page)
                rows += len(got)
                offset += len(got)
                if len(got) < page:
                    return rows

        span, rows = timed(walk)
    out = {"timeline_rows": rows}
    put(out, "timeline_core", span)
    return out


@probe("timeline_rows_sql")
def timeline_rows_sql(options) -> dict[str, Any]:
    """Floor: one ordered SQL statement returning what a timeline row shows."""
    with open_journal(options.journal) as journal:
        journal.db.execute_sql(KEY_READ + " LIMIT 1").fetchall()  # as timeline_core warms up
        span, rows = timed(lambda: journal.db.execute_sql(ROWS_READ).fetchall())
    out = {"timeline_rows": len(rows)}
    put(out, "timeline_rows_sql", span)
    return out


@probe("timeline_keys_sql")
def timeline_keys_sql(options) -> dict[str, Any]:
    """Floor: the ordered (kind, id, date) keys of every row, one statement."""
    with open_journal(options.journal) as journal:
        journal.db.execute_sql(KEY_READ + " LIMIT 1").fetchall()  # as model_walk warms up
        span, rows = timed(lambda: journal.db.execute_sql(KEY_READ).fetchall())
    out = {"timeline_rows": len(rows)}
    put(out, "timeline_keys_sql", span)
    return out


def _app():
    from ui.app import make_application

    return make_application()


@probe("model_walk")
def model_walk(options) -> dict[str, Any]:
    """Every row of ui.timeline_model.TimelineModel fetched and each cell's text read."""
    from PySide6.QtCore import QModelIndex, Qt

    from ui.timeline_model import TimelineModel, timeline_source

    _app()
    with open_journal(options.journal):
        source = timeline_source()
        source(0, 1)  # warm the code (lazy imports, parsers), not the rows
        model = TimelineModel(source)

        def walk() -> int:
            model.reload()
            root = QModelIndex()
            while model.canFetchMore(root):  # a counted source lists every row at reload
                model.fetchMore(root)  # and fetches its blocks as data() reads them
            display = Qt.ItemDataRole.DisplayRole
            columns = model.columnCount()
            for row in range(model.rowCount()):
                for column in range(columns):
                    model.data(model.index(row, column), display)
            return model.rowCount()

        span, rows = timed(walk)
    out = {"timeline_rows": rows}
    put(out, "model_walk", span)
    return out


def _keystroke_figures(prefix: str, search_one: Callable[[str], Any], word: str) -> dict:
    """Type ``word`` once to warm up, then again timing each keystroke."""
    for text in keystrokes(word):
        search_one(text)
    out: dict[str, Any] = {}
    put_many(out, prefix, [timed(lambda t=text: search_one(t))[0] for text in keystrokes(word)])
    return out


@probe("search_core")
def search_core(options) -> dict[str, Any]:
    """search.search(text typed so far) per keystroke of the word: limit=200 as the
    window asks (ui.pages.SearchPage.LIMIT), then limit=50 (the API's default)."""
    from mentorjournal.domain import search

    with open_journal(options.journal):
        out = _keystroke_figures(
            "search", lambda text: search.search(text, limit=SEARCH_LIMIT), options.word
        )
        out.update(
            _keystroke_figures("search50", lambda text: search.search(text, limit=50), options.word)
        )
    return out


@probe("search_fts")
def search_fts(options) -> dict[str, Any]:
    """Floor: the same ranked FTS5 MATCH (bm25, title weighted), rowids only; 200 then 50."""
    with open_journal(options.journal) as journal:
        out = _keystroke_figures("fts", lambda text: raw_fts(journal.db, text), options.word)
        out.update(
            _keystroke_figures("fts50", lambda text: raw_fts(journal.db, text, 50), options.word)
        )
    return out


@probe("export")
def export(options) -> dict[str, Any]:
    """exchange.native.export_json to a file: time, and peak memory above what was in use."""
    from mentorjournal.exchange import native

    with open_journal(options.journal), tempfile.TemporaryDirectory(prefix="mj-bench-") as tmp:
        dest = Path(tmp) / "export.json"
        exact = reset_peak()
        before = rss_mb()
        span, _ = timed(lambda: native.export_json(dest))
        peak = rss_mb("VmHWM")
        size = dest.stat().st_size / 2**20
    out = {
        "export_peak_mb": peak - before if exact else f"n/a: cannot reset VmHWM (peak {peak:.0f})",
        "export_file_mb": size,
    }
    put(out, "export", span)
    return out


@probe("import")
def import_(options) -> dict[str, Any]:
    """exchange.native.import_json of the export file into a new (cheap-KDF) journal."""
    from mentorjournal.exchange import native
    from mentorjournal.storage import crypto
    from mentorjournal.storage.journal import Journal

    with tempfile.TemporaryDirectory(prefix="mj-bench-") as tmp:
        fresh = Path(tmp) / "import.mjournal"
        with Journal.create(fresh, PASSPHRASE, kdf=crypto.INSECURE_FAST_FOR_TESTS):
            exact = reset_peak()
            before = rss_mb()
            span, _ = timed(lambda: native.import_json(Path(options.json)))
            peak = rss_mb("VmHWM")
    out = {"import_peak_mb": peak - before if exact else None}
    put(out, "import", span)
    return out


def _fill_from_trigger(table: str, sql: str) -> str | None:
    """The ``INSERT … SELECT`` that indexes every live row of ``table`` as its insert
    trigger ``sql`` indexes one (None for any other trigger)."""
    head = "INSERT INTO search_index(rowid, title, body) SELECT "
    tail = " WHERE NEW.deleted_at IS NULL"
    if not sql.startswith(f"CREATE TRIGGER {table}_ai AFTER INSERT ON {table} BEGIN "):
        return None
    action = sql.split(" BEGIN ", 1)[1].removesuffix("END").strip().removesuffix(";")
    if not (action.startswith(head) and action.endswith(tail)):
        return None
    select = action[: -len(tail)].replace("NEW.", "x.")
    return f"{select} FROM {table} x WHERE x.deleted_at IS NULL"


@probe("import_sql")
def import_sql(options) -> dict[str, Any]:
    """Floor: copy every row with plain SQL into a new journal of the same schema, the
    search index filled once after the rows from the record tables, with the text its
    insert triggers index (the triggers dropped during the copy, restored after), in
    one transaction with the page cache the import uses (``fts.BULK_CACHE_KIB``)."""
    from mentorjournal.storage import crypto
    from mentorjournal.storage.journal import Journal

    source = Path(options.journal)
    src_key = crypto.derive_key(PASSPHRASE, source.read_bytes()[:16])
    with tempfile.TemporaryDirectory(prefix="mj-bench-") as tmp:
        fresh = Path(tmp) / "copy.mjournal"
        with Journal.create(fresh, PASSPHRASE, kdf=crypto.INSECURE_FAST_FOR_TESTS) as journal:
            db = journal.db
            db.execute_sql(
                "ATTACH DATABASE ? AS src KEY ?",
                [str(source), src_key.pragma_value().strip('"')],
            )
            tables = [
                name
                for (name,) in db.execute_sql(
                    "SELECT name FROM src.sqlite_master WHERE type = 'table'"
                    " AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'search_index%'"
                    " AND name != 'journal_meta' ORDER BY name"
                )
            ]
            triggers = db.execute_sql(
                "SELECT name, sql FROM main.sqlite_master WHERE type = 'trigger'"
                " AND sql LIKE '%search_index%'"
            ).fetchall()
            tables_of = dict(
                db.execute_sql(
                    "SELECT name, tbl_name FROM main.sqlite_master WHERE type = 'trigger'"
                ).fetchall()
            )
            fills = [
                fill
                for name, sql in triggers
                if (fill := _fill_from_trigger(tables_of[name], sql)) is not None
            ]
            db.execute_sql("PRAGMA foreign_keys = OFF")
            try:
                from mentorjournal.storage.fts import BULK_CACHE_KIB
            except ImportError:  # a tree before the import's page cache
                BULK_CACHE_KIB = 0  # noqa: N806
            if BULK_CACHE_KIB:
                db.execute_sql(f"PRAGMA cache_size = -{BULK_CACHE_KIB}")

            def copy() -> None:
                with db.atomic():
                    for name, _sql in triggers:
                        db.execute_sql(f'DROP TRIGGER "{name}"')
                    for table in tables:
                        db.execute_sql(f'INSERT INTO main."{table}" SELECT * FROM src."{table}"')
                    for fill in fills:  # from the rows just copied, as the triggers index
                        db.execute_sql(fill)
                    for _name, sql in triggers:
                        db.execute_sql(sql)

            span, _ = timed(copy)
            db.execute_sql("PRAGMA foreign_keys = ON")
            db.execute_sql("DETACH DATABASE src")
    out: dict[str, Any] = {}
    put(out, "import_sql", span)
    return out


# -- window probes ---------------------------------------------------------------------------


def _drawn(page, action) -> Span:
    """``action``, then render the page and every chart (also those scrolled out of view)."""
    with Span() as span:
        action()
        page.grab()
        for chart in getattr(page, "charts", ()):
            chart.grab()
    return span


@contextlib.contextmanager
def _profiled(options, phase: str) -> Iterator[None]:
    """With ``--profile PREFIX``: cProfile this phase into PREFIX-phase.prof (the figures
    measured meanwhile include the profiler's overhead: for reading, not for the table)."""
    if not getattr(options, "profile", None):
        yield
        return
    import cProfile

    profiler = cProfile.Profile()
    profiler.enable()
    try:
        yield
    finally:
        profiler.disable()
        profiler.dump_stats(f"{options.profile}-{phase}.prof")


@probe("insights")
def insights(options) -> dict[str, Any]:
    """ui.insights.page.InsightsPage at 1280x800: refreshes and switches, each computed + drawn."""
    from ui.insights.page import InsightsPage

    app = _app()
    out: dict[str, Any] = {}
    with open_journal(options.journal):
        page = InsightsPage(today=lambda: TODAY)
        page.resize(1280, 800)
        page.show()
        app.processEvents()
        put(out, "insights_first", _drawn(page, page.refresh))
        with _profiled(options, "warm"):
            warm = [_drawn(page, page.refresh) for _ in range(3)]
        put_many(out, "insights_warm", warm, worst=False)
        keys = [k for k in ("3m", "6m", "1y", "all") if k in getattr(page, "range_buttons", {})]
        for key in keys:  # each range once, so that every switch below is a warm one
            page.set_range(key)
        switches = []
        with _profiled(options, "switch"):
            for key in keys:
                switches.append(_drawn(page, lambda key=key: page.set_range(key)))
                put(out, f"insights_switch_{key}", switches[-1])
        if keys:
            out["insights_switch_max_ms"] = max(s.wall for s in switches)
            out["insights_switch_max_cpu_ms"] = max(s.cpu for s in switches)
        box = getattr(page, "person_box", None)
        if box is not None and box.count() > 1:
            people = range(1, min(box.count(), 4))  # the first three people, then everyone
            with _profiled(options, "person"):
                spans = [_drawn(page, lambda row=row: box.setCurrentIndex(row)) for row in people]
                spans.append(_drawn(page, lambda: box.setCurrentIndex(0)))
            out["insights_person_max_ms"] = max(s.wall for s in spans)
            out["insights_person_max_cpu_ms"] = max(s.cpu for s in spans)
        page.close()
    return out


#: How long the gui probe pauses on Insights before reading the resident memory (s).
REST_S = 2.0


def _settle(app, rounds: int = 3) -> None:
    for _ in range(rounds):
        app.processEvents()


@probe("gui")
def gui(options) -> dict[str, Any]:
    """The main window on the journal: open -> timeline shown, scroll every row,
    search keystrokes, then Insights on "All" and the resident memory."""
    from PySide6.QtCore import QModelIndex, QSettings, Qt
    from PySide6.QtTest import QTest

    from mentorjournal.storage.journal import Journal
    from ui.main_window import MainWindow

    app = _app()
    out: dict[str, Any] = {}
    with Span() as span:
        journal = Journal.open(Path(options.journal), PASSPHRASE)
        window = MainWindow(journal, QSettings(), lambda _parent, _path: None)
        window.show()
        _settle(app)
        window.grab()
    put(out, "unlock_timeline", span)
    page = window.timeline_page
    out["timeline_first_rows"] = page.model.rowCount()

    try:
        view, model = page.table, page.model
        bar = view.verticalScrollBar()

        def scroll_all() -> int:
            while True:
                bar.setValue(bar.maximum())  # what dragging the scroll bar to the end does
                app.processEvents()
                if not model.canFetchMore(QModelIndex()) and bar.value() == bar.maximum():
                    break
            view.viewport().grab()
            return model.rowCount()

        span, out["scroll_rows"] = timed(scroll_all)
        put(out, "scroll_all", span)
    except Exception as exc:  # noqa: BLE001 -- a missing piece is "n/a", not a crash
        out["scroll_all_ms"] = na(exc)

    try:
        window.show_search()
        field = window.search_page.field
        _settle(app)

        def type_word() -> list[Span]:
            field.clear()
            spans = []
            for char in options.word:
                with Span() as span:
                    QTest.keyClick(field, char)
                    QTest.keyClick(field, Qt.Key.Key_Return)  # search now, not after the pause
                    window.search_page.grab()
                spans.append(span)
            return spans

        type_word()  # warm
        put_many(out, "gui_keystroke", type_word())
    except Exception as exc:  # noqa: BLE001
        out["gui_keystroke_ms"] = na(exc)

    try:
        insights = window.insights_page
        row = window.record_pages.index(insights)
        window.nav.setCurrentRow(row)
        _settle(app)
        deadline = time.perf_counter() + 600
        while insights.snapshot is None and time.perf_counter() < deadline:
            app.processEvents()  # its refresh runs once the page is shown
        button = insights.range_buttons["all"]
        QTest.mouseClick(button, Qt.MouseButton.LeftButton)
        _settle(app)
        insights.grab()
        # Memory at rest: what a person pausing on "All" sees in a task manager (the
        # window gives the heap's freed pages back once the switching pauses: ui.memory,
        # 1.5 s). A tree without that simply waits too.
        rest = time.perf_counter() + REST_S
        while time.perf_counter() < rest:
            app.processEvents()
            time.sleep(0.02)
        out["rss_insights_all_mb"] = rss_mb()
        out["peak_rss_mb"] = rss_mb("VmHWM")
    except Exception as exc:  # noqa: BLE001
        out["rss_insights_all_mb"] = na(exc)
    journal.close()
    return out


@probe("gui_floor")
def gui_floor(options) -> dict[str, Any]:
    """The floors of ``gui``, in the same order: open + first page through the core,
    the ordered key read, raw FTS5 per keystroke, and an empty QMainWindow's memory."""
    from PySide6.QtWidgets import QMainWindow

    from mentorjournal.domain import queries
    from mentorjournal.storage.journal import Journal

    app = _app()
    out: dict[str, Any] = {}
    with Span() as span:
        journal = Journal.open(Path(options.journal), PASSPHRASE)
        queries.timeline(limit=200)
    put(out, "open_first_page", span)
    put(out, "timeline_keys_sql", timed(lambda: journal.db.execute_sql(KEY_READ).fetchall())[0])
    out.update(_keystroke_figures("fts", lambda text: raw_fts(journal.db, text), options.word))
    window = QMainWindow()
    window.resize(1100, 720)
    window.show()
    _settle(app)
    window.grab()
    out["rss_empty_window_mb"] = rss_mb()
    out["peak_rss_mb"] = rss_mb("VmHWM")
    journal.close()
    return out


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("name", choices=sorted(PROBES))
    parser.add_argument("--journal")
    parser.add_argument("--json", help="an export file (for import)")
    parser.add_argument("--word", default=SEARCH_WORD)
    parser.add_argument("--profile", metavar="PREFIX", help="insights: cProfile each phase")
    options = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        result = PROBES[options.name](options)
    except Exception as exc:  # noqa: BLE001 -- the whole probe is "n/a", with the reason
        result = {"na": na(exc)}
    print(json.dumps(result), flush=True)
    os._exit(0)  # skip Qt's and Python's teardown: not part of any figure


if __name__ == "__main__":
    sys.exit(main())
