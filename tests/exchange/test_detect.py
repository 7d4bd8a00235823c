"""Detection: the format comes from the content, and anything else is refused in one line."""

from __future__ import annotations

import pytest

from mentorjournal.errors import JournalNotFound
from mentorjournal.exchange import imports
from tests.exchange.conftest import IMPORTS


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("jrnl/plain-journal.txt", "jrnl"),
        ("jrnl/encrypted-v1-jrnl1.9.8.txt", "jrnl"),
        ("jrnl/encrypted-v2-jrnl4.3.txt", "jrnl"),
        ("jrnl/encrypted-v3-jrnl4.6.txt", "jrnl"),
        ("jrnl/folder-journal", "jrnl"),
        ("jrnl/plain-export.md", "jrnl"),
        ("jrnl/v1-export-jrnl1.9.8.json", "jrnl"),
        ("dayone/dayone-ergebnis-sample.zip", "dayone"),
        ("dayone/source/handwritten/MentorJournal.json", "dayone"),
        ("daylio/staticf0x-test_data.csv", "daylio"),
        ("daylio/handwritten-scales-de-bom.csv", "daylio"),
        ("joplin/export.jex", "joplin"),
        ("joplin/export-raw", "joplin"),
        ("joplin/export-md-frontmatter", "joplin"),
        ("joplin/joplin-repo-md-frontmatter", "joplin"),
        ("obsidian/vault-mentoring", "obsidian"),
        ("obsidian/vault-mentoring.zip", "obsidian"),
        ("obsidian/vault-periodic-notes", "obsidian"),
    ],
)
def test_every_fixture_is_recognised_by_its_content(name, expected):
    detected = imports.detect(IMPORTS / name)
    assert detected.format == expected
    assert detected.description == imports.FORMATS[expected]


def test_our_own_export_is_recognised(journal, tmp_path):
    from mentorjournal.exchange import native

    native.export_json(tmp_path / "ours.json")
    assert imports.detect(tmp_path / "ours.json").format == "mentorjournal"


def test_a_renamed_file_is_still_recognised(tmp_path):
    copy = tmp_path / "looks-like.csv"
    copy.write_bytes((IMPORTS / "jrnl/plain-journal.txt").read_bytes())
    assert imports.detect(copy).format == "jrnl"


@pytest.mark.parametrize(
    ("content", "needle"),
    [
        (b"", "empty"),
        ("full text".encode("utf-16"), "UTF-16"),
        (b"Hello,\nthis is a letter.\n", "does not recognise"),
        (b'{"notes": []}', "JSON file of an app"),
        (b"a;b;c\n1;2;3\n", "CSV file of an app"),
    ],
)
def test_anything_else_gets_one_line(tmp_path, content, needle):
    path = tmp_path / "file"
    path.write_bytes(content)
    with pytest.raises(imports.ImportRefused) as caught:
        imports.detect(path)
    assert needle in str(caught.value) and "\n" not in str(caught.value)


def test_a_folder_of_other_things_is_refused_quickly(tmp_path):
    for n in range(300):
        (tmp_path / f"file{n}.txt").write_text("x")
    (tmp_path / "README.md").write_text("---\ncreated: 2024-01-01\n---\n")
    (tmp_path / "notes.md").write_text("just notes\n")
    with pytest.raises(imports.ImportRefused, match="no export this app recognises"):
        imports.detect(tmp_path)
    with pytest.raises(JournalNotFound):
        imports.detect(tmp_path / "missing")
