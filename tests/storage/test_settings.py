"""The core settings file: the backup policy the window and the command line share."""

from __future__ import annotations

import json

from mentorjournal.storage import settings
from mentorjournal.storage.backups import Backups
from mentorjournal.storage.settings import BackupPolicy, CoreSettings
from tests.cli.test_cli import ok


def test_defaults_without_a_file(journal_path):
    assert settings.load() == CoreSettings()
    backups = Backups.for_journal(journal_path)
    assert backups.folder == journal_path.parent / "backups" / journal_path.stem
    assert backups.keep == 10


def test_saved_policy_is_read_back_and_holds_only_folders_and_numbers(tmp_path, journal_path):
    settings.save_backup_policy(BackupPolicy(tmp_path / "elsewhere", 3))
    assert settings.load().backups == BackupPolicy(tmp_path / "elsewhere", 3)
    data = json.loads(settings.settings_path().read_text())
    assert data == {
        "backups": {
            "folder": str(tmp_path / "elsewhere"),
            "keep": 3,
            "second_folder": None,
            "offsite_days": 14,
            "daily_days": 7,
            "weekly_weeks": 5,
            "monthly_months": 12,
        }
    }
    backups = Backups.for_journal(journal_path)
    assert (backups.folder, backups.keep) == (tmp_path / "elsewhere", 3)


def test_damaged_file_counts_as_defaults(tmp_path):
    path = settings.settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    for text in (
        "{not json",
        "[1, 2]",
        '{"backups": {"folder": 7, "keep": 0}}',
        '{"backups": {"keep": true}}',
        "\xff\xfe",
    ):
        path.write_text(text, encoding="latin-1")
        assert settings.load() == CoreSettings(), text


def test_cli_backup_follows_the_policy_the_window_saved(tmp_path, journal):
    """A folder and "keep 2" chosen in Settings: `backup` writes there and keeps two."""
    journal.close()
    folder = tmp_path / "chosen"
    settings.save_backup_policy(BackupPolicy(folder, 2))
    made = [ok("backup", "--journal", journal.path).strip() for _ in range(3)]
    assert all(path.startswith(str(folder)) for path in made)
    assert sorted(p.name for p in folder.iterdir()) == sorted(p.rsplit("/", 1)[1] for p in made[1:])
    listed = ok("backup", "--list", "--journal", journal.path)
    assert made[2] in listed and made[0] not in listed
