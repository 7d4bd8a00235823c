"""Journey: unlock with passphrase + Return - from a fresh start, from Recent journals, after
Ctrl+L and after the idle lock; a wrong passphrase, a damaged file.

Key and mouse events only, on the real Controller, start dialog and main window.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from mentorjournal.storage import db
from mentorjournal.storage.backups import Backups
from mentorjournal.storage.journal import Journal
from mentorjournal.storage.models import Reflection
from tests.conftest import FAST, PASSPHRASE
from tests.ui.conftest import MARKER
from tests.ui.journeys.keys import (
    click,
    focused,
    in_modal,
    press,
    press_in,
    type_keys,
    visible_texts,
    wait_until,
)
from ui import app
from ui.demo_journal import make_demo_journal
from ui.settings import add_recent_journal
from ui.start_dialog import StartDialog

Return = Qt.Key.Key_Return


def unlock_steps(passphrase: str = PASSPHRASE):
    def steps(dialog: StartDialog) -> None:
        assert dialog.pages.currentWidget() is dialog.unlock_page
        assert focused() is dialog.passphrase  # the field has the focus, nothing else
        type_keys(passphrase)
        press(Return)

    return steps


@pytest.fixture
def controller(qtbot, settings, chain):
    made = app.Controller(settings, chain, kdf=FAST)
    yield made
    made.idle.detach()
    if made.window is not None:
        made.window.close()


def first(controller: app.Controller, steps, path: Path | None = None, demo: bool = False):
    walk = in_modal(StartDialog, steps)
    journal = controller.first_journal(path, demo=demo)
    walk.check()
    return journal


def test_fresh_start_passphrase_and_return_open_the_journal(qtbot, controller, journal_file):
    journal = first(controller, unlock_steps(), journal_file)
    assert journal is not None and journal.path == journal_file
    window = controller.show_window(journal)
    qtbot.addWidget(window)
    assert MARKER in visible_texts(window)


def test_the_last_journal_opens_without_a_path(qtbot, controller, settings, journal_file):
    add_recent_journal(settings, journal_file)
    journal = first(controller, unlock_steps())
    assert journal is not None and journal.path == journal_file.resolve()
    journal.close()


def test_another_journal_from_recent_journals(qtbot, controller, settings, journal_file, tmp_path):
    other = tmp_path / "other.mjournal"
    Journal.create(other, "the other one", kdf=FAST).close()
    add_recent_journal(settings, journal_file)
    add_recent_journal(settings, other)  # the last one used: offered first

    def steps(dialog: StartDialog) -> None:
        assert "other.mjournal" in dialog.unlock_file.text()
        click(dialog.other_button)  # "Other journal…"
        assert dialog.pages.currentWidget() is dialog.welcome_page
        assert focused() is dialog.new_button
        while focused() is not dialog.recent_list:
            press(Qt.Key.Key_Tab)
        press(Qt.Key.Key_Down)  # the second entry: journal_file
        press(Return)
        assert dialog.pages.currentWidget() is dialog.unlock_page
        assert "ui.mjournal" in dialog.unlock_file.text()
        assert dialog.unlock_error.text() == ""  # Return went no further than the list
        unlock_steps()(dialog)

    journal = first(controller, steps)
    assert journal is not None and journal.path == journal_file.resolve()
    journal.close()


def test_the_demo_unlocks_with_return(qtbot, controller, tmp_path, monkeypatch):
    folder = tmp_path / "demo"
    folder.mkdir()
    monkeypatch.setattr(
        controller, "make_demo", lambda: make_demo_journal(folder, kdf=FAST, years=1)
    )

    def steps(dialog: StartDialog) -> None:
        wait_until(lambda: dialog.pages.currentWidget() is dialog.unlock_page, timeout=60_000)
        wait_until(lambda: QApplication.focusWidget() is dialog.passphrase)
        assert dialog.passphrase.text() and dialog.demo_hint.isVisible()  # filled in for the demo
        assert not dialog.busy.isVisible() and not dialog.status.isVisible()
        press(Return)

    journal = first(controller, steps, demo=True)
    assert journal is not None and journal.path == folder / "demo.mjournal"
    journal.close()


def test_wrong_passphrase_says_so_and_keeps_the_focus(qtbot, controller, journal_file):
    Journal.open(journal_file, PASSPHRASE).close()
    with Journal.open(journal_file, PASSPHRASE) as journal:
        Backups(journal_file).create(journal, "daily")  # backups exist: still no restore offer

    def steps(dialog: StartDialog) -> None:
        type_keys("not the passphrase")
        press(Return)
        wait_until(lambda: not dialog.is_busy() and dialog.unlock_error.text() != "")
        assert dialog.unlock_error.text() == "Wrong passphrase."
        assert not dialog.restore_button.isVisible()
        assert focused() is dialog.passphrase and dialog.passphrase.hasSelectedText()
        type_keys(PASSPHRASE)  # replaces the selected wrong one
        press(Return)

    journal = first(controller, steps, journal_file)
    assert journal is not None
    journal.close()


def test_wrong_passphrase_without_backups(qtbot, controller, journal_file):
    def steps(dialog: StartDialog) -> None:
        type_keys("nope")
        press(Return)
        wait_until(lambda: not dialog.is_busy() and dialog.unlock_error.text() != "")
        assert dialog.unlock_error.text() == "Wrong passphrase or damaged file."
        assert not dialog.restore_button.isVisible()
        assert focused() is dialog.passphrase
        press(Qt.Key.Key_Escape)

    assert first(controller, steps, journal_file) is None


def damage_first_page(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[100] ^= 0xFF  # inside the first page, after the salt: its HMAC no longer matches
    path.write_bytes(bytes(data))


def test_a_damaged_file_offers_restore_and_restores(qtbot, controller, journal_file, monkeypatch):
    with Journal.open(journal_file, PASSPHRASE) as journal:
        Backups(journal_file).create(journal, "daily")
    damage_first_page(journal_file)
    offered: list[list[str]] = []

    def choose_first(_parent, _title, _label, items, current, *_args):
        offered.append(list(items))
        return items[current], True

    monkeypatch.setattr("PySide6.QtWidgets.QInputDialog.getItem", choose_first)

    def steps(dialog: StartDialog) -> None:
        type_keys(PASSPHRASE)
        press(Return)
        wait_until(lambda: dialog.restore_button.isVisible())
        assert "passphrase is right" in dialog.unlock_error.text()
        assert focused() is dialog.restore_button
        press(Return)  # the focused button takes Return

    journal = first(controller, steps, journal_file)
    assert journal is not None
    try:
        assert len(offered[0]) == 1 and "daily" in offered[0][0]
        assert Reflection.select().count() == 5  # the content is back
        assert "before-restore" in [b.reason for b in Backups(journal_file).list()]
    finally:
        journal.close()


def test_a_file_that_is_not_a_journal_is_said_at_once(qtbot, controller, tmp_path):
    bad = tmp_path / "bad.mjournal"
    bad.write_bytes(b"\x00" * 4096)
    before = bad.read_bytes()

    def steps(dialog: StartDialog) -> None:
        assert "not a MentorJournal journal" in dialog.unlock_error.text()
        assert not dialog.restore_button.isVisible()  # no backups to offer
        type_keys(PASSPHRASE)
        press(Return)
        wait_until(lambda: not dialog.is_busy())
        assert "not a MentorJournal journal" in dialog.unlock_error.text()
        assert "Traceback" not in dialog.unlock_error.text()
        press(Qt.Key.Key_Escape)

    assert first(controller, steps, bad) is None
    assert bad.read_bytes() == before


def open_window(qtbot, controller: app.Controller, journal_file: Path):
    window = controller.show_window(Journal.open(journal_file, PASSPHRASE))
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: not controller.auto_backup.is_running(), timeout=10_000)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def test_unlock_after_ctrl_l(qtbot, controller, journal_file):
    window = open_window(qtbot, controller, journal_file)
    walk = in_modal(StartDialog, unlock_steps())
    press_in(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: walk.ran or bool(walk.errors), timeout=10_000)
    qtbot.waitUntil(lambda: window.journal is not None, timeout=10_000)
    walk.check()
    assert db.DB.obj is not None and MARKER in visible_texts(window)
    assert window.central.currentWidget() is window.splitter


def test_unlock_after_the_idle_lock(qtbot, controller, journal_file):
    window = open_window(qtbot, controller, journal_file)
    seen: dict[str, bool] = {}

    def steps(dialog: StartDialog) -> None:
        seen["cleared"] = MARKER not in visible_texts(window) and window.journal is None
        unlock_steps()(dialog)

    walk = in_modal(StartDialog, steps)
    controller.idle.set_interval_ms(100)  # (a minute in real use: the test cannot wait that long)
    qtbot.waitUntil(lambda: walk.ran or bool(walk.errors), timeout=10_000)
    qtbot.waitUntil(lambda: window.journal is not None, timeout=10_000)
    walk.check()
    assert seen["cleared"]
    assert controller.idle.is_running()  # counting again
    controller.idle.set_interval_ms(600_000)  # (not again before the test ends)
    assert MARKER in visible_texts(window)
