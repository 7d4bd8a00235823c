"""The OS keychain, only when the user opts in ("remember on this computer").

What is stored is the journal's derived raw key (hex), never the passphrase,
under the service ``MentorJournal`` and the journal's non-secret key id. Every
keychain failure (no backend, locked, prompt dismissed, D-Bus errors) becomes
"not remembered": the caller asks for the passphrase. There is no plaintext
fallback: file-based and "null" backends count as no keychain at all.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from mentorjournal.errors import KeychainError

if TYPE_CHECKING:
    import keyring.backend

    from mentorjournal.storage.crypto import RawKey
    from mentorjournal.storage.journal import Journal

log = logging.getLogger(__name__)

SERVICE = "MentorJournal"

#: Backends that would store secrets unencrypted or not at all.
_REFUSED_MODULES = ("keyring.backends.fail", "keyring.backends.null", "keyrings.alt")


class Keychain:
    """A small wrapper: ``available()``, ``get``, ``set``, ``delete``."""

    def __init__(self, backend: keyring.backend.KeyringBackend | None = None) -> None:
        self._backend = backend

    @property
    def backend(self) -> keyring.backend.KeyringBackend:
        if self._backend is None:
            import keyring  # heavy (backends, entry points): imported on first use

            self._backend = keyring.get_keyring()
        return self._backend

    def available(self) -> tuple[bool, str]:
        """Whether a real keychain exists here, and if not, why (for the UI)."""
        try:
            backend = self.backend
        except Exception as exc:  # broken keyring configuration
            log.warning("keyring backend failed to load: %s", exc.__class__.__name__)
            return False, "The system keychain could not be loaded."
        for candidate in _backends(backend):
            module = type(candidate).__module__
            if module.startswith(_REFUSED_MODULES):
                continue
            if getattr(candidate, "priority", 0) <= 0:
                continue
            return True, ""
        return False, (
            "No system keychain was found on this computer (for example GNOME Keyring, "
            "KWallet, macOS Keychain or Windows Credential Manager), so the passphrase "
            "cannot be remembered. Everything else works."
        )

    def get(self, journal_id: str) -> str | None:
        """The remembered secret, or None (also on any keychain failure)."""
        if not self.available()[0]:
            return None
        try:
            return self.backend.get_password(SERVICE, journal_id)
        except Exception as exc:  # locked, dismissed prompt, D-Bus error...
            log.warning("keychain read failed: %s", exc.__class__.__name__)
            return None

    def set(self, journal_id: str, secret: str) -> None:
        ok, reason = self.available()
        if not ok:
            raise KeychainError(reason)
        try:
            self.backend.set_password(SERVICE, journal_id, secret)
        except Exception as exc:
            log.warning("keychain write failed: %s", exc.__class__.__name__)
            raise KeychainError(
                "The system keychain did not store the passphrase (it may be locked "
                "or the request was dismissed)."
            ) from None

    def delete(self, journal_id: str) -> bool:
        """Forget the secret; True if something was deleted."""
        if not self.available()[0]:
            return False
        import keyring.errors

        try:
            self.backend.delete_password(SERVICE, journal_id)
        except keyring.errors.PasswordDeleteError:
            return False
        except Exception as exc:
            log.warning("keychain delete failed: %s", exc.__class__.__name__)
            raise KeychainError("The system keychain did not delete the entry.") from None
        return True


def _backends(backend: keyring.backend.KeyringBackend) -> list[keyring.backend.KeyringBackend]:
    """A chainer's members, or the backend itself."""
    members = getattr(backend, "backends", None)
    return list(members) if members is not None else [backend]


def remember(keychain: Keychain, journal: Journal) -> None:
    """Store an open journal's key so the next unlock needs no passphrase."""
    keychain.set(journal.keychain_id, journal.key.key.hex())


def remembered_key(keychain: Keychain, salt: bytes) -> RawKey | None:
    """The key remembered for a journal with this salt, or None."""
    from mentorjournal.storage.crypto import KEY_SIZE, RawKey

    secret = keychain.get(salt.hex())
    if not secret:
        return None
    try:
        key = bytes.fromhex(secret)
    except ValueError:
        return None
    return RawKey(key, salt) if len(key) == KEY_SIZE else None
