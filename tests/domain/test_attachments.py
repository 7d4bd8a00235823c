"""Attachments: stored once per content, in chunks, inside the journal; linked, listed, removed."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import os

import pytest

from mentorjournal.domain import attachments, records, search, trash
from mentorjournal.errors import NotFound, ValidationError
from mentorjournal.storage.models import Attachment, AttachmentChunk, ReflectionAttachment

PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082"
)


class Zeros(io.RawIOBase):
    """``size`` zero bytes, made as they are read (no 50 MB in memory)."""

    def __init__(self, size: int) -> None:
        self.left = size

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        n = min(len(buffer), self.left)
        buffer[:n] = b"\0" * n
        self.left -= n
        return n


def reflection(title: str = "An entry"):
    return records.create("reflection", title=title, written_at=dt.datetime(2024, 5, 1, 9))


def test_the_same_content_is_stored_once(journal):
    one, two = reflection("one"), reflection("two")
    a = attachments.attach_bytes("reflection", one.id, PNG, "board.png")
    b = attachments.attach_bytes("reflection", two.id, PNG, "copy of board.png")
    assert a.sha256 == b.sha256 == hashlib.sha256(PNG).hexdigest()
    assert Attachment.select().count() == 1
    assert attachments.count_links(a.sha256) == 2
    assert (a.mime, a.size, a.is_image) == ("image/png", len(PNG), True)
    again = attachments.attach_bytes("reflection", one.id, PNG, "board.png")
    assert again.link_id == a.link_id  # same content, same name, same record: nothing new


def test_content_is_kept_in_chunks_and_streamed_back(journal):
    data = os.urandom(attachments.CHUNK_SIZE * 2 + 1000)
    info = attachments.attach_bytes("reflection", reflection().id, data, "notes.bin")
    assert AttachmentChunk.select().count() == 3
    pieces = list(attachments.chunks(info.sha256))
    assert [len(p) for p in pieces] == [attachments.CHUNK_SIZE, attachments.CHUNK_SIZE, 1000]
    assert b"".join(pieces) == data == attachments.read(info.sha256)
    out = io.BytesIO()
    assert attachments.write_to(info.sha256, out) == len(data) and out.getvalue() == data


def test_just_under_the_limit_is_taken(journal):
    record = reflection()
    size = attachments.MAX_SIZE
    info = attachments.attach("reflection", record.id, lambda: Zeros(size), "big.bin")
    assert info.size == size
    assert AttachmentChunk.select().count() == -(-size // attachments.CHUNK_SIZE)


def test_just_over_the_limit_is_refused_and_nothing_is_written(journal):
    record = reflection()
    with pytest.raises(ValidationError) as caught:
        attachments.attach(
            "reflection", record.id, lambda: Zeros(attachments.MAX_SIZE + 1), "too big.bin"
        )
    assert "at most 50.0 MB" in str(caught.value) and "too big.bin" in str(caught.value)
    assert Attachment.select().count() == 0 and AttachmentChunk.select().count() == 0


def test_a_file_over_the_limit_is_refused_before_reading(journal, tmp_path):
    path = tmp_path / "huge.bin"
    with open(path, "wb") as fh:
        fh.truncate(attachments.MAX_SIZE + 1)  # sparse: no 50 MB written
    with pytest.raises(ValidationError, match="50.0 MB"):
        attachments.attach_file("reflection", reflection().id, path)


def test_content_that_changes_while_read_is_refused(journal):
    versions = iter([b"first version", b"second version!"])
    record = reflection()
    with pytest.raises(ValidationError, match="changed while it was being read"):
        attachments.attach("reflection", record.id, lambda: io.BytesIO(next(versions)), "x.txt")
    assert Attachment.select().count() == 0


def test_files_from_disk_sessions_and_refusals(journal, tmp_path):
    path = tmp_path / "agenda.pdf"
    path.write_bytes(b"%PDF-1.4 a tiny pdf")
    person = records.create("person", name="Ana", relation="mentor")
    session = records.create(
        "session", person=person.id, role="mentee", held_at=dt.datetime(2024, 5, 2, 10)
    )
    info = attachments.attach_file("session", session.id, path)
    assert (info.name, info.mime, info.is_image) == ("agenda.pdf", "application/pdf", False)
    assert info.reference == f"[agenda.pdf](mj-attachment:{info.sha256})"
    assert attachments.attachments_of("session", session.uuid) == [info]
    with pytest.raises(NotFound):
        attachments.attach_file("session", session.id, tmp_path / "missing.pdf")
    with pytest.raises(ValidationError, match="only reflections and sessions"):
        attachments.attach_bytes("goal", 1, PNG, "x.png")
    with pytest.raises(NotFound):
        attachments.attach_bytes("reflection", 999, PNG, "x.png")


def test_detach_by_number_or_name_and_unused_content_leaves(journal):
    one, two = reflection("one"), reflection("two")
    a = attachments.attach_bytes("reflection", one.id, PNG, "board.png")
    attachments.attach_bytes("reflection", two.id, PNG, "board.png")
    attachments.attach_bytes("reflection", one.id, b"plain text", "notes.txt")
    removed = attachments.detach("reflection", one.id, "board.png")
    assert removed.link_id == a.link_id
    assert attachments.is_stored(a.sha256)  # still used by "two"
    attachments.detach(
        "reflection", two.id, str(attachments.attachments_of("reflection", two.id)[0].link_id)
    )
    assert not attachments.is_stored(a.sha256)
    assert AttachmentChunk.select().where(AttachmentChunk.attachment == a.sha256).count() == 0
    with pytest.raises(NotFound):
        attachments.detach("reflection", one.id, "board.png")
    assert [x.name for x in attachments.attachments_of("reflection", one.id)] == ["notes.txt"]


def test_a_trashed_record_keeps_its_pictures_until_the_trash_is_emptied(journal):
    record = reflection()
    info = attachments.attach_bytes("reflection", record.id, PNG, "board.png")
    batch = records.delete("reflection", record.id)
    # In the trash: the link and the content stay (a restore brings the picture back).
    assert ReflectionAttachment.select().count() == 1
    assert attachments.purge_unused() == 0
    assert attachments.is_stored(info.sha256)
    trash.restore(batch.id)
    assert [a.sha256 for a in attachments.attachments_of("reflection", record.id)] == [info.sha256]
    # Emptied for good: the link and the content go.
    records.delete("reflection", record.id)
    trash.purge()
    assert ReflectionAttachment.select().count() == 0
    assert not attachments.is_stored(info.sha256)


def test_attachment_names_are_searched_with_the_record(journal):
    record = reflection("After the session")
    attachments.attach_bytes("reflection", record.id, PNG, "whiteboard-sketch.png")
    hits = search.search("whiteboard")
    assert [(h.kind, h.id) for h in hits] == [("reflection", record.id)]
    attachments.detach("reflection", record.id, "whiteboard-sketch.png")
    assert search.search("whiteboard") == []


def test_only_pictures_are_given_to_the_renderer(journal):
    record = reflection()
    png = attachments.attach_bytes("reflection", record.id, PNG, "board.png")
    fake = attachments.attach_bytes("reflection", record.id, b"not a picture", "fake.png")
    assert attachments.image(png.sha256) == ("image/png", PNG)
    assert fake.mime == "application/octet-stream"  # a picture type only from the bytes
    assert attachments.image(fake.sha256) is None
    assert attachments.image("0" * 64) is None and attachments.image("nonsense") is None


def test_names_are_cleaned():
    assert attachments.clean_name("../../etc/passwd") == "passwd"
    assert attachments.clean_name("C:\\Users\\me\\photo.jpg") == "photo.jpg"
    assert attachments.clean_name("tab\there\nnewline.png") == "tab here newline.png"
    assert attachments.clean_name("") == "attachment"
    long = attachments.clean_name("x" * 300 + ".jpeg")
    assert len(long) == attachments.MAX_NAME and long.endswith(".jpeg")


def test_sizes_for_people():
    assert attachments.size_text(1) == "1 byte"
    assert attachments.size_text(812) == "812 bytes"
    assert attachments.size_text(4300) == "4.2 KB"
    assert attachments.size_text(attachments.MAX_SIZE) == "50.0 MB"


def test_nothing_is_written_beside_the_journal(journal, tmp_path):
    before = set(tmp_path.rglob("*"))
    attachments.attach_bytes("reflection", reflection().id, PNG * 1000, "big.png")
    created = {p for p in set(tmp_path.rglob("*")) - before if "backups" not in str(p)}
    assert all(p.name.startswith(journal.path.name) for p in created), created


def test_backups_hold_the_attachments(journal, tmp_path):
    from mentorjournal.storage.backups import Backups
    from mentorjournal.storage.journal import Journal
    from tests.conftest import PASSPHRASE

    info = attachments.attach_bytes("reflection", reflection().id, PNG, "board.png")
    backup = Backups(journal.path, tmp_path / "backups").create(journal, "manual")
    journal.close()
    with Journal.open(backup, PASSPHRASE):
        assert attachments.read(info.sha256) == PNG
        [linked] = attachments.attachments_of("reflection", info.record_id)
        assert linked.name == "board.png"
