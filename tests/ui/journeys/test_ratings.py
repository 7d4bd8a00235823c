"""Journey: ratings cannot silently go wrong, with the one rating control everywhere.

"Rate now" on the Skills page starts empty (no suggested 5), refuses a 0 (never
stored as 1), takes "10" typed; a double-click on a number keeps it chosen; an
empty rating stays empty; the after-session dialog rates with the same control.
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from mentorjournal.storage.models import Reflection, Session, Skill, SkillRating
from tests.ui.journeys.keyboard import focused, key, tab_to, type_text
from tests.ui.real_input import double_click
from tests.ui.test_main_window import FakeUnlock, make_window
from ui.after_session import AfterSessionDialog
from ui.editors.fields import RatingField
from ui.skills_page import RateDialog

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def window(qtbot, open_journal, settings):
    window = make_window(qtbot, open_journal, settings, FakeUnlock())
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def in_modal_dialog(qtbot, steps) -> list[str]:
    """Run ``steps(dialog)`` once the modal dialog is up (its ``exec`` blocks the test);
    a failed step closes the dialog instead of hanging the run."""
    failures: list[str] = []

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or not dialog.isActiveWindow():
            if dialog is not None:
                dialog.activateWindow()  # the window manager's part, offscreen
            QTimer.singleShot(20, run)
            return
        try:
            steps(dialog)
        except AssertionError as exc:  # reported after exec returns
            failures.append(str(exc) or repr(exc))
        finally:
            if dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(0, run)
    return failures


def test_rate_now_starts_empty_refuses_zero_and_takes_ten(qtbot, window):
    window.nav.setFocus()
    while window.nav.currentItem().text() != "Skills":
        key(qtbot, Qt.Key.Key_Down)
    page = window.skills_page
    tab_to(qtbot, lambda w: w is page.table)
    key(qtbot, Qt.Key.Key_Space)  # the current row (the first skill) is selected
    skill = Skill.get_by_id(page.selected_id())
    before = SkillRating.select().count()
    seen: dict = {}

    def rate(dialog: RateDialog) -> None:
        assert focused() is dialog.value
        seen["start"] = dialog.value.value()
        key(qtbot, Qt.Key.Key_Return)  # nothing chosen: refused with one line, still open
        seen["error"] = dialog.error.text()
        assert dialog.isVisible()
        key(qtbot, Qt.Key.Key_0)  # a 0 on its own: refused, nothing chosen
        seen["after zero"] = dialog.value.value()
        type_text(qtbot, "10")
        seen["typed"] = dialog.value.value()
        key(qtbot, Qt.Key.Key_Tab)
        type_text(qtbot, "2025-01-15")  # the date field: typed, one tab stop
        key(qtbot, Qt.Key.Key_Return)  # Save
        seen["closed"] = not dialog.isVisible()

    failures = in_modal_dialog(qtbot, rate)
    key(qtbot, Qt.Key.Key_R, ALT)  # "Rate now…" (the button clicks itself a moment later)
    qtbot.waitUntil(lambda: "closed" in seen or bool(failures), timeout=5000)
    assert failures == []
    assert seen == {
        "start": None,
        "error": "Choose a rating from 1 to 10 (type a number).",
        "after zero": None,
        "typed": 10,
        "closed": True,
    }
    assert SkillRating.select().count() == before + 1
    rating = SkillRating.select().order_by(SkillRating.id.desc()).first()
    assert (rating.skill_id, rating.value, rating.rated_on) == (
        skill.id,
        10,
        dt.date(2025, 1, 15),
    )
    assert page.status.text() == "Saved a rating of 10/10 on 2025-01-15."


def test_double_click_keeps_a_number_and_an_empty_rating_stays_empty(qtbot, window):
    qtbot.keyClick(window.nav, Qt.Key.Key_N, CTRL)
    qtbot.waitUntil(lambda: bool(window.editors))
    editor = window.editors[-1]
    qtbot.waitUntil(lambda: focused() is editor.form.field("title"))
    type_text(qtbot, "Rated by mouse")
    confidence = editor.form.field("confidence")
    double_click(confidence.buttons[7])  # 8, double-clicked: still 8
    assert confidence.value() == 8 and confidence.buttons[7].isChecked()
    with qtbot.waitSignal(editor.saved, timeout=3000):
        key(qtbot, Qt.Key.Key_S, CTRL)
    saved = Reflection.get_by_id(editor.record_id)
    assert (saved.confidence, saved.motivation) == (8, None)  # untouched motivation: empty
    confidence.setFocus()  # where the double-click left it
    key(qtbot, Qt.Key.Key_Delete)
    with qtbot.waitSignal(editor.saved, timeout=3000):
        key(qtbot, Qt.Key.Key_S, CTRL)
    assert Reflection.get_by_id(editor.record_id).confidence is None


def test_every_rating_is_the_same_control(qtbot, window):
    editors = [window.open_editor(kind) for kind in ("reflection", "session", "skill")]
    fields = [
        editors[0].form.field("confidence"),
        editors[1].form.field("confidence_after"),
        editors[2].form.field("target_level"),
    ]
    assert all(type(field) is RatingField and field.value() is None for field in fields)
    for editor in editors:
        editor.close()


def test_after_the_session_rates_with_the_same_control(qtbot, open_journal):
    person = Session.select().first().person
    dialog = AfterSessionDialog(person, "- Ask about the roadmap\n")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    ratings = dialog.ratings
    assert all(type(field) is RatingField for field in ratings.values())
    dialog.held_at.setFocus()
    tab_to(qtbot, lambda w: w is ratings["confidence_after"])
    type_text(qtbot, "7")
    key(qtbot, Qt.Key.Key_Tab)
    assert focused() is ratings["motivation"]
    type_text(qtbot, "0")  # refused
    type_text(qtbot, "9")
    dialog.save()  # the dialog's Save button
    session = dialog.session
    assert session is not None
    stored = Session.get_by_id(session.id)
    assert (stored.confidence_before, stored.confidence_after, stored.motivation) == (None, 7, 9)
