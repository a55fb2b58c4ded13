"""Drive a core Session with a FakeClock the way the Qt adapter does: poll exactly at each
scheduled event (the precise single-shot timer), and optionally on a heartbeat."""

from __future__ import annotations

from dataclasses import dataclass

from app.core.clock import FakeClock
from app.core.session import Event, Session


@dataclass(frozen=True)
class Seen:
    mono: float  # when the event was handled (monotonic)
    event: Event


def drive(session: Session, clock: FakeClock, seconds: float,
          heartbeat: float | None = None) -> list[Seen]:
    """Let `seconds` of real time pass; return every event with the moment it was handled."""
    end = clock.monotonic() + seconds
    seen: list[Seen] = []
    while True:
        now = clock.monotonic()
        target = end
        at = session.next_event_at()
        if at is not None:
            target = min(target, max(at, now))
        if heartbeat is not None:
            target = min(target, now + heartbeat)
        clock.advance(max(0.0, target - now))
        seen.extend(Seen(clock.monotonic(), e) for e in session.poll())
        if clock.monotonic() >= end - 1e-9:
            nxt = session.next_event_at()
            if nxt is None or nxt > clock.monotonic() + 1e-9:
                return seen


def kinds(seen: list[Seen], kind: str) -> list[Seen]:
    return [s for s in seen if s.event.kind == kind]


def start(session: Session, clock: FakeClock) -> list[Seen]:
    return [Seen(clock.monotonic(), e) for e in session.start()]
