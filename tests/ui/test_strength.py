"""Passphrase strength by zxcvbn: real verdicts, translated feedback, estimated off the UI thread."""

from __future__ import annotations

import ast
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from ui import strength

GERMAN = {
    "Weak.": "Schwach.",
    "This is similar to a commonly used password.": "Das ähnelt einem häufigen Passwort.",
    "Add another word or two. Uncommon words are better.": "Noch ein, zwei Wörter dazu.",
}


class German(QTranslator):
    def translate(self, context, source, disambiguation=None, n=-1):  # Qt override
        if context in ("zxcvbn", "strength"):
            return GERMAN.get(source, "")
        return ""

    def isEmpty(self) -> bool:  # Qt override
        return False


@pytest.mark.parametrize(
    "passphrase, level",
    [
        ("Password1!", 1),
        ("aaaaaaaaaaaaaaaaaaaaaaaa", 1),
        ("qwertyuiop", 1),
        ("mentorjournal", 1),  # the app's own name counts as known
        ("walnut orbit candle fjord", 4),
        ("", 0),
    ],
)
def test_levels(passphrase, level):
    assert strength.estimate(passphrase).level == level


def test_long_input_is_rated_on_its_first_characters():
    assert strength.estimate("x" * 500).level == 1  # zxcvbn refuses more than 72; no error


def test_feedback_is_translated(qtbot):
    translator = German()
    QCoreApplication.installTranslator(translator)
    try:
        text = strength.describe(strength.estimate("Password1!"))
    finally:
        QCoreApplication.removeTranslator(translator)
    assert text.startswith("Schwach. Das ähnelt einem häufigen Passwort.")
    assert "Noch ein, zwei Wörter dazu." in text


def test_every_sentence_zxcvbn_can_say_is_listed_for_translators():
    import zxcvbn.feedback

    tree = ast.parse(Path(zxcvbn.feedback.__file__).read_text(encoding="utf-8"))
    said = {
        node.args[0].value
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "_"
    }
    assert len(said) > 20 and said <= set(strength.FEEDBACK), said - set(strength.FEEDBACK)


def test_the_meter_estimates_off_the_ui_thread_and_keeps_the_newest(qtbot, monkeypatch):
    threads: list[int] = []
    real = strength.estimate

    def spy(text, context=()):
        threads.append(threading.get_ident())
        return real(text, context)

    monkeypatch.setattr(strength, "estimate", spy)
    meter = strength.StrengthMeter()
    shown: list[tuple[int, str]] = []
    meter.rated.connect(lambda level, hint: shown.append((level, hint)))
    for typed in ("w", "wa", "wal", "walnut orbit candle fjord"):
        meter.update(typed)  # typing quickly: one estimate for the last text
    qtbot.waitUntil(lambda: not meter.pending and bool(shown), timeout=10_000)
    assert threads and threading.get_ident() not in threads
    assert shown[-1][0] == 4 and meter.level == 4
    meter.update("")
    assert meter.level == 0 and shown[-1][0] == 0  # cleared at once


def test_zxcvbn_is_not_imported_at_start_up():
    import subprocess

    code = (
        "import sys, os; os.environ['QT_QPA_PLATFORM']='offscreen'; import ui.app; "
        "print('zxcvbn' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).parents[2],
    )
    assert out.stdout.strip() == "False"
