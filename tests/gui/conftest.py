"""pytest-qt fixtures: services on a temporary data folder with a fake clock."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from app.core.clock import FakeClock
from app.core.paths import DataPaths
from app.services import Services


@pytest.fixture
def fake_clock() -> FakeClock:
    return FakeClock(zone="America/Los_Angeles")


@pytest.fixture
def services(data_dir: Path, fake_clock: FakeClock, qapp: QApplication) -> Services:
    from app.ui.shell.app import build_services

    return build_services(DataPaths.portable_in(data_dir), clock=fake_clock)


@pytest.fixture
def navigator(qapp: QApplication) -> Iterator[object]:
    from app.ui.shell.navigator import Navigator

    nav = Navigator()
    yield nav
    nav.deleteLater()


@pytest.fixture(autouse=True)
def _no_modal_dialogs(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Modal message boxes would block a test forever: answer them and record their text."""
    shown: list[str] = []

    def fake_exec(box: QMessageBox) -> int:
        shown.append(box.text())
        return int(QMessageBox.StandardButton.Ok)

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    for name in ("information", "warning", "critical"):
        monkeypatch.setattr(
            QMessageBox, name,
            staticmethod(lambda *a, **k: (shown.append(str(a[2]) if len(a) > 2 else ""),
                                          QMessageBox.StandardButton.Ok)[1]),
        )
    monkeypatch.setattr(
        QMessageBox, "question",
        staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes),
    )
    return shown
