"""The window's language: our catalogue and Qt's own, for the system locale or the user's choice.

``install(app, choice)`` loads ``mentorjournal_<lang>.qm`` (compiled from
``resources/i18n/*.ts`` at build time, found through ``mentorjournal.resources``)
and Qt's ``qtbase_<lang>.qm`` (PySide6's translations folder, for the standard
buttons and dialogs). ``choice`` is the Settings value: "" follows the system
(``QLocale.system()``, which honours LANGUAGE, LC_ALL, LC_MESSAGES and LANG),
"en" or "de" force one. English is the source language: it needs no catalogue.
The choice applies at the next start (widgets are built with their texts).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLocale,
    QObject,
    QSettings,
    QTranslator,
)

from .settings import LANGUAGE_KEY

log = logging.getLogger(__name__)

CATALOGUE = "mentorjournal"
#: The Settings choices: value -> label (the language's own name, not translated).
LANGUAGES = {
    "": QT_TRANSLATE_NOOP("i18n", "System language"),
    "en": "English",
    "de": "Deutsch",
}

_installed: list[QTranslator] = []

#: English plural forms where "(s)" is not enough: source -> (one, other).
ENGLISH_PLURALS = {
    "%n open action item(s) overdue now.": (
        "%n open action item is overdue now.",
        "%n open action items are overdue now.",
    ),
    "%n past the target date.": ("%n past its target date.", "%n past their target date."),
    "%n skill(s) without a rating yet ({names}): rate where you start, so that later you can "
    "see how far you came.": (
        "%n skill has no rating yet ({names}): rate where you start, so that later you can see "
        "how far you came.",
        "%n skills have no rating yet ({names}): rate where you start, so that later you can "
        "see how far you came.",
    ),
    "%n active skill(s) last rated more than {months} ago: a fresh rating keeps “then → now” "
    "honest.": (
        "%n active skill was last rated more than {months} ago: a fresh rating keeps "
        "“then → now” honest.",
        "%n active skills were last rated more than {months} ago: a fresh rating keeps "
        "“then → now” honest.",
    ),
}


class EnglishPlurals(QTranslator):
    """English, the source language, still needs plural forms: "%n record(s)" -> "1 record",
    "2 records". Installed first (``make_application``), so a catalogue loaded later wins."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        if n < 0 or "%n" not in source:
            return None  # type: ignore[return-value]  # null: not translated here
        if source in ENGLISH_PLURALS:
            return ENGLISH_PLURALS[source][0 if n == 1 else 1]
        if "(s)" in source:
            return source.replace("(s)", "" if n == 1 else "s")
        return None  # type: ignore[return-value]

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return False


_english = EnglishPlurals()


def install_english_plurals() -> None:
    QCoreApplication.installTranslator(_english)


class Catalogue(QTranslator):
    """Our .qm, looked up also under the base classes' names.

    PySide6's ``self.tr`` asks for the context of the object's own class,
    while lupdate files a string under the class whose code calls ``tr``: a
    subclass (``HeatmapChart`` of ``ChartPanel``) would miss its base's strings.
    Where lupdate's Python parser loses track of the class (a bare ``tr = self.tr``
    alias, some docstrings) it files the string under the empty context, which is
    tried last.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.inner = QTranslator(self)
        self._bases: dict[str, tuple[str, ...]] = {}

    def load_catalogue(self, locale: QLocale, folder: str) -> bool:
        return self.inner.load(locale, CATALOGUE, "_", folder, ".qm")

    def language(self) -> str:
        return self.inner.language()

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return self.inner.isEmpty()

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        found = self.inner.translate(context, source, disambiguation, n)
        if found:
            return found
        for base in (*self._base_contexts(context), ""):
            found = self.inner.translate(base, source, disambiguation, n)
            if found:
                return found
        return None  # type: ignore[return-value]  # null, not "": Qt then asks the next one

    def _base_contexts(self, context: str) -> tuple[str, ...]:
        if context not in self._bases:
            names: list[str] = []
            pending: list[type] = [QObject]
            while pending:
                cls = pending.pop()
                if cls.__name__ == context:
                    names += [b.__name__ for b in cls.__mro__[1:] if b.__name__ not in names]
                pending.extend(cls.__subclasses__())
            self._bases[context] = tuple(names)
        return self._bases[context]


def language_choice(settings: QSettings | None = None) -> str:
    value = str((settings or QSettings()).value(LANGUAGE_KEY, "") or "")
    return value if value in LANGUAGES else ""


def save_language_choice(settings: QSettings, value: str) -> None:
    settings.setValue(LANGUAGE_KEY, value if value in LANGUAGES else "")


def locale_for(choice: str) -> QLocale:
    if choice == "de":
        return QLocale(QLocale.Language.German, QLocale.Country.Germany)
    if choice == "en":
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    return QLocale.system()


def uninstall() -> None:
    """Back to English (the source texts)."""
    while _installed:
        QCoreApplication.removeTranslator(_installed.pop())


def install(choice: str = "") -> str:
    """Load the catalogues for ``choice``; returns the language used ("en" when none matched)."""
    uninstall()
    locale = locale_for(choice)
    if choice != "en":
        QLocale.setDefault(locale)
    if choice == "en" or locale.language() in (QLocale.Language.English, QLocale.Language.C):
        return "en"  # the source language: no catalogue to look for (nor Qt's)
    from mentorjournal import resources  # (importlib.resources: only when there is one to find)

    ours = Catalogue(QCoreApplication.instance())
    if not ours.load_catalogue(locale, str(resources.folder("i18n"))):
        if choice == "de" or locale.language() == QLocale.Language.German:
            log.warning("no compiled German catalogue found (run make translations)")
        return "en"
    QCoreApplication.installTranslator(ours)
    _installed.append(ours)
    qt = QTranslator(QCoreApplication.instance())
    from PySide6.QtCore import QLibraryInfo  # (its type and enums: only with a catalogue)

    if qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        QCoreApplication.installTranslator(qt)
        _installed.append(qt)
    language = ours.language() or locale.name()
    return language.split("_")[0].split("-")[0]
