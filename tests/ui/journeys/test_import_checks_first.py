"""Journey: File ▸ Import… checks the file before anything: a refused file leaves no
"before-import" backup behind; a good one gets its backup just before the write."""

from __future__ import annotations

import json

import pytest

from mentorjournal.exchange import native
from mentorjournal.storage.backups import Backups
from mentorjournal.storage.journal import Journal
from tests.conftest import PASSPHRASE
from tests.ui.journeys.story import write_story
from ui import alerts, exchange_ui, folders


@pytest.fixture
def journal(tmp_path):
    story = write_story(tmp_path / "story.mjournal")
    opened = Journal.open(story.path, PASSPHRASE)
    yield opened
    opened.close()


@pytest.fixture
def told(monkeypatch):
    said: list[str] = []
    monkeypatch.setattr(
        alerts, "error", lambda _p, text, details="": said.append(f"error: {text} {details}")
    )
    monkeypatch.setattr(alerts, "info", lambda _p, text, details="": said.append(f"info: {text}"))
    return said


@pytest.mark.parametrize(
    "content",
    [
        b"\xff\xfe not text",
        b"{not json",
        json.dumps({"format": "something else"}).encode(),
        json.dumps({"format": "mentorjournal", "version": 1, "records": {"person": [{}]}}).encode(),
    ],
)
def test_a_refused_file_leaves_no_backup(qtbot, journal, tmp_path, monkeypatch, told, content):
    bad = tmp_path / "incoming.json"
    bad.write_bytes(content)
    monkeypatch.setattr(exchange_ui, "choose_import_path", lambda _parent, _start: bad)
    backups = Backups(journal.path, tmp_path / "backups")
    assert exchange_ui.import_journal(None, journal, backups) is None
    assert told and told[0].startswith("error: Nothing was imported.")
    assert backups.list() == []


def test_a_good_file_is_backed_up_just_before_and_the_folder_remembered(
    qtbot, journal, tmp_path, monkeypatch, told, settings
):
    good = tmp_path / "in" / "incoming.json"
    good.parent.mkdir()
    good.write_text(json.dumps(native.export_json()), encoding="utf-8")
    starts = []

    def choose(_parent, start):
        starts.append(start)
        return good

    monkeypatch.setattr(exchange_ui, "choose_import_path", choose)
    backups = Backups(journal.path, tmp_path / "backups")
    assert exchange_ui.import_journal(None, journal, backups) is not None
    assert [b.reason for b in backups.list()] == ["before-import"]
    assert starts[0] == folders.documents()
    exchange_ui.import_journal(None, journal, backups)
    assert starts[1] == good.parent  # the last import's folder next time


def test_exports_start_in_documents_then_where_the_last_went(
    qtbot, journal, tmp_path, monkeypatch, told
):
    starts = []
    dest = tmp_path / "exports" / "mine.json"
    dest.parent.mkdir()

    def choose(_parent, start, _fmt):
        starts.append(start)
        return dest

    monkeypatch.setattr(exchange_ui, "choose_export_path", choose)
    exchange_ui.export_journal(None, journal)
    exchange_ui.export_journal(None, journal)
    assert starts[0].parent == folders.documents() and starts[0].name == "story-export.json"
    assert starts[1].parent == dest.parent
    assert dest.exists()
