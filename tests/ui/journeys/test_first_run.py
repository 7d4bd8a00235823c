"""Journey: the first run. Create a journal with Return on each page, store the recovery key.

Driven through key and mouse events only, on the real dialog inside the
real Controller (``first_journal`` runs the dialog's own ``exec``).
"""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication

from mentorjournal import paths
from mentorjournal.storage.journal import Journal
from tests.conftest import FAST
from tests.ui.journeys.keys import click, focused, in_modal, press, type_keys, wait_until
from ui import alerts, app, clipboard
from ui.start_dialog import StartDialog

NEW = "walnut orbit candle fjord"
Return = Qt.Key.Key_Return


def run_first(controller: app.Controller, steps) -> Journal | None:
    walk = in_modal(StartDialog, steps)
    journal = controller.first_journal(None, demo=False)
    walk.check()
    return journal


def create_until_the_key(dialog: StartDialog) -> None:
    """Welcome ▸ Return ▸ passphrase, Return, again, Return: the recovery key page."""
    assert dialog.pages.currentWidget() is dialog.welcome_page
    assert focused() is dialog.new_button
    press(Return)
    assert dialog.pages.currentWidget() is dialog.create_page
    assert focused() is dialog.new_passphrase
    assert dialog.create_path.text() == str(paths.default_journal_path())
    assert dialog.want_recovery.isChecked()  # on by default
    type_keys(NEW)
    press(Return)
    assert focused() is dialog.repeat_passphrase  # Return moved on, created nothing yet
    assert not paths.default_journal_path().exists()
    type_keys(NEW)
    wait_until(lambda: dialog.strength.text().startswith("Strong"))
    press(Return)
    wait_until(lambda: dialog.pages.currentWidget() is dialog.recovery_page)
    wait_until(lambda: QApplication.focusWidget() is dialog.recovery_panel.confirm_field)


def test_first_run_with_return_on_every_page(qtbot, settings, chain):
    controller = app.Controller(settings, chain, kdf=FAST)
    seen: dict[str, str] = {}

    def steps(dialog: StartDialog) -> None:
        create_until_the_key(dialog)
        field = dialog.recovery_panel.field
        key = field.text()
        seen["key"] = key
        assert len(key) == 65 and key.count("-") == 10
        # Shown whole: the key is no wider than the field's text area.
        inner = field.contentsRect().width() - field.textMargins().left() - 8
        assert field.fontMetrics().horizontalAdvance(key) <= inner
        assert dialog.recovery_panel.copy_button.isVisible()
        assert dialog.recovery_panel.save_button.isVisible()
        assert dialog.recovery_panel.print_button.isVisible()
        press(Return)  # nothing typed yet: it stays, and says what to do
        assert dialog.isVisible() and "last group" in dialog.recovery_panel.status.text()
        type_keys("WRONG")
        press(Return)
        assert (
            dialog.isVisible() and "not the key's last group" in dialog.recovery_panel.status.text()
        )
        assert focused() is dialog.recovery_panel.confirm_field
        type_keys(key.rsplit("-", 1)[1].lower())  # the selection is replaced; case does not matter
        press(Return)

    journal = run_first(controller, steps)
    assert journal is not None
    try:
        assert journal.path == paths.default_journal_path()
        assert journal.meta("recovery_key") == "issued"
        window = controller.show_window(journal)
        qtbot.addWidget(window)
        assert window.isVisible() and window.journal is journal
    finally:
        controller.idle.detach()
        controller.window.close() if controller.window else journal.close()
    Journal.open(paths.default_journal_path(), NEW).close()
    Journal.open_with_recovery_key(paths.default_journal_path(), seen["key"]).close()


def test_copy_save_and_print_the_recovery_key(qtbot, settings, chain, tmp_path, monkeypatch):
    saved = tmp_path / "stored" / "key.txt"
    saved.parent.mkdir()
    printed = tmp_path / "printed.pdf"
    monkeypatch.setattr(alerts, "ask_save_path", lambda *args: saved)

    def accept_print(dialog: QPrintDialog) -> int:
        dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        dialog.printer().setOutputFileName(str(printed))
        return QPrintDialog.DialogCode.Accepted.value

    monkeypatch.setattr(QPrintDialog, "exec", accept_print)
    controller = app.Controller(settings, chain, kdf=FAST)
    clipboard.guard().set_clear_seconds(30)
    seen: dict[str, object] = {}

    def steps(dialog: StartDialog) -> None:
        create_until_the_key(dialog)
        panel = dialog.recovery_panel
        key = panel.field.text()
        seen["key"] = key
        click(panel.copy_button)
        board = QGuiApplication.clipboard()
        seen["copied"] = board.text()
        seen["marked"] = bytes(board.mimeData().data(clipboard.KDE_HINT))
        assert "cleared in 30 seconds" in panel.status.text()
        click(panel.save_button)
        assert "Saved to" in panel.status.text()
        click(panel.print_button)
        assert panel.status.text() == "Sent to the printer."
        click(panel.confirm_field)
        type_keys(key[-5:])
        click(dialog.recovery_done_button)

    journal = run_first(controller, steps)
    assert journal is not None
    journal.close()
    key = seen["key"]
    assert seen["copied"] == key and seen["marked"] == b"secret"
    assert key in saved.read_text(encoding="utf-8")
    if sys.platform != "win32":
        assert saved.stat().st_mode & 0o077 == 0  # for its owner only
    assert printed.stat().st_size > 1000 and printed.read_bytes().startswith(b"%PDF")


def test_without_a_recovery_key_the_journal_opens_at_once(qtbot, settings, chain):
    controller = app.Controller(settings, chain, kdf=FAST)

    def steps(dialog: StartDialog) -> None:
        press(Return)
        type_keys(NEW)
        press(Qt.Key.Key_Tab)
        type_keys(NEW)
        assert focused() is dialog.repeat_passphrase
        press(Qt.Key.Key_Tab)
        assert focused() is dialog.want_recovery
        press(Qt.Key.Key_Space)
        assert not dialog.want_recovery.isChecked()
        press(Return)  # on the check box: the page's step, create

    journal = run_first(controller, steps)
    assert journal is not None
    assert journal.meta("recovery_key") == "none"
    journal.close()


def test_mistakes_on_the_create_page_are_said_where_they_are(qtbot, settings, chain):
    controller = app.Controller(settings, chain, kdf=FAST)

    def steps(dialog: StartDialog) -> None:
        press(Return)
        type_keys("tulip")
        press(Return)
        type_keys("tulips")
        wait_until(lambda: dialog.strength.text() == "The two passphrases differ.")
        press(Return)
        assert "differ" in dialog.create_error.text()
        assert focused() is dialog.repeat_passphrase and dialog.repeat_passphrase.hasSelectedText()
        type_keys("tulip")
        wait_until(lambda: dialog.strength.text().startswith("Weak"))
        press(Qt.Key.Key_Escape)  # back to the welcome page, nothing made
        assert dialog.pages.currentWidget() is dialog.welcome_page
        assert not paths.default_journal_path().exists()
        press(Qt.Key.Key_Escape)  # and Escape there ends the app

    assert run_first(controller, steps) is None


def test_escape_on_the_key_page_asks_before_going_on(qtbot, settings, chain, monkeypatch):
    asked: list[str] = []
    answers = iter([False, True])

    def confirm(_parent, question, _details=""):
        asked.append(question)
        return next(answers)

    monkeypatch.setattr(alerts, "confirm", confirm)
    controller = app.Controller(settings, chain, kdf=FAST)

    def steps(dialog: StartDialog) -> None:
        create_until_the_key(dialog)
        press(Qt.Key.Key_Escape)  # "No": stay with the key
        assert dialog.isVisible() and dialog.pages.currentWidget() is dialog.recovery_page
        press(Qt.Key.Key_Escape)  # "Yes": go on without confirming

    journal = run_first(controller, steps)
    assert asked == ["Go on without confirming the recovery key?"] * 2
    assert journal is not None and journal.meta("recovery_key") == "issued"
    journal.close()


@pytest.mark.parametrize(
    "weak", ["Password1!", "aaaaaaaaaaaaaaaaaaaaaaaa", "mentorjournal2024", "qwertyuiop"]
)
def test_weak_passphrases_are_called_weak(qtbot, settings, chain, weak):
    dialog = StartDialog(settings, chain, kdf=FAST)
    qtbot.addWidget(dialog)
    dialog.show_create()
    dialog.show()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.new_passphrase)
    type_keys(weak)
    qtbot.waitUntil(lambda: not dialog.create_meter.pending, timeout=10_000)
    assert dialog.strength.text().startswith("Weak."), dialog.strength.text()
