"""The start dialog: unlock, create, demo, keychain option, errors inline."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton

from mentorjournal.storage import crypto, keychain
from mentorjournal.storage.backups import Backups
from mentorjournal.storage.header import read_salt
from mentorjournal.storage.journal import Journal
from mentorjournal.storage.models import Reflection
from tests.conftest import FAST, PASSPHRASE
from ui import geometry
from ui.demo_journal import make_demo_journal
from ui.settings import recent_journals
from ui.start_dialog import StartDialog


def make_dialog(qtbot, settings, chain, **kwargs) -> StartDialog:
    dialog = StartDialog(settings, chain, kdf=FAST, **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def type_and_unlock(qtbot, dialog: StartDialog, passphrase: str) -> None:
    dialog.passphrase.clear()
    qtbot.keyClicks(dialog.passphrase, passphrase)
    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)


def test_right_passphrase_opens_the_journal(qtbot, settings, chain, journal_file):
    dialog = make_dialog(qtbot, settings, chain)
    dialog.show_start_page(journal_file)
    assert dialog.pages.currentWidget() is dialog.unlock_page
    with qtbot.waitSignal(dialog.journal_opened, timeout=10_000) as opened:
        type_and_unlock(qtbot, dialog, PASSPHRASE)
    journal = opened.args[0]
    try:
        assert isinstance(journal, Journal) and dialog.journal is journal
        assert not dialog.isVisible()
        assert recent_journals(settings) == [journal_file.resolve()]
    finally:
        journal.close()


def test_wrong_passphrase_shows_message_and_stays(qtbot, settings, chain, journal_file):
    dialog = make_dialog(qtbot, settings, chain)
    dialog.show_unlock(journal_file)
    with qtbot.waitSignal(dialog.work_finished, timeout=10_000):
        type_and_unlock(qtbot, dialog, "not the passphrase")
    assert dialog.journal is None
    assert dialog.isVisible()
    assert dialog.pages.currentWidget() is dialog.unlock_page
    assert dialog.unlock_error.text() == "Wrong passphrase or damaged file."
    assert dialog.pages.isEnabled() and not dialog.busy.isVisible()
    assert dialog.passphrase.hasSelectedText() or dialog.passphrase.text()


def test_key_derivation_runs_off_the_ui_thread(qtbot, settings, chain, journal_file, monkeypatch):
    release = threading.Event()
    seen: list[int] = []
    real_derive = crypto.derive_key

    def slow_derive(passphrase, salt):
        seen.append(threading.get_ident())
        release.wait(10)  # blocks the UI for good if it ran on the UI thread
        return real_derive(passphrase, salt)

    monkeypatch.setattr(crypto, "derive_key", slow_derive)
    dialog = make_dialog(qtbot, settings, chain)
    dialog.show_unlock(journal_file)
    type_and_unlock(qtbot, dialog, PASSPHRASE)
    # The click returned while the derivation is still running: busy, inputs locked.
    qtbot.waitUntil(lambda: bool(seen))
    assert dialog.busy.isVisible() and not dialog.pages.isEnabled()
    assert dialog.status.text() == "Unlocking…"
    dialog.reject()  # cannot cancel mid-derivation: stays open
    assert dialog.isVisible()
    with qtbot.waitSignal(dialog.work_finished, timeout=10_000):
        release.set()
    assert seen[0] != threading.get_ident()
    assert dialog.last_task.thread_id == seen[0]
    assert dialog.journal is not None
    dialog.journal.close()


def test_damaged_file_is_reported_inline(qtbot, settings, chain, tmp_path):
    bad = tmp_path / "bad.mjournal"
    bad.write_bytes(b"\x00" * 4096)
    before = bad.read_bytes()
    dialog = make_dialog(qtbot, settings, chain)
    dialog.show_unlock(bad)
    assert "not a MentorJournal journal" in dialog.unlock_error.text()
    with qtbot.waitSignal(dialog.work_finished, timeout=10_000):
        type_and_unlock(qtbot, dialog, PASSPHRASE)
    assert "not a MentorJournal journal" in dialog.unlock_error.text()
    assert "Traceback" not in dialog.unlock_error.text()
    assert dialog.journal is None and bad.read_bytes() == before


def test_create_checks_passphrases_and_creates(qtbot, settings, chain, tmp_path):
    target = tmp_path / "new" / "mine.mjournal"
    dialog = make_dialog(qtbot, settings, chain)
    dialog.show_start_page()
    assert dialog.pages.currentWidget() is dialog.welcome_page
    qtbot.mouseClick(dialog.new_button, Qt.MouseButton.LeftButton)
    assert dialog.pages.currentWidget() is dialog.create_page
    dialog.create_path.selectAll()
    qtbot.keyClicks(dialog.create_path, str(target))
    qtbot.keyClicks(dialog.new_passphrase, "tulip")
    qtbot.waitUntil(lambda: dialog.strength.text().startswith("Weak"), timeout=10_000)
    qtbot.keyClicks(dialog.repeat_passphrase, "tulips")
    assert "differ" in dialog.strength.text()
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert "differ" in dialog.create_error.text() and not target.exists()
    for field in (dialog.new_passphrase, dialog.repeat_passphrase):
        field.selectAll()
        qtbot.keyClicks(field, "walnut orbit candle fjord")
    qtbot.waitUntil(lambda: dialog.strength.text().startswith("Strong"), timeout=10_000)
    qtbot.mouseClick(dialog.want_recovery, Qt.MouseButton.LeftButton)  # off: opens at once
    assert not dialog.want_recovery.isChecked()
    with qtbot.waitSignal(dialog.journal_opened, timeout=10_000) as opened:
        qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    opened.args[0].close()
    assert target.is_file()
    Journal.open(target, "walnut orbit candle fjord").close()


def test_create_refuses_an_existing_file(qtbot, settings, chain, journal_file):
    dialog = make_dialog(qtbot, settings, chain)
    dialog.show_create(journal_file)
    qtbot.keyClicks(dialog.new_passphrase, "x")
    qtbot.keyClicks(dialog.repeat_passphrase, "x")
    qtbot.keyClick(dialog.repeat_passphrase, Qt.Key.Key_Return)
    assert "already exists" in dialog.create_error.text()
    assert not dialog.is_busy()


def test_recovery_key_is_shown_once_and_opens_the_journal(qtbot, settings, chain, tmp_path):
    target = tmp_path / "rk.mjournal"
    dialog = make_dialog(qtbot, settings, chain)
    dialog.show_create(target)
    qtbot.keyClicks(dialog.new_passphrase, "pass")
    qtbot.keyClicks(dialog.repeat_passphrase, "pass")
    assert dialog.want_recovery.isChecked()  # the default
    with qtbot.waitSignal(dialog.work_finished, timeout=10_000):
        qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialog.pages.currentWidget() is dialog.recovery_page
    recovery = dialog.recovery_field.text()
    assert len(recovery) > 40
    qtbot.mouseClick(dialog.recovery_done_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()  # not confirmed yet
    qtbot.keyClicks(dialog.recovery_panel.confirm_field, recovery[-5:])
    with qtbot.waitSignal(dialog.journal_opened) as opened:
        qtbot.mouseClick(dialog.recovery_done_button, Qt.MouseButton.LeftButton)
    assert dialog.recovery_field.text() == ""
    opened.args[0].close()
    Journal.open_with_recovery_key(target, recovery).close()


def test_each_page_makes_its_own_button_the_default(qtbot, settings, chain, journal_file):
    """The Enter bug: QDialog made the first auto-default button ("Other journal…") the
    default when shown, so Return on the unlock page went back to the welcome page."""
    dialog = make_dialog(qtbot, settings, chain)
    expected = {
        "unlock": (lambda: dialog.show_unlock(journal_file), dialog.unlock_button),
        "create": (
            lambda: dialog.show_create(journal_file.with_name("x.mjournal")),
            dialog.create_button,
        ),
        "welcome": (dialog.show_welcome, dialog.new_button),
    }
    for name, (show, button) in expected.items():
        show()
        defaults = [b for b in dialog.findChildren(QPushButton) if b.isDefault()]
        assert defaults == [button], name


def test_every_page_fits_the_screen(qtbot, settings, chain, journal_file):
    dialog = make_dialog(qtbot, settings, chain)
    area = geometry.available_area(dialog)
    for show in (
        dialog.show_welcome,
        lambda: dialog.show_create(journal_file.with_name("x.mjournal")),
        lambda: dialog.show_unlock(journal_file),
        dialog.show_recovery_entry,
    ):
        show()
        qtbot.wait(10)
        assert dialog.width() <= area.width() and dialog.height() <= area.height()


def test_remember_stores_the_key_and_next_unlock_needs_no_passphrase(
    qtbot, settings, chain, journal_file
):
    dialog = make_dialog(qtbot, settings, chain)
    dialog.show_unlock(journal_file)
    assert (
        not dialog.keychain_checked
    )  # asked only once the dialog is on screen: start-up stays quick
    qtbot.waitUntil(lambda: dialog.keychain_checked)
    assert dialog.remember.isEnabled() and not dialog.remember.isChecked()
    dialog.remember.setChecked(True)
    with qtbot.waitSignal(dialog.journal_opened, timeout=10_000) as opened:
        type_and_unlock(qtbot, dialog, PASSPHRASE)
    opened.args[0].close()
    assert keychain.remembered_key(chain, read_salt(journal_file)) is not None

    again = make_dialog(qtbot, settings, chain)
    again.show_unlock(journal_file)
    qtbot.waitUntil(lambda: again.keychain_checked)
    assert again.remember.isChecked()
    assert "remembered" in again.passphrase.placeholderText()
    with qtbot.waitSignal(again.journal_opened, timeout=10_000) as opened:
        qtbot.mouseClick(again.unlock_button, Qt.MouseButton.LeftButton)
    opened.args[0].close()


class NoKeychain(keychain.Keychain):
    def available(self):
        return False, "No system keychain was found on this computer."


def test_remember_is_disabled_with_the_reason_without_a_keychain(qtbot, settings, journal_file):
    dialog = make_dialog(qtbot, settings, NoKeychain())
    dialog.show_unlock(journal_file)
    qtbot.waitUntil(lambda: dialog.keychain_checked)
    assert not dialog.remember.isEnabled()
    assert dialog.remember.toolTip() == "No system keychain was found on this computer."
    assert dialog.remember_reason.isVisible()
    assert "No system keychain" in dialog.remember_reason.text()
    with qtbot.waitSignal(dialog.journal_opened, timeout=10_000) as opened:
        type_and_unlock(qtbot, dialog, PASSPHRASE)
    opened.args[0].close()


def test_demo_is_generated_in_the_background_and_unlocks(qtbot, settings, chain, tmp_path):
    folder = tmp_path / "demo"
    folder.mkdir()
    dialog = make_dialog(
        qtbot, settings, chain, make_demo=lambda: make_demo_journal(folder, kdf=FAST, years=1)
    )
    dialog.show_welcome()
    with qtbot.waitSignal(dialog.work_finished, timeout=60_000):
        qtbot.mouseClick(dialog.demo_button, Qt.MouseButton.LeftButton)
    assert dialog.pages.currentWidget() is dialog.unlock_page
    assert dialog.demo_hint.isVisible() and dialog.passphrase.text() in dialog.demo_hint.text()
    with qtbot.waitSignal(dialog.journal_opened, timeout=10_000) as opened:
        qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    journal = opened.args[0]
    assert journal.path == folder / "demo.mjournal"
    journal.close()


def test_recent_journals_are_offered_on_the_welcome_page(
    qtbot, settings, chain, journal_file, tmp_path
):
    from ui.settings import add_recent_journal

    add_recent_journal(settings, journal_file)
    add_recent_journal(settings, tmp_path / "gone.mjournal")
    dialog = make_dialog(qtbot, settings, chain)
    dialog.show_start_page()
    assert dialog.pages.currentWidget() is dialog.unlock_page  # the last journal
    dialog.show_welcome()
    assert dialog.recent_list.count() == 1
    assert Path(dialog.recent_list.item(0).text()) == journal_file.resolve()


def test_a_damaged_journal_can_be_restored_from_a_backup(
    qtbot, settings, chain, journal_file, monkeypatch
):
    with Journal.open(journal_file, PASSPHRASE) as journal:
        Backups(journal_file).create(journal, "daily")
    damaged = bytearray(journal_file.read_bytes())
    damaged[100] ^= 0xFF  # inside the first page, after the salt: its HMAC no longer matches
    journal_file.write_bytes(bytes(damaged))

    dialog = make_dialog(qtbot, settings, chain)
    dialog.show_unlock(journal_file)
    assert not dialog.restore_button.isVisible()
    with qtbot.waitSignal(dialog.work_finished, timeout=10_000):
        type_and_unlock(qtbot, dialog, PASSPHRASE)
    # The passphrase opens the backup: it is right, and the file is damaged.
    assert "the journal file is damaged" in dialog.unlock_error.text()
    assert dialog.restore_button.isVisible()

    offered: list[list[str]] = []

    def choose_first(_parent, _title, _label, items, current, *_args):
        offered.append(list(items))
        return items[current], True

    monkeypatch.setattr("PySide6.QtWidgets.QInputDialog.getItem", choose_first)
    with qtbot.waitSignal(dialog.journal_opened, timeout=10_000) as opened:
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    journal = opened.args[0]
    try:
        assert len(offered[0]) == 1 and "daily" in offered[0][0]
        assert Reflection.select().count() == 5  # the content is back
        kept = [b.reason for b in Backups(journal_file).list()]
        assert "before-restore" in kept  # the damaged file is kept aside, not thrown away
    finally:
        journal.close()


def test_the_demo_journal_stays_out_of_recent_journals(qtbot, settings, chain, tmp_path):
    """A demo is thrown away at quit; kept in the list it would push real journals out and,
    left behind by a crash, be offered at the next start without its passphrase."""
    folder = tmp_path / "demo"
    folder.mkdir()
    dialog = make_dialog(
        qtbot, settings, chain, make_demo=lambda: make_demo_journal(folder, kdf=FAST, years=1)
    )
    dialog.show_welcome()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.new_button)
    with qtbot.waitSignal(dialog.work_finished, timeout=60_000):
        qtbot.keyClick(dialog.new_button, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
    with qtbot.waitSignal(dialog.journal_opened, timeout=10_000) as opened:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    opened.args[0].close()
    assert recent_journals(settings) == []


def test_once_painted_the_text_is_selectable_and_the_keys_walk_the_unlock_page(
    qtbot, settings, chain, journal_file
):
    """Labels become selectable after the first paint (a page built later at once); Tab goes
    through the page in order, Escape on a sub-page goes back, Return unlocks."""
    dialog = StartDialog(settings, chain, kdf=FAST)
    qtbot.addWidget(dialog)
    dialog.show_start_page(journal_file)
    with qtbot.waitSignal(dialog.on_screen, timeout=5000):
        dialog.show()
    qtbot.waitUntil(lambda: dialog.keychain_checked, timeout=5000)
    selectable = Qt.TextInteractionFlag.TextSelectableByMouse
    for label in (dialog.unlock_file, dialog.unlock_folder, dialog.unlock_error, dialog.status):
        assert label.textInteractionFlags() & selectable, label.objectName()

    walked = []
    for _ in range(6):
        walked.append(QApplication.focusWidget())
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    page = [dialog.passphrase, dialog.remember, dialog.other_button, dialog.forgot_button]
    assert walked == [*page, dialog.unlock_button, dialog.passphrase]

    for _ in range(2):  # the focus is on "Remember" again: on to "Use recovery key…"
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.forgot_button
    qtbot.keyClick(dialog.forgot_button, Qt.Key.Key_Space)
    assert dialog.pages.currentWidget() is dialog.recovery_entry_page
    assert dialog.recovery_file.textInteractionFlags() & selectable  # built after the paint
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert dialog.pages.currentWidget() is dialog.unlock_page and dialog.isVisible()

    qtbot.keyClicks(QApplication.focusWidget(), PASSPHRASE)
    with qtbot.waitSignal(dialog.journal_opened, timeout=10_000) as opened:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    opened.args[0].close()
