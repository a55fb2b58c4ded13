"""K3: the PIN is stored only as a salted hash; wrong PINs back off from the 5th; no exit."""

from __future__ import annotations

import itertools
import json

import pytest

from app.core.clock import FakeClock
from app.core.paths import DataPaths

from app.kiosk.config import kiosk_file, load_pin, save_pin
from app.kiosk.pin import (
    MAX_DELAY_S,
    PinError,
    PinGate,
    PinHash,
    backoff_delay,
    check_pin_format,
    hash_pin,
    verify_pin,
)


@pytest.fixture(scope="module")
def stored() -> PinHash:
    return hash_pin("482916")


def test_right_pin_verifies_and_wrong_ones_do_not(stored: PinHash) -> None:
    assert verify_pin("482916", stored)
    for wrong in ("482917", "0000", "4829160", "", "48291a", "４８２９１６"):
        assert not verify_pin(wrong, stored)


def test_same_pin_gets_a_different_salt_and_hash() -> None:
    a, b = hash_pin("1234"), hash_pin("1234")
    assert a.salt != b.salt and a.digest != b.digest
    assert len(a.salt) == 16


def test_pin_format_is_checked() -> None:
    for bad in ("123", "1234567890123", "12 34", "abcd"):
        with pytest.raises(PinError):
            check_pin_format(bad)
    assert check_pin_format("0042") == "0042"


def test_pin_stored_only_as_salted_hash(tmp_path, stored: PinHash) -> None:
    paths = DataPaths.portable_in(tmp_path)
    save_pin(paths, stored)
    text = kiosk_file(paths).read_text(encoding="utf-8")
    assert "482916" not in text
    raw = json.loads(text)["pin"]
    assert raw["algorithm"] == "scrypt" and raw["salt"] and raw["hash"]
    loaded, notice = load_pin(paths)
    assert notice is None and loaded == stored
    # Nothing else anywhere under the data dir holds the PIN.
    for path in tmp_path.rglob("*"):
        if path.is_file():
            assert b"482916" not in path.read_bytes()


def test_a_damaged_pin_file_is_reported_by_name(tmp_path) -> None:
    paths = DataPaths.portable_in(tmp_path)
    kiosk_file(paths).parent.mkdir(parents=True)
    kiosk_file(paths).write_text('{"pin": {"algorithm": "md5"}}', encoding="utf-8")
    loaded, notice = load_pin(paths)
    assert loaded is None and notice is not None and "kiosk.json" in notice.text


def test_backoff_is_zero_for_four_tries_then_grows() -> None:
    assert [backoff_delay(n) for n in range(1, 5)] == [0, 0, 0, 0]
    delays = [backoff_delay(n) for n in range(5, 20)]
    assert delays[0] > 0
    assert all(b >= a for a, b in itertools.pairwise(delays))
    assert delays[1] > delays[0] and delays[5] > delays[4]
    assert max(delays) == MAX_DELAY_S


def test_thousand_wrong_pins_give_no_exit_and_a_growing_delay(stored: PinHash) -> None:
    clock = FakeClock()
    gate = PinGate(stored, clock.monotonic)
    results = []
    waits = []
    for i in range(1000):
        results.append(gate.try_pin(f"{i:06d}" if f"{i:06d}" != "482916" else "000001"))
        waits.append(gate.wait_left())
        clock.advance(1.0)  # an impatient visitor: one try a second, computed, never slept
    assert results.count("ok") == 0
    assert results[:4] == ["wrong"] * 4 and waits[:4] == [0.0] * 4
    assert results[4] == "wrong" and waits[4] > 0  # the 5th wrong try starts the back-off
    assert "wait" in results
    checked = [w for r, w in zip(results, waits, strict=True) if r == "wrong"]
    assert all(b >= a for a, b in itertools.pairwise(checked[4:]))
    assert checked[-1] > checked[4]


def test_delay_grows_with_each_wrong_try_after_the_fourth(stored: PinHash) -> None:
    clock = FakeClock()
    gate = PinGate(stored, clock.monotonic)
    seen = []
    for _ in range(10):
        clock.advance(gate.wait_left())
        assert gate.try_pin("111111") == "wrong"
        seen.append(gate.wait_left())
    assert seen[:4] == [0.0] * 4
    assert seen[4:] == sorted(seen[4:]) and len(set(seen[4:])) == 6
    # While the back-off runs, even the right PIN is not checked.
    assert gate.try_pin("482916") == "wait"
    clock.advance(gate.wait_left())
    assert gate.try_pin("482916") == "ok" and gate.failures == 0


def test_right_pin_succeeds_20_of_20(stored: PinHash) -> None:
    clock = FakeClock()
    gate = PinGate(stored, clock.monotonic)
    assert [gate.try_pin("482916") for _ in range(20)] == ["ok"] * 20


def test_no_pin_means_no_exit() -> None:
    gate = PinGate(None, FakeClock().monotonic)
    assert gate.try_pin("1234") == "no-pin"
