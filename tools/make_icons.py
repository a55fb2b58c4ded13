"""Render resources/icons/rewire.svg into the PNG sizes desktops want, plus .ico and .icns.

    python tools/make_icons.py

Writes (and the repository keeps):
  resources/icons/hicolor/<N>x<N>/apps/rewire.png   N = 16 22 24 32 48 64 128 256 512
  resources/icons/hicolor/scalable/apps/rewire.svg
  resources/icons/rewire.ico    (Windows: 16-256 px, PNG-compressed entries)
  resources/icons/rewire.icns   (macOS: 16-1024 px PNG entries)

Uses QSvgRenderer offscreen; no other tools needed. Run it again after changing the SVG.
"""

from __future__ import annotations

import os
import shutil
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ICONS = ROOT / "resources" / "icons"
SVG = ICONS / "rewire.svg"
SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# icns type codes holding PNG data, by pixel size
ICNS_TYPES = (("icp4", 16), ("icp5", 32), ("icp6", 64), ("ic07", 128), ("ic08", 256),
              ("ic09", 512), ("ic10", 1024))


def render_png(renderer: QSvgRenderer, size: int) -> bytes:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def ico(pngs: dict[int, bytes]) -> bytes:
    sizes = [s for s in ICO_SIZES if s in pngs]
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = 6 + 16 * len(sizes)
    entries, blobs = b"", b""
    for size in sizes:
        blob = pngs[size]
        dim = 0 if size >= 256 else size
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(blob), offset)
        blobs += blob
        offset += len(blob)
    return header + entries + blobs


def icns(pngs: dict[int, bytes]) -> bytes:
    body = b""
    for code, size in ICNS_TYPES:
        blob = pngs[size]
        body += code.encode("ascii") + struct.pack(">I", 8 + len(blob)) + blob
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        print(f"make_icons: {SVG} is not a valid SVG", file=sys.stderr)
        return 1
    pngs = {size: render_png(renderer, size) for size in (*SIZES, 1024)}
    for size in SIZES:
        target = ICONS / "hicolor" / f"{size}x{size}" / "apps" / "rewire.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(pngs[size])
        print(f"wrote {target.relative_to(ROOT)} ({len(pngs[size])} bytes)")
    scalable = ICONS / "hicolor" / "scalable" / "apps" / "rewire.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SVG, scalable)
    (ICONS / "rewire.ico").write_bytes(ico(pngs))
    (ICONS / "rewire.icns").write_bytes(icns(pngs))
    print("wrote resources/icons/rewire.ico and resources/icons/rewire.icns")
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
