"""Practice -> log contract: what a practice tells the log about one session.

The practice page builds a :class:`SessionStart` when a session begins and a
:class:`SessionEnd` when it ends, and hands both to a :class:`SessionSink`
(``services.log``). The sink writes a row at the start, checkpoints progress
every ~15 s and finishes the row at the end, so a crash leaves a recoverable
partial row.

Plain Python, no Qt.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Protocol, runtime_checkable

KINDS = ("timer", "pacer", "guided", "recording", "manual")
SOURCES = ("app", "manual", "import", "kiosk")


@dataclass(frozen=True)
class SessionStart:
    """The start of one practice session."""

    practice_id: str
    practice_title: str
    kind: str  # "timer" | "pacer" | "guided" | "recording" | "manual"
    planned_s: int | None  # None = open-ended
    started_at: datetime  # aware, UTC
    time_zone: str  # IANA name at start
    source: str = "app"  # "app" | "manual" | "import" | "kiosk"


@dataclass(frozen=True)
class SessionEnd:
    """How a session ended."""

    practised_s: float  # monotonic, pauses excluded
    completed: bool
    mood_before: int | None = None  # 1-5
    mood_after: int | None = None  # 1-5
    note: str = ""


@runtime_checkable
class SessionSink(Protocol):
    """Receives sessions from the practice page (``services.log``)."""

    def session_started(self, start: SessionStart) -> int:
        """Write the row now; return the session id."""
        ...

    def session_progress(self, session_id: int, practised_s: float) -> None:
        """Periodic checkpoint (every ~15 s) of the practised seconds."""
        ...

    def session_finished(self, session_id: int, end: SessionEnd) -> None:
        """Finish the row (durable commit)."""
        ...


class NullSink:
    """A sink that records nothing (kiosk mode, tests). Ids count up from 1."""

    def __init__(self) -> None:
        self._next = 0
        self.finished = 0

    def session_started(self, start: SessionStart) -> int:
        self._next += 1
        return self._next

    def session_progress(self, session_id: int, practised_s: float) -> None:
        return None

    def session_finished(self, session_id: int, end: SessionEnd) -> None:
        self.finished += 1
