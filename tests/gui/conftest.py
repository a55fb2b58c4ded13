"""pytest-qt fixtures: services on a temporary data folder with a fake clock, and a check that
every GUI test leaves nothing of its own running."""

from __future__ import annotations

import weakref
from collections.abc import Iterator
from pathlib import Path

import pytest

import shiboken6
from PySide6.QtCore import QEvent, QThread, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

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


def _describe(obj: QTimer | QThread | QWidget) -> str:
    name = obj.objectName()
    parent = obj.parent()
    owner = f" of {type(parent).__name__}" if parent is not None else ""
    return f"{type(obj).__name__}{f' {name!r}' if name else ''}{owner}"


@pytest.fixture(autouse=True)
def _nothing_left_running(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Fail a test that leaves a window open, a QTimer running or a QThread alive: a timer
    of a widget the test forgot keeps firing in the tests after it (and a practice timer left
    running is a practice that never ended). Runs after pytest-qt closed the test's widgets
    and after the test's own fixtures were torn down."""
    before = set(QApplication.topLevelWidgets())
    timers: list[weakref.ReferenceType[QTimer]] = []
    threads: list[weakref.ReferenceType[QThread]] = []
    start_timer, start_thread = QTimer.start, QThread.start

    def tracked_timer_start(self: QTimer, *args: object) -> None:
        timers.append(weakref.ref(self))
        start_timer(self, *args)  # type: ignore[arg-type]

    def tracked_thread_start(self: QThread, *args: object) -> None:
        threads.append(weakref.ref(self))
        start_thread(self, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(QTimer, "start", tracked_timer_start)
    monkeypatch.setattr(QThread, "start", tracked_thread_start)
    yield
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    qapp.processEvents()
    left: list[str] = []
    for widget in QApplication.topLevelWidgets():
        if widget not in before and shiboken6.isValid(widget):
            left.append(f"{'window' if widget.isVisible() else 'hidden widget'} "
                        f"{_describe(widget)}")
            widget.close()  # so one leak does not spill into the tests after it
            widget.deleteLater()
    for ref in timers:
        timer = ref()
        if timer is not None and shiboken6.isValid(timer) and timer.isActive():
            left.append(f"running {_describe(timer)}")
            timer.stop()
    for ref in threads:
        thread = ref()
        if thread is not None and shiboken6.isValid(thread) and thread.isRunning():
            left.append(f"running {_describe(thread)}")
    if left:
        pytest.fail("the test left these behind: " + "; ".join(sorted(set(left))),
                    pytrace=False)
