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

A new editor nobody has touched saves nothing: Esc or Close just closes it, and
autosave waits. "Touched" means something the user typed or chose; a template's
text and title as the template left them are not (no empty "Weekly review" is
ever saved by itself). Ctrl+S saves whatever is there.

The session editor also holds the session's action items (``actions.py``),
saved with the session in one transaction. Reflections and sessions take
attachments (``attachments.py``): a button, files dropped on a text, a picture
pasted into one; a new record is saved first.
"""

from __future__ import annotations

import datetime as dt
import html
import logging
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from mentorjournal.domain import drafts, records, session_actions
from mentorjournal.errors import JournalError, ValidationError
from mentorjournal.storage.journal import is_unlocked
from ui import alerts, core_messages, labels
from ui.geometry import fit_to_screen

from . import specs
from .actions import ActionItemsField
from .attachments import AttachmentsPanel
from .form import RecordForm
from .markdown_editor import MarkdownEditor
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
        self._shown_once = False
        self.last_error: ValidationError | None = None
        #: Why the last save failed in the journal (busy, read-only, full, damaged); "" if not.
        self.failure = ""
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
        self.actions: ActionItemsField | None = None
        if kind == "session" and self.form.tabs is not None:
            self.actions = ActionItemsField()
            self.form.tabs.addTab(self.actions, self.tr("Action items"))
            QWidget.setTabOrder(self.form.focus_chain()[-1], self.actions.table)
            QWidget.setTabOrder(self.actions.table, self.actions.add_button)

        self.attachments: AttachmentsPanel | None = None
        self._drop_target: MarkdownEditor | None = None
        if kind in ("reflection", "session"):
            self.attachments = AttachmentsPanel(
                kind, self._saved_id, lambda: getattr(self.parentWidget(), "journal", None)
            )
            self.attachments.attached.connect(self._reference_added)
            self.attachments.removed.connect(self._reference_removed)
            for text in self._texts():
                text.edit.takes_attachments = True
                text.edit.files_dropped.connect(
                    lambda files, text=text: self._attach_into(text, files=files)
                )
                text.edit.image_pasted.connect(
                    lambda image, text=text: self._attach_into(text, image=image)
                )

        self.heading = QLabel()
        self.status = QLabel()
        self.status.setAccessibleName(self.tr("Save status"))
        self.status.setStyleSheet("color: palette(placeholder-text);")
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setAccessibleName(self.tr("Save now"))
        self.save_button.setToolTip(
            self.tr("Save now (Ctrl+S); changes are also saved as you type")
        )
        self.save_button.clicked.connect(self.save)
        self.delete_button = QPushButton(self.tr("&Delete…"))
        self.delete_button.clicked.connect(self.delete_record)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setToolTip(self.tr("Close (Esc); changes are saved first"))
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
        # The form scrolls when the screen is small (200 % scaling): the buttons stay in view.
        self.scroll = QScrollArea()
        self.scroll.setWidget(self.form)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout.addWidget(self.scroll, 1)
        if self.attachments is not None:
            layout.addWidget(self.attachments)
            panel = self.attachments
            last = self.actions.add_button if self.actions is not None else None
            chain = [
                last or self.form.focus_chain()[-1],
                panel.list,
                panel.attach_button,
                panel.remove_button,
                panel.save_as_button,
            ]
            for first, second in zip(chain, chain[1:], strict=False):
                QWidget.setTabOrder(first, second)
        layout.addLayout(buttons)

        self.save_action = QAction(self.tr("Save"), self)
        self.save_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Save))
        self.save_action.triggered.connect(self.save)
        self.addAction(self.save_action)

        self.autosave_timer = QTimer(self)
        self.autosave_timer.setSingleShot(True)
        self.autosave_timer.setInterval(autosave_ms)
        self.autosave_timer.timeout.connect(self.autosave)

        self._load(initial or {})
        self._baseline = self._comparable(self.values())
        if draft is not None:
            self._restore(draft)
        self.form.changed.connect(self._changed)
        if self.actions is not None:
            self.actions.changed.connect(self._changed)
        self.resize(
            900 if kind in ("reflection", "session") else 720,
            680 if kind in ("reflection", "session") else 520,
        )
        fit_to_screen(self)
        self.form.focus_first()

    def showEvent(self, event: QShowEvent) -> None:  # Qt override: fit the real screen
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            fit_to_screen(self)
            # Once the window is up: the cursor at the end of the first field, nothing
            # selected (typing never replaces a title that activation happened to select).
            QTimer.singleShot(0, self._place_cursor)

    def _place_cursor(self) -> None:
        focus = self.focusWidget()
        if focus is None or focus is self.form.focus_chain()[0]:
            self.form.focus_first()

    # -- loading -----------------------------------------------------------

    def _load(self, initial: dict[str, Any]) -> None:
        if self.record_id is None:
            values = {**new_values(self.kind), **initial}
        else:
            values = record_values(self.kind, records.get(self.kind, self.record_id))
        self.form.set_values(values)
        if self.template_bar is not None:
            self.template_bar.set_key(values.get("template") or "")
        if self.actions is not None and self.record_id is not None:
            self.actions.set_items(session_actions.items_of(self.record_id))
        if self.attachments is not None:
            self.attachments.load(self.record_id)
        self._update_title()
        self.status.setText(
            self.tr("New — saved automatically as you type.")
            if self.record_id is None
            else self.tr("Changes are saved automatically.")
        )

    def _restore(self, draft: drafts.Draft) -> None:
        """Show a draft's values over the record's: unsaved until the user saves."""
        values = {**self.values(), **draft.values}
        self.form.set_values(values)
        if self.template_bar is not None:
            self.template_bar.set_key(values.get("template") or "")
        if self.actions is not None and "actions" in draft.values:
            kept = [session_actions.Item.from_list(row) for row in draft.values["actions"] or []]
            self.actions.merge_pending(kept)
        self._dirty = True
        local = draft.saved_at.replace(tzinfo=dt.UTC).astimezone().strftime("%Y-%m-%d %H:%M")
        self.status.setText(
            self.tr("Restored input not saved yet (kept {time}).").format(time=local)
        )

    def _update_title(self) -> None:
        label = labels.kind_label(self.kind)
        state = (
            self.tr("New {kind}") if self.record_id is None else self.tr("Edit {kind}")
        ).format(kind=label)
        field = specs.TITLE_FIELD.get(self.kind)
        lines = str(self.form.field(field).value()).strip().splitlines() if field else []
        name = lines[0][:60] if lines and self.record_id is not None else ""
        self.setWindowTitle(state + (f" — {name}" if name else "") + " — MentorJournal")
        self.heading.setText(f"<h3>{html.escape(state)}</h3>")
        self.delete_button.setVisible(self.record_id is not None)

    # -- attachments -------------------------------------------------------

    def _texts(self) -> list[MarkdownEditor]:
        return [w for w in self.form.widgets.values() if isinstance(w, MarkdownEditor)]

    def _text_target(self) -> MarkdownEditor:
        """Where an attachment's reference goes: the text with the focus, or the one shown."""
        if self._drop_target is not None:
            return self._drop_target
        texts = self._texts()
        for text in texts:
            if text.edit.hasFocus():
                return text
        tabs = self.form.tabs
        current = tabs.currentWidget() if tabs is not None else None
        for text in texts:
            if current is not None and current.isAncestorOf(text):
                return text
        notes = self.form.widgets.get("notes")
        return notes if isinstance(notes, MarkdownEditor) else texts[0]

    def _saved_id(self) -> int | None:
        """The record's id, saving a new record first (None when it cannot be saved)."""
        if self.record_id is None and not self.save():
            return None
        return self.record_id

    def _attach_into(self, text: MarkdownEditor, *, files=None, image=None) -> None:
        panel = self.attachments
        if panel is None:
            return
        self._drop_target = text  # the reference goes where the file was dropped or pasted
        try:
            if files:
                panel.attach_files(files)
            elif image is not None:
                panel.attach_image(image)
        finally:
            self._drop_target = None

    def _reference_added(self, reference: str) -> None:
        """A dropped or pasted file's reference goes where it was put; a chosen one at the end."""
        dropped = self._drop_target is not None
        self._text_target().insert_text(reference, at_end=not dropped)

    def _reference_removed(self, reference: str) -> None:
        for text in self._texts():
            value = text.value()
            if reference in value:
                text.replace_text(value.replace(reference + "\n", "").replace(reference, ""))

    # -- saving ------------------------------------------------------------

    def is_dirty(self) -> bool:
        """True while there are changes not yet in the journal."""
        return self._dirty

    def _changed(self) -> None:
        self._dirty = True
        self.status.setText(self.tr("Editing…"))
        self.autosave_timer.start()

    def _comparable(self, values: dict[str, Any]) -> dict[str, Any]:
        """``values`` without what a template put in by itself (its text, its title)."""
        seen = dict(values)
        bar = self.template_bar
        if bar is not None:
            seen.pop("template", None)
            if bar.filled_body and seen.get("body") == bar.filled_body:
                seen["body"] = ""
            if bar.filled_title and seen.get("title") == bar.filled_title:
                seen["title"] = ""
        return seen

    def is_untouched(self) -> bool:
        """A new record nobody typed or chose anything in (a template's own text aside)."""
        return (
            self.record_id is None
            and self.draft_key is None
            and not (self.actions is not None and self.actions.pending())
            and self._comparable(self.values()) == self._baseline
        )

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
            self.status.setText(self.tr("Not saved: the journal is locked."))
            return False
        if auto and not self._dirty:
            return True
        if auto and self.is_untouched():  # nothing of the user's to keep: no empty record
            self._dirty = False
            self.status.setText(self.tr("New — saved automatically as you type."))
            return True
        values = self.values()
        try:
            created = self.record_id is None
            self._write(values)
            if created:
                self._update_title()
        except ValidationError as exc:
            self.last_error = exc
            self._keep_draft(self._draft_values(values))
            self._show_error(exc, focus=not auto)
            self.status.setText(
                self.tr("Not saved yet — see the message above.") if auto else self.tr("Not saved.")
            )
            log.info("%s save refused (field %s)", self.kind, exc.field)
            return False
        except JournalError as exc:  # busy, read-only, full disk, damaged: the text stays here
            self.last_error = None
            self.failure = str(exc)
            self.status.setText(self.tr("Not saved: {reason}").format(reason=exc))
            self.status.setToolTip(str(exc))
            if not auto:
                alerts.error(
                    self,
                    self.tr("Not saved. Your text stays in this window."),
                    core_messages.text_of(exc),
                )
            log.warning("%s save failed: %s", self.kind, type(exc).__name__)
            return False
        self.last_error = None
        self.failure = ""
        self.status.setToolTip("")
        self._dirty = False
        self._drop_draft()
        self.form.clear_errors()
        self.status.setText(self.tr("Saved at %s.") % f"{dt.datetime.now():%H:%M:%S}")
        log.debug("%s %d saved (%s)", self.kind, self.record_id, "auto" if auto else "explicit")
        self.saved.emit(self.kind, self.record_id)
        return True

    def _write(self, values: dict[str, Any]) -> None:
        """Create or update the record (a session with its changed action items)."""
        if self.actions is not None:
            pending = self.actions.pending()
            session, ids = session_actions.save(
                self.record_id, values, [item for _row, item in pending]
            )
            self.record_id = session.id
            self.actions.saved([row for row, _item in pending], ids)
        elif self.record_id is None:
            self.record_id = records.create(self.kind, **values).id
        else:
            records.update(self.kind, self.record_id, **values)

    def unsaved_values(self) -> dict[str, Any] | None:
        """What this editor holds that is not in the journal yet (None when all is saved)."""
        if not self._dirty or self.is_untouched():
            return None
        return self._draft_values(self.values())

    def _draft_values(self, values: dict[str, Any]) -> dict[str, Any]:
        if self.actions is not None and self.actions.pending():
            return {**values, "actions": [item.as_list() for _r, item in self.actions.pending()]}
        return values

    def _show_error(self, error: ValidationError, *, focus: bool) -> None:
        if self.actions is not None and error.field == "actions":
            self.form.clear_errors()
            self.actions.show_error(core_messages.translate(error.message))
            if focus and self.form.tabs is not None:
                self.form.tabs.setCurrentWidget(self.actions)
                self.actions.table.setFocus()
            return
        if self.actions is not None:
            self.actions.clear_error()
        self.form.show_error(error, focus=focus)

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
        if not alerts.confirm(
            self,
            self.tr("Delete this {kind}?").format(kind=label),
            self.tr("This cannot be undone."),
        ):
            return
        try:
            records.delete(self.kind, self.record_id)
        except JournalError as exc:
            alerts.error(self, core_messages.text_of(exc))
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
            self.last_error.message
            if self.last_error
            else (self.failure or "the journal could not save it")
        )
        field = self.last_error.field if self.last_error else ""
        label = QCoreApplication.translate("specs", specs.LABELS.get(field, field))
        question = "This entry has changes that cannot be saved. Close it and lose them?"
        if not alerts.confirm(self, question, f"{label} {reason}." if label else reason):
            return False
        self._drop_draft()
        return True

    def park(self) -> None:
        """Locking or quitting: save, or keep what cannot be saved as a draft; close."""
        if not self.flush() and self.failure:  # one more try as a draft (a busy spell may be over)
            self._keep_draft(self._draft_values(self.values()))
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
        if self.actions is not None:
            self.actions.wipe()
        if self.attachments is not None:
            self.attachments.wipe()
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
