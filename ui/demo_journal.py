"""Make a demo journal in a fresh temporary folder (run it off the UI thread)."""

from __future__ import annotations

import logging
import secrets
import tempfile
from pathlib import Path

from mentorjournal.storage import crypto
from mentorjournal.storage.crypto import KdfProfile

log = logging.getLogger(__name__)

DEMO_FILE = "demo.mjournal"
_WORDS = (
    "amber",
    "birch",
    "cedar",
    "delta",
    "ember",
    "fjord",
    "grove",
    "harbor",
    "indigo",
    "juniper",
    "kestrel",
    "lantern",
    "meadow",
    "nectar",
    "orchid",
    "pebble",
    "quartz",
    "river",
    "saffron",
    "tundra",
    "umber",
    "violet",
    "willow",
    "yarrow",
    "zephyr",
)


def new_demo_passphrase() -> str:
    """A random, easy-to-read passphrase that the unlock screen shows."""
    return "-".join(secrets.choice(_WORDS) for _ in range(3)) + f"-{secrets.randbelow(100):02d}"


def make_demo_journal(
    folder: Path | None = None,
    passphrase: str | None = None,
    *,
    kdf: KdfProfile = crypto.STANDARD,
    years: int = 3,
) -> tuple[Path, str]:
    """Create the demo journal, close it, and return its path and passphrase."""
    from mentorjournal.storage.journal import Journal  # heavy: only when a demo is made

    folder = Path(folder) if folder else Path(tempfile.mkdtemp(prefix="mentorjournal-demo-"))
    passphrase = passphrase or new_demo_passphrase()
    path = folder / DEMO_FILE
    try:
        from mentorjournal.demo import generate as demo
    except ImportError:  # the generator is not part of this build yet: an empty journal
        log.warning("mentorjournal.demo.generate is missing; the demo journal is empty")
        result = Journal.create(path, passphrase, kdf=kdf)
    else:
        result = demo.create_demo_journal(path, passphrase, years=years, seed=7, scale=1.0, kdf=kdf)
    if isinstance(result, Journal):
        result.close()  # same thread that opened it; the dialog unlocks it again
    log.info("demo journal created")
    return path, passphrase
