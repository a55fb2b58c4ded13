"""Bell synthesis with pydub: additive inharmonic partials, exponential decays, soft attack.

Each bell is a sum of sine partials at inharmonic ratios of a fundamental,
each with its own exponential decay (higher partials die away sooner, as on a
real bowl or chime). A raised-cosine attack of a few milliseconds takes the
edge off the strike, and a cosine fade over the tail brings the last
milliseconds to silence, so the bell never clicks. The first partials of the
bowl and the gong are doublets a fraction of a hertz apart: the slow beating
("wah") of real struck metal. Multiple strikes are overlaid with pydub and the
result is normalised to a peak of -3 dBFS (the quality bar is <= -1 dBFS).
"""

from __future__ import annotations

import cmath
import itertools
import math
import operator
from array import array
from dataclasses import asdict, dataclass

from app.sound._pydub import AudioSegment

SAMPLE_RATE = 44_100
PEAK_DBFS = -3.0
_SINGLE_DBFS = -10.0  # single strikes are made quieter so overlays never clip
_IMAG = operator.attrgetter("imag")
BLOCK = 1 << 14  # C loops over at most this many samples at a time (see ambient.BLOCK)


@dataclass(frozen=True)
class Partial:
    ratio: float  # frequency as a multiple of the fundamental
    amplitude: float  # relative amplitude at the strike
    decay_s: float  # time constant of the exponential decay
    beat_hz: float = 0.0  # >0: a doublet, a second component this far above


@dataclass(frozen=True)
class BellSpec:
    bell_id: str
    fundamental_hz: float
    partials: tuple[Partial, ...]
    attack_ms: float
    length_s: float
    tail_fade_s: float
    strike_gap_s: float  # time between strikes of a double or triple bell

    def key_params(self) -> dict[str, object]:
        """Everything that changes the sound: the render cache key."""
        return asdict(self)


BELLS: dict[str, BellSpec] = {
    "singing-bowl": BellSpec(
        "singing-bowl", 196.0,
        (
            Partial(1.0, 1.0, 2.4, 0.7),
            Partial(2.77, 0.55, 1.8, 1.1),
            Partial(5.18, 0.25, 1.1),
            Partial(8.35, 0.12, 0.7),
            Partial(12.2, 0.05, 0.45),
        ),
        attack_ms=8.0, length_s=10.0, tail_fade_s=2.0, strike_gap_s=3.0,
    ),
    "bright-chime": BellSpec(
        "bright-chime", 784.0,
        (
            Partial(1.0, 1.0, 1.4),
            Partial(2.756, 0.42, 0.8),
            Partial(5.404, 0.18, 0.4),
            Partial(8.933, 0.07, 0.2),
        ),
        attack_ms=5.0, length_s=6.0, tail_fade_s=1.5, strike_gap_s=1.4,
    ),
    "low-gong": BellSpec(
        "low-gong", 98.0,
        (
            Partial(1.0, 1.0, 2.8, 0.45),
            Partial(1.48, 0.7, 2.4),
            Partial(2.03, 0.55, 2.1, 0.8),
            Partial(2.51, 0.4, 1.7),
            Partial(3.07, 0.3, 1.4),
            Partial(3.84, 0.2, 1.0),
            Partial(4.69, 0.12, 0.7),
        ),
        attack_ms=14.0, length_s=12.0, tail_fade_s=2.5, strike_gap_s=3.5,
    ),
    "wood-block": BellSpec(
        "wood-block", 620.0,
        (
            Partial(1.0, 1.0, 0.07),
            Partial(1.72, 0.35, 0.04),
            Partial(2.93, 0.15, 0.025),
        ),
        attack_ms=4.0, length_s=0.6, tail_fade_s=0.2, strike_gap_s=0.35,
    ),
}


def _strike_samples(spec: BellSpec, rate: int) -> list[float]:
    """One strike as floats in [-1, 1] (peak 1.0), with attack and tail fade."""
    n = int(spec.length_s * rate)
    acc = [0.0] * n
    for p in spec.partials:
        components = [(p.ratio * spec.fundamental_hz, p.amplitude)]
        if p.beat_hz > 0:
            components = [
                (p.ratio * spec.fundamental_hz, p.amplitude * 0.6),
                (p.ratio * spec.fundamental_hz + p.beat_hz, p.amplitude * 0.4),
            ]
        # Stop computing a partial once it is 80 dB down: saves most of the work.
        m = min(n, int(p.decay_s * rate * 9.3))
        k = 1.0 / (p.decay_s * rate)
        for freq, amp in components:
            if freq >= rate / 2:
                continue
            # amp * exp(-k i) * sin(w i) is the imaginary part of amp * z**i with
            # z = exp(-k + i w): a running product, computed in C by accumulate.
            z = cmath.exp(complex(-k, 2.0 * math.pi * freq / rate))
            # In blocks, so that a render on a worker thread lets the GUI thread in.
            start = complex(amp, 0.0)
            for a in range(0, m, BLOCK):
                b = min(m, a + BLOCK)
                powers = list(itertools.accumulate(itertools.repeat(z, b - a - 1),
                                                   operator.mul, initial=start))
                acc[a:b] = map(float.__add__, acc[a:b], map(_IMAG, powers))
                start = powers[-1] * z
    peak = max(max(map(abs, acc[a:a + BLOCK])) for a in range(0, n, BLOCK)) or 1.0
    scale = 1.0 / peak
    attack = max(2, int(spec.attack_ms / 1000.0 * rate))
    for i in range(min(attack, n)):
        acc[i] *= 0.5 - 0.5 * math.cos(math.pi * i / attack)
    fade = max(2, int(spec.tail_fade_s * rate))
    start = n - fade
    for i in range(fade):
        acc[start + i] *= 0.5 + 0.5 * math.cos(math.pi * (i + 1) / fade)
    return [x * scale for x in acc]


def _to_segment(samples: list[float], dbfs: float, rate: int) -> AudioSegment:
    gain = 32767.0 * 10 ** (dbfs / 20.0)
    pcm = array("h", [round(x * gain) for x in samples])
    return AudioSegment(pcm.tobytes(), sample_width=2, frame_rate=rate, channels=1)


def render_strike(spec: BellSpec, rate: int = SAMPLE_RATE) -> AudioSegment:
    """A single strike at -10 dBFS peak (overlay headroom), no normalisation."""
    return _to_segment(_strike_samples(spec, rate), _SINGLE_DBFS, rate)


def render_bell(bell_id: str, strikes: int = 1, rate: int = SAMPLE_RATE) -> AudioSegment:
    """The bell ``bell_id`` struck ``strikes`` times (1-3), peak -3 dBFS."""
    spec = BELLS[bell_id]
    if not 1 <= strikes <= 3:
        raise ValueError(f"strikes must be 1, 2 or 3, not {strikes}")
    return strikes_from(render_strike(spec, rate), strikes, spec.strike_gap_s)


def strikes_from(single: AudioSegment, strikes: int, gap_s: float) -> AudioSegment:
    """Overlay ``strikes`` copies of ``single`` ``gap_s`` apart; normalise the peak."""
    gap_ms = int(gap_s * 1000)
    total = AudioSegment.silent(
        duration=len(single) + gap_ms * (strikes - 1), frame_rate=single.frame_rate
    ).set_channels(single.channels).set_sample_width(single.sample_width)
    for s in range(strikes):
        # Later strikes a little softer, as a hand strikes a ringing bowl.
        total = total.overlay(single.apply_gain(-1.0 * s), position=s * gap_ms)
    return total.apply_gain(PEAK_DBFS - total.max_dBFS)


#: The soft tick a breath pacer plays at each phase change: a tiny, muted
#: wooden "tok", far quieter than a bell (the cache renders it 9 dB down).
CUE = BellSpec(
    "cue", 1320.0,
    (
        Partial(1.0, 1.0, 0.025),
        Partial(2.3, 0.25, 0.012),
    ),
    attack_ms=4.0, length_s=0.15, tail_fade_s=0.05, strike_gap_s=0.0,
)
