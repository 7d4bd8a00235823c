"""MentorJournal's benchmark: one table, 1 to 100 years, every figure beside its floor.

    make bench                                         # = .venv/bin/python bench/run.py
    .venv/bin/python bench/run.py --years 1 10 30 --runs 5
    .venv/bin/python bench/run.py --quick              # 1 and 10 years, 3 pairs
    .venv/bin/python bench/run.py --only search,timeline --years 10
    .venv/bin/python bench/run.py --compare bench/baseline/before.json      # measure, then before -> after
    .venv/bin/python bench/run.py --compare bench/baseline/before.json bench/out/latest.json  # no measuring

How a figure is measured. Every sample comes from a fresh process. A figure
and its floor are a pair of processes run alternately, A B A B ... (A:
MentorJournal, B: the floor), ``--runs`` pairs (5; 3 when one pair takes more
than 20 s, as at 100 years); each side is the median of its samples with
min-max, and the ratio is median A / median B. Start-up figures are the
wall time of the whole process; the others are timed inside their process
around exactly the work named (see bench/probes.py), so opening the journal
and importing Python are not in them. Every time is kept twice: wall-clock
and the process's CPU time (``--clock cpu`` shows those), since on a shared
machine the wall time includes waiting for a CPU. Memory figures are resident set sizes
(VmRSS / VmHWM of the process); "+MB" rows are A - B. k is the growth
exponent between two sizes: t2 / t1 = (y2 / y1) ** k (1.0 = linear).

The journals are demo journals (mentorjournal.demo) generated once and
cached under bench/cache/ (bench/journals.py), every one made with the cheap
test KDF (INSECURE_FAST_FOR_TESTS): no figure contains a key derivation
unless it says so; the real Argon2id derivation is its own row. The jrnl
comparison (bench/jrnl_compare.py) runs both with real and with cheap KDFs.

Output: the Markdown table on stdout; the same data as JSON in bench/out/
(a timestamped file and latest.json; ``--save NAME`` also writes
bench/out/NAME.json). Nothing here is a test: speed stays out of the suite.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import os
import platform
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.common import (
    BENCH,
    OUT,
    PROBES,
    PYTHON,
    ROOT,
    SEARCH_WORD,
    Side,
    child_env,
    git_describe,
    growth,
    interleave,
    summary,
)

SCALES = (1, 10, 30, 100)


@dataclass
class Group:
    """One pair of processes: A (MentorJournal) and B (its floor), or A alone."""

    name: str
    scaled: bool
    sides: Callable[[int | None, dict], tuple[Side, Side | None]]
    warmup: bool = False


@dataclass
class Figure:
    key: str
    group: str
    label: str
    unit: str  # "ms" or "MB"
    a: str  # the key of the figure in A's output
    b: str | None = None  # the key of the floor in B's output
    floor: str = ""
    compare: str = "ratio"  # "ratio" (A / B) or "diff" (A - B)
    target: str = ""
    #: (scale, median A, ratio-or-diff) -> True/False/None (no target at this size)
    check: Callable[[int | None, float, float | None], bool | None] | None = None
    #: The target applies to the growth exponents (k).
    k_max: float | None = None


def _probe(name: str, *args: str) -> list[str]:
    return [PYTHON, str(PROBES), name, *args]


def _sides_start(_scale, ctx) -> tuple[Side, Side]:
    fw = str(BENCH / "first_window.py")
    return (
        Side([PYTHON, fw, "app", "--journal", str(ctx["journal"](min(ctx["years"])))], "wall"),
        Side([PYTHON, fw, "baseline"], "wall"),
    )


def _sides_cli(_scale, _ctx) -> tuple[Side, Side]:
    return (
        Side([PYTHON, str(ROOT / "main.py"), "--version"], "wall"),
        Side([PYTHON, "-c", "pass"], "wall"),
    )


def _sides_kdf(_scale, _ctx) -> tuple[Side, None]:
    return Side(_probe("kdf")), None


def _pair(a: str, b: str | None, *, b_journal: str | None = None, **extra: str):
    def sides(scale, ctx):
        journal = str(ctx["journal"](scale))
        args = [arg for k, v in extra.items() for arg in (f"--{k}", v)]
        side_a = Side(_probe(a, "--journal", journal, *args))
        if b is None:
            return side_a, None
        other = str(ctx[b_journal]()) if b_journal else journal
        return side_a, Side(_probe(b, "--journal", other, *args))

    return sides


def _sides_import(scale, ctx) -> tuple[Side, Side]:
    return (
        Side(_probe("import", "--json", str(ctx["export"](scale)))),
        Side(_probe("import_sql", "--journal", str(ctx["journal"](scale)))),
    )


GROUPS = [
    Group("start", False, _sides_start, warmup=True),
    Group("cli", False, _sides_cli, warmup=True),
    Group("kdf", False, _sides_kdf),
    Group("timeline", True, _pair("timeline_core", "timeline_rows_sql")),
    Group("model", True, _pair("model_walk", "timeline_keys_sql")),
    Group("search", True, _pair("search_core", "search_fts", word=SEARCH_WORD)),
    Group("export", True, _pair("export", "export", b_journal="one_record")),
    Group("import", True, _sides_import),
    Group("insights", True, _pair("insights", None)),
    Group("gui", True, _pair("gui", "gui_floor", word=SEARCH_WORD)),
]
GROUP_NAMES = [g.name for g in GROUPS] + ["jrnl"]


def _at_most(limits: dict[int, float], what: str = "value"):
    def check(scale, value, ratio):
        if scale not in limits:
            return None
        return (value if what == "value" else ratio) <= limits[scale]

    return check


def _always(limit: float, what: str = "ratio"):
    def check(_scale, value, ratio):
        got = ratio if what == "ratio" else value
        return None if got is None else got <= limit

    return check


FIGURES = [
    # -- start -----------------------------------------------------------------
    Figure(
        "cold_start",
        "start",
        "cold start to the first window (ms)",
        "ms",
        "wall_ms",
        "wall_ms",
        "empty QMainWindow, same wrapper",
        target="≤ 1.3×",
        check=_always(1.3),
    ),
    Figure(
        "cli_version",
        "cli",
        "CLI `--version` (ms)",
        "ms",
        "wall_ms",
        "wall_ms",
        "`python -c pass`",
        target="≤ 2×",
        check=_always(2.0),
    ),
    Figure(
        "kdf",
        "kdf",
        "key derivation, standard Argon2id (ms)",
        "ms",
        "kdf_ms",
        target="0.3–1 s (quiet machine)",
    ),
    # -- core ---------------------------------------------------------------------
    Figure(
        "timeline_core",
        "timeline",
        "whole timeline through the core (ms)",
        "ms",
        "timeline_core_ms",
        "timeline_rows_sql_ms",
        "raw SQL: same rows and columns, one statement",
        target="≤ 2× raw SQL",
        check=_always(2.0),
    ),
    Figure("timeline_rows", "timeline", "timeline rows", "rows", "timeline_rows", compare=""),
    Figure(
        "model_walk",
        "model",
        "walk every timeline row in the Qt model (ms)",
        "ms",
        "model_walk_ms",
        "timeline_keys_sql_ms",
        "one ordered key read (raw SQL)",
        target="≤ 1 s at 30 yr; k ≤ 1.1",
        check=_at_most({30: 1000}),
        k_max=1.1,
    ),
    Figure(
        "search",
        "search",
        f"search keystroke, top 200 as the window asks, median of typing {SEARCH_WORD!r} (ms)",
        "ms",
        "search_ms",
        "fts_ms",
        "raw FTS5 MATCH, same ranking, rowids only",
        target="≤ 2× raw FTS5",
        check=_always(2.0),
    ),
    Figure(
        "search_max",
        "search",
        "search keystroke, slowest (ms)",
        "ms",
        "search_max_ms",
        "fts_max_ms",
        "raw FTS5 MATCH, slowest",
        target="≤ 2× raw FTS5",
        check=_always(2.0),
    ),
    Figure(
        "search50",
        "search",
        "search keystroke, top 50 (the API default), median (ms)",
        "ms",
        "search50_ms",
        "fts50_ms",
        "raw FTS5 MATCH, top 50",
        target="≤ 2× raw FTS5",
        check=_always(2.0),
    ),
    Figure(
        "export_peak",
        "export",
        "JSON export: peak memory above before (MB)",
        "MB",
        "export_peak_mb",
        "export_peak_mb",
        "the same export of a one-record journal",
        compare="diff",
        target="≤ +50 MB over one record",
        check=_always(50.0),
    ),
    Figure("export_ms", "export", "JSON export: time (ms)", "ms", "export_ms", compare=""),
    Figure(
        "export_file", "export", "JSON export: file size (MB)", "MB", "export_file_mb", compare=""
    ),
    Figure(
        "import",
        "import",
        "JSON import into a new journal (ms)",
        "ms",
        "import_ms",
        "import_sql_ms",
        "raw SQL copy of every row, FTS filled once after the rows",
        target="≤ 1.2 s at 10 yr, ≤ 3.5 s at 30 yr",
        check=_at_most({10: 1200, 30: 3500}),
    ),
    Figure(
        "import_peak",
        "import",
        "JSON import: peak memory above before (MB)",
        "MB",
        "import_peak_mb",
        compare="",
    ),
    # -- window ---------------------------------------------------------------------
    Figure(
        "insights_first",
        "insights",
        "Insights first refresh, computed + drawn (ms)",
        "ms",
        "insights_first_ms",
        compare="",
    ),
    Figure(
        "insights_warm",
        "insights",
        "Insights warm refresh (ms)",
        "ms",
        "insights_warm_ms",
        compare="",
        target="≤ 150 ms at 30 yr, ≤ 300 ms at 100 yr",
        check=_at_most({30: 150, 100: 300}),
    ),
    Figure(
        "insights_switch",
        "insights",
        "Insights range switch, slowest of 3m/6m/1y/all (ms)",
        "ms",
        "insights_switch_max_ms",
        compare="",
        target="≤ 100 ms at 30 yr",
        check=_at_most({30: 100}),
    ),
    Figure(
        "insights_all",
        "insights",
        "Insights switch to All (ms)",
        "ms",
        "insights_switch_all_ms",
        compare="",
    ),
    Figure(
        "insights_person",
        "insights",
        "Insights person switch, slowest of 4 (ms)",
        "ms",
        "insights_person_max_ms",
        compare="",
    ),
    Figure(
        "unlock_timeline",
        "gui",
        "window: open journal → timeline shown (ms, cheap KDF)",
        "ms",
        "unlock_timeline_ms",
        "open_first_page_ms",
        "open + first page through the core",
        target="≤ KDF + 100 ms",
    ),
    Figure(
        "scroll_all",
        "gui",
        "window: scroll the timeline to its last row (ms)",
        "ms",
        "scroll_all_ms",
        "timeline_keys_sql_ms",
        "one ordered key read (raw SQL)",
        target="≤ 1 s at 30 yr; k ≤ 1.1",
        check=_at_most({30: 1000}),
        k_max=1.1,
    ),
    Figure(
        "gui_keystroke",
        "gui",
        "window: search keystroke, median (ms)",
        "ms",
        "gui_keystroke_ms",
        "fts_ms",
        "raw FTS5 MATCH",
        target="≤ 2× raw FTS5",
        check=_always(2.0),
    ),
    Figure(
        "gui_keystroke_max",
        "gui",
        "window: search keystroke, slowest (ms)",
        "ms",
        "gui_keystroke_max_ms",
        "fts_max_ms",
        "raw FTS5 MATCH, slowest",
    ),
    Figure(
        "rss_insights",
        "gui",
        "window: resident memory, Insights on All (MB)",
        "MB",
        "rss_insights_all_mb",
        "rss_empty_window_mb",
        "empty QMainWindow + the journal open",
        compare="diff",
        target="≤ 120 MB at 10 yr",
        check=_at_most({10: 120}),
    ),
    Figure(
        "peak_rss",
        "gui",
        "window: peak resident memory (MB)",
        "MB",
        "peak_rss_mb",
        "peak_rss_mb",
        "empty QMainWindow + journal, peak",
        compare="diff",
    ),
]


# -- running ---------------------------------------------------------------------------


def say(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def load_average() -> list[float]:
    try:
        return [round(x, 2) for x in os.getloadavg()]
    except OSError:
        return []


def measure(options, data: dict, save: Callable[[], None]) -> None:
    from bench import journals

    ctx: dict[str, Any] = {
        "years": options.years,
        "journal": lambda y: journals.demo_journal(y, say),
        "export": lambda y: journals.demo_export(y, say),
        "one_record": lambda: journals.one_record_journal(say),
    }
    wanted = [g for g in GROUPS if options.groups is None or g.name in options.groups]
    with tempfile.TemporaryDirectory(prefix="mj-bench-home-") as home:
        env = child_env(Path(home))
        plan: list[tuple[Group | None, int | None]] = [(g, None) for g in wanted if not g.scaled]
        small = [y for y in options.years if y <= 30]
        plan += [(g, y) for y in small for g in wanted if g.scaled]
        if options.jrnl:  # before the largest journals: it needs only the 30-year one
            plan.append((None, None))
        plan += [(g, y) for y in options.years if y not in small for g in wanted if g.scaled]
        for group, scale in plan:
            if group is None:
                from bench import jrnl_compare

                say(f"[{time.strftime('%H:%M:%S')}] jrnl comparison ...")
                data["jrnl"] = jrnl_compare.compare(options.jrnl_entries, options.runs, say)
                save()
                continue
            where = f"{scale} yr" if scale is not None else "-"
            say(f"[{time.strftime('%H:%M:%S')}] {group.name} at {where} ...")
            began = time.perf_counter()
            try:
                a, b = group.sides(scale, ctx)
            except Exception as exc:  # noqa: BLE001 -- a journal that cannot be made: n/a
                error = f"{type(exc).__name__}: {exc}"[:300]
                data["groups"].setdefault(group.name, {})[str(scale)] = {"error": error}
                say(f"    n/a: {error}")
                continue
            sa, sb, error = interleave(
                a, b, options.runs, env, warmup=group.warmup, slow_s=options.slow, say=say
            )
            data["groups"].setdefault(group.name, {})[str(scale)] = {
                "a": sa.values,
                "b": sb.values,
                "na": {**sa.na, **{f"floor:{k}": v for k, v in sb.na.items()}},
                "error": error,
                "seconds": round(time.perf_counter() - began, 1),
            }
            if error:
                say(f"    n/a: {error}")
            save()


def clock_key(name: str | None, clock: str) -> str | None:
    """A time figure's key on the chosen clock: ``x_ms`` (wall) or ``x_cpu_ms`` (CPU)."""
    if name is None or clock != "cpu" or not name.endswith("_ms"):
        return name
    return name[: -len("_ms")] + "_cpu_ms"


def figures(data: dict, clock: str = "wall") -> dict:
    """Medians, min-max, ratios and growth exponents from the raw samples."""
    out: dict[str, dict] = {}
    for fig in FIGURES:
        runs = data["groups"].get(fig.group)
        if not runs:
            continue
        a_key, b_key = clock_key(fig.a, clock), clock_key(fig.b, clock)
        cells: dict[str, dict] = {}
        for scale, got in runs.items():
            a = summary(got.get("a", {}).get(a_key, []))
            b = summary(got.get("b", {}).get(b_key, [])) if b_key else None
            cell: dict[str, Any] = {"a": a, "b": b}
            if a is None:
                cell["na"] = got.get("na", {}).get(fig.a) or got.get("error") or "n/a"
            if b is None and fig.b:
                cell["floor_na"] = (
                    got.get("na", {}).get(f"floor:{fig.b}") or got.get("error") or "n/a"
                )
            if a and b and fig.compare == "ratio" and b["median"] > 0:
                cell["ratio"] = a["median"] / b["median"]
            elif a and b and fig.compare == "diff":
                cell["diff"] = a["median"] - b["median"]
            if a and fig.check:
                scale_int = None if scale == "None" else int(scale)
                cell["ok"] = fig.check(scale_int, a["median"], cell.get("ratio", cell.get("diff")))
            cells[scale] = cell
        numeric = sorted(int(s) for s in cells if s != "None")
        k: dict[str, dict] = {}
        for y1, y2 in zip(numeric, numeric[1:], strict=False):
            c1, c2 = cells[str(y1)], cells[str(y2)]
            entry = {
                "a": growth(*(c["a"]["median"] if c["a"] else None for c in (c1, c2)), y1, y2),
                "b": growth(*(c["b"]["median"] if c.get("b") else None for c in (c1, c2)), y1, y2),
            }
            if fig.k_max is not None and entry["a"] is not None:
                entry["ok"] = entry["a"] <= fig.k_max
            k[f"{y1}-{y2}"] = entry
        out[fig.key] = {"label": fig.label, "unit": fig.unit, "cells": cells, "k": k}
    return out


# -- the table ---------------------------------------------------------------------------


def num(value: float | None, unit: str) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "n/a"
    if unit == "MB":
        return f"{value:,.0f}" if abs(value) >= 10 else f"{value:.1f}"
    if unit == "rows":
        return f"{value:,.0f}"
    if abs(value) >= 100:
        return f"{value:,.0f}"
    return f"{value:.1f}" if abs(value) >= 10 else f"{value:.2f}"


def cell_text(stats: dict | None, unit: str, spread: bool = True) -> str:
    if not stats:
        return "n/a"
    text = num(stats["median"], unit)
    if spread and stats["n"] > 1 and stats["max"] != stats["min"]:
        text += f" [{num(stats['min'], unit)}–{num(stats['max'], unit)}]"
    return text


def mark(ok: bool | None) -> str:
    return "" if ok is None else (" ✓" if ok else " ✗")


def columns_for(data_sets: list[dict]) -> tuple[list[str], list[str]]:
    scales: set[int] = set()
    for data in data_sets:
        for runs in data["groups"].values():
            scales.update(int(s) for s in runs if s != "None")
    ordered = sorted(scales)
    pairs = [f"{a}-{b}" for a, b in zip(ordered, ordered[1:], strict=False)]
    return [str(s) for s in ordered], pairs


def _a_text(fig: Figure, c: dict | None, spread: bool) -> str:
    if c is None:
        return "–"
    if c.get("a") is None:
        return "n/a"
    return cell_text(c["a"], fig.unit, spread) + ("" if fig.compare else mark(c.get("ok")))


def _b_text(fig: Figure, c: dict | None, spread: bool) -> str:
    return "–" if c is None else cell_text(c.get("b"), fig.unit, spread)


def _r_text(_fig: Figure, c: dict | None, _spread: bool) -> str:
    if c is None:
        return "–"
    if "ratio" in c:
        return f"{c['ratio']:.2f}×" + mark(c.get("ok"))
    if "diff" in c:
        return f"{c['diff']:+,.0f} MB" + mark(c.get("ok"))
    return "n/a"


def _figure_rows(
    fig: Figure,
    now: dict | None,
    then: dict | None,
    scales: list[str],
    pairs: list[str],
    compare: bool,
) -> list[list[str]]:
    """The figure's row, then its floor and ratio rows: label, cells, k cells, target."""
    cells_now = (now or {}).get("cells", {})
    cells_then = (then or {}).get("cells", {})
    scale_free = "None" in cells_now or "None" in cells_then

    def cells(text) -> list[str]:
        keys = ["None"] if scale_free else scales
        out = []
        for key in keys:
            after = text(fig, cells_now.get(key), not compare)
            out.append(f"{text(fig, cells_then.get(key), False)} → {after}" if compare else after)
        return out + [""] * (len(scales) - len(out))

    def ks(side: str) -> list[str]:
        out = []
        for pair in pairs:
            kn = (now or {}).get("k", {}).get(pair, {})
            kt = (then or {}).get("k", {}).get(pair, {})
            text = "" if scale_free or kn.get(side) is None else f"{kn[side]:.2f}"
            if text and side == "a":
                text += mark(kn.get("ok"))
            if compare and not scale_free:
                old = "" if kt.get(side) is None else f"{kt[side]:.2f}"
                text = f"{old or '–'} → {text or '–'}"
            out.append(text)
        return out

    label = f"{fig.label}, any size" if scale_free else fig.label
    rows = [[label, *cells(_a_text), *ks("a"), fig.target]]
    if fig.b:
        rows.append([f"↳ floor: {fig.floor}", *cells(_b_text), *ks("b"), ""])
        label = "↳ ratio" if fig.compare == "ratio" else "↳ above the floor"
        rows.append([label, *cells(_r_text), *[""] * len(pairs), ""])
    return rows


def render(data: dict, before: dict | None = None, clock: str = "wall") -> str:
    """The Markdown table; with ``before``, every cell reads "before → after"."""
    sets = [data] + ([before] if before else [])
    scales, pairs = columns_for(sets)
    now = figures(data, clock)
    then = figures(before, clock) if before else {}
    meta = data["meta"]
    lines = []
    if before:
        bm = before["meta"]
        lines.append(
            f"Before: {bm.get('commit')} ({bm.get('date')}, load {bm.get('load_start')}) → "
            f"after: {meta.get('commit')} ({meta.get('date')}, load {meta.get('load_start')})"
        )
    else:
        lines.append(
            f"{meta.get('commit')}, {meta.get('date')}, {meta.get('cpus')} CPUs, load average "
            f"{meta.get('load_start')} → {meta.get('load_end')}, Qt {meta.get('qpa')}, "
            f"{meta.get('runs')} A/B pairs per figure (3 when a pair takes > {meta.get('slow')} s)"
        )
    lines.append(
        "Median [min–max] of fresh processes, A/B interleaved; ↳ floor rows are B; ratio = A/B, "
        "+MB = A−B; k: growth exponent between sizes (1.0 = linear). Journals: cheap test KDF. "
        + (
            "Times are CPU time (user + system, all threads) of the process."
            if clock == "cpu"
            else "Times are wall-clock."
        )
    )
    lines.append("")
    head = ["figure", *(f"{s} yr" for s in scales), *(f"k {p.replace('-', '→')}" for p in pairs)]
    lines.append("| " + " | ".join([*head, "target"]) + " |")
    lines.append("|" + "---|" * (len(head) + 1))
    for fig in FIGURES:
        if fig.key not in now and fig.key not in then:
            continue
        for row in _figure_rows(
            fig, now.get(fig.key), then.get(fig.key), scales, pairs, bool(before)
        ):
            lines.append("| " + " | ".join(row) + " |")
    notes = []
    for fig in FIGURES:
        for s, c in (now.get(fig.key) or {}).get("cells", {}).items():
            for key in ("na", "floor_na"):
                if c.get(key):
                    where = "" if s == "None" else f" at {s} yr"
                    notes.append(f"- {fig.label}{where}: {c[key]}")
    if notes:
        lines += ["", "Not measured:", *sorted(set(notes))]
    if data.get("jrnl"):
        from bench import jrnl_compare

        lines += ["", jrnl_compare.table(data["jrnl"])]
        if before and before.get("jrnl") and "rows" in before["jrnl"]:
            lines += ["", "jrnl comparison before:", jrnl_compare.table(before["jrnl"])]
    return "\n".join(lines)


# -- main ---------------------------------------------------------------------------


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--years", type=int, nargs="+", help="journal sizes (default 1 10 30 100)")
    parser.add_argument("--runs", type=int, help="A/B pairs per figure (default 5)")
    parser.add_argument(
        "--quick", action="store_true", help="1 and 10 years, 3 pairs, 2,000 jrnl entries"
    )
    parser.add_argument("--only", help=f"comma-separated groups: {','.join(GROUP_NAMES)}")
    parser.add_argument("--skip", help="comma-separated groups to leave out")
    parser.add_argument(
        "--slow",
        type=float,
        default=20.0,
        help="a pair slower than this (s) cuts the pairs to 3 (default 20)",
    )
    parser.add_argument("--jrnl-entries", type=int, help="entries in the jrnl comparison (10,000)")
    parser.add_argument("--save", help="also write bench/out/NAME.json")
    parser.add_argument(
        "--clock",
        choices=("wall", "cpu"),
        default="wall",
        help="the table's times: wall-clock (default) or the process's CPU time (both are saved)",
    )
    parser.add_argument(
        "--compare",
        nargs="+",
        metavar="JSON",
        help="BEFORE [AFTER]: print before → after (with AFTER: measure nothing)",
    )
    options = parser.parse_args()

    before = None
    if options.compare:
        before = json.loads(Path(options.compare[0]).read_text())
        if len(options.compare) > 1:
            after = json.loads(Path(options.compare[1]).read_text())
            print(render(after, before, options.clock))
            return 0

    options.years = options.years or ([1, 10] if options.quick else list(SCALES))
    options.runs = options.runs or (3 if options.quick else 5)
    options.jrnl_entries = options.jrnl_entries or (2000 if options.quick else 10_000)
    chosen = set(GROUP_NAMES)
    if options.only:
        chosen = {g.strip() for g in options.only.split(",")}
    if options.skip:
        chosen -= {g.strip() for g in options.skip.split(",")}
    unknown = chosen - set(GROUP_NAMES)
    if unknown:
        parser.error(
            f"unknown group(s): {', '.join(sorted(unknown))}; known: {', '.join(GROUP_NAMES)}"
        )
    options.jrnl = "jrnl" in chosen
    options.groups = chosen - {"jrnl"}

    OUT.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    data: dict[str, Any] = {
        "meta": {
            "date": dt.datetime.now().isoformat(timespec="seconds"),
            "commit": git_describe(),
            "python": platform.python_version(),
            "platform": platform.platform(),
            "cpus": os.cpu_count(),
            "qpa": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
            "runs": options.runs,
            "slow": options.slow,
            "years": options.years,
            "groups": sorted(chosen),
            "load_start": load_average(),
            "kdf": "journals made with crypto.INSECURE_FAST_FOR_TESTS",
        },
        "groups": {},
    }
    paths = [OUT / f"bench-{stamp}.json", OUT / "latest.json"]
    if options.save:
        paths.append(OUT / f"{options.save}.json")

    def save() -> None:
        data["meta"]["load_end"] = load_average()
        data["figures"] = figures(data, "wall")
        data["figures_cpu"] = figures(data, "cpu")
        text = json.dumps(data, indent=1)
        for path in paths:
            path.write_text(text)

    measure(options, data, save)
    save()
    print(render(data, before, options.clock))
    say(f"figures written to {', '.join(str(p.relative_to(ROOT)) for p in paths)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
