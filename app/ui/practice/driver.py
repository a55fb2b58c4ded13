"""The thin Qt adapter around a core Session: one precise single-shot QTimer for the next
event, a heartbeat (at most 250 ms apart, timed to just after the shown seconds change) for
the clock display and suspend detection, and a ~60 fps frame
timer for the breathing shape, which runs only while a session is running, visible and
animated. Nothing here counts ticks: every figure comes from the Session's deadlines.

Signals: events_happened(list[Event]) after each poll that found due events;
refreshed() whenever the display should repaint.
"""

from __future__ import annotations

import math
import sys
import time

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot

from app.core.session import Event, Session, State

HEARTBEAT_MS = 250  # at most; aligned to when the shown seconds change
# The event timer (whole milliseconds) wakes this much early; the last moment is slept out
# with a nanosecond sleep, so a bell is neither early nor a rounded millisecond late.
LEAD_S = 0.002
FRAME_MS = 16
# No heartbeat for this long while running: the machine slept. Only where the monotonic clock
# counts a suspend (Windows); elsewhere a suspend shows as wall time running ahead of the
# monotonic clock, which the session detects by itself, and a long gap is real time.
MAX_GAP_S: float | None = 10.0 if sys.platform.startswith("win") else None


class SessionDriver(QObject):
    events_happened = Signal(object)
    refreshed = Signal()

    def __init__(self, session: Session, parent: QObject | None = None,
                 max_gap_s: float | None = MAX_GAP_S) -> None:
        super().__init__(parent)
        self.session = session
        session.max_gap_s = max_gap_s
        self._animate = False
        self._event_timer = QTimer(self)
        self._event_timer.setSingleShot(True)
        self._event_timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._event_timer.timeout.connect(self._on_event_timer_timeout)
        self._heartbeat = QTimer(self)
        self._heartbeat.setSingleShot(True)
        self._heartbeat.setTimerType(Qt.TimerType.PreciseTimer)
        self._heartbeat.timeout.connect(self._on_heartbeat_timeout)
        self._frame = QTimer(self)
        self._frame.setInterval(FRAME_MS)
        self._frame.setTimerType(Qt.TimerType.PreciseTimer)
        self._frame.timeout.connect(self.refreshed)

    # -- commands the player forwards ----------------------------------------------------
    def start(self) -> None:
        self._handle(self.session.start())

    def begin_now(self) -> None:
        self._handle(self.session.begin_now())

    def toggle_pause(self) -> bool:
        changed = self.session.toggle_pause()
        self._handle([])
        return changed

    def stop(self) -> list[Event]:
        events = self.session.stop()
        self._handle(events)
        return events

    def check(self) -> None:
        """Poll the session now (the timers call this; tests call it after moving the clock)."""
        self._handle(self.session.poll())

    def set_animating(self, on: bool) -> None:
        """The breathing shape is on screen and may move (not in reduced-motion mode)."""
        self._animate = on
        self._update_timers()

    def is_idle(self) -> bool:
        return not (self._event_timer.isActive() or self._heartbeat.isActive()
                    or self._frame.isActive())

    def halt(self) -> None:
        """Stop every timer (the session object is left as it is)."""
        for timer in (self._event_timer, self._heartbeat, self._frame):
            timer.stop()

    # -- internals ---------------------------------------------------------------------------
    def _handle(self, events: list[Event]) -> None:
        self._update_timers()
        if events:
            self.events_happened.emit(events)
        self.refreshed.emit()

    def _update_timers(self) -> None:
        state = self.session.state
        at = self.session.next_event_at()
        if at is None:
            self._event_timer.stop()
        else:
            delay = at - self.session.clock.monotonic() - LEAD_S
            self._event_timer.start(max(0, math.ceil(delay * 1000)))
        live = state in (State.PREPARING, State.RUNNING)
        if live:
            self._heartbeat.start(self._next_beat_ms())
        else:
            self._heartbeat.stop()
        if self._animate and state is State.RUNNING:
            if not self._frame.isActive():
                self._frame.start()
        else:
            self._frame.stop()

    def _next_beat_ms(self) -> int:
        """Just after the shown seconds change (at most HEARTBEAT_MS away)."""
        session = self.session
        if session.state is State.PREPARING:
            left = (session.next_event_at() or 0.0) - session.clock.monotonic()
            to_change = left % 1.0
        else:
            to_change = 1.0 - session.practised_s() % 1.0
        return max(1, min(HEARTBEAT_MS, math.ceil(to_change * 1000) + 1))

    @Slot()
    def _on_event_timer_timeout(self) -> None:
        at = self.session.next_event_at()
        clock = self.session.clock
        if at is not None:
            early = at - clock.monotonic()
            if 0 < early <= LEAD_S + 0.002:
                time.sleep(early)  # nanosecond sleep; the scheduler favours a sleeper
        self.check()

    @Slot()
    def _on_heartbeat_timeout(self) -> None:
        self.check()
