"""K4 policy: idle warning and reset computed from a fake clock; the staff corner gesture."""

from __future__ import annotations

from app.core.clock import FakeClock

from app.kiosk.gesture import CornerTaps
from app.kiosk.idle import IdlePolicy, IdleState


def test_idle_warns_after_120_s_and_resets_15_s_later() -> None:
    clock = FakeClock()
    idle = IdlePolicy(clock.monotonic)
    idle.visitor_arrived()
    clock.advance(119.5)
    assert idle.poll().state is IdleState.ACTIVE
    clock.advance(0.5)
    status = idle.poll()
    assert status.state is IdleState.WARNING and status.seconds_left == 15
    clock.advance(14.9)
    assert idle.poll().state is IdleState.WARNING
    clock.advance(0.1)
    assert idle.poll().state is IdleState.RESET


def test_input_during_the_countdown_cancels_it() -> None:
    clock = FakeClock()
    idle = IdlePolicy(clock.monotonic)
    idle.visitor_arrived()
    clock.advance(125)
    assert idle.poll().state is IdleState.WARNING
    idle.activity()
    assert idle.poll().state is IdleState.ACTIVE
    clock.advance(119)
    assert idle.poll().state is IdleState.ACTIVE


def test_never_during_a_running_practice_and_shorter_after_it() -> None:
    clock = FakeClock()
    idle = IdlePolicy(clock.monotonic)
    idle.practice_started()
    clock.advance(3600)
    assert idle.poll().state is IdleState.ACTIVE
    idle.practice_ended()
    clock.advance(29)
    assert idle.poll().state is IdleState.ACTIVE
    clock.advance(1)
    assert idle.poll().state is IdleState.WARNING
    clock.advance(15)
    assert idle.poll().state is IdleState.RESET


def test_input_after_a_practice_brings_back_the_long_timeout() -> None:
    clock = FakeClock()
    idle = IdlePolicy(clock.monotonic)
    idle.practice_started()
    idle.practice_ended()
    idle.activity()
    clock.advance(60)
    assert idle.poll().state is IdleState.ACTIVE


def test_a_pristine_welcome_screen_is_never_reset() -> None:
    clock = FakeClock()
    idle = IdlePolicy(clock.monotonic)
    clock.advance(10_000)
    assert idle.poll().state is IdleState.ACTIVE
    idle.visitor_arrived()
    clock.advance(200)
    assert idle.poll().state is IdleState.RESET
    idle.was_reset()
    clock.advance(10_000)
    assert idle.poll().state is IdleState.ACTIVE


def test_five_taps_in_the_corner_within_three_seconds() -> None:
    taps = CornerTaps("top-left")
    results = [taps.press(10, 10, 1920, 1080, t * 0.5) for t in range(5)]
    assert results == [False, False, False, False, True]


def test_slow_taps_or_a_tap_elsewhere_do_not_count() -> None:
    taps = CornerTaps("top-left")
    assert not any(taps.press(5, 5, 1920, 1080, t * 0.9) for t in range(5))  # 3.6 s
    taps.reset()
    for t in range(4):
        taps.press(5, 5, 1920, 1080, t * 0.1)
    assert not taps.press(900, 500, 1920, 1080, 0.5)  # the middle breaks the sequence
    assert not taps.press(5, 5, 1920, 1080, 0.6)


def test_each_corner() -> None:
    w, h = 1280, 800
    spots = {"top-left": (1, 1), "top-right": (w - 2, 1), "bottom-left": (1, h - 2),
             "bottom-right": (w - 2, h - 2)}
    for corner, (x, y) in spots.items():
        taps = CornerTaps(corner)
        assert [taps.press(x, y, w, h, i * 0.2) for i in range(5)][-1], corner
        other = CornerTaps(corner)
        ox, oy = spots["top-left" if corner != "top-left" else "bottom-right"]
        assert not any(other.press(ox, oy, w, h, i * 0.2) for i in range(5))
