"""Hands one session to the practice log (a SessionSink, app/core/records.py).

`session_started` when the session really begins (after the preparation), a checkpoint of
the practised seconds on every `checkpoint` event (every 15 s) and at pauses, and
`session_finished` once at the end. A sink that fails (disk full, read-only folder) never stops
the practice: the failure is logged and reported once as a Notice.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable

from app.core.notices import Level, Notice
from app.core.records import SessionEnd, SessionSink, SessionStart
from app.core.session import Event, Session

log = logging.getLogger(__name__)


class SessionRecorder:
    def __init__(
        self,
        sink: SessionSink,
        session: Session,
        source: str = "app",
        notify: Callable[[Notice], None] | None = None,
    ) -> None:
        self.sink = sink
        self.session = session
        self.source = source
        self.notify = notify
        self.session_id: int | None = None
        self.done = False
        self._failed = False

    def handle(self, events: Iterable[Event]) -> None:
        for event in events:
            if event.kind == "started":
                self._start()
            elif event.kind in ("checkpoint", "auto_paused"):
                self.checkpoint(event.at)

    def checkpoint(self, practised_s: float | None = None) -> None:
        """Save progress: `practised_s` (default: now) so a crash keeps the real duration."""
        if self.session_id is not None and not self.done:
            value = self.session.practised_s() if practised_s is None else practised_s
            self._call("save your progress", self.sink.session_progress,
                       self.session_id, round(value, 3))

    def finish(self, mood_before: int | None = None, mood_after: int | None = None,
               note: str = "") -> None:
        """Record the end once (call after the session finished or was stopped)."""
        if self.done:
            return
        self.done = True
        if self.session_id is None:
            return
        end = SessionEnd(
            practised_s=round(self.session.practised_s(), 3),
            completed=self.session.state.value == "finished",
            mood_before=mood_before, mood_after=mood_after, note=note,
        )
        self._call("finish the session in your log", self.sink.session_finished,
                   self.session_id, end)

    def _start(self) -> None:
        if self.session_id is not None:
            return
        s = self.session
        start = SessionStart(
            practice_id=s.plan.practice_id,
            practice_title=s.plan.title,
            kind=s.plan.log_kind,
            planned_s=None if s.plan.duration_s is None else round(s.plan.duration_s),
            started_at=s.started_at or s.clock.now(),
            time_zone=s.time_zone,
            source=self.source,
        )
        result = self._call("start the session in your log", self.sink.session_started, start)
        if isinstance(result, int):
            self.session_id = result

    def _call(self, what: str, func: Callable[..., object], *args: object) -> object:
        try:
            return func(*args)
        except Exception as exc:  # the log must never break a practice
            log.exception("practice log: could not %s", what)
            if not self._failed and self.notify is not None:
                self.notify(Notice(
                    Level.WARNING, "This session may not be in your log",
                    f"Rewire could not {what} ({exc}). Your practice goes on.",
                ))
            self._failed = True
            return None
