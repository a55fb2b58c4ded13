"""Volume arithmetic shared by the facade and the silent player (no Qt)."""

from __future__ import annotations

#: Slider 100 is 0 dB, slider 1 is about -30 dB, 0 is silence: equal slider steps
#: sound like equal loudness steps.
RANGE_DB = 30.0
#: How far the ambient bed dips under speech (about -10 dB).
DUCK_LEVEL = 0.3


def slider_to_gain(value: int | float) -> float:
    """A 0-100 slider position as a linear gain 0.0-1.0."""
    v = max(0.0, min(100.0, float(value)))
    if v <= 0.0:
        return 0.0
    return float(10 ** ((v / 100.0 - 1.0) * RANGE_DB / 20.0))
