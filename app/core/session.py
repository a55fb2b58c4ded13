"""One practice session as a state machine on an injected monotonic clock.

    idle -> preparing -> running <-> paused -> finished | stopped

Everything the screen shows (remaining time, next bell, breath phase and count, current
caption) is computed from deadlines on `clock.monotonic()`, never from counted ticks. The Qt
side asks `next_event_at()` and schedules ONE precise single-shot timer for that moment, then
calls `poll()`, which returns the events that are now due (bells, cues, breath phases,
the start of the background sound's fade-out, 15-second checkpoints, the end) in order.

Wall clock versus monotonic clock: `poll()` compares how far each moved since the last poll.
- The wall clock moved much more than the monotonic clock (a Linux/macOS suspend, or someone
  set the clock forward): the session pauses itself; nothing is credited for the gap.
- The monotonic clock jumped by more than `max_gap_s` between two polls (a Windows suspend,
  where the monotonic clock keeps counting; the adapter polls every second, so a long gap means
  the machine slept): the gap is treated as a pause from the last poll, and the session pauses.
- Any other disagreement (a clock set back, an NTP step) is only noted: practised time follows
  the monotonic clock, so it is never negative or inflated.
"""

from __future__ import annotations

import logging
import math
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from app.core.breath import BreathState
from app.core.clock import Clock
from app.core.plan import BellEvent, SessionPlan
from app.core.practices import Cue

log = logging.getLogger(__name__)

CHECKPOINT_S = 15.0
WALL_GAP_S = 10.0  # wall ahead of monotonic by more than this: a suspend (or clock change)
JUMP_NOTE_S = 2.0
_EPS = 1e-9


class State(StrEnum):
    IDLE = "idle"
    PREPARING = "preparing"
    RUNNING = "running"
    PAUSED = "paused"
    FINISHED = "finished"
    STOPPED = "stopped"


# Events at the same moment are handled in this order.
_ORDER = {"started": 0, "phase": 1, "cue": 2, "bell": 3, "fade": 4, "checkpoint": 5,
          "finished": 6}


@dataclass(frozen=True)
class Event:
    # started | phase | cue | bell | fade | checkpoint | finished | stopped | auto_paused
    kind: str
    at: float  # practised seconds when it was due
    late_s: float = 0.0  # how long after its moment it is being handled
    bell: BellEvent | None = None
    cue: Cue | None = None
    breath: BreathState | None = None


@dataclass(frozen=True)
class Snapshot:
    state: State
    elapsed_s: float  # practised seconds (pauses excluded)
    remaining_s: float | None  # None when open-ended
    progress: float | None  # 0..1, None when open-ended
    preparation_left_s: float  # while preparing
    next_bell_in_s: float | None
    breath: BreathState | None
    breath_number: int  # pacers: the breath in progress (1-based); follow: breaths counted
    caption: str


@dataclass(frozen=True)
class SessionSummary:
    practice_id: str
    title: str
    kind: str
    planned_s: float | None
    practised_s: float
    completed: bool
    started_at: datetime | None  # None when stopped during the preparation
    time_zone: str
    breaths: int
    mood_before: int | None = None
    mood_after: int | None = None


class Session:
    def __init__(self, plan: SessionPlan, clock: Clock, max_gap_s: float | None = None) -> None:
        self.plan = plan
        self.clock = clock
        self.max_gap_s = max_gap_s
        self.state = State.IDLE
        self.started_at: datetime | None = None
        self.time_zone = clock.local_zone()
        self.breaths_counted = 0
        self.auto_pauses = 0
        self.wall_changes = 0
        self._prep_end = 0.0
        self._run_mono = 0.0  # monotonic moment the current running stretch began
        self._run_base = 0.0  # practised seconds at that moment
        self._bell_cursor = -1.0
        self._cue_index = 0
        self._next_phase: float | None = 0.0 if plan.pattern else None
        self._fade_at = plan.fade_at  # None once the fade has begun (or when there is none)
        self._next_checkpoint = CHECKPOINT_S
        self._last_mono = clock.monotonic()
        self._last_wall = clock.now()

    # -- commands -----------------------------------------------------------------------
    def start(self) -> list[Event]:
        if self.state is not State.IDLE:
            return []
        # Look the zone up now: it can take milliseconds, and the start bell should not wait.
        self.time_zone = self.clock.local_zone()
        now = self._mark()
        if self.plan.preparation_s > 0:
            self.state = State.PREPARING
            self._prep_end = now + self.plan.preparation_s
            return []
        return self._begin(now)

    def begin_now(self) -> list[Event]:
        """Skip the rest of the preparation."""
        if self.state is not State.PREPARING:
            return []
        return self._begin(self._mark())

    def pause(self) -> bool:
        if self.state is not State.RUNNING:
            return False
        now = self._mark()
        self._run_base = self._practised_at(now)
        self.state = State.PAUSED
        return True

    def resume(self) -> bool:
        if self.state is not State.PAUSED:
            return False
        self._run_mono = self._mark()
        self.state = State.RUNNING
        return True

    def toggle_pause(self) -> bool:
        """Pause or resume; returns True when the state changed."""
        return self.pause() or self.resume()

    def stop(self) -> list[Event]:
        """End the session now. An open-ended session has no other way to end, so ending it
        finishes it (with the end bell); any other session is stopped (not completed)."""
        if self.state in (State.IDLE, State.FINISHED, State.STOPPED):
            return []
        now = self._mark()
        if self.state is State.RUNNING:
            self._run_base = self._practised_at(now)
        t = self._run_base
        if self.plan.duration_s is None and self.started:
            self.state = State.FINISHED
            events = []
            if self.plan.end_bell:
                bell = BellEvent(t, self.plan.bell, 2, "end")
                events.append(Event("bell", t, bell=bell))
            return [*events, Event("finished", t)]
        self.state = State.STOPPED
        return [Event("stopped", t)]

    def count_breath(self) -> int:
        """'Follow your own breath': one out-breath noticed (only while running)."""
        if self.state is State.RUNNING:
            self.breaths_counted += 1
        return self.breaths_counted

    # -- time -----------------------------------------------------------------------------
    @property
    def started(self) -> bool:
        return self.started_at is not None

    @property
    def finished(self) -> bool:
        return self.state in (State.FINISHED, State.STOPPED)

    def practised_s(self) -> float:
        return self._practised_at(self.clock.monotonic())

    def _practised_at(self, mono: float) -> float:
        if self.state is not State.RUNNING:
            return self._run_base
        value = self._run_base + max(0.0, mono - self._run_mono)
        return min(value, self.plan.duration_s) if self.plan.duration_s is not None else value

    def _mono_of(self, practised: float) -> float:
        return self._run_mono + (practised - self._run_base)

    def next_event_at(self) -> float | None:
        """The monotonic moment of the next event, or None when nothing is scheduled."""
        if self.state is State.PREPARING:
            return self._prep_end
        if self.state is not State.RUNNING:
            return None
        moments = [self._next_checkpoint]
        bell = self.plan.bell_after(self._bell_cursor)
        if bell is not None:
            moments.append(bell.at)
        if self._cue_index < len(self.plan.cues):
            moments.append(self.plan.cues[self._cue_index].at)
        if self._next_phase is not None:
            moments.append(self._next_phase)
        if self._fade_at is not None:
            moments.append(self._fade_at)
        if self.plan.duration_s is not None:
            moments.append(self.plan.duration_s)
        return self._mono_of(min(moments))

    # -- polling --------------------------------------------------------------------------
    def poll(self) -> list[Event]:
        """Handle everything that is due now; return the events in order."""
        now = self.clock.monotonic()
        events = self._observe(now)
        if events:
            return events
        if self.state is State.PREPARING and now >= self._prep_end - _EPS:
            return self._begin(self._prep_end)
        if self.state is State.RUNNING:
            return self._due(now)
        return []

    def _mark(self) -> float:
        self._last_mono = self.clock.monotonic()
        self._last_wall = self.clock.now()
        return self._last_mono

    def _observe(self, now: float) -> list[Event]:
        wall = self.clock.now()
        d_mono = now - self._last_mono
        d_wall = (wall - self._last_wall).total_seconds()
        last = self._last_mono
        self._last_mono, self._last_wall = now, wall
        if self.state is not State.RUNNING:
            return []
        if self.max_gap_s is not None and d_mono > self.max_gap_s:
            log.warning("no poll for %.1f s (suspend?); pausing the session", d_mono)
            return self._auto_pause(last)
        if d_wall - d_mono > WALL_GAP_S:
            log.warning("wall clock ran %.1f s ahead of the monotonic clock (suspend or clock "
                        "change); pausing the session", d_wall - d_mono)
            return self._auto_pause(now)
        if abs(d_wall - d_mono) > JUMP_NOTE_S:
            self.wall_changes += 1
            log.info("wall clock changed by %.1f s; practised time follows the monotonic clock",
                     d_wall - d_mono)
        return []

    def _auto_pause(self, at_mono: float) -> list[Event]:
        # Due events up to the pause moment still happen (in order), then the session waits.
        events = self._due(at_mono)
        if self.state is State.RUNNING:
            self._run_base = self._practised_at(at_mono)
            self.state = State.PAUSED
            self.auto_pauses += 1
            events.append(Event("auto_paused", self._run_base))
        return events

    def _begin(self, at_mono: float) -> list[Event]:
        self.state = State.RUNNING
        self._run_mono = at_mono
        self._run_base = 0.0
        now = self.clock.monotonic()
        late = now - at_mono
        self.started_at = self.clock.now() - timedelta(seconds=late)
        return [Event("started", 0.0, late), *self._due(now)]

    def _due(self, now: float) -> list[Event]:
        t = self._practised_at(now)
        plan = self.plan
        events: list[Event] = []
        while (bell := plan.bell_after(self._bell_cursor)) is not None and bell.at <= t + _EPS:
            events.append(Event("bell", bell.at, t - bell.at, bell=bell))
            self._bell_cursor = bell.at
        while self._cue_index < len(plan.cues) and plan.cues[self._cue_index].at <= t + _EPS:
            cue = plan.cues[self._cue_index]
            events.append(Event("cue", cue.at, t - cue.at, cue=cue))
            self._cue_index += 1
        if plan.pattern is not None and self._next_phase is not None and (
            self._next_phase <= t + _EPS
        ):
            # Only the phase we are in now matters; missed ones are not replayed.
            state = plan.pattern.state_at(t)
            start = max(self._next_phase, t - state.into)
            events.append(Event("phase", start, t - start, breath=state))
            self._next_phase = plan.pattern.next_boundary_after(t + _EPS)
        if self._fade_at is not None and self._fade_at <= t + _EPS:
            events.append(Event("fade", self._fade_at, t - self._fade_at))
            self._fade_at = None
        if self._next_checkpoint <= t + _EPS:
            events.append(Event("checkpoint", self._next_checkpoint, t - self._next_checkpoint))
            self._next_checkpoint = (math.floor(t / CHECKPOINT_S + _EPS) + 1) * CHECKPOINT_S
        if plan.duration_s is not None and t >= plan.duration_s - _EPS:
            self.state = State.FINISHED
            self._run_base = plan.duration_s
            self._next_phase = None
            events = [e for e in events if e.kind != "phase" or e.at < plan.duration_s - _EPS]
            events.append(Event("finished", plan.duration_s, t - plan.duration_s))
        events.sort(key=lambda e: (e.at, _ORDER.get(e.kind, 9)))
        return events

    # -- what the screen shows ------------------------------------------------------------
    def snapshot(self) -> Snapshot:
        now = self.clock.monotonic()
        t = self._practised_at(now)
        plan = self.plan
        duration = plan.duration_s
        remaining = None if duration is None else max(0.0, duration - t)
        progress = None if not duration else min(1.0, t / duration)
        breath: BreathState | None = None
        number = self.breaths_counted
        if plan.pattern is not None and self.state in (State.RUNNING, State.PAUSED):
            breath = plan.pattern.state_at(t)
            number = min(breath.breath + 1, plan.breaths or breath.breath + 1)
        bell = plan.bell_after(self._bell_cursor) if self.state is not State.IDLE else None
        caption = ""
        for cue in plan.cues:
            if cue.at <= t + _EPS and self.state is not State.PREPARING:
                caption = cue.text
        return Snapshot(
            state=self.state,
            elapsed_s=t,
            remaining_s=remaining,
            progress=progress,
            preparation_left_s=max(0.0, self._prep_end - now)
            if self.state is State.PREPARING else 0.0,
            next_bell_in_s=None if bell is None or bell.role == "start" else bell.at - t,
            breath=breath,
            breath_number=number,
            caption=caption,
        )

    def summary(self, mood_before: int | None = None,
                mood_after: int | None = None) -> SessionSummary:
        return SessionSummary(
            practice_id=self.plan.practice_id,
            title=self.plan.title,
            kind=self.plan.kind,
            planned_s=self.plan.duration_s,
            practised_s=round(self.practised_s(), 3),
            completed=self.state is State.FINISHED,
            started_at=self.started_at,
            time_zone=self.time_zone,
            breaths=self._breaths_done(),
            mood_before=mood_before,
            mood_after=mood_after,
        )

    def _breaths_done(self) -> int:
        if self.plan.pattern is None:
            return self.breaths_counted
        return int(self.practised_s() / self.plan.pattern.cycle_s + 1e-6)
