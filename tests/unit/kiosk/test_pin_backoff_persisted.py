"""K8: 8 wrong PINs, then kill -9 and restart: the back-off continues where it was."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.core.paths import DataPaths

from app.kiosk.config import kiosk_file, load_backoff, save_backoff, save_pin
from app.kiosk.pin import PinGate, backoff_delay, hash_pin


class Clocks:
    """A monotonic clock that restarts at 0 with each process, and the wall clock."""

    def __init__(self) -> None:
        self.mono = 0.0
        self.wall = 1_800_000_000.0

    def advance(self, s: float) -> None:
        self.mono += s
        self.wall += s

    def restart(self) -> None:
        self.mono = 0.0


def _gate(paths: DataPaths, clocks: Clocks) -> PinGate:
    """What the kiosk window builds at each start."""
    from app.kiosk.config import load_pin

    pin, _ = load_pin(paths)
    return PinGate(pin, lambda: clocks.mono, verify=lambda p, s: p == "2468",
                   resume=load_backoff(paths, clocks.wall),
                   on_change=lambda f, w: save_backoff(paths, f, w, clocks.wall))


@pytest.fixture
def paths(tmp_path: Path) -> DataPaths:
    paths = DataPaths.portable_in(tmp_path)
    save_pin(paths, hash_pin("2468", salt=b"s" * 16))
    return paths


def test_eight_wrong_pins_then_a_restart_give_no_free_tries(paths: DataPaths) -> None:
    clocks = Clocks()
    gate = _gate(paths, clocks)
    for _ in range(8):
        clocks.advance(gate.wait_left())
        assert gate.try_pin("0000") == "wrong"
    left = gate.wait_left()
    assert left == backoff_delay(8) > 0
    clocks.advance(1.0)
    clocks.restart()  # kill -9: everything in memory is gone
    again = _gate(paths, clocks)
    assert again.failures == 8
    assert again.wait_left() == pytest.approx(left - 1.0)
    assert again.try_pin("2468") == "wait"  # even the right PIN waits
    clocks.advance(again.wait_left())
    assert again.try_pin("0000") == "wrong"
    assert again.wait_left() == backoff_delay(9)  # it grows from where it was


def test_the_right_pin_clears_the_saved_back_off(paths: DataPaths) -> None:
    clocks = Clocks()
    gate = _gate(paths, clocks)
    for _ in range(5):
        clocks.advance(gate.wait_left())
        gate.try_pin("1111")
    clocks.advance(gate.wait_left())
    assert gate.try_pin("2468") == "ok"
    assert load_backoff(paths, clocks.wall) == (0, 0.0)
    assert "pin" in json.loads(kiosk_file(paths).read_text())  # the hash is untouched


def test_a_clock_set_back_cannot_lock_the_staff_out_forever(paths: DataPaths) -> None:
    clocks = Clocks()
    save_backoff(paths, 6, 4.0, clocks.wall)
    clocks.wall -= 10 * 365 * 86400  # the computer's clock jumped back ten years
    gate = _gate(paths, clocks)
    assert gate.wait_left() == backoff_delay(6)  # never more than the back-off itself


def test_a_hand_edited_back_off_is_ignored_not_a_crash(paths: DataPaths) -> None:
    raw = json.loads(kiosk_file(paths).read_text())
    raw["backoff"] = {"failures": "many", "until": [1]}
    kiosk_file(paths).write_text(json.dumps(raw))
    assert load_backoff(paths, 0.0) == (0, 0.0)
