"""System, light or dark appearance, applied to the whole application at once.

Qt 6.8+ can ask the platform for a colour scheme
(``QStyleHints.setColorScheme``). Where the platform theme ignores the request
(plain X11, the offscreen platform, some desktops), the palette would not
change; then an explicit palette with the Fusion style is used instead, so
"dark" always looks dark and "light" always looks light. "system" undoes all
of that and follows the platform again.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from PySide6.QtCore import Qt

log = logging.getLogger(__name__)

SYSTEM, LIGHT, DARK = "system", "light", "dark"
LABELS = {
    SYSTEM: QT_TRANSLATE_NOOP("theme", "Same as the system"),
    LIGHT: QT_TRANSLATE_NOOP("theme", "Light"),
    DARK: QT_TRANSLATE_NOOP("theme", "Dark"),
}

THEMES = (SYSTEM, LIGHT, DARK)
_state: dict[str, str | None] = {"style": None, "theme": SYSTEM}


def _scheme(theme: str) -> Qt.ColorScheme:
    """The colour scheme Qt is asked for. (Importing this module must not touch PySide's ``Qt``
    namespace: its first use creates all its enums, ~20-50 ms the first window need not pay.)"""
    from PySide6.QtCore import Qt

    schemes = {LIGHT: Qt.ColorScheme.Light, DARK: Qt.ColorScheme.Dark}
    return schemes.get(theme, Qt.ColorScheme.Unknown)


def is_dark(palette: QPalette | None = None) -> bool:
    """True when windows are drawn dark (light text on a dark background)."""
    palette = palette or QGuiApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def current() -> str:
    return _state["theme"] or SYSTEM


def dark_palette() -> QPalette:
    """A complete dark palette (readable text, visible focus and links)."""
    role, group = QPalette.ColorRole, QPalette.ColorGroup
    palette = QPalette()
    colours = {
        role.Window: "#2b2d30",
        role.WindowText: "#e8e8e8",
        role.Base: "#1e1f22",
        role.AlternateBase: "#26282b",
        role.ToolTipBase: "#3c3f41",
        role.ToolTipText: "#f0f0f0",
        role.PlaceholderText: "#9a9da2",
        role.Text: "#e8e8e8",
        role.Button: "#36383c",
        role.ButtonText: "#e8e8e8",
        role.BrightText: "#ff6b6b",
        role.Light: "#4a4d52",
        role.Midlight: "#3f4246",
        role.Mid: "#2f3134",
        role.Dark: "#1a1b1d",
        role.Shadow: "#0d0d0e",
        role.Highlight: "#3d7bd9",
        role.HighlightedText: "#ffffff",
        role.Link: "#8ab4f8",
        role.LinkVisited: "#c58af9",
        role.Accent: "#3d7bd9",
    }
    for name, colour in colours.items():
        palette.setColor(name, QColor(colour))
    disabled = {
        role.WindowText: "#7d8086",
        role.Text: "#7d8086",
        role.ButtonText: "#7d8086",
        role.Base: "#26282b",
        role.Button: "#2f3134",
        role.Highlight: "#4a4d52",
        role.HighlightedText: "#b0b3b8",
        role.PlaceholderText: "#6a6d72",
    }
    for name, colour in disabled.items():
        palette.setColor(group.Disabled, name, QColor(colour))
    return palette


def apply(theme: str, app: QApplication | None = None) -> None:
    """Switch the whole application to ``theme`` ("system", "light" or "dark")."""
    app = app or QApplication.instance()
    if app is None:
        return
    if theme not in THEMES:
        theme = SYSTEM
    if _state["style"] is None and theme == SYSTEM:
        return  # nothing changed yet: the platform's appearance is already the system's
    if _state["style"] is None:
        _state["style"] = app.style().name()
    # Undo any explicit palette first, then ask the platform.
    app.setPalette(QPalette())
    if app.style().name().lower() != str(_state["style"]).lower():
        app.setStyle(str(_state["style"]))
    app.styleHints().setColorScheme(_scheme(theme))
    if theme == DARK and not is_dark(app.palette()):
        log.info("platform ignored the dark colour scheme; using an explicit palette")
        app.setStyle("Fusion")
        app.setPalette(dark_palette())
    elif theme == LIGHT and is_dark(app.palette()):
        log.info("platform ignored the light colour scheme; using an explicit palette")
        app.setStyle("Fusion")
        app.setPalette(app.style().standardPalette())
    _state["theme"] = theme


#: Message colours readable on both light and dark windows (WCAG AA on each).
_MESSAGE_COLOURS = {
    "error": ("#b00020", "#ff8a80"),
    "warning": ("#8a4b00", "#ffcc80"),
    "good": ("#1b5e20", "#a5d6a7"),
}


def message_colour(kind: str) -> str:
    """A CSS colour for an inline message ("error", "warning", "good")."""
    light, dark = _MESSAGE_COLOURS[kind]
    return dark if is_dark() else light
