"""A rough passphrase strength hint for the create form (no Qt, no network)."""

from __future__ import annotations

import math
import string

COMMON = {
    "password",
    "passphrase",
    "123456",
    "12345678",
    "qwerty",
    "letmein",
    "iloveyou",
    "mentor",
    "mentorjournal",
    "journal",
    "secret",
    "admin",
    "welcome",
}


def estimate_bits(passphrase: str) -> float:
    """Entropy if every character were random from the classes used (an upper bound)."""
    if not passphrase:
        return 0.0
    pool = 0
    if any(c in string.ascii_lowercase for c in passphrase):
        pool += 26
    if any(c in string.ascii_uppercase for c in passphrase):
        pool += 26
    if any(c in string.digits for c in passphrase):
        pool += 10
    if any(c in string.punctuation or c == " " for c in passphrase):
        pool += 33
    if any(ord(c) > 127 for c in passphrase):
        pool += 100
    distinct = len(set(passphrase))
    # Repeated characters add little: count each extra repeat as half a character.
    effective = distinct + (len(passphrase) - distinct) * 0.5
    return effective * math.log2(max(pool, 2))


def strength_hint(passphrase: str) -> tuple[int, str]:
    """A level 0–4 and a short hint for the user."""
    if not passphrase:
        return (
            0,
            "Choose a passphrase: several unrelated words are easy to remember and hard to guess.",
        )
    if passphrase.casefold().strip() in COMMON or len(passphrase) < 8:
        return 1, "Weak: use at least 12 characters, for example four unrelated words."
    bits = estimate_bits(passphrase)
    if bits < 50:
        return 2, "Fair: a few more words or characters would make it much harder to guess."
    if bits < 75:
        return 3, "Good. There is no way to recover a forgotten passphrase without a recovery key."
    return 4, "Strong. There is no way to recover a forgotten passphrase without a recovery key."
