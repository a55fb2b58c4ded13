"""Helpers for practice-log tests."""

from __future__ import annotations

from app.core.clock import FakeClock
from app.core.records import SessionEnd, SessionStart

from app.storage.log import PracticeLog


def practise(lg: PracticeLog, clock: FakeClock, minutes: float = 10, practice: str = "open-timer",
             completed: bool = True) -> int:
    """A whole session through the SessionSink, clock moving as it would."""
    sid = lg.session_started(SessionStart(practice, practice.title(), "timer",
                                          int(minutes * 60), clock.now(), clock.local_zone()))
    clock.advance(minutes * 60)
    lg.session_finished(sid, SessionEnd(minutes * 60, completed))
    return sid
