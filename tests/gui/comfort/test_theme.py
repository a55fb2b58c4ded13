"""Light and dark themes from one palette; "system" follows the OS color scheme."""

from __future__ import annotations

import pytest
from comfort_a11y import dispose

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QPalette

from app.core.palettes import PALETTES

from app.ui.comfort.tray import install_comfort
from app.ui.shell.main_window import MainWindow
from app.ui.style import theme


@pytest.fixture
def comfort(qtbot, services, navigator, qapp):
    win = MainWindow(services, navigator)
    c = install_comfort(win, services, navigator, use_tray=False)
    yield c
    c.shutdown()
    dispose(win)
    theme.apply_theme(qapp, "light")


def window_color(qapp) -> str:
    return qapp.palette().color(QPalette.ColorRole.Window).name()


def test_explicit_themes_use_the_palettes(qapp) -> None:
    assert theme.apply_theme(qapp, "dark") == "dark"
    assert window_color(qapp) == PALETTES["dark"]["window"]
    assert PALETTES["dark"]["text"] in qapp.styleSheet()
    assert "@" not in qapp.styleSheet().replace("@role", "")
    assert theme.apply_theme(qapp, "light") == "light"
    assert window_color(qapp) == PALETTES["light"]["window"]


def test_text_scale_reaches_the_style_sheet(qapp) -> None:
    assert "font-size: 22.0pt" in theme.style_sheet("light", 2.0)
    assert "font-size: 11.0pt" in theme.style_sheet("light", 1.0)


def test_system_theme_follows_the_os_scheme_change(comfort, qapp, monkeypatch) -> None:
    scheme = {"value": Qt.ColorScheme.Light}
    monkeypatch.setattr(theme, "resolve_scheme", lambda choice: (
        choice if choice in ("light", "dark") else
        "dark" if scheme["value"] == Qt.ColorScheme.Dark else "light"))
    theme.apply_theme(qapp, "system")
    assert window_color(qapp) == PALETTES["light"]["window"]
    scheme["value"] = Qt.ColorScheme.Dark
    QGuiApplication.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert window_color(qapp) == PALETTES["dark"]["window"]


def test_a_chosen_theme_ignores_the_os(comfort, services, qapp) -> None:
    services.settings_store.update("general", theme="light")
    theme.apply_theme(qapp, "light")
    QGuiApplication.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert window_color(qapp) == PALETTES["light"]["window"]
