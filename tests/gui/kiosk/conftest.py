"""A kiosk window on a temporary data folder, driven by a fake clock."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from kiosk_helpers import PIN

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

from app.core.clock import FakeClock
from app.core.paths import DataPaths

from app.kiosk.config import save_pin
from app.kiosk.pin import hash_pin

from app.services import Services


@pytest.fixture(scope="session")
def pin_hash():
    return hash_pin(PIN)


@pytest.fixture
def kiosk_services(data_dir: Path, fake_clock: FakeClock, qapp: QApplication, pin_hash
                   ) -> Services:
    from app.ui.shell.app import build_services

    paths = DataPaths.portable_in(data_dir)
    paths.ensure()
    save_pin(paths, pin_hash)
    services = build_services(paths, clock=fake_clock, kiosk=True)
    services.settings.general.reduced_motion = True
    return services


@pytest.fixture
def kiosk(kiosk_services: Services, navigator, qtbot) -> Iterator[object]:
    from app.ui.kiosk.window import create_kiosk_window
    from app.ui.style.theme import apply_theme

    apply_theme(QApplication.instance(), "light")  # what app.py does: sizes come from QSS
    window = create_kiosk_window(kiosk_services, navigator)
    window.quits = []
    window.quit_app = lambda: window.quits.append(0)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.hide_on_close = False  # what the SIGTERM handler does
    window.close()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QApplication.instance().setStyleSheet("")
