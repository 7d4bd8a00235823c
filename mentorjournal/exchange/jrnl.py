"""jrnl: its journal file (plain or encrypted, also a folder journal) and its exports.

Read exactly as jrnl 4.6 reads them (docs/IMPORT-FORMATS.md, "jrnl"):

- the journal text: an entry starts at a line beginning ``[date] ``; the
  title is the first line (or, without a newline, the first sentence), a
  first line ending in `` *`` is starred; the date format is a user setting
  not kept in the file, so the usual ones are tried;
- jrnl 1.x text (no brackets: ``2013-06-09 21:30 Title``), which is also what
  a v1-encrypted journal holds;
- a folder journal (``YYYY/MM/DD.txt``; the folder gives the date);
- encrypted journals v1 (AES-CBC), v2 and v3 (Fernet), opened with the
  password, decrypted in memory and never written;
- ``jrnl --format json`` (4.x, and 1.x without per-entry tags), ``markdown``
  (one file: headings lifted back by three levels) and ``txt`` (the journal
  text).

Mapping: entry → reflection (``written_at`` = date and time as local time,
title, body); ``@``/``#`` tags → tags without the symbol; starred → the tag
``starred``. jrnl has no ids: an entry is identified by a hash of its minute,
title and body, the same whichever of these files it comes from.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import hashlib
import json
import re
import struct
from pathlib import Path
from typing import Any

from mentorjournal.exchange import archive, common
from mentorjournal.exchange.incoming import (
    Batch,
    ImportOptions,
    ImportRefused,
    IncomingRecord,
    Keys,
    Reading,
    Report,
)

SOURCE = "jrnl"
WHAT = "jrnl journal"
STARRED = "starred"

#: Date formats of jrnl's ``timeformat`` setting, most common first.
TIME_FORMATS = (
    "%Y-%m-%d %H:%M",
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%d %I:%M:%S %p",
    "%Y-%m-%d %I:%M %p",
)
_HEADER = re.compile(r"(?:^|\n)\[([^\]]+)\] ")
_V1_LINE = re.compile(r"^(\d{4}-\d{2}-\d{2} \d{1,2}:\d{2}) ?(.*)$")
_MD_ENTRY = re.compile(r"^### (\d{4}-\d{2}-\d{2} \d{1,2}:\d{2}(?::\d{2})?(?: ?[AaPp][Mm])?) ?(.*)$")
_MD_TOP = re.compile(r"^#{1,3} ")
_MD_LIFT = re.compile(r"^###(#+ )", re.MULTILINE)
_TAG = re.compile(r"(?<!\S)([#@][-+*#/\w]+)")
_FENCE = re.compile(r"^\s{0,3}(```|~~~)")
_SENTENCE = re.compile(
    r"([.!?\u2026\u203C\u203D\u2047\u2048\u2049\u22EF\uFE52\uFE57]['\u2019\"\u201D]?[\])]*\s+)"
    r"|[\uFF01\uFF0E\uFF1F\uFF61\u3002]"
)
_FOLDER_FILE = re.compile(r"^(\d{4})/(\d{2})/(\d{2})\.txt$")

V2_SALT = b"\xf2\xd5q\x0e\xc1\x8d.\xde\xdc\x8e6t\x89\x04\xce\xf8"


class PasswordNeeded(ImportRefused):
    """An encrypted jrnl journal and no password (the window asks for one)."""


class WrongPassword(ImportRefused):
    """The password does not open the encrypted journal (or the file is damaged)."""

    exit_code = 3


# -- what a file looks like -----------------------------------------------------


def encryption(data: bytes) -> str | None:
    """``"v3"``/``"v2"``/``"v1"`` for an encrypted jrnl journal, else None."""
    if data.startswith(b"JRNLv3"):
        return "v3"
    if data.startswith(b"gAAAAA"):
        return "v2"
    if len(data) >= 32 and len(data) % 16 == 0 and not _is_text(data) and _random(data):
        return "v1"
    return None


def _random(data: bytes) -> bool:
    """Ciphertext, not text in another encoding: few printable ASCII bytes."""
    sample = data[:4096]
    printable = sum(1 for b in sample if 32 <= b < 127 or b in (9, 10, 13))
    return printable < 0.7 * len(sample)


def _is_text(data: bytes) -> bool:
    try:
        data[:4096].decode("utf-8")
    except UnicodeDecodeError as exc:
        return exc.start > 4090  # a character cut at the end of the sample
    return True


def looks_like_text(text: str) -> bool:
    """True when ``text`` starts like a jrnl journal (bracketed or 1.x dates)."""
    for line in text.lstrip("\ufeff").splitlines()[:5]:
        if not line.strip():
            continue
        if line.startswith("["):
            match = re.match(r"\[([^\]]+)\] ", line)
            return bool(match and _parse_time(match.group(1)))
        match = _V1_LINE.match(line)
        return bool(match and _parse_time(match.group(1)))
    return False


def looks_like_json(data: Any) -> bool:
    if not isinstance(data, dict) or not isinstance(data.get("entries"), list):
        return False
    first = data["entries"][0] if data["entries"] else {}
    return isinstance(first, dict) and {"title", "date"} <= set(first) and "uuid" not in data


def looks_like_markdown(text: str) -> bool:
    lines = [line for line in text.splitlines()[:20] if line.strip()]
    return bool(
        len(lines) >= 3
        and re.fullmatch(r"# \d{4}", lines[0])
        and lines[1].startswith("## ")
        and _MD_ENTRY.match(lines[2])
    )


def looks_like_folder(names: list[str]) -> bool:
    files = [n for n in names if n.endswith(".txt")]
    return bool(files) and all(_FOLDER_FILE.match(n) for n in files)


# -- decryption -----------------------------------------------------------------


def _fernet_key(password: str, salt: bytes) -> bytes:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.pbkdf2 import PBKDF2HMAC

    kdf = PBKDF2HMAC(algorithm=hashes.SHA256(), length=32, salt=salt, iterations=100_000)
    return base64.urlsafe_b64encode(kdf.derive(password.encode("utf-8")))


def decrypt(data: bytes, password: str, path: Path) -> tuple[str, str]:
    """``(version, text)`` of an encrypted journal; ``WrongPassword`` when it does not open."""
    from cryptography.fernet import Fernet, InvalidToken

    version = encryption(data) or "v1"
    wrong = WrongPassword(
        f"{path.name} ({WHAT}, encrypted {version}): the password does not open it "
        "(or the file is damaged); nothing was imported."
    )
    if version == "v1":
        return version, _decrypt_v1(data, password, wrong, path)
    if version == "v3":
        try:
            (size,) = struct.unpack_from(">H", data, 6)
            field = data[8 : 8 + size]
            try:
                header = json.loads(base64.b64decode(field, validate=True))
            except binascii.Error:  # early v3 files keep the JSON as it is
                header = json.loads(field)
            salt = base64.urlsafe_b64decode(header["salt"])
        except (struct.error, KeyError, TypeError, ValueError, RecursionError):
            raise archive.refuse(path, f"{WHAT}, encrypted v3", "its header is damaged") from None
        token = data[8 + size :]
    else:
        salt, token = V2_SALT, data
    try:
        plain = Fernet(_fernet_key(password, salt)).decrypt(token)
    except (InvalidToken, ValueError, TypeError):
        raise wrong from None
    try:
        return version, plain.decode("utf-8")
    except UnicodeDecodeError:
        raise wrong from None


def _decrypt_v1(data: bytes, password: str, wrong: WrongPassword, path: Path) -> str:
    from cryptography.hazmat.primitives import padding
    from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

    if len(data) < 32 or len(data) % 16:
        raise archive.refuse(path, f"{WHAT}, encrypted v1", "the file is cut short")
    key = hashlib.sha256(password.encode("utf-8")).digest()
    decryptor = Cipher(algorithms.AES(key), modes.CBC(data[:16])).decryptor()
    padded = decryptor.update(data[16:]) + decryptor.finalize()
    try:
        if padded.endswith(b" "):  # jrnl before 1.0 padded with spaces
            plain = padded.rstrip(b" ")
        else:
            unpadder = padding.PKCS7(128).unpadder()
            plain = unpadder.update(padded) + unpadder.finalize()
        text = plain.decode("utf-8")
    except (ValueError, UnicodeDecodeError):
        raise wrong from None
    if text.strip() and not looks_like_text(text):  # v1 has no MAC: check what came out
        raise wrong
    return text


# -- entries --------------------------------------------------------------------


def _parse_time(text: str) -> dt.datetime | None:
    text = text.strip()
    if len(text) <= 6:  # jrnl ignores short brackets (Markdown footnotes)
        return None
    for fmt in TIME_FORMATS:
        try:
            return dt.datetime.strptime(text, fmt)
        except ValueError:
            continue
    return None


def split_title(text: str) -> tuple[str, str]:
    """jrnl's rule: the title is the first line, or without a newline the first sentence."""
    newline = text.lstrip().find("\n")
    if newline >= 0:  # jrnl applies the position in the stripped text to the text itself
        return text[: newline + 1].strip(), text[newline + 1 :].strip()
    match = _SENTENCE.search(text)
    if not match:
        return text.strip(), ""
    return text[: match.end()].strip(), text[match.end() :].strip()


def _entry_text(raw: str) -> tuple[str, str, bool]:
    """Title, body and starred of one entry's text, as jrnl's ``Entry._parse_text``."""
    lines = raw.splitlines()
    starred = False
    if lines and lines[0].strip().endswith("*"):
        starred = True
        raw = lines[0].strip("\n *") + "\n" + "\n".join(lines[1:])
    title, body = split_title(raw)
    return title, body, starred


def tags_in(text: str) -> list[str]:
    """jrnl's tags in a text, without their symbol, lower-cased; none inside code fences."""
    found: list[str] = []
    fenced = False
    for line in text.splitlines():
        if _FENCE.match(line):
            fenced = not fenced
            continue
        if fenced:
            continue
        for tag in _TAG.findall(line):
            name = tag[1:].lower()
            if name.strip("#"):
                found.append(name)
    return found


class _Reader:
    def __init__(self, path: Path, what: str) -> None:
        self.path = path
        self.what = what
        self.report = Report()
        self.keys = Keys(SOURCE)
        self.records: list[IncomingRecord] = []

    def add(self, when: dt.datetime, title: str, body: str, tags: list[str], starred: bool) -> None:
        where = f"entry of {common.minute(when)}"
        body = body.rstrip()
        try:
            common.check_text_size(body, "text", where)
        except ValueError as exc:
            raise archive.refuse(self.path, self.what, str(exc)) from None
        key = self.keys(common.minute(when), title.strip(), body)
        title, body = common.split_long_title(title, body, self.report, where)
        names = [*tags, STARRED] if starred else list(tags)
        instant = common.local_to_utc(when, self.report, where)
        self.records.append(
            IncomingRecord(
                kind="reflection",
                source_id=key,
                values={"written_at": when, "title": title, "body": body},
                tags=common.clean_tags(names, self.report, where),
                created_at=instant,
                updated_at=instant,
                where=where,
            )
        )

    def batch(self, closer: Any = None) -> Batch:
        if not self.records:
            raise archive.refuse(self.path, self.what, "it holds no jrnl entries")
        return Batch(SOURCE, self.what, self.path, self.records, self.report, closer)

    # the text formats
    def text(self, text: str, day: dt.date | None = None) -> None:
        if _HEADER.search(text):
            self._bracketed(text, day)
        else:
            self._v1(text)

    def _bracketed(self, text: str, day: dt.date | None) -> None:
        starts: list[tuple[dt.datetime, int, int]] = []
        for match in _HEADER.finditer(text):
            when = _parse_time(match.group(1))
            if when is not None:
                starts.append((when, match.start(), match.end()))
            elif not starts and match.start() == 0:
                raise archive.refuse(
                    self.path,
                    self.what,
                    f"the date {match.group(1)[:40]!r} is in a time format this import "
                    "does not know (export the journal as JSON with `jrnl --format json`)",
                )
        if starts and text[: starts[0][1]].strip():
            self.report.not_mapped("text before the first entry (left out)", "start of file")
        for n, (when, _, end) in enumerate(starts):
            stop = starts[n + 1][1] if n + 1 < len(starts) else len(text)
            raw = text[end:stop]
            title, body, starred = _entry_text(raw)
            if day is not None:
                when = when.replace(year=day.year, month=day.month, day=day.day)
            self.add(when, title, body, tags_in(raw), starred)

    def _v1(self, text: str) -> None:
        current: list[Any] | None = None
        entries: list[list[Any]] = []
        for line in text.splitlines():
            line = line.rstrip()
            match = _V1_LINE.match(line)
            when = _parse_time(match.group(1)) if match else None
            if match and when is not None:
                starred = line.endswith("*")
                rest = match.group(2)
                if starred:
                    rest = rest[:-1]
                current = [when, rest + "\n", starred]
                entries.append(current)
            elif current is not None:
                current[1] += line + "\n"
            elif line.strip():
                self.report.not_mapped("text before the first entry (left out)", "start of file")
        for when, raw, starred in entries:
            title, body, star2 = _entry_text(raw)
            self.add(when, title, body, tags_in(raw), starred or star2)

    def json(self, data: Any) -> None:
        entries = data.get("entries") if isinstance(data, dict) else None
        if not isinstance(entries, list):
            raise archive.refuse(
                self.path, self.what, 'this is no jrnl JSON export ("entries" is not a list)'
            )
        for n, entry in enumerate(entries):
            where = f"entry {n + 1}"
            if not isinstance(entry, dict):
                raise archive.refuse(self.path, self.what, f"{where} is not an object")
            title, body = entry.get("title", ""), entry.get("body", "")
            date, time = entry.get("date"), entry.get("time", "00:00")
            if not all(isinstance(v, str) for v in (title, body, date, time)):
                raise archive.refuse(
                    self.path, self.what, f"{where}: title, body, date and time must be text"
                )
            try:
                when = dt.datetime.strptime(f"{date} {time}", "%Y-%m-%d %H:%M")
            except ValueError:
                try:
                    when = dt.datetime.strptime(f"{date} {time}", "%Y-%m-%d %H:%M:%S")
                except ValueError:
                    raise archive.refuse(
                        self.path,
                        self.what,
                        f"{where} has no real date and time ({date[:12]} {time[:8]})",
                    ) from None
            raw_tags = entry.get("tags")
            if isinstance(raw_tags, list):
                tags = [
                    t[1:].lower() if t[:1] in "#@" else t for t in raw_tags if isinstance(t, str)
                ]
                tags = [t for t in tags if t.strip("#")]
            else:  # jrnl 1.x: no tags per entry
                tags = tags_in(f"{title}\n{body}")
            self.add(when, title, body.rstrip(), tags, bool(entry.get("starred")))
            if entry.get("uuid"):
                self.report.note("Day One ids of a Day One-backed jrnl journal (not kept)", where)

    def markdown(self, text: str) -> None:
        current: list[Any] | None = None
        entries: list[list[Any]] = []
        for line in text.splitlines():
            match = _MD_ENTRY.match(line)
            if match and _parse_time(match.group(1)):
                current = [_parse_time(match.group(1)), match.group(2), []]
                entries.append(current)
            elif _MD_TOP.match(line):
                current = None
            elif current is not None:
                current[2].append(line)
        for when, title, lines in entries:
            body = _MD_LIFT.sub(r"\1", "\n".join(lines)).strip()
            self.add(when, title, body, tags_in(f"{title}\n{body}"), False)
        if entries:
            self.report.note(
                "a Markdown export does not mark starred entries; the JSON export does"
            )


# -- entry point ------------------------------------------------------------------


def read(path: Path, options: ImportOptions, reading: Reading | None = None) -> Batch:
    """Read a jrnl journal or export at ``path`` (a file or a folder journal)."""
    if path.is_dir():
        return _read_folder(path)
    data = archive.read_file(path, WHAT)
    version = encryption(data)
    if version is not None:
        what = f"{WHAT}, encrypted {version}"
        if not options.password:
            raise PasswordNeeded(
                f"{path.name} ({what}): the journal is encrypted; give its password "
                "(--password-file); nothing was imported."
            )
        version, text = decrypt(data, options.password, path)
        reader = _Reader(path, what)
        text = archive.decode(text.encode("utf-8"), "the decrypted journal", path, what)
        reader.text(text)
        reader.report.note("the encrypted journal was read in memory; the file is unchanged")
        return reader.batch()
    text = archive.decode(data, "the file", path, WHAT)
    stripped = text.lstrip()
    if stripped.startswith("{") or re.match(r"\[\s*[\[{\]]", stripped):
        reader = _Reader(path, "jrnl JSON export")
        reader.json(archive.parse_json(text, "the file", path, "jrnl JSON export"))
        return reader.batch()
    if looks_like_markdown(text):
        reader = _Reader(path, "jrnl Markdown export")
        reader.markdown(text)
        return reader.batch()
    reader = _Reader(path, "jrnl journal (plain text)")
    if not looks_like_text(text):
        raise archive.refuse(path, WHAT, "it does not start with a jrnl entry ([date] title)")
    reader.text(text)
    return reader.batch()


def _read_folder(path: Path) -> Batch:
    what = "jrnl folder journal"
    tree = archive.FolderTree(path, what)
    reader = _Reader(path, what)
    for name in sorted(tree.names()):
        match = _FOLDER_FILE.match(name)
        if not match:
            if not name.split("/")[-1].startswith("."):
                reader.report.not_mapped("files that are not a jrnl day file (left out)", name)
            continue
        try:
            day = dt.date(*(int(g) for g in match.groups()))
        except ValueError:
            reader.report.not_mapped("day files named after no real date (left out)", name)
            continue
        reader.text(tree.text(name), day)
    for name in tree.skipped:
        reader.report.not_mapped("links and special files (not followed)", name)
    return reader.batch()
