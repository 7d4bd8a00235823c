"""The keychain wrapper: opt-in, every failure falls back to asking."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import keyring.backend
import keyring.backends.fail
import keyring.errors
import pytest

from mentorjournal.errors import KeychainError
from mentorjournal.storage import keychain
from mentorjournal.storage.header import read_salt
from mentorjournal.storage.journal import Journal
from tests.conftest import FAST, PASSPHRASE, MemoryKeyring

ROOT = Path(__file__).resolve().parents[2]


class FailingKeyring(keyring.backend.KeyringBackend):
    """A keychain present but failing the way real ones do."""

    priority = 1

    def __init__(self, error: Exception) -> None:
        super().__init__()
        self.error = error

    def get_password(self, service, username):
        raise self.error

    def set_password(self, service, username, password):
        raise self.error

    def delete_password(self, service, username):
        raise self.error


def test_remember_and_unlock_without_passphrase(journal, journal_path, isolated_environment):
    chain = keychain.Keychain()
    assert chain.available() == (True, "")
    keychain.remember(chain, journal)
    journal.close()
    stored = list(isolated_environment.secrets.items())
    assert len(stored) == 1
    (service, username), secret = stored[0]
    assert service == "MentorJournal" and username == read_salt(journal_path).hex()
    assert PASSPHRASE not in secret  # the derived key, never the passphrase
    key = keychain.remembered_key(chain, read_salt(journal_path))
    with Journal.open_with_key(journal_path, key) as j:
        assert j.verify() == []


def test_delete_forgets(journal, journal_path):
    chain = keychain.Keychain()
    keychain.remember(chain, journal)
    assert chain.delete(journal.keychain_id) is True
    assert chain.delete(journal.keychain_id) is False
    assert keychain.remembered_key(chain, read_salt(journal_path)) is None


def test_no_backend_is_unavailable_with_a_reason():
    chain = keychain.Keychain(keyring.backends.fail.Keyring())
    ok, reason = chain.available()
    assert not ok and "No system keychain" in reason
    assert chain.get("x") is None
    with pytest.raises(KeychainError, match="No system keychain"):
        chain.set("x", "secret")
    assert chain.delete("x") is False


def test_plaintext_backends_are_refused():
    class PlaintextKeyring(MemoryKeyring):
        pass

    PlaintextKeyring.__module__ = "keyrings.alt.file"
    ok, reason = keychain.Keychain(PlaintextKeyring()).available()
    assert not ok and reason


@pytest.mark.parametrize(
    "error",
    [
        keyring.errors.KeyringLocked("locked"),
        keyring.errors.InitError("no dbus"),
        keyring.errors.PasswordSetError("dismissed"),
        RuntimeError("dbus went away"),
    ],
    ids=["locked", "init", "dismissed", "other"],
)
def test_every_keyring_failure_means_ask_for_the_passphrase(error, journal):
    chain = keychain.Keychain(FailingKeyring(error))
    assert chain.get(journal.keychain_id) is None
    with pytest.raises(KeychainError):
        chain.set(journal.keychain_id, "00" * 32)
    with pytest.raises(KeychainError):
        chain.delete(journal.keychain_id)


def test_garbage_in_the_keychain_is_ignored(journal_path, journal):
    chain = keychain.Keychain()
    chain.set(journal.keychain_id, "not hex at all")
    assert keychain.remembered_key(chain, read_salt(journal_path)) is None


def _secret_service_tools() -> bool:
    return bool(shutil.which("dbus-run-session") and shutil.which("gnome-keyring-daemon"))


@pytest.mark.skipif(
    not _secret_service_tools() and not os.environ.get("CI"),
    reason="gnome-keyring/dbus not installed (CI installs them; there this test must run)",
)
def test_round_trip_through_a_real_secret_service(tmp_path):
    """gnome-keyring under dbus-run-session, started by the test itself."""
    path = tmp_path / "real.mjournal"
    Journal.create(path, PASSPHRASE, kdf=FAST).close()
    script = (
        "import sys, keyring\n"
        "from mentorjournal.storage import keychain\n"
        "from mentorjournal.storage.journal import Journal\nfrom mentorjournal.storage.header import read_salt\n"
        "path = sys.argv[1]\n"
        "chain = keychain.Keychain()\n"
        "ok, why = chain.available(); assert ok, why\n"
        "print('backend', type(keyring.get_keyring()).__module__)\n"
        f"j = Journal.open(path, {PASSPHRASE!r})\n"
        "keychain.remember(chain, j); j.close()\n"
        "key = keychain.remembered_key(chain, read_salt(path))\n"
        "Journal.open_with_key(path, key).close()\n"
        "assert chain.delete(read_salt(path).hex())\n"
        "assert keychain.remembered_key(chain, read_salt(path)) is None\n"
        "print('round trip ok')\n"
    )
    shell = (
        "eval \"$(printf '\\n' | gnome-keyring-daemon --unlock --components=secrets)\" >/dev/null; "
        f'exec "{sys.executable}" -c "$MJ_SCRIPT" "$MJ_PATH"'
    )
    env = {
        **os.environ,
        "MJ_SCRIPT": script,
        "MJ_PATH": str(path),
        "HOME": str(tmp_path),
        "XDG_DATA_HOME": str(tmp_path / "xdg"),
        "PYTHONPATH": str(ROOT),
    }
    env.pop("PYTHON_KEYRING_BACKEND", None)
    result = subprocess.run(
        ["dbus-run-session", "--", "sh", "-c", shell],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout[-1000:] + result.stderr[-2000:]
    assert "backend keyring.backends.SecretService" in result.stdout
    assert "round trip ok" in result.stdout
