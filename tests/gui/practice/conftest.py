"""Practice page fixtures: a silent sound player, a recording log sink, and a helper that
lets fake time pass the way the Qt timers would see it (a poll every second)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest

from app.core.clock import FakeClock
from app.core.records import SessionEnd, SessionStart

from app.services import Services


class RecordingSink:
    def __init__(self) -> None:
        self.started: list[SessionStart] = []
        self.progress: list[float] = []
        self.ended: list[SessionEnd] = []

    def session_started(self, start: SessionStart) -> int:
        self.started.append(start)
        return len(self.started)

    def session_progress(self, session_id: int, practised_s: float) -> None:
        self.progress.append(practised_s)

    def session_finished(self, session_id: int, end: SessionEnd) -> None:
        self.ended.append(end)


@pytest.fixture
def sink() -> RecordingSink:
    return RecordingSink()


@pytest.fixture
def quiet_services(services: Services, sink: RecordingSink) -> Services:
    from app.sound.silent import SilentSound

    services.sound = SilentSound()
    services.log = sink
    return services


@pytest.fixture
def page(quiet_services: Services, navigator: Any, qtbot: Any) -> Iterator[Any]:
    from app.ui.practice.page import create_page

    widget = create_page(quiet_services, navigator)
    qtbot.addWidget(widget)
    widget.resize(1000, 760)
    widget.show()
    yield widget
    widget.shutdown()
    if widget.player is not None:
        assert widget.player.driver.is_idle(), "a practice timer was left running"


@pytest.fixture
def pass_time(fake_clock: FakeClock) -> Callable[[Any, float], None]:
    def run(player: Any, seconds: float, step: float = 1.0) -> None:
        left = seconds
        while left > 1e-9:
            d = min(step, left)
            fake_clock.advance(d)
            player.driver.check()
            left -= d

    return run
