"""Preferences in QSettings, the Settings dialog, the theme, the keychain and the passphrase."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from mentorjournal.domain import records
from mentorjournal.errors import WrongPassphrase
from mentorjournal.storage import keychain
from mentorjournal.storage.backups import Backups
from mentorjournal.storage.journal import Journal
from mentorjournal.storage.models import Person
from tests.conftest import FAST, PASSPHRASE
from tests.ui.conftest import MARKER
from ui import alerts, app, theme
from ui.passphrase_dialog import ChangePassphraseDialog
from ui.settings import (
    BACKUP_FOLDER_KEY,
    BACKUP_KEEP_KEY,
    DEFAULT_IDLE_MINUTES,
    DEFAULT_KEEP,
    IDLE_KEY,
    MAX_RECENT,
    RECENT_KEY,
    THEME_KEY,
    Preferences,
    add_recent_journal,
    forget_recent_journal,
    load_preferences,
    recent_journals,
    save_preferences,
)
from ui.settings_dialog import SettingsDialog
from ui.start_dialog import StartDialog

NEW_PASSPHRASE = "a brand new passphrase for 2025"


# -- helpers shared with test_idle.py and test_backup_ui.py -------------------------


def make_controller(qtbot, settings, chain, journal_file: Path, monkeypatch) -> app.Controller:
    """A real Controller with its MainWindow on ``journal_file``; unlocking again is cancelled.

    ``controller.unlock_calls`` records every time the unlock dialog was asked for.
    The daily automatic backup started by ``show_window`` has finished on return.
    """
    calls: list[StartDialog] = []

    def cancel_unlock(dialog: StartDialog) -> int:
        calls.append(dialog)
        return 0

    monkeypatch.setattr(StartDialog, "exec", cancel_unlock)
    controller = app.Controller(settings, chain, kdf=FAST)
    controller.unlock_calls = calls
    window = controller.show_window(Journal.open(journal_file, PASSPHRASE))
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: not controller.auto_backup.is_running(), timeout=10_000)
    return controller


def close_controller(controller: app.Controller) -> None:
    """Stop watching input and close the window (and so the journal); safe to repeat."""
    controller.idle.detach()
    if controller.window is not None:
        controller.window.close()


@pytest.fixture
def controller(qtbot, settings, chain, journal_file, monkeypatch) -> Iterator[app.Controller]:
    made = make_controller(qtbot, settings, chain, journal_file, monkeypatch)
    yield made
    close_controller(made)


@pytest.fixture
def told(monkeypatch) -> list[str]:
    """Answers every info/error box (recording it) and says yes to every question."""
    shown: list[str] = []
    monkeypatch.setattr(alerts, "info", lambda _p, text, _d="": shown.append(f"info: {text}"))
    monkeypatch.setattr(alerts, "error", lambda _p, text, d="": shown.append(f"error: {text} {d}"))

    def confirm(_p, question, _d=""):
        shown.append(f"confirm: {question}")
        return True

    monkeypatch.setattr(alerts, "confirm", confirm)
    return shown


@pytest.fixture
def system_theme_after() -> Iterator[None]:
    """Whatever a test switches to, the next test starts with the system theme."""
    yield
    theme.apply(theme.SYSTEM)


def window_colour() -> QPalette:
    return QApplication.palette().color(QPalette.ColorRole.Window)


def make_dialog(qtbot, prefs: Preferences, journal: Journal, chain) -> SettingsDialog:
    dialog = SettingsDialog(prefs, journal, chain)
    qtbot.addWidget(dialog)
    return dialog


# -- preferences in QSettings ------------------------------------------------------


def test_preferences_round_trip_and_the_dialog_shows_them(
    qtbot, settings, chain, open_journal, tmp_path
):
    assert load_preferences(settings) == Preferences()  # nothing saved yet: the defaults
    chosen = Preferences(
        idle_minutes=3, theme="dark", backup_folder=tmp_path / "elsewhere", backup_keep=4
    )
    save_preferences(settings, chosen)
    assert b"idle_minutes=3" in Path(settings.fileName()).read_bytes()  # on disk at once
    fresh = QSettings()  # a new object reads the file again
    assert fresh.fileName() == settings.fileName()
    assert load_preferences(fresh) == chosen

    dialog = make_dialog(qtbot, load_preferences(fresh), open_journal, chain)
    assert dialog.idle_minutes.value() == 3
    assert dialog.theme_box.currentText() == "Dark" and dialog.chosen_theme() == "dark"
    assert dialog.backups_panel.folder.text() == str(tmp_path / "elsewhere")
    assert dialog.backups_panel.keep.value() == 4
    assert dialog.preferences() == chosen
    assert theme.current() == theme.SYSTEM  # showing the dialog applies nothing


def test_default_backup_folder_is_saved_as_none(qtbot, settings, chain, open_journal):
    dialog = make_dialog(qtbot, Preferences(), open_journal, chain)
    assert Path(dialog.backups_panel.folder.text()) == Backups(open_journal.path).folder
    assert dialog.preferences().backup_folder is None
    save_preferences(settings, dialog.preferences())
    assert load_preferences(QSettings()).backup_folder is None


@pytest.mark.parametrize(
    ("key", "garbage"),
    [
        (IDLE_KEY, "soon"),
        (IDLE_KEY, -5),
        (IDLE_KEY, 10**9),
        (IDLE_KEY, "2.5"),
        (IDLE_KEY, ["1", "2"]),
        (THEME_KEY, "purple"),
        (THEME_KEY, 7),
        (THEME_KEY, ["dark", "light"]),
        (BACKUP_KEEP_KEY, 0),
        (BACKUP_KEEP_KEY, "many"),
        (BACKUP_KEEP_KEY, 100_000),
        (BACKUP_FOLDER_KEY, ["a", "b"]),
    ],
)
def test_garbage_in_qsettings_falls_back_to_defaults(settings, key, garbage):
    settings.setValue(key, garbage)
    settings.sync()
    loaded = load_preferences(QSettings())
    assert loaded == Preferences(), f"{key}={garbage!r} gave {loaded}"
    assert (loaded.idle_minutes, loaded.backup_keep) == (DEFAULT_IDLE_MINUTES, DEFAULT_KEEP)


def test_garbage_in_one_key_keeps_the_others(settings):
    save_preferences(settings, Preferences(idle_minutes=0, theme="light", backup_keep=2))
    settings.setValue(THEME_KEY, "neon")
    assert load_preferences(QSettings()) == Preferences(
        idle_minutes=0, theme="system", backup_keep=2
    )


def test_recent_journals_most_recent_first_without_duplicates(settings, tmp_path):
    assert recent_journals(settings) == []
    for n in range(MAX_RECENT + 2):
        add_recent_journal(settings, tmp_path / f"j{n}.mjournal")
    add_recent_journal(settings, tmp_path / "j5.mjournal")
    recent = recent_journals(QSettings())
    assert len(recent) == MAX_RECENT
    assert recent[:3] == [
        tmp_path / "j5.mjournal",
        tmp_path / "j9.mjournal",
        tmp_path / "j8.mjournal",
    ]
    assert len(set(recent)) == len(recent)
    forget_recent_journal(settings, tmp_path / "j5.mjournal")
    assert tmp_path / "j5.mjournal" not in recent_journals(settings)
    settings.setValue(RECENT_KEY, str(tmp_path / "lone.mjournal"))
    assert recent_journals(settings) == [tmp_path / "lone.mjournal"]


def test_settings_file_never_holds_journal_text(
    qtbot, controller, settings, journal_file, monkeypatch, told
):
    """Everything that writes QSettings runs; the file has preferences and paths only."""
    window = controller.window
    records.create("person", name=f"Secret {MARKER} Person", relation="contact")
    window.reload()
    window.search_page.field.setText(MARKER)
    window.search_page.run_search()

    def choose_and_accept(dialog: SettingsDialog) -> int:
        dialog.idle_minutes.setValue(7)
        return 1

    monkeypatch.setattr(SettingsDialog, "exec", choose_and_accept)
    controller.open_settings()
    add_recent_journal(settings, journal_file)
    key_hex = window.journal.key.key.hex()
    close_controller(controller)
    settings.sync()

    data = Path(settings.fileName()).read_bytes()
    assert b"idle_minutes=7" in data and journal_file.name.encode() in data  # it was written
    for secret in (MARKER, PASSPHRASE, key_hex, key_hex.upper()):
        assert secret.encode() not in data
    assert told == []


# -- the Settings dialog -------------------------------------------------------------


def test_ok_returns_the_new_preferences_and_cancel_the_old(
    qtbot, settings, chain, open_journal, monkeypatch, system_theme_after
):
    before = Preferences(idle_minutes=5, theme="system", backup_keep=3)

    def change(dialog: SettingsDialog, answer: int) -> int:
        dialog.idle_minutes.setValue(0)
        dialog.theme_box.setCurrentIndex(dialog.theme_box.findData("dark"))
        dialog.backups_panel.keep.setValue(12)
        return answer

    monkeypatch.setattr(SettingsDialog, "exec", lambda d: change(d, 1))
    result, accepted = SettingsDialog.edit(before, open_journal, chain)
    assert accepted
    assert result.preferences == Preferences(idle_minutes=0, theme="dark", backup_keep=12)
    assert theme.current() == "dark"
    assert not (result.imported or result.passphrase_changed) and result.restore_request is None

    theme.apply("system")
    monkeypatch.setattr(SettingsDialog, "exec", lambda d: (change(d, 0), d.reject())[0])
    result, accepted = SettingsDialog.edit(before, open_journal, chain)
    assert not accepted and result.preferences == before
    assert theme.current() == "system" and not theme.is_dark()  # the preview is put back


def test_controller_applies_and_saves_accepted_preferences(
    qtbot, controller, monkeypatch, system_theme_after
):
    assert (
        controller.idle.interval_ms == DEFAULT_IDLE_MINUTES * 60_000
        and controller.idle.is_running()
    )

    def choose(dialog: SettingsDialog) -> int:
        dialog.idle_minutes.setValue(2)
        dialog.theme_box.setCurrentIndex(dialog.theme_box.findData("light"))
        return 1

    monkeypatch.setattr(SettingsDialog, "exec", choose)
    controller.open_settings()
    assert controller.preferences.idle_minutes == 2 and controller.idle.interval_ms == 120_000
    assert controller.idle.is_running()
    assert load_preferences(QSettings()) == controller.preferences
    assert theme.current() == "light"
    controller.apply_preferences(Preferences(idle_minutes=0))
    assert not controller.idle.is_running() and theme.current() == "system"
    assert load_preferences(QSettings()).idle_minutes == 0


# -- theme ---------------------------------------------------------------------------


def test_theme_switches_the_application_palette_and_back(qtbot, system_theme_after):
    theme.apply("system")
    system_colour = window_colour()
    theme.apply("dark")
    assert theme.current() == "dark"
    assert window_colour().lightness() < 100 and theme.is_dark()
    assert QApplication.palette().color(QPalette.ColorRole.WindowText).lightness() > 160  # readable
    theme.apply("light")
    assert window_colour().lightness() > 180 and not theme.is_dark()
    theme.apply("dark")
    theme.apply("system")
    assert theme.current() == "system" and window_colour() == system_colour
    theme.apply("no such theme")
    assert theme.current() == "system"


def test_dialog_previews_the_theme_at_once(qtbot, chain, open_journal, system_theme_after):
    dialog = make_dialog(qtbot, Preferences(), open_journal, chain)
    dialog.theme_box.setCurrentIndex(dialog.theme_box.findData("dark"))
    assert theme.is_dark()
    dialog.reject()  # Cancel puts the theme back
    assert not theme.is_dark() and theme.current() == "system"


# -- remembering the key -------------------------------------------------------------


def test_remember_off_deletes_the_keychain_entry(
    qtbot, chain, open_journal, isolated_environment, told
):
    keychain.remember(chain, open_journal)
    assert isolated_environment.secrets  # the in-memory keyring holds the entry
    dialog = make_dialog(qtbot, Preferences(), open_journal, chain)
    assert dialog.remember.isEnabled() and dialog.remember.isChecked()

    dialog.remember.click()
    assert not dialog.remember.isChecked()
    assert isolated_environment.secrets == {}
    assert chain.get(open_journal.keychain_id) is None

    dialog.remember.click()
    assert isolated_environment.secrets == {
        (keychain.SERVICE, open_journal.keychain_id): open_journal.key.key.hex()
    }
    assert told == []


def test_remember_is_disabled_without_a_keychain(qtbot, open_journal, monkeypatch):
    chain = keychain.Keychain()
    monkeypatch.setattr(chain, "available", lambda: (False, "No system keychain was found."))
    dialog = make_dialog(qtbot, Preferences(), open_journal, chain)
    assert not dialog.remember.isEnabled() and not dialog.remember.isChecked()
    assert dialog.remember.toolTip() == "No system keychain was found."


# -- changing the passphrase ---------------------------------------------------------


def type_and_change(qtbot, old: str, new: str, repeat: str | None = None):
    """A stand-in for ``ChangePassphraseDialog.exec``: type, press Change, wait for the end."""

    def exec_(dialog: ChangePassphraseDialog) -> int:
        dialog.old.setText(old)
        dialog.new.setText(new)
        dialog.repeat.setText(new if repeat is None else repeat)
        if not dialog.change_button.isEnabled():
            return 0
        dialog.change_button.click()
        assert dialog.is_busy() and not dialog.old.isEnabled()
        qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=10_000)
        exec_.problem = dialog.problem.text() if not dialog.problem.isHidden() else ""
        return dialog.result()

    exec_.problem = ""
    return exec_


def test_change_passphrase_through_the_dialog(
    qtbot, chain, open_journal, monkeypatch, told, isolated_environment
):
    path, old_id = open_journal.path, open_journal.keychain_id
    keychain.remember(chain, open_journal)
    monkeypatch.setattr(
        ChangePassphraseDialog, "exec", type_and_change(qtbot, PASSPHRASE, NEW_PASSPHRASE)
    )
    dialog = make_dialog(qtbot, Preferences(), open_journal, chain)
    dialog.change_button.click()

    assert dialog.passphrase_changed
    assert told == ["info: The passphrase is changed."]
    reasons = [
        dialog.backups_panel.list.topLevelItem(i).text(1)
        for i in range(dialog.backups_panel.list.topLevelItemCount())
    ]
    assert reasons == ["Before changing the passphrase"]
    assert Person.select().count() == 1  # the UI thread still reads the journal
    # The remembered key moved to the new key; the old entry is gone.
    assert open_journal.keychain_id != old_id
    assert isolated_environment.secrets == {
        (keychain.SERVICE, open_journal.keychain_id): open_journal.key.key.hex()
    }
    open_journal.close()
    with pytest.raises(WrongPassphrase):
        Journal.open(path, PASSPHRASE)
    with Journal.open(path, NEW_PASSPHRASE):
        assert Person.get_by_id(1).name == f"Ada {MARKER}"


def test_wrong_current_passphrase_changes_nothing(qtbot, chain, open_journal, monkeypatch, told):
    path = open_journal.path
    before = path.read_bytes()[:16]
    fake = type_and_change(qtbot, "not the passphrase", NEW_PASSPHRASE)
    monkeypatch.setattr(ChangePassphraseDialog, "exec", fake)
    dialog = make_dialog(qtbot, Preferences(), open_journal, chain)
    dialog.change_button.click()
    assert not dialog.passphrase_changed and told == []
    assert fake.problem == "The current passphrase is not right."
    assert path.read_bytes()[:16] == before  # same salt: not re-keyed
    open_journal.close()
    Journal.open(path, PASSPHRASE).close()


def test_change_button_needs_matching_new_passphrases(qtbot, chain, open_journal):
    dialog = ChangePassphraseDialog(open_journal, chain, Backups(open_journal.path))
    qtbot.addWidget(dialog)
    assert not dialog.change_button.isEnabled()
    dialog.old.setText(PASSPHRASE)
    dialog.new.setText(NEW_PASSPHRASE)
    dialog.repeat.setText(NEW_PASSPHRASE + "x")
    assert not dialog.change_button.isEnabled()
    assert dialog.strength.text() == "The two new passphrases differ."
    dialog.repeat.setText(NEW_PASSPHRASE)
    assert dialog.change_button.isEnabled()
    assert dialog.strength.text() and dialog.strength.text() != "The two new passphrases differ."
