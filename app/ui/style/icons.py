"""Icons from resources/icons, tinted to the current text color so they read in light and dark."""

from __future__ import annotations

import functools

from PySide6.QtCore import QByteArray, QSize, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from app.core.resources import resource_path


@functools.cache
def app_icon() -> QIcon:
    return QIcon(str(resource_path("icons", "rewire.svg")))


def tinted_svg(name: str, color: str, size: int = 24) -> QPixmap:
    svg = resource_path("icons", f"{name}.svg").read_text(encoding="utf-8")
    svg = svg.replace('"#000"', f'"{color}"')
    ratio = 2.0
    pixmap = QPixmap(QSize(int(size * ratio), int(size * ratio)))
    pixmap.fill(Qt.GlobalColor.transparent)
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    painter = QPainter(pixmap)
    renderer.render(painter)
    painter.end()
    pixmap.setDevicePixelRatio(ratio)
    return pixmap


def nav_icon(page: str) -> QIcon:
    palette = QGuiApplication.palette()
    color = palette.color(QPalette.ColorRole.WindowText).name()
    return QIcon(tinted_svg(f"nav-{page}", color))
