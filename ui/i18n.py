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
    QLibraryInfo,
    QLocale,
    QObject,
    QSettings,
    QTranslator,
)

from mentorjournal import resources

log = logging.getLogger(__name__)

LANGUAGE_KEY = "preferences/language"
CATALOGUE = "mentorjournal"
#: The Settings choices: value -> label (the language's own name, not translated).
LANGUAGES = {
    "": QT_TRANSLATE_NOOP("i18n", "System language"),
    "en": "English",
    "de": "Deutsch",
}

_installed: list[QTranslator] = []


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
        return ""

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
    ours = Catalogue(QCoreApplication.instance())
    if choice == "en" or not ours.load_catalogue(locale, str(resources.folder("i18n"))):
        if choice == "de" or locale.language() == QLocale.Language.German:
            log.warning("no compiled German catalogue found (run make translations)")
        return "en"
    QCoreApplication.installTranslator(ours)
    _installed.append(ours)
    qt = QTranslator(QCoreApplication.instance())
    if qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        QCoreApplication.installTranslator(qt)
        _installed.append(qt)
    language = ours.language() or locale.name()
    return language.split("_")[0].split("-")[0]
