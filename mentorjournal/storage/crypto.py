"""Key derivation and recovery keys.

A journal is a SQLCipher 4 database keyed with a *raw* 256-bit key. The key is
derived from the passphrase once per unlock with Argon2id; SQLCipher's own
PBKDF2 step is skipped because a raw key is given. The Argon2 salt is the
16-byte salt SQLCipher stores in the clear at the start of the file, so the
file is self-contained: its first byte names the KDF profile, the other 15 are
random. ``docs/SECURITY.md`` explains the design and how to open a journal with
the standard ``sqlcipher`` shell.
"""

from __future__ import annotations

from typing import NamedTuple

from mentorjournal.errors import InvalidPassphrase, JournalError, NotAJournal, WrongPassphrase

# base64, hashlib, hmac and secrets are imported where used: opening the
# window reads a journal's salt through this module before anything is hashed.

SALT_SIZE = 16
KEY_SIZE = 32


class KdfProfile(NamedTuple):
    """Argon2id parameters; ``ident`` is stored as the salt's first byte.

    (Immutable like a frozen dataclass, but a NamedTuple: the window imports this module
    before its first dialog, and ``dataclasses`` with a class's generated methods would be
    1-2 ms of that.)"""

    ident: int
    time_cost: int
    memory_kib: int
    parallelism: int
    label: str


#: Tuned on the reference 2-core machine to about 0.5 s (see bench/).
#: At least KeePassXC's default strength: Argon2id with 64 MiB.
STANDARD = KdfProfile(0x01, time_cost=20, memory_kib=64 * 1024, parallelism=2, label="standard")

#: Only for the test suite: a journal made with it opens instantly. The core
#: never picks it by itself; callers must pass it explicitly.
INSECURE_FAST_FOR_TESTS = KdfProfile(
    0xF7, time_cost=1, memory_kib=64, parallelism=1, label="test-only"
)

PROFILES = {p.ident: p for p in (STANDARD, INSECURE_FAST_FOR_TESTS)}


def encode_passphrase(passphrase: str) -> bytes:
    """The bytes of a passphrase exactly as typed.

    UTF-8, with lone surrogates passed through so that *any* Python string is a
    usable passphrase; no trimming and no normalisation.
    """
    if not isinstance(passphrase, str):
        raise InvalidPassphrase("The passphrase must be text.")
    return passphrase.encode("utf-8", "surrogatepass")


def check_new_passphrase(passphrase: str) -> None:
    """Refuse passphrases that can never be used for a new journal."""
    encode_passphrase(passphrase)
    if passphrase == "":
        raise InvalidPassphrase("The passphrase must not be empty.")


def new_salt(profile: KdfProfile = STANDARD) -> bytes:
    import secrets

    return bytes([profile.ident]) + secrets.token_bytes(SALT_SIZE - 1)


def profile_for_salt(salt: bytes) -> KdfProfile:
    if len(salt) != SALT_SIZE:
        raise NotAJournal("This file is too short to be a MentorJournal journal.")
    try:
        return PROFILES[salt[0]]
    except KeyError:
        raise NotAJournal(
            "This file is not a MentorJournal journal, or its first bytes are damaged."
        ) from None


class RawKey:
    """The 256-bit SQLCipher key and the salt it was derived with.

    The key bytes live in a ``bytearray`` that ``wipe`` overwrites with zeros:
    ``Journal.close`` (and so locking) wipes the open journal's copy. Each
    holder owns its own copy (``copy``): the database keeps one, so a caller
    may wipe the key it passed in as soon as the journal is open. What Python
    cannot wipe is listed in docs/SECURITY.md ("Key material in memory").
    """

    __slots__ = ("_key", "salt")

    def __init__(self, key: bytes | bytearray, salt: bytes) -> None:
        self._key = bytearray(key)
        self.salt = bytes(salt)

    @property
    def key(self) -> bytearray:
        if self.wiped:
            raise JournalError("The journal is locked (its key was cleared); unlock it again.")
        return self._key

    @property
    def wiped(self) -> bool:
        return not any(self._key)

    def wipe(self) -> None:
        """Overwrite the key bytes with zeros (using this key afterwards is an error)."""
        for i in range(len(self._key)):
            self._key[i] = 0

    def copy(self) -> RawKey:
        return RawKey(self.key, self.salt)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, RawKey):
            return NotImplemented
        import hmac

        return hmac.compare_digest(bytes(self._key), bytes(other._key)) and self.salt == other.salt

    __hash__ = None  # type: ignore[assignment]  # mutable: never a dict key

    def __repr__(self) -> str:  # never show the key in logs or tracebacks
        return "RawKey(<hidden>)"

    def pragma_value(self, with_salt: bool = True) -> str:
        """The value for ``PRAGMA key``: ``"x'<key hex><salt hex>'"`` (an immutable copy)."""
        hexed = self.key.hex() + (self.salt.hex() if with_salt else "")
        return f"\"x'{hexed}'\""

    @property
    def journal_id(self) -> str:
        """A stable, non-secret name for this key (used for the keychain)."""
        return self.salt.hex()


def derive_key(passphrase: str, salt: bytes) -> RawKey:
    """Argon2id(passphrase, salt) with the parameters the salt names."""
    from argon2.low_level import Type, hash_secret_raw  # heavy: imported on first use

    profile = profile_for_salt(salt)
    key = hash_secret_raw(
        encode_passphrase(passphrase),
        salt,
        time_cost=profile.time_cost,
        memory_cost=profile.memory_kib,
        parallelism=profile.parallelism,
        hash_len=KEY_SIZE,
        type=Type.ID,
    )
    return RawKey(key, salt)


def new_key(passphrase: str, profile: KdfProfile = STANDARD) -> RawKey:
    check_new_passphrase(passphrase)
    return derive_key(passphrase, new_salt(profile))


# --- Recovery keys ---------------------------------------------------------
#
# A recovery key is the journal's raw key written for humans: base32 of the
# 32 key bytes plus a 2-byte checksum, in groups of five. It opens the journal
# like the passphrase does (and works with the plain sqlcipher shell).

_RECOVERY_TRANSLATE = str.maketrans({"0": "O", "1": "I", "8": "B"})


def _checksum(key: bytes) -> bytes:
    import hashlib

    return hashlib.blake2b(key, digest_size=2, person=b"mj-recovery").digest()


def recovery_key_for(raw: RawKey) -> str:
    import base64

    text = base64.b32encode(bytes(raw.key) + _checksum(bytes(raw.key))).decode("ascii").rstrip("=")
    return "-".join(text[i : i + 5] for i in range(0, len(text), 5))


def key_from_recovery(recovery: str, salt: bytes) -> RawKey:
    """Turn a typed recovery key back into the raw key; typos are reported."""
    import base64
    import hmac

    cleaned = "".join(ch for ch in recovery.upper() if ch.isalnum()).translate(_RECOVERY_TRANSLATE)
    padded = cleaned + "=" * (-len(cleaned) % 8)
    try:
        data = base64.b32decode(padded)
    except ValueError:
        raise WrongPassphrase("That is not a valid recovery key (unexpected characters).") from None
    if len(data) != KEY_SIZE + 2:
        raise WrongPassphrase("That is not a valid recovery key (wrong length).")
    key, check = data[:KEY_SIZE], data[KEY_SIZE:]
    if not hmac.compare_digest(check, _checksum(key)):
        raise WrongPassphrase("That recovery key has a typo: its checksum does not match.")
    return RawKey(key, salt)
