"""Reminders while the app runs: a tray icon and desktop notifications.

``Reminders`` checks ``mentorjournal.domain.reminders.schedule`` every
``CHECK_MS`` (and ``FIRST_CHECK_MS`` after each unlock: once the window has painted)
and shows what is due through ``QSystemTrayIcon.showMessage``
(where the desktop has a tray; ``shown`` is emitted either way). Clicking a
session reminder opens that person's session prep.

Locked, the window keeps only *times*: when each session reminder falls (no
names, no titles, no ids), and a reminder then says exactly "A session is
coming up". Every other reminder waits for the unlock. Presenting mode
(``suppressed``) shows nothing at all.

Which reminders, and how long before a session, are preferences in QSettings
(``ReminderPanel``: the Settings dialog's Reminders tab).
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, QSettings, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QFormLayout,
    QLabel,
    QMenu,
    QSpinBox,
    QSystemTrayIcon,
    QVBoxLayout,
    QWidget,
)

from mentorjournal.domain import reminders as schedule_of
from mentorjournal.errors import JournalError

log = logging.getLogger(__name__)

CHECK_MS = 30_000
#: The first check after an unlock waits this long: the window paints first.
FIRST_CHECK_MS = 1000
PREFIX = "reminders/"
LEAD_KEY = PREFIX + "lead_minutes"
DEFAULT_LEAD = 30
#: The default of each kind: all on but the daily reflection nudge.
DEFAULTS = {kind: kind != "reflect" for kind in schedule_of.KINDS}


def _on(settings: QSettings, kind: str) -> bool:
    value = settings.value(PREFIX + kind, DEFAULTS[kind])
    return value in (True, "true", "1", 1)


def options(settings: QSettings) -> schedule_of.Options:
    """The reminder preferences as the core's options."""
    try:
        lead = int(settings.value(LEAD_KEY, DEFAULT_LEAD))
    except (TypeError, ValueError):
        lead = DEFAULT_LEAD
    kinds = frozenset(k for k in schedule_of.KINDS if _on(settings, k))
    return schedule_of.Options(kinds=kinds, lead_minutes=max(0, min(lead, 240)))


class Reminders(QObject):
    """The reminders of one main window."""

    #: A reminder was shown: (title, text).
    shown = Signal(str, str)

    def __init__(
        self,
        window: Any,
        settings: QSettings | None = None,
        now: Callable[[], dt.datetime] = dt.datetime.now,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.settings = settings if settings is not None else QSettings()
        self.now = now
        self.suppressed = False  # presenting mode: nothing shows
        self._shown: set[str] = set()
        self._locked_times: list[dt.datetime] = []  # all a locked window keeps
        self._kept: list[schedule_of.Reminder] = []  # the last schedule, while unlocked
        self._target: int | None = None  # whose prep a click on the last reminder opens
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_MS)
        self.timer.timeout.connect(self.check)
        self.first_check = QTimer(self)
        self.first_check.setSingleShot(True)
        self.first_check.setInterval(FIRST_CHECK_MS)
        self.first_check.timeout.connect(self.check)
        self.tray: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            self._make_tray()
        window.locked.connect(self._locked)
        window.unlocked.connect(self._unlocked)
        self.timer.start()
        if window.journal is not None:  # already unlocked (else ``unlocked`` checks)
            self.first_check.start()

    def _make_tray(self) -> None:
        tray = QSystemTrayIcon(QApplication.windowIcon(), self)
        tray.setToolTip("MentorJournal")
        menu = QMenu()
        show = QAction(self.tr("Show MentorJournal"), menu)
        show.triggered.connect(lambda _checked=False: self._raise_window())
        menu.addAction(show)
        menu.addAction(self.window.lock_action)
        tray.setContextMenu(menu)
        self._tray_menu = menu
        tray.messageClicked.connect(self.open_target)
        tray.activated.connect(
            lambda reason: (
                self._raise_window() if reason == QSystemTrayIcon.ActivationReason.Trigger else None
            )
        )
        tray.show()
        self.tray = tray

    # -- the schedule ----------------------------------------------------------

    def _schedule(self, now: dt.datetime) -> list[schedule_of.Reminder]:
        try:
            return schedule_of.schedule(now, options(self.settings))
        except JournalError as exc:
            log.warning("reminders not checked: %s", type(exc).__name__)
            return []

    def check(self) -> None:
        """Show what has come due since the last check."""
        now = self.now()
        if self.window.journal is None:  # locked: times only, one neutral line
            if not _on(self.settings, "session"):
                return
            oldest = now - dt.timedelta(minutes=120)
            due = [t for t in self._locked_times if oldest <= t <= now]
            if due:
                self._locked_times = [t for t in self._locked_times if t > now]
                self._target = None
                self._notify("MentorJournal", self.tr(schedule_of.LOCKED_TEXT))
            return
        self._kept = self._schedule(now)  # the session times survive a lock
        for reminder in schedule_of.due_now(self._kept, now, self._shown):
            if self.suppressed:
                return  # presenting: they wait (and go stale after two hours)
            self._shown.add(reminder.key)
            self._target = reminder.person_id if reminder.kind == "session" else None
            self._notify(self.tr(reminder.title), self.tr(reminder.text))

    def _notify(self, title: str, text: str) -> None:
        if self.suppressed:
            return
        self.shown.emit(title, text)
        if self.tray is not None:
            self.tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, 15_000)

    def _locked(self) -> None:
        """Forget everything but the times of the session reminders still to come."""
        self.first_check.stop()
        now = self.now()
        self._locked_times = [t for t in schedule_of.locked_times(self._kept) if t > now]
        self._kept = []
        self._shown = set()
        self._target = None

    def _unlocked(self) -> None:
        self._locked_times = []
        self.first_check.start()

    def locked_state(self) -> tuple[Any, ...]:
        """What a locked window holds (for tests): times only."""
        return (tuple(self._locked_times), self._target, tuple(self._shown))

    # -- clicks ----------------------------------------------------------------

    def _raise_window(self) -> None:
        self.window.showNormal()
        self.window.raise_()
        self.window.activateWindow()

    def open_target(self) -> None:
        """A click on a session reminder: that person's session prep."""
        self._raise_window()
        person, self._target = self._target, None
        if person is None or self.window.journal is None:
            return
        self.window.show_section(self.window.record_pages.index(self.window.prep_page))
        self.window.prep_page.select_person(person)


class ReminderPanel(QWidget):
    """The Settings dialog's Reminders tab: each kind on or off, and the lead time."""

    LABELS = {
        "session": QT_TRANSLATE_NOOP("ReminderPanel", "Before a planned session (opens its &prep)"),
        "due": QT_TRANSLATE_NOOP("ReminderPanel", "Action items &due today"),
        "overdue": QT_TRANSLATE_NOOP("ReminderPanel", "&Overdue action items"),
        "quiet": QT_TRANSLATE_NOOP("ReminderPanel", "Relationships gone &quiet"),
        "reflect": QT_TRANSLATE_NOOP("ReminderPanel", "A daily re&flection nudge (18:00)"),
    }

    def __init__(self, settings: QSettings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings if settings is not None else QSettings()
        layout = QVBoxLayout(self)
        note = QLabel(
            self.tr(
                "While MentorJournal runs, it reminds you in a desktop notification. While "
                "the journal is locked, a reminder says only “A session is coming up”."
            )
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        self.boxes: dict[str, QCheckBox] = {}
        for kind in schedule_of.KINDS:
            box = QCheckBox(self.tr(self.LABELS[kind]))
            box.setChecked(_on(self.settings, kind))
            self.boxes[kind] = box
            layout.addWidget(box)
        form = QFormLayout()
        self.lead = QSpinBox()
        self.lead.setRange(0, 240)
        self.lead.setSingleStep(5)
        self.lead.setSuffix(self.tr(" min"))
        self.lead.setValue(options(self.settings).lead_minutes)
        form.addRow(self.tr("Remind &ahead of a session:"), self.lead)
        layout.addLayout(form)
        layout.addStretch(1)

    def save(self) -> None:
        for kind, box in self.boxes.items():
            self.settings.setValue(PREFIX + kind, box.isChecked())
        self.settings.setValue(LEAD_KEY, self.lead.value())


def install(window: Any, settings: QSettings | None = None) -> Reminders:
    window.reminders = Reminders(window, settings)
    return window.reminders
