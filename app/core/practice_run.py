"""One practice, from its start to its log row: the engine both players only render.

    run = PracticeRun.for_client(plan, clock, services.log, notify, ask_mood=True,
                                 mood_before=3)            # the desktop app
    run = PracticeRun.for_visitor(plan, clock, kiosk_sink)   # the clinic kiosk
    step = run.start()              # Step(events, sounds)
    run.next_event_at()             # the Qt adapter arms one timer for this moment ...
    step = run.poll()               # ... and polls then
    run.toggle_pause(); run.count_breath(); run.begin_now(); run.stop()
    run.snapshot()                  # what the screen shows now
    run.record(mood_after=4)        # when the run awaits the mood question
    run.shutdown()                  # the app closes or the page leaves: stop, record

It owns the Session (timing from deadlines on the injected clock), the SessionRecorder (the
log row: written at the real start, checkpointed every 15 s and at pauses, finished once)
and the SessionSound policy (which sounds each moment asks for). Every command returns a
`Step`: the session's events and the `SoundCue`s to play, which the adapter plays through
the sound port (app/ui/practice/driver.py). Nothing here imports Qt.

Kiosk rules hold by construction: a visitor's run never awaits a mood answer, and `record`
drops moods and notes, so its sink (the kiosk's anonymous counts) gets only the time.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from app.core.clock import Clock
from app.core.notices import Notice
from app.core.plan import SessionPlan
from app.core.recorder import SessionRecorder
from app.core.records import SessionSink
from app.core.session import Event, Session, SessionSummary, Snapshot, State
from app.core.session_sound import SessionSound
from app.core.sound_port import SoundCue

CLIENT = "app"
VISITOR = "kiosk"


@dataclass(frozen=True)
class Step:
    """What one command or poll did: the session's events, and what must sound now."""

    events: tuple[Event, ...] = ()
    sounds: tuple[SoundCue, ...] = ()
    changed: bool = False  # a pause or resume happened

    @property
    def ended(self) -> bool:
        return any(e.kind in ("finished", "stopped") for e in self.events)

    @property
    def auto_paused(self) -> bool:
        """The session paused itself (the computer slept)."""
        return any(e.kind == "auto_paused" for e in self.events)


class PracticeRun:
    def __init__(self, plan: SessionPlan, clock: Clock, sink: SessionSink, *, source: str,
                 notify: Callable[[Notice], None] | None, ask_mood: bool,
                 mood_before: int | None) -> None:
        """Use `for_client` or `for_visitor`, which say who practises."""
        self.plan = plan
        self.session = Session(plan, clock)
        self.recorder = SessionRecorder(sink, self.session, source, notify)
        self.sound = SessionSound(plan)
        self.source = source
        self.reflects = source != VISITOR  # moods and notes are kept
        self.asks_mood = ask_mood and self.reflects
        self.mood_before = mood_before if self.reflects else None
        self.mood_after: int | None = None
        self.summary: SessionSummary | None = None  # set when the session ends

    @classmethod
    def for_client(cls, plan: SessionPlan, clock: Clock, sink: SessionSink,
                   notify: Callable[[Notice], None] | None = None, *, ask_mood: bool = False,
                   mood_before: int | None = None) -> PracticeRun:
        """A session of the person who owns the log (the desktop app)."""
        return cls(plan, clock, sink, source=CLIENT, notify=notify, ask_mood=ask_mood,
                   mood_before=mood_before)

    @classmethod
    def for_visitor(cls, plan: SessionPlan, clock: Clock, sink: SessionSink) -> PracticeRun:
        """An anonymous kiosk visitor's session: no mood question, no notes, only the time
        reaches `sink`."""
        return cls(plan, clock, sink, source=VISITOR, notify=None, ask_mood=False,
                   mood_before=None)

    # -- state ------------------------------------------------------------------------
    @property
    def state(self) -> State:
        return self.session.state

    @property
    def started(self) -> bool:
        """The practice really began (after the preparation): it has a log row."""
        return self.session.started

    @property
    def ended(self) -> bool:
        return self.session.finished

    @property
    def live(self) -> bool:
        """Preparing or running (a paused session is not live)."""
        return self.state in (State.PREPARING, State.RUNNING)

    @property
    def recorded(self) -> bool:
        """The end is in the log (or there was nothing to record)."""
        return self.recorder.done

    @property
    def awaiting_mood(self) -> bool:
        """Ended, and the mood question is to be answered before the row is finished."""
        return self.ended and self.asks_mood and self.started and not self.recorded

    def practised_s(self) -> float:
        return self.session.practised_s()

    def next_event_at(self) -> float | None:
        return self.session.next_event_at()

    def snapshot(self) -> Snapshot:
        return self.session.snapshot()

    # -- commands ---------------------------------------------------------------------
    def start(self) -> Step:
        return self._handle(self.session.start())

    def begin_now(self) -> Step:
        """Skip the rest of the preparation."""
        return self._handle(self.session.begin_now())

    def poll(self) -> Step:
        """Everything due now (the adapter calls this at `next_event_at()` and on its
        heartbeat)."""
        return self._handle(self.session.poll())

    def toggle_pause(self) -> Step:
        """Pause or resume; during the preparation, begin now."""
        if self.state is State.PREPARING:
            return self.begin_now()
        if not self.session.toggle_pause():
            return Step()
        if self.state is State.PAUSED:
            self.recorder.checkpoint()
            return Step(sounds=tuple(self.sound.paused()), changed=True)
        return Step(sounds=tuple(self.sound.resumed()), changed=True)

    def count_breath(self) -> int:
        """'Follow your own breath': one out-breath noticed (only while running)."""
        return self.session.count_breath()

    def stop(self) -> Step:
        """End now: an open-ended sit finishes (with its end bell), any other is stopped."""
        return self._handle(self.session.stop())

    def record(self, mood_after: int | None = None, note: str = "") -> SessionSummary:
        """Finish the log row, once (later calls change nothing). A visitor's moods and notes
        are dropped."""
        if not self.recorded:
            self.mood_after = mood_after if self.reflects else None
            self.recorder.finish(self.mood_before, self.mood_after,
                                 note if self.reflects else "")
        self.summary = self.session.summary(self.mood_before, self.mood_after)
        return self.summary

    def shutdown(self) -> Step:
        """The app closes or the screen goes: end a session in progress and record it
        (without a mood answer that was not given)."""
        step = Step()
        if self.state not in (State.IDLE, State.FINISHED, State.STOPPED):
            step = self.stop()
        if self.started and not self.recorded:
            self.record(self.mood_after)
        return step

    # -- internals --------------------------------------------------------------------
    def _handle(self, events: Sequence[Event]) -> Step:
        if not events:
            return Step()
        self.recorder.handle(events)
        sounds = self.sound.for_events(events)
        if Step(tuple(events)).ended:
            sounds.extend(self.sound.ended())
            self.recorder.checkpoint()
            self.summary = self.session.summary(self.mood_before)
            if not self.awaiting_mood:
                self.record()
        return Step(tuple(events), tuple(sounds))
