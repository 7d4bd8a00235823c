"""The window speaks German: nothing visible left in English, the catalogue complete and sound.

The English left is found by words: a word of our English source texts that no
German translation uses ("Skills", "Trash", "passphrase"…) must not appear in
any visible text of a window built under the German translator - labels,
buttons, tooltips, accessible names, placeholders, titles, tabs, combo items,
menus and actions, column headers. User content (the test journal's) and the
words that are the same in both languages are allowed explicitly.
"""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from mentorjournal.storage.models import Session
from tests.ui.conftest import MARKER

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "i18n" / "mentorjournal_de.ts"

#: Words of the test journal's content (tests/ui/conftest.py fill_journal) and file names.
CONTENT = {"ada", "note", "body", "mentions", "listening", "delegation", "talked", "mjournal"}
#: The built-in reflection templates (resources/templates) are English documents, names
#: included: content, not the window's words (see docs/TRANSLATIONS.md).
#: English words that German uses too, or names.
SAME = {"mentorjournal", "markdown", "json", "pdf", "png", "csv", "sqlite", "uuid", "esc"}
PLACEHOLDER = re.compile(r"\{\w+\}|%n|%\d|%[sd]")


def messages() -> list[tuple[str, str, list[str], bool]]:
    """(context, source, translations, unfinished) of every message in the German .ts."""
    found = []
    for context in ET.parse(TS).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = [f.text or "" for f in translation.iter("numerusform")] or [
                translation.text or ""
            ]
            unfinished = translation.get("type") in ("unfinished", "vanished", "obsolete")
            found.append((name, message.findtext("source") or "", forms, unfinished))
    return found


def _words(text: str) -> set[str]:
    text = re.sub(r"<[^>]+>|&\w+;|\{\w+\}|%\w|\S*/\S*", " ", text).replace("&", "")
    return {w.lower() for w in re.findall(r"[A-Za-zÄÖÜäöüß]{3,}", text)}


def english_words() -> set[str]:
    english: set[str] = set()
    german: set[str] = set()
    for _context, source, forms, _unfinished in messages():
        english |= _words(source)
        for form in forms:
            german |= _words(form)
    from mentorjournal.domain import templates  # noqa: PLC0415

    builtin = set().union(*(_words(t.name) for t in templates.builtin_templates()))
    return english - german - SAME - CONTENT - _words(MARKER) - builtin


def visible_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) for every text a user can see or hear in ``root``."""
    found: list[tuple[str, str]] = []

    def add(widget: object, text: str | None) -> None:
        if text:
            found.append((f"{type(widget).__name__} {getattr(widget, 'objectName', str)()}", text))

    for widget in [root, *root.findChildren(QWidget)]:
        if widget.isWindow():
            add(widget, widget.windowTitle())
        add(widget, widget.toolTip())
        add(widget, widget.accessibleName())
        add(widget, widget.accessibleDescription())
        if isinstance(widget, QLabel):
            add(widget, widget.text())
        if isinstance(widget, QAbstractButton):
            add(widget, widget.text())
        if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
            add(widget, widget.placeholderText())
        if isinstance(widget, QGroupBox):
            add(widget, widget.title())
        if isinstance(widget, QTabWidget):
            for n in range(widget.count()):
                add(widget, widget.tabText(n))
        if isinstance(widget, QComboBox):
            for n in range(widget.count()):
                add(widget, widget.itemText(n))
        if isinstance(widget, QMenu):
            add(widget, widget.title())
        if isinstance(widget, QListWidget):
            for n in range(widget.count()):
                add(widget, widget.item(n).text())
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            for column in range(model.columnCount()):
                add(widget, model.headerData(column, Qt.Orientation.Horizontal))
    for action in root.findChildren(QAction):
        add(action, action.text())
        add(action, action.toolTip())
        add(action, action.statusTip())
    return [(where, str(text)) for where, text in found]


def english_left(root: QWidget) -> list[str]:
    english = english_words()
    return sorted(
        {
            f"{where}: {text!r} ({', '.join(sorted(_words(text) & english))})"
            for where, text in visible_texts(root)
            if _words(text) & english
        }
    )


# -- the catalogue ---------------------------------------------------------------------------


def test_lrelease_reports_nothing_unfinished(tmp_path):
    done = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "translations.py"), "check"],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    report = subprocess.run(
        [str(lrelease), str(TS), "-qm", str(tmp_path / "de.qm")],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert re.search(r"\(\d+ finished and 0 unfinished\)", report), report
    assert not [m for m in messages() if m[3]]


def test_the_catalogue_holds_every_string_of_the_sources(tmp_path):
    """lupdate finds nothing new: every tr() string has its German (run the update first)."""
    copy = tmp_path / TS.name
    copy.write_bytes(TS.read_bytes())
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import translations  # noqa: PLC0415
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    done = subprocess.run(
        [*translations.lupdate(), *translations.sources(), "-ts", str(copy)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    assert "(0 new " in done.stdout, (
        "new strings: run scripts/translations.py update and translate them\n" + done.stdout
    )
    assert not [m for m in messages_of(copy) if m[2]]


def messages_of(path: Path) -> list[tuple[str, str, bool]]:
    return [
        (c.findtext("name") or "", m.findtext("source") or "", _unfinished(m))
        for c in ET.parse(path).getroot().iter("context")
        for m in c.iter("message")
    ]


def _unfinished(message: ET.Element) -> bool:
    translation = message.find("translation")
    return translation is None or translation.get("type") in ("unfinished", "vanished")


def test_placeholders_survive_translation():
    broken = []
    for context, source, forms, _unfinished in messages():
        wanted = Counter(PLACEHOLDER.findall(source))
        for form in forms:
            got = Counter(PLACEHOLDER.findall(form))
            if "%n" in wanted and len(forms) > 1:  # a plural form may leave the number out
                got["%n"] = wanted["%n"]
            if got != wanted:
                broken.append(f"{context}: {source!r} -> {form!r}")
    assert broken == []


def test_accelerators_are_kept_and_html_stays_balanced():
    broken = []
    for context, source, forms, _unfinished in messages():
        for form in forms:
            if source.replace("&&", "").count("&") - source.count("&amp;") != form.replace(
                "&&", ""
            ).count("&") - form.count("&amp;"):
                broken.append(f"{context}: {source!r} -> {form!r} (accelerator)")
            if re.findall(r"</?\w+", source) != re.findall(r"</?\w+", form):
                broken.append(f"{context}: {source!r} -> {form!r} (markup)")
    assert broken == []


# -- the window in German --------------------------------------------------------------------


def _accelerators(texts: list[str]) -> list[str]:
    keys = []
    for text in texts:
        match = re.search(r"&([^&\s])", text.replace("&&", ""))
        if match:
            keys.append(match.group(1).lower())
    return [key for key, count in Counter(keys).items() if count > 1]


def _buddied_and_buttons(dialog: QWidget) -> list[str]:
    """The texts with an accelerator that are on screen in ``dialog`` at the same time."""
    texts = []
    for widget in dialog.findChildren(QLabel) + dialog.findChildren(QAbstractButton):
        if widget.isVisibleTo(dialog) and "&" in widget.text():
            texts.append(widget.text())
    return texts


@pytest.fixture
def window(qtbot, german, open_journal, settings):
    from ui.main_window import MainWindow  # noqa: PLC0415

    win = MainWindow(open_journal, settings, lambda _parent, _path: None)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def test_every_menu_has_unique_german_accelerators(window):
    bar = window.menuBar()
    menus = [a.menu() for a in bar.actions() if a.menu() is not None]
    assert [m.title() for m in menus] == ["&Datei", "&Bearbeiten", "&Ansicht", "&Hilfe"]
    clashes = {"menu bar": _accelerators([a.text() for a in bar.actions()])}
    pending = list(menus)
    while pending:
        menu = pending.pop()
        menu.aboutToShow.emit()  # menus filled when shown (Open recent)
        texts = [a.text() for a in menu.actions() if not a.isSeparator()]
        clashes[menu.title()] = _accelerators(texts)
        pending.extend(a.menu() for a in menu.actions() if a.menu() is not None)
    assert {k: v for k, v in clashes.items() if v} == {}


def test_nothing_english_is_left_in_the_main_window(qtbot, window):
    from ui.main_window import SECTIONS  # noqa: PLC0415

    left: set[str] = set()
    clashes = {}
    for row in range(len(SECTIONS)):
        window.show_section(row)
        qtbot.wait(50)
        left |= set(english_left(window))
        clashes[SECTIONS[row]] = _accelerators(_buddied_and_buttons(window.centralWidget()))
    assert sorted(left) == []
    assert {k: v for k, v in clashes.items() if v} == {}
    assert window.nav.item(0).text() == "Zeitleiste"
    assert window.nav.item(len(SECTIONS) - 1).text() == "Papierkorb"


@pytest.mark.parametrize("kind", ["reflection", "session", "person", "goal", "action", "skill"])
def test_nothing_english_is_left_in_an_editor(qtbot, german, open_journal, kind):
    from ui.editors.editor import RecordEditor  # noqa: PLC0415

    editor = RecordEditor(kind)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    assert english_left(editor) == []
    assert _accelerators(_buddied_and_buttons(editor)) == []
    editor.reject()


def test_nothing_english_is_left_in_settings(qtbot, german, open_journal, chain):
    from ui.settings import Preferences  # noqa: PLC0415
    from ui.settings_dialog import SettingsDialog  # noqa: PLC0415

    dialog = SettingsDialog(Preferences(), open_journal, chain)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "Einstellungen"
    assert english_left(dialog) == []
    for n in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(n)
        qtbot.wait(20)
        tabs = [dialog.tabs.tabText(t) for t in range(dialog.tabs.count())]
        texts = _buddied_and_buttons(dialog.tabs.currentWidget()) + tabs
        assert _accelerators(texts) == [], n
    assert _accelerators([dialog.tabs.tabText(n) for n in range(dialog.tabs.count())]) == []


def test_nothing_english_is_left_in_the_start_dialog(qtbot, german, settings, chain, journal_file):
    from tests.conftest import FAST  # noqa: PLC0415
    from ui.start_dialog import StartDialog  # noqa: PLC0415

    dialog = StartDialog(settings, chain, kdf=FAST)
    qtbot.addWidget(dialog)
    dialog.show()
    for show in (
        dialog.show_welcome,
        dialog.show_create,
        lambda: dialog.show_unlock(journal_file),
        dialog.show_recovery_entry,
    ):
        show()
        qtbot.wait(20)
        page = dialog.pages.currentWidget()
        assert english_left(page) == []
        assert _accelerators(_buddied_and_buttons(page)) == [], page.objectName()
    assert english_left(dialog) == []


def test_nothing_english_is_left_in_the_small_dialogs(qtbot, german, open_journal):
    from ui.after_session import AfterSessionDialog  # noqa: PLC0415
    from ui.checkin import CheckInDialog  # noqa: PLC0415
    from ui.skills_page import RateDialog  # noqa: PLC0415

    person = Session.select().first().person
    dialog: QDialog
    for dialog in (CheckInDialog(), RateDialog("Listening"), AfterSessionDialog(person, "- a")):
        qtbot.addWidget(dialog)
        dialog.show()
        assert english_left(dialog) == []
        assert _accelerators(_buddied_and_buttons(dialog)) == [], type(dialog).__name__
        dialog.reject()


def test_the_core_messages_a_window_user_meets_are_german(german):
    from ui import core_messages  # noqa: PLC0415

    assert core_messages.translate("Wrong passphrase or damaged file.") == (
        "Falsche Passphrase oder beschädigte Datei."
    )
    assert core_messages.translate("title: is required") == "Titel: ist erforderlich"
    composed = core_messages.translate(
        "The backup was not written: the disk is full or a size limit was reached (/x/b). "
        "Free some space and try again; nothing else was changed."
    )
    assert composed.startswith("Die Sicherung wurde nicht geschrieben: Der Datenträger ist voll")
    assert composed.endswith(
        "(/x/b). Geben Sie etwas Speicherplatz frei und versuchen Sie es "
        "erneut; sonst wurde nichts geändert."
    )
    assert core_messages.translate("something else entirely") == "something else entirely"
    # the passphrase hint (zxcvbn) in German
    from ui.strength import strength_hint  # noqa: PLC0415

    _level, hint = strength_hint("password")
    assert "Passwörter" in hint and "password" not in hint.lower()


def test_english_stays_english_without_a_translator(qtbot, open_journal, settings):
    assert QCoreApplication.translate("MainWindow", "Timeline") == "Timeline"


@pytest.mark.parametrize(
    ("environment", "expected"),
    [({"LANGUAGE": "de", "LANG": "de_DE.UTF-8"}, "de"), ({"LANGUAGE": "", "LANG": "C"}, "en")],
)
def test_the_system_language_is_followed(german_catalogue, environment, expected):
    script = (
        "from ui.app import make_application; from ui import i18n; make_application(); "
        "print(i18n.install(''))"
    )
    env = {**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen", "LC_ALL": "", **environment}
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert done.stdout.strip().splitlines()[-1] == expected, done.stderr


def test_the_language_chosen_in_settings_is_kept_for_the_next_start(settings):
    from ui import i18n  # noqa: PLC0415
    from ui.settings import Preferences, load_preferences, save_preferences  # noqa: PLC0415

    save_preferences(settings, Preferences(language="de"))
    assert load_preferences(settings).language == "de"
    assert i18n.language_choice(settings) == "de"
    settings.setValue("preferences/language", "xx")
    assert load_preferences(settings).language == "" and i18n.language_choice(settings) == ""


def test_the_language_box_offers_system_english_and_german(qtbot, german, open_journal, chain):
    from ui.settings import Preferences  # noqa: PLC0415
    from ui.settings_dialog import SettingsDialog  # noqa: PLC0415

    dialog = SettingsDialog(Preferences(language="de"), open_journal, chain)
    qtbot.addWidget(dialog)
    box = dialog.language_box
    assert [box.itemText(n) for n in range(box.count())] == ["Systemsprache", "English", "Deutsch"]
    assert box.currentData() == "de"
    box.setCurrentIndex(1)
    assert dialog.preferences().language == "en"
