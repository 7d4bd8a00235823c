"""The window's health pieces on their own: the keychain note for a journal new to this
computer, the off-disk bar at most once a day, what an editor holds unsaved."""

from __future__ import annotations

import datetime as dt
import shutil

from mentorjournal.storage.backups import Backups
from mentorjournal.storage.journal import Journal
from tests.conftest import PASSPHRASE
from tests.ui.test_start_dialog import make_dialog, type_and_unlock
from ui.main_window import MainWindow


def test_a_journal_copied_from_another_computer_says_why_it_asks_once(
    qtbot, settings, chain, journal_file, tmp_path
):
    moved = tmp_path / "new computer" / "journal.mjournal"
    moved.parent.mkdir()
    shutil.copy(journal_file, moved)
    dialog = make_dialog(qtbot, settings, chain)
    dialog.show_unlock(moved)
    qtbot.waitUntil(lambda: dialog.keychain_checked)
    assert dialog.remember_reason.isVisible()
    assert "keychain entry stays on the computer where it was made" in dialog.remember_reason.text()
    dialog.remember.setChecked(True)
    with qtbot.waitSignal(dialog.journal_opened, timeout=10_000) as opened:
        type_and_unlock(qtbot, dialog, PASSPHRASE)
    opened.args[0].close()
    again = make_dialog(qtbot, settings, chain)
    again.show_unlock(moved)
    qtbot.waitUntil(lambda: again.keychain_checked)
    assert again.remember.isChecked() and not again.remember_reason.isVisible()  # once only


def test_the_off_disk_warning_shows_at_most_once_a_day(qtbot, settings, journal_file):
    with Journal.open(journal_file, PASSPHRASE) as journal:
        Backups(journal_file).create(journal, "manual")
    old = dt.datetime.now(dt.UTC) - dt.timedelta(days=30)
    for backup in Backups(journal_file).list():  # make it a month old, as a file name says
        stamp = old.strftime("%Y%m%dT%H%M%S%fZ")
        backup.path.rename(backup.path.with_name(f"{journal_file.stem}-{stamp}-manual.mjbackup"))
    window = MainWindow(Journal.open(journal_file, PASSPHRASE), settings, lambda *_: None)
    qtbot.addWidget(window)
    bar = window.health.area.bar("offsite")
    assert bar is not None and "on this computer's disk" in bar.text
    bar.dismiss()
    window.health.show_offsite(journal_file)
    assert window.health.area.bar("offsite") is None  # not twice the same day
    window.health.show_offsite(journal_file, today=dt.date.today() + dt.timedelta(days=1))
    assert window.health.area.bar("offsite") is not None
    window.close()


def test_an_editor_says_what_it_holds_unsaved(qtbot, settings, journal_file):
    window = MainWindow(Journal.open(journal_file, PASSPHRASE), settings, lambda *_: None)
    qtbot.addWidget(window)
    editor = window.open_editor("reflection")
    assert window.unsaved_entries() == []  # untouched: nothing to keep
    qtbot.keyClicks(editor.focusWidget(), "half a thought")
    (entry,) = window.unsaved_entries()
    assert entry[0] == "reflection" and entry[1] is None and "half a thought" in entry[2]["title"]
    window.close()


def test_copies_from_lists_and_the_reading_view_are_marked_and_cleared(
    qtbot, settings, journal_file
):
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication

    from ui import clipboard

    guard = clipboard.install(1)
    window = MainWindow(Journal.open(journal_file, PASSPHRASE), settings, lambda *_: None)
    qtbot.addWidget(window)
    window.show()
    window.show_section(2)  # Reflections: the focus is in the list
    table = window.reflections_page.table
    qtbot.waitUntil(lambda: table.model().rowCount() > 0)
    table.setCurrentIndex(table.model().index(0, 0))
    qtbot.keyClick(table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)  # the list's copy
    board = QGuiApplication.clipboard()
    assert board.text() != ""
    qtbot.waitUntil(lambda: clipboard.is_marked(board.mimeData()))  # marked secret
    qtbot.waitUntil(lambda: board.text() == "", timeout=5_000)  # gone after the set time
    from ui.record_views import SafeBrowser

    view = SafeBrowser("test")
    view.setPlainText("reading view text")
    view.selectAll()
    view.copy()
    assert board.text() == "reading view text" and clipboard.is_marked(board.mimeData())
    guard.set_clear_seconds(30)
    window.close()
