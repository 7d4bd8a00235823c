"""Import speed: 10,000 entries of each format, as whole `mentorjournal import` runs.

    .venv/bin/python bench/import_formats.py [--entries 10000] [--runs 5]

Writes one export per format into a temporary folder (jrnl: the journal jrnl
itself wrote with ``make_jrnl_fixtures.py --bench``, in /tmp/jrnl-bench, when
it is there; otherwise the same text format written here), then times
``python -m mentorjournal import FILE --no-backup`` into a fresh journal
(made before the clock starts), the formats interleaved run by run, and a
second import of the same file into the now full journal (nothing new).
Prints the medians. Nothing here is asserted; tests never time things.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
import uuid
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from mentorjournal.storage import crypto  # noqa: E402
from mentorjournal.storage.journal import Journal  # noqa: E402

PASSPHRASE = "bench passphrase"
WORDS = (
    "mentor feedback session goal career growth confidence review team lead project "
    "presentation skills plan week talk question listen learn change role promotion "
    "meeting notes idea follow up slides offsite workshop habit focus energy"
).split()
START = dt.datetime(1995, 1, 1, 8, 0)


def words(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n))


def body(rng: random.Random) -> str:
    return "\n\n".join(
        words(rng, rng.randint(20, 50)).capitalize() + "." for _ in range(rng.randint(1, 4))
    )


def when(n: int) -> dt.datetime:
    return START + dt.timedelta(days=n, minutes=(n * 37) % 600)


def make_jrnl(folder: Path, count: int, rng: random.Random) -> Path:
    made = Path("/tmp/jrnl-bench/bench.txt")
    if count == 10_000 and made.is_file():
        return made
    path = folder / "journal.txt"
    with open(path, "w", encoding="utf-8") as out:
        for n in range(count):
            tag = f" @{rng.choice(WORDS)}" if n % 3 == 0 else ""
            star = " *" if n % 17 == 0 else ""
            out.write(f"[{when(n):%Y-%m-%d %H:%M}] {words(rng, 6).capitalize()}{star}\n")
            out.write(body(rng) + tag + "\n\n")
    return path


def make_dayone(folder: Path, count: int, rng: random.Random) -> Path:
    path = folder / "dayone.zip"
    photos = []
    entries = []
    for n in range(count):
        entry = {
            "uuid": uuid.UUID(int=rng.getrandbits(128)).hex.upper(),
            "creationDate": when(n).strftime("%Y-%m-%dT%H:%M:%SZ"),
            "modifiedDate": when(n).strftime("%Y-%m-%dT%H:%M:%SZ"),
            "timeZone": "Europe/Berlin",
            "text": f"# {words(rng, 6).capitalize()}\n\n{body(rng)}\\.",
            "tags": [rng.choice(WORDS)],
            "starred": n % 17 == 0,
        }
        if n % 50 == 0:  # a photo every 50 entries
            ident, md5 = uuid.uuid4().hex.upper(), uuid.uuid4().hex
            entry["photos"] = [{"identifier": ident, "md5": md5, "type": "jpeg"}]
            entry["text"] += f"\n\n![](dayone-moment://{ident})"
            photos.append((md5, rng.randbytes(20_000)))
        entries.append(entry)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(
            "Journal.json", json.dumps({"metadata": {"version": "1.0"}, "entries": entries})
        )
        for md5, data in photos:
            archive.writestr(f"photos/{md5}.jpeg", b"\xff\xd8\xff" + data)
    return path


def make_daylio(folder: Path, count: int, rng: random.Random) -> Path:
    path = folder / "daylio.csv"
    moods = ["rad", "good", "meh", "bad", "awful"]
    with open(path, "w", encoding="utf-8", newline="") as out:
        out.write("\ufefffull_date,date,weekday,time,mood,activities,scales,note_title,note\n")
        for n in range(count):
            moment = when(n)
            activities = " | ".join(rng.sample(WORDS, 3))
            scales = f"Confidence:\xa0{rng.randint(1, 10)}/10\xa0points"
            note = body(rng).replace("\n\n", "<br>")
            out.write(
                f'{moment:%Y-%m-%d},"{moment:%B %d}",{moment:%A},{moment:%H:%M},'
                f'{rng.choice(moods)},"{activities}","{scales}","{words(rng, 4)}","{note}"\n'
            )
    return path


def make_joplin(folder: Path, count: int, rng: random.Random) -> Path:
    path = folder / "joplin.jex"
    stamp = "2024-01-01T00:00:00.000Z"

    def item(title: str, props: dict[str, object], text: str | None = None) -> bytes:
        head = title + "\n\n" + (text + "\n\n" if text is not None else "")
        return (head + "\n".join(f"{k}: {v}" for k, v in props.items())).encode()

    with tarfile.open(path, "w", format=tarfile.USTAR_FORMAT) as archive:

        def add(name: str, data: bytes) -> None:
            info = tarfile.TarInfo(name)
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))

        books = [uuid.uuid4().hex for _ in range(3)]
        for n, book in enumerate(books):
            add(f"{book}.md", item(f"Notebook {n}", {"id": book, "parent_id": "", "type_": 2}))
        tags = [uuid.uuid4().hex for _ in range(20)]
        for n, tag in enumerate(tags):
            add(f"{tag}.md", item(f"tag {n}", {"id": tag, "type_": 5}))
        for n in range(count):
            note = uuid.uuid4().hex
            created = when(n).strftime("%Y-%m-%dT%H:%M:00.000Z")
            props = {
                "id": note,
                "parent_id": books[n % 3],
                "is_todo": 1 if n % 10 == 0 else 0,
                "todo_due": 0,
                "todo_completed": 0,
                "user_created_time": created,
                "user_updated_time": created,
                "created_time": stamp,
                "updated_time": stamp,
                "markup_language": 1,
                "type_": 1,
            }
            add(f"{note}.md", item(words(rng, 6).capitalize(), props, body(rng)))
            link = uuid.uuid4().hex
            add(
                f"{link}.md",
                (
                    "\n".join(
                        f"{k}: {v}"
                        for k, v in {
                            "id": link,
                            "note_id": note,
                            "tag_id": rng.choice(tags),
                            "type_": 6,
                        }.items()
                    )
                ).encode(),
            )
    return path


def make_obsidian(folder: Path, count: int, rng: random.Random) -> Path:
    path = folder / "vault.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("vault/.obsidian/daily-notes.json", json.dumps({"folder": "Daily"}))
        for n in range(count):
            day = (START + dt.timedelta(days=n)).date()
            text = (
                f"---\nconfidence: {rng.randint(1, 10)}\nmood: good\ntags: [journal, {rng.choice(WORDS)}]\n---\n"
                f"# {words(rng, 5).capitalize()}\n\n{body(rng)} #{rng.choice(WORDS)}\n\n"
                f"- [ ] {words(rng, 4)} 📅 {day}\n"
            )
            archive.writestr(f"vault/Daily/{day}.md", text)
    return path


MAKERS = {
    "jrnl": make_jrnl,
    "dayone": make_dayone,
    "daylio": make_daylio,
    "joplin": make_joplin,
    "obsidian": make_obsidian,
}


def fresh(path: Path) -> Path:
    for leftover in path.parent.glob(path.name + "*"):
        leftover.unlink()
    Journal.create(path, PASSPHRASE, kdf=crypto.INSECURE_FAST_FOR_TESTS).close()
    return path


def timed(export: Path, journal: Path, env: dict[str, str]) -> tuple[float, float]:
    """Wall-clock and CPU seconds (user + system) of one whole import process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "mentorjournal",
            "import",
            str(export),
            "--journal",
            str(journal),
            "--no-backup",
        ],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    elapsed = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if result.returncode != 0:
        raise SystemExit(f"import of {export.name} failed: {result.stderr.strip()}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return elapsed, cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--entries", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="mj-import-bench-") as tmp:
        folder = Path(tmp)
        env = {
            **os.environ,
            "MENTORJOURNAL_PASSPHRASE": PASSPHRASE,
            "MENTORJOURNAL_DATA_DIR": str(folder / "data"),
            "MENTORJOURNAL_CONFIG_DIR": str(folder / "config"),
            "TZ": "Europe/Berlin",
        }
        exports = {
            name: make(folder, args.entries, random.Random(7)) for name, make in MAKERS.items()
        }
        first: dict[str, list[tuple[float, float]]] = {name: [] for name in MAKERS}
        again: dict[str, list[tuple[float, float]]] = {name: [] for name in MAKERS}
        for _ in range(args.runs):
            for name, export in exports.items():
                journal = fresh(folder / f"{name}.mjournal")
                first[name].append(timed(export, journal, env))
                again[name].append(timed(export, journal, env))
        print(f"{'format':<10} {'export':>8} {'first import':>21}   {'again (nothing new)':>21}")
        print(f"{'':<10} {'':>8} {'wall':>10} {'CPU':>10}   {'wall':>10} {'CPU':>10}")
        for name, export in exports.items():
            size = export.stat().st_size / 1e6
            cells = [
                statistics.median(run[i] for run in runs)
                for runs in (first[name], again[name])
                for i in (0, 1)
            ]
            print(
                f"{name:<10} {size:>6.1f}MB {cells[0]:>8.1f} s {cells[1]:>8.1f} s"
                f"   {cells[2]:>8.1f} s {cells[3]:>8.1f} s"
            )
        print(
            f"medians of {args.runs} whole runs of {args.entries:,} entries; "
            f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs"
        )


if __name__ == "__main__":
    main()
