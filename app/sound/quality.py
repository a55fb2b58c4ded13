"""Measurements a listener would notice: peak, clicks at the edges, loop seams, loudness.

Plain Python over 16-bit PCM (``array('h')``); used by the importer (loudness)
and by the tests (quality bar of issue 4).
"""

from __future__ import annotations

import math
from array import array
from collections.abc import Sequence

FULL_SCALE = 32768.0
SILENCE_DBFS = -120.0


def to_dbfs(linear: float) -> float:
    """A linear amplitude (1.0 = full scale) in dBFS; silence is -120."""
    return 20.0 * math.log10(linear) if linear > 1e-6 else SILENCE_DBFS


def samples_of(pcm: bytes) -> array:
    """16-bit little-endian PCM bytes as an array of ints."""
    a = array("h")
    a.frombytes(pcm[: len(pcm) - len(pcm) % 2])
    return a


def peak_dbfs(samples: Sequence[int]) -> float:
    if not samples:
        return SILENCE_DBFS
    return to_dbfs(max(abs(min(samples)), abs(max(samples))) / FULL_SCALE)


def rms_dbfs(samples: Sequence[int]) -> float:
    if not samples:
        return SILENCE_DBFS
    return to_dbfs(math.sqrt(math.fsum(float(s) * s for s in samples) / len(samples)) / FULL_SCALE)


def edge_peak_dbfs(samples: Sequence[int], rate: int, ms: float = 1.0) -> tuple[float, float]:
    """Peak level of the first and of the last ``ms`` milliseconds."""
    n = max(1, int(rate * ms / 1000.0))
    return peak_dbfs(samples[:n]), peak_dbfs(samples[-n:])


def seam_rms_delta_db(samples: Sequence[int], rate: int, window_ms: float = 50.0,
                      surround_ms: float = 500.0) -> float:
    """How much louder (+) or softer (-) the loop's seam is than its surroundings.

    The seam window is the last and first ``window_ms / 2`` of the loop played
    back to back; the surroundings are ``surround_ms`` on either side of it.
    """
    half = int(rate * window_ms / 2000.0)
    around = int(rate * surround_ms / 1000.0)
    seam = list(samples[-half:]) + list(samples[:half])
    before = samples[-(half + around):-half]
    after = samples[half:half + around]
    surround = list(before) + list(after)
    return rms_dbfs(seam) - rms_dbfs(surround)


def gated_loudness_dbfs(samples: Sequence[int], rate: int, channels: int = 1) -> float:
    """Loudness as gated RMS in dBFS, after the gating of ITU-R BS.1770.

    400 ms blocks with 75 % overlap; blocks below -70 dBFS are dropped, then
    blocks more than 10 dB below the mean of the rest. No K-weighting filter:
    for speech and bells the difference to LUFS is a near-constant offset, and
    every file is matched the same way.
    """
    frame = rate * channels
    block = int(0.4 * frame)
    hop = max(channels, block // 4 // channels * channels)
    if len(samples) < block:
        block = hop = len(samples)
    powers: list[float] = []
    for start in range(0, max(1, len(samples) - block + 1), hop):
        chunk = samples[start:start + block]
        if chunk:
            powers.append(math.fsum(float(s) * s for s in chunk) / len(chunk) / FULL_SCALE**2)
    absolute = [p for p in powers if p > 1e-7]  # -70 dBFS
    if not absolute:
        return SILENCE_DBFS
    mean = math.fsum(absolute) / len(absolute)
    relative = [p for p in absolute if p > mean * 0.1]  # within 10 dB of the mean
    return 10.0 * math.log10(math.fsum(relative) / len(relative))


def gated_loudness_pcm(pcm: bytes | bytearray, rate: int) -> float:
    """:func:`gated_loudness_dbfs` for mono 16-bit PCM bytes, computed in C (audioop).

    Fast enough for a 3-hour recording (a few seconds).
    """
    from app.sound._pydub import audioop

    block = int(0.4 * rate) * 2
    hop = block // 4 // 2 * 2
    if len(pcm) < block:
        block = hop = len(pcm) - len(pcm) % 2
    if block <= 0:
        return SILENCE_DBFS
    powers = []
    for start in range(0, len(pcm) - block + 1, hop):
        r = audioop.rms(pcm[start:start + block], 2) / FULL_SCALE
        powers.append(r * r)
    absolute = [p for p in powers if p > 1e-7]
    if not absolute:
        return SILENCE_DBFS
    mean = math.fsum(absolute) / len(absolute)
    relative = [p for p in absolute if p > mean * 0.1]
    return 10.0 * math.log10(math.fsum(relative) / len(relative))
