"""The record editors: typing, ratings, validation, autosave, lock, preview, templates."""

from __future__ import annotations

import datetime as dt
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QImage, QTextDocument

from mentorjournal.domain import drafts, records, templates
from mentorjournal.storage.journal import Journal
from mentorjournal.storage.models import Goal, Reflection, Session
from tests.conftest import FAST, PASSPHRASE
from tests.ui.conftest import MARKER
from tests.ui.real_input import double_click
from tests.ui.test_main_window import FakeUnlock, make_window, texts_in_window
from ui import alerts
from ui.editors import RecordEditor
from ui.editors.fields import RatingField

ROOT = Path(__file__).resolve().parents[2]


def make_editor(qtbot, kind: str, record_id: int | None = None, **kwargs) -> RecordEditor:
    kwargs.setdefault("autosave_ms", 60_000)  # tests that want autosave say so
    kwargs.setdefault("preview_delay_ms", 10)
    editor = RecordEditor(kind, record_id, **kwargs)
    qtbot.addWidget(editor)
    editor.show()
    return editor


@pytest.fixture
def answers(monkeypatch):
    """Answers for alerts.confirm, in order; records every question asked."""
    asked: list[str] = []
    replies: list[bool] = []

    def confirm(_parent, question, _details=""):
        asked.append(question)
        return replies.pop(0)

    monkeypatch.setattr(alerts, "confirm", confirm)
    monkeypatch.setattr(alerts, "error", lambda _p, text, _d="": asked.append(f"error: {text}"))
    return asked, replies


def test_write_a_reflection_and_save(qtbot, open_journal):
    editor = make_editor(qtbot, "reflection")
    qtbot.keyClicks(editor.form.field("title"), "After the offsite")
    qtbot.keyClicks(editor.form.field("body").edit, "I *finally* asked for feedback.")
    editor.form.field("tags").setText("feedback, Courage")
    editor.form.field("tags").changed.emit()
    qtbot.mouseClick(editor.form.field("confidence").buttons[6], Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(editor.saved):
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    saved = Reflection.get_by_id(editor.record_id)
    assert saved.title == "After the offsite"
    assert saved.body == "I *finally* asked for feedback."
    assert saved.confidence == 7 and saved.motivation is None
    assert records.tags_of(saved) == ["Courage", "feedback"]
    assert not editor.is_dirty()
    assert "Saved" in editor.status.text()


def test_rating_field_empty_one_to_ten_and_keyboard(qtbot):
    field = RatingField("Confidence")
    qtbot.addWidget(field)
    field.show()
    assert field.value() is None
    assert field.accessibleName() == "Confidence"
    assert field.focusPolicy() == Qt.FocusPolicy.StrongFocus
    for n in range(1, 10):
        qtbot.keyClick(field, getattr(Qt.Key, f"Key_{n}"))
        assert field.value() == n
    qtbot.keyClick(field, Qt.Key.Key_0)  # a 0 on its own is refused: nothing changes
    assert field.value() == 9
    qtbot.keyClicks(field, "10")  # "10" typed is 10
    assert field.value() == 10
    qtbot.keyClick(field, Qt.Key.Key_Right)
    assert field.value() == 10
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    assert field.value() is None
    qtbot.keyClick(field, Qt.Key.Key_0)  # never stored as 1 (nor as 10)
    assert field.value() is None
    qtbot.keyClick(field, Qt.Key.Key_Right)
    assert field.value() == 1
    qtbot.keyClick(field, Qt.Key.Key_Left)
    assert field.value() is None
    qtbot.mouseClick(field.buttons[4], Qt.MouseButton.LeftButton)
    assert field.value() == 5 and field.accessibleDescription() == "5 of 10"
    qtbot.mouseClick(field.buttons[4], Qt.MouseButton.LeftButton)  # clicking it again keeps it
    assert field.value() == 5
    double_click(field.buttons[6])  # a double-click chooses it and keeps it
    assert field.value() == 7 and field.buttons[6].isChecked()
    qtbot.mouseClick(field.clear_button, Qt.MouseButton.LeftButton)
    assert field.value() is None and field.accessibleDescription() == "not rated"
    field.set_value(11)
    assert field.value() is None
    field.set_value(True)
    assert field.value() is None


def test_a_required_rating_has_no_clear_and_never_empties(qtbot):
    field = RatingField("Rating", nullable=False)
    qtbot.addWidget(field)
    field.show()
    assert field.value() is None  # no suggested number
    assert not field.clear_button.isVisible()
    qtbot.keyClick(field, Qt.Key.Key_Right)
    assert field.value() == 1
    qtbot.keyClick(field, Qt.Key.Key_Left)
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    qtbot.keyClick(field, Qt.Key.Key_Backspace)
    assert field.value() == 1


@pytest.mark.parametrize("rating", [None, 1, 10])
def test_ratings_are_saved_as_given(qtbot, open_journal, rating):
    editor = make_editor(qtbot, "reflection")
    editor.form.field("motivation").set_value(rating)
    qtbot.keyClicks(editor.form.field("title"), "Rated")
    assert editor.save()
    assert Reflection.get_by_id(editor.record_id).motivation == rating


def test_a_refused_rating_is_shown_at_its_field_and_nothing_changes(
    qtbot, open_journal, monkeypatch
):
    reflection = Reflection.select().first()
    editor = make_editor(qtbot, "reflection", reflection.id)
    qtbot.keyClicks(editor.form.field("body").edit, " more")
    monkeypatch.setattr(editor.form.field("confidence"), "value", lambda: 11)
    assert not editor.save()
    assert (
        editor.form.error_text("confidence")
        == "Confidence must be a whole number from 1 to 10, or empty."
    )
    assert editor.form.errors["confidence"].isVisible()
    assert editor.focusWidget() is editor.form.field("confidence")
    assert Reflection.get_by_id(reflection.id).body == reflection.body
    assert editor.is_dirty()
    monkeypatch.undo()  # the rating is mended: now it saves
    assert editor.save()
    assert (
        Reflection.get_by_id(reflection.id).body == " more" + reflection.body
    )  # typed at the cursor


def test_validation_message_next_to_the_field_nothing_saved(qtbot, open_journal):
    editor = make_editor(qtbot, "goal")
    qtbot.keyClicks(editor.form.field("description").edit, "Lead the migration")
    assert not editor.save()
    assert editor.form.error_text("title") == "Title must not be empty."
    assert editor.focusWidget() is editor.form.field("title")
    assert Goal.select().count() == 0
    qtbot.keyClicks(editor.form.field("title"), "Lead a project")
    assert editor.save()
    assert editor.form.error_text("title") == ""
    assert Goal.get_by_id(editor.record_id).description == "Lead the migration"


def test_autosave_after_typing_stops_creates_then_updates(qtbot, open_journal):
    before = Reflection.select().count()
    editor = make_editor(qtbot, "reflection", autosave_ms=50)
    with qtbot.waitSignal(editor.saved, timeout=3000) as first:
        qtbot.keyClicks(editor.form.field("body").edit, "First thoughts")
    ident = first.args[1]
    assert Reflection.get_by_id(ident).body == "First thoughts"
    with qtbot.waitSignal(editor.saved, timeout=3000) as second:
        qtbot.keyClicks(editor.form.field("body").edit, ", then more")
    assert second.args[1] == ident
    qtbot.waitUntil(lambda: Reflection.get_by_id(ident).body == "First thoughts, then more")
    assert Reflection.select().count() == before + 1


def test_an_untouched_new_editor_saves_nothing(qtbot, open_journal):
    before = Reflection.select().count()
    editor = make_editor(qtbot, "reflection", autosave_ms=10)
    assert editor.flush()
    editor.close()
    assert Reflection.select().count() == before


def test_autosave_survives_a_killed_process(tmp_path):
    path = tmp_path / "killed.mjournal"
    Journal.create(path, PASSPHRASE, kdf=FAST).close()
    text = f"Typed before the crash {MARKER}"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.ui.autosave_child", str(path), text],
        cwd=ROOT,
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        proc.stdin.write(PASSPHRASE + "\n")
        proc.stdin.flush()
        line = proc.stdout.readline()
        assert line.startswith("saved "), proc.stderr.read()[-800:] if not line else line
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        for stream in (proc.stdin, proc.stdout, proc.stderr):
            stream.close()
    assert proc.returncode == -signal.SIGKILL
    with Journal.open(path, PASSPHRASE) as journal:
        assert journal.verify() == []
        assert [r.body for r in Reflection.select()] == [text]


def test_lock_flushes_unsaved_text_first(qtbot, open_journal, settings):
    window = make_window(qtbot, open_journal, settings, FakeUnlock())
    window.new_reflection()
    editor = window.editors[-1]
    qtbot.keyClicks(editor.form.field("body").edit, f"Unsaved {MARKER} words")
    assert editor.is_dirty()
    with qtbot.waitSignal(window.locked):
        window.lock_action.trigger()
    qtbot.waitUntil(lambda: window.editors == [])
    qtbot.waitUntil(
        lambda: not any(MARKER in t and "Unsaved" in t for t in texts_in_window(window))
    )
    with Journal.open(open_journal.path, PASSPHRASE):
        assert Reflection.select().where(Reflection.body == f"Unsaved {MARKER} words").count() == 1


def test_lock_keeps_input_that_cannot_be_saved_as_a_draft_and_unlock_restores_it(
    qtbot, journal_file, settings, answers
):
    asked, _replies = answers

    def reopen(path):
        return Journal.open(path, PASSPHRASE)

    window = make_window(
        qtbot, Journal.open(journal_file, PASSPHRASE), settings, FakeUnlock(reopen)
    )
    editor = window.open_editor("goal")
    qtbot.keyClicks(editor.form.field("description").edit, f"Lead {MARKER} without a title yet")
    assert not editor.flush()  # no title: no goal can be saved
    with qtbot.waitSignal(window.unlocked, timeout=5000):
        window.lock()  # asks nothing, loses nothing
    assert asked == []
    assert Goal.select().count() == 0
    assert not any(MARKER in raw for raw in _file_bytes(journal_file))  # the draft is encrypted
    restored = window.editors[-1]
    assert restored.kind == "goal" and restored.record_id is None and restored.is_dirty()
    assert restored.form.field("description").value() == f"Lead {MARKER} without a title yet"
    assert "Restored 1 unsaved entry" in window.statusBar().currentMessage()
    qtbot.keyClicks(restored.form.field("title"), "Lead a project")
    assert restored.save()
    assert Goal.get_by_id(restored.record_id).description.startswith("Lead")
    assert drafts.load_all() == []  # saved: the draft is gone
    window.close()


def _file_bytes(path: Path) -> list[str]:
    """The journal file and its -wal/-shm, decoded loosely, to look for plaintext."""
    found = []
    for part in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        if part.exists():
            found.append(part.read_bytes().decode("latin-1"))
    return found


def test_a_draft_survives_a_crash_and_closing_the_editor_asks_before_dropping_it(
    qtbot, open_journal, answers
):
    asked, replies = answers
    editor = make_editor(qtbot, "session")
    qtbot.keyClicks(editor.form.field("notes").edit, "Notes before choosing a person")
    assert not editor.autosave()  # no person yet: kept as a draft instead
    kept = drafts.load_all()
    assert [(d.kind, d.record_id, d.values["notes"]) for d in kept] == [
        ("session", None, "Notes before choosing a person")
    ]
    editor.park()  # closes without asking and keeps the draft
    assert not editor.isVisible() and asked == [] and len(drafts.load_all()) == 1
    again = make_editor(qtbot, "session", draft=kept[0])  # as the window does after a crash
    assert again.form.field("notes").value() == "Notes before choosing a person"
    replies.append(True)  # "close it and lose them?" yes
    with qtbot.waitSignal(again.closed):
        again.close()
    assert asked and drafts.load_all() == []


def test_new_person_from_the_session_editor(qtbot, open_journal, monkeypatch):
    editor = make_editor(qtbot, "session")
    editor.form.field("role").set_value("mentor")
    monkeypatch.setattr(
        "ui.editors.form.QInputDialog.getText", lambda *_a, **_k: ("Grace Hopper", True)
    )
    editor.form.new_person_buttons["person"].click()
    assert editor.save()
    session = Session.get_by_id(editor.record_id)
    assert session.person.name == "Grace Hopper" and session.person.relation == "mentee"
    assert session.role == "mentor"


def test_closing_with_invalid_input_asks(qtbot, open_journal, answers):
    asked, replies = answers
    editor = make_editor(qtbot, "session")
    qtbot.keyClicks(editor.form.field("notes").edit, "Notes without a person")
    replies.append(False)
    editor.close()
    assert editor.isVisible() and asked
    assert editor.form.error_text("person") == "With is required."
    replies.append(True)
    with qtbot.waitSignal(editor.closed):
        editor.close()
    assert Session.select().count() == 1  # only the fixture's


def test_closing_saves_valid_changes_without_asking(qtbot, open_journal, answers):
    asked, _replies = answers
    reflection = Reflection.select().first()
    editor = make_editor(qtbot, "reflection", reflection.id)
    editor.form.field("title").setText("Renamed")
    editor.form.field("title").changed.emit()
    with qtbot.waitSignal(editor.closed):
        editor.close()
    assert asked == []
    assert Reflection.get_by_id(reflection.id).title == "Renamed"


def test_preview_renders_safely_and_loads_nothing(qtbot, open_journal):
    editor = make_editor(qtbot, "reflection")
    body = editor.form.field("body")
    with qtbot.waitSignal(body.preview_updated, timeout=3000):
        qtbot.keyClicks(body.edit, "# Heading")  # keyClicks cannot type "\n" (QTest asserts)
        qtbot.keyClick(body.edit, Qt.Key.Key_Return)
        qtbot.keyClicks(body.edit, "<script>alert(1)</script> ![x](file:///etc/passwd) **bold**")
    shown = body.preview.toHtml()
    assert "<script" not in shown.lower()
    assert "<img" not in shown.lower()
    assert "alert(1)" in body.preview.toPlainText()
    assert "Heading" in body.preview.toPlainText()
    assert not body.preview.openLinks() and not body.preview.openExternalLinks()
    resource = body.preview.loadResource(
        QTextDocument.ResourceType.ImageResource.value, QUrl("file:///etc/passwd")
    )
    # A refusal is a null image: None would let Qt read the file itself.
    assert isinstance(resource, QImage) and resource.isNull()
    body.toggle.click()
    assert not body.preview.isVisible() and body.preview.toPlainText() == ""


def test_template_fills_the_body_and_asks_before_replacing(qtbot, open_journal, answers):
    asked, replies = answers
    editor = make_editor(qtbot, "reflection")
    bar = editor.template_bar
    assert bar.choice.findData("new_perspective") > 0
    assert bar.apply("new_perspective")
    body = editor.form.field("body")
    assert body.value() == templates.get("new_perspective").body
    assert editor.form.field("title").value() == "A new perspective"
    assert bar.apply("weekly_review") and asked == []  # untouched template text: no question
    qtbot.keyClicks(body.edit, "my own words")
    replies.append(False)
    assert not bar.apply("win")
    assert body.value().endswith("my own words")
    assert editor.save()
    assert Reflection.get_by_id(editor.record_id).template == "weekly_review"


def test_save_as_user_template(qtbot, open_journal, monkeypatch):
    editor = make_editor(qtbot, "reflection")
    editor.form.field("body").set_value("## My own prompt\n")
    monkeypatch.setattr(
        "ui.editors.template_bar.QInputDialog.getText",
        lambda *args, **kwargs: ("Friday wrap-up", True),
    )
    editor.template_bar.save_as_template()
    saved = templates.user_templates()
    assert [(t.name, t.body) for t in saved] == [("Friday wrap-up", "## My own prompt\n")]
    assert editor.template_bar.choice.currentData() == saved[0].key


def test_session_editor_with_person_ratings_and_tags(qtbot, open_journal):
    editor = make_editor(qtbot, "session")
    person = editor.form.field("person")
    assert person.itemText(0) == "—" and person.count() == 2
    person.setCurrentIndex(1)
    person.changed.emit()
    tags = editor.form.field("tags")
    assert "delegation" in tags.tag_model.stringList()
    qtbot.keyClicks(tags, "career, deleg")
    tags.completer().setCurrentRow(0)
    tags.setText(tags.completer().pathFromIndex(tags.completer().currentIndex()))
    assert tags.value() == ["career", "delegation"]
    editor.form.field("confidence_after").set_value(8)
    qtbot.keyClicks(editor.form.field("takeaways").edit, "Delegate the release notes")
    assert editor.save()
    session = Session.get_by_id(editor.record_id)
    assert session.confidence_after == 8 and session.takeaways == "Delegate the release notes"
    assert session.status == "done" and session.format == "in_person"
    assert session.duration_min is None  # an empty number stays empty (not 0 minutes)
    assert records.tags_of(session) == ["career", "delegation"]


def test_editing_an_existing_session_loads_its_values(qtbot, open_journal):
    session = Session.select().first()
    editor = make_editor(qtbot, "session", session.id)
    assert editor.form.field("person").value() == session.person_id
    assert editor.form.field("held_at").value() == session.held_at
    assert editor.form.field("tags").value() == ["delegation"]
    assert editor.delete_button.isVisible()
    assert editor.flush()  # nothing changed: nothing written
    assert Session.get_by_id(session.id).updated_at == session.updated_at


@pytest.mark.parametrize(
    ("kind", "fill"),
    [
        ("person", {"name": "Grace"}),
        ("goal", {"title": "Speak at a meetup"}),
        ("action", {"text": "Book a room"}),
        ("skill", {"name": "Negotiation"}),
        ("rating", {"skill": "first", "value": 6}),
        ("win", {"title": "Shipped it"}),
    ],
)
def test_every_kind_has_an_editor_that_saves(qtbot, open_journal, kind, fill):
    editor = make_editor(qtbot, kind)
    for name, value in fill.items():
        widget = editor.form.field(name)
        if value == "first":
            widget.setCurrentIndex(1)
        elif isinstance(value, int):
            widget.set_value(value)
        else:
            qtbot.keyClicks(widget.edit if hasattr(widget, "edit") else widget, value)
    assert editor.save(), editor.form.error_text(None) or editor.last_error
    record = records.get(kind, editor.record_id)
    assert record.created_at.date() <= dt.datetime.now(dt.UTC).date()


# -- fitting the screen -----------------------------------------------------------


def _inside_screen(widget) -> bool:
    area = widget.screen().availableGeometry()
    return area.contains(widget.frameGeometry()) or area.contains(widget.geometry())


@pytest.mark.parametrize("kind", ["reflection", "session", "person", "goal"])
def test_an_editor_never_opens_larger_than_the_screen_and_keeps_its_buttons(
    qtbot, open_journal, kind
):
    from ui.geometry import fit_to_screen

    editor = make_editor(qtbot, kind)
    qtbot.waitExposed(editor)
    area = editor.screen().availableGeometry()
    assert editor.width() <= area.width() and editor.height() <= area.height()
    editor.resize(area.width() * 2, area.height() * 2)  # as a restored geometry might
    editor.move(area.right() + 300, area.bottom() + 300)
    fit_to_screen(editor)
    qtbot.waitUntil(lambda: _inside_screen(editor))
    for button in (editor.save_button, editor.close_button):
        corner = button.mapTo(editor, button.rect().bottomRight())
        assert editor.rect().contains(corner), f"{button.text()} is outside the window"


def test_dialogs_fit_the_screen(qtbot, open_journal):
    from ui.after_session import AfterSessionDialog
    from ui.checkin import CheckInDialog
    from ui.skills_page import RateDialog

    person = Session.select().first().person
    agenda = "\n".join(f"- item {n}" for n in range(40))
    for dialog in (CheckInDialog(), RateDialog("Listening"), AfterSessionDialog(person, agenda)):
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        area = dialog.screen().availableGeometry()
        assert dialog.width() <= area.width() and dialog.height() <= area.height()
        dialog.reject()


def test_rate_now_names_a_bad_date_and_keeps_the_dialog_open(qtbot, open_journal):
    from ui.skills_page import RateDialog

    skill = records.create("skill", name="Negotiation")
    saved: list = []

    def save(values):
        saved.append(records.create("rating", skill=skill.id, **values))

    dialog = RateDialog("Negotiation", save=save)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClick(dialog.value, Qt.Key.Key_6)
    dialog.rated_on.line.clear()
    qtbot.keyClicks(dialog.rated_on.line, "2025-13-01")
    qtbot.keyClicks(dialog.note, "kept")
    qtbot.keyClick(dialog.rated_on.line, Qt.Key.Key_Return)  # Save
    assert dialog.isVisible() and saved == []
    assert dialog.error.text() == "Date 2025-13-01 is not a real date."
    assert dialog.focusWidget() is dialog.rated_on.line
    assert dialog.note.toPlainText() == "kept" and dialog.value.value() == 6
    dialog.rated_on.line.clear()
    qtbot.keyClicks(dialog.rated_on.line, "2025-12-01")
    qtbot.keyClick(dialog.rated_on.line, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert (saved[0].value, saved[0].rated_on, saved[0].note) == (6, dt.date(2025, 12, 1), "kept")


def test_keyboard_reaches_the_preview_toggle_and_the_calendar(qtbot, open_journal):
    editor = make_editor(qtbot, "session")
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    agenda = editor.form.field("agenda")
    agenda.edit.setFocus()
    assert agenda.preview.isVisibleTo(editor)
    qtbot.keyClick(
        agenda.edit,
        Qt.Key.Key_P,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert not agenda.preview.isVisibleTo(editor)
    next_session = editor.form.field("next_session_on")
    next_session.line.setFocus()
    qtbot.waitUntil(next_session.line.hasFocus)
    menu = next_session.pick.menu()
    from PySide6.QtCore import QTimer

    QTimer.singleShot(300, menu.hide)  # the calendar opens (its own event loop), then closes
    with qtbot.waitSignal(menu.aboutToShow, timeout=3000):
        qtbot.keyClick(next_session.line, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)


def test_a_session_names_its_tags_topics_a_reflection_tags(qtbot, open_journal):
    from PySide6.QtWidgets import QLabel

    def labels(kind: str) -> set[str]:
        return {label.text() for label in make_editor(qtbot, kind).findChildren(QLabel)}

    session, reflection = labels("session"), labels("reflection")
    assert "Topics:" in session and "Tags:" not in session
    assert "Tags:" in reflection and "Topics:" not in reflection
    topics = make_editor(qtbot, "session").form.field("tags")
    assert topics.placeholderText() == "topics, separated by commas"
    assert topics.accessibleName() == "Topics"
    tags = make_editor(qtbot, "reflection").form.field("tags")
    assert tags.placeholderText() == "tags, separated by commas"
