"""Shared fixtures: every test gets its own data folder and in-memory keychain.

Journals made here use the test-only KDF profile so the suite stays quick;
tests *about* key derivation use ``crypto.STANDARD`` explicitly.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.backend
import pytest

from mentorjournal.storage import crypto, db
from mentorjournal.storage.journal import Journal

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PASSPHRASE = "correct horse battery staple"
FAST = crypto.INSECURE_FAST_FOR_TESTS


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A real keyring backend that keeps secrets in a dict (unit tests only)."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.secrets.get((service, username))

    def set_password(self, service, username, password):
        self.secrets[(service, username)] = password

    def delete_password(self, service, username):
        try:
            del self.secrets[(service, username)]
        except KeyError:
            raise keyring.errors.PasswordDeleteError("not found") from None


@pytest.fixture(autouse=True)
def isolated_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[MemoryKeyring]:
    """Data folder in tmp_path, an in-memory keychain, no journal left bound."""
    monkeypatch.setenv("MENTORJOURNAL_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("MENTORJOURNAL_CONFIG_DIR", str(tmp_path / "config" / "MentorJournal"))
    monkeypatch.delenv("MENTORJOURNAL_PASSPHRASE", raising=False)
    backend = MemoryKeyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)
    if db.DB.obj is not None:
        db.DB.obj.close()
        db.DB.initialize(None)


@pytest.fixture
def journal_path(tmp_path: Path) -> Path:
    return tmp_path / "journal.mjournal"


@pytest.fixture
def journal(journal_path: Path) -> Iterator[Journal]:
    """A fresh, open, empty journal (test-only KDF) bound to the models."""
    j = Journal.create(journal_path, PASSPHRASE, kdf=FAST)
    yield j
    j.close()
