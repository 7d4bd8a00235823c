"""ui.memory.give_back: the heap's free memory back to the system, nothing in use touched."""

from __future__ import annotations

import ctypes
import platform
import sys

import pytest
from PySide6.QtCore import Qt

from ui import memory


def test_give_back_keeps_every_object_in_use():
    kept = [bytearray([n % 251]) * 200_000 for n in range(40)]  # from malloc, not pymalloc
    freed = [bytearray(300_000) for _ in range(40)]
    del freed
    asked = memory.give_back()
    assert asked == (sys.platform.startswith("linux") and platform.libc_ver()[0] == "glibc")
    assert all(block == bytearray([n % 251]) * 200_000 for n, block in enumerate(kept))
    again = bytearray(b"x") * 1_000_000  # and the heap still hands out memory
    assert again.count(b"x") == 1_000_000
    assert memory.give_back() == asked  # and again, as often as asked


def test_without_malloc_trim_give_back_does_nothing(monkeypatch: pytest.MonkeyPatch):
    def no_libc(*_args, **_kwargs):
        raise OSError("no such library")

    monkeypatch.setattr(memory, "_looked", False)
    monkeypatch.setattr(memory, "_trim", None)
    monkeypatch.setattr(ctypes, "CDLL", no_libc)
    assert memory.give_back() is False
    assert memory._trim is None and memory._looked  # looked once, not on every call


def test_give_back_later_waits_for_a_pause_then_gives_back_once(qtbot, monkeypatch):
    calls: list[int] = []
    monkeypatch.setattr(memory, "_timer", None)
    monkeypatch.setattr(memory, "give_back", lambda: calls.append(1) or True)
    for _ in range(5):  # five searches in a row: one give-back, after the last
        memory.give_back_later(pause_ms=200)
        assert memory.pending()
    assert calls == []
    qtbot.waitUntil(lambda: not memory.pending(), timeout=5000)
    qtbot.wait(50)
    assert calls == [1]


def test_a_search_gives_back_once_the_typing_pauses(qtbot, open_journal, monkeypatch):
    from tests.ui.conftest import MARKER
    from ui.pages import SearchPage

    calls: list[int] = []
    monkeypatch.setattr(memory, "_timer", None)
    monkeypatch.setattr(memory, "PAUSE_MS", 100)
    monkeypatch.setattr(memory, "give_back", lambda: calls.append(1) or True)
    page = SearchPage(type_delay_ms=10)
    qtbot.addWidget(page)
    page.show()
    qtbot.keyClicks(page.field, MARKER)
    qtbot.keyClick(page.field, Qt.Key.Key_Return)
    assert page.model.rowCount() > 0  # the search ran and listed its hits
    qtbot.waitUntil(lambda: calls == [1], timeout=5000)


def test_insights_give_back_after_the_switching_pauses(qtbot, journal, settings, monkeypatch):
    """Insights switched from range to range: nothing is given back between the switches
    (the next switch would page it back in), and the heap is given back once they pause."""
    from tests.ui.journeys.window_keys import CTRL, open_window, press
    from ui.main_window import NAVIGATION

    log: list[str] = []
    monkeypatch.setattr(memory, "_timer", None)
    monkeypatch.setattr(memory, "PAUSE_MS", 300)
    monkeypatch.setattr(memory, "give_back", lambda: log.append("give back") or True)
    window = open_window(qtbot, journal, settings)
    press(getattr(Qt.Key, f"Key_{NAVIGATION.index('Insights') + 1}"), CTRL)
    insights = window.insights_page
    qtbot.waitUntil(lambda: insights.snapshot is not None, timeout=10_000)
    insights.refreshed.connect(lambda: log.append("shown"))
    log.clear()
    for key in ("all", "3m", "1y"):
        qtbot.mouseClick(insights.range_buttons[key], Qt.MouseButton.LeftButton)
    assert log == ["shown"] * 3 and memory.pending()  # shown, nothing given back yet
    qtbot.waitUntil(lambda: "give back" in log, timeout=5000)
    assert log.index("give back") >= 3
