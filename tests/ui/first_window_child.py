"""Child process for the cold-start test (``python -m tests.ui.first_window_child PATH``).

Runs the window as a user starts it (``ui.app.main`` with ``--journal PATH``,
offscreen). When the start dialog is first painted it prints which of the
heavy modules are loaded, then types the passphrase (read from stdin, never
in argv) into the focus widget and presses Enter, as a person does. Once the
main window shows, it prints what it shows and quits. One JSON object a line.

It uses PySide's ``Qt`` namespace itself only after the first paint (its
first use creates all its enums, which the first window avoids).
"""

import json
import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import PySide6.QtCore  # noqa: E402
from PySide6.QtCore import QEvent, QObject, QTimer  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

#: Not needed to show the start dialog: the database, key derivation, the keychain, the
#: Markdown renderer, the main window and what only it uses.
HEAVY = (
    "peewee",
    "sqlcipher3",
    "argon2",
    "keyring",
    "markdown_it",
    "zxcvbn",
    "platformdirs",
    "mentorjournal.storage.db",
    "mentorjournal.storage.journal",
    "mentorjournal.storage.lock",
    "mentorjournal.domain",
    "mentorjournal.analytics",
    "mentorjournal.exchange",
    "ui.main_window",
    "ui.recovery_key",
    "ui.strength",
    "ui.idle",
    "ui.session_lock",
)


def loaded() -> list[str]:
    return [name for name in HEAVY if name in sys.modules]


def qt_namespace_made() -> bool:
    """Whether anything has used ``PySide6.QtCore.Qt`` yet (PySide makes it on first use)."""
    return "Qt" in vars(PySide6.QtCore)


class FirstPaint(QObject):
    """Notes the modules at the first paint of a top-level window (the start dialog)."""

    def __init__(self) -> None:
        super().__init__()
        self.seen = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt override
        if (
            not self.seen
            and event.type() == QEvent.Type.Paint
            and isinstance(watched, QWidget)
            and watched.isWindow()
        ):
            self.seen = True
            title = watched.windowTitle()
            print(
                json.dumps({"painted": title, "loaded": loaded(), "qt": qt_namespace_made()}),
                flush=True,
            )
            QTimer.singleShot(0, unlock)
        return False


def unlock() -> None:
    passphrase = sys.stdin.readline().rstrip("\n")
    focus = QApplication.focusWidget()
    print(json.dumps({"focus": type(focus).__name__ if focus else None}), flush=True)
    if focus is None:
        QApplication.instance().exit(3)
        return
    from PySide6.QtCore import Qt

    QTest.keyClicks(focus, passphrase)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)


def main() -> int:
    app = QApplication([sys.argv[0]])
    spy = FirstPaint()
    app.installEventFilter(spy)

    from ui import app as window_app

    shown = window_app.Controller.show_window

    def show_window(controller, journal):
        window = shown(controller, journal)
        print(
            json.dumps(
                {
                    "opened": window.journal is not None and window.isVisible(),
                    "path": str(journal.path),
                    "loaded": loaded(),
                    "qt": qt_namespace_made(),
                }
            ),
            flush=True,
        )
        QTimer.singleShot(0, window.close)
        return window

    window_app.Controller.show_window = show_window  # type: ignore[method-assign]
    return window_app.main(["--journal", sys.argv[1]])


if __name__ == "__main__":
    sys.exit(main())
