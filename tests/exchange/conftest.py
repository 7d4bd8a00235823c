"""What the importer tests share: the fixtures folder, a fixed time zone, a journal snapshot."""

from __future__ import annotations

import hashlib
import os
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from mentorjournal.exchange import imports, native
from mentorjournal.exchange.incoming import ImportOptions
from mentorjournal.storage.models import Attachment, AttachmentChunk, SourceRef

IMPORTS = Path(__file__).resolve().parents[1] / "fixtures" / "imports"


@pytest.fixture(autouse=True)
def berlin(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Local time is Europe/Berlin (the fixtures' DST cases are Berlin's)."""
    monkeypatch.setenv("TZ", "Europe/Berlin")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def state() -> dict:
    """Everything an import can change: records, source ids, attachments."""
    data = native.export_json()
    data.pop("exported_at")
    return {
        "records": data,
        "refs": sorted(SourceRef.select(SourceRef.source, SourceRef.source_id).tuples()),
        "attachments": sorted(Attachment.select(Attachment.sha256).tuples()),
        "chunks": AttachmentChunk.select().count(),
    }


def digest_of(path: Path) -> str:
    """A file's (or a folder's files') content hash: to show an import leaves its source alone."""
    sha = hashlib.sha256()
    files = [path] if path.is_file() else sorted(p for p in path.rglob("*") if p.is_file())
    for file in files:
        sha.update(str(file.relative_to(path.parent)).encode())
        sha.update(file.read_bytes())
    return sha.hexdigest()


def run_import(path: Path, **options) -> imports.Summary:
    """Read and apply one export (no backup: the journal fixture has no policy to honour)."""
    with imports.read(path, ImportOptions(**options)) as batch:
        return imports.apply(batch)


def preview(path: Path, **options) -> imports.Summary:
    with imports.read(path, ImportOptions(**options)) as batch:
        return imports.preview(batch)


def refused(path: Path, *needles: str, **options) -> str:
    """Reading or importing ``path`` is refused with one line naming the problem."""
    before = state()
    source = digest_of(path)
    with pytest.raises(imports.ImportRefused) as caught:
        run_import(path, **options)
    message = str(caught.value)
    assert "\n" not in message
    for needle in needles:
        assert needle.lower() in message.lower(), message
    assert state() == before
    assert digest_of(path) == source
    return message


__all__ = ["IMPORTS", "digest_of", "os", "preview", "refused", "run_import", "state"]
