"""The editor window for one record of any kind, with autosave.

While the user types, the record is saved ~2 s after the last change, when
the window loses focus, when it closes and when the journal is locked
(``flush()``). The first save of a new record creates it; later saves update
it, so a crash loses at most the last couple of seconds. A refused save shows
the core's message next to the field and writes no record; the input is kept
as an encrypted draft (``mentorjournal.domain.drafts``) instead, so a crash or an
automatic lock loses nothing, and the window offers it again after unlocking.
Closing with input that cannot be saved asks first (``alerts.confirm``) — no
path drops text silently. ``park()`` (lock, quit) saves or keeps a draft and
closes without asking.
"""

from __future__ import annotations

import datetime as dt
import html
import logging
from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from mentorjournal.domain import drafts, records
from mentorjournal.errors import JournalError, ValidationError
from mentorjournal.storage.journal import is_unlocked
from ui import alerts

from . import specs
from .form import RecordForm
from .template_bar import TemplateBar

log = logging.getLogger(__name__)

AUTOSAVE_MS = 2000


def record_values(kind: str, record) -> dict[str, Any]:
    """The stored values of a record, keyed like the form's fields."""
    stored = records.values_of(kind, record)
    return {name: stored[name] for name in validation_fields(kind) if name in stored}


def validation_fields(kind: str) -> tuple[str, ...]:
    return specs.ORDER[kind] + (("template",) if kind == "reflection" else ())


def new_values(kind: str) -> dict[str, Any]:
    """What a new record's form starts with: the model's defaults, today's date."""
    defaults = records.default_values(kind)
    values: dict[str, Any] = {}
    for spec in specs.fields_for(kind):
        if spec.widget in ("choice", "number") and spec.name in defaults:
            values[spec.name] = defaults[spec.name]
    for name in ("rated_on", "won_on"):
        if name in specs.ORDER[kind]:
            values[name] = dt.date.today()
    return values


class RecordEditor(QDialog):
    """Edit (or create) one ``kind`` record; autosaves; ``flush()`` before lock."""

    saved = Signal(str, int)  # kind, id — after every successful save, auto or not
    closed = Signal()

    def __init__(
        self,
        kind: str,
        record_id: int | None = None,
        *,
        initial: dict[str, Any] | None = None,
        draft: drafts.Draft | None = None,
        known_tags: list[str] | None = None,
        autosave_ms: int = AUTOSAVE_MS,
        preview_delay_ms: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(f"{kind}Editor")
        self.kind = kind
        self.record_id = draft.record_id if draft is not None else record_id
        self.draft_key: str | None = draft.key if draft is not None else None
        self._dirty = False
        self._closing = False
        self.last_error: ValidationError | None = None
        self.setModal(False)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.setSizeGripEnabled(True)

        tags = (
            known_tags
            if known_tags is not None
            else (records.all_tags() if kind in records.TAGGED else [])
        )
        self.form = RecordForm(kind, known_tags=tags, preview_delay_ms=preview_delay_ms)
        self.template_bar: TemplateBar | None = None
        if kind == "reflection":
            self.template_bar = TemplateBar(self.form.field("body"), self.form.field("title"))
            self.template_bar.applied.connect(lambda _key: self._changed())

        self.heading = QLabel()
        self.status = QLabel()
        self.status.setAccessibleName("Save status")
        self.status.setStyleSheet("color: palette(placeholder-text);")
        self.save_button = QPushButton("&Save")
        self.save_button.setAccessibleName("Save now")
        self.save_button.clicked.connect(self.save)
        self.delete_button = QPushButton("&Delete…")
        self.delete_button.clicked.connect(self.delete_record)
        self.close_button = QPushButton("Close")
        self.close_button.clicked.connect(self.close)
        for button in (self.delete_button, self.close_button):
            button.setAutoDefault(False)  # Enter never deletes or closes
        self.save_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        if self.template_bar is not None:
            layout.addWidget(self.template_bar)
        layout.addWidget(self.form, 1)
        layout.addLayout(buttons)

        self.save_action = QAction("Save", self)
        self.save_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Save))
        self.save_action.triggered.connect(self.save)
        self.addAction(self.save_action)

        self.autosave_timer = QTimer(self)
        self.autosave_timer.setSingleShot(True)
        self.autosave_timer.setInterval(autosave_ms)
        self.autosave_timer.timeout.connect(self.autosave)

        self._load(initial or {})
        if draft is not None:
            self._restore(draft)
        self.form.changed.connect(self._changed)
        self.resize(
            900 if kind in ("reflection", "session") else 720,
            680 if kind in ("reflection", "session") else 520,
        )

    # -- loading -----------------------------------------------------------

    def _load(self, initial: dict[str, Any]) -> None:
        if self.record_id is None:
            values = {**new_values(self.kind), **initial}
        else:
            values = record_values(self.kind, records.get(self.kind, self.record_id))
        self.form.set_values(values)
        if self.template_bar is not None:
            self.template_bar.set_key(values.get("template") or "")
        self._update_title()
        self.status.setText(
            "New — saved automatically as you type."
            if self.record_id is None
            else "Changes are saved automatically."
        )

    def _restore(self, draft: drafts.Draft) -> None:
        """Show a draft's values over the record's: unsaved until the user saves."""
        values = {**self.values(), **draft.values}
        self.form.set_values(values)
        if self.template_bar is not None:
            self.template_bar.set_key(values.get("template") or "")
        self._dirty = True
        local = draft.saved_at.replace(tzinfo=dt.UTC).astimezone().strftime("%Y-%m-%d %H:%M")
        self.status.setText(f"Restored input not saved yet (kept {local}).")

    def _update_title(self) -> None:
        label = specs.KIND_LABELS.get(self.kind, self.kind)
        state = "New" if self.record_id is None else "Edit"
        field = specs.TITLE_FIELD.get(self.kind)
        lines = str(self.form.field(field).value()).strip().splitlines() if field else []
        name = lines[0][:60] if lines and self.record_id is not None else ""
        self.setWindowTitle(
            f"{state} {label.lower()}" + (f" — {name}" if name else "") + " — MentorJournal"
        )
        self.heading.setText(f"<h3>{html.escape(state + ' ' + label.lower())}</h3>")
        self.delete_button.setVisible(self.record_id is not None)

    # -- saving ------------------------------------------------------------

    def is_dirty(self) -> bool:
        """True while there are changes not yet in the journal."""
        return self._dirty

    def _changed(self) -> None:
        self._dirty = True
        self.status.setText("Editing…")
        self.autosave_timer.start()

    def values(self) -> dict[str, Any]:
        values = self.form.values()
        if self.template_bar is not None:
            values["template"] = self.template_bar.key
        return values

    def save(self) -> bool:
        """Save now (the Save button, Ctrl+S): problems are shown and focused."""
        return self._save(auto=False)

    def autosave(self) -> bool:
        return self._save(auto=True)

    def flush(self) -> bool:
        """Save unsaved changes now; True when nothing unsaved is left."""
        self.autosave_timer.stop()
        return not self._dirty or self._save(auto=True)

    def _save(self, *, auto: bool) -> bool:
        self.autosave_timer.stop()
        if not is_unlocked():  # the journal is closed: keep the text, report it
            self.status.setText("Not saved: the journal is locked.")
            return False
        if auto and not self._dirty:
            return True
        values = self.values()
        try:
            if self.record_id is None:
                self.record_id = records.create(self.kind, **values).id
                self._update_title()
            else:
                records.update(self.kind, self.record_id, **values)
        except ValidationError as exc:
            self.last_error = exc
            self._keep_draft(values)
            self.form.show_error(exc, focus=not auto)
            self.status.setText("Not saved yet — see the message above." if auto else "Not saved.")
            log.info("%s save refused (field %s)", self.kind, exc.field)
            return False
        except JournalError as exc:
            self.last_error = None
            self.status.setText("Not saved.")
            if not auto:
                alerts.error(self, str(exc))
            log.warning("%s save failed: %s", self.kind, type(exc).__name__)
            return False
        self.last_error = None
        self._dirty = False
        self._drop_draft()
        self.form.clear_errors()
        self.status.setText(f"Saved at {dt.datetime.now():%H:%M:%S}.")
        log.debug("%s %d saved (%s)", self.kind, self.record_id, "auto" if auto else "explicit")
        self.saved.emit(self.kind, self.record_id)
        return True

    def _keep_draft(self, values: dict[str, Any]) -> None:
        try:
            self.draft_key = drafts.save(self.kind, self.record_id, values, self.draft_key)
        except (JournalError, TypeError) as exc:
            log.warning("%s draft not kept: %s", self.kind, type(exc).__name__)

    def _drop_draft(self) -> None:
        if self.draft_key is not None and is_unlocked():
            try:
                drafts.discard(self.draft_key)
            except JournalError as exc:
                log.warning("draft not discarded: %s", type(exc).__name__)
                return
            self.draft_key = None

    def delete_record(self) -> None:
        if self.record_id is None:
            return
        label = validation_label(self.kind)
        if not alerts.confirm(self, f"Delete this {label}?", "This cannot be undone."):
            return
        try:
            records.delete(self.kind, self.record_id)
        except JournalError as exc:
            alerts.error(self, str(exc))
            return
        deleted, self.record_id = self.record_id, None
        self._dirty = False
        self.saved.emit(self.kind, deleted)
        self.close_without_saving()

    # -- closing -----------------------------------------------------------

    def close_without_saving(self) -> None:
        """Close, dropping unsaved changes (the caller has asked the user)."""
        self._drop_draft()
        self._dirty = False
        self.autosave_timer.stop()
        self._closing = True
        self.close()

    def may_close(self) -> bool:
        """Save what can be saved; ask before dropping what cannot."""
        if self._closing or self.flush():
            return True
        reason = str(
            self.last_error.message if self.last_error else "the journal could not save it"
        )
        field = self.last_error.field if self.last_error else ""
        label = specs.LABELS.get(field, field)
        question = "This entry has changes that cannot be saved. Close it and lose them?"
        if not alerts.confirm(self, question, f"{label} {reason}." if label else reason):
            return False
        self._drop_draft()
        return True

    def park(self) -> None:
        """Locking or quitting: save, or keep what cannot be saved as a draft; close."""
        self.flush()
        self._dirty = False
        self.autosave_timer.stop()
        self._closing = True
        self.close()

    def reject(self) -> None:  # Escape, Close, close() (QDialog.closeEvent calls this)
        if self.may_close():
            self._closing = True
            super().reject()

    def done(self, result: int) -> None:  # Qt override: every way out ends here
        super().done(result)
        self.autosave_timer.stop()
        self.form.wipe()  # a closed editor holds no journal text, even before it is deleted
        self.setWindowTitle("MentorJournal")
        self.heading.clear()
        self.closed.emit()  # whoever opened the editor deletes it

    def changeEvent(self, event: QEvent) -> None:  # Qt override: save on focus loss
        if (
            event.type() == QEvent.Type.ActivationChange
            and not self.isActiveWindow()
            and self._dirty
            and not self._closing
        ):
            self.autosave()
        super().changeEvent(event)


def validation_label(kind: str) -> str:
    return specs.KIND_LABELS.get(kind, kind).lower()
