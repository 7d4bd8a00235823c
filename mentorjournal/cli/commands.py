"""Command-line commands about the journal file as a whole.

``init``, ``verify``, ``backup``, ``restore``, ``salvage``, ``passwd`` and
``demo``. Each handler takes the parsed arguments and returns an exit code;
failures are ``JournalError``s that ``cli.main`` turns into one line on stderr.
``restore``, ``salvage`` and ``passwd`` need the journal alone: while another
program has it open they refuse with exit code 5, naming it (docs/CONCURRENCY.md).
"""

from __future__ import annotations

import argparse
import dataclasses
import logging
from pathlib import Path

from mentorjournal import paths
from mentorjournal.cli.common import (
    ENV_NEW_PASSPHRASE,
    ENV_PASSPHRASE,
    EXIT_OK,
    PROG,
    add_command,
    current_passphrase,
    date_option,
    journal_path,
    new_passphrase,
    note,
    opened,
    read_secret_file,
    say,
    unlock,
)
from mentorjournal.errors import (
    JournalDamaged,
    JournalError,
    JournalExists,
    JournalNotFound,
    KeychainError,
)
from mentorjournal.storage import backups as backups_module
from mentorjournal.storage import crypto, keychain, placement, settings
from mentorjournal.storage.backups import BackupInfo, Backups
from mentorjournal.storage.copies import verify_file
from mentorjournal.storage.header import read_salt
from mentorjournal.storage.journal import Journal
from mentorjournal.storage.salvage import salvage

log = logging.getLogger(__name__)


# -- init -------------------------------------------------------------------


def cmd_init(args: argparse.Namespace) -> int:
    """Create a new, empty journal."""
    path = journal_path(args)
    if path.exists():
        raise JournalExists(f"A file already exists at {path}; choose another name.")
    passphrase = new_passphrase(args)
    journal = Journal.create(path, passphrase, recovery_key=args.recovery_key)
    try:
        say(f"Created a journal at {path}")
        if args.recovery_key:
            _print_recovery_key(journal)
    finally:
        journal.close()
    _warn_about_placement(path)
    return EXIT_OK


def _warn_about_placement(path: Path, *, offsite: bool = False) -> None:
    """Sync folders, conflicted copies and (``offsite``) copies only on this disk."""
    for warning in placement.warnings(path):
        note(f"{PROG}: warning: {warning}")
    if offsite:
        warning = backups_module.offsite_warning(path)
        if warning:
            note(f"{PROG}: warning: {warning}")


def _print_recovery_key(journal: Journal) -> None:
    note(
        "Recovery key (shown only this once). Keep it somewhere safe and offline: it opens\n"
        "the journal if you forget the passphrase, so anyone who has it can read your journal."
    )
    say(journal.recovery_key())


# -- verify -----------------------------------------------------------------


def cmd_verify(args: argparse.Namespace) -> int:
    """Full integrity check of the journal, its -wal (and, if asked, of every backup)."""
    path = journal_path(args)
    try:
        journal = unlock(path, args)
    except JournalDamaged as exc:  # found at open: say so like a failed check
        raise JournalDamaged(f"{path.name} failed its integrity check: {exc}") from None
    try:
        problems = journal.verify()
        wal_line = journal.wal_status()
        key = journal.key.copy()  # the journal wipes its own copy when it closes
    finally:
        journal.close()
    try:
        bad_backups = _verify_backups(path, key) if args.backups else 0
    finally:
        key.wipe()
    if len(problems) > 1:
        for problem in problems[:20]:
            note(f"{PROG}: problem: {problem}")
    _warn_about_placement(path, offsite=True)
    if problems:
        more = f" ({len(problems)} problems, listed above)" if len(problems) > 1 else ""
        raise JournalDamaged(f"{path.name} failed its integrity check{more}: {problems[0]}")
    say(
        f"{path}: sound (every page decrypts and authenticates; integrity check passed; {wal_line})"
    )
    if bad_backups:
        raise JournalDamaged(f"{bad_backups} backup(s) could not be verified (see above).")
    return EXIT_OK


def _verify_backups(path: Path, key: crypto.RawKey) -> int:
    bad = 0
    for backup in Backups.for_journal(path).list():
        try:
            if read_salt(backup.path) != key.salt:
                say(f"backup {backup.path.name}: made under another passphrase (not checked)")
                continue
            verify_file(backup.path, key)
        except JournalError as exc:  # reported per backup; the others are still checked
            bad += 1
            note(f"{PROG}: backup {backup.path.name}: {exc}")
        except OSError as exc:
            bad += 1
            note(f"{PROG}: backup {backup.path.name}: could not be read ({exc.strerror}).")
        else:
            say(f"backup {backup.path.name}: sound")
    return bad


# -- backups ----------------------------------------------------------------


def cmd_backup(args: argparse.Namespace) -> int:
    """Write an encrypted backup now, or list the backups."""
    path = journal_path(args)
    if args.second_location is not None:
        _set_second_location(args.second_location)
    backups = Backups.for_journal(path)
    if args.keep is not None:
        backups.keep = args.keep
    if args.list:
        _list_backups(path, backups.list())
        if backups.second_folder:
            note(f"Second location: {backups.second_folder}")
        return EXIT_OK
    with opened(args) as journal:
        dest = backups.create(journal, reason=args.reason)
    say(str(dest))
    if backups.second_problem:
        note(f"{PROG}: warning: {backups.second_problem}")
    _warn_about_placement(path, offsite=True)
    return EXIT_OK


def _set_second_location(value: str) -> None:
    policy = settings.load().backups
    folder = None if value.lower() in ("", "none", "off") else Path(value).expanduser().absolute()
    settings.save_backup_policy(dataclasses.replace(policy, second_folder=folder))
    note(f"Second backup location: {folder}" if folder else "Second backup location turned off.")


def _list_backups(path: Path, found: list[BackupInfo]) -> None:
    if not found:
        note(f"No backups of {path} yet (folder: {Backups.for_journal(path).folder}).")
        return
    for info in found:
        created = info.created.astimezone().strftime("%Y-%m-%d %H:%M:%S")
        say(f"{created}  {info.reason:<16} {_size(info.size):>9}  {info.path}")


def _size(size: int) -> str:
    value = float(size)
    for unit in ("B", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{value:.0f} {unit}" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{size} B"  # pragma: no cover


def find_backup(path: Path, name: str) -> Path:
    """A backup named by its path, its file name, or ``latest``."""
    backups = Backups.for_journal(path)
    if name == "latest":
        found = backups.list()
        if not found:
            raise JournalNotFound(f"There are no backups of {path} yet.")
        return found[0].path
    candidate = Path(name).expanduser()
    if candidate.is_file():
        return candidate
    inside = backups.folder / name
    if inside.is_file():
        return inside
    raise JournalNotFound(f"No backup at {name} (see `{PROG} backup --list`).")


def cmd_restore(args: argparse.Namespace) -> int:
    """Replace the journal with a backup; the current state is kept aside first."""
    path = journal_path(args)
    backup = find_backup(path, args.backup)
    salt = read_salt(backup)
    if args.recovery_key_file:
        key = crypto.key_from_recovery(
            read_secret_file(args.recovery_key_file, "--recovery-key-file"), salt
        )
    else:
        passphrase = current_passphrase(args, prompt="Passphrase of the backup: ")
        key = crypto.derive_key(passphrase, salt)
    try:
        kept = Backups.for_journal(path).restore(backup, key=key)
    finally:
        key.wipe()
    say(f"Restored {path} from {backup.name}")
    if kept is not None:
        note(f"The journal as it was before is kept as {kept}.")
    return EXIT_OK


# -- salvage ----------------------------------------------------------------


def cmd_salvage(args: argparse.Namespace) -> int:
    """Copy every readable record of a damaged journal into a new journal."""
    path = journal_path(args)
    if not path.exists():
        raise JournalNotFound(f"No journal at {path}.")
    salt = read_salt(path)
    if args.recovery_key_file:
        key = crypto.key_from_recovery(
            read_secret_file(args.recovery_key_file, "--recovery-key-file"), salt
        )
    else:
        key = crypto.derive_key(current_passphrase(args), salt)
    output = Path(args.output).expanduser() if args.output else None
    try:
        report = salvage(path, key, output)
    finally:
        key.wipe()
    say(str(report.output))
    note(f"Salvaged {path.name}: {report.summary()}.")
    note(
        f"The damaged journal is unchanged. Check the new one (`{PROG} verify --journal "
        f"{report.output}`), then put it in place with `{PROG} restore {report.output}` "
        "(the damaged one is kept among the backups)."
    )
    return EXIT_OK


# -- passwd -----------------------------------------------------------------


def cmd_passwd(args: argparse.Namespace) -> int:
    """Change the passphrase: the journal is re-encrypted atomically."""
    with opened(args) as journal:
        passphrase = new_passphrase(
            args,
            file_option="new_passphrase_file",
            env=ENV_NEW_PASSPHRASE,
            what="new passphrase",
        )
        had_recovery_key = journal.meta("recovery_key") == "issued"
        chain = keychain.Keychain()
        old_id = journal.keychain_id
        remembered = chain.get(old_id) is not None
        journal.change_passphrase(passphrase)
        say(f"Changed the passphrase of {journal.path}")
        if remembered:
            _move_keychain_entry(chain, journal, old_id)
        if args.recovery_key:
            _print_recovery_key(journal)
        elif had_recovery_key:
            note(
                "Your old recovery key no longer opens this journal; "
                f"`{PROG} passwd --recovery-key` prints a new one."
            )
    return EXIT_OK


def _move_keychain_entry(chain: keychain.Keychain, journal: Journal, old_id: str) -> None:
    """The keychain held the old key: it now holds the new one, and never the old."""
    try:
        keychain.remember(chain, journal)
        moved = True
    except KeychainError:
        moved = False
    try:
        if old_id != journal.keychain_id:
            chain.delete(old_id)
    except KeychainError:
        note(f"{PROG}: warning: the old key could not be removed from the system keychain.")
        return
    note(
        "The system keychain now remembers the new key (the old one was removed)."
        if moved
        else "The old key was removed from the system keychain; "
        "the window will ask for the new passphrase once."
    )


# -- demo -------------------------------------------------------------------


def cmd_demo(args: argparse.Namespace) -> int:
    """Create a journal full of realistic sample data."""
    from mentorjournal.demo import generate as demo

    path = Path(args.journal).expanduser() if args.journal else paths.data_dir() / "demo.mjournal"
    if path.exists():
        raise JournalExists(f"A file already exists at {path}; choose another name.")
    passphrase = new_passphrase(args)
    journal = demo.create_demo_journal(
        path, passphrase, years=args.years, seed=args.seed, scale=args.scale, end=args.end
    )
    journal.close()
    years = f"{args.years} year" + ("s" if args.years != 1 else "")
    say(f"Created a demo journal at {path} ({years}, seed {args.seed})")
    return EXIT_OK


# -- registration -----------------------------------------------------------


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return value


def _scale(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not 0 < value <= 10:
        raise argparse.ArgumentTypeError("must be more than 0 and at most 10")
    return value


def register(sub: argparse._SubParsersAction) -> None:
    """Add this module's commands to the top-level parser."""
    p = add_command(
        sub,
        "init",
        cmd_init,
        summary="create a new, empty journal",
        description=(
            "Create a new encrypted journal. You are asked for the passphrase twice, unless\n"
            f"it comes from --passphrase-file or ${ENV_PASSPHRASE}. The file is created only\n"
            "once it is complete; an existing file is never overwritten."
        ),
        examples=f"""
  {PROG} init
  {PROG} init --journal ~/work.mjournal --recovery-key
  {PROG} init --journal j.mjournal --passphrase-file secret.txt""",
    )
    p.add_argument(
        "--recovery-key",
        action="store_true",
        help="also print a recovery key (once) that opens the journal without the passphrase",
    )

    p = add_command(
        sub,
        "verify",
        cmd_verify,
        summary="full integrity check of the journal",
        description=(
            "Decrypt and authenticate every page and run SQLite's integrity check.\n"
            "Exit status 0 when the journal is sound, 4 when it is damaged."
        ),
        examples=f"""
  {PROG} verify
  {PROG} verify --backups --journal ~/work.mjournal""",
    )
    p.add_argument("--backups", action="store_true", help="verify every backup too")

    p = add_command(
        sub,
        "backup",
        cmd_backup,
        summary="write an encrypted backup now, or list backups",
        description=(
            "Write a verified, encrypted copy of the journal into its backup folder\n"
            "(backups/<name>/ beside the journal) and print its path. The same passphrase\n"
            "opens it. Old backups beyond --keep are deleted."
        ),
        examples=f"""
  {PROG} backup
  {PROG} backup --list
  {PROG} backup --reason before-trip --keep 20""",
    )
    p.add_argument("--list", action="store_true", help="list backups, newest first (no passphrase)")
    p.add_argument("--reason", default="manual", help="a word recorded in the file name")
    p.add_argument(
        "--keep",
        type=_positive_int,
        default=None,
        metavar="N",
        help="keep the newest N of the backups you make (default: as set in Settings, else 10); "
        "automatic ones are kept by age and never push yours out",
    )
    p.add_argument(
        "--second-location",
        metavar="FOLDER",
        default=None,
        help="also copy every backup to FOLDER (another drive, a cloud folder) from now on; "
        "`none` turns it off",
    )

    p = add_command(
        sub,
        "restore",
        cmd_restore,
        summary="replace the journal with a backup",
        description=(
            "Replace the journal with a backup, after checking the backup opens and is sound.\n"
            "The journal as it was is itself kept as a backup first, so nothing is lost.\n"
            "BACKUP is a path, a file name from `backup --list`, or `latest`. The passphrase\n"
            "asked for is the one the backup was made under."
        ),
        examples=f"""
  {PROG} backup --list
  {PROG} restore latest
  {PROG} restore journal-20260105T101500123456Z-manual.mjbackup""",
    )
    p.add_argument("backup", metavar="BACKUP", help="backup path, file name, or `latest`")

    p = add_command(
        sub,
        "salvage",
        cmd_salvage,
        summary="copy every readable record of a damaged journal into a new one",
        description=(
            "When the journal is damaged (a failing disk, a bad copy), copy every record that\n"
            "can still be read into a new journal under the same passphrase, and report what\n"
            "could not be read. The damaged journal is not changed. Default output:\n"
            "NAME-salvaged-DATE.mjournal beside it."
        ),
        examples=f"""
  {PROG} salvage
  {PROG} salvage --output ~/rescued.mjournal
  {PROG} restore ~/rescued.mjournal   # then use it in place of the damaged one""",
    )
    p.add_argument("--output", "-o", metavar="PATH", help="the new journal to write")

    p = add_command(
        sub,
        "passwd",
        cmd_passwd,
        summary="change the passphrase",
        description=(
            "Re-encrypt the journal under a new passphrase. The change is atomic: if it is\n"
            "interrupted, the journal opens with the old or the new passphrase. The new one\n"
            f"is asked twice, or read from --new-passphrase-file or ${ENV_NEW_PASSPHRASE}.\n"
            "A recovery key made before stops working."
        ),
        examples=f"""
  {PROG} passwd
  {PROG} passwd --passphrase-file old.txt --new-passphrase-file new.txt
  {PROG} passwd --recovery-key-file recovery.txt   # forgot the passphrase""",
    )
    p.add_argument(
        "--new-passphrase-file",
        metavar="PATH",
        help="read the new passphrase from the first line of PATH",
    )
    p.add_argument(
        "--recovery-key",
        action="store_true",
        help="print a new recovery key (once) for the new passphrase",
    )

    p = add_command(
        sub,
        "demo",
        cmd_demo,
        summary="create a demo journal with realistic sample data",
        description=(
            "Create a new journal filled with sample people, sessions, reflections, goals and\n"
            "skill ratings, so every screen and chart has something to show. The same --seed\n"
            "always gives the same journal. Default location: demo.mjournal in the data folder\n"
            "(never your own journal)."
        ),
        examples=f"""
  {PROG} demo --journal demo.mjournal
  {PROG} demo --journal demo.mjournal --years 10 --seed 7""",
    )
    p.add_argument("--years", type=_positive_int, default=3, help="years of history (default 3)")
    p.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    p.add_argument(
        "--scale",
        type=_scale,
        default=1.0,
        help="amount of data; 1.0 (default) is a heavy user, 0.1 a light one",
    )
    p.add_argument(
        "--end", type=date_option, metavar="DATE", help="the story ends on DATE (default: today)"
    )
