"""Journey in German: unlock with passphrase + Return, write a reflection with Ctrl+N, open a
menu by its German accelerator. Key events only, on the real Controller, start dialog and
main window, under the German translator (ui/i18n.py).
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMenu

from mentorjournal.storage.models import Reflection
from tests.conftest import FAST, PASSPHRASE
from tests.ui.journeys.keys import focused, in_modal, press, type_keys, wait_until
from ui import app
from ui.start_dialog import StartDialog

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def controller(qtbot, german, settings, chain):
    made = app.Controller(settings, chain, kdf=FAST)
    yield made
    made.idle.detach()
    if made.window is not None:
        made.window.close()


def test_unlock_write_a_reflection_and_open_a_menu_in_german(qtbot, controller, journal_file):
    seen: dict[str, str] = {}

    def steps(dialog: StartDialog) -> None:
        seen["unlock"] = dialog.unlock_button.text()
        assert focused() is dialog.passphrase
        type_keys(PASSPHRASE)
        press(Qt.Key.Key_Return)

    walk = in_modal(StartDialog, steps)
    journal = controller.first_journal(journal_file, demo=False)
    walk.check()
    assert seen["unlock"] == "&Entsperren"
    assert journal is not None
    window = controller.show_window(journal)
    qtbot.addWidget(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)

    before = Reflection.select().count()
    press(Qt.Key.Key_N, CTRL)
    wait_until(lambda: len(window.editors) == 1)
    editor = window.editors[0]
    wait_until(lambda: focused() is not None and focused().window() is editor)
    assert editor.windowTitle() == "Reflexion (neu) — MentorJournal"
    assert focused() is editor.form.field("title")
    type_keys("Eine gute Woche")
    press(Qt.Key.Key_Tab)
    type_keys("Was gut lief.")
    press(Qt.Key.Key_S, CTRL)
    wait_until(lambda: Reflection.select().count() == before + 1)
    wait_until(lambda: editor.status.text().startswith("Um "))  # "Um 10:42 gespeichert."
    press(Qt.Key.Key_Escape)
    wait_until(lambda: editor not in window.editors)
    assert Reflection.select().order_by(Reflection.id.desc()).first().title == ("Eine gute Woche")

    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    press(Qt.Key.Key_D, ALT)  # &Datei
    wait_until(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    menu = QApplication.activePopupWidget()
    assert menu.title() == "&Datei"
    assert [a.text() for a in menu.actions()][:2] == ["Neue &Reflexion…", "Neue &Sitzung…"]
    press(Qt.Key.Key_Escape)
    wait_until(lambda: QApplication.activePopupWidget() is None)
