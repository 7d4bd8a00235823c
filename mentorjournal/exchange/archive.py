"""Reading exports safely: zips, tars and folders member by member, text and JSON.

Nothing is ever extracted to disk (that would leave plaintext behind):
members are read into memory one at a time, or streamed into the journal.
Member names are data, not paths: an absolute name, a ``..`` part, a
backslash, a drive letter, a link or a device refuses the whole archive.
Limits are checked on what the archive declares before anything is read, and
again on what really comes out (a declared size can lie).

Every problem is an ``ImportRefused`` with one line naming the file and the
format; callers never see a ``zipfile``/``tarfile`` error or a traceback.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import stat
import tarfile
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path, PurePosixPath
from typing import IO, Any

from mentorjournal.domain import attachments
from mentorjournal.domain.attachments import MAX_SIZE, Opener
from mentorjournal.exchange.incoming import ImportRefused, IncomingAttachment, Reading, Report

#: Most members an archive (or files a folder) may have.
MAX_MEMBERS = 200_000
#: Largest text file read into memory (a Day One ``Journal.json`` of many years).
MAX_TEXT_FILE = 256 * 1024 * 1024
#: Largest member of any kind (attachments over ``MAX_SIZE`` are reported, not read).
MAX_MEMBER = 1024 * 1024 * 1024
#: Largest total of everything an archive declares.
MAX_TOTAL = 32 * 1024 * 1024 * 1024
#: Highest compression ratio of a member bigger than ``RATIO_FLOOR`` (zip bombs).
MAX_RATIO = 200
RATIO_FLOOR = 1024 * 1024


def refuse(path: Path | str, what: str, problem: str) -> ImportRefused:
    """``<file> (<format>): <problem>; nothing was imported.``"""
    name = Path(path).name or str(path)
    return ImportRefused(f"{name} ({what}): {problem}; nothing was imported.")


# -- text -------------------------------------------------------------------


def decode(data: bytes, where: str, path: Path | str, what: str) -> str:
    """UTF-8 text (a BOM is dropped, CRLF and CR become LF); anything else is refused."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise refuse(path, what, f"{where} is UTF-16 text; save it as UTF-8 and try again")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise refuse(
            path,
            what,
            f"{where} is not UTF-8 text (byte {exc.start:,} cannot be read; "
            "Latin-1 or another encoding?)",
        ) from None
    if "\x00" in text:
        raise refuse(path, what, f"{where} contains NUL bytes, so it is no text export")
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text


def parse_json(text: str, where: str, path: Path | str, what: str) -> Any:
    """Parsed JSON; a syntax error, or nesting too deep, is refused in one line."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise refuse(
            path,
            what,
            f"{where} is not valid JSON ({exc.msg} at line {exc.lineno}); is the file complete?",
        ) from None
    except RecursionError:
        raise refuse(path, what, f"{where} is nested too deeply to be an export") from None


# -- trees of files -----------------------------------------------------------


def _safe_name(name: str) -> str | None:
    """The member name as a clean relative path, or None when it must not be trusted."""
    if not name or "\\" in name or "\x00" in name:
        return None
    if name.startswith("/") or (len(name) > 1 and name[1] == ":"):
        return None
    parts = PurePosixPath(name).parts
    if any(part in ("..", "") for part in parts) or not parts:
        return None
    return "/".join(part for part in parts if part != ".")


class _Bounded(io.RawIOBase):
    """A stream that stops with a refusal when more comes out than was declared."""

    def __init__(
        self, inner: IO[bytes], limit: int, on_excess: Callable[[], ImportRefused]
    ) -> None:
        self.inner = inner
        self.left = limit
        self.on_excess = on_excess

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        view = memoryview(buffer).cast("B")
        want = len(view)
        data = self.inner.read(min(want, self.left + 1))
        if len(data) > self.left:
            raise self.on_excess()
        self.left -= len(data)
        view[: len(data)] = data
        return len(data)

    def close(self) -> None:
        self.inner.close()
        super().close()


class Tree:
    """The files of an export: a folder, a zip or a tar, by relative POSIX name."""

    kind = "folder"

    def __init__(self, path: Path, what: str) -> None:
        self.path = path
        self.what = what
        self.sizes: dict[str, int] = {}
        self.skipped: list[str] = []  # links and other non-files, not followed

    # what every tree offers
    def names(self) -> list[str]:
        return list(self.sizes)

    def size(self, name: str) -> int:
        return self.sizes[name]

    def refuse(self, problem: str) -> ImportRefused:
        return refuse(self.path, self.what, problem)

    def _raw(self, name: str) -> IO[bytes]:
        raise NotImplementedError

    def mtime(self, name: str) -> dt.datetime | None:
        """When the member was last changed (local time), if the tree knows."""
        return None

    def open(self, name: str) -> IO[bytes]:
        """A stream of one member's bytes (at most the declared size)."""
        declared = self.sizes[name]
        try:
            raw = self._raw(name)
        except (OSError, zipfile.BadZipFile, tarfile.TarError, EOFError) as exc:
            raise self.refuse(f"{name} cannot be read ({_reason(exc)})") from None

        def excess() -> ImportRefused:
            return self.refuse(f"{name} is larger than the archive says (damaged, or a zip bomb)")

        buffer = max(8192, min(256 * 1024, declared + 1))
        return io.BufferedReader(_Bounded(raw, declared, excess), buffer)

    def opener(self, name: str) -> Opener:
        return lambda: self.open(name)

    def read(self, name: str, limit: int | None = None) -> bytes:
        """All bytes of one member, refused over ``limit`` (default ``MAX_TEXT_FILE``)."""
        limit = MAX_TEXT_FILE if limit is None else limit
        declared = self.sizes[name]
        if declared > limit:
            raise self.refuse(
                f"{name} is {declared / 1e6:,.0f} MB, too large to be part of an export"
            )
        try:
            with self._raw(name) as stream:
                data = stream.read(declared + 1)
        except (OSError, zipfile.BadZipFile, tarfile.TarError, EOFError, ValueError) as exc:
            raise self.refuse(f"{name} cannot be read ({_reason(exc)})") from None
        if len(data) > declared:
            raise self.refuse(f"{name} is larger than the archive says (damaged, or a zip bomb)")
        return data

    def text(self, name: str, limit: int | None = None) -> str:
        return decode(self.read(name, limit), name, self.path, self.what)

    def close(self) -> None:
        """Release the archive."""

    def attachment(
        self,
        name: str,
        report: Report,
        where: str,
        reading: Reading | None = None,
        display: str | None = None,
    ) -> IncomingAttachment | None:
        """Member ``name`` as an incoming attachment (hashed now), or None when too large."""
        label = attachments.clean_name(display or name.rsplit("/", 1)[-1])
        if self.sizes[name] > MAX_SIZE:
            report.not_mapped(
                f"attachments larger than {attachments.size_text(MAX_SIZE)} (left out)", where
            )
            return None
        try:
            found = attachments.digest(self.opener(name), label)
        except (OSError, zipfile.BadZipFile, tarfile.TarError, EOFError) as exc:
            raise self.refuse(f"{name} cannot be read ({_reason(exc)})") from None
        if reading is not None:
            reading.tick()
        return IncomingAttachment(label, found, self.opener(name))

    def _check_totals(self) -> None:
        if len(self.sizes) > MAX_MEMBERS:
            raise self.refuse(
                f"it holds {len(self.sizes):,} files; at most {MAX_MEMBERS:,} are read"
            )
        total = sum(self.sizes.values())
        if total > MAX_TOTAL:
            raise self.refuse(f"it declares {total / 1e9:,.1f} GB of content, too much to import")


def _reason(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return "damaged or incomplete"


class FolderTree(Tree):
    """A folder on disk; links are not followed (and are reported)."""

    def __init__(self, path: Path, what: str) -> None:
        super().__init__(path, what)
        root = str(path)
        for folder, dirs, files in os.walk(root, followlinks=False):
            rel_folder = os.path.relpath(folder, root)
            for entry in list(dirs):
                if os.path.islink(os.path.join(folder, entry)):
                    self.skipped.append(_join(rel_folder, entry))
                    dirs.remove(entry)
            for entry in files:
                full = os.path.join(folder, entry)
                rel = _join(rel_folder, entry)
                try:
                    info = os.lstat(full)
                except OSError:
                    self.skipped.append(rel)
                    continue
                if not stat.S_ISREG(info.st_mode):
                    self.skipped.append(rel)
                    continue
                self.sizes[rel] = info.st_size
                if len(self.sizes) > MAX_MEMBERS:
                    self._check_totals()
        self._check_totals()

    def _raw(self, name: str) -> IO[bytes]:
        return open(self.path / name, "rb")

    def mtime(self, name: str) -> dt.datetime | None:
        try:
            return dt.datetime.fromtimestamp(int((self.path / name).stat().st_mtime))
        except (OSError, ValueError, OverflowError):
            return None


def _join(folder: str, entry: str) -> str:
    return entry if folder in (".", "") else f"{folder.replace(os.sep, '/')}/{entry}"


class ZipTree(Tree):
    kind = "zip"

    def __init__(self, path: Path, what: str) -> None:
        super().__init__(path, what)
        try:
            self.zip = zipfile.ZipFile(path)
            infos = self.zip.infolist()
        except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError):
            raise self.refuse("the zip file is damaged or incomplete") from None
        except OSError as exc:
            raise self.refuse(f"the file cannot be read ({_reason(exc)})") from None
        if len(infos) > MAX_MEMBERS:
            self.zip.close()
            raise self.refuse(f"it holds {len(infos):,} files; at most {MAX_MEMBERS:,} are read")
        self.infos: dict[str, zipfile.ZipInfo] = {}
        try:
            for info in infos:
                self._take(info)
            self._check_totals()
        except BaseException:
            self.zip.close()
            raise

    def _take(self, info: zipfile.ZipInfo) -> None:
        kind = stat.S_IFMT(info.external_attr >> 16)
        if info.create_system == 3 and kind and kind not in (stat.S_IFREG, stat.S_IFDIR):
            raise self.refuse(
                f"the member {info.filename[:80]!r} is a link or a device, not a file "
                "(an unsafe archive)"
            )
        name = _safe_name(info.filename.rstrip("/") if info.is_dir() else info.filename)
        if name is None:
            raise self.refuse(
                f"the member name {info.filename[:80]!r} points outside the archive "
                "(an unsafe archive)"
            )
        if info.is_dir():
            return
        if info.flag_bits & 0x1:
            raise self.refuse("the zip is password-protected; export it again without a password")
        if info.file_size > MAX_MEMBER:
            raise self.refuse(
                f"{name} declares {info.file_size / 1e6:,.0f} MB, too large for an export member"
            )
        if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise self.refuse(
                f"{name} inflates {info.file_size // max(info.compress_size, 1):,} "
                "times its size (a zip bomb?)"
            )
        if name in self.infos:
            raise self.refuse(f"the member {name[:80]!r} appears twice")
        self.infos[name] = info
        self.sizes[name] = info.file_size

    def _raw(self, name: str) -> IO[bytes]:
        return self.zip.open(self.infos[name])

    def mtime(self, name: str) -> dt.datetime | None:
        try:
            return dt.datetime(*self.infos[name].date_time)
        except ValueError:
            return None

    def close(self) -> None:
        self.zip.close()


class TarTree(Tree):
    kind = "tar"

    def __init__(self, path: Path, what: str) -> None:
        super().__init__(path, what)
        try:
            self.tar = tarfile.open(path, mode="r:")
        except (tarfile.TarError, EOFError, ValueError):
            raise self.refuse("the archive is damaged or incomplete (not a tar file)") from None
        except OSError as exc:
            raise self.refuse(f"the file cannot be read ({_reason(exc)})") from None
        self.infos: dict[str, tarfile.TarInfo] = {}
        try:
            end = 0
            for info in self._members():
                self._take(info)
                end = max(end, info.offset_data + -(-info.size // 512) * 512)
            self._check_end(end)
            self._check_totals()
        except BaseException:
            self.tar.close()
            raise

    def _members(self) -> Iterator[tarfile.TarInfo]:
        count = 0
        try:
            while True:
                info = self.tar.next()
                if info is None:
                    return
                count += 1
                if count > MAX_MEMBERS:
                    raise self.refuse(f"it holds more than {MAX_MEMBERS:,} files")
                yield info
        except (tarfile.TarError, EOFError, ValueError):
            raise self.refuse("the archive is damaged or incomplete") from None
        except OSError as exc:
            raise self.refuse(f"the file cannot be read ({_reason(exc)})") from None

    def _check_end(self, end: int) -> None:
        """A complete tar ends with zero blocks after its last member; a cut one does not."""
        try:
            size = self.path.stat().st_size
            with open(self.path, "rb") as fh:
                fh.seek(end)
                marker = fh.read(1024)
        except OSError as exc:
            raise self.refuse(f"the file cannot be read ({_reason(exc)})") from None
        if end > size or len(marker) < 1024 or marker.strip(b"\0"):
            raise self.refuse("the archive is cut short (incomplete)")

    def mtime(self, name: str) -> dt.datetime | None:
        return dt.datetime.fromtimestamp(int(self.infos[name].mtime))

    def _take(self, info: tarfile.TarInfo) -> None:
        name = _safe_name(info.name.rstrip("/") if info.isdir() else info.name)
        if name is None:
            raise self.refuse(
                f"the member name {info.name[:80]!r} points outside the archive (an unsafe archive)"
            )
        if info.isdir():
            return
        if not info.isreg():
            raise self.refuse(
                f"the member {info.name[:80]!r} is a link or a device, not a file "
                "(an unsafe archive)"
            )
        if info.size > MAX_MEMBER:
            raise self.refuse(f"{name} declares {info.size / 1e6:,.0f} MB, too large")
        if name in self.infos:
            raise self.refuse(f"the member {name[:80]!r} appears twice")
        self.infos[name] = info
        self.sizes[name] = info.size

    def _raw(self, name: str) -> IO[bytes]:
        stream = self.tar.extractfile(self.infos[name])
        if stream is None:  # pragma: no cover - only regular files are kept
            raise OSError("not a regular file")
        return stream

    def read(self, name: str, limit: int | None = None) -> bytes:
        data = super().read(name, limit)
        if len(data) != self.sizes[name]:
            raise self.refuse(f"{name} is cut short (the archive is incomplete)")
        return data

    def close(self) -> None:
        self.tar.close()


def is_zip(path: Path) -> bool:
    return _head(path, 4) == b"PK\x03\x04" or _head(path, 4) == b"PK\x05\x06"


def is_tar(path: Path) -> bool:
    head = _head(path, 263)
    return len(head) >= 262 and head[257:262] == b"ustar"


def _head(path: Path, n: int) -> bytes:
    try:
        with open(path, "rb") as fh:
            return fh.read(n)
    except OSError:
        return b""


def open_tree(path: Path, what: str) -> Tree:
    """The export at ``path`` as a tree of files (folder, zip or tar)."""
    if path.is_dir():
        return FolderTree(path, what)
    if is_zip(path):
        return ZipTree(path, what)
    if is_tar(path):
        return TarTree(path, what)
    raise refuse(path, what, "this is neither a folder, a zip file nor a tar archive")


def read_file(path: Path, what: str, limit: int | None = None) -> bytes:
    """A whole (single-file) export, refused over ``limit`` (default ``MAX_TEXT_FILE``)."""
    limit = MAX_TEXT_FILE if limit is None else limit
    try:
        size = path.stat().st_size
        if size > limit:
            raise refuse(path, what, f"the file is {size / 1e6:,.0f} MB, too large for an export")
        with open(path, "rb") as fh:
            return fh.read()
    except ImportRefused:
        raise
    except OSError as exc:
        raise refuse(path, what, f"the file cannot be read ({_reason(exc)})") from None


__all__ = [
    "MAX_MEMBERS",
    "MAX_SIZE",
    "MAX_TEXT_FILE",
    "FolderTree",
    "TarTree",
    "Tree",
    "ZipTree",
    "decode",
    "is_tar",
    "is_zip",
    "open_tree",
    "parse_json",
    "read_file",
    "refuse",
]
