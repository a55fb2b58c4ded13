"""A sleep practice's background sound: it starts with the practice, fades slowly to silence
over the practice's last minutes, and does not come back after a pause in that fade."""

from __future__ import annotations

from typing import Any

from app.core.clock import FakeClock
from app.core.plan import build_plan, options_from_dict, with_practice_defaults
from app.core.practices import parse_definition
from app.core.session import Session
from app.ui.practice.sound_port import SessionSound
from tests.unit.core.practice_helpers import drive, start

SLEEP: dict[str, Any] = {
    "id": "sleep", "kind": "guided", "title": "Sleep", "summary": "Wind down.", "minutes": 10,
    "readings": ["neuroplasticity-basics"], "fade_out_s": 120,
    "defaults": {"start_bell": False, "end_bell": False, "ambient": "rain"},
    "cues": [{"at": "00:00", "text": "Settle in."}],
}


class Calls:
    """A sound player that only writes down what it was asked to do."""

    def __init__(self) -> None:
        self.calls: list[tuple[Any, ...]] = []

    def __getattr__(self, name: str) -> Any:
        return lambda *args: self.calls.append((name, *args))


def run(clock: FakeClock, session: Session, sound: SessionSound, seconds: float) -> None:
    for seen in drive(session, clock, seconds):
        sound.events([seen.event])


def test_the_sound_fades_over_the_last_two_minutes_and_stays_quiet() -> None:
    definition = parse_definition(SLEEP, "sleep")
    options, _ = options_from_dict({"preparation_s": 0, "voice": False})
    plan = build_plan(definition, with_practice_defaults(options, definition))
    clock, player = FakeClock(), Calls()
    session, sound = Session(plan, clock), SessionSound(player, plan)
    sound.events([s.event for s in start(session, clock)])
    run(clock, session, sound, 8 * 60 + 30)
    assert player.calls[0] == ("start_ambient", "rain", 5.0)
    assert ("stop_ambient", 120.0) in player.calls  # the whole fade, not a quick stop
    assert not [c for c in player.calls if c[0] == "play_bell"]
    session.pause()
    sound.paused()
    session.resume()
    sound.resumed()
    assert [c for c in player.calls if c[0] == "start_ambient"] == [("start_ambient", "rain",
                                                                       5.0)]
