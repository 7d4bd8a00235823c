"""Reflection templates: built-ins from Markdown files, user ones inside the journal."""

from __future__ import annotations

import pytest

from mentorjournal.demo.text import TEMPLATES as DEMO_TEMPLATES
from mentorjournal.domain import templates
from mentorjournal.errors import NotFound, ValidationError
from mentorjournal.storage.journal import Journal
from tests.conftest import FAST, PASSPHRASE

SECRET = "Quillfeatherbrook"


def test_builtins_cover_the_demo_keys_and_ask_questions():
    found = {t.key: t for t in templates.builtin_templates()}
    assert set(DEMO_TEMPLATES) <= set(found)
    for key in ("after_session", "weekly_review", "new_perspective", "workplace_situation", "win"):
        template = found[key]
        assert template.builtin
        assert template.name and not template.name.startswith("#")
        assert "## " in template.body
    assert "changed in how I see" in found["new_perspective"].body
    assert [t.key for t in templates.builtin_templates()][:5] == list(templates.BUILTIN_ORDER[:5])


def test_builtins_work_without_a_journal():
    assert templates.get("weekly_review").name == "Weekly review"
    assert all(t.builtin for t in templates.list_templates())


def test_parse_without_a_heading_uses_the_key():
    template = templates.parse("monday_notes", "Just text\n")
    assert template.name == "Monday notes"
    assert template.body == "Just text\n"


def test_user_templates_round_trip(journal):
    saved = templates.save_user_template("  Monday check-in ", "## How is it going?\n\n")
    assert saved.key.startswith(templates.USER_PREFIX)
    assert saved.name == "Monday check-in"
    assert templates.get(saved.key) == saved
    assert templates.list_templates()[-1] == saved

    again = templates.save_user_template("monday CHECK-IN", "## Changed\n")
    assert again.key == saved.key
    assert [t.body for t in templates.user_templates()] == ["## Changed\n"]

    other = templates.save_user_template("Friday", "")
    assert {t.key for t in templates.user_templates()} == {saved.key, other.key}
    templates.delete_user_template(saved.key)
    assert [t.key for t in templates.user_templates()] == [other.key]
    with pytest.raises(NotFound):
        templates.get(saved.key)


def test_user_templates_survive_reopening(journal_path):
    with Journal.create(journal_path, PASSPHRASE, kdf=FAST):
        templates.save_user_template("Kept", "## Still here\n")
    with Journal.open(journal_path, PASSPHRASE):
        assert [t.name for t in templates.user_templates()] == ["Kept"]


def test_refusals(journal):
    with pytest.raises(ValidationError) as refused:
        templates.save_user_template("   ", "body")
    assert refused.value.field == "name"
    with pytest.raises(ValidationError):
        templates.save_user_template("Two\nlines", "body")
    with pytest.raises(ValidationError):
        templates.delete_user_template("after_session")
    with pytest.raises(NotFound):
        templates.delete_user_template("user.nothing")
    with pytest.raises(NotFound):
        templates.save_user_template("New", "body", key="user.nothing")
    assert templates.user_templates() == []


def test_user_templates_are_never_written_in_plaintext(journal, tmp_path):
    templates.save_user_template(f"Secret {SECRET}", f"## {SECRET} prompt\n")
    journal.close()
    for path in tmp_path.rglob("*"):
        if path.is_file():
            assert SECRET.encode() not in path.read_bytes(), path.name
