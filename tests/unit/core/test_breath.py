"""Breath patterns: exact phase boundaries for every shipped pattern."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.core.breath import (
    BOX,
    FOUR_SEVEN_EIGHT,
    PHYSIOLOGICAL_SIGH,
    RESONANCE,
    BreathPattern,
    Phase,
    simple_pattern,
)
from app.core.practices import load_practices
from app.core.resources import resource_path


def phases_over(pattern: BreathPattern, cycles: int = 3) -> list[tuple[float, str, float]]:
    """(start, kind, level) of each phase, found by walking the pattern's own boundaries."""
    out, t = [], 0.0
    while t < pattern.cycle_s * cycles - 1e-9:
        state = pattern.state_at(t)
        out.append((round(t, 6), state.phase.kind, state.phase.level))
        t = pattern.next_boundary_after(t)
    return out


def test_box_is_four_equal_sides() -> None:
    assert BOX.cycle_s == 16
    assert phases_over(BOX, 2) == [
        (0, "inhale", 1), (4, "hold", 1), (8, "exhale", 0), (12, "rest", 0),
        (16, "inhale", 1), (20, "hold", 1), (24, "exhale", 0), (28, "rest", 0),
    ]


def test_478_boundaries_and_counts() -> None:
    assert [p.seconds for p in FOUR_SEVEN_EIGHT.phases] == [4, 7, 8]
    assert [s for s, _, _ in phases_over(FOUR_SEVEN_EIGHT, 2)] == [0, 4, 11, 19, 23, 30]
    # The count shown is the whole second of the phase: 1..7 through the hold.
    counts = [FOUR_SEVEN_EIGHT.state_at(4 + k + 0.5).count for k in range(7)]
    assert counts == [1, 2, 3, 4, 5, 6, 7]
    assert FOUR_SEVEN_EIGHT.state_at(10.999).phase.kind == "hold"
    assert FOUR_SEVEN_EIGHT.state_at(11.0).phase.kind == "exhale"


def test_resonance_is_five_and_a_half_breaths_a_minute() -> None:
    assert RESONANCE.breaths_per_minute == pytest.approx(5.5)
    boundaries = [s for s, _, _ in phases_over(RESONANCE, 11)]
    assert len(boundaries) == 22  # in, out
    assert boundaries[-1] == pytest.approx(120 - 60 / 11)
    assert RESONANCE.next_boundary_after(boundaries[-1]) == pytest.approx(120.0)
    # The count never shows a 6 for the last 0.45 s of a 5.45-s phase.
    assert [RESONANCE.state_at(t).count for t in (0.5, 1.5, 2.5, 3.5, 4.5, 5.4)] == [
        1, 2, 3, 4, 5, 5]
    # 5.5 breaths a minute = 11 breaths in exactly two minutes.
    assert RESONANCE.state_at(120.0).breath == 11
    assert RESONANCE.state_at(120.0).phase.kind == "inhale"


def test_physiological_sigh_two_inhales_then_long_exhale() -> None:
    walked = phases_over(PHYSIOLOGICAL_SIGH, 1)
    assert walked == [(0, "inhale", 0.8), (3, "inhale", 1.0), (4, "exhale", 0.0)]
    assert PHYSIOLOGICAL_SIGH.state_at(3.5).phase.words == "Breathe in a little more"
    # The shape: 0 -> 0.8 over the first inhale, 0.8 -> 1 on the top-up, 1 -> 0 on the exhale.
    assert PHYSIOLOGICAL_SIGH.state_at(0).level == pytest.approx(0.0)
    assert PHYSIOLOGICAL_SIGH.state_at(3.0).level == pytest.approx(0.8)
    assert PHYSIOLOGICAL_SIGH.state_at(3.999).level == pytest.approx(1.0, abs=1e-4)
    assert PHYSIOLOGICAL_SIGH.state_at(7.0).level == pytest.approx(0.5)
    assert PHYSIOLOGICAL_SIGH.state_at(9.999).level == pytest.approx(0.0, abs=1e-4)


def test_custom_pattern_drops_zero_holds() -> None:
    pattern = simple_pattern(3, 0, 5, 2)
    assert [(p.kind, p.seconds) for p in pattern.phases] == [
        ("inhale", 3), ("exhale", 5), ("rest", 2)]
    assert pattern.state_at(8.5).phase.words == "Hold"


def test_shape_level_grows_on_inhale_and_shrinks_on_exhale() -> None:
    levels = [BOX.state_at(t / 10).level for t in range(0, 41)]
    assert levels == sorted(levels)  # inhale: never shrinks
    exhale = [BOX.state_at(8 + t / 10).level for t in range(0, 41)]
    assert exhale == sorted(exhale, reverse=True)
    assert BOX.state_at(6).level == 1.0 and BOX.state_at(14).level == 0.0


def test_breath_number_counts_whole_cycles() -> None:
    assert BOX.state_at(15.999).breath == 0
    assert BOX.state_at(16.0).breath == 1
    assert BOX.state_at(16 * 30).breath == 30


def test_invalid_patterns_are_refused() -> None:
    with pytest.raises(ValueError):
        BreathPattern(())
    with pytest.raises(ValueError):
        BreathPattern((Phase("inhale", 0, 1),))
    with pytest.raises(ValueError):
        BreathPattern((Phase("gasp", 3, 1),))


def test_shipped_pacers_match_the_named_patterns() -> None:
    catalog = load_practices(Path(resource_path("practices")))
    assert catalog.get("box-breathing").pattern == BOX  # type: ignore[union-attr]
    assert catalog.get("breath-478").pattern == FOUR_SEVEN_EIGHT  # type: ignore[union-attr]
    assert catalog.get("physiological-sigh").pattern == PHYSIOLOGICAL_SIGH  # type: ignore[union-attr]
    resonance = catalog.get("resonance-breathing").pattern  # type: ignore[union-attr]
    assert resonance is not None
    assert resonance.breaths_per_minute == pytest.approx(5.5, abs=1e-4)
