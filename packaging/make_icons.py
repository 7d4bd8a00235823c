"""Render the app icon from ``resources/icons/mentorjournal.svg`` with Qt.

Writes, from the one SVG:

- ``resources/icons/mentorjournal-<size>.png`` for every size in ``SIZES``
  (used by the running app and installed for Linux desktops);
- ``packaging/icons/mentorjournal.ico`` (Windows) and
  ``packaging/icons/mentorjournal.icns`` (macOS), both holding PNG images,
  used by the PyInstaller spec. No Pillow or iconutil is needed.

Run it again after changing the SVG (from the repository root)::

    .venv/bin/python packaging/make_icons.py
    .venv/bin/python packaging/make_icons.py --preview /tmp/icon-preview.png

``--preview`` also draws every size on a light and a dark background.
"""

from __future__ import annotations

import argparse
import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt  # noqa: E402
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "resources" / "icons" / "mentorjournal.svg"
PNG_DIR = ROOT / "resources" / "icons"
BUNDLE_DIR = ROOT / "packaging" / "icons"

#: The PNG sizes kept in resources/icons (the usual hicolor theme sizes).
SIZES = (16, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
#: ICNS element types holding PNG data, and the pixel size of each.
ICNS_TYPES = (
    (b"icp4", 16),
    (b"ic11", 32),
    (b"icp5", 32),
    (b"ic12", 64),
    (b"ic07", 128),
    (b"ic13", 256),
    (b"ic08", 256),
    (b"ic14", 512),
    (b"ic09", 512),
    (b"ic10", 1024),
)


def png_path(size: int) -> Path:
    return PNG_DIR / f"mentorjournal-{size}.png"


def render(renderer: QSvgRenderer, size: int) -> QImage:
    """The SVG drawn on a transparent square of ``size`` pixels."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image.convertToFormat(QImage.Format.Format_ARGB32)


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise RuntimeError("Qt could not encode a PNG")
    buffer.close()
    return bytes(data.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """A Windows .ico whose images are PNG-compressed (Windows Vista and later)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, blobs = [], []
    for size in sizes:
        blob = pngs[size]
        side = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        entries.append(struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(blob), offset))
        blobs.append(blob)
        offset += len(blob)
    return header + b"".join(entries) + b"".join(blobs)


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """A macOS .icns whose elements are PNG images (macOS 10.7 and later)."""
    elements = b"".join(
        kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size] for kind, size in ICNS_TYPES
    )
    return b"icns" + struct.pack(">I", 8 + len(elements)) + elements


def preview(renderer: QSvgRenderer, path: Path) -> None:
    """Every size side by side, on a light row and a dark row."""
    gap = 16
    width = sum(SIZES[:-1]) + gap * len(SIZES)
    height = 2 * (SIZES[-2] + 2 * gap)
    sheet = QImage(width, height, QImage.Format.Format_ARGB32)
    painter = QPainter(sheet)
    for row, colour in enumerate(("#f5f5f5", "#2b2d30")):
        top = row * height // 2
        painter.fillRect(0, top, width, height // 2, QColor(colour))
        x = gap
        for size in SIZES[:-1]:
            painter.drawImage(x, top + gap, render(renderer, size))
            x += size + gap
    painter.end()
    sheet.save(str(path))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--preview", type=Path, metavar="PNG", help="also write a preview sheet here"
    )
    options = parser.parse_args(argv)

    _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        print(f"cannot read {SVG}", file=sys.stderr)
        return 1

    needed = set(SIZES) | set(ICO_SIZES) | {size for _, size in ICNS_TYPES}
    pngs = {size: png_bytes(render(renderer, size)) for size in sorted(needed)}

    PNG_DIR.mkdir(parents=True, exist_ok=True)
    for size in SIZES:
        png_path(size).write_bytes(pngs[size])
    BUNDLE_DIR.mkdir(parents=True, exist_ok=True)
    (BUNDLE_DIR / "mentorjournal.ico").write_bytes(ico_bytes({s: pngs[s] for s in ICO_SIZES}))
    (BUNDLE_DIR / "mentorjournal.icns").write_bytes(icns_bytes(pngs))
    written = [png_path(s) for s in SIZES] + [
        BUNDLE_DIR / "mentorjournal.ico",
        BUNDLE_DIR / "mentorjournal.icns",
    ]
    for path in written:
        print(path.relative_to(ROOT))

    if options.preview is not None:
        preview(renderer, options.preview)
        print(options.preview)
    return 0


if __name__ == "__main__":
    sys.exit(main())
