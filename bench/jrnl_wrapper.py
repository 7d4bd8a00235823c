"""Run jrnl (from the bench's own jrnl venv) with an optional cheap key derivation.

    bench/cache/jrnl-venv/bin/python bench/jrnl_wrapper.py -n 10
    BENCH_JRNL_PBKDF2_ITERATIONS=1 bench/cache/jrnl-venv/bin/python bench/jrnl_wrapper.py -n 10
    ... bench/jrnl_wrapper.py --bench-encrypt OUT < plain.txt   # write an encrypted journal

jrnl 4.6 encrypts a journal as "v3": Fernet with a key from PBKDF2-HMAC-SHA256,
100,000 iterations, a literal in ``Jrnlv3Encryption._make_key``. With
``BENCH_JRNL_PBKDF2_ITERATIONS`` set, this process (only) gives that call the
iteration count from the environment instead, by replacing the module's
``PBKDF2HMAC`` name with a thin wrapper; without it, nothing is changed and
jrnl runs exactly as ``python -m jrnl``. The journal must have been written
with the same count (``--bench-encrypt`` does that).
"""

from __future__ import annotations

import os
import sys


def patch_iterations() -> None:
    wanted = os.environ.get("BENCH_JRNL_PBKDF2_ITERATIONS")
    if not wanted:
        return
    from jrnl.encryption import Jrnlv3Encryption as v3

    real = v3.PBKDF2HMAC

    def pbkdf2(*args, **kwargs):
        kwargs["iterations"] = int(wanted)
        return real(*args, **kwargs)

    v3.PBKDF2HMAC = pbkdf2


def encrypt(out: str) -> int:
    """Encrypt standard input as jrnl itself does (its own class) into ``out``."""
    from jrnl.encryption.Jrnlv3Encryption import Jrnlv3Encryption

    encryption = Jrnlv3Encryption("default", {"encrypt": True})
    encryption.password = os.environ["BENCH_JRNL_PASSWORD"]
    data = encryption.encrypt(sys.stdin.read())
    with open(out, "wb") as handle:
        handle.write(data)
    return 0


def main() -> int:
    patch_iterations()
    if sys.argv[1:2] == ["--bench-encrypt"]:
        return encrypt(sys.argv[2])
    if sys.argv[1:2] == ["--bench-version"]:
        from jrnl.__version__ import __version__

        print(__version__)
        return 0
    from jrnl.main import run

    sys.argv = ["jrnl", *sys.argv[1:]]
    return run()


if __name__ == "__main__":
    sys.exit(main())
