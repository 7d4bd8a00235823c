"""The desktop entry, the MIME type and the AppStream metainfo validate, agree, and install.

The validators are the freedesktop.org tools (``desktop-file-validate``,
``appstreamcli``, ``update-mime-database``); ``make test`` installs them
(scripts/system_check.py --for test), so these tests never skip on Linux.
"""

from __future__ import annotations

import configparser
import os
import shutil
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
APP_ID = "io.github.mentorjournal.MentorJournal"
LINUX = ROOT / "packaging" / "linux"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
MIME = LINUX / f"{APP_ID}.mime.xml"
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"
MIME_TYPE = "application/x-mentorjournal"
SCREENSHOT_BASE = "https://raw.githubusercontent.com/mentorjournal/mentorjournal/main/"

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="freedesktop.org files: Linux"
)


def tool(name: str) -> str:
    found = shutil.which(name)
    assert found, f"{name} is missing: make test installs it (scripts/system_check.py --for test)"
    return found


def read_desktop(path: Path) -> configparser.RawConfigParser:
    parser = configparser.RawConfigParser(interpolation=None, delimiters=("=",), strict=True)
    parser.optionxform = str
    parser.read(path, encoding="utf-8")
    return parser


def validate_desktop(path: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [tool("desktop-file-validate"), str(path)], capture_output=True, text=True, timeout=60
    )


# -- validators ---------------------------------------------------------------------------


def test_desktop_file_validates_without_errors_or_hints():
    result = validate_desktop(DESKTOP)
    assert result.returncode == 0 and result.stdout == "", result.stdout


def test_metainfo_validates():
    result = subprocess.run(
        [tool("appstreamcli"), "validate", "--no-net", "--no-color", str(METAINFO)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    problems = [line for line in result.stdout.splitlines() if line[:2] in ("E:", "W:")]
    assert problems == []


def test_mime_type_compiles_with_its_glob(tmp_path):
    packages = tmp_path / "mime" / "packages"
    packages.mkdir(parents=True)
    shutil.copy(MIME, packages / f"{APP_ID}.xml")
    result = subprocess.run(
        [tool("update-mime-database"), str(tmp_path / "mime")],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert f"{MIME_TYPE}:*.mjournal" in (tmp_path / "mime" / "globs2").read_text(encoding="utf-8")
    assert (tmp_path / "mime" / "application" / "x-mentorjournal.xml").is_file()


# -- they agree ----------------------------------------------------------------------------


def test_desktop_entry_opens_journal_files():
    entry = read_desktop(DESKTOP)["Desktop Entry"]
    assert entry["MimeType"] == f"{MIME_TYPE};"
    assert (
        entry["Exec"].split()[-1] == "%f"
    )  # one local file, as mentorjournal-gui JOURNAL takes it
    assert read_desktop(DESKTOP)["Desktop Action demo"]["Exec"] == "mentorjournal-gui --demo"


def test_mime_type_is_the_one_the_metainfo_provides():
    mime = ET.parse(MIME).getroot().find(f"{MIME_NS}mime-type")
    assert mime.get("type") == MIME_TYPE
    assert mime.find(f"{MIME_NS}glob").get("pattern") == "*.mjournal"
    assert mime.find(f"{MIME_NS}icon").get("name") == APP_ID
    provides = ET.parse(METAINFO).getroot().find("provides")
    assert [m.text for m in provides.findall("mediatype")] == [MIME_TYPE]


def test_metainfo_has_what_flathub_asks_for():
    root = ET.parse(METAINFO).getroot()
    developer = root.find("developer")
    assert developer is not None and developer.get("id") == "io.github.mentorjournal"
    assert developer.findtext("name")
    urls = {u.get("type"): u.text for u in root.findall("url")}
    assert urls["homepage"] == "https://github.com/mentorjournal/mentorjournal"
    assert {"bugtracker", "vcs-browser"} <= set(urls)
    assert len(root.findall("branding/color")) == 2


def png_size(path: Path) -> tuple[int, int]:
    with path.open("rb") as file:
        header = file.read(24)
    assert header[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", header[16:24])


def test_screenshots_are_the_repositorys_with_their_sizes_and_captions():
    screenshots = ET.parse(METAINFO).getroot().findall("screenshots/screenshot")
    assert len(screenshots) >= 3
    assert [s.get("type") for s in screenshots].count("default") == 1
    for shot in screenshots:
        assert shot.findtext("caption")
        image = shot.find("image")
        assert image.text.startswith(SCREENSHOT_BASE)
        local = ROOT / image.text.removeprefix(SCREENSHOT_BASE)
        assert local.is_file(), local
        assert (int(image.get("width")), int(image.get("height"))) == png_size(local)


# -- make install-desktop / uninstall-desktop ----------------------------------------------


def make(target: str, tmp_path: Path, stub: Path) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "MAKEFLAGS"}
    env.update(
        XDG_DATA_HOME=str(tmp_path / "data"), PATH=f"{stub.parent}{os.pathsep}{env.get('PATH', '')}"
    )
    return subprocess.run(
        ["make", "--no-print-directory", "-C", str(ROOT), target],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        stdin=subprocess.DEVNULL,
    )


def installed_files(data: Path) -> set[str]:
    return {
        p.relative_to(data).as_posix()
        for p in data.rglob("*")
        if p.is_file() and p.parent.name != "mime" and p.name != "mimeinfo.cache"
    }


def test_install_desktop_puts_everything_under_xdg_data_home_and_uninstall_takes_it_away(tmp_path):
    stub = tmp_path / "bin with space" / "mentorjournal-gui"  # as pipx would have put it on PATH
    stub.parent.mkdir()
    stub.write_text("#!/bin/sh\nexit 0\n", encoding="utf-8")
    stub.chmod(0o755)
    data = tmp_path / "data"
    result = make("install-desktop", tmp_path, stub)
    assert result.returncode == 0, result.stderr
    assert installed_files(data) == (
        {
            f"applications/{APP_ID}.desktop",
            f"mime/packages/{APP_ID}.xml",
            f"metainfo/{APP_ID}.metainfo.xml",
            f"icons/hicolor/scalable/apps/{APP_ID}.svg",
            "mime/application/x-mentorjournal.xml",
        }
        | {f"icons/hicolor/{n}x{n}/apps/{APP_ID}.png" for n in (16, 32, 48, 64, 128, 256, 512)}
    )
    desktop = data / "applications" / f"{APP_ID}.desktop"
    result = validate_desktop(desktop)
    assert result.returncode == 0, result.stdout
    entry = read_desktop(desktop)
    assert entry["Desktop Entry"]["Exec"] == f'"{stub}" %f'
    assert entry["Desktop Entry"]["TryExec"] == f'"{stub}"'
    assert entry["Desktop Action demo"]["Exec"] == f'"{stub}" --demo'
    assert f"{MIME_TYPE}:*.mjournal" in (data / "mime" / "globs2").read_text(encoding="utf-8")

    result = make("uninstall-desktop", tmp_path, stub)
    assert result.returncode == 0, result.stderr
    assert installed_files(data) == set()
    assert "mjournal" not in (data / "mime" / "globs2").read_text(encoding="utf-8")
