"""Input widgets for record forms; each has ``value()``, ``set_value()`` and ``changed``.

Values are what ``records.create/update`` accept: ``None`` for empty, text as
typed (the core validates and explains), ids for links. None of these widgets
validate on their own — refusals come from the core with the field's name.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QDate, QDateTime, QStringListModel, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QButtonGroup,
    QCalendarWidget,
    QComboBox,
    QCompleter,
    QDateTimeEdit,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QSpinBox,
    QToolButton,
    QToolTip,
    QWidget,
    QWidgetAction,
)

log = logging.getLogger(__name__)

Choices = Sequence[tuple[str, Any]]


class LineField(QLineEdit):
    changed = Signal()

    def __init__(self, accessible: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(accessible)
        self.textEdited.connect(lambda _text: self.changed.emit())

    def value(self) -> str:
        return self.text()

    def set_value(self, value: Any) -> None:
        self.setText("" if value is None else str(value))


class RatingField(QFrame):
    """The one rating control (1–10): ten number buttons, and Clear where empty is allowed.

    Used by every editor, the after-session dialog, "Rate now" and the quick
    check-in, with the same rules everywhere:

    - it starts empty unless a value is given (never a made-up default);
    - clicking a number chooses it; clicking or double-clicking the chosen one
      keeps it (only Clear, Delete or Backspace empty it, and only when
      ``nullable``);
    - one tab stop; typing 1–9 chooses that number, "1" then "0" chooses 10, a
      0 on its own is refused (nothing changes, a hint says why); Left/Down and
      Right/Up step (below 1 is empty when ``nullable``, else stays 1).
    """

    changed = Signal()

    def __init__(
        self, accessible: str, parent: QWidget | None = None, *, nullable: bool = True
    ) -> None:
        super().__init__(parent)
        self.setObjectName("ratingField")
        self.setAccessibleName(accessible)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setStyleSheet(
            "QFrame#ratingField { border: 1px solid transparent; border-radius: 3px; }"
            "QFrame#ratingField:focus { border: 1px solid palette(highlight); }"
            # The chosen number must stand out, in light and dark themes alike.
            "QToolButton:checked { background: palette(highlight); color: palette(highlighted-text);"
            " border: 1px solid palette(highlight); border-radius: 3px; font-weight: bold; }"
        )
        self.nullable = nullable
        self._value: int | None = None
        self._last_digit: int | None = None  # the digit typed just before, for "10"
        self.group = QButtonGroup(self)
        self.group.setExclusive(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.setSpacing(2)
        self.buttons: list[QToolButton] = []
        for n in range(1, 11):
            button = QToolButton()
            button.setText(str(n))
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setAccessibleName(f"{accessible} {n}")
            button.setMinimumWidth(button.fontMetrics().horizontalAdvance("10") + 10)
            self.group.addButton(button, n)
            self.buttons.append(button)
            layout.addWidget(button)
        self.clear_button = QToolButton()
        self.clear_button.setText(self.tr("Clear"))
        self.clear_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.clear_button.setAccessibleName(self.tr("%s: clear") % accessible)
        self.clear_button.setToolTip(self.tr("No rating"))
        self.clear_button.clicked.connect(lambda: self._choose(None))
        self.clear_button.setVisible(nullable)
        layout.addSpacing(6)
        layout.addWidget(self.clear_button)
        layout.addStretch(1)
        self.group.buttonClicked.connect(self._clicked)
        self._show()

    def value(self) -> int | None:
        return self._value

    def set_value(self, value: Any) -> None:
        valid = isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= 10
        self._value = value if valid else None
        self._last_digit = None
        self._show()

    def _clicked(self, button: QAbstractButton) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        self._last_digit = None
        self._choose(self.group.id(button))  # the chosen one again: it stays chosen

    def _choose(self, value: int | None) -> None:
        changed = value != self._value
        self._value = value
        self._show()
        if changed:
            QToolTip.hideText()  # a hint about a refused 0 no longer applies
            self.changed.emit()

    def _show(self) -> None:
        for n, button in enumerate(self.buttons, start=1):
            button.setChecked(n == self._value)
        self.clear_button.setEnabled(self._value is not None)
        text = self.tr("not rated") if self._value is None else self.tr("%d of 10") % self._value
        self.setAccessibleDescription(text)
        self.setToolTip(text[:1].upper() + text[1:])

    def _refuse_zero(self) -> None:
        QApplication.beep()
        QToolTip.showText(
            self.mapToGlobal(self.rect().bottomLeft()),
            self.tr("Ratings run from 1 to 10: type 1 then 0 for 10."),
            self,
        )

    def keyPressEvent(self, event: QKeyEvent) -> None:  # Qt override
        key = event.key()
        current = self._value or 0
        digit = key - Qt.Key.Key_0 if Qt.Key.Key_0 <= key <= Qt.Key.Key_9 else None
        commands = (
            Qt.KeyboardModifier.ControlModifier
            | Qt.KeyboardModifier.AltModifier
            | Qt.KeyboardModifier.MetaModifier
        )
        if digit is not None and not event.modifiers() & commands:  # Shift: AZERTY digits
            if digit == 0 and self._last_digit == 1 and self._value == 1:
                self._choose(10)
            elif digit == 0:
                self._refuse_zero()
            else:
                self._choose(digit)
            self._last_digit = digit
            event.accept()
            return
        self._last_digit = None
        if key in (Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Plus):
            self._choose(min(current + 1, 10))
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Down, Qt.Key.Key_Minus):
            floor = None if self.nullable else (1 if current else None)
            self._choose(current - 1 if current > 1 else floor)
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.nullable:
            self._choose(None)
        else:
            super().keyPressEvent(event)
            return
        event.accept()


class ChoiceField(QComboBox):
    """One of fixed choices, shown with their labels."""

    changed = Signal()

    def __init__(self, accessible: str, choices: Choices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(accessible)
        for label, value in choices:
            self.addItem(label, value)
        self.activated.connect(lambda _index: self.changed.emit())

    def value(self) -> Any:
        return self.currentData()

    def set_value(self, value: Any) -> None:
        index = self.findData(value)
        self.setCurrentIndex(max(index, 0))


class LinkPicker(ChoiceField):
    """A link to another record: "—" or one of ``source()``'s (label, id) pairs."""

    NONE = "—"

    def __init__(
        self, accessible: str, source: Callable[[], Choices], parent: QWidget | None = None
    ) -> None:
        super().__init__(accessible, (), parent)
        self._source = source
        self.setMinimumContentsLength(24)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.reload()

    def reload(self) -> None:
        current = self.currentData()
        self.clear()
        self.addItem(self.NONE, None)
        for label, ident in self._source():
            self.addItem(label, ident)
        self.set_value(current)


class TagsField(QLineEdit):
    """Comma-separated tags, completing each one from the journal's tags."""

    changed = Signal()

    def __init__(
        self,
        accessible: str,
        known: Sequence[str] = (),
        parent: QWidget | None = None,
        *,
        placeholder: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setAccessibleName(accessible)
        self.setPlaceholderText(placeholder or self.tr("tags, separated by commas"))
        self.tag_model = QStringListModel(list(known), self)
        completer = _TagCompleter(self.tag_model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self.textEdited.connect(lambda _text: self.changed.emit())
        completer.activated.connect(lambda _text: self.changed.emit())

    def set_known(self, names: Sequence[str]) -> None:
        self.tag_model.setStringList(list(names))

    def value(self) -> list[str]:
        return [part.strip() for part in self.text().split(",") if part.strip()]

    def set_value(self, value: Any) -> None:
        self.setText(", ".join(value or []))


class _TagCompleter(QCompleter):
    """Completes the last comma-separated part, keeping the ones before it."""

    def __init__(self, model: QStringListModel, field: QLineEdit) -> None:
        super().__init__(model, field)
        self._field = field

    def splitPath(self, path: str) -> list[str]:  # Qt override
        return [path.split(",")[-1].strip()]

    def pathFromIndex(self, index) -> str:  # Qt override
        before = self._field.text().split(",")[:-1]
        return ", ".join([part.strip() for part in before if part.strip()] + [str(index.data())])


class DateField(QWidget):
    """An optional date: typed as YYYY-MM-DD or picked from a calendar (Alt+Down)."""

    changed = Signal()

    def __init__(self, accessible: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.line = QLineEdit()
        self.line.setAccessibleName(accessible)
        self.line.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.line.setMaximumWidth(self.line.fontMetrics().horizontalAdvance("0000-00-00") + 40)
        self.line.textEdited.connect(lambda _text: self.changed.emit())
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(True)
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)
        menu = QMenu(self)
        holder = QWidgetAction(menu)
        holder.setDefaultWidget(self.calendar)
        menu.addAction(holder)
        self.pick = QToolButton()
        self.pick.setText(self.tr("Pick…"))
        self.pick.setAccessibleName(
            self.tr("{field}: pick from a calendar").format(field=accessible)
        )
        self.pick.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.pick.setMenu(menu)
        menu.aboutToShow.connect(self._prepare_calendar)
        # One tab stop (the text); the calendar opens with Alt+Down or F4, as in a date edit.
        self.pick.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.pick.setToolTip(self.tr("Pick from a calendar (Alt+Down)"))
        for keys in ("Alt+Down", "F4"):
            opener = QShortcut(QKeySequence(keys), self.line)
            opener.setContext(Qt.ShortcutContext.WidgetShortcut)
            opener.activated.connect(self.pick.showMenu)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.line)
        layout.addWidget(self.pick)
        layout.addStretch(1)
        self.setFocusProxy(self.line)

    def _prepare_calendar(self) -> None:
        try:
            day = dt.date.fromisoformat(self.line.text().strip())
        except ValueError:
            day = dt.date.today()
        self.calendar.setSelectedDate(QDate(day.year, day.month, day.day))

    def _picked(self, date: QDate) -> None:
        self.line.setText(date.toString("yyyy-MM-dd"))
        self.pick.menu().hide()
        self.changed.emit()

    def value(self) -> str:
        return self.line.text().strip()

    def set_value(self, value: Any) -> None:
        self.line.setText(value.isoformat() if isinstance(value, dt.date) else str(value or ""))


class DateTimeField(QDateTimeEdit):
    """A required date and time, to the minute: one tab stop.

    Qt's date-time edit moves Tab through its five sections (year … minute);
    here Tab leaves the field, like any other. Left and Right move between the
    sections, typing fills them, Up and Down step the one under the cursor.
    """

    changed = Signal()

    def __init__(self, accessible: str, parent: QWidget | None = None) -> None:
        super().__init__(QDateTime.currentDateTime(), parent)
        self.setAccessibleName(accessible)
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.dateTimeChanged.connect(lambda _value: self.changed.emit())

    def focusNextPrevChild(self, next: bool) -> bool:  # Qt override: Tab leaves the field
        return QWidget.focusNextPrevChild(self, next)

    def value(self) -> dt.datetime:
        return self.dateTime().toPython().replace(second=0, microsecond=0)

    def set_value(self, value: Any) -> None:
        if isinstance(value, dt.datetime):
            self.blockSignals(True)
            self.setDateTime(QDateTime(value))
            self.blockSignals(False)


class NumberField(QSpinBox):
    """A whole number in ``lo..hi``; optional ones show "—" below ``lo`` for empty."""

    changed = Signal()

    def __init__(
        self,
        accessible: str,
        lo: int,
        hi: int,
        *,
        nullable: bool,
        suffix: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setAccessibleName(accessible)
        self._nullable = nullable
        self.setRange(lo - 1 if nullable else lo, hi)
        if nullable:
            self.setSpecialValueText("—")
            self.setValue(self.minimum())  # starts empty, not at a made-up 0
        self.setSuffix(suffix)
        self.valueChanged.connect(lambda _value: self.changed.emit())

    def value(self) -> int | None:  # type: ignore[override]
        number = super().value()
        return None if self._nullable and number == self.minimum() else number

    def set_value(self, value: Any) -> None:
        self.blockSignals(True)
        self.setValue(self.minimum() if value is None else int(value))
        self.blockSignals(False)
