"""Packaging files agree with the package: version, entry points, icon sizes.

The PyInstaller spec is run with stand-ins for the objects PyInstaller gives
it (``Analysis``, ``EXE``, …), so PyInstaller itself is not needed here.
"""

from __future__ import annotations

import configparser
import shlex
import struct
import sys
import tomllib
import types
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from PySide6.QtSvg import QSvgRenderer

import mentorjournal

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
ICONS = ROOT / "resources" / "icons"
APP_ID = "io.github.mentorjournal.MentorJournal"
DESKTOP = PACKAGING / "linux" / f"{APP_ID}.desktop"
METAINFO = PACKAGING / "linux" / f"{APP_ID}.metainfo.xml"
SPEC = PACKAGING / "mentorjournal.spec"
SIZES = (16, 32, 48, 64, 128, 256, 512)
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def run_spec(
    monkeypatch: pytest.MonkeyPatch, platform: str
) -> tuple[dict, dict[str, types.SimpleNamespace]]:
    """Execute the spec as PyInstaller would on ``platform``; return its globals and what it built."""
    made: dict[str, types.SimpleNamespace] = {}

    def stand_in(kind: str):
        def build(*args, **kwargs):
            made[kind] = types.SimpleNamespace(
                args=args, kwargs=kwargs, pure=[], scripts=[], binaries=[], datas=[]
            )
            return made[kind]

        return build

    namespace = {"__name__": "__main__", "__file__": str(SPEC), "SPECPATH": str(PACKAGING)}
    namespace.update(
        {kind: stand_in(kind) for kind in ("Analysis", "PYZ", "EXE", "COLLECT", "BUNDLE")}
    )
    with monkeypatch.context() as patch:
        patch.setattr(sys, "platform", platform)
        exec(compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec"), namespace)
    return namespace, made


def gui_scripts() -> dict[str, str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return project["gui-scripts"]


def read_desktop() -> configparser.RawConfigParser:
    parser = configparser.RawConfigParser(interpolation=None, delimiters=("=",), strict=True)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return parser


# -- the PyInstaller spec -------------------------------------------------------


def test_spec_version_is_the_package_version(monkeypatch):
    namespace, _ = run_spec(monkeypatch, "linux")
    assert namespace["VERSION"] == mentorjournal.__version__


def test_spec_builds_the_windowed_app_from_main_with_resources_and_icon(monkeypatch):
    _, made = run_spec(monkeypatch, "linux")
    analysis = made["Analysis"]
    assert analysis.args[0] == [str(ROOT / "main.py")]
    assert (str(ROOT / "resources"), "mentorjournal/_resources") in analysis.kwargs["datas"]
    hidden = analysis.kwargs["hiddenimports"]
    assert {"mentorjournal.cli.app", "ui.app", "ui.main_window", "ui.icons"} <= set(hidden)
    exe = made["EXE"].kwargs
    assert exe["console"] is False
    assert exe["name"] == "MentorJournal"
    assert all(Path(icon).is_file() for icon in exe["icon"])
    assert "COLLECT" in made and "BUNDLE" not in made
    assert (
        exe["strip"] is True and made["COLLECT"].kwargs["strip"] is True
    )  # Linux: symbol tables off


def qt_modules_imported_by_the_source() -> set[str]:
    import re

    found = set()
    for package in ("mentorjournal", "ui"):
        for path in (ROOT / package).rglob("*.py"):
            found |= set(re.findall(r"\bPySide6\.(Qt\w+)", path.read_text(encoding="utf-8")))
    found |= set(re.findall(r"\bPySide6\.(Qt\w+)", (ROOT / "main.py").read_text(encoding="utf-8")))
    return found


def test_spec_leaves_out_every_qt_module_the_app_does_not_import(monkeypatch):
    import PySide6

    namespace, made = run_spec(monkeypatch, "linux")
    used = qt_modules_imported_by_the_source()
    assert used == set(namespace["USED_QT"]), "update USED_QT in packaging/mentorjournal.spec"
    excluded = {
        name.removeprefix("PySide6.")
        for name in made["Analysis"].kwargs["excludes"]
        if "PySide6." in name
    }
    assert excluded == set(PySide6.__all__) - used
    # (QtMultimedia, QtCharts and the other Addons are not installed at all: Essentials only)
    assert {"QtQuick", "QtQml", "QtNetwork", "QtOpenGL"} <= excluded


def test_spec_leaves_out_plugins_and_translations_it_never_loads(monkeypatch):
    namespace, _ = run_spec(monkeypatch, "linux")
    is_unused = namespace["is_unused"]
    plugins = "PySide6/Qt/plugins/"
    for dropped in (
        "platforminputcontexts/libqtvirtualkeyboardplugin.so",
        "platformthemes/libqgtk3.so",
        "platforms/libqeglfs.so",
        "egldeviceintegrations/libqeglfs-x11-integration.so",
        "tls/libqopensslbackend.so",
        "generic/libqevdevmouseplugin.so",
    ):
        assert is_unused(plugins + dropped), dropped
    for kept in (
        "platforms/libqxcb.so",
        "platforms/libqwayland.so",
        "platforms/libqoffscreen.so",
        "xcbglintegrations/libqxcb-glx-integration.so",
        "imageformats/libqsvg.so",
        "iconengines/libqsvgicon.so",
        "printsupport/libcupsprintersupport.so",
        "platformthemes/libqxdgdesktopportal.so",
        "platforminputcontexts/libibusplatforminputcontextplugin.so",
        "wayland-shell-integration/libxdg-shell.so",
    ):
        assert not is_unused(plugins + kept), kept
    translations = "PySide6/Qt/translations/"
    assert not is_unused(translations + "qtbase_de.qm") and not is_unused(
        translations + "qtbase_en.qm"
    )
    assert is_unused(translations + "qtbase_fr.qm") and is_unused(
        translations + "qtdeclarative_de.qm"
    )
    assert not is_unused("PySide6/Qt/lib/libQt6Core.so.6")


def test_spec_keeps_only_the_libraries_something_loaded_needs(monkeypatch):
    namespace, _ = run_spec(monkeypatch, "linux")
    binaries = [
        ("PySide6/QtWidgets.abi3.so", "src/QtWidgets", "EXTENSION"),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "src/libqxcb", "BINARY"),
        ("libQt6Widgets.so.6", "src/libQt6Widgets", "BINARY"),
        ("libQt6Gui.so.6", "src/libQt6Gui", "BINARY"),
        ("libQt6XcbQpa.so.6", "src/libQt6XcbQpa", "BINARY"),
        ("libgtk-3.so.0", "src/libgtk-3", "BINARY"),  # only the left-out GTK theme needed it
        ("libQt6Quick.so.6", "src/libQt6Quick", "BINARY"),  # only the virtual keyboard did
    ]
    imports = {
        "src/QtWidgets": ["libQt6Widgets.so.6", "libc.so.6"],
        "src/libQt6Widgets": ["libQt6Gui.so.6"],
        "src/libqxcb": ["libQt6XcbQpa.so.6"],
        "src/libQt6Gui": [],
        "src/libQt6XcbQpa": ["libQt6Gui.so.6"],
    }
    kept = namespace["only_needed"](binaries, lambda src: imports.get(src, []))
    assert [dest for dest, _, _ in kept] == [dest for dest, _, _ in binaries[:5]]


def test_spec_makes_a_mac_app_bundle_with_version_and_icns(monkeypatch):
    _, made = run_spec(monkeypatch, "darwin")
    bundle = made["BUNDLE"].kwargs
    assert made["EXE"].kwargs["strip"] is False  # macOS binaries keep theirs (signing)
    assert bundle["version"] == mentorjournal.__version__
    assert bundle["info_plist"]["CFBundleShortVersionString"] == mentorjournal.__version__
    assert bundle["bundle_identifier"] == APP_ID
    assert bundle["icon"].endswith(".icns") and Path(bundle["icon"]).is_file()


# -- Linux desktop entry and AppStream metainfo ----------------------------------


def test_desktop_entry_has_the_required_keys():
    entry = read_desktop()["Desktop Entry"]
    for key in ("Type", "Name", "Comment", "Exec", "Icon", "Categories", "Terminal"):
        assert entry.get(key), key
    assert entry["Type"] == "Application"
    assert entry["Icon"] == APP_ID
    assert entry["Categories"] == "Office;"  # one main category: listed once in the menu
    assert entry["Terminal"] == "false"


def test_desktop_exec_is_a_gui_entry_point():
    desktop = read_desktop()
    commands = [shlex.split(desktop[section]["Exec"])[0] for section in desktop.sections()]
    assert commands and all(command in gui_scripts() for command in commands)
    assert desktop["Desktop Entry"]["Exec"] == "mentorjournal-gui %f"  # a file passed by Open with


def test_metainfo_parses_and_matches_the_version():
    root = ET.parse(METAINFO).getroot()
    assert root.tag == "component" and root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.findtext("project_license") == "MIT"
    assert root.findtext("name") == "MentorJournal"
    assert root.findtext("summary")
    description = ET.tostring(root.find("description"), encoding="unicode").lower()
    assert "encrypt" in description and "offline" in description
    launchable = root.find("launchable")
    assert launchable.get("type") == "desktop-id" and launchable.text == DESKTOP.name
    releases = root.findall("releases/release")
    assert releases, "no <release>"
    assert releases[0].get("version") == mentorjournal.__version__  # the newest comes first
    assert root.find("content_rating").get("type", "").startswith("oars-")


# -- icons ------------------------------------------------------------------------


def test_svg_is_valid():
    assert QSvgRenderer(str(ICONS / "mentorjournal.svg")).isValid()


@pytest.mark.parametrize("size", SIZES)
def test_png_exists_with_its_size(size):
    image = QImage(str(ICONS / f"mentorjournal-{size}.png"))
    assert not image.isNull()
    assert (image.width(), image.height()) == (size, size)
    assert image.hasAlphaChannel()


def test_windows_ico_holds_png_images_up_to_256():
    data = (PACKAGING / "icons" / "mentorjournal.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind) == (0, 1) and count >= 1
    sides = set()
    for n in range(count):
        width, _height, _, _, _, _, length, offset = struct.unpack_from(
            "<BBBBHHII", data, 6 + 16 * n
        )
        assert data[offset : offset + 8] == PNG_SIGNATURE and offset + length <= len(data)
        sides.add(width or 256)
    assert {16, 32, 48, 256} <= sides


def test_mac_icns_is_well_formed():
    data = (PACKAGING / "icons" / "mentorjournal.icns").read_bytes()
    assert data[:4] == b"icns" and struct.unpack_from(">I", data, 4)[0] == len(data)
    kinds, offset = set(), 8
    while offset < len(data):
        kind, length = data[offset : offset + 4], struct.unpack_from(">I", data, offset + 4)[0]
        assert data[offset + 8 : offset + 16] == PNG_SIGNATURE
        kinds.add(kind)
        offset += length
    assert offset == len(data)
    assert {b"icp4", b"ic07", b"ic08", b"ic09", b"ic10"} <= kinds


def test_app_icon_is_not_null():
    from ui import icons
    from ui.app import make_application

    make_application()
    icon = icons.app_icon()
    assert not icon.isNull()
    assert icons.SIZES == SIZES
    assert {(s.width(), s.height()) for s in icon.availableSizes()} >= {(16, 16), (512, 512)}
    assert icons.APP_ID == APP_ID
