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


def test_the_background_check_runs_after_the_first_paint_and_still_finds_damage(
    qtbot, settings, tmp_path, monkeypatch
):
    from PySide6.QtCore import QCoreApplication

    from tests.ui.journeys.test_salvage import flip_page, many_reflections
    from ui import health

    # A delay no loaded machine reaches before the paint (1 s did, under CI's load).
    monkeypatch.setattr(health, "CHECK_DELAY_MS", 600_000)
    path = tmp_path / "later.mjournal"
    many_reflections(path)
    journal = Journal.open(path, PASSPHRASE)
    flip_page(path, 6)  # the disk goes bad while the journal is open
    window = MainWindow(journal, settings, lambda *_: None)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    QCoreApplication.processEvents()
    window.grab()  # painted: the check has not started yet, nothing is said yet
    assert window.health.is_checking() and window.health.area.bar("damaged") is None
    window.health._delay.start(0)  # the delay is over
    # Said, and the check over (its result and its end arrive as two events).
    qtbot.waitUntil(
        lambda: window.health.area.bar("damaged") is not None and not window.health.is_checking(),
        timeout=20_000,
    )
    assert "damaged" in window.health.area.bar("damaged").text
    window.close()


def test_a_lock_before_the_check_starts_cancels_it(qtbot, settings, journal_file):
    window = MainWindow(Journal.open(journal_file, PASSPHRASE), settings, lambda *_: None)
    qtbot.addWidget(window)
    window.show()
    assert window.health.is_checking()  # waiting for the first paint
    window.lock()
    assert not window.health.is_checking()  # no check of the closed journal will start
