"""A second process holding a journal, for the contention tests (``python -m``).

``open PATH``: opens the journal as the window would (program "the
MentorJournal window"), prints ``ready`` and keeps it open until stdin closes.
``exclusive PATH``: holds the journal alone as a passphrase change does.
``writer PATH``: opens it and appends reflections, printing ``ack N`` after
each commit (one every ~20 ms), until killed. The passphrase arrives on stdin's first line.
"""

import datetime as dt
import sys
import time

from mentorjournal.storage import lock
from mentorjournal.storage.journal import Journal


def main() -> None:
    mode, path = sys.argv[1], sys.argv[2]
    passphrase = sys.stdin.readline().rstrip("\n")
    if mode == "exclusive":
        lock.set_program("the command line (mentorjournal)")
        with lock.Claim.exclusive(path, "changing the passphrase"):
            print("ready", flush=True)
            sys.stdin.read()
        return
    lock.set_program("the MentorJournal window")
    journal = Journal.open(path, passphrase)
    if mode == "open":
        print("ready", flush=True)
        sys.stdin.read()
        journal.close()
        return
    from mentorjournal.domain import records

    n = 0
    print("ready", flush=True)
    while True:
        records.create("reflection", written_at=dt.datetime(2026, 1, 1), title=f"ack-{n}", body="x")
        print(f"ack {n}", flush=True)
        n += 1
        # A window writes when someone saves, not in a tight loop: SQLite's busy
        # handler is not fair, and a writer that takes the lock again at once can
        # starve another process past its busy timeout on a loaded machine.
        time.sleep(0.02)


if __name__ == "__main__":
    main()
