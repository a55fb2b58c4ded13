"""Ambient soundscapes as seamless loops, synthesised from seeded noise.

Each loop is rendered ``loop_s + crossfade_s`` long; the extra tail is
crossfaded (equal power, which keeps the loudness of uncorrelated noise flat)
into the loop's first ``crossfade_s`` seconds, so the last sample of the loop
flows straight into the first. Slow envelopes (ocean swell, wind gusts) are
periodic in ``loop_s``, so they line up across the seam as well. Raindrops are
placed on a circle of ``loop_s`` seconds after the crossfade.

The noise comes from ``random.Random(seed).randbytes`` (C speed) and is shaped
with one-pole filters in plain Python: numpy is deliberately not a dependency.
"""

from __future__ import annotations

import itertools
import math
import operator
import random
from array import array
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass

from app.sound._pydub import AudioSegment

SAMPLE_RATE = 44_100
TARGET_RMS_DBFS = -24.0
MAX_PEAK_DBFS = -1.5


@dataclass(frozen=True)
class AmbientSpec:
    ambient_id: str
    loop_s: float
    crossfade_s: float
    seed: int
    version: int = 3

    def key_params(self) -> dict[str, object]:
        return asdict(self)


AMBIENTS: dict[str, AmbientSpec] = {
    "rain": AmbientSpec("rain", 24.0, 3.0, seed=11),
    "ocean": AmbientSpec("ocean", 24.0, 3.0, seed=23),
    "brown-noise": AmbientSpec("brown-noise", 24.0, 3.0, seed=37),
    "forest-wind": AmbientSpec("forest-wind", 24.0, 3.0, seed=41),
}


#: C-level loops (map, sum, accumulate) run over at most this many samples at a
#: time: each call holds the interpreter lock, and short calls let the GUI thread
#: in between (a render on a worker thread never freezes the window).
BLOCK = 1 << 14


def cmap(function: Callable[..., float], *arrays: Sequence[float]) -> array:
    """array('d', map(function, *arrays)), computed block by block."""
    out = array("d")
    for a in range(0, len(arrays[0]), BLOCK):
        out.extend(map(function, *(x[a:a + BLOCK] for x in arrays)))
    return out


def _white(rng: random.Random, n: int) -> array:
    """n samples of white noise as floats in [-1, 1)."""
    raw = array("h")
    raw.frombytes(rng.randbytes(2 * n))
    return cmap((1.0 / 32768.0).__mul__, raw)


def _pole(cutoff_hz: float, rate: int) -> float:
    """Coefficient a of y += a * (x - y) for a one-pole low-pass at cutoff_hz."""
    return 1.0 - math.exp(-2.0 * math.pi * cutoff_hz / rate)


def _lowpass(x: array, cutoff_hz: float, rate: int) -> array:
    a = _pole(cutoff_hz, rate)
    y = 0.0
    out = array("d", bytes(8 * len(x)))
    for i, v in enumerate(x):
        y += a * (v - y)
        out[i] = y
    return out


def _highpass(x: array, cutoff_hz: float, rate: int) -> array:
    low = _lowpass(x, cutoff_hz, rate)
    return cmap(float.__sub__, x, low)


def _periodic(n: int, loop_n: int, harmonics: tuple[tuple[int, float, float], ...]) -> array:
    """A slow envelope in [0, 1], periodic in loop_n samples.

    harmonics: (cycles per loop, weight, phase) triples. Computed every 64th
    sample and interpolated linearly (the envelope is far slower than that).
    """
    total = sum(abs(w) for _, w, _ in harmonics) or 1.0
    two_pi = 2.0 * math.pi
    step = 64
    points = [
        0.5 + 0.5 * sum(w * math.sin(two_pi * c * i / loop_n + ph) for c, w, ph in harmonics)
        / total
        for i in range(0, n + 2 * step, step)
    ]
    env = array("d", bytes(8 * n))
    for k, (a, b) in enumerate(itertools.pairwise(points)):
        base = k * step
        if base >= n:
            break
        slope = (b - a) / step
        for j in range(min(step, n - base)):
            env[base + j] = a + slope * j
    return env


def _rain(spec: AmbientSpec, rng: random.Random, n: int, loop_n: int, rate: int) -> array:
    hiss = _highpass(_lowpass(_white(rng, n), 5000.0, rate), 400.0, rate)
    patter = _lowpass(_white(rng, n), 900.0, rate)
    return array("d", [0.6 * h + 0.5 * p for h, p in zip(hiss, patter, strict=True)])


def _rain_drops(loop: array, rng: random.Random, rate: int) -> None:
    """Add raindrops (short, quickly decaying blips) on a circle of len(loop)."""
    n = len(loop)
    count = int(n / rate * 45)
    for _ in range(count):
        start = rng.randrange(n)
        freq = rng.uniform(1800.0, 5200.0)
        amp = 0.5 * rng.random() ** 3
        decay = rng.uniform(0.002, 0.006) * rate
        length = int(decay * 6)
        w = 2.0 * math.pi * freq / rate
        for j in range(length):
            env = (j / 20.0 if j < 20 else 1.0) * math.exp(-j / decay)
            loop[(start + j) % n] += amp * env * math.sin(w * j)


def _ocean(spec: AmbientSpec, rng: random.Random, n: int, loop_n: int, rate: int) -> array:
    body = _lowpass(_lowpass(_white(rng, n), 420.0, rate), 420.0, rate)
    wash = _highpass(_lowpass(_white(rng, n), 6000.0, rate), 1500.0, rate)
    swell = _periodic(n, loop_n, ((3, 1.0, 0.0), (6, 0.35, 1.3), (2, 0.25, 0.4)))
    crest = _periodic(n, loop_n, ((3, 1.0, -0.9), (6, 0.4, 0.4)))
    out = array("d", bytes(8 * n))
    for i in range(n):
        s = swell[i]
        c = crest[i]
        out[i] = 2.2 * body[i] * (0.3 + 0.7 * s) + 0.45 * wash[i] * c * c * c
    return out


def _brown(spec: AmbientSpec, rng: random.Random, n: int, loop_n: int, rate: int) -> array:
    # A leaky integrator: -6 dB per octave above ~60 Hz, soft top end.
    brown = _lowpass(_white(rng, n), 60.0, rate)
    return _highpass(_lowpass(brown, 3000.0, rate), 25.0, rate)


def _wind(spec: AmbientSpec, rng: random.Random, n: int, loop_n: int, rate: int) -> array:
    gust = _periodic(n, loop_n, ((2, 1.0, 0.3), (3, 0.6, 2.0), (5, 0.35, 4.1), (8, 0.2, 0.7)))
    white = _white(rng, n)
    leaves_src = _highpass(_white(rng, n), 2500.0, rate)
    flutter = _lowpass(_lowpass(_white(rng, n), 6.0, rate), 6.0, rate)
    out = array("d", bytes(8 * n))
    y1 = y2 = 0.0
    for i in range(n):
        g = gust[i]
        # The gust opens the filter: a whistle-free rise in brightness.
        a = 0.030 + 0.060 * g
        y1 += a * (white[i] - y1)
        y2 += a * (y1 - y2)
        leaves = leaves_src[i] * g * g * (0.6 + 20.0 * abs(flutter[i]))
        out[i] = y2 * (0.35 + 0.65 * g) * 4.0 + 0.12 * leaves
    return out


_MAKERS = {"rain": _rain, "ocean": _ocean, "brown-noise": _brown, "forest-wind": _wind}


def crossfade_loop(signal: array, loop_n: int) -> array:
    """Fold the tail past loop_n onto the start with an equal-power crossfade."""
    xf = len(signal) - loop_n
    out = array("d", signal[:loop_n])
    half_pi = math.pi / 2.0
    for i in range(xf):
        t = (i + 0.5) / xf
        out[i] = signal[i] * math.sin(half_pi * t) + signal[loop_n + i] * math.cos(half_pi * t)
    return out


def _rotate_to_steady_point(loop: array, rate: int) -> array:
    """Rotate the circular loop so that its seam sits where the sound is steady.

    Every point of a crossfaded loop joins seamlessly, so where the file starts
    is free. We put it where the 50 ms around the seam are as loud as the
    second on either side (loop editors pick steady loop points the same way),
    so a player that restarts the file does so in a calm, average moment.
    """
    n = len(loop)
    squares = cmap(operator.mul, loop, loop)
    squares.extend(squares)
    prefix = array("d", [0.0])
    for a in range(0, len(squares), BLOCK):
        running = itertools.accumulate(squares[a:a + BLOCK], initial=prefix[-1])
        next(running)  # the initial value is already the last entry
        prefix.extend(running)
    half, around = int(0.025 * rate), int(0.5 * rate)

    def level(a: int, b: int) -> float:  # mean square of circular [a, b), a >= 0
        return (prefix[b] - prefix[a]) / (b - a) + 1e-12

    best, best_delta = 0, float("inf")
    for p in range(around + half, n + around + half, int(0.01 * rate)):  # indices stay >= 0
        seam = level(p - half, p + half)
        sides = (level(p - half - around, p - half) + level(p + half, p + half + around)) / 2
        delta = abs(10.0 * math.log10(seam / sides))
        if delta < best_delta:
            best, best_delta = p, delta
    best %= n
    return array("d", loop[best:]) + array("d", loop[:best])


def render_ambient(ambient_id: str, rate: int = SAMPLE_RATE) -> AudioSegment:
    """The seamless loop ``ambient_id`` as mono 16-bit PCM at ``rate`` Hz."""
    spec = AMBIENTS[ambient_id]
    rng = random.Random(spec.seed)
    loop_n = int(spec.loop_s * rate)
    n = loop_n + int(spec.crossfade_s * rate)
    loop = crossfade_loop(_MAKERS[ambient_id](spec, rng, n, loop_n, rate), loop_n)
    if ambient_id == "rain":
        _rain_drops(loop, rng, rate)
    loop = _rotate_to_steady_point(loop, rate)
    blocks = [loop[a:a + BLOCK] for a in range(0, len(loop), BLOCK)]
    rms = math.sqrt(sum(sum(map(operator.mul, b, b)) for b in blocks) / len(loop)) or 1.0
    peak = max(max(map(abs, b)) for b in blocks) or 1.0
    gain = min(10 ** (TARGET_RMS_DBFS / 20.0) / rms, 10 ** (MAX_PEAK_DBFS / 20.0) / peak)
    pcm = array("h")
    for b in blocks:
        pcm.extend(map(round, map((32767.0 * gain).__mul__, b)))
    return AudioSegment(pcm.tobytes(), sample_width=2, frame_rate=rate, channels=1)
