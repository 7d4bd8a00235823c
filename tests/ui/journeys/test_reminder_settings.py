"""Journey: Settings ▸ Reminders turns reminders off and on by keyboard (Ctrl+, from the
real window, Alt+R for the tab, the underlined letters for each kind, Return for OK)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from mentorjournal.storage.journal import Journal
from tests.conftest import FAST, PASSPHRASE
from tests.ui.conftest import fill_journal
from tests.ui.journeys.keys import in_modal, press, wait_until
from ui import app, reminders
from ui.settings_dialog import SettingsDialog

Alt = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def window(qtbot, settings, chain, tmp_path):
    path = tmp_path / "r.mjournal"
    journal = Journal.create(path, PASSPHRASE, kdf=FAST)
    fill_journal()
    journal.close()
    controller = app.Controller(settings, chain, kdf=FAST)
    window = controller.show_window(Journal.open(path, PASSPHRASE))
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: not controller.auto_backup.is_running(), timeout=10_000)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    yield window
    controller.idle.detach()
    if controller.window is not None:
        controller.window.close()


def test_turn_reminders_off_and_on(qtbot, window, settings):
    assert reminders.options(settings).kinds == {"session", "due", "overdue", "quiet"}
    seen: dict[str, object] = {}

    def steps(dialog: SettingsDialog) -> None:
        press(Qt.Key.Key_R, Alt)  # the "&Reminders" tab
        wait_until(lambda: dialog.tabs.currentWidget().isAncestorOf(dialog.reminders_panel))
        panel = dialog.reminders_panel
        seen["before"] = {k: b.isChecked() for k, b in panel.boxes.items()}
        press(Qt.Key.Key_Q, Alt)  # "Relationships gone &quiet": off
        wait_until(lambda: not panel.boxes["quiet"].isChecked())  # (an animated click)
        press(Qt.Key.Key_F, Alt)  # "A daily re&flection nudge": on
        wait_until(lambda: panel.boxes["reflect"].isChecked())
        press(Qt.Key.Key_A, Alt)  # "Remind &ahead of a session": the minutes
        wait_until(lambda: QApplication.focusWidget() is panel.lead)
        press(Qt.Key.Key_Up)  # 30 → 35
        press(Qt.Key.Key_Return)  # OK

    walk = in_modal(SettingsDialog, steps)
    press(Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    walk.check()
    assert seen["before"] == {
        "session": True,
        "due": True,
        "overdue": True,
        "quiet": True,
        "reflect": False,
    }
    chosen = reminders.options(settings)
    assert chosen.kinds == {"session", "due", "overdue", "reflect"}
    assert chosen.lead_minutes == 35
