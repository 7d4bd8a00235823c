"""MentorJournal against jrnl on the same entries, both encrypted, as whole processes.

    .venv/bin/python -m pip install -e '.[bench]'     # jrnl (optional bench dependency)
    .venv/bin/python bench/jrnl_compare.py            # 10,000 entries
    .venv/bin/python bench/jrnl_compare.py --entries 2000 --runs 3

The entries are the newest N reflections of a demo journal (dates, titles,
Markdown bodies). MentorJournal gets them in a journal of their own (standard
Argon2id key); jrnl gets them in its own text format, encrypted as jrnl 4
does (Fernet, PBKDF2-SHA256 with 100,000 iterations). Then, each as a fresh
process, with the passphrase given the way each tool takes it from a script
(MentorJournal: MENTORJOURNAL_PASSPHRASE; jrnl: typed on standard input):

- list the 10 latest entries,
- search for a word that is in a few entries,
- add one entry.

Key derivation is timed separately and taken out of both (jrnl derives a key
once to read and once more to write its whole file again on "add"), so the
ratio compares the work each tool does around it. Python's own start-up stays
in both. Not a test: figures only.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
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


def entries(count: int) -> list[tuple[dt.datetime, str, str]]:
    """The newest ``count`` reflections of a demo journal large enough to hold them."""
    from mentorjournal.demo import generate as demo
    from mentorjournal.storage import crypto
    from mentorjournal.storage.journal import Journal
    from mentorjournal.storage.models import Reflection

    years = max(1, min(60, count // 380 + 1))
    with tempfile.TemporaryDirectory(prefix="mj-jrnl-src-") as tmp:
        with Journal.create(Path(tmp) / "src.mjournal", "x", kdf=crypto.INSECURE_FAST_FOR_TESTS):
            demo.populate(years, seed=3, scale=1.0, end=END)
            rows = (
                Reflection.select(Reflection.written_at, Reflection.title, Reflection.body)
                .order_by(Reflection.written_at.desc())
                .limit(count)
            )
            found = [(r.written_at, r.title or "Untitled", r.body) for r in rows]
    return sorted(found)


def make_mentorjournal(path: Path, items) -> None:
    from mentorjournal.domain import records
    from mentorjournal.storage import crypto
    from mentorjournal.storage.db import DB
    from mentorjournal.storage.journal import Journal

    with Journal.create(path, PASSPHRASE, kdf=crypto.STANDARD):
        with DB.atomic():
            for when, title, body in items:
                records.create("reflection", written_at=when, title=title, body=body)


def make_jrnl(folder: Path, items) -> dict:
    """jrnl's text format, encrypted with jrnl's own class; its config in XDG_CONFIG_HOME."""
    from jrnl.__version__ import __version__
    from jrnl.encryption.Jrnlv3Encryption import Jrnlv3Encryption

    journal = folder / "journal.txt"
    text = "".join(
        f"[{when:%Y-%m-%d %H:%M}] {' '.join(title.split())}\n{body.strip()}\n\n"
        for when, title, body in items
    )
    config = {"encrypt": True}
    encryption = Jrnlv3Encryption("default", config)
    encryption.password = PASSPHRASE
    journal.write_bytes(encryption.encrypt(text))
    (folder / "config" / "jrnl").mkdir(parents=True)
    (folder / "config" / "jrnl" / "jrnl.yaml").write_text(
        JRNL_CONFIG.format(journal=journal, version=__version__)
    )
    return {
        **os.environ,
        "XDG_CONFIG_HOME": str(folder / "config"),
        "XDG_DATA_HOME": str(folder / "data"),
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
        "NO_COLOR": "1",
    }


def run_ms(command: list[str], env: dict, stdin: str, runs: int, check) -> float:
    times = []
    for _ in range(runs):
        began = time.perf_counter()
        done = subprocess.run(
            command,
            env=env,
            input=stdin,
            capture_output=True,
            text=True,
            start_new_session=True,
            timeout=600,
        )  # no terminal: jrnl reads stdin
        times.append((time.perf_counter() - began) * 1000)
        if done.returncode != 0 or not check(done.stdout + done.stderr):
            raise SystemExit(
                f"{command[:3]}... failed: {done.returncode}\n{done.stdout[-500:]}{done.stderr[-500:]}"
            )
    return statistics.median(times)


def kdf_ms() -> tuple[float, float]:
    """One key derivation each: MentorJournal's Argon2id, jrnl's PBKDF2-SHA256 x 100,000."""
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.pbkdf2 import PBKDF2HMAC

    from mentorjournal.storage import crypto

    salt = crypto.new_salt(crypto.STANDARD)
    mj = []
    for _ in range(3):
        began = time.perf_counter()
        crypto.derive_key(PASSPHRASE, salt)
        mj.append((time.perf_counter() - began) * 1000)
    jr = []
    for _ in range(3):
        began = time.perf_counter()
        PBKDF2HMAC(algorithm=hashes.SHA256(), length=32, salt=b"0" * 16, iterations=100_000).derive(
            b"pw"
        )
        jr.append((time.perf_counter() - began) * 1000)
    return statistics.median(mj), statistics.median(jr)


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--entries", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    options = parser.parse_args()
    try:
        import jrnl  # noqa: F401
    except ImportError:
        print("jrnl is not installed (pip install -e '.[bench]'): no comparison")
        return 0

    items = entries(options.entries)
    # The rarest longer word: a real search that finds a few entries in both.
    from collections import Counter

    words = Counter(w.strip(".,;:!?()*#").lower() for _, t, b in items for w in f"{t} {b}".split())
    word = next(
        w
        for w, n in sorted(words.items(), key=lambda kv: (kv[1], kv[0]))
        if w.isalpha() and len(w) > 5
    )

    with tempfile.TemporaryDirectory(prefix="mj-jrnl-") as tmp:
        folder = Path(tmp)
        mj_path = folder / "bench.mjournal"
        make_mentorjournal(mj_path, items)
        jrnl_env = make_jrnl(folder, items)
        mj_env = {
            **os.environ,
            "MENTORJOURNAL_PASSPHRASE": PASSPHRASE,
            "MENTORJOURNAL_DATA_DIR": str(folder),
        }
        mj = [sys.executable, str(ROOT / "main.py"), "--journal", str(mj_path)]
        jr = [sys.executable, "-m", "jrnl"]
        pw = PASSPHRASE + "\n"
        kdf_mj, kdf_jrnl = kdf_ms()
        rows = []
        for label, mj_cmd, jr_cmd, jrnl_kdfs in (
            ("list 10 latest", ["list", "reflection", "--limit", "10"], ["-n", "10"], 1),
            (f"search {word!r}", ["search", word], ["-contains", word], 1),
            (
                "add one entry",
                ["add", "reflection", "--title", "Bench entry", "--body", "Written by the bench."],
                ["Bench entry. Written by the bench."],
                2,
            ),
        ):
            mine = run_ms(mj + mj_cmd, mj_env, "", options.runs, lambda out: True)
            theirs = run_ms(jr + jr_cmd, jrnl_env, pw, options.runs, lambda out: "rror" not in out)
            ratio = (theirs - kdf_jrnl * jrnl_kdfs) / max(mine - kdf_mj, 1e-6)
            rows.append((label, mine, theirs, mine - kdf_mj, theirs - kdf_jrnl * jrnl_kdfs, ratio))

    print(
        f"{len(items):,} entries; key derivation: MentorJournal {kdf_mj:.0f} ms (Argon2id), "
        f"jrnl {kdf_jrnl:.0f} ms (PBKDF2 x 100k, once per read and once per write)"
    )
    print(
        "| whole process | MentorJournal (ms) | jrnl (ms) | MJ without KDF | jrnl without KDF "
        "| jrnl / MJ without KDF | target |"
    )
    print("|---|---|---|---|---|---|---|")
    for label, mine, theirs, mine_net, theirs_net, ratio in rows:
        target = ">= 20x" if label.startswith("search") else ""
        print(
            f"| {label} | {mine:.0f} | {theirs:.0f} | {mine_net:.0f} | {theirs_net:.0f} | {ratio:.1f}x | {target} |"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
