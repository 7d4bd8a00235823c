"""Every page of the start dialog, Settings and the passphrase dialogs fit the screen.

    QT_SCALE_FACTOR=2 python -m tests.ui.fit_check FOLDER
    FIT_LANGUAGE=de python -m tests.ui.fit_check FOLDER   (in German)

Run in its own process (the scale factor is read once, at start-up) on an
offscreen screen of 1,600 × 1,000 pixels, 800 × 500 at 200 %. Prints one line
per problem - a window larger than the screen's available area, or a button or
field outside its window - and nothing when all is well.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


def problems_of(window, name: str) -> list[str]:
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QComboBox, QLineEdit

    from ui import geometry

    QTest.qWait(50)  # the layouts settle
    found = []
    if os.environ.get("FIT_VERBOSE"):
        print(name, window.size().toTuple(), window.minimumSize().toTuple())
    limit = geometry.largest_size(window)
    if window.width() > limit.width() or window.height() > limit.height():
        found.append(
            f"{name}: {window.width()}x{window.height()} > {limit.width()}x{limit.height()}"
        )
    inside = window.rect()
    for widget in window.findChildren(QAbstractButton) + window.findChildren(QLineEdit):
        if not widget.isVisibleTo(window) or isinstance(
            widget.parentWidget(), QAbstractSpinBox | QComboBox
        ):
            continue  # (a spin box's or combo box's own line edit)
        label = widget.text() or widget.accessibleName()
        corner = widget.mapTo(window, widget.rect().bottomRight())
        if not inside.contains(corner):
            found.append(f"{name}: {label!r} is cut off")
        elif widget.height() < min(widget.sizeHint().height(), widget.minimumSizeHint().height()):
            found.append(f"{name}: {label!r} is squeezed")
    return found


def main(folder: Path) -> int:
    os.environ["MENTORJOURNAL_DATA_DIR"] = str(folder / "data")
    os.environ["MENTORJOURNAL_CONFIG_DIR"] = str(folder / "config")
    from PySide6.QtCore import QSettings

    from mentorjournal.storage import crypto, keychain
    from mentorjournal.storage.backups import Backups
    from mentorjournal.storage.journal import Journal
    from ui.app import make_application
    from ui.passphrase_dialog import (
        ChangePassphraseDialog,
        NewRecoveryKeyDialog,
        RecoveryKeyDialog,
    )
    from ui.settings import Preferences
    from ui.settings_dialog import SettingsDialog
    from ui.start_dialog import StartDialog

    make_application()
    if os.environ.get("FIT_LANGUAGE"):  # the same checks with the longer German words
        from ui import i18n

        assert i18n.install(os.environ["FIT_LANGUAGE"]) == os.environ["FIT_LANGUAGE"]
    fast = crypto.INSECURE_FAST_FOR_TESTS
    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    chain = keychain.Keychain()
    path = folder / "fit.mjournal"
    journal = Journal.create(path, "fit check passphrase", kdf=fast, recovery_key=True)
    problems: list[str] = []

    dialog = StartDialog(settings, chain, kdf=fast)
    dialog.show()
    key = journal.recovery_key()
    for name, show in (
        ("welcome", dialog.show_welcome),
        ("create", lambda: dialog.show_create(folder / "new.mjournal")),
        ("unlock", lambda: dialog.show_unlock(path, demo_passphrase="juniper-nectar-meadow-76")),
        ("recovery entry", dialog.show_recovery_entry),
    ):
        show()
        problems += problems_of(dialog, f"start dialog, {name}")
    dialog.recovery_panel.set_key(key, path.name)
    dialog._show_page(dialog.recovery_page, dialog.recovery_panel.confirm_field)
    problems += problems_of(dialog, "start dialog, recovery key")
    dialog._show_page(dialog.reset_page, dialog.reset_new)
    problems += problems_of(dialog, "start dialog, new passphrase")
    dialog.done(0)

    backups = Backups(path)
    for name, made in (
        ("settings", lambda: SettingsDialog(Preferences(), journal, chain)),
        ("change passphrase", lambda: ChangePassphraseDialog(journal, chain, backups)),
        ("new recovery key", lambda: NewRecoveryKeyDialog(journal, chain, backups)),
        ("recovery key", lambda: RecoveryKeyDialog(key, path.name)),
    ):
        window = made()
        window.show()
        if name == "settings":
            for index in range(window.tabs.count()):
                window.tabs.setCurrentIndex(index)
                problems += problems_of(window, f"settings, tab {index}")
        else:
            problems += problems_of(window, name)
        window.done(0)
    journal.close()
    for problem in problems:
        print(problem)
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
