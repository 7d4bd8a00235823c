"""Joplin: JEX, RAW and Markdown + Front Matter made by Joplin 3.5.1, and Joplin's own test notes."""

from __future__ import annotations

import datetime as dt
import shutil
import tarfile

import pytest

from mentorjournal.domain import attachments, records
from mentorjournal.exchange import imports, joplin
from mentorjournal.storage.models import ActionItem, Reflection, SourceRef
from tests.exchange.conftest import IMPORTS, preview, refused, run_import, state

JOPLIN = IMPORTS / "joplin"
JEX = JOPLIN / "export.jex"
RAW = JOPLIN / "export-raw"
FRONT = JOPLIN / "export-md-frontmatter"
PNG = (JOPLIN / "attachments-in/whiteboard.png").read_bytes()
PDF = (JOPLIN / "attachments-in/agenda.pdf").read_bytes()


def by_id(item_id: str):
    ref = SourceRef.get((SourceRef.source == "joplin") & (SourceRef.source_id == item_id))
    model = Reflection if ref.kind == "reflection" else ActionItem
    return model.get(model.uuid == ref.record_uuid)


@pytest.mark.parametrize("path", [JEX, RAW, FRONT])
def test_every_export_is_detected(path):
    assert imports.detect(path).format == "joplin"


@pytest.mark.parametrize("path", [JEX, RAW])
def test_jex_and_raw_map_field_by_field(journal, path):
    summary = run_import(path)
    assert summary.format == ("Joplin JEX export" if path == JEX else "Joplin RAW export")
    assert (summary.created["reflection"], summary.created["action"]) == (7, 2)

    kickoff = by_id("e9f0a72163cd405babaaa7ec476d8f43")
    assert kickoff.title == "Kick-off with Ana"
    assert kickoff.written_at == dt.datetime(2024, 1, 15, 9, 30)
    assert kickoff.created_at == dt.datetime(2024, 1, 15, 8, 30)
    assert kickoff.updated_at == dt.datetime(2024, 1, 16, 9, 0)
    # its tags, and its notebook "Mentoring" (the same tag as "mentoring", case aside)
    assert set(records.tags_of(kickoff)) == {"career growth", "mentoring", "Übung/2024"}
    [image] = attachments.attachments_of("reflection", kickoff.id)
    assert (image.name, image.mime, attachments.read(image.sha256)) == (
        "whiteboard.png",
        "image/png",
        PNG,
    )
    assert kickoff.body.startswith(f"![whiteboard.png](mj-attachment:{image.sha256})We agreed")
    assert "| feedback | weekly |" in kickoff.body

    slides = by_id("31921a149a2a4d89bd1719acba670fbd")
    assert slides.text == "Send Ana the slides\n\nOpen to-do with a due date."
    assert (slides.due_on, slides.done_on, slides.owner) == (dt.date(2024, 1, 22), None, "me")
    booked = by_id("c0b9b889549a4e16ab49578b97cc618e")
    assert booked.text == "Book the next session"
    assert (booked.due_on, booked.done_on) == (dt.date(2024, 1, 20), dt.date(2024, 1, 19))

    session = by_id("7d56550892ba4de4a45f5424307e8eeb")
    assert session.title == "Session 2: feedback / next steps?"
    assert session.written_at == dt.datetime(2024, 3, 31, 3, 30)
    assert set(records.tags_of(session)) == {"mentoring", "Mentoring/Sessions 2024"}
    [pdf] = attachments.attachments_of("reflection", session.id)
    assert (pdf.name, pdf.mime, attachments.read(pdf.sha256)) == (
        "agenda.pdf",
        "application/pdf",
        PDF,
    )
    assert f"[agenda.pdf](mj-attachment:{pdf.sha256})Title with" in session.body
    assert "Link to another note: Kick-off" in session.body  # a note link keeps its text

    unicode = by_id("db1ecb4e2a9343d9856687438b9f21c0")
    assert unicode.title == "Größe, Übung, 🎉 — שלום"
    assert "and a tab:\there." in unicode.body and "\r" not in unicode.body
    assert unicode.written_at == dt.datetime(2024, 10, 27, 2, 30)
    assert records.tags_of(unicode) == ["Ideen & Übung 🎯"]

    html = by_id("4269b48b4acf45db857c5f2e0bb2c0eb")
    assert (
        html.body == "# HTML note\n\nMade by the **web clipper** kind of note (markup_language 2)."
    )
    assert "<" not in html.body

    midnight = by_id("4a5e9d9842754d2db07b92ce491e78f1")
    assert (midnight.written_at, midnight.body) == (dt.datetime(2024, 6, 1, 0, 0), "")

    reviews = Reflection.select().where(Reflection.title == "Weekly review").count()
    assert reviews == 2  # same title, two notes

    reasons = {f.reason for f in summary.not_mapped}
    assert "locations (not kept)" in reasons
    assert "tags and notebooks of to-dos (action items have no tags)" in reasons


def test_jex_and_raw_are_the_same_records(journal):
    run_import(JEX)
    before = state()
    again = run_import(RAW)
    assert not again.writes and again.existing == {
        "reflection": 7,
        "action": 2,
        "tag": 0,
        "attachment": 0,
    }
    assert state() == before


def test_front_matter_export_maps_field_by_field(journal):
    summary = run_import(FRONT)
    assert (summary.created["reflection"], summary.created["action"]) == (7, 2)
    kickoff = Reflection.get(Reflection.title == "Kick-off with Ana")
    assert kickoff.written_at == dt.datetime(2024, 1, 15, 9, 30)
    assert kickoff.updated_at == dt.datetime(2024, 1, 16, 9, 0)
    assert set(records.tags_of(kickoff)) == {"career growth", "mentoring", "Übung/2024"}
    [image] = attachments.attachments_of("reflection", kickoff.id)
    assert attachments.read(image.sha256) == PNG
    assert kickoff.body.startswith(f"![whiteboard.png](mj-attachment:{image.sha256})")
    booked = ActionItem.get(ActionItem.text == "Book the next session")
    assert (booked.due_on, booked.done_on) == (dt.date(2024, 1, 20), dt.date(2024, 1, 19))
    slides = ActionItem.get(ActionItem.text.startswith("Send Ana the slides"))
    assert slides.done_on is None
    session = Reflection.get(Reflection.title == "Session 2: feedback / next steps?")
    [pdf] = attachments.attachments_of("reflection", session.id)
    assert attachments.read(pdf.sha256) == PDF
    assert "Link to another note: Kick-off" in session.body
    assert Reflection.get(Reflection.title == "HTML note").body.startswith("# HTML note")
    assert any("done on their last change" in f.reason for f in summary.notes)


def test_the_same_picture_from_two_formats_is_stored_once(journal):
    run_import(JEX)
    run_import(FRONT)  # no ids in front matter: new records, but the same content
    [sha] = {a.sha256 for a in attachments.all_stored() if a.mime == "image/png"}
    assert attachments.count_links(sha) == 2


def test_front_matter_from_joplins_own_tests(journal):
    run_import(JOPLIN / "joplin-repo-md-frontmatter")
    full = ActionItem.get(ActionItem.text == "Test Note Title\n\nThis is the note body")
    assert full.due_on == dt.date(2021, 8, 22) and full.done_on is None
    inline = Reflection.get(Reflection.title == "Inline Tags")
    assert set(records.tags_of(inline)) == {"inline", "tag"}
    task = ActionItem.get(ActionItem.text.startswith("Task"))
    assert task.done_on is not None
    utc = Reflection.get(Reflection.body == "This is the note body")
    assert utc.created_at == dt.datetime(2019, 5, 1, 23, 54)  # 16:54-07:00


def test_reimport_of_front_matter_creates_nothing(journal):
    run_import(FRONT)
    before = state()
    assert not run_import(FRONT).writes
    assert state() == before


def test_conflicts_trash_and_encrypted_notes_are_left_out_and_reported(journal, tmp_path):
    folder = tmp_path / "raw"
    shutil.copytree(RAW, folder)
    note = folder / "e6f65493aad2498a93e34828474d67b6.md"
    note.write_text(note.read_text().replace("is_conflict: 0", "is_conflict: 1"))
    trashed = folder / "2d5289a06fae4cb9ac7c5439c3bbf5c1.md"
    trashed.write_text(trashed.read_text().replace("deleted_time: 0", "deleted_time: 17"))
    summary = run_import(folder)
    assert summary.created["reflection"] == 5
    reasons = {f.reason: f.count for f in summary.not_mapped}
    assert reasons["conflict copies (left out)"] == 1
    assert reasons["notes in Joplin's trash (left out)"] == 1


def test_the_unserialize_rules():
    item = joplin.unserialize("Title\n\nBody line\n\nid: 0123\ntype_: 1")
    assert item == {"id": "0123", "type_": "1", "title": "Title", "body": "Body line"}
    assert joplin.unserialize("Title\n\nBody\n\nid: 1\n") is None  # no type_


@pytest.mark.parametrize(
    ("name", "needle"),
    [
        ("bad/path-traversal.jex", "points outside the archive"),
        ("bad/not-a-tar.jex", "named like a JEX"),
        ("bad/truncated.jex", "cut short"),
    ],
)
def test_bad_archives_get_one_line_and_change_nothing(journal, name, needle):
    refused(JOPLIN / name, needle)


def test_a_tar_with_links_and_devices_is_refused(journal, tmp_path):
    path = tmp_path / "links.jex"
    with tarfile.open(path, "w", format=tarfile.USTAR_FORMAT) as archive:
        info = tarfile.TarInfo("resources/link.png")
        info.type = tarfile.SYMTYPE
        info.linkname = "/etc/passwd"
        archive.addfile(info)
    refused(path, "link or a device", format="joplin")


@pytest.mark.parametrize(
    ("item", "needle"),
    [("raw-item-no-type.md", "no type_"), ("raw-item-bad-values.md", "no valid Joplin id")],
)
def test_bad_items_in_a_raw_folder_are_refused(journal, tmp_path, item, needle):
    folder = tmp_path / "raw"
    shutil.copytree(RAW, folder)
    shutil.copy(JOPLIN / "bad" / item, folder / "0123456789abcdef0123456789abcdef.md")
    refused(folder, needle)


def test_a_plain_markdown_export_is_refused_with_a_hint(journal):
    refused(JOPLIN / "export-md", "export from Joplin as JEX", format="joplin")


def test_preview_counts_match_what_is_written(journal):
    planned = preview(JEX)
    done = run_import(JEX)
    assert planned.created == done.created
    assert planned.attachment_bytes == done.attachment_bytes == len(PNG) + len(PDF)
