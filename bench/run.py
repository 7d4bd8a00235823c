"""Benchmark: demo journals at 1, 10 and 30 years, one table of figures.

    make bench                      # or: .venv/bin/python bench/run.py
    .venv/bin/python bench/run.py --years 1 10

Each journal size runs in its own process, so "peak MB" is that size's own
peak resident memory. Key derivation is the real one (crypto.STANDARD). Times
are medians of repeated warm runs unless the row says "first"/"cold".
Nothing here is a test: it prints figures and the targets beside them.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

PASSPHRASE = "bench passphrase"
END = dt.date(2026, 11, 1)


def _ms(fn, repeat: int = 1) -> float:
    times = []
    for _ in range(repeat):
        began = time.perf_counter()
        fn()
        times.append((time.perf_counter() - began) * 1000)
    return statistics.median(times)


def _whole_timeline(queries, total: int) -> int:
    """Every timeline row, fetched page by page as the UI's lazy model does."""
    rows = 0
    for offset in range(0, total, queries.MAX_PAGE):
        rows += len(queries.timeline(offset=offset, limit=queries.MAX_PAGE))
    return rows


def _vocabulary(db) -> tuple[str, str, str]:
    """A rare word, the most common word, and a 3-letter prefix of a common word."""
    db.execute_sql(
        "CREATE VIRTUAL TABLE IF NOT EXISTS temp.bench_vocab USING fts5vocab(main, search_index, row)"
    )
    rows = db.execute_sql(
        "SELECT term, doc FROM temp.bench_vocab WHERE length(term) >= 5 AND term GLOB '[a-z]*' ORDER BY doc"
    ).fetchall()
    rare = next(term for term, doc in rows if doc >= 1)
    common = rows[-1][0]
    prefix = rows[len(rows) * 3 // 4][0][:3]
    return rare, common, prefix


def worker(years: int) -> dict:
    from mentorjournal.demo import generate as demo
    from mentorjournal.domain import queries, records, search
    from mentorjournal.exchange import native as exchange
    from mentorjournal.storage import crypto
    from mentorjournal.storage.db import DB
    from mentorjournal.storage.journal import Journal

    out: dict = {"years": years}
    with tempfile.TemporaryDirectory(prefix="mj-bench-") as tmp:
        path = Path(tmp) / "bench.mjournal"
        out["create_ms"] = _ms(
            lambda: Journal.create(path, PASSPHRASE, kdf=crypto.STANDARD).close()
        )
        with Journal.open(path, PASSPHRASE):
            began = time.perf_counter()
            counts = demo.populate(years, seed=1, scale=1.0, end=END)
            out["populate_s"] = time.perf_counter() - began
            out["records"] = counts.total
        out["file_mb"] = path.stat().st_size / 1e6

        began = time.perf_counter()
        journal = Journal.open(path, PASSPHRASE)
        out["unlock_ms"] = (time.perf_counter() - began) * 1000
        salt = path.read_bytes()[:16]
        out["kdf_ms"] = _ms(lambda: crypto.derive_key(PASSPHRASE, salt))
        out["first_page_ms"] = _ms(lambda: queries.timeline(limit=100))  # first, cold
        total = queries.timeline_count()
        out["timeline_rows"] = total
        out["whole_timeline_ms"] = _ms(lambda: _whole_timeline(queries, total), repeat=3)

        rare, common, prefix = _vocabulary(journal.db)
        for label, text in (("rare", rare), ("common", common), ("prefix", prefix)):
            search.search(text, limit=50)  # warm
            out[f"search_{label}_ms"] = _ms(lambda t=text: search.search(t, limit=50), repeat=20)
        out["search_words"] = [rare, common, prefix]

        target = queries.timeline(kinds=["reflection"], limit=1)[0].id
        counter = iter(range(10_000))
        out["save_ms"] = _ms(
            lambda: records.update("reflection", target, body=f"edited {next(counter)} " * 200),
            repeat=20,
        )

        export = Path(tmp) / "export.json"
        out["export_ms"] = _ms(lambda: exchange.export_json(export))

        # The same timeline query on a plain SQLite copy, in the same run.
        plain = Path(tmp) / "plain.db"
        journal.db.execute_sql(f"ATTACH DATABASE '{plain}' AS plain KEY ''")
        journal.db.execute_sql("SELECT sqlcipher_export('plain')")
        journal.db.execute_sql("DETACH DATABASE plain")
        enc_page = _ms(lambda: queries.timeline(limit=100), repeat=20)
        enc_whole = _ms(lambda: _whole_timeline(queries, total), repeat=3)
        import peewee

        encrypted = DB.obj
        plain_db = peewee.SqliteDatabase(str(plain))
        DB.initialize(plain_db)
        plain_page = _ms(lambda: queries.timeline(limit=100), repeat=20)
        plain_whole = _ms(lambda: _whole_timeline(queries, total), repeat=3)
        plain_db.close()
        DB.initialize(encrypted)
        out["timeline_ratio_page"] = enc_page / plain_page
        out["timeline_ratio_whole"] = enc_whole / plain_whole
        journal.close()

        fresh = Path(tmp) / "import.mjournal"
        with Journal.create(fresh, PASSPHRASE, kdf=crypto.INSECURE_FAST_FOR_TESTS):
            began = time.perf_counter()
            result = exchange.import_json(export)
            out["import_ms"] = (time.perf_counter() - began) * 1000
            out["imported"] = getattr(result, "added", None)
    out["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return out


ROWS = [
    ("records", "records", "{:,}", ""),
    ("file_mb", "file size (MB)", "{:.1f}", ""),
    ("populate_s", "generate demo (s)", "{:.1f}", ""),
    ("create_ms", "create (ms, with KDF)", "{:.0f}", ""),
    ("kdf_ms", "key derivation (ms)", "{:.0f}", "0.3-1 s"),
    ("unlock_ms", "unlock (ms)", "{:.0f}", "~KDF"),
    ("first_page_ms", "first timeline page, cold (ms)", "{:.1f}", ""),
    ("whole_timeline_ms", "whole timeline (ms)", "{:.0f}", ""),
    ("timeline_ratio_page", "timeline page vs plain SQLite (x)", "{:.2f}", "<= 1.5"),
    ("timeline_ratio_whole", "whole timeline vs plain SQLite (x)", "{:.2f}", "<= 1.5"),
    ("search_rare_ms", "search rare word, top 50 (ms)", "{:.2f}", "<= 15"),
    ("search_common_ms", "search common word, top 50 (ms)", "{:.2f}", "<= 15"),
    ("search_prefix_ms", "search prefix, top 50 (ms)", "{:.2f}", "<= 15"),
    ("save_ms", "save one entry (ms)", "{:.2f}", "<= 20"),
    ("export_ms", "JSON export (ms)", "{:.0f}", ""),
    ("import_ms", "JSON import into new journal (ms)", "{:.0f}", "<= 3000 @10k"),
    ("peak_mb", "peak memory (MB)", "{:.0f}", ""),
]


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--years", type=int, nargs="+", default=[1, 10, 30])
    parser.add_argument("--worker", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--json", action="store_true", help="print raw figures as JSON too")
    args = parser.parse_args()
    if args.worker:
        print(json.dumps(worker(args.worker)))
        return 0
    results = []
    for years in args.years:
        print(f"building and measuring the {years}-year journal...", file=sys.stderr, flush=True)
        proc = subprocess.run(
            [sys.executable, __file__, "--worker", str(years)],
            capture_output=True,
            text=True,
            check=False,
        )
        if proc.returncode:
            print(proc.stderr[-3000:], file=sys.stderr)
            return proc.returncode
        results.append(json.loads(proc.stdout.strip().splitlines()[-1]))
    header = (
        f"| {'figure':36} | " + " | ".join(f"{r['years']:>3} yr" for r in results) + " | target |"
    )
    print(header)
    print("|" + "-" * 38 + "|" + "|".join("-------" for _ in results) + "|--------|")
    for key, label, fmt, target in ROWS:
        cells = " | ".join(
            f"{fmt.format(r[key]):>6}" if r.get(key) is not None else "   n/a" for r in results
        )
        print(f"| {label:36} | {cells} | {target} |")
    print(
        "search words (rare, common, prefix):",
        "; ".join(", ".join(r["search_words"]) for r in results),
    )
    if args.json:
        print(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
