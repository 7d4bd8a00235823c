"""Attachments in our own exports: JSON (lossless, streamed) and Markdown (files beside it)."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import os
import threading
import tracemalloc
from pathlib import Path

import pytest

from mentorjournal.domain import attachments, records
from mentorjournal.errors import JournalError, ValidationError
from mentorjournal.exchange import blobs, native
from mentorjournal.exchange.markdown_export import export_markdown
from mentorjournal.storage.journal import Journal
from mentorjournal.storage.models import Attachment, Reflection
from tests.conftest import FAST, PASSPHRASE
from tests.exchange.conftest import IMPORTS, run_import, state

PNG = (IMPORTS / "joplin/attachments-in/whiteboard.png").read_bytes()
PDF = (IMPORTS / "joplin/attachments-in/agenda.pdf").read_bytes()


def filled():
    person = records.create("person", name="Ana", relation="mentor")
    session = records.create(
        "session", person=person.id, role="mentee", held_at=dt.datetime(2024, 5, 2, 10)
    )
    one = records.create("reflection", title="Board", written_at=dt.datetime(2024, 5, 1, 9))
    info = attachments.attach_bytes("reflection", one.id, PNG, "whiteboard.png")
    records.update("reflection", one.id, body=f"Look: {info.reference}")
    attachments.attach_bytes("session", session.id, PDF, "agenda.pdf")
    attachments.attach_bytes("session", session.id, PNG, "same board.png")
    return one, session


def test_a_journal_without_attachments_still_writes_version_1(journal, tmp_path):
    records.create("reflection", title="x", written_at=dt.datetime(2024, 1, 1))
    data = native.export_json(tmp_path / "e.json")
    assert data["version"] == 1 and "attachments" not in data
    assert "attachments" not in (tmp_path / "e.json").read_text()


def test_json_export_is_lossless_with_attachments(journal, tmp_path):
    one, session = filled()
    dest = tmp_path / "export.json"
    data = native.export_json(dest)
    assert data["version"] == 2
    parsed = json.loads(dest.read_text(encoding="utf-8"))
    assert [a["sha256"] for a in parsed["attachments"]] == sorted(
        {hashlib.sha256(PNG).hexdigest(), hashlib.sha256(PDF).hexdigest()}
    )
    for item in parsed["attachments"]:
        raw = base64.b64decode(item["data"])
        assert hashlib.sha256(raw).hexdigest() == item["sha256"] and len(raw) == item["size"]
    [reflection] = parsed["records"]["reflection"]
    assert reflection["attachments"] == [
        {"sha256": hashlib.sha256(PNG).hexdigest(), "name": "whiteboard.png"}
    ]
    assert os.stat(dest).st_mode & 0o077 == 0  # readable by the owner only
    before = state()
    journal.close()

    other = Journal.create(tmp_path / "other.mjournal", PASSPHRASE, kdf=FAST)
    result = native.import_json(dest)
    assert result.added["attachment"] == 2
    after = state()
    assert after["attachments"] == before["attachments"]
    assert after["chunks"] == before["chunks"]
    assert after["records"]["records"] == before["records"]["records"]
    copy = Reflection.get(Reflection.uuid == one.uuid)
    assert [a.name for a in attachments.attachments_of("reflection", copy.id)] == ["whiteboard.png"]
    assert attachments.read(hashlib.sha256(PDF).hexdigest()) == PDF
    # importing the same file again adds nothing and links nothing twice
    native.import_json(dest)
    assert state() == after
    other.close()


def test_attachments_are_streamed_one_at_a_time(journal, tmp_path):
    record = records.create("reflection", title="x", written_at=dt.datetime(2024, 1, 1))
    for n in range(6):
        attachments.attach_bytes("reflection", record.id, os.urandom(3_000_000), f"{n}.bin")
    dest = tmp_path / "big.json"
    tracemalloc.start()
    native.export_json(dest)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert dest.stat().st_size > 6 * 4_000_000
    assert peak < 8_000_000  # well under the 24 MB of base64 in the file
    journal.close()
    other = Journal.create(tmp_path / "o.mjournal", PASSPHRASE, kdf=FAST)
    tracemalloc.start()
    native.import_json(dest)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert Attachment.select().count() == 6
    assert peak < 6_000_000  # never one whole attachment (3 MB, 4 MB as base64) in memory
    other.close()


def test_a_damaged_attachment_refuses_the_whole_file(journal, tmp_path):
    filled()
    dest = tmp_path / "export.json"
    native.export_json(dest)
    data = json.loads(dest.read_text())
    data["attachments"][0]["data"] = base64.b64encode(b"something else").decode()
    dest.write_text(json.dumps(data))
    journal.close()
    other = Journal.create(tmp_path / "o.mjournal", PASSPHRASE, kdf=FAST)
    before = state()
    with pytest.raises(ValidationError, match="do not match its sha256"):
        native.import_json(dest)
    assert state() == before
    data["attachments"] = []
    dest.write_text(json.dumps(data))
    with pytest.raises(ValidationError, match="neither in the file nor in the journal"):
        native.import_json(dest)
    assert state() == before
    other.close()


def test_key_order_does_not_matter_when_streaming(journal, tmp_path):
    filled()
    data = native.export_json()
    stored = [
        {**a, "data": base64.b64encode(attachments.read(a["sha256"])).decode()}
        for a in data.pop("attachments")
    ]
    path = tmp_path / "reordered.json"
    path.write_text(json.dumps({"attachments": stored, **data}, indent=3))
    got = [(meta["sha256"], data.read()) for meta, data in blobs.AttachmentStream(path)]
    assert got == [(a["sha256"], base64.b64decode(a["data"])) for a in stored]
    loaded = blobs.load_without_data(path)
    assert loaded is not None and loaded["records"] == data["records"]


def test_the_key_is_found_wherever_it_lies_in_the_blocks_read(tmp_path):
    """``read_unless_attachments`` sees the key anywhere, across two blocks too, and
    otherwise gives the file's bytes exactly."""
    needle = b'"attachments"'
    path = tmp_path / "x.json"
    for at in (0, 1, blobs._READ - len(needle), blobs._READ - 5, blobs._READ, 2 * blobs._READ - 1):
        path.write_bytes(b" " * at + needle + b"x" * 100)
        assert blobs.read_unless_attachments(path) is None, at
        content = b" " * at + needle[:-1] + b"x" * 100  # one byte short: not the key
        path.write_bytes(content)
        assert blobs.read_unless_attachments(path) == content, at
    path.write_bytes(b"")
    assert blobs.read_unless_attachments(path) == b""


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_an_export_with_attachments_from_a_pipe_is_imported(journal, tmp_path):
    """A pipe cannot be read a second time for the attachments: it is read whole."""
    filled()
    dest = tmp_path / "export.json"
    native.export_json(dest)
    before = state()
    journal.close()
    other = Journal.create(tmp_path / "o.mjournal", PASSPHRASE, kdf=FAST)
    pipe = tmp_path / "pipe.json"
    os.mkfifo(pipe)
    writer = threading.Thread(target=pipe.write_bytes, args=(dest.read_bytes(),))
    writer.start()
    try:
        result = native.import_json(pipe)
    finally:
        writer.join(timeout=10)
    assert result.added["attachment"] == 2
    assert state()["attachments"] == before["attachments"]
    assert state()["records"]["records"] == before["records"]["records"]
    other.close()


def test_a_file_gone_unreadable_before_its_attachments_changes_nothing(journal, tmp_path):
    """The attachments are read again from the file while importing: a read error then
    is a clear message and the import is rolled back whole."""
    filled()
    dest = tmp_path / "export.json"
    native.export_json(dest)
    journal.close()
    other = Journal.create(tmp_path / "o.mjournal", PASSPHRASE, kdf=FAST)
    loaded = native.load(dest)  # records parsed; the attachments left as a stream
    assert isinstance(loaded["attachments"], blobs.AttachmentStream)
    before = state()
    dest.unlink()
    dest.symlink_to(dest)  # reading it again fails: too many levels of symbolic links
    with pytest.raises(JournalError, match=r"^Cannot read .*export\.json: .+\.$"):
        native.import_json(loaded)
    assert state() == before
    assert other.verify() == []
    other.close()


def test_dry_run_writes_nothing(journal, tmp_path):
    filled()
    dest = tmp_path / "export.json"
    native.export_json(dest)
    journal.close()
    other = Journal.create(tmp_path / "o.mjournal", PASSPHRASE, kdf=FAST)
    before = state()
    result = native.import_json(dest, dry_run=True)
    assert result.added["reflection"] == 1 and result.added["attachment"] == 2
    assert state() == before
    other.close()


def test_imported_pictures_survive_our_json_round_trip(journal, tmp_path):
    run_import(IMPORTS / "dayone/dayone-handwritten-2024.zip")
    dest = tmp_path / "e.json"
    native.export_json(dest)
    before = state()
    journal.close()
    other = Journal.create(tmp_path / "o.mjournal", PASSPHRASE, kdf=FAST)
    native.import_json(dest)
    after = state()
    assert after["attachments"] == before["attachments"]
    assert after["records"]["records"]["reflection"] == before["records"]["records"]["reflection"]
    other.close()


def test_markdown_export_writes_the_files_beside_it(journal, tmp_path):
    one, _ = filled()
    dest = tmp_path / "journal.md"
    export_markdown(dest)
    text = dest.read_text(encoding="utf-8")
    folder = tmp_path / "journal-files"
    png = f"{hashlib.sha256(PNG).hexdigest()[:8]}-whiteboard.png"
    assert (folder / png).read_bytes() == PNG
    assert f"![whiteboard.png](journal-files/{png})" in text  # the reference now points there
    assert "mj-attachment:" not in text
    pdf = f"{hashlib.sha256(PDF).hexdigest()[:8]}-agenda.pdf"
    assert (folder / pdf).read_bytes() == PDF
    assert f"[agenda.pdf](journal-files/{pdf})" in text  # listed under its session
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        [png, pdf, f"{hashlib.sha256(PNG).hexdigest()[:8]}-same board.png"]
    )


def test_markdown_to_a_stream_says_where_the_files_are_not(journal):
    import io

    filled()
    out = io.StringIO()
    export_markdown(out)
    assert "whiteboard.png" in out.getvalue()
    assert not Path("journal-files").exists()
