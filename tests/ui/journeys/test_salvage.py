"""Journey: a damaged journal - refused at open, or found damaged by the check after
unlocking - is salvaged by keys into a new journal that opens with the readable records.

Real damage (a flipped byte in a page past the first), real SQLCipher files, the real
Controller, start dialog, main window and salvage dialog; key and mouse events only.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from mentorjournal.domain import records
from mentorjournal.errors import JournalDamaged
from mentorjournal.storage.journal import Journal
from mentorjournal.storage.models import Reflection
from tests.conftest import FAST, PASSPHRASE
from tests.ui.journeys.keys import (
    focused,
    in_modal,
    press,
    type_keys,
    visible_texts,
    wait_until,
)
from ui import app
from ui.editors import RecordEditor
from ui.salvage_dialog import SalvageDialog
from ui.start_dialog import StartDialog

Return = Qt.Key.Key_Return
PAGE = 4096


def many_reflections(path: Path, n: int = 120) -> None:
    with Journal.create(path, PASSPHRASE, kdf=FAST):
        for i in range(n):
            records.create(
                "reflection",
                written_at=dt.datetime(2026, 1, 1, 9, 0) + dt.timedelta(days=i),
                title=f"Reflection {i}",
                body="y" * 900,
            )


def flip_page(path: Path, number: int) -> None:
    data = bytearray(path.read_bytes())
    data[(number - 1) * PAGE + 700] ^= 0x5A
    path.write_bytes(bytes(data))


@pytest.fixture
def controller(qtbot, settings, chain):
    made = app.Controller(settings, chain, kdf=FAST)
    yield made
    made.idle.detach()
    if made.window is not None:
        made.window.close()


def salvage_by_keys(dialog: SalvageDialog) -> None:
    """Return on the first page salvages into the suggested file; Return opens it."""
    assert focused() is dialog.output
    assert "salvaged" in dialog.output.text()
    press(Return)
    wait_until(lambda: dialog.pages.currentIndex() == 2)
    assert "rows copied" in dialog.summary.text()
    assert focused() is dialog.open_button
    press(Return)


def test_damaged_at_open_salvage_from_the_start_dialog(qtbot, controller, tmp_path):
    path = tmp_path / "damaged.mjournal"
    many_reflections(path)
    flip_page(path, 5)
    before = path.read_bytes()
    with pytest.raises(JournalDamaged):
        Journal.open(path, PASSPHRASE)
    salvaged = in_modal(SalvageDialog, salvage_by_keys)

    def steps(dialog: StartDialog) -> None:
        type_keys(PASSPHRASE)
        press(Return)
        wait_until(lambda: dialog.salvage_button.isVisible())
        assert "damaged" in dialog.unlock_error.text()
        assert focused() is dialog.salvage_button  # the keys reach Salvage… at once
        press(Return)

    walk = in_modal(StartDialog, steps)
    journal = controller.first_journal(path, demo=False)
    walk.check()
    salvaged.check()
    assert journal is not None
    try:
        assert journal.path != path and "salvaged" in journal.path.name
        count = Reflection.select().count()
        assert 100 <= count <= 120  # the readable records; a damaged page's rows are gone
        assert journal.verify() == []
    finally:
        journal.close()
    assert path.read_bytes() == before  # the damaged file is left exactly as it was


def test_damage_found_after_unlock_bar_salvage_keeps_the_editor_text(qtbot, controller, tmp_path):
    path = tmp_path / "later.mjournal"
    many_reflections(path)
    journal = Journal.open(path, PASSPHRASE)
    flip_page(path, 6)  # the disk goes bad while the journal is open
    window = controller.show_window(journal)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: not controller.auto_backup.is_running(), timeout=10_000)
    qtbot.waitUntil(lambda: window.health.area.bar("damaged") is not None, timeout=20_000)
    bar = window.health.area.bar("damaged")
    assert bar.isVisible() and "damaged" in bar.text
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)

    # A new reflection typed now cannot be saved: the editor says so and keeps the text.
    qtbot.keyClick(
        window.focusWidget() or window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier
    )
    qtbot.waitUntil(lambda: any(isinstance(e, RecordEditor) for e in window.editors))
    editor = window.editors[-1]
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor)
    qtbot.keyClicks(editor.focusWidget(), "Kept while damaged")
    editor.autosave_timer.setInterval(10)
    qtbot.waitUntil(lambda: "Not saved" in editor.status.text(), timeout=10_000)
    assert "damaged" in editor.status.text()
    assert editor.is_dirty()

    # Alt+S in the window reaches the bar's Salvage…; Return, Return: the new journal opens.
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    salvaged = in_modal(SalvageDialog, salvage_by_keys)
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: salvaged.ran or bool(salvaged.errors), timeout=20_000)
    qtbot.waitUntil(lambda: bool(salvaged.errors) or window.journal is not None, timeout=20_000)
    salvaged.check()
    qtbot.waitUntil(
        lambda: window.journal is not None and window.journal.path != path, timeout=20_000
    )
    salvaged.check()
    assert "salvaged" in window.journal.path.name
    assert window.health.area.bar("damaged") is None
    assert Reflection.select().count() >= 100
    # The text typed in the damaged journal came along as a draft, in its editor again.
    qtbot.waitUntil(lambda: any("Kept while damaged" in visible_texts(e) for e in window.editors))
