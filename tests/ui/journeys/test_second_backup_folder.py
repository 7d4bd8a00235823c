"""Journey: Settings ▸ Backups by keys - the policy and horizon are said, a second folder
is typed in, "Back up now" writes the backup and its copy there, OK keeps the folder for
the automatic backups too (the core's settings, which the command line reads).
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from mentorjournal.storage import settings as core_settings
from mentorjournal.storage.backups import Backups, offsite_warning
from mentorjournal.storage.journal import Journal
from tests.conftest import FAST, PASSPHRASE
from tests.ui.journeys.keys import (
    focused,
    in_modal,
    press,
    type_keys,
    wait_active,
    wait_until,
)
from ui import app
from ui.settings_dialog import SettingsDialog

Alt = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def controller(qtbot, settings, chain):
    made = app.Controller(settings, chain, kdf=FAST)
    yield made
    made.idle.detach()
    if made.window is not None:
        made.window.close()


def test_second_folder_chosen_by_keys_and_back_up_now_writes_two_copies(
    qtbot, controller, journal_file, tmp_path
):
    second = tmp_path / "usb stick"
    second.mkdir()
    window = controller.show_window(Journal.open(journal_file, PASSPHRASE))
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: not controller.auto_backup.is_running(), timeout=10_000)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    daily = Backups.for_journal(journal_file).list()
    assert [b.reason for b in daily] == ["daily"]  # the automatic one, on this disk only

    seen: dict[str, str] = {}

    def steps(dialog: SettingsDialog) -> None:
        panel = dialog.backups_panel
        press(Qt.Key.Key_B, Alt)  # the Backups tab
        wait_until(lambda: panel.isVisible())
        seen["policy"] = panel.policy_note.text()
        press(Qt.Key.Key_A, Alt)  # "Also copy backups to:"
        assert focused() is panel.second
        type_keys(str(second))
        press(Qt.Key.Key_U, Alt)  # "Back up now" (a progress dialog runs inside)
        wait_until(lambda: panel.outcome.text() != "")
        seen["outcome"] = panel.outcome.text()
        wait_active(dialog)  # back from the progress dialog
        press(Qt.Key.Key_A, Alt)  # back in the field (the button took the focus): Return is OK
        press(Qt.Key.Key_Return)

    walk = in_modal(SettingsDialog, steps)
    qtbot.keyClick(
        window.focusWidget() or window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier
    )
    qtbot.waitUntil(lambda: walk.ran or bool(walk.errors), timeout=20_000)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None, timeout=20_000)
    walk.check()

    assert "never removed automatically" in seen["policy"]
    assert "stays in automatic backups for about" in seen["policy"]
    assert str(second) in seen["outcome"]
    mine = [b for b in Backups.for_journal(journal_file).list() if b.reason == "manual"]
    copies = list(second.glob("*.mjbackup"))
    assert len(mine) == 1 and [c.name for c in copies] == [mine[0].path.name]
    assert core_settings.load().backups.second_folder == second  # kept for next time
    assert offsite_warning(journal_file) == ""  # a copy is off this disk now
