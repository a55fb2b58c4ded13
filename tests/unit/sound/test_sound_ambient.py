"""Ambient loops with no gap, bump or click where the loop starts over."""

from __future__ import annotations

import math
import random
from array import array
from pathlib import Path

import pytest
from sound_wav_helpers import read_wav

from app.core.sound_needs import AMBIENT_IDS

from app.sound.ambient import crossfade_loop
from app.sound.cache import RenderItem
from app.sound.quality import peak_dbfs, rms_dbfs, seam_rms_delta_db


@pytest.mark.parametrize("ambient_id", AMBIENT_IDS)
def test_loop_quality(rendered: dict[RenderItem, Path], ambient_id: str) -> None:
    samples, rate, _ = read_wav(rendered[RenderItem("ambient", ambient_id)])
    assert rate >= 44_100
    assert len(samples) / rate >= 20.0
    assert peak_dbfs(samples) <= -1.0
    # Loudness of the 50 ms around the seam is that of the second on either side.
    delta = seam_rms_delta_db(samples, rate, window_ms=50.0, surround_ms=500.0)
    assert abs(delta) <= 1.0, f"{ambient_id}: seam is {delta:+.2f} dB off its surroundings"
    # No click: the step from the last sample to the first is an ordinary step.
    steps = sorted(abs(samples[i + 1] - samples[i]) for i in range(len(samples) - 1))
    typical_max = steps[int(len(steps) * 0.999)]
    assert abs(samples[0] - samples[-1]) <= typical_max


@pytest.mark.parametrize("ambient_id", AMBIENT_IDS)
def test_loops_hold_a_steady_level(rendered: dict[RenderItem, Path], ambient_id: str) -> None:
    """No dropouts: every second of the loop is within 12 dB of the loop's level."""
    samples, rate, _ = read_wav(rendered[RenderItem("ambient", ambient_id)])
    whole = rms_dbfs(samples)
    assert -30.0 <= whole <= -18.0
    for start in range(0, len(samples) - rate, rate):
        assert abs(rms_dbfs(samples[start:start + rate]) - whole) <= 12.0


def _noise(n: int, seed: int) -> array:
    rng = random.Random(seed)
    return array("d", [rng.uniform(-0.5, 0.5) for _ in range(n)])


def _window_rms(x: array, start: int, n: int) -> float:
    return 10 * math.log10(math.fsum(v * v for v in x[start:start + n]) / n)


def test_equal_power_crossfade_keeps_noise_level_flat() -> None:
    loop_n, xf = 8000 * 4, 8000
    looped = crossfade_loop(_noise(loop_n + xf, 1), loop_n)
    reference = _window_rms(looped, xf, loop_n - xf)
    for start in range(0, xf, 400):  # every 50 ms through the crossfade
        assert abs(_window_rms(looped, start, 400) - reference) < 1.0


def test_a_plain_cut_would_click() -> None:
    """The click check above is sensitive: a smooth signal cut at a random point fails it."""
    rate = 44_100
    tone = [int(8000 * math.sin(2 * math.pi * 110 * i / rate)) for i in range(rate + 123)]
    steps = sorted(abs(tone[i + 1] - tone[i]) for i in range(len(tone) - 1))
    assert abs(tone[0] - tone[-1]) > steps[int(len(steps) * 0.999)]
