"""The icon set, the .desktop entry and the AppStream metainfo agree with each other."""

from __future__ import annotations

import configparser
import struct
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
ICONS = ROOT / "resources" / "icons"
LINUX = ROOT / "packaging" / "linux"


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()[:24]
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    return struct.unpack(">II", data[16:24])


def test_every_png_size_exists_with_its_real_size() -> None:
    for size in (16, 22, 24, 32, 48, 64, 128, 256, 512):
        path = ICONS / "hicolor" / f"{size}x{size}" / "apps" / "rewire.png"
        assert png_size(path) == (size, size)
    assert (ICONS / "hicolor" / "scalable" / "apps" / "rewire.svg").read_bytes() == (
        ICONS / "rewire.svg").read_bytes()


def test_windows_and_macos_icons_are_well_formed() -> None:
    ico = (ICONS / "rewire.ico").read_bytes()
    assert struct.unpack("<HHH", ico[:6]) == (0, 1, 7)
    icns = (ICONS / "rewire.icns").read_bytes()
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)


def test_desktop_entry_launches_rewire_with_its_icon() -> None:
    entry = configparser.RawConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(LINUX / "rewire.desktop", encoding="utf-8")
    main = entry["Desktop Entry"]
    assert main["Type"] == "Application"
    assert main["Exec"].split()[0] == "rewire" and main["Icon"] == "rewire"
    assert main["Categories"].endswith(";")
    assert "Name[es]" in entry["Desktop Action Kiosk"]


def test_metainfo_names_the_desktop_entry_and_binary() -> None:
    root = ET.parse(LINUX / "rewire.metainfo.xml").getroot()
    assert root.get("type") == "desktop-application"
    assert root.findtext("launchable") == "rewire.desktop"
    assert root.findtext("provides/binary") == "rewire"
    assert root.findtext("metadata_license") == "CC0-1.0"
    from app import __version__

    assert root.find("releases/release").get("version") == __version__
