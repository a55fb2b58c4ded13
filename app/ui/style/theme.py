"""Apply the light or dark theme: the palettes in app/core/palettes.py fill the @roles of the
ordered style sheets in resources/styles/. "system" follows the OS color scheme
(QStyleHints.colorScheme; a SchemeFollower, below, re-applies the theme on colorSchemeChanged).

Sizes: @fontpt, @titlept, @subtitlept and @smallpt are scaled by GeneralSettings.text_scale,
so text grows to 200% everywhere a style sheet sets a size with them."""

from __future__ import annotations

import re

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from app.core.palettes import PALETTES
from app.core.resources import resource_path
from app.core.settings import SettingsStore

BASE_POINT_SIZE = 11.0


def resolve_scheme(choice: str) -> str:
    if choice in ("light", "dark"):
        return choice
    hints = QGuiApplication.styleHints()
    return "dark" if hints.colorScheme() == Qt.ColorScheme.Dark else "light"


def style_sheet(scheme: str, text_scale: float = 1.0) -> str:
    colors = PALETTES[scheme]
    sizes = {
        "fontpt": f"{BASE_POINT_SIZE * text_scale:.1f}pt",
        "titlept": f"{BASE_POINT_SIZE * 1.9 * text_scale:.1f}pt",
        "subtitlept": f"{BASE_POINT_SIZE * 1.25 * text_scale:.1f}pt",
        "smallpt": f"{BASE_POINT_SIZE * 0.9 * text_scale:.1f}pt",
        # the sidebar grows with its text so "If you are in crisis" is never cut off
        "sidebarmin": f"{round(200 * text_scale)}px",
        "sidebarmax": f"{round(250 * text_scale)}px",
    }
    assets = {
        "arrowdown": (resource_path("icons") / f"arrow-down-{scheme}.svg").as_posix(),
        "arrowup": (resource_path("icons") / f"arrow-up-{scheme}.svg").as_posix(),
    }
    values = {**colors, **sizes, **assets}
    parts = []
    for path in sorted(resource_path("styles").glob("*.qss")):
        parts.append(path.read_text(encoding="utf-8"))
    text = "\n".join(parts)
    # Longest names first so @text_muted is not read as @text + _muted.
    names = sorted(values, key=len, reverse=True)
    pattern = re.compile("@(" + "|".join(re.escape(n) for n in names) + r")\b")
    return pattern.sub(lambda m: values[m.group(1)], text)


def qpalette(scheme: str) -> QPalette:
    c = {k: QColor(v) for k, v in PALETTES[scheme].items()}
    pal = QPalette()
    role = QPalette.ColorRole
    pal.setColor(role.Window, c["window"])
    pal.setColor(role.WindowText, c["text"])
    pal.setColor(role.Base, c["surface"])
    pal.setColor(role.AlternateBase, c["surface_alt"])
    pal.setColor(role.Text, c["text"])
    pal.setColor(role.Button, c["surface"])
    pal.setColor(role.ButtonText, c["text"])
    pal.setColor(role.Highlight, c["selection"])
    pal.setColor(role.HighlightedText, c["selection_text"])
    pal.setColor(role.ToolTipBase, c["surface"])
    pal.setColor(role.ToolTipText, c["text"])
    pal.setColor(role.PlaceholderText, c["text_muted"])
    pal.setColor(role.Link, c["accent"])
    pal.setColor(role.Accent, c["accent"])
    return pal


def apply_theme(app: QApplication, choice: str = "system", text_scale: float = 1.0) -> str:
    """Apply and return the scheme actually used ("light" or "dark")."""
    scheme = resolve_scheme(choice)
    app.setPalette(qpalette(scheme))
    app.setStyleSheet(style_sheet(scheme, text_scale))
    app.setProperty("rewire_scheme", scheme)
    app.setProperty("rewire_text_scale", text_scale)
    return scheme


def current_scheme() -> str:
    """The scheme last applied ("light" when none was)."""
    app = QApplication.instance()
    value = app.property("rewire_scheme") if app is not None else None
    return str(value) if value in ("light", "dark") else "light"


class SchemeFollower(QObject):
    """While the theme is "system", re-applies it when the OS switches light and dark."""

    def __init__(self, settings: SettingsStore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._on_color_scheme_changed)

    @Slot(Qt.ColorScheme)
    def _on_color_scheme_changed(self, _scheme: Qt.ColorScheme) -> None:
        general = self.settings.settings.general
        app = QApplication.instance()
        if general.theme == "system" and isinstance(app, QApplication):
            apply_theme(app, general.theme, general.text_scale)

    def stop(self) -> None:
        QGuiApplication.styleHints().colorSchemeChanged.disconnect(self._on_color_scheme_changed)


def follow_system_scheme(owner: QObject, settings: SettingsStore) -> SchemeFollower:
    """Follow the OS color scheme for as long as `owner` lives (or until stop())."""
    return SchemeFollower(settings, owner)
