"""Child process for the kill -9 tests (run with ``python -m``).

``writer PATH``: appends reflections forever, printing ``ack N`` after each
commit. ``rekey PATH NEW``: prints ``start`` and changes the passphrase. The
passphrase arrives on stdin, never in argv.
"""

import datetime as dt
import sys

from mentorjournal.storage import crypto
from mentorjournal.storage.journal import Journal
from mentorjournal.storage.models import Reflection


def main() -> None:
    mode, path = sys.argv[1], sys.argv[2]
    passphrase = sys.stdin.readline().rstrip("\n")
    journal = Journal.open(path, passphrase)
    if mode == "writer":
        n = Reflection.select().count()
        while True:
            Reflection.create(written_at=dt.datetime(2026, 1, 1), title=f"ack-{n}", body="x" * 3000)
            print(f"ack {n}", flush=True)
            n += 1
    elif mode == "rekey":
        print("start", flush=True)
        journal.change_passphrase(sys.argv[3], kdf=crypto.INSECURE_FAST_FOR_TESTS)
        print("done", flush=True)
        journal.close()


if __name__ == "__main__":
    main()
