"""The bells of a real session really sound, and on time (PulseAudio null sink + parec).

A 30-second session with a starting bell, interval bells at 10 and 20 s and a
triple closing bell at 30 s plays through the real SoundPlayer in a subprocess;
the sink's monitor is recorded, and every bell's onset in the recording must
lie within 30 ms of its planned moment on the monotonic clock (this includes
the output latency of the audio stack). Takes about 35 s of real time.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sound_pulse import dropouts_ms, onsets_near, play_loop, play_session, pulse_missing_reason

OFFSETS = [0.0, 10.0, 20.0, 30.0]


@pytest.mark.end2end
@pytest.mark.audio
def test_session_bells_sound_within_30_ms_of_plan(tmp_path: Path) -> None:
    reason = pulse_missing_reason()
    if reason:
        pytest.skip(reason)
    result = play_session(tmp_path, "singing-bowl", OFFSETS)
    errors = result.errors_ms()
    report = ", ".join("silent" if e is None else f"{e:+.1f} ms" for e in errors)
    assert len(errors) == len(OFFSETS)
    assert None not in errors, f"a bell was not heard: {report}"
    assert max(abs(e) for e in errors if e is not None) <= 30.0, report


@pytest.mark.end2end
@pytest.mark.audio
def test_ambient_loop_plays_on_without_a_gap(tmp_path: Path) -> None:
    """A 2-s brown-noise loop heard for 4.5 s (two loop points): never a silent millisecond."""
    reason = pulse_missing_reason()
    if reason:
        pytest.skip(reason)
    recording, start, quit_at = play_loop(tmp_path, "brown-noise", loop_s=2.0, play_s=4.6)
    onset = onsets_near(recording, [start], before_s=0.0, after_s=0.3)[0]
    assert onset is not None, "the loop never started"
    assert quit_at - onset > 4.2  # both loop points (2 s and 4 s after the onset) are heard
    gaps = dropouts_ms(recording, onset + 0.02, quit_at - 0.15)
    assert gaps == [], f"silent milliseconds at {gaps[:10]} ms after the start"
