"""Key derivation, KDF profiles and recovery keys."""

import time

import pytest

from mentorjournal.errors import InvalidPassphrase, NotAJournal, WrongPassphrase
from mentorjournal.storage import crypto

FAST = crypto.INSECURE_FAST_FOR_TESTS


def test_standard_profile_is_at_least_keepassxc_strength():
    p = crypto.STANDARD
    assert p.memory_kib >= 64 * 1024
    assert p.time_cost >= 3
    assert p.parallelism >= 1


def test_real_key_derivation_takes_a_fraction_of_a_second():
    salt = crypto.new_salt(crypto.STANDARD)
    start = time.perf_counter()
    key = crypto.derive_key("passphrase", salt)
    elapsed = time.perf_counter() - start
    assert len(key.key) == 32
    # Not a speed assertion: a sanity bound showing the work factor is real.
    assert elapsed > 0.05


def test_derivation_is_deterministic_per_salt_and_differs_across_salts():
    salt = crypto.new_salt(FAST)
    assert crypto.derive_key("pw", salt).key == crypto.derive_key("pw", salt).key
    assert crypto.derive_key("pw", crypto.new_salt(FAST)).key != crypto.derive_key("pw", salt).key
    assert crypto.derive_key("pw2", salt).key != crypto.derive_key("pw", salt).key


def test_salt_names_its_profile_and_is_random():
    salt = crypto.new_salt(crypto.STANDARD)
    assert salt[0] == crypto.STANDARD.ident and len(salt) == 16
    assert crypto.profile_for_salt(salt) is crypto.STANDARD
    assert crypto.new_salt() != crypto.new_salt()


def test_unknown_profile_byte_is_not_a_journal():
    with pytest.raises(NotAJournal):
        crypto.profile_for_salt(b"\x42" + bytes(15))


@pytest.mark.parametrize(
    "passphrase",
    [
        " leading and trailing ",
        "tab\tnew\nline",
        "nul\x00inside",
        "émoji 🔐 ✓",
        "\ud800lone surrogate",
        "'; DROP TABLE x; --",
        "x'00'",
        '"quoted"',
        "a" * 10_000,
        "e\u0301 vs \u00e9",
    ],
)
def test_any_nonempty_string_is_a_passphrase_used_exactly_as_typed(passphrase):
    crypto.check_new_passphrase(passphrase)
    salt = crypto.new_salt(FAST)
    key = crypto.derive_key(passphrase, salt)
    assert key.key == crypto.derive_key(passphrase, salt).key
    # Exactly as typed: trimming or normalising would give another key.
    for variant in {passphrase.strip(), passphrase + " ", passphrase.upper()} - {passphrase}:
        assert crypto.derive_key(variant, salt).key != key.key


def test_nfc_and_nfd_forms_are_different_passphrases():
    salt = crypto.new_salt(FAST)
    assert crypto.derive_key("\u00e9", salt).key != crypto.derive_key("e\u0301", salt).key


def test_empty_passphrase_is_refused():
    with pytest.raises(InvalidPassphrase, match="must not be empty"):
        crypto.check_new_passphrase("")


def test_raw_key_never_shows_itself():
    key = crypto.derive_key("pw", crypto.new_salt(FAST))
    assert key.key.hex() not in repr(key) and key.key.hex() not in str(key)


def test_recovery_key_round_trip_tolerates_case_spaces_and_lookalikes():
    key = crypto.derive_key("pw", crypto.new_salt(FAST))
    text = crypto.recovery_key_for(key)
    assert len(text.split("-")) == 11
    sloppy = text.lower().replace("-", " ").replace("o", "0").replace("i", "1")
    assert crypto.key_from_recovery(sloppy, key.salt).key == key.key


def test_recovery_key_typo_is_caught_by_checksum():
    key = crypto.derive_key("pw", crypto.new_salt(FAST))
    text = crypto.recovery_key_for(key)
    typo = ("B" if text[0] != "B" else "C") + text[1:]
    with pytest.raises(WrongPassphrase, match="typo"):
        crypto.key_from_recovery(typo, key.salt)
    with pytest.raises(WrongPassphrase, match="length"):
        crypto.key_from_recovery(text[:-6], key.salt)
