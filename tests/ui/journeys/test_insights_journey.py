"""A journey through Insights with the keyboard: open it from the navigation, change the range
and the person with keys, step through a chart's points, save the chart as PNG."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from tests.analytics.test_insights import small_journal
from tests.ui.test_main_window import FakeUnlock
from ui import alerts
from ui.main_window import NAVIGATION, MainWindow


def test_insights_by_keyboard(qtbot, journal, settings, tmp_path, monkeypatch):
    j = small_journal()
    window = MainWindow(journal, settings, FakeUnlock())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitActive(window)
    page = window.insights_page
    page._today = lambda: dt.date(2026, 3, 10)

    # Navigation: focus the list and walk down to Insights.
    window.nav.setFocus()
    qtbot.keyClick(window.nav, Qt.Key.Key_Home)
    with qtbot.waitSignal(page.refreshed, timeout=10_000):
        for _ in range(NAVIGATION.index("Insights")):
            qtbot.keyClick(window.nav, Qt.Key.Key_Down)
    assert page.isVisible() and page.range_key == "all"
    assert dict(page.overview_panel.rows)["Confidence as mentee"].startswith("5.3 → 7.5 ▲")

    # Alt+3: the last three months.
    with qtbot.waitSignal(page.refreshed):
        qtbot.keyClick(page, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    assert page.range_key == "3m" and page.bounds[0] == dt.date(2025, 12, 11)

    # Alt+P focuses the person box; Down picks the next person (Ana).
    qtbot.keyClick(page, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is page.person_box
    with qtbot.waitSignal(page.refreshed):
        qtbot.keyClick(page.person_box, Qt.Key.Key_Down)
    assert page.person_id == j.ana.id
    assert page.uplift_chart.stems.ys == [3.0]  # her one session rated before and after

    # Tab to the confidence chart and step through its points with the arrow keys.
    view = page.mood_chart.view
    for _ in range(40):
        if QApplication.focusWidget() is view:
            break
        qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is view
    view.grab()
    qtbot.keyClick(view, Qt.Key.Key_Home)
    assert view.current().tip.startswith("5 Jan 2026")
    with qtbot.waitSignal(page.record_requested) as asked:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert asked.args[0] in ("session", "reflection")

    # Save the chart as an image (the dialog answers with a path).
    target = tmp_path / "mood.png"
    monkeypatch.setattr(alerts, "ask_save_path", lambda *_a, **_k: target)
    qtbot.mouseClick(page.mood_chart.save_image_button, Qt.MouseButton.LeftButton)
    assert not QImage(str(target)).isNull()


def test_progress_report_from_insights(qtbot, journal, settings, tmp_path, monkeypatch):
    from PySide6.QtCore import QTimer

    from ui.insights.report_dialog import ReportDialog

    j = small_journal()
    window = MainWindow(journal, settings, FakeUnlock())
    qtbot.addWidget(window)
    window.show()
    page = window.insights_page
    page._today = lambda: dt.date(2026, 3, 10)
    with qtbot.waitSignal(page.refreshed, timeout=10_000):
        window.nav.setCurrentRow(NAVIGATION.index("Insights"))
    target = tmp_path / "progress"  # no suffix: ".md" is added
    monkeypatch.setattr(alerts, "ask_save_path", lambda *_a, **_k: target)
    told: list[str] = []
    monkeypatch.setattr(alerts, "info", lambda _p, text, details="": told.append(text))
    seen: list[int] = []

    def drive() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ReportDialog):
            QTimer.singleShot(50, drive)
            return
        seen.append(dialog.reflections.count())
        # Tick r4 (15 Feb) with the keyboard: it is the third newest of the period's reflections.
        dialog.reflections.setFocus()
        for _ in range(dialog.reflections.count()):
            item = dialog.reflections.currentItem()
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == j.r4.id:
                break
            qtbot.keyClick(dialog.reflections, Qt.Key.Key_Down)
        qtbot.keyClick(dialog.reflections, Qt.Key.Key_Space)
        qtbot.mouseClick(dialog.md_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, drive)
    qtbot.mouseClick(page.report_button, Qt.MouseButton.LeftButton)
    written = tmp_path / "progress.md"
    text = written.read_text(encoding="utf-8")
    assert seen == [6]  # r1-r6, all in the period
    assert text.startswith("# Progress report")
    assert "Confidence as mentee: 5.3 → 7.5" in text
    assert "### Untitled reflection" in text and "private" not in text
    assert told and "progress.md" in told[0]
