"""Backups, restore, export and import from the window and the Settings dialog."""

from __future__ import annotations

import datetime as dt
import json
import logging
import threading
import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDialog

from mentorjournal.domain import records
from mentorjournal.errors import JournalError
from mentorjournal.exchange import native as exchange
from mentorjournal.storage.backups import Backups
from mentorjournal.storage.journal import Journal
from mentorjournal.storage.models import Person, Reflection
from tests.conftest import FAST, PASSPHRASE
from tests.ui import test_settings
from tests.ui.conftest import MARKER
from tests.ui.test_settings import close_controller, make_dialog
from ui import backup_ui, exchange_ui, progress, workers
from ui.backup_ui import AutoBackup, BackupsPanel
from ui.settings import Preferences
from ui.settings_dialog import SettingsDialog

# The same fixtures as in test_settings.py.
controller = test_settings.controller
told = test_settings.told


def reflection(title: str) -> None:
    records.create("reflection", written_at=dt.datetime(2024, 5, 1, 9, 0), title=title, body="text")


def titles() -> set[str]:
    return {r.title for r in Reflection.select()}


def list_reasons(panel: BackupsPanel) -> list[str]:
    return [panel.list.topLevelItem(i).text(1) for i in range(panel.list.topLevelItemCount())]


# -- back up now ---------------------------------------------------------------------


def test_back_up_now_writes_an_encrypted_backup(qtbot, chain, open_journal, tmp_path, told):
    folder = tmp_path / "my backups"
    dialog = make_dialog(
        qtbot, Preferences(backup_folder=folder, backup_keep=2), open_journal, chain
    )
    panel = dialog.backups_panel
    assert list_reasons(panel) == [] and not panel.restore_button.isEnabled()
    with qtbot.waitSignal(panel.backed_up) as made:
        panel.backup_button.click()
    path: Path = made.args[0]
    assert path.parent == folder and path.suffix == ".mjbackup"
    data = path.read_bytes()
    assert len(data) > 4096
    assert MARKER.encode() not in data and b"SQLite format 3" not in data  # encrypted
    assert list_reasons(panel) == ["Backed up by you"] and panel.restore_button.isEnabled()
    with Journal.open(path, PASSPHRASE):  # the journal's passphrase opens it
        assert Person.select().count() == 1
    assert told == []


def test_back_up_now_keeps_only_the_newest(qtbot, open_journal, tmp_path, told):
    panel = BackupsPanel(open_journal, tmp_path / "kept", keep=2)
    qtbot.addWidget(panel)
    made = []
    panel.backed_up.connect(made.append)
    for _ in range(3):
        panel.back_up()
    assert len(made) == 3
    assert sorted(p.name for p in (tmp_path / "kept").iterdir()) == sorted(p.name for p in made[1:])
    assert panel.list.topLevelItemCount() == 2


def test_a_failed_backup_is_reported(qtbot, open_journal, tmp_path, told):
    blocker = tmp_path / "not a folder"
    blocker.write_text("a file where the folder should be")
    assert backup_ui.backup_now(None, open_journal, Backups(open_journal.path, blocker)) is None
    assert len(told) == 1 and told[0].startswith("error: The backup was not written.")
    assert not workers.busy()


def test_controller_back_up_now_uses_the_preferences(controller, tmp_path, told):
    controller.apply_preferences(Preferences(backup_folder=tmp_path / "chosen", backup_keep=5))
    controller.back_up_now()
    written = list((tmp_path / "chosen").glob("*-manual.mjbackup"))
    assert len(written) == 1 and MARKER.encode() not in written[0].read_bytes()
    assert controller.window.statusBar().currentMessage() == "Backup written."


# -- restore -----------------------------------------------------------------------


def test_restore_through_settings_brings_back_earlier_content(
    qtbot, controller, journal_file, monkeypatch, told
):
    window = controller.window
    reflection("Before the backup")

    def back_up_change_and_restore(dialog: SettingsDialog) -> int:
        panel = dialog.backups_panel
        with qtbot.waitSignal(panel.backed_up) as made:
            panel.backup_button.click()
        reflection("After the backup")
        panel.refresh()
        manual = [
            i
            for i in range(panel.list.topLevelItemCount())
            if panel.list.topLevelItem(i).text(1) == "Backed up by you"
        ]
        panel.list.setCurrentItem(panel.list.topLevelItem(manual[0]))
        assert panel.selected().path == made.args[0]
        panel.restore_button.click()
        return dialog.result()

    monkeypatch.setattr(SettingsDialog, "exec", back_up_change_and_restore)
    with qtbot.waitSignal(window.unlocked, timeout=10_000):
        controller.open_settings()
        assert window.journal is None  # locked first: the journal is closed for the restore
    assert told[0].startswith("confirm: Restore the backup of ")
    assert told[1:] == ["info: The backup is restored."]
    assert window.journal is not None and window.central.currentWidget() is window.splitter
    assert "Before the backup" in titles() and "After the backup" not in titles()
    assert controller.unlock_calls == []  # no passphrase was asked for
    # The journal as it was before the restore is kept, and holds the later change.
    kept = Backups(journal_file).list()[0]
    assert kept.reason == "before-restore"
    close_controller(controller)
    with Journal.open(kept.path, PASSPHRASE):
        assert "After the backup" in titles()


def test_restore_cancelled_at_the_question_keeps_the_dialog_open(
    qtbot, chain, open_journal, monkeypatch
):
    dialog = make_dialog(qtbot, Preferences(), open_journal, chain)
    dialog.backups_panel.back_up()
    monkeypatch.setattr(backup_ui.alerts, "confirm", lambda *_a: False)
    dialog.backups_panel.restore_button.click()
    assert dialog.restore_request is None and dialog.result() == 0


def test_restoring_an_older_passphrase_backup_asks_for_it(
    qtbot, chain, open_journal, tmp_path, monkeypatch, told
):
    backups = Backups(open_journal.path, tmp_path / "b")
    old = backups.create(open_journal, "manual")
    open_journal.change_passphrase("the newer passphrase")
    asked: list[str] = []
    replies = iter(["wrong one", PASSPHRASE])

    def ask(_parent, text):
        asked.append(text)
        return next(replies)

    monkeypatch.setattr(backup_ui, "ask_passphrase", ask)
    assert backup_ui.key_for_backup(None, old, open_journal) is None
    assert told[-1].startswith("error: This backup cannot be restored.")
    key = backup_ui.key_for_backup(None, old, open_journal)
    assert key is not None and key.key != open_journal.key.key
    assert len(asked) == 2 and "earlier passphrase" in asked[0]


# -- automatic daily backup ----------------------------------------------------------


def test_daily_backup_runs_once_a_day_in_the_background(qtbot, open_journal, tmp_path):
    auto = AutoBackup(lambda path: Backups(path, tmp_path / "daily"))
    with qtbot.waitSignal(auto.done, timeout=10_000) as done:
        assert auto.run_if_due(open_journal)
        assert auto.is_running() and not auto.run_if_due(open_journal)  # one at a time
    assert done.args == ["Daily backup written."]
    qtbot.waitUntil(lambda: not auto.is_running())
    written = list((tmp_path / "daily").glob("*-daily.mjbackup"))
    assert len(written) == 1 and MARKER.encode() not in written[0].read_bytes()
    assert not auto.run_if_due(open_journal)  # not due again today
    auto.every = dt.timedelta(0)
    with qtbot.waitSignal(auto.done, timeout=10_000):
        assert auto.run_if_due(open_journal)
    qtbot.waitUntil(lambda: not auto.is_running())


def test_window_start_makes_the_daily_backup(controller, journal_file):
    assert controller.window.journal is not None
    assert [b.reason for b in Backups(journal_file).list()] == ["daily"]


# -- export and import ---------------------------------------------------------------


@pytest.fixture
def export_to(monkeypatch):
    """Answers the export and import file dialogs with the given paths."""
    chosen: dict[str, Path] = {}
    monkeypatch.setattr(
        exchange_ui, "choose_export_path", lambda _p, _start, _fmt: chosen.get("export")
    )
    monkeypatch.setattr(exchange_ui, "choose_import_path", lambda _p, _start: chosen.get("import"))
    return chosen


def test_export_writes_json_that_imports_again(controller, tmp_path, export_to, told):
    export_to["export"] = tmp_path / "out" / "journal.json"
    (tmp_path / "out").mkdir()
    controller.export()
    exported = tmp_path / "out" / "journal.json"
    data = json.loads(exported.read_text(encoding="utf-8"))
    assert MARKER in exported.read_text(encoding="utf-8")  # exports are plain text, as they say
    assert told == [f"info: Exported to {exported}."]
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["journal.json"]  # no temp files
    close_controller(controller)

    other = Journal.create(tmp_path / "other.mjournal", PASSPHRASE, kdf=FAST)
    try:
        export_to["import"] = exported
        result = exchange_ui.import_journal(None, other, Backups(other.path))
        assert result is not None and result.total_added > 0
        assert Person.select().count() == 1 and len(titles()) == 5
        assert exchange.export_json()["records"] == data["records"]  # the same records came back
    finally:
        other.close()


def test_export_markdown_through_settings(qtbot, chain, open_journal, tmp_path, export_to, told):
    export_to["export"] = tmp_path / "journal.md"
    dialog = make_dialog(qtbot, Preferences(), open_journal, chain)
    dialog.export_markdown_button.click()
    text = (tmp_path / "journal.md").read_text(encoding="utf-8")
    assert f"Ada {MARKER}" in text and not text.lstrip().startswith("{")
    assert told == [f"info: Exported to {tmp_path / 'journal.md'}."]


def test_cancelled_export_writes_nothing(qtbot, open_journal, tmp_path, export_to, told):
    assert exchange_ui.export_journal(None, open_journal) is None
    assert exchange_ui.import_journal(None, open_journal, Backups(open_journal.path)) is None
    assert told == [] and not Backups(open_journal.path).list()


def test_import_makes_a_backup_first(
    qtbot, controller, journal_file, monkeypatch, tmp_path, export_to, told
):
    data = exchange.export_json()  # this journal, plus one reflection it does not have
    data["records"]["reflection"].append(
        dict(
            data["records"]["reflection"][0],
            uuid=str(uuid.uuid4()),
            title="Imported reflection",
            session=None,
        )
    )
    (tmp_path / "incoming.json").write_text(json.dumps(data), encoding="utf-8")
    controller.apply_preferences(Preferences(backup_folder=tmp_path / "bk"))
    reloaded: list[bool] = []
    monkeypatch.setattr(controller.window, "reload", lambda: reloaded.append(True))
    controller.import_json()  # File ▸ Import…: the import dialog (ui.import_dialog)
    from PySide6.QtWidgets import QApplication

    from ui.import_dialog import ImportDialog

    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), ImportDialog))
    dialog = QApplication.activeModalWidget()
    qtbot.keyClicks(dialog.path, str(tmp_path / "incoming.json"))
    qtbot.keyClick(dialog.path, Qt.Key.Key_Return)  # preview: nothing written, no backup
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=30_000)
    assert not Backups(journal_file, tmp_path / "bk").list()
    qtbot.keyClick(dialog.import_button, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: reloaded == [True], timeout=30_000)
    assert "Imported reflection" in titles()
    assert "Imported" in dialog.status.text() and told == []
    dialog.reject()
    made = Backups(journal_file, tmp_path / "bk").list()
    assert [b.reason for b in made] == ["before-import"]
    close_controller(controller)
    with Journal.open(made[0].path, PASSPHRASE):  # taken before the import
        assert "Imported reflection" not in titles() and len(titles()) == 5


def test_refused_import_changes_nothing_and_says_so(
    qtbot, chain, open_journal, tmp_path, export_to, told
):
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "something else"}', encoding="utf-8")
    export_to["import"] = bad
    dialog = make_dialog(qtbot, Preferences(), open_journal, chain)
    before = titles()
    dialog.import_button.click()
    assert not dialog.imported and titles() == before
    assert len(told) == 1 and told[0].startswith("error: Nothing was imported.")
    assert workers.UNEXPECTED not in told[0]  # the file's problem is named


def test_export_path_gets_the_chosen_suffix(monkeypatch, tmp_path):
    answers = iter(
        [
            (str(tmp_path / "notes"), exchange_ui.MARKDOWN_FILTER),
            (str(tmp_path / "notes"), exchange_ui.JSON_FILTER),
            (str(tmp_path / "notes.md"), exchange_ui.JSON_FILTER),
            ("", ""),
        ]
    )
    monkeypatch.setattr(exchange_ui.QFileDialog, "getSaveFileName", lambda *_a: next(answers))
    assert exchange_ui.choose_export_path(None, tmp_path, "json") == tmp_path / "notes.md"
    assert exchange_ui.choose_export_path(None, tmp_path, "json") == tmp_path / "notes.json"
    assert exchange_ui.choose_export_path(None, tmp_path, "json") == tmp_path / "notes.md"
    assert exchange_ui.choose_export_path(None, tmp_path, "json") is None


# -- background work behind a progress dialog ----------------------------------------


def test_progress_dialog_shows_progress_and_returns_the_value(qtbot):
    release = threading.Event()

    def work(report):
        for n in range(1, 4):
            report(n, 3)
        release.wait(10)
        return "done"

    dialog = progress.ProgressDialog("Working", "Working…", work)
    seen: list[tuple[bool, int]] = []

    def try_to_close():
        dialog.reject()  # Escape: ignored while the work runs
        seen.append((dialog.isVisible(), dialog.bar.value()))
        release.set()

    QTimer.singleShot(50, try_to_close)
    try:
        assert dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        release.set()
    assert dialog.outcome == progress.Outcome(True, "done")
    assert seen == [(True, 3)] and dialog.bar.maximum() == 3
    assert not workers.busy()
    dialog.deleteLater()


def test_background_failures_are_one_line_messages_without_journal_text(qtbot, caplog):
    def disk_full(_report):
        raise JournalError("The disk is full; free some space and try again.")

    def bug(_report):
        raise ValueError(f"a bug quoting {MARKER}")

    assert progress.run(None, "T", "L", disk_full) == progress.Outcome(
        False, None, "The disk is full; free some space and try again."
    )
    with caplog.at_level(logging.ERROR):
        assert progress.run(None, "T", "L", bug) == progress.Outcome(
            False, None, workers.UNEXPECTED
        )
    assert "ValueError" in caplog.text and MARKER not in caplog.text
    assert not workers.busy()
