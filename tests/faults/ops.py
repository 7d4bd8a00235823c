"""What a child does before it is killed with SIGKILL (run in a forkserver child).

Each function takes the environment to use (the test's data folder) and a
path for acknowledgements: a line is appended there only after the
operation it names has returned (a commit, a finished backup...), so every
line in it is a promise the journal must keep after the kill.
"""

from __future__ import annotations

import datetime as dt
import os
import time
from pathlib import Path

PASSPHRASE = "correct horse battery staple"
OTHER = "the other passphrase"


def _setup(env: dict[str, str]) -> None:
    os.environ.update(env)


def _ack(acks: str, text: str) -> None:
    fd = os.open(acks, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    try:
        os.write(fd, (text + "\n").encode())
    finally:
        os.close(fd)


def add(env: dict[str, str], path: str, acks: str, start: int) -> None:
    _setup(env)
    from mentorjournal.domain import records
    from mentorjournal.storage.journal import Journal

    Journal.open(path, PASSPHRASE)
    n = start
    while True:
        records.create(
            "reflection", title=f"ack-{n}", body="x" * 2000, written_at=dt.datetime(2026, 1, 1)
        )
        _ack(acks, f"ack-{n}")
        n += 1


def passwd(env: dict[str, str], path: str, acks: str, current: str, new: str) -> None:
    _setup(env)
    from mentorjournal.storage import crypto
    from mentorjournal.storage.journal import Journal

    journal = Journal.open(path, current)
    _ack(acks, "started")
    journal.change_passphrase(new, kdf=crypto.INSECURE_FAST_FOR_TESTS)
    _ack(acks, "changed")
    journal.close()


def backup(env: dict[str, str], path: str, acks: str) -> None:
    _setup(env)
    from mentorjournal.storage.backups import Backups
    from mentorjournal.storage.journal import Journal

    journal = Journal.open(path, PASSPHRASE)
    backups = Backups.for_journal(Path(path))
    while True:
        made = backups.create(journal, "manual")
        _ack(acks, str(made))


def restore(env: dict[str, str], path: str, acks: str, backup_path: str) -> None:
    _setup(env)
    from mentorjournal.storage.backups import Backups

    _ack(acks, "started")
    Backups.for_journal(Path(path)).restore(Path(backup_path), PASSPHRASE)
    _ack(acks, "restored")


def import_file(env: dict[str, str], path: str, acks: str, source: str) -> None:
    _setup(env)
    from mentorjournal.exchange import native
    from mentorjournal.storage.journal import Journal

    Journal.open(path, PASSPHRASE)
    _ack(acks, "started")
    native.import_json(Path(source))
    _ack(acks, "imported")


def export(env: dict[str, str], path: str, acks: str, dest: str) -> None:
    _setup(env)
    from mentorjournal.exchange import native
    from mentorjournal.storage.journal import Journal

    Journal.open(path, PASSPHRASE)
    _ack(acks, "started")
    native.export_json(Path(dest))
    _ack(acks, "exported")


def salvage(env: dict[str, str], path: str, acks: str, output: str) -> None:
    _setup(env)
    from mentorjournal.storage import crypto
    from mentorjournal.storage.header import read_salt
    from mentorjournal.storage.salvage import salvage as run

    key = crypto.derive_key(PASSPHRASE, read_salt(Path(path)))
    _ack(acks, "started")
    run(Path(path), key, Path(output))
    _ack(acks, "salvaged")


def sleep_forever() -> None:  # pragma: no cover - a child to kill in the harness test
    while True:
        time.sleep(1)
