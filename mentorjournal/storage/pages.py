"""A quick look at a journal's pages at open: SQLCipher's HMAC, checked in Python.

SQLCipher 4 ends every 4096-byte page with a 16-byte IV and a 64-byte
HMAC-SHA512 over the page's ciphertext, its IV and its page number (4 bytes,
little-endian); page 1 starts with the 16-byte salt, which the HMAC leaves
out. The HMAC key is PBKDF2-HMAC-SHA512 of the raw key with the salt XOR
0x3a, 2 iterations (SQLCipher's "fast KDF"). Checking a page needs no
decryption, so ``sample_problems`` checks every page of a small journal and
an even spread of pages of a big one in a few milliseconds. A failure found
here is confirmed by SQLCipher's own ``cipher_integrity_check`` before the
journal is called damaged, so a difference in details can never lock anyone
out. ``Journal.verify`` and the full check in the background remain the
complete checks.
"""

from __future__ import annotations

import hashlib
import hmac
import os
from collections.abc import Iterable
from pathlib import Path

from mentorjournal.storage.crypto import RawKey
from mentorjournal.storage.header import PAGE_SIZE

IV_SIZE = 16
HMAC_SIZE = 64
RESERVE = IV_SIZE + HMAC_SIZE
SALT_SIZE = 16
HMAC_SALT_MASK = 0x3A
FAST_KDF_ITER = 2
#: Journals up to this many pages (8 MiB) are checked whole at open.
FULL_CHECK_PAGES = 2048
#: Bigger ones: this many pages spread over the file, plus the first and the last.
SAMPLE_PAGES = 1024


def hmac_key(key: RawKey) -> bytes:
    salt = bytes(b ^ HMAC_SALT_MASK for b in key.salt)
    return hashlib.pbkdf2_hmac("sha512", key.key, salt, FAST_KDF_ITER, dklen=len(key.key))


def page_ok(base: hmac.HMAC, number: int, page: bytes) -> bool:
    """True when ``page`` (page ``number``, 1-based) carries a valid HMAC."""
    if len(page) != PAGE_SIZE:
        return False
    start = SALT_SIZE if number == 1 else 0
    mac = base.copy()
    mac.update(page[start : PAGE_SIZE - HMAC_SIZE])
    mac.update(number.to_bytes(4, "little"))
    return hmac.compare_digest(mac.digest(), page[PAGE_SIZE - HMAC_SIZE :])


def _chosen(count: int) -> list[int]:
    if count <= FULL_CHECK_PAGES:
        return list(range(1, count + 1))
    step = count / SAMPLE_PAGES
    picked = {1, count, *(1 + int(i * step) for i in range(SAMPLE_PAGES))}
    return sorted(p for p in picked if 1 <= p <= count)


def sample_problems(path: Path, key: RawKey, skip: Iterable[int] = ()) -> list[int]:
    """Page numbers whose HMAC fails among the pages checked (``skip``: newer copies in the WAL)."""
    size = os.path.getsize(path)
    count = size // PAGE_SIZE
    base = hmac.new(hmac_key(key), digestmod=hashlib.sha512)
    skipped = set(skip)
    bad = []
    with open(path, "rb") as fh:
        for number in _chosen(count):
            if number in skipped:
                continue
            fh.seek((number - 1) * PAGE_SIZE)
            if not page_ok(base, number, fh.read(PAGE_SIZE)):
                bad.append(number)
    return bad
