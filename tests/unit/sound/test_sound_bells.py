"""Bells a meditator can trust: full bandwidth, never clipped, never a click at either end."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from sound_wav_helpers import read_wav

from app.core.sound_needs import BELL_IDS

from app.sound.bells import BELLS, render_strike, strikes_from
from app.sound.cache import RenderItem
from app.sound.quality import edge_peak_dbfs, peak_dbfs, rms_dbfs

BELL_ITEMS = [RenderItem("bell", b, n) for b in BELL_IDS for n in (1, 2, 3)] + [
    RenderItem("cue", "tick")
]


@pytest.mark.parametrize("item", BELL_ITEMS, ids=lambda i: i.stem())
def test_bell_is_full_rate_unclipped_and_click_free(
    rendered: dict[RenderItem, Path], item: RenderItem
) -> None:
    samples, rate, _channels = read_wav(rendered[item])
    assert rate >= 44_100
    peak = peak_dbfs(samples)
    assert peak <= -1.0, f"{item.stem()} peaks at {peak:.2f} dBFS"
    first_ms, last_ms = edge_peak_dbfs(samples, rate, ms=1.0)
    # A click is a jump from silence: the first sample is silent, the first
    # millisecond is a gentle rise, the last millisecond has faded out.
    assert abs(samples[0]) <= 1 and abs(samples[-1]) <= 1
    assert first_ms <= peak - 12.0, f"{item.stem()} starts abruptly ({first_ms:.1f} dBFS)"
    assert last_ms <= -60.0, f"{item.stem()} ends abruptly ({last_ms:.1f} dBFS)"


@pytest.mark.parametrize("bell_id", BELL_IDS)
def test_more_strikes_are_longer_and_strike_again(
    rendered: dict[RenderItem, Path], bell_id: str
) -> None:
    lengths = []
    for n in (1, 2, 3):
        samples, rate, _ = read_wav(rendered[RenderItem("bell", bell_id, n)])
        lengths.append(len(samples) / rate)
        gap = int(BELLS[bell_id].strike_gap_s * rate)
        for k in range(1, n):
            # Each later strike is a fresh attack: louder just after it than just before.
            before = rms_dbfs(samples[k * gap - rate // 50:k * gap])
            after = rms_dbfs(samples[k * gap + rate // 50:k * gap + rate // 25])
            assert after > before + 1.0, f"strike {k + 1} of {bell_id} x{n} is not heard"
    assert lengths[0] < lengths[1] < lengths[2]


def test_four_bells_sound_different() -> None:
    """Distinct bells: their fundamentals and decay times differ clearly."""
    fundamentals = sorted(spec.fundamental_hz for spec in BELLS.values())
    assert all(b / a > 1.2 for a, b in itertools.pairwise(fundamentals))
    assert len({spec.length_s for spec in BELLS.values()}) == len(BELLS)


def test_partials_are_inharmonic() -> None:
    for spec in BELLS.values():
        ratios = [p.ratio for p in spec.partials[1:]]
        assert any(abs(r - round(r)) > 0.1 for r in ratios), spec.bell_id


def test_overlaid_strikes_never_clip() -> None:
    single = render_strike(BELLS["wood-block"])
    triple = strikes_from(single, 3, 0.01)  # strikes piled almost on top of each other
    assert triple.max_dBFS <= -1.0
