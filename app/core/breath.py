"""Breath patterns as data, and where in the pattern a given moment falls.

A pattern is a cycle of phases (inhale, hold, exhale, rest). Each phase moves the breathing
shape from the level the previous phase ended at to its own `level` (0 = empty, 1 = full), so
the physiological sigh is two inhales (to 0.8, then a top-up to 1.0) and one long exhale.
Everything is computed from the elapsed seconds: no ticks are counted.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

PHASE_KINDS = ("inhale", "hold", "exhale", "rest")
MAX_PHASE_S = 60.0

#: Words shown for each phase kind (the UI may translate them).
PHASE_WORDS = {
    "inhale": "Breathe in",
    "hold": "Hold",
    "exhale": "Breathe out",
    "rest": "Rest",
}


@dataclass(frozen=True)
class Phase:
    kind: str  # one of PHASE_KINDS
    seconds: float
    level: float  # shape level at the end of the phase, 0..1
    label: str = ""  # optional words instead of PHASE_WORDS[kind], e.g. "Top up"

    @property
    def words(self) -> str:
        return self.label or PHASE_WORDS[self.kind]


def default_level(kind: str) -> float:
    return 1.0 if kind in ("inhale", "hold") else 0.0


@dataclass(frozen=True)
class BreathPattern:
    phases: tuple[Phase, ...]

    def __post_init__(self) -> None:
        if not self.phases:
            raise ValueError("a breath pattern needs at least one phase")
        for phase in self.phases:
            if phase.kind not in PHASE_KINDS:
                raise ValueError(f"unknown phase kind {phase.kind!r}")
            if not (0 < phase.seconds <= MAX_PHASE_S):
                raise ValueError(f"a phase lasts more than 0 and at most {MAX_PHASE_S:g} s")
            if not (0.0 <= phase.level <= 1.0):
                raise ValueError("a phase level is between 0 and 1")

    @property
    def cycle_s(self) -> float:
        return sum(p.seconds for p in self.phases)

    @property
    def breaths_per_minute(self) -> float:
        return 60.0 / self.cycle_s

    def boundaries(self) -> tuple[float, ...]:
        """Start offset of each phase within one cycle."""
        out, t = [], 0.0
        for phase in self.phases:
            out.append(t)
            t += phase.seconds
        return tuple(out)

    def state_at(self, elapsed: float) -> BreathState:
        """Where the pattern is `elapsed` seconds after the first inhale began."""
        elapsed = max(0.0, elapsed)
        cycle = self.cycle_s
        breath = int(elapsed // cycle)
        within = elapsed - breath * cycle
        # Float guard: a value a hair below a whole cycle belongs to the next breath.
        if cycle - within < 1e-9:
            breath, within = breath + 1, 0.0
        start = 0.0
        for index, phase in enumerate(self.phases):
            end = start + phase.seconds
            if within < end - 1e-9 or index == len(self.phases) - 1:
                into = max(0.0, within - start)
                before = self.phases[index - 1].level if index else self.phases[-1].level
                fraction = min(1.0, into / phase.seconds)
                level = before + (phase.level - before) * _ease(fraction)
                return BreathState(
                    breath=breath,
                    index=index,
                    phase=phase,
                    into=into,
                    remaining=max(0.0, phase.seconds - into),
                    level=level,
                    # 1, 2, 3...; a phase of 5.45 s counts to 5 (no flash of a 6).
                    count=min(int(into) + 1, max(1, round(phase.seconds))),
                )
            start = end
        raise AssertionError("unreachable")  # pragma: no cover

    def next_boundary_after(self, elapsed: float) -> float:
        """The first phase boundary strictly after `elapsed` (seconds since the first inhale)."""
        elapsed = max(0.0, elapsed)
        cycle = self.cycle_s
        base = math.floor(elapsed / cycle) * cycle
        for _ in range(3):
            for offset in (*self.boundaries(), cycle):
                candidate = base + offset
                if candidate > elapsed + 1e-9:
                    return candidate
            base += cycle
        raise AssertionError("unreachable")  # pragma: no cover


@dataclass(frozen=True)
class BreathState:
    breath: int  # completed breaths before this one (0 during the first)
    index: int  # phase index within the cycle
    phase: Phase
    into: float  # seconds into the phase
    remaining: float  # seconds left in the phase
    level: float  # shape level now, 0..1 (eased)
    count: int  # 1, 2, 3... the whole second of the phase we are in


def _ease(x: float) -> float:
    """A gentle sine ease so the shape starts and settles softly."""
    return 0.5 - 0.5 * math.cos(math.pi * x)


def simple_pattern(
    inhale: float, hold_in: float = 0.0, exhale: float = 0.0, hold_out: float = 0.0
) -> BreathPattern:
    """inhale / hold / exhale / hold, leaving out holds of zero seconds."""
    phases = [Phase("inhale", inhale, 1.0)]
    if hold_in > 0:
        phases.append(Phase("hold", hold_in, 1.0))
    phases.append(Phase("exhale", exhale, 0.0))
    if hold_out > 0:
        phases.append(Phase("rest", hold_out, 0.0, "Hold"))
    return BreathPattern(tuple(phases))


BOX = simple_pattern(4, 4, 4, 4)
FOUR_SEVEN_EIGHT = simple_pattern(4, 7, 8, 0)
RESONANCE = simple_pattern(60 / 11, 0, 60 / 11, 0)  # 5.5 breaths per minute
PHYSIOLOGICAL_SIGH = BreathPattern(
    (
        Phase("inhale", 3.0, 0.8),
        Phase("inhale", 1.0, 1.0, "Breathe in a little more"),
        Phase("exhale", 6.0, 0.0, "Long breath out"),
    )
)
