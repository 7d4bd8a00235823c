"""Journey: a forgotten passphrase. "Use recovery key" on the unlock page opens the journal
with the key, and the user must set a new passphrase (atomically) and store the new key.

Key and mouse events only, on the real dialog inside the Controller.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from mentorjournal.errors import DiskFull, WrongPassphrase
from mentorjournal.storage import keychain
from mentorjournal.storage.backups import Backups
from mentorjournal.storage.header import read_salt
from mentorjournal.storage.journal import Journal
from mentorjournal.storage.models import Reflection
from tests.conftest import FAST, PASSPHRASE
from tests.ui.conftest import fill_journal
from tests.ui.journeys.keys import focused, in_modal, press, type_keys, wait_until
from ui import app
from ui.start_dialog import StartDialog

NEW = "lantern meadow copper violin"
Return = Qt.Key.Key_Return
Alt = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def keyed_journal(tmp_path: Path) -> tuple[Path, str]:
    """A journal with content and a recovery key (as the first run makes it)."""
    path = tmp_path / "keyed.mjournal"
    journal = Journal.create(path, PASSPHRASE, kdf=FAST, recovery_key=True)
    try:
        fill_journal()
        key = journal.recovery_key()
    finally:
        journal.close()
    return path, key


@pytest.fixture
def controller(settings, chain):
    made = app.Controller(settings, chain, kdf=FAST)
    yield made
    made.idle.detach()


def walk(controller: app.Controller, path: Path, steps) -> Journal | None:
    modal = in_modal(StartDialog, steps)
    journal = controller.first_journal(path, demo=False)
    modal.check()
    return journal


def to_the_recovery_page(dialog: StartDialog) -> None:
    assert focused() is dialog.passphrase
    press(Qt.Key.Key_K, Alt)  # "Use recovery &key…" (a mnemonic clicks after a short animation)
    wait_until(lambda: dialog.pages.currentWidget() is dialog.recovery_entry_page)
    assert focused() is dialog.recovery_input


def test_the_recovery_key_opens_and_a_new_passphrase_is_set(qtbot, controller, keyed_journal):
    path, old_key = keyed_journal
    seen: dict[str, str] = {}

    def steps(dialog: StartDialog) -> None:
        to_the_recovery_page(dialog)
        type_keys(old_key.lower().replace("-", " "))  # as people type it: spaces, lower case
        press(Return)
        assert dialog.pages.currentWidget() is dialog.reset_page
        assert focused() is dialog.reset_new
        type_keys(NEW)
        press(Return)
        assert focused() is dialog.reset_repeat
        type_keys(NEW)
        press(Return)
        wait_until(lambda: dialog.pages.currentWidget() is dialog.recovery_page)
        wait_until(lambda: QApplication.focusWidget() is dialog.recovery_panel.confirm_field)
        new_key = dialog.recovery_panel.field.text()
        seen["new_key"] = new_key
        assert new_key != old_key
        type_keys(new_key[-5:])
        press(Return)

    journal = walk(controller, path, steps)
    assert journal is not None
    try:
        assert Reflection.select().count() == 5  # everything is still there
    finally:
        journal.close()
    Journal.open(path, NEW).close()
    Journal.open_with_recovery_key(path, seen["new_key"]).close()
    with pytest.raises(WrongPassphrase):
        Journal.open(path, PASSPHRASE)  # the forgotten one no longer opens it
    with pytest.raises(WrongPassphrase):
        Journal.open_with_recovery_key(path, old_key)  # nor does the used key
    assert "before-passphrase-change" in [b.reason for b in Backups(path).list()]


def test_a_mistyped_key_is_said_and_the_focus_stays(qtbot, controller, keyed_journal, tmp_path):
    path, key = keyed_journal
    other = tmp_path / "other.mjournal"
    with Journal.create(other, "another", kdf=FAST, recovery_key=True) as journal:
        other_key = journal.recovery_key()
    typo = ("B" if key[0] != "B" else "C") + key[1:]

    def steps(dialog: StartDialog) -> None:
        to_the_recovery_page(dialog)
        type_keys(typo)
        press(Return)
        assert "typo" in dialog.recovery_error.text()
        assert focused() is dialog.recovery_input and dialog.recovery_input.hasSelectedText()
        type_keys(other_key)  # a real key, of another journal
        press(Return)
        assert "does not open this journal" in dialog.recovery_error.text()
        assert dialog.pages.currentWidget() is dialog.recovery_entry_page
        press(Qt.Key.Key_Escape)  # back to the unlock page, the focus in the passphrase
        assert dialog.pages.currentWidget() is dialog.unlock_page
        assert focused() is dialog.passphrase
        type_keys(PASSPHRASE)
        press(Return)

    journal = walk(controller, path, steps)
    assert journal is not None
    journal.close()


def test_cancelling_the_new_passphrase_changes_nothing(qtbot, controller, keyed_journal):
    path, key = keyed_journal
    before = path.read_bytes()[:16]

    def steps(dialog: StartDialog) -> None:
        to_the_recovery_page(dialog)
        type_keys(key)
        press(Return)
        assert dialog.pages.currentWidget() is dialog.reset_page
        type_keys("half a new")
        press(Qt.Key.Key_Escape)  # Cancel: the journal is closed unchanged
        assert dialog.pages.currentWidget() is dialog.unlock_page
        assert focused() is dialog.passphrase
        press(Qt.Key.Key_Escape)

    assert walk(controller, path, steps) is None
    assert path.read_bytes()[:16] == before  # same salt: not re-keyed
    Journal.open(path, PASSPHRASE).close()
    Journal.open_with_recovery_key(path, key).close()


def test_a_failed_change_leaves_the_journal_as_it_was(
    qtbot, controller, keyed_journal, monkeypatch
):
    path, key = keyed_journal
    real_rekey = Journal.rekey
    calls: list[int] = []

    def full_disk(journal, new_key, **kwargs):
        calls.append(1)
        if len(calls) == 1:
            raise DiskFull("The disk is full: this change was not saved.")
        return real_rekey(journal, new_key, **kwargs)

    monkeypatch.setattr(Journal, "rekey", full_disk)

    def steps(dialog: StartDialog) -> None:
        to_the_recovery_page(dialog)
        type_keys(key)
        press(Return)
        type_keys(NEW)
        press(Return)
        type_keys(NEW)
        press(Return)
        wait_until(lambda: not dialog.is_busy() and dialog.reset_error.text() != "")
        assert "disk is full" in dialog.reset_error.text()
        assert dialog.pages.currentWidget() is dialog.reset_page  # try again, or cancel
        press(Qt.Key.Key_Escape)
        press(Qt.Key.Key_Escape)

    assert walk(controller, path, steps) is None
    Journal.open(path, PASSPHRASE).close()  # untouched: the old passphrase and key work
    Journal.open_with_recovery_key(path, key).close()


def test_a_remembered_key_moves_to_the_new_one(qtbot, settings, keyed_journal, chain):
    path, key = keyed_journal
    with Journal.open(path, PASSPHRASE) as journal:
        keychain.remember(chain, journal)
        old_id = journal.keychain_id
    controller = app.Controller(settings, chain, kdf=FAST)

    def steps(dialog: StartDialog) -> None:
        wait_until(lambda: dialog.keychain_checked)
        to_the_recovery_page(dialog)
        type_keys(key)
        press(Return)
        type_keys(NEW)
        press(Return)
        type_keys(NEW)
        press(Return)
        wait_until(lambda: dialog.pages.currentWidget() is dialog.recovery_page)
        type_keys(dialog.recovery_panel.field.text()[-5:])
        press(Return)

    journal = walk(controller, path, steps)
    controller.idle.detach()
    assert journal is not None
    new_id = journal.keychain_id
    journal.close()
    assert new_id != old_id and chain.get(old_id) is None
    remembered = keychain.remembered_key(chain, read_salt(path))
    assert remembered is not None
    Journal.open_with_key(path, remembered).close()
