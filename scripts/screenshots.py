"""Screenshots of every screen on a demo journal: start, each section light and dark, editors, settings.

    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python scripts/screenshots.py
    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python scripts/screenshots.py --language de

Everything happens in a temporary folder (journal, data folder, settings);
PNGs go to docs/screenshots/. The demo journal uses the fast test KDF so the
script runs quickly; the app itself uses the standard one.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
TMP = Path(tempfile.mkdtemp(prefix="mentorjournal-shots-"))
os.environ["MENTORJOURNAL_DATA_DIR"] = str(TMP / "data")

from PySide6.QtCore import QSettings, QStandardPaths, Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from mentorjournal.domain import session_actions  # noqa: E402
from mentorjournal.storage import crypto, keychain  # noqa: E402
from ui import theme  # noqa: E402
from ui.app import Controller, make_application  # noqa: E402
from ui.checkin import CheckInDialog  # noqa: E402
from ui.demo_journal import make_demo_journal  # noqa: E402
from ui.import_dialog import ImportDialog  # noqa: E402
from ui.main_window import NAVIGATION, MainWindow  # noqa: E402
from ui.settings_dialog import SettingsDialog  # noqa: E402
from ui.skills_page import RateDialog  # noqa: E402
from ui.start_dialog import StartDialog  # noqa: E402
from ui.timeline_model import ITEM_ROLE  # noqa: E402

#: --language de: the window in German, PNGs in docs/screenshots/de/.
LANGUAGE = sys.argv[sys.argv.index("--language") + 1] if "--language" in sys.argv else ""
OUT = Path(
    os.environ.get("SCREENSHOTS_DIR")
    or ROOT / "docs" / "screenshots" / (LANGUAGE if LANGUAGE not in ("", "en") else "")
)  # elsewhere: e.g. 200% checks


def settle(ms: int = 150) -> None:
    QApplication.processEvents()
    QTest.qWait(ms)


def shoot(widget: QWidget, name: str) -> None:
    settle()
    path = OUT / f"{name}.png"
    widget.grab().save(str(path))
    print(f"wrote {path}")


def wait_for(condition, timeout_ms: int = 120_000) -> None:
    waited = 0
    while not condition():
        QTest.qWait(50)
        waited += 50
        if waited > timeout_ms:
            raise SystemExit("timed out waiting for the app")


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    app = make_application([sys.argv[0]])
    if LANGUAGE:
        from ui import i18n

        assert i18n.install(LANGUAGE) == LANGUAGE, f"no compiled catalogue for {LANGUAGE}"
    QStandardPaths.setTestModeEnabled(True)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(TMP / "settings"))
    settings = QSettings()
    chain = keychain.Keychain()
    fast = crypto.INSECURE_FAST_FOR_TESTS

    # 1. First run: the welcome page.  (ONLY=start: just the start dialog's pages.)
    dialog = StartDialog(
        settings,
        chain,
        kdf=fast,
        make_demo=lambda: make_demo_journal(TMP / "demo-folder", kdf=fast),
    )
    (TMP / "demo-folder").mkdir()
    dialog.show_start_page()
    dialog.show()
    shoot(dialog, "start-welcome")

    # 2. Create: passphrase typed, the strength hint (estimated off the UI thread) showing.
    dialog.show_create()
    dialog.new_passphrase.setText("maple orbit")
    dialog.repeat_passphrase.setText("maple orbit")
    wait_for(lambda: not dialog.create_meter.pending)
    shoot(dialog, "start-create")

    # 3. The demo journal, generated in the background, then the unlock page.
    dialog.show_welcome()
    dialog.start_demo()
    shoot(dialog, "start-demo-busy")
    wait_for(lambda: not dialog.is_busy())
    shoot(dialog, "start-unlock-demo")

    # 4. A wrong passphrase: the inline message.
    demo_passphrase = dialog.passphrase.text()
    dialog.passphrase.setText("not the passphrase")
    dialog.unlock()
    wait_for(lambda: not dialog.is_busy())
    shoot(dialog, "start-unlock-wrong")

    # 4b. The recovery key of a new journal, shown until its last group is typed.
    keyed = StartDialog(settings, chain, kdf=fast)
    keyed.show_create(TMP / "keyed.mjournal")
    keyed.show()
    keyed.new_passphrase.setText("walnut orbit candle fjord")
    keyed.repeat_passphrase.setText("walnut orbit candle fjord")
    keyed.create_journal()
    wait_for(lambda: keyed.pages.currentWidget() is keyed.recovery_page)
    shoot(keyed, "start-recovery-key")
    keyed.recovery_panel.confirm_field.setText(keyed.recovery_field.text()[-5:])
    keyed.recovery_panel.try_confirm()
    keyed.journal.close()

    # 5. Unlock and show the main window: every section, light and dark.
    dialog.passphrase.setText(demo_passphrase)
    dialog.unlock()
    wait_for(lambda: dialog.journal is not None)
    if os.environ.get("ONLY") == "start":
        dialog.journal.close()
        app.quit()
        return 0
    controller = Controller(settings, chain, kdf=fast)
    window: MainWindow = controller.show_window(dialog.journal)
    window.resize(1280, 800)
    for mode in (theme.LIGHT, theme.DARK):
        theme.apply(mode)
        suffix = "" if mode == theme.LIGHT else "-dark"
        shoot_window(window, suffix)
    theme.apply(theme.LIGHT)

    # 6. Editors: a reflection with its live preview, a session; then Settings.
    reflection = window.reflections_page.model.data(
        window.reflections_page.model.index(0, 0), ITEM_ROLE
    )
    editor = window.open_editor("reflection", reflection.id)
    editor.resize(1100, 720)
    shoot(editor, "editor-reflection")
    editor.close()
    model = window.sessions_page.model
    sessions = [model.data(model.index(row, 0), ITEM_ROLE) for row in range(model.rowCount())]
    session = next((s for s in sessions if session_actions.items_of(s.id)), sessions[0])
    editor = window.open_editor("session", session.id)
    editor.resize(1100, 760)
    shoot(editor, "editor-session")
    editor.form.tabs.setCurrentWidget(editor.actions)  # the session's action items
    shoot(editor, "editor-session-actions")
    editor.close()
    checkin = CheckInDialog(window)  # the quick check-in (Ctrl+Shift+K), 7 and 6 typed
    checkin.show()
    QTest.keyClick(checkin.confidence, Qt.Key.Key_7)
    QTest.keyClick(checkin.motivation, Qt.Key.Key_6)
    shoot(checkin, "editor-checkin")
    checkin.reject()
    rate = RateDialog("Giving feedback", window)  # "Rate now": starts empty
    rate.show()
    shoot(rate, "editor-rate")
    rate.reject()
    settings_dialog = SettingsDialog(controller.preferences, window.journal, chain, window)
    settings_dialog.show()
    shoot(settings_dialog, "settings")
    settings_dialog.reject()
    importing = ImportDialog(window.journal, None, window)  # File ▸ Import…: the preview
    importing.show()
    sample = TMP / "Documents" / "journal.txt"  # a jrnl journal, where a user keeps one
    sample.parent.mkdir(parents=True, exist_ok=True)
    sample.write_bytes((ROOT / "tests/fixtures/imports/jrnl/plain-journal.txt").read_bytes())
    QTest.keyClicks(importing.path, str(sample))
    QTest.keyClick(importing.path, Qt.Key.Key_Return)
    wait_for(lambda: not importing.running and importing.previewed is not None)
    shoot(importing, "import-preview")
    importing.reject()

    # 7. Locked: nothing of the journal left on screen.
    window._unlock = lambda parent, path: None
    window.lock()
    shoot(window, "main-locked")
    window.close()
    app.quit()
    return 0


def shoot_window(window: MainWindow, suffix: str) -> None:
    """Every section of the main window, with a row selected where there is a list."""
    names = {
        "Timeline": "timeline",
        "Sessions": "sessions",
        "Reflections": "reflections",
        "People": "people",
        "Goals & actions": "goals",
        "Skills": "skills",
        "Session prep": "prep",
        "Insights": "insights",
    }
    for row, section in enumerate(NAVIGATION):
        window.nav.setCurrentRow(row)
        page = window.record_pages[row]
        table = getattr(page, "table", None)
        if table is not None and table.model().rowCount() > 0:
            table.selectRow(0)
        if page is window.insights_page:
            wait_for(lambda: window.insights_page.snapshot is not None)
            settle(400)
        shoot(window, f"main-{names[section]}{suffix}")
    window.show_search()
    window.search_page.field.setText("feedback")
    window.search_page.run_search()
    window.search_page.table.selectRow(0)
    shoot(window, f"main-search{suffix}")


if __name__ == "__main__":
    sys.exit(main())
