"""Attachments in the JSON export: written and read one at a time, never all in memory.

The JSON format (version 2, used when the journal holds attachments) adds:

- on each reflection and session, ``"attachments": [{"sha256": …, "name": …}]``;
- at the top level, last, ``"attachments": [{"sha256", "size", "mime", "data"}]``
  with the bytes in base64.

Writing streams each attachment's chunks through base64 (``pieces``);
reading (``AttachmentStream``) walks the file's top-level object with the
JSON decoder and yields one attachment at a time, whatever the order of the
keys, so a journal's attachments are never all in memory: at most one (50 MB
at most) is.
"""

from __future__ import annotations

import base64
import binascii
import io
import json
import os
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from mentorjournal.domain import attachments
from mentorjournal.domain.attachments import Digest
from mentorjournal.errors import ValidationError

#: Characters read from the file at a time while streaming.
_READ = 1 << 20


# -- writing ----------------------------------------------------------------------


def _base64(chunks: Iterable[bytes]) -> Iterator[str]:
    """Base64 of the concatenated chunks, in pieces (whole 3-byte groups per piece)."""
    rest = b""
    for chunk in chunks:
        data = rest + chunk
        cut = len(data) - len(data) % 3
        if cut:
            yield base64.b64encode(data[:cut]).decode("ascii")
        rest = data[cut:]
    if rest:
        yield base64.b64encode(rest).decode("ascii")


def pieces(head: str, stored: list[Digest]) -> Iterator[str]:
    """The whole export: ``head`` (the JSON object without its closing brace), then the bytes."""
    yield head.rstrip().removesuffix("}").rstrip()
    yield ',\n "attachments": ['
    for n, item in enumerate(stored):
        meta = json.dumps({"sha256": item.sha256, "size": item.size, "mime": item.mime})
        yield ("\n  " if n == 0 else ",\n  ") + meta[:-1] + ', "data": "'
        yield from _base64(attachments.chunks(item.sha256))
        yield '"}'
    yield "\n ]\n}\n"


# -- reading ----------------------------------------------------------------------


class _Reader:
    """Values of a JSON text read from a stream, decoded one at a time."""

    def __init__(self, stream: IO[str], where: str) -> None:
        self.stream = stream
        self.where = where
        self.buf = ""
        self.pos = 0
        self.eof = False
        self.decoder = json.JSONDecoder()

    def _more(self, at_least: int = _READ) -> bool:
        if self.eof:
            return False
        data = self.stream.read(max(at_least, _READ))
        if not data:
            self.eof = True
            return False
        self.buf = self.buf[self.pos :] + data
        self.pos = 0
        return True

    def char(self) -> str:
        """The next character that is not white space (not consumed); "" at the end."""
        while True:
            while self.pos < len(self.buf) and self.buf[self.pos] in " \t\r\n":
                self.pos += 1
            if self.pos < len(self.buf):
                return self.buf[self.pos]
            if not self._more():
                return ""

    def take(self, expected: str) -> None:
        if self.char() != expected:
            raise self.broken()
        self.pos += 1

    def value(self) -> Any:
        """The next JSON value, reading on until it is complete."""
        self.char()
        while True:
            try:
                value, end = self.decoder.raw_decode(self.buf, self.pos)
            except json.JSONDecodeError:
                if self._more(len(self.buf)):  # incomplete so far: read as much again
                    continue
                raise self.broken() from None
            except RecursionError:
                raise ValidationError(self.where, "is nested too deeply to be an export") from None
            self.pos = end
            return value

    def broken(self) -> ValidationError:
        return ValidationError(self.where, "is not valid JSON; is the file complete?")

    def skip_string(self) -> None:
        """Pass over a string without building it (an attachment's base64)."""
        self.take('"')
        while True:
            end = self.buf.find('"', self.pos)
            if end < 0:
                self.pos = len(self.buf)
                if not self._more():
                    raise self.broken()
                continue
            slashes = 0
            while end - slashes - 1 >= self.pos and self.buf[end - slashes - 1] == "\\":
                slashes += 1
            self.pos = end + 1
            if slashes % 2 == 0:
                return


class _Base64(io.RawIOBase):
    """The bytes of a base64 JSON string, decoded as the reader reaches them."""

    def __init__(self, reader: _Reader, where: str) -> None:
        self.reader = reader
        self.where = where
        self.pending = ""
        self.done = False
        self.out = b""
        reader.take('"')

    def readable(self) -> bool:
        return True

    def _fill(self) -> None:
        reader = self.reader
        while not self.done and len(self.pending) < 1 << 18:
            if reader.pos >= len(reader.buf) and not reader._more():
                raise reader.broken()
            end = reader.buf.find('"', reader.pos)
            stop = len(reader.buf) if end < 0 else end
            self.pending += reader.buf[reader.pos : stop]
            reader.pos = stop if end < 0 else end + 1
            self.done = end >= 0
        cut = len(self.pending) if self.done else len(self.pending) - len(self.pending) % 4
        text, self.pending = self.pending[:cut], self.pending[cut:]
        try:
            self.out += base64.b64decode(text, validate=True)
        except (binascii.Error, ValueError):
            raise ValidationError(self.where, "data is not valid base64") from None

    def readinto(self, buffer: Any) -> int:
        while not self.out and not (self.done and not self.pending):
            self._fill()
        n = min(len(buffer), len(self.out))
        buffer[:n] = self.out[:n]
        self.out = self.out[n:]
        return n

    def drain(self) -> None:
        while not self.done or self.pending or self.out:
            self.out = b""
            if self.done and not self.pending:
                return
            self._fill()

    def close(self) -> None:  # the file belongs to the reader
        pass


Incoming = tuple[dict[str, Any], IO[bytes]]


class AttachmentStream:
    """The ``attachments`` list of an export file, read again one attachment at a time.

    Yields ``(meta, stream)``: ``meta`` holds ``sha256``, ``size``, ``mime``;
    ``stream`` gives the decoded bytes and is valid until the next item. When
    the file names the hash and size before the data (as we write it), the
    bytes are decoded while they are read; otherwise one attachment is held.
    """

    def __init__(self, path: Path) -> None:
        self.path = path

    def __iter__(self) -> Iterator[Incoming]:
        with open(self.path, encoding="utf-8-sig") as stream:
            reader = _Reader(stream, self.path.name)
            reader.take("{")
            while reader.char() not in ("}", ""):
                key = reader.value()
                reader.take(":")
                if key != "attachments":
                    reader.value()  # the records were read before
                else:
                    yield from _items(reader)
                if reader.char() == ",":
                    reader.take(",")
            reader.take("}")


def _items(reader: _Reader) -> Iterator[Incoming]:
    reader.take("[")
    n = 0
    while reader.char() != "]":
        where = f"attachments[{n}]"
        if reader.char() != "{":
            raise ValidationError(where, "must be an object")
        reader.take("{")
        meta: dict[str, Any] = {}
        held: IO[bytes] | None = None
        streamed = False
        while reader.char() != "}":
            key = reader.value()
            reader.take(":")
            if key == "data" and reader.char() == '"':
                data = _Base64(reader, where)
                if "sha256" in meta and "size" in meta:
                    yield meta, data
                    data.drain()
                    held, streamed = io.BytesIO(), True
                else:  # the data before its hash: hold this one attachment
                    held = io.BytesIO(data.read())
            else:
                meta[str(key)] = reader.value()
            if reader.char() == ",":
                reader.take(",")
        reader.take("}")
        if held is None:
            raise ValidationError(where, "needs sha256 and data (base64)")
        if not streamed:
            yield meta, held
        n += 1
        if reader.char() == ",":
            reader.take(",")
    reader.take("]")


def load_without_data(path: Path) -> dict[str, Any] | None:
    """The export's top level with ``attachments`` left as a stream; None without them.

    Reads the file once as a stream (the attachments' bytes are passed over,
    never built); the records and everything else are returned as parsed.
    """
    with open(path, encoding="utf-8-sig") as stream:
        reader = _Reader(stream, path.name)
        if reader.char() != "{":
            return None
        reader.take("{")
        out: dict[str, Any] = {}
        found = False
        while reader.char() not in ("}", ""):
            key = reader.value()
            reader.take(":")
            if key == "attachments" and reader.char() == "[":
                found = True
                reader.take("[")
                while reader.char() == "{":
                    reader.take("{")
                    while reader.char() not in ("}", ""):
                        field = reader.value()
                        reader.take(":")
                        if field == "data" and reader.char() == '"':
                            reader.skip_string()
                        else:
                            reader.value()
                        if reader.char() == ",":
                            reader.take(",")
                    reader.take("}")
                    if reader.char() == ",":
                        reader.take(",")
                reader.take("]")
            else:
                out[str(key)] = reader.value()
            if reader.char() == ",":
                reader.take(",")
        reader.take("}")
    if not found:
        return None
    out["attachments"] = AttachmentStream(path)
    return out


def read_unless_attachments(path: Path) -> bytearray | None:
    """The whole file, read once; None as soon as it mentions an ``"attachments"`` key.

    A file with attachments is read no further here: ``load_without_data``
    reads it as a stream, so their bytes are never held. Each block is
    searched as it is added to the buffer (no second pass over the file, no
    join of the blocks). What is no regular file (a pipe) cannot be read
    twice: it is read whole. ``OSError`` is the caller's to report.
    """
    needle = b'"attachments"'
    buf = bytearray()
    block = bytearray(_READ)
    with open(path, "rb") as fh, memoryview(block) as view:
        again = stat.S_ISREG(os.fstat(fh.fileno()).st_mode)
        while n := fh.readinto(view):
            start = max(0, len(buf) - len(needle) + 1)
            buf += view[:n]
            if again and buf.find(needle, start) >= 0:
                return None
    return buf


def items(files: Any) -> Iterator[Incoming]:
    """``(meta, stream)`` for each attachment of a parsed export or an ``AttachmentStream``."""
    if isinstance(files, AttachmentStream):
        yield from files
        return
    for n, item in enumerate(files or ()):
        where = f"attachments[{n}]"
        if not isinstance(item, dict) or not isinstance(item.get("data"), str):
            raise ValidationError(where, "needs sha256 and data (base64)")
        try:
            raw = base64.b64decode(item["data"], validate=True)
        except (binascii.Error, ValueError):
            raise ValidationError(where, "data is not valid base64") from None
        yield {k: v for k, v in item.items() if k != "data"}, io.BytesIO(raw)


def digest_of(meta: dict[str, Any], where: str) -> Digest:
    """What an attachment of the file says it is (checked again while its bytes are stored)."""
    sha = meta.get("sha256")
    size = meta.get("size")
    if not isinstance(sha, str):
        raise ValidationError(f"{where}.sha256", "is required")
    if not isinstance(size, int) or isinstance(size, bool) or size < 0:
        raise ValidationError(f"{where}.size", "must be a whole number of bytes")
    if size > attachments.MAX_SIZE:
        raise ValidationError(where, "is larger than an attachment can be (50 MB)")
    mime = meta.get("mime") if isinstance(meta.get("mime"), str) else "application/octet-stream"
    return Digest(attachments.check_sha256(sha), size, mime)


def check_links(value: Any, where: str) -> list[tuple[str, str]]:
    """A record's ``attachments`` field: ``[(sha256, name)]``."""
    if value is None:
        return []
    if not isinstance(value, list):
        raise ValidationError(where, "must be a list of {sha256, name}")
    out = []
    for n, item in enumerate(value):
        if not isinstance(item, dict) or not isinstance(item.get("name"), str):
            raise ValidationError(f"{where}[{n}]", "needs sha256 and name")
        sha = item.get("sha256")
        if not isinstance(sha, str):
            raise ValidationError(f"{where}[{n}].sha256", "is required")
        out.append((attachments.check_sha256(sha), attachments.clean_name(item["name"])))
    return out
