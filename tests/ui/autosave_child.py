"""Child process for the autosave kill test (run with ``python -m``, offscreen).

``python -m tests.ui.autosave_child PATH TEXT``: opens the journal (passphrase
on stdin, never in argv), opens a new-reflection editor, types TEXT, prints
``saved ID`` when the autosave lands, then keeps running until it is killed.
"""

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtTest import QTest  # noqa: E402

from mentorjournal.storage.journal import Journal  # noqa: E402
from ui.app import make_application  # noqa: E402
from ui.editors import RecordEditor  # noqa: E402


def main() -> None:
    path, text = sys.argv[1], sys.argv[2]
    passphrase = sys.stdin.readline().rstrip("\n")
    app = make_application([sys.argv[0]])
    Journal.open(path, passphrase)  # stays open until the process is killed
    editor = RecordEditor("reflection", autosave_ms=200, preview_delay_ms=50)
    editor.saved.connect(lambda _kind, ident: print(f"saved {ident}", flush=True))
    editor.show()
    QTest.keyClicks(editor.form.field("body").edit, text)
    app.exec()


if __name__ == "__main__":
    main()
