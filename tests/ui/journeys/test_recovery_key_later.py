"""Journey: the recovery key later. Settings ▸ Security tells whether one exists and makes a
new one (the old one stops working), with Copy / Save… / Print… and the confirmation.

Key and mouse events only: Ctrl+, opens Settings from the real window.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from mentorjournal.errors import WrongPassphrase
from mentorjournal.storage import keychain
from mentorjournal.storage.backups import Backups
from mentorjournal.storage.header import read_salt
from mentorjournal.storage.journal import Journal
from tests.conftest import FAST, PASSPHRASE
from tests.ui.conftest import fill_journal
from tests.ui.journeys.keys import (
    click,
    focused,
    in_modal,
    press,
    press_in,
    type_keys,
    wait_active,
    wait_until,
)
from ui import app
from ui.passphrase_dialog import NewRecoveryKeyDialog
from ui.settings_dialog import SettingsDialog

Return = Qt.Key.Key_Return
Alt = Qt.KeyboardModifier.AltModifier


def make_journal(path: Path, with_key: bool) -> str:
    journal = Journal.create(path, PASSPHRASE, kdf=FAST, recovery_key=with_key)
    try:
        fill_journal()
        return journal.recovery_key() if with_key else ""
    finally:
        journal.close()


@pytest.fixture
def window_on(qtbot, settings, chain):
    made: list[app.Controller] = []

    def open_(path: Path):
        controller = app.Controller(settings, chain, kdf=FAST)
        made.append(controller)
        window = controller.show_window(Journal.open(path, PASSPHRASE))
        qtbot.addWidget(window)
        qtbot.waitUntil(lambda: not controller.auto_backup.is_running(), timeout=10_000)
        # and the background integrity check (a second after opening) done: it holds a
        # connection of its own, which a re-key started meanwhile would wait on
        qtbot.waitUntil(lambda: not window.health.is_checking(), timeout=10_000)
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        return controller, window

    yield open_
    for controller in made:
        controller.idle.detach()
        if controller.window is not None:
            controller.window.close()


def to_security(dialog: SettingsDialog) -> None:
    press(Qt.Key.Key_S, Alt)  # the "&Security" tab
    wait_until(lambda: dialog.tabs.currentIndex() == 1)


def new_key_steps(seen: dict, passphrase: str = PASSPHRASE):
    def steps(dialog: NewRecoveryKeyDialog) -> None:
        assert focused() is dialog.passphrase
        type_keys(passphrase)
        press(Return)
        wait_until(lambda: dialog.pages.currentWidget() is dialog.panel)
        wait_until(lambda: QApplication.focusWidget() is dialog.panel.confirm_field)
        key = dialog.panel.field.text()
        seen["key"] = key
        click(dialog.panel.copy_button)
        seen["copied"] = QGuiApplication.clipboard().text()
        click(dialog.panel.confirm_field)
        type_keys(key[-5:])
        press(Return)

    return steps


def test_a_new_recovery_key_retires_the_old_one(qtbot, window_on, tmp_path, chain):
    path = tmp_path / "later.mjournal"
    old_key = make_journal(path, with_key=True)
    with Journal.open(path, PASSPHRASE) as journal:
        keychain.remember(chain, journal)  # remembered too: the entry must follow the new key
    controller, window = window_on(path)
    seen: dict[str, str] = {}

    def settings_steps(dialog: SettingsDialog) -> None:
        to_security(dialog)
        assert "has a recovery key" in dialog.recovery_state.text()
        inner = in_modal(NewRecoveryKeyDialog, new_key_steps(seen))
        click(dialog.recovery_button)  # returns once the new key's dialog is closed
        inner.check()
        assert "has a recovery key" in dialog.recovery_state.text()
        wait_active(dialog)
        press(Qt.Key.Key_Escape)

    walk = in_modal(SettingsDialog, settings_steps)
    press_in(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)  # Settings
    qtbot.waitUntil(lambda: walk.ran or bool(walk.errors), timeout=20_000)
    walk.check()
    new_key = seen["key"]
    assert new_key != old_key and seen["copied"] == new_key
    assert window.journal is not None  # still open, and it works
    window.reload()
    journal = window.journal
    remembered = keychain.remembered_key(chain, read_salt(path))
    assert remembered is not None and remembered.key == journal.key.key
    window.close()
    Journal.open_with_recovery_key(path, new_key).close()
    Journal.open(path, PASSPHRASE).close()  # the passphrase stays the same
    with pytest.raises(WrongPassphrase):
        Journal.open_with_recovery_key(path, old_key)
    backups = Backups(path).list()
    assert "before-new-recovery-key" in [b.reason for b in backups]


def test_a_journal_without_a_key_gets_one_without_re_keying(qtbot, window_on, tmp_path):
    path = tmp_path / "nokey.mjournal"
    make_journal(path, with_key=False)
    salt_before = read_salt(path)
    controller, window = window_on(path)
    seen: dict[str, str] = {}

    def settings_steps(dialog: SettingsDialog) -> None:
        to_security(dialog)
        assert "has no recovery key" in dialog.recovery_state.text()
        inner = in_modal(NewRecoveryKeyDialog, new_key_steps(seen))
        click(dialog.recovery_button)
        inner.check()
        assert "has a recovery key" in dialog.recovery_state.text()
        wait_active(dialog)
        press(Qt.Key.Key_Escape)

    walk = in_modal(SettingsDialog, settings_steps)
    press_in(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: walk.ran or bool(walk.errors), timeout=20_000)
    walk.check()
    window.close()
    assert read_salt(path) == salt_before  # nothing to retire: the same key, shown
    Journal.open_with_recovery_key(path, seen["key"]).close()


def test_a_wrong_passphrase_makes_no_key(qtbot, window_on, tmp_path):
    path = tmp_path / "wrong.mjournal"
    old_key = make_journal(path, with_key=True)
    controller, window = window_on(path)

    def key_steps(dialog: NewRecoveryKeyDialog) -> None:
        type_keys("not it")
        press(Return)
        wait_until(lambda: not dialog.is_busy() and dialog.problem.text() != "")
        assert dialog.problem.text() == "The current passphrase is not right."
        assert focused() is dialog.passphrase
        assert dialog.pages.currentWidget() is dialog.ask_page
        press(Qt.Key.Key_Escape)

    def settings_steps(dialog: SettingsDialog) -> None:
        to_security(dialog)
        inner = in_modal(NewRecoveryKeyDialog, key_steps)
        click(dialog.recovery_button)
        inner.check()
        wait_active(dialog)
        press(Qt.Key.Key_Escape)

    walk = in_modal(SettingsDialog, settings_steps)
    press_in(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: walk.ran or bool(walk.errors), timeout=20_000)
    walk.check()
    window.close()
    Journal.open_with_recovery_key(path, old_key).close()  # still the one in force
