"""The shell a client sees first: navigation, the crisis button, notices, remembered size."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QDialog

from app.core.paths import DataPaths

from app.ui.shell.main_window import MainWindow
from app.ui.shell.navigator import PAGE_NAMES, Navigator


@pytest.fixture
def window(qtbot, services, navigator) -> MainWindow:
    win = MainWindow(services, navigator)
    services.set_notice_handler(win.banner.show_notice)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def test_every_section_opens_by_keyboard(qtbot, window: MainWindow) -> None:
    for i, name in enumerate(PAGE_NAMES, start=1):
        qtbot.keyClick(window, Qt.Key(Qt.Key.Key_0 + i), Qt.KeyboardModifier.ControlModifier)
        assert window.current_page_name() == name
        assert window.stack.currentWidget() is window.page(name)


def test_sidebar_arrow_keys_move_between_sections(qtbot, window: MainWindow) -> None:
    window.show_page("home")
    window.nav.setFocus()
    qtbot.keyClick(window.nav, Qt.Key.Key_Down)
    assert window.current_page_name() == "practice"


def test_navigator_requests_reach_the_window(window: MainWindow) -> None:
    window.navigator.open_page("journal")
    assert window.current_page_name() == "journal"
    with pytest.raises(ValueError):
        window.navigator.open_page("nowhere")


def test_crisis_help_is_one_step_away_with_the_clinic_numbers(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[str] = []
    monkeypatch.setattr(QDialog, "exec", lambda self: seen.append(self.body.text()) or 0)
    qtbot.mouseClick(window.crisis_button, Qt.MouseButton.LeftButton)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    assert len(seen) == 2
    for number in ("911", "988", "805-285-8466"):
        assert number in seen[0]


def test_about_shows_version_and_clinic(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app import __version__

    seen: list[str] = []
    monkeypatch.setattr(QDialog, "exec", lambda self: seen.append(self.body.text()) or 0)
    qtbot.mouseClick(window.about_button, Qt.MouseButton.LeftButton)
    assert __version__ in seen[0]
    assert "Meditative Minds Counseling &amp; Wellness" in seen[0]
    assert "805-285-8466" in seen[0]


def test_a_broken_page_does_not_take_the_app_down(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    import app.ui.journal.page as journal

    def explode(*_args: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(journal, "create_page", explode)
    from PySide6.QtWidgets import QLabel

    window.show_page("journal")
    texts = [label.text() for label in window.page("journal").findChildren(QLabel)]
    assert any("could not be opened" in text for text in texts)
    window.show_page("home")
    assert window.current_page_name() == "home"


def test_window_remembers_its_size(qtbot, services, navigator) -> None:
    first = MainWindow(services, navigator)
    qtbot.addWidget(first)
    first.show()
    first.setGeometry(QRect(40, 50, 1000, 700))
    first.close()
    second = MainWindow(services, navigator)
    qtbot.addWidget(second)
    # The offscreen test screen is 800x800, so Qt clamps the width to the window's minimum.
    assert services.state.get("window_geometry")
    assert second.size().height() == 700
    assert second.minimumSize().width() >= 900


def test_bad_settings_file_shows_one_notice_naming_it(qtbot, data_dir: Path, qapp) -> None:
    from app.ui.shell.app import build_services

    paths = DataPaths.portable_in(data_dir)
    paths.config.mkdir(parents=True)
    paths.settings_file.write_text('{"general": {"theme": 42}}')
    services = build_services(paths)
    win = MainWindow(services, Navigator())
    qtbot.addWidget(win)
    services.set_notice_handler(win.banner.show_notice)
    [notice] = win.banner.notices()
    assert "settings.json" in notice.text
    assert (paths.config / "settings.json.bad").read_text() == '{"general": {"theme": 42}}'
    assert json.loads(paths.settings_file.read_text())["general"]["theme"] == "system"


def test_process_events_ten_thousand_times_does_not_crash(qapp: QApplication) -> None:
    """PySide6 6.12.0 on Python 3.11 crashed here (a reference leak on None); the dependency
    pins keep that pair from being installed (tests/unit/packaging/test_dependencies.py)."""
    for _ in range(10_000):
        QApplication.processEvents()
