"""Make a demo journal in a fresh temporary folder (run it off the UI thread).

The demo is a throwaway: the app removes its folder when it ends, SIGTERM
included. A killed app (SIGKILL, a crash, power loss) cannot, so every demo
folder is *claimed* (``storage.lock``, on the name ``owner`` inside it) for as
long as its app runs; the operating system drops the claim when the process
dies. Starting a demo first removes the demo folders nobody claims any more
(nor has their journal open), once they are a minute old: a folder just made
by another app, not claimed yet, is left alone.
"""

from __future__ import annotations

import logging
import secrets
import shutil
import tempfile
import time
from pathlib import Path

from mentorjournal.errors import JournalBusy
from mentorjournal.storage import crypto, lock
from mentorjournal.storage.crypto import KdfProfile

log = logging.getLogger(__name__)

DEMO_FILE = "demo.mjournal"
DEMO_PREFIX = "mentorjournal-demo-"
#: The name inside a demo folder that its running app holds a claim on.
OWNER = "owner"
#: An unclaimed demo folder younger than this may be in the making: it is kept.
GRACE_SECONDS = 60.0


class DemoFolder:
    """A new temporary folder for a demo journal, claimed until ``remove``."""

    def __init__(self, parent: Path | None = None) -> None:
        self.path = Path(tempfile.mkdtemp(prefix=DEMO_PREFIX, dir=parent))
        self._claim: lock.Claim | None = lock.Claim.shared(self.path / OWNER, wait=0)

    def remove(self) -> None:
        if self._claim is not None:
            self._claim.release()
            self._claim = None
        shutil.rmtree(self.path, ignore_errors=True)


def _in_use(path: Path) -> bool:
    """True when a process holds a claim on ``path`` (or the claim cannot be checked)."""
    try:
        claim = lock.Claim.exclusive(path, "removing a left-behind demo journal", wait=0)
    except JournalBusy:
        return True
    except OSError:
        return True
    try:
        return not claim.held  # a read-only place: leave it alone
    finally:
        claim.release()


def sweep_left_behind(parent: Path | None = None) -> list[Path]:
    """Remove the demo folders of apps that were killed; return what was removed."""
    removed = []
    for folder in sorted(Path(parent or tempfile.gettempdir()).glob(DEMO_PREFIX + "*")):
        try:
            if folder.is_symlink() or not folder.is_dir():
                continue
            if time.time() - folder.stat().st_mtime < GRACE_SECONDS:
                continue
        except OSError:
            continue
        journal = folder / DEMO_FILE
        if _in_use(folder / OWNER) or (journal.exists() and _in_use(journal)):
            continue
        shutil.rmtree(folder, ignore_errors=True)
        if not folder.exists():
            removed.append(folder)
    if removed:
        log.info("removed %d demo folder(s) left by apps that were killed", len(removed))
    return removed


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
