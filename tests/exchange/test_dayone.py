"""Day One: real exports from two converters' test data, and a hand-written 2024-shape file."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import zipfile

import pytest

from mentorjournal.domain import attachments, records
from mentorjournal.exchange import dayone, imports
from mentorjournal.storage.models import Attachment, Reflection, SourceRef
from tests.exchange.conftest import IMPORTS, preview, refused, run_import, state
from tests.fixtures.imports import bad_inputs

DAYONE = IMPORTS / "dayone"
HANDWRITTEN = DAYONE / "dayone-handwritten-2024.zip"
TWO = DAYONE / "dayone-marcdonald-two-journals.zip"
ERGEBNIS = DAYONE / "dayone-ergebnis-sample.zip"


def reflection(source_id: str) -> Reflection:
    ref = SourceRef.get((SourceRef.source == "dayone") & (SourceRef.source_id == source_id))
    return Reflection.get(Reflection.uuid == ref.record_uuid)


def member_sha(zip_path, name: str) -> str:
    with zipfile.ZipFile(zip_path) as archive:
        return hashlib.sha256(archive.read(name)).hexdigest()


@pytest.mark.parametrize("path", [HANDWRITTEN, TWO, ERGEBNIS])
def test_every_zip_is_detected(path):
    assert imports.detect(path).format == "dayone"


def test_the_handwritten_export_maps_field_by_field(journal):
    summary = run_import(HANDWRITTEN)
    assert summary.created["reflection"] == 7

    kickoff = reflection("A1B2C3D4E5F60718293A4B5C6D7E8F90")
    # 2024-03-30T23:30Z in Europe/Berlin is 31 March 00:30 (summer time began that night)
    assert kickoff.written_at == dt.datetime(2024, 3, 31, 0, 30)
    assert kickoff.created_at == dt.datetime(2024, 3, 30, 23, 30)
    assert kickoff.title == "Mentoring kick-off with Ana"
    photo = member_sha(HANDWRITTEN, "photos/5d41402abc4b2a76b9719d911017c592.jpg")
    assert kickoff.body == (
        "We agreed on three goals for Q2. First: ask for feedback every week.\n\n"
        "- Prepare the Q2 review\n- Read *The Manager's Path*\n\n"
        f"![photo 1.jpg](mj-attachment:{photo})"
    )
    assert records.tags_of(kickoff) == [
        "Career Growth",
        "goals/q2",
        "mentoring",
        "MentorJournal",
        "starred",
    ]
    [linked] = attachments.attachments_of("reflection", kickoff.id)
    assert (linked.name, linked.sha256, linked.mime) == ("photo 1.jpg", photo, "image/jpeg")

    la = reflection("C1B2C3D4E5F60718293A4B5C6D7E8F92")
    assert la.written_at == dt.datetime(2023, 12, 31, 23, 59)  # local date is not the UTC date
    assert la.title == ""  # no "# " line: no title
    assert la.body.startswith("New Year's Eve in LA\nThe UTC date is 2024-01-01")

    dst = reflection("B1B2C3D4E5F60718293A4B5C6D7E8F91")
    assert dst.written_at == dt.datetime(2024, 10, 27, 2, 30)
    assert "(CEST); the hour 02:00-03:00 happens twice" in dst.body

    escapes = reflection("D1B2C3D4E5F60718293A4B5C6D7E8F93")
    assert escapes.written_at == dt.datetime(2024, 5, 5, 0, 0)  # all-day entry
    assert escapes.body.splitlines()[:5] == [
        "\\#not-a-heading and #not-a-tag",
        "1\\. not a list item",
        "\\*literal asterisks\\* and \\_underscores\\_ and \\[brackets\\] and a backslash \\\\ here",
        "C++ and 100% and a|pipe",
        "Umlaute: Größe, Übung, Äpfel 🎉🚀",
    ]
    assert records.tags_of(escapes) == ["MentorJournal", "unicode", "Übung"]


def test_all_four_media_kinds_become_attachments(journal):
    run_import(HANDWRITTEN)
    media = reflection("E1B2C3D4E5F60718293A4B5C6D7E8F94")
    names = [(a.name, a.mime) for a in attachments.attachments_of("reflection", media.id)]
    assert names == [
        ("video 1.mp4", "video/mp4"),
        ("audio 2.m4a", "audio/mp4"),
        ("Q2 goals.pdf", "application/pdf"),
        ("photo 4.png", "image/png"),
    ]
    pdf = member_sha(HANDWRITTEN, "pdfs/9e107d9d372bb6826bd81d3542a419d6.pdf")
    assert f"[Q2 goals.pdf](mj-attachment:{pdf})" in media.body
    assert "![Q2 goals.pdf]" not in media.body  # a PDF is a link, not a picture
    audio = member_sha(HANDWRITTEN, "audios/f35f41739499e70c6b2714e3a7d82d8c.m4a")
    with zipfile.ZipFile(HANDWRITTEN) as archive:
        assert attachments.read(audio) == archive.read(
            "audios/f35f41739499e70c6b2714e3a7d82d8c.m4a"
        )


def test_a_moment_without_its_file_stays_visible_and_is_reported(journal):
    summary = preview(HANDWRITTEN)
    [missing] = [f for f in summary.not_mapped if "not in the export" in f.reason]
    assert missing.count == 1
    run_import(HANDWRITTEN)
    entry = reflection("01B2C3D4E5F60718293A4B5C6D7E8F96")
    assert entry.body.startswith("*(photo missing from the Day One export)*")


def test_two_journals_in_one_zip(journal):
    summary = run_import(TWO)
    assert summary.created["reflection"] == 6
    pdf = reflection("257CF009978A4312A3D1D8EFEDE7859C")
    assert records.tags_of(pdf) == ["PDF"]  # the journal's name
    assert pdf.written_at == dt.datetime(2025, 4, 1, 22, 55, 27)  # Europe/Rome, summer time
    [linked] = attachments.attachments_of("reflection", pdf.id)
    assert linked.name == "Monty Hall uniform.pdf"
    dev = reflection("DF8B32A3FE25400BBBB3A7BBFCD23CE7")
    assert "Dev Journal" in records.tags_of(dev) and "starred" in records.tags_of(dev)
    assert dev.title == "Header 1"
    pinned = reflection("876E72B228F847379F296B1698CA3F61")
    assert "pinned" in records.tags_of(pinned)
    assert pinned.body.startswith('"This text is in quotes"\nThis-text-is-hyphenated\n(This text')
    report = {f.reason: f.count for f in summary.not_mapped}
    assert report["videos listed in an entry but missing from the export"] == 1


def test_a_photo_used_by_two_entries_is_stored_once(journal):
    run_import(TWO)
    photo = member_sha(TWO, "photos/6b73e9bd86a91d3a7ead09268b0fb266.jpeg")
    assert Attachment.select().where(Attachment.sha256 == photo).count() == 1
    assert attachments.count_links(photo) >= 1


def test_the_ergebnis_export(journal):
    summary = run_import(ERGEBNIS)
    assert summary.created["reflection"] == 54
    assert summary.created["attachment"] == 123
    report = {f.reason: f.count for f in summary.not_mapped}
    assert report["photo references whose file is not in the export (a note was left)"] == 34
    assert report["locations (not kept)"] == 54
    commute = Reflection.get(Reflection.body.contains("fourth cylinder fell--a brilliant"))
    assert commute.title == ""
    assert "\\" not in commute.body.split("\n")[0]
    assert Reflection.select().where(Reflection.body.contains("dayone-moment")).count() == 0


def test_reimport_creates_nothing(journal):
    run_import(TWO)
    before = state()
    again = run_import(TWO)
    assert not again.writes and again.existing["reflection"] == 6
    assert state() == before


def test_a_later_export_adds_only_the_new_entry(journal, tmp_path):
    run_import(HANDWRITTEN)
    data = (DAYONE / "source/handwritten/MentorJournal.json").read_text(encoding="utf-8")
    later = data.replace(
        '"entries":[',
        '"entries":[{"uuid":"99B2C3D4E5F60718293A4B5C6D7E8F99","text":"# New one\\n",'
        '"creationDate":"2024-08-01T10:00:00Z","timeZone":"Europe/Berlin"},',
        1,
    )
    assert later != data
    path = tmp_path / "Journal.json"
    path.write_text(later, encoding="utf-8")
    summary = run_import(path)
    assert summary.created["reflection"] == 1 and summary.existing["reflection"] == 7
    assert reflection("99B2C3D4E5F60718293A4B5C6D7E8F99").title == "New one"


def test_an_unzipped_export_folder_reads_like_the_zip(journal, tmp_path):
    folder = tmp_path / "export"
    with zipfile.ZipFile(HANDWRITTEN) as archive:
        archive.extractall(folder)
    run_import(folder, format="dayone")
    before = state()
    assert not run_import(HANDWRITTEN).writes
    assert state() == before


@pytest.mark.parametrize(
    ("name", "needle"),
    [
        ("bad/truncated.zip", "damaged or incomplete"),
        ("bad/path-traversal.zip", "points outside the archive"),
        ("bad/symlink-member.zip", "is a link or a device"),
        ("bad/not-a-zip.zip", "named like a zip"),
        ("bad/no-journal-json.zip", "zip file of an app"),
        ("bad/other-app-json.zip", "no Day One journal"),
        ("bad/journal-json-not-json.json", "not valid JSON"),
        ("bad/MentorJournal-utf16.json", "UTF-16"),
        ("bad/wrong-type-text-field-Dev Journal One Invalid.json", "its text is not text"),
    ],
)
def test_bad_exports_get_one_line_and_change_nothing(journal, name, needle):
    refused(DAYONE / name, needle)


def test_a_zip_bomb_is_refused_before_anything_is_read(journal, tmp_path):
    bomb = bad_inputs.zip_bomb(tmp_path / "bomb.zip", members=2, member_megabytes=300)
    refused(bomb, "zip bomb", format="dayone")


def test_a_member_too_large_to_read_is_refused(journal, tmp_path, monkeypatch):
    from mentorjournal.exchange import archive

    monkeypatch.setattr(archive, "MAX_TEXT_FILE", 1000)
    path = tmp_path / "big.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as out:
        out.writestr("Journal.json", '{"metadata":{},"entries":[]}' + " " * 2000)
    refused(path, "too large to be part of an export", format="dayone")


def test_a_zip_whose_sizes_lie_is_refused(journal, tmp_path):
    path = tmp_path / "liar.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as archive:
        archive.writestr("Journal.json", b'{"metadata":{},"entries":[]}' + b" " * 200)
    data = bytearray(path.read_bytes())
    # shrink the size the central directory declares for the member (offset 24 of its entry)
    cd = data.rfind(b"PK\x01\x02")
    data[cd + 24 : cd + 28] = (10).to_bytes(4, "little")
    path.write_bytes(bytes(data))
    refused(path, "damaged", format="dayone")


def test_too_many_members_are_refused(journal, tmp_path, monkeypatch):
    from mentorjournal.exchange import archive

    monkeypatch.setattr(archive, "MAX_MEMBERS", 500)
    refused(bad_inputs.zip_many_members(tmp_path / "many.zip", 501), "at most 500", format="dayone")


def test_a_huge_text_field_is_refused(journal, tmp_path):
    path = bad_inputs.huge_json_string(tmp_path / "Journal.json", megabytes=6)
    refused(path, "at most 5 million")


def test_deeply_nested_json_inside_an_entry_is_refused(journal, tmp_path):
    refused(bad_inputs.deep_dayone_json(tmp_path / "Journal.json"), "nested too deeply")


def test_escapes_are_undone_only_where_they_cannot_be_syntax():
    assert dayone.unescape("a\\. b\\! c\\- d\\(e\\) 100\\%") == "a. b! c- d(e) 100%"
    assert dayone.unescape("1\\. first") == "1\\. first"
    assert dayone.unescape("\\- not a list") == "\\- not a list"
    assert dayone.unescape("\\# not a heading \\#inline") == "\\# not a heading #inline"
    assert dayone.unescape("\\![not an image](x)") == "\\![not an image](x)"
    assert dayone.unescape("\\* \\_ \\[ \\] \\\\ \\`") == "\\* \\_ \\[ \\] \\\\ \\`"
    assert dayone.unescape("| a\\|b |") == "| a\\|b |"
    assert dayone.unescape("```\ncode\\.\n```") == "```\ncode\\.\n```"
    assert dayone.split_title("# I love this state\\!\n\nBody") == ("I love this state!", "Body")


def test_a_photo_over_50_mb_is_left_out_and_reported(journal, tmp_path):
    path = tmp_path / "big.zip"
    entry = {
        "uuid": "AB" * 16,
        "creationDate": "2024-01-01T10:00:00Z",
        "text": "![](dayone-moment://" + "CD" * 16 + ")",
        "photos": [{"identifier": "CD" * 16, "md5": "ef" * 16, "type": "jpeg"}],
    }
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as archive:
        archive.writestr("Journal.json", json.dumps({"metadata": {}, "entries": [entry]}))
        with archive.open("photos/" + "ef" * 16 + ".jpeg", "w") as out:
            for _ in range(51):
                out.write(os.urandom(1 << 20))
    summary = run_import(path)
    assert summary.created["reflection"] == 1 and summary.created["attachment"] == 0
    reasons = {f.reason for f in summary.not_mapped}
    assert "attachments larger than 50.0 MB (left out)" in reasons
    assert Reflection.get().body == "*(photo left out: larger than 50.0 MB)*"
