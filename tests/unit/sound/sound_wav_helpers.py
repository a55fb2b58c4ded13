"""Read the WAVs the sound tests check."""

from __future__ import annotations

import wave
from array import array
from pathlib import Path


def read_wav(path: Path) -> tuple[array, int, int]:
    """(samples, sample rate, channels) of a 16-bit WAV."""
    with wave.open(str(path), "rb") as w:
        assert w.getsampwidth() == 2
        samples = array("h")
        samples.frombytes(w.readframes(w.getnframes()))
        return samples, w.getframerate(), w.getnchannels()

