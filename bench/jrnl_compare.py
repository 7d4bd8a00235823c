"""MentorJournal against jrnl on the same entries: whole processes, A/B interleaved.

    .venv/bin/python bench/jrnl_compare.py                 # 10,000 entries, 5 pairs
    .venv/bin/python bench/jrnl_compare.py --entries 2000 --runs 3

The entries are the newest N reflections of a demo journal (30 years for 10,000) (dates,
titles, Markdown bodies). MentorJournal gets them in a journal of their own;
jrnl (4.x, in the bench's own venv under bench/cache/jrnl-venv, installed on
first use with pip) gets them in its text format, encrypted by jrnl's own
class. Each figure is a pair of whole processes run alternately, A B A B ...
(A: MentorJournal's ``main.py`` command, B: jrnl), with the passphrase given
the way each takes it in a script (MENTORJOURNAL_PASSPHRASE; jrnl: typed on
standard input); median and min-max of each side; ratio = median A / median B
(below 1: MentorJournal is faster).

Twice, and the table says which is which:
- real KDF: MentorJournal's standard Argon2id (about 0.5 s on a quiet
  machine), jrnl's PBKDF2-SHA256 x 100,000 (once to read, and once more to
  write the whole file again on "add");
- cheap KDF: MentorJournal's journal made with ``INSECURE_FAST_FOR_TESTS``
  and jrnl's iteration count set to 1 through bench/jrnl_wrapper.py (an
  environment-controlled patch in jrnl's process only), so that both sides
  show the work they do around the key.
Nothing is subtracted from anything.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.common import (
    BENCH,
    CACHE,
    PASSPHRASE,
    PYTHON,
    ROOT,
    Side,
    child_env,
    interleave,
    run_child,
    summary,
)

JRNL_VENV = CACHE / "jrnl-venv"
JRNL_PY = JRNL_VENV / "bin" / "python"
WRAPPER = BENCH / "jrnl_wrapper.py"
BASE_PYTHON = os.environ.get("BENCH_BASE_PYTHON", "/root/.pyenv/versions/3.12.1/bin/python3")
CHEAP_ITERATIONS = "1"

JRNL_CONFIG = """\
colors:
  body: none
  date: none
  tags: none
  title: none
default_hour: 9
default_minute: 0
editor: ''
encrypt: true
highlight: false
indent_character: '|'
journals:
  default:
    journal: {journal}
    encrypt: true
linewrap: 79
tagsymbols: '#@'
template: false
timeformat: '%Y-%m-%d %H:%M'
version: v{version}
"""


def ensure_jrnl(say=print) -> str | None:
    """jrnl's version in the bench's venv (made and filled on first use), or None."""
    if not JRNL_PY.exists():
        say("  installing jrnl into bench/cache/jrnl-venv ...")
        base = BASE_PYTHON if Path(BASE_PYTHON).exists() else sys.executable
        try:
            subprocess.run([base, "-m", "venv", str(JRNL_VENV)], check=True)
            subprocess.run(
                [str(JRNL_PY), "-m", "pip", "install", "--quiet", "jrnl>=4,<5"],
                check=True,
                capture_output=True,
            )
        except (OSError, subprocess.CalledProcessError):
            shutil.rmtree(JRNL_VENV, ignore_errors=True)
            return None
    try:
        return run_child([str(JRNL_PY), str(WRAPPER), "--bench-version"], dict(os.environ))[
            1
        ].strip()
    except Exception:  # noqa: BLE001 -- no usable jrnl: the comparison is n/a
        return None


# -- the corpus and the two tools' journals ------------------------------------------


def _corpus_child(count: int, journal: str, out: str) -> None:
    """(child) The newest ``count`` reflections, as jrnl text on stdout-free JSON."""
    from mentorjournal.domain import queries
    from mentorjournal.storage.journal import Journal

    with Journal.open(Path(journal), PASSPHRASE):
        rows = queries.reflections()[:count]
        items = [(r.written_at.isoformat(), r.title or "Untitled", r.body) for r in rows]
    items.sort()
    Path(out).write_text(json.dumps(items))


def _mj_child(items_path: str, out: str, kdf: str) -> None:
    """(child) A MentorJournal journal holding exactly these reflections."""
    import datetime as dt

    from mentorjournal.domain import records
    from mentorjournal.storage import crypto
    from mentorjournal.storage.db import DB
    from mentorjournal.storage.journal import Journal

    items = json.loads(Path(items_path).read_text())
    profile = crypto.STANDARD if kdf == "real" else crypto.INSECURE_FAST_FOR_TESTS
    with Journal.create(Path(out), PASSPHRASE, kdf=profile), DB.atomic():
        for when, title, body in items:
            records.create(
                "reflection", written_at=dt.datetime.fromisoformat(when), title=title, body=body
            )


def jrnl_text(items) -> str:
    import datetime as dt

    return "".join(
        f"[{dt.datetime.fromisoformat(when):%Y-%m-%d %H:%M}] {' '.join(title.split())}\n"
        f"{body.strip()}\n\n"
        for when, title, body in items
    )


def rare_word(items) -> str:
    """The rarest longer word: a search that finds a few entries in both."""
    from collections import Counter

    words = Counter(w.strip(".,;:!?()*#").lower() for _, t, b in items for w in f"{t} {b}".split())
    return next(
        w
        for w, n in sorted(words.items(), key=lambda kv: (kv[1], kv[0]))
        if w.isalpha() and len(w) > 5
    )


def prepare(entries: int, folder: Path, say=print) -> dict:
    """Copies of the cached journals for this run (``add`` changes them)."""
    from bench import journals

    # about 400 reflections a year: the smallest demo journal that holds the entries
    years = next((y for y in (1, 10, 30) if y * 380 >= entries), 100)
    source = journals.demo_journal(years, say)
    stem = f"jrnl-{entries}-{source.stem}"
    corpus = CACHE / f"{stem}.json"
    if not corpus.exists():
        say(f"  collecting the newest {entries:,} reflections ...")
        run_child(
            [PYTHON, __file__, "--child", "corpus", str(entries), str(source), str(corpus)],
            child_env(),
        )
    items = json.loads(corpus.read_text())
    for kdf in ("real", "cheap"):
        cached = CACHE / f"{stem}-{kdf}.mjournal"
        if not cached.exists():
            say(f"  writing MentorJournal's journal ({kdf} KDF) ...")
            tmp = cached.with_name(f".{cached.name}.tmp")
            tmp.unlink(missing_ok=True)
            run_child([PYTHON, __file__, "--child", "mj", str(corpus), str(tmp), kdf], child_env())
            os.replace(tmp, cached)
        shutil.copy(cached, folder / f"mj-{kdf}.mjournal")
    text = jrnl_text(items)
    version = run_child([str(JRNL_PY), str(WRAPPER), "--bench-version"], dict(os.environ))[1]
    envs = {}
    for kdf in ("real", "cheap"):
        home = folder / f"jrnl-{kdf}"
        (home / "config" / "jrnl").mkdir(parents=True)
        journal = home / "journal.txt"
        env = child_env(
            home,
            {"NO_COLOR": "1", "BENCH_JRNL_PASSWORD": PASSPHRASE},
        )
        env["XDG_CONFIG_HOME"] = str(home / "config")
        env.pop("BENCH_JRNL_PBKDF2_ITERATIONS", None)
        if kdf == "cheap":
            env["BENCH_JRNL_PBKDF2_ITERATIONS"] = CHEAP_ITERATIONS
        run_child([str(JRNL_PY), str(WRAPPER), "--bench-encrypt", str(journal)], env, stdin=text)
        (home / "config" / "jrnl" / "jrnl.yaml").write_text(
            JRNL_CONFIG.format(journal=journal, version=version.strip())
        )
        env.pop("BENCH_JRNL_PASSWORD")
        envs[kdf] = env
    return {"items": len(items), "word": rare_word(items), "jrnl_env": envs}


def compare(entries: int, runs: int, say=print) -> dict:
    """Every figure of the comparison, as run.py stores them."""
    version = ensure_jrnl(say)
    if version is None:
        return {"na": "jrnl could not be installed into bench/cache/jrnl-venv"}
    out: dict = {"jrnl_version": version, "rows": []}
    with tempfile.TemporaryDirectory(prefix="mj-jrnl-") as tmp:
        folder = Path(tmp)
        ready = prepare(entries, folder, say)
        out["entries"], out["word"] = ready["items"], ready["word"]
        word = ready["word"]
        for kdf in ("real", "cheap"):
            mj_env = child_env(folder / f"mj-home-{kdf}", {"MENTORJOURNAL_PASSPHRASE": PASSPHRASE})
            mj = [PYTHON, str(ROOT / "main.py"), "--journal", str(folder / f"mj-{kdf}.mjournal")]
            jr = [str(JRNL_PY), str(WRAPPER)]
            for label, mj_args, jr_args in (
                ("list the 10 latest", ["list", "reflection", "--limit", "10"], ["-n", "10"]),
                (f"search {word!r}", ["search", word], ["-contains", word]),
                (
                    "add one entry",
                    [
                        "add",
                        "reflection",
                        "--title",
                        "Bench entry",
                        "--body",
                        "Written by the bench.",
                    ],
                    ["Bench entry. Written by the bench."],
                ),
            ):
                say(f"  jrnl comparison, {kdf} KDF: {label}")
                a = Side(mj + mj_args, mode="wall", env=mj_env)
                b = Side(
                    jr + jr_args,
                    mode="wall",
                    env=ready["jrnl_env"][kdf],
                    stdin=PASSPHRASE + "\n",
                    check=lambda done: "rror" not in (done.stdout + done.stderr),
                )
                sa, sb, error = interleave(a, b, runs, mj_env, warmup=True, say=say)
                ma, mb = (
                    summary(sa.values.get("wall_ms", [])),
                    summary(sb.values.get("wall_ms", [])),
                )
                out["rows"].append(
                    {
                        "kdf": kdf,
                        "figure": label,
                        "a": ma,
                        "b": mb,
                        "ratio": ma["median"] / mb["median"] if ma and mb else None,
                        "error": error,
                    }
                )
    return out


def ms(stats: dict | None) -> str:
    if not stats:
        return "n/a"
    return f"{stats['median']:,.0f} ({stats['min']:,.0f}–{stats['max']:,.0f})"


def table(result: dict) -> str:
    if "na" in result:
        return f"jrnl comparison: n/a ({result['na']})"
    lines = [
        f"MentorJournal (A) against jrnl {result['jrnl_version']} (B), {result['entries']:,} "
        "entries, whole processes A/B interleaved; ms, median (min–max); ratio = A / B "
        "(below 1: MentorJournal faster).",
        "Real KDF: Argon2id (standard) against PBKDF2 ×100,000 (jrnl derives twice on add). "
        f"Cheap KDF: INSECURE_FAST_FOR_TESTS against PBKDF2 ×{CHEAP_ITERATIONS} (patched in "
        "jrnl's process by bench/jrnl_wrapper.py).",
        "",
        "| KDF | whole process | MentorJournal (ms) | jrnl (ms) | MJ / jrnl |",
        "|---|---|---|---|---|",
    ]
    for row in result["rows"]:
        ratio = f"{row['ratio']:.2f}" if row.get("ratio") else "n/a"
        note = f" ({row['error']})" if row.get("error") else ""
        lines.append(
            f"| {row['kdf']} | {row['figure']} | {ms(row['a'])} | {ms(row['b'])} | {ratio}{note} |"
        )
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--entries", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    options = parser.parse_args()
    if options.child:
        kind, *rest = options.child
        if kind == "corpus":
            _corpus_child(int(rest[0]), rest[1], rest[2])
        elif kind == "mj":
            _mj_child(*rest)
        return 0
    result = compare(options.entries, options.runs, say=lambda s: print(s, file=sys.stderr))
    print(table(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
