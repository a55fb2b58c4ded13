"""A sleep practice's background sound: it starts with the practice, fades slowly to silence
over the practice's last minutes, and does not come back after a pause in that fade."""

from __future__ import annotations

from typing import Any

from app.core.clock import FakeClock
from app.core.plan import build_plan, options_from_dict, with_practice_defaults
from app.core.practice_run import PracticeRun
from app.core.practices import parse_definition
from app.core.records import NullSink
from app.core.sound_port import RingBell, SoundCue, StartAmbient, StopAmbient

SLEEP: dict[str, Any] = {
    "id": "sleep", "kind": "guided", "title": "Sleep", "summary": "Wind down.", "minutes": 10,
    "readings": ["neuroplasticity-basics"], "fade_out_s": 120,
    "defaults": {"start_bell": False, "end_bell": False, "ambient": "rain"},
    "cues": [{"at": "00:00", "text": "Settle in."}],
}


def sounds_for(run: PracticeRun, clock: FakeClock, seconds: float) -> list[SoundCue]:
    """Let time pass, polling every second as the adapter's heartbeat does."""
    cues: list[SoundCue] = []
    for _ in range(int(seconds)):
        clock.advance(1.0)
        cues.extend(run.poll().sounds)
    return cues


def test_the_sound_fades_over_the_last_two_minutes_and_stays_quiet() -> None:
    definition = parse_definition(SLEEP, "sleep")
    options, _ = options_from_dict({"preparation_s": 0, "voice": False})
    plan = build_plan(definition, with_practice_defaults(options, definition))
    clock = FakeClock()
    run = PracticeRun.for_client(plan, clock, NullSink())
    cues = list(run.start().sounds) + sounds_for(run, clock, 8 * 60 + 30)
    assert cues[0] == StartAmbient("rain", 5.0)
    assert StopAmbient(120.0) in cues  # the whole fade, not a quick stop
    assert not [c for c in cues if isinstance(c, RingBell)]
    assert StartAmbient("rain", 2.0) not in run.toggle_pause().sounds
    assert not [c for c in run.toggle_pause().sounds if isinstance(c, StartAmbient)]
