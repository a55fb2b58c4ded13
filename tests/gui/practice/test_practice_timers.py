"""The Qt adapter: one precise single-shot timer aimed at the next event; the screen is kept
awake during a session and released after."""

from __future__ import annotations

from typing import Any

import pytest

from PySide6.QtCore import Qt, QTimer

from app.ui.practice import awake


def test_one_precise_single_shot_timer_for_the_next_event(
        qtbot: Any, page: Any, pass_time: Any) -> None:
    page.open_practice("open-timer", {"preparation_s": 0, "minutes": 20,
                                      "interval_mode": "moments", "interval_moments": ["0:40"]})
    qtbot.mouseClick(page.setup.start, Qt.MouseButton.LeftButton)
    driver = page.player.driver
    timers = driver.findChildren(QTimer)
    assert timers and all(t.timerType() is Qt.TimerType.PreciseTimer for t in timers)
    # Next event: the first 15-second checkpoint (woken 2 ms early, then slept out exactly).
    assert 14_000 <= driver.next_wake_ms() <= 14_998  # slack for a busy test machine
    pass_time(page.player, 31)
    assert 8_000 <= driver.next_wake_ms() <= 8_998  # the bell at 0:40
    qtbot.keyClick(page.player, Qt.Key.Key_Space)
    assert driver.next_wake_ms() is None and driver.is_idle()  # paused: nothing ticks


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


def slow_sound() -> Any:
    """A sound system still rendering: nothing is ready until the test answers a prepare."""
    from app.sound.silent import SilentSound

    class SlowSound(SilentSound):
        def __init__(self) -> None:
            super().__init__()
            self.ready = False
            self.asked: list[tuple[object, Any]] = []

        def is_ready(self, needs: object) -> bool:
            return self.ready

        def prepare(self, needs: Any, on_ready: Any) -> None:
            self.asked.append((needs, on_ready))

    return SlowSound()


def test_the_first_bell_waits_for_its_own_sounds(qtbot: Any, page: Any) -> None:
    slow = slow_sound()
    page.services.sound = slow
    page.open_practice("open-timer", {"preparation_s": 0, "bell": "wood-block"})
    warm_up, answer_warm_up = slow.asked[0]
    assert warm_up.bells == ("wood-block",)  # rendering starts while setting up
    qtbot.mouseClick(page.setup.start, Qt.MouseButton.LeftButton)
    player = page.player
    assert len(slow.asked) == 2
    assert player.run.state.value == "idle" and "sounds ready" in player.status.text()
    answer_warm_up()  # the setup's request is ready: not a reason to start (issue 19)
    assert player.run.state.value == "idle" and slow.bells_played == []
    slow.ready = True
    slow.asked[1][1]()  # the player's own request
    assert player.run.state.value == "running"
    assert slow.bells_played == [("wood-block", 1)]


def test_a_sound_system_that_never_answers_only_delays_the_start(
        qtbot: Any, page: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from app.ui.practice import driver

    monkeypatch.setattr(driver, "SOUND_WAIT_MS", 30)  # 3 s in the app
    slow = slow_sound()
    page.services.sound = slow
    page.open_practice("open-timer", {"preparation_s": 0})
    qtbot.mouseClick(page.setup.start, Qt.MouseButton.LeftButton)
    player = page.player
    assert player.run.state.value == "idle"
    qtbot.waitUntil(lambda: player.run.state.value == "running", timeout=2000)
    assert slow.bells_played == [("singing-bowl", 1)]
