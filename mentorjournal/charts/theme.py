"""Chart colours: a light and a dark set, taken from a palette or fixed for print."""

from __future__ import annotations

import dataclasses

from PySide6.QtGui import QColor, QPalette

#: Named colours, (light theme, dark theme).
COLOURS: dict[str, tuple[str, str]] = {
    "confidence": ("#1f6fc5", "#6cb4ff"),
    "motivation": ("#d2691e", "#ffad66"),
    "session": ("#2e8b57", "#6fd39a"),
    "mentee": ("#1f6fc5", "#6cb4ff"),
    "mentor": ("#8e44ad", "#c79cf0"),
    "good": ("#2e8b57", "#6fd39a"),
    "late": ("#d4a017", "#f2c94c"),
    "bad": ("#c0392b", "#ff7b6b"),
    "neutral": ("#7f8c8d", "#a5b1b2"),
    "target": ("#c0392b", "#ff7b6b"),
    "gap": ("#c0392b", "#ff7b6b"),
}


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


@dataclasses.dataclass(frozen=True)
class Theme:
    """The colours a chart needs: background, text, a faint grid and the named colours."""

    dark: bool
    base: QColor
    text: QColor
    muted: QColor
    grid: QColor

    @classmethod
    def of(cls, dark: bool) -> Theme:
        """The fixed light or dark theme (PNG from the command line, the report: light)."""
        if dark:
            return cls(
                True,
                QColor("#1e1f22"),
                QColor("#e8e8e8"),
                QColor("#a0a4aa"),
                QColor(255, 255, 255, 38),
            )
        return cls(
            False, QColor("#ffffff"), QColor("#1e1e1e"), QColor("#5f6368"), QColor(0, 0, 0, 30)
        )

    @classmethod
    def from_palette(cls, palette: QPalette) -> Theme:
        """The widget's own colours: dark mode follows the palette at paint time."""
        dark = is_dark(palette)
        grid = QColor(255, 255, 255, 38) if dark else QColor(0, 0, 0, 30)
        return cls(
            dark,
            palette.color(QPalette.ColorRole.Base),
            palette.color(QPalette.ColorRole.Text),
            palette.color(QPalette.ColorRole.PlaceholderText),
            grid,
        )

    def colour(self, name: str, alpha: int = 255) -> QColor:
        result = QColor(COLOURS[name][1 if self.dark else 0])
        result.setAlpha(alpha)
        return result
