"""The journal's health in the window: damage, where it sits, copies off this disk.

After every unlock (``watch``):

- the full check (``Journal.check_in_background``) runs on a pool thread,
  ``CHECK_DELAY_MS`` after the unlock (so that the window paints first); a
  problem found means every write is refused from then on, so a persistent bar
  says so and offers **Salvage…** (``salvage_dialog``: a new journal with every
  readable record, opened at once) and **Restore from a backup…**. Editors keep
  their text and say why it is not saved; what they hold moves into the
  salvaged journal as drafts, so nothing typed is lost;
- ``storage.placement.warnings`` (a sync folder, conflicted copies beside the
  journal) as a bar with what to do and "Don't show again for this journal";
- ``storage.backups.offsite_warning`` (no copy off this disk for N days) as a
  bar, at most once a day.

"Don't show again" and "shown today" are remembered in QSettings under a hash
of the journal's path: no content, no path in clear.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QSettings, QTimer, Signal
from PySide6.QtWidgets import QInputDialog

from mentorjournal.errors import JournalError
from mentorjournal.storage import placement
from mentorjournal.storage.lock import real_path

from . import alerts, workers
from .message_bar import MessageArea

if TYPE_CHECKING:
    from mentorjournal.storage.journal import Journal

log = logging.getLogger(__name__)

DAMAGED, PLACEMENT, OFFSITE = "damaged", "placement", "offsite"
PLACEMENT_KEY = "health/placement_hidden/{id}"
OFFSITE_KEY = "health/offsite_shown/{id}"
#: How long after an unlock the background check starts: after the window's first paint.
CHECK_DELAY_MS = 1000


def path_id(path: Path) -> str:
    """A stable name for a journal file in QSettings that does not spell out its path."""
    return hashlib.sha256(str(real_path(path)).encode("utf-8")).hexdigest()[:20]


class JournalHealth(QObject):
    """The window's bars about the journal, and salvage and restore from them."""

    #: A backup was chosen and its key checks out: (backup path, key) for the controller.
    restore_requested = Signal(object, object)
    #: The background check finished: the problems found (empty when sound).
    checked = Signal(list)

    def __init__(self, window: Any, settings: QSettings) -> None:
        super().__init__(window)
        self.window = window
        self.settings = settings
        self.area = MessageArea()
        self.problems: list[str] = []
        self._task: workers.Task | None = None
        self._waiting: Journal | None = None  # checked when the timer fires
        self._delay = QTimer(self)
        self._delay.setSingleShot(True)
        self._delay.setInterval(CHECK_DELAY_MS)
        self._delay.timeout.connect(self._start_waiting)

    # -- after unlocking ---------------------------------------------------------

    def watch(self, journal: Journal) -> None:
        self.area.clear()
        self.problems = []
        if journal.is_damaged:  # known at open: said at once
            self._checked(journal, [journal.db.damaged])
        else:
            self._waiting = journal
            self._delay.start()
        self.show_placement(journal.path)
        self.show_offsite(journal.path)

    def clear(self) -> None:
        """Locked: no bar stays (they name files and problems of the closed journal)."""
        self._delay.stop()
        self._waiting = None
        self.area.clear()

    def _start_waiting(self) -> None:
        journal, self._waiting = self._waiting, None
        if journal is not None and self.window.journal is journal:
            self._start_check(journal)

    def _start_check(self, journal: Journal) -> None:
        if journal.is_damaged:
            self._checked(journal, [journal.db.damaged])
            return
        task = workers.Task(journal.check_in_background)
        task.connect(
            lambda problems: self._checked(journal, problems),
            lambda message: log.warning("background check did not run"),
            lambda: setattr(self, "_task", None),
        )
        self._task = task
        task.start()

    def is_checking(self) -> bool:
        """The check is waiting to start or running."""
        return self._task is not None or self._delay.isActive()

    def _checked(self, journal: Journal, problems: list[str]) -> None:
        if self.window.journal is not journal:
            return  # locked or another journal meanwhile
        self.problems = list(problems)
        if problems:
            log.warning("background check found damage: writes are refused")
            self.show_damaged()
        self.checked.emit(list(problems))

    def show_damaged(self) -> None:
        bar = self.area.show_bar(
            DAMAGED,
            self.tr(
                "This journal is damaged: changes can no longer be saved. Salvage copies every "
                "readable record into a new journal; or restore a backup. What you type is kept."
            ),
            "error",
            persistent=True,
        )
        if self.problems:
            bar.setToolTip(self.problems[0])
        self.salvage_button = bar.add_button(self.tr("&Salvage…"), self.salvage)
        self.restore_button = bar.add_button(self.tr("&Restore from a backup…"), self.restore)

    # -- where it sits -----------------------------------------------------------

    def show_placement(self, path: Path) -> None:
        key = PLACEMENT_KEY.format(id=path_id(path))
        if self.settings.value(key, False, type=bool):
            return
        try:
            found = placement.warnings(path)
        except OSError:
            return
        if not found:
            return
        bar = self.area.show_bar(PLACEMENT, "\n".join(found), "warning")
        bar.add_button(
            self.tr("Don't show again for this journal"), lambda: self._hide_placement(key)
        )

    def _hide_placement(self, key: str) -> None:
        self.settings.setValue(key, True)
        self.settings.sync()
        self.area.remove(PLACEMENT)

    # -- copies off this disk ------------------------------------------------------

    def show_offsite(self, path: Path, today: dt.date | None = None) -> None:
        from mentorjournal.storage.backups import offsite_warning

        from .settings import load_preferences

        key = OFFSITE_KEY.format(id=path_id(path))
        today = today or dt.date.today()
        if self.settings.value(key, "") == today.isoformat():
            return  # once a day at most
        try:
            text = offsite_warning(path, load_preferences(self.settings).backup_policy)
        except (JournalError, OSError):
            return
        if not text:
            return
        self.settings.setValue(key, today.isoformat())
        bar = self.area.show_bar(OFFSITE, text, "warning")
        bar.add_button(self.tr("Backup settings…"), self._open_settings)

    def _open_settings(self) -> None:
        self.area.remove(OFFSITE)
        self.window.settings_requested.emit()

    # -- salvage and restore -------------------------------------------------------

    def salvage(self) -> None:
        """Salvage into a new journal (the damaged one is closed first), then open it."""
        window = self.window
        journal = window.journal
        if journal is None:
            return
        from .salvage_dialog import SalvageDialog

        key = journal.key.copy()
        path = journal.path
        held: list[tuple[str, int | None, dict]] = []

        def close_damaged() -> None:
            held.extend(window.unsaved_entries())
            window.close_journal()
            window.locked.emit()

        dialog = SalvageDialog(path, key, before_start=close_damaged, parent=window)
        try:
            dialog.exec()
            if dialog.open_requested and dialog.report is not None:
                self._open_salvaged(dialog.report.output, key, held)
            elif window.journal is None:
                window.request_unlock_later()
        finally:
            key.wipe()
            dialog.deleteLater()

    def _open_salvaged(self, output: Path, key, held: list) -> None:
        from mentorjournal.domain import drafts
        from mentorjournal.storage.journal import Journal

        from .settings import add_recent_journal

        window = self.window
        try:
            journal = Journal.open_with_key(output, key)
        except JournalError as exc:
            alerts.error(window, self.tr("The salvaged journal did not open."), str(exc))
            window.request_unlock_later()
            return
        for kind, record_id, values in held:  # what the editors could not save
            try:
                drafts.save(kind, record_id, values)
            except (JournalError, TypeError) as exc:
                log.warning(
                    "unsaved entry not kept in the salvaged journal: %s", type(exc).__name__
                )
        add_recent_journal(self.settings, output)
        log.info("salvaged journal opened")
        window.set_journal(journal)

    def restore(self) -> None:
        """Choose a backup; its key is checked, then the controller restores it."""
        window = self.window
        journal = window.journal
        if journal is None:
            return
        from .backup_ui import key_for_backup
        from .settings import load_preferences

        try:
            found = load_preferences(self.settings).backups(journal.path).list()
        except (JournalError, OSError):
            found = []
        if not found:
            alerts.info(
                window,
                self.tr("This journal has no backups yet."),
                self.tr("Salvage copies every readable record into a new journal instead."),
            )
            return
        labels = [
            f"{b.created.astimezone():%Y-%m-%d %H:%M} — {b.reason.replace('-', ' ')}" for b in found
        ]
        chosen, ok = QInputDialog.getItem(
            window,
            self.tr("Restore from a backup"),
            self.tr("Backups of this journal, newest first:"),
            labels,
            0,
            False,
        )
        if not ok or chosen not in labels:
            return
        backup = found[labels.index(chosen)].path
        key = key_for_backup(window, backup, journal)
        if key is not None:
            self.restore_requested.emit(backup, key)
