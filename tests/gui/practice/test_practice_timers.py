"""The Qt adapter: one precise single-shot timer aimed at the next event; the screen is kept
awake during a session and released after."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from app.ui.practice import awake


def test_one_precise_single_shot_timer_for_the_next_event(
        qtbot: Any, page: Any, pass_time: Any) -> None:
    page.open_practice("open-timer", {"preparation_s": 0, "minutes": 20,
                                      "interval_mode": "moments", "interval_moments": ["0:40"]})
    qtbot.mouseClick(page.setup.start, Qt.MouseButton.LeftButton)
    timer = page.player.driver._event_timer
    assert timer.isSingleShot() and timer.timerType() is Qt.TimerType.PreciseTimer
    # Next event: the first 15-second checkpoint (woken 2 ms early, then slept out exactly).
    assert 14_000 <= timer.remainingTime() <= 14_998  # slack for a busy test machine
    pass_time(page.player, 31)
    assert 8_000 <= timer.remainingTime() <= 8_998  # the bell at 0:40
    qtbot.keyClick(page.player, Qt.Key.Key_Space)
    assert not timer.isActive() and not page.player.driver._heartbeat.isActive()


class FakeReply:
    def __init__(self, args: list[Any]) -> None:
        self._args = args

    def arguments(self) -> list[Any]:
        return self._args

    def errorName(self) -> str:
        return ""

    def errorMessage(self) -> str:
        return ""


class FakeScreenSaver:
    def __init__(self) -> None:
        self.calls: list[tuple[str, tuple[Any, ...]]] = []

    def call(self, name: str, *args: Any) -> FakeReply:
        self.calls.append((name, args))
        return FakeReply([77] if name == "Inhibit" else [])


def test_the_screen_stays_awake_only_during_a_session(
        qtbot: Any, page: Any, pass_time: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    saver = FakeScreenSaver()
    monkeypatch.setattr(awake.sys, "platform", "linux")
    monkeypatch.setattr(awake, "_screensaver", lambda: saver)
    page.open_practice("open-timer", {"preparation_s": 0, "minutes": 1})
    qtbot.mouseClick(page.setup.start, Qt.MouseButton.LeftButton)
    assert [name for name, _ in saver.calls] == ["Inhibit"]
    assert saver.calls[0][1][0] == "Rewire"
    pass_time(page.player, 61)
    assert saver.calls[-1] == ("UnInhibit", (77,))


def test_no_screen_saver_service_is_quiet(monkeypatch: pytest.MonkeyPatch,
                                          caplog: pytest.LogCaptureFixture) -> None:
    monkeypatch.setattr(awake.sys, "platform", "linux")
    monkeypatch.setattr(awake, "_screensaver", lambda: None)
    guard = awake.ScreenAwake()
    with caplog.at_level("INFO"):
        assert guard.acquire() is False
    guard.release()
    assert "screen may dim" in caplog.text


class SlowSound:
    """A sound system still rendering: not ready until it says `prepared`."""

    def __init__(self) -> None:
        from app.sound.silent import SilentSound

        self.inner = SilentSound()
        self.prepared = self.inner.prepared
        self.ready = False
        self.asked: list[object] = []

    def is_ready(self, needs: object) -> bool:
        return self.ready

    def prepare(self, needs: object) -> None:
        self.asked.append(needs)

    def play_bell(self, bell_id: str, strikes: int = 1) -> None:
        self.inner.play_bell(bell_id, strikes)


def test_the_first_bell_waits_for_the_sounds(qtbot: Any, page: Any) -> None:
    slow = SlowSound()
    page.services.__dict__["sound"] = slow
    page.open_practice("open-timer", {"preparation_s": 0, "bell": "wood-block"})
    assert slow.asked[0].bells == ("wood-block",)  # rendering starts while setting up
    qtbot.mouseClick(page.setup.start, Qt.MouseButton.LeftButton)
    player = page.player
    assert len(slow.asked) == 2
    assert player.session.state.value == "idle" and "sounds ready" in player.status.text()
    slow.ready = True
    slow.prepared.emit()
    assert player.session.state.value == "running"
    assert slow.inner.bells_played == [("wood-block", 1)]
