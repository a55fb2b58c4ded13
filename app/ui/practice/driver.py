"""The one thin Qt adapter around a PracticeRun (app/core/practice_run.py), shared by the
desktop player and the kiosk player: both only render what it reports.

- `start()` gets the run's sounds ready (`sound.prepare(needs, on_ready)`, never waiting
  more than SOUND_WAIT_MS), then starts the run.
- One precise single-shot QTimer is armed at the run's next deadline; a heartbeat (at most
  250 ms apart, timed to just after the shown seconds change) keeps the clock display and
  the suspend detection going; a ~60 fps frame timer runs only while a breathing shape is
  on screen and moving. Nothing here counts ticks: every figure comes from the run.
- Every Step's sound cues are played here, through `play`, the one place a sound failure
  is caught: it is logged and the practice goes on.

Signals: waiting_for_sound() while the sounds are being readied; started() when the run
began (preparation or practice); events_happened(list[Event]) after each command or poll
that produced events; ended(SessionSummary) the moment the session finished or was stopped;
recorded(SessionSummary) once its end is in the log; refreshed() whenever the display
should repaint.
"""

from __future__ import annotations

import logging
import math
import sys
import time
from collections.abc import Iterable

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot

from app.core.practice_run import PracticeRun, Step
from app.core.session import State
from app.core.sound_port import SoundCue, SoundPort

log = logging.getLogger(__name__)

HEARTBEAT_MS = 250  # at most; aligned to when the shown seconds change
# The event timer (whole milliseconds) wakes this much early; the last moment is slept out
# with a nanosecond sleep, so a bell is neither early nor a rounded millisecond late.
LEAD_S = 0.002
FRAME_MS = 16
SOUND_WAIT_MS = 3000  # a session never waits longer than this for its sounds
# No heartbeat for this long while running: the machine slept. Only where the monotonic clock
# counts a suspend (Windows); elsewhere a suspend shows as wall time running ahead of the
# monotonic clock, which the session detects by itself, and a long gap is real time.
MAX_GAP_S: float | None = 10.0 if sys.platform.startswith("win") else None


def play(sound: SoundPort, cues: Iterable[SoundCue]) -> None:
    """Play each cue; a sound that fails is logged and never interrupts the practice."""
    for cue in cues:
        try:
            cue.apply(sound)
        except Exception:  # the one guard around sound: a practice goes on in silence
            log.exception("sound: %s failed", cue)


class RunDriver(QObject):
    waiting_for_sound = Signal()
    started = Signal()
    events_happened = Signal(object)
    ended = Signal(object)
    recorded = Signal(object)
    refreshed = Signal()

    def __init__(self, run: PracticeRun, sound: SoundPort, parent: QObject | None = None,
                 max_gap_s: float | None = MAX_GAP_S) -> None:
        super().__init__(parent)
        self.run = run
        self.sound = sound
        run.session.max_gap_s = max_gap_s
        self._clock = run.session.clock
        self._animate = False
        self._waiting = False
        self._halted = False
        self._told_recorded = False
        self._event_timer = self._timer(self._on_event_timer_timeout, single=True)
        self._heartbeat = self._timer(self._on_heartbeat_timeout, single=True)
        self._frame = self._timer(self.refreshed.emit, single=False)
        self._frame.setInterval(FRAME_MS)

    def _timer(self, slot: object, single: bool) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(single)
        timer.setTimerType(Qt.TimerType.PreciseTimer)
        timer.timeout.connect(slot)
        return timer

    # -- commands the players forward ---------------------------------------------------
    @property
    def waiting(self) -> bool:
        """start() was called and the sounds are being readied."""
        return self._waiting

    def start(self) -> None:
        """Get the sounds ready (never more than SOUND_WAIT_MS), then begin."""
        if self.run.state is not State.IDLE or self._waiting or self._halted:
            return
        needs = self.run.plan.sound_needs()
        ready = False
        try:
            ready = self.sound.is_ready(needs)
            if not ready:
                self.sound.prepare(needs, self._on_sound_ready)
        except Exception:  # a sound problem must not keep the practice from starting
            log.exception("sound: could not prepare %s", needs)
            ready = True
        if ready:
            self._go()
            return
        self._waiting = True
        self.waiting_for_sound.emit()
        QTimer.singleShot(SOUND_WAIT_MS, self, self._on_sound_ready)

    def begin_now(self) -> None:
        self._apply(self.run.begin_now())

    def toggle_pause(self) -> bool:
        """Pause or resume (during the preparation: begin now); True when paused/resumed."""
        step = self.run.toggle_pause()
        self._apply(step)
        return step.changed

    def count_breath(self) -> int:
        count = self.run.count_breath()
        self.refreshed.emit()
        return count

    def stop(self) -> None:
        self._apply(self.run.stop())

    def record(self, mood_after: int | None = None) -> None:
        """Finish the log row (after the mood question); once."""
        if not self.run.recorded:
            self.run.record(mood_after)
            self._tell_recorded()

    def check(self) -> None:
        """Poll the run now (the timers call this; tests call it after moving the clock)."""
        self._apply(self.run.poll())

    def set_animating(self, on: bool) -> None:
        """A breathing shape is on screen and may move (not in reduced-motion mode)."""
        self._animate = on
        self._update_timers()

    @property
    def animating(self) -> bool:
        """Frames of the breathing shape are being drawn."""
        return self._frame.isActive()

    def next_wake_ms(self) -> int | None:
        """Milliseconds until the timer armed at the run's next deadline fires (None when
        nothing is scheduled: paused, ended)."""
        return self._event_timer.remainingTime() if self._event_timer.isActive() else None

    def is_idle(self) -> bool:
        """No timer of this adapter is running."""
        return not (self._event_timer.isActive() or self._heartbeat.isActive()
                    or self._frame.isActive())

    def shutdown(self) -> None:
        """The app closes or the player goes: end and record the run, stop every timer."""
        step = self.run.shutdown()
        play(self.sound, step.sounds)
        self._halt()
        if step.events:
            self.events_happened.emit(list(step.events))
        self._tell_recorded()

    # -- internals ---------------------------------------------------------------------
    @Slot()
    def _on_sound_ready(self) -> None:
        if self._waiting and not self._halted:
            self._go()

    def _go(self) -> None:
        self._waiting = False
        self._apply(self.run.start())
        self.started.emit()

    def _apply(self, step: Step) -> None:
        play(self.sound, step.sounds)
        if step.ended:
            self._halt()
        else:
            self._update_timers()
        if step.events:
            self.events_happened.emit(list(step.events))
        if step.ended and self.run.summary is not None:
            self.ended.emit(self.run.summary)
            self._tell_recorded()
        self.refreshed.emit()

    def _tell_recorded(self) -> None:
        """`recorded` once, when the run's end is in the log."""
        if self.run.recorded and not self._told_recorded and self.run.summary is not None:
            self._told_recorded = True
            self.recorded.emit(self.run.summary)

    def _halt(self) -> None:
        self._waiting = False
        self._halted = True
        for timer in (self._event_timer, self._heartbeat, self._frame):
            timer.stop()

    def _update_timers(self) -> None:
        if self._halted:
            return
        state = self.run.state
        at = self.run.next_event_at()
        if at is None:
            self._event_timer.stop()
        else:
            delay = at - self._clock.monotonic() - LEAD_S
            self._event_timer.start(max(0, math.ceil(delay * 1000)))
        if state in (State.PREPARING, State.RUNNING):
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
        run = self.run
        if run.state is State.PREPARING:
            left = (run.next_event_at() or 0.0) - self._clock.monotonic()
            to_change = left % 1.0
        else:
            to_change = 1.0 - run.practised_s() % 1.0
        return max(1, min(HEARTBEAT_MS, math.ceil(to_change * 1000) + 1))

    @Slot()
    def _on_event_timer_timeout(self) -> None:
        at = self.run.next_event_at()
        if at is not None:
            early = at - self._clock.monotonic()
            if 0 < early <= LEAD_S + 0.002:
                time.sleep(early)  # nanosecond sleep; the scheduler favours a sleeper
        self.check()

    @Slot()
    def _on_heartbeat_timeout(self) -> None:
        self.check()
