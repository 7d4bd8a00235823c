"""The bench's journals, generated once and cached under bench/cache/ (not in the repo).

    .venv/bin/python bench/journals.py 1 10 30 100     # make (or find) them
    .venv/bin/python bench/journals.py --list

A demo journal is keyed by (years, seed, end date, schema version, generator
version); the generator version is a hash of mentorjournal/demo/*.py, so a
change to the story makes a new journal and the old one is removed. Its JSON
export (for the import figures) is cached beside it, keyed also by a hash of
mentorjournal/exchange/. Every bench journal uses the cheap test KDF
(``crypto.INSECURE_FAST_FOR_TESTS``): opening one costs no key derivation, so
the figures are the work around it; the real key derivation is its own row.

The generator allows at most ``generate.MAX_YEARS`` years; for longer
journals (100 years) the generating child raises that limit in its own
process only (the story itself has no such limit).
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import os
import sys
import time
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.common import CACHE, END, PASSPHRASE, PYTHON, ROOT, SEED, child_env, run_child


def _tree_hash(*folders: str) -> str:
    digest = hashlib.sha256()
    for folder in folders:
        for path in sorted((ROOT / folder).rglob("*.py")):
            digest.update(str(path.relative_to(ROOT)).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:10]


def schema_version() -> int:
    from mentorjournal.storage import migrations

    return int(migrations.SCHEMA_VERSION)


def demo_key(years: int) -> str:
    return (
        f"demo-y{years}-seed{SEED}-end{END}-schema{schema_version()}"
        f"-gen{_tree_hash('mentorjournal/demo')}"
    )


def _replace_stale(prefix: str, keep: str) -> None:
    for old in CACHE.glob(prefix + "*"):
        if not old.name.startswith(keep):
            old.unlink(missing_ok=True)


def _make(kind: str, target: Path, *args: str, say=print) -> Path:
    """Build ``target`` in a child process (this file's ``--make``), atomically."""
    CACHE.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    tmp.unlink(missing_ok=True)
    began = time.perf_counter()
    say(f"  generating {target.name} ...")
    try:
        run_child([PYTHON, __file__, "--make", kind, str(tmp), *args], child_env())
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)
        for side in (Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
            side.unlink(missing_ok=True)
    say(f"  generated {target.name} in {time.perf_counter() - began:.0f} s")
    return target


def demo_journal(years: int, say=print) -> Path:
    key = demo_key(years)
    path = CACHE / f"{key}.mjournal"
    if not path.exists():
        _replace_stale(f"demo-y{years}-", key)
        _make("demo", path, str(years), say=say)
    return path


def demo_export(years: int, say=print) -> Path:
    journal = demo_journal(years, say)
    path = CACHE / f"{journal.stem}-x{_tree_hash('mentorjournal/exchange')}.json"
    if not path.exists():
        _replace_stale(f"{journal.stem}-x", path.name)
        _make("export", path, str(journal), say=say)
    return path


def one_record_journal(say=print) -> Path:
    """A journal with one reflection: the floor of "memory whatever the size"."""
    key = f"one-record-schema{schema_version()}-x{_tree_hash('mentorjournal/exchange')}"
    path = CACHE / f"{key}.mjournal"
    if not path.exists():
        _replace_stale("one-record-", key)
        _make("one", path, say=say)
    return path


# -- the generating child ---------------------------------------------------------


def _make_demo(tmp: Path, years: int) -> None:
    from mentorjournal.demo import generate
    from mentorjournal.storage import crypto

    if years > getattr(generate, "MAX_YEARS", years):
        generate.MAX_YEARS = years  # this process only: the story scales past the UI's limit
    journal = generate.create_demo_journal(
        tmp,
        PASSPHRASE,
        years=years,
        seed=SEED,
        kdf=crypto.INSECURE_FAST_FOR_TESTS,
        end=dt.date.fromisoformat(END),
    )
    journal.close()


def _make_export(tmp: Path, journal_path: Path) -> None:
    from mentorjournal.exchange import native
    from mentorjournal.storage.journal import Journal

    with Journal.open(journal_path, PASSPHRASE):
        native.export_json(tmp)


def _make_one(tmp: Path) -> None:
    from mentorjournal.domain import records
    from mentorjournal.storage import crypto
    from mentorjournal.storage.journal import Journal

    with Journal.create(tmp, PASSPHRASE, kdf=crypto.INSECURE_FAST_FOR_TESTS):
        records.create(
            "reflection",
            written_at=dt.datetime(2026, 10, 30, 9, 0),
            title="The only entry",
            body="One short reflection: the smallest journal there is.",
        )


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("years", type=int, nargs="*", default=[1, 10, 30])
    parser.add_argument("--list", action="store_true", help="list what the cache holds")
    parser.add_argument("--make", nargs="+", help=argparse.SUPPRESS)
    options = parser.parse_args()
    if options.make:
        kind, tmp, *rest = options.make
        if kind == "demo":
            _make_demo(Path(tmp), int(rest[0]))
        elif kind == "export":
            _make_export(Path(tmp), Path(rest[0]))
        elif kind == "one":
            _make_one(Path(tmp))
        return 0
    if options.list:
        for path in sorted(CACHE.glob("*")):
            if path.is_file():
                print(f"{path.stat().st_size / 1e6:9.1f} MB  {path.name}")
        return 0
    made = {str(y): str(demo_journal(y)) for y in options.years}
    print(json.dumps(made, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
