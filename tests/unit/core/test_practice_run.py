"""The one practice engine, without Qt: what a session sounds like, what reaches the log, and
the kiosk's rules, driven by a fake clock exactly as the Qt adapter drives it."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from app.core.clock import FakeClock
from app.core.plan import build_plan, options_from_dict
from app.core.practice_run import PracticeRun, Step
from app.core.practices import PracticeCatalog, load_practices
from app.core.records import SessionEnd, SessionStart
from app.core.resources import resource_path
from app.core.session import State
from app.core.sound_port import (
    PauseVoice,
    PlayVoice,
    ResumeVoice,
    RingBell,
    SoundCue,
    Speak,
    StartAmbient,
    StopAmbient,
    StopSpeech,
    StopVoice,
    Tick,
)

from app.kiosk.practice import visitor_plan


class Sink:
    def __init__(self) -> None:
        self.starts: list[SessionStart] = []
        self.progress: list[float] = []
        self.ends: list[SessionEnd] = []

    def session_started(self, start: SessionStart) -> int:
        self.starts.append(start)
        return 7

    def session_progress(self, session_id: int, practised_s: float) -> None:
        self.progress.append(practised_s)

    def session_finished(self, session_id: int, end: SessionEnd) -> None:
        self.ends.append(end)


@pytest.fixture(scope="module")
def catalog() -> PracticeCatalog:
    return load_practices(Path(resource_path("practices")))


def client_run(catalog: PracticeCatalog, practice_id: str, clock: FakeClock, sink: Sink,
               ask_mood: bool = False, mood_before: int | None = None,
               **options: object) -> PracticeRun:
    definition = catalog.get(practice_id)
    assert definition is not None
    opts, problems = options_from_dict(options)
    assert problems == []
    return PracticeRun.for_client(build_plan(definition, opts), clock, sink,
                                  ask_mood=ask_mood, mood_before=mood_before)


def run_for(run: PracticeRun, clock: FakeClock, seconds: float) -> list[SoundCue]:
    """Let `seconds` pass, polling at every deadline and once a second (the heartbeat);
    every sound cue asked for, in order."""
    sounds: list[SoundCue] = []
    end = clock.monotonic() + seconds
    while clock.monotonic() < end - 1e-9:
        at = run.next_event_at()
        step_to = min(end, clock.monotonic() + 1.0, at if at is not None else end)
        clock.advance(max(0.0, step_to - clock.monotonic()))
        sounds.extend(run.poll().sounds)
    return sounds


def test_a_timer_rings_at_its_start_and_end_and_lands_in_the_log(catalog) -> None:
    clock, sink = FakeClock(zone="Europe/Berlin"), Sink()
    run = client_run(catalog, "open-timer", clock, sink, preparation_s=10, minutes=2,
                     bell="low-gong")
    assert run.start() == Step() and run.state is State.PREPARING and sink.starts == []
    sounds = run_for(run, clock, 10)
    assert sounds == [RingBell("low-gong", 1)] and run.started
    assert sink.starts[0].planned_s == 120 and sink.starts[0].source == "app"
    assert sink.starts[0].time_zone == "Europe/Berlin"
    sounds = run_for(run, clock, 120)
    assert sounds == [RingBell("low-gong", 2), StopAmbient(4.0), StopVoice()]
    assert sink.progress[:3] == [15, 30, 45]
    assert sink.ends == [SessionEnd(120.0, True)] and run.recorded
    assert run.summary is not None and run.summary.completed


def test_pause_fades_the_bed_holds_the_guide_and_stops_speech(catalog) -> None:
    clock, sink = FakeClock(), Sink()
    run = client_run(catalog, "open-timer", clock, sink, preparation_s=0, ambient="rain")
    assert run.start().sounds == (RingBell("singing-bowl", 1), StartAmbient("rain", 5.0))
    run_for(run, clock, 20)
    pause = run.toggle_pause()
    assert pause.changed and run.state is State.PAUSED
    assert pause.sounds == (StopAmbient(1.0), PauseVoice(), StopSpeech())
    assert sink.progress[-1] == 20  # a pause saves the time so far
    clock.advance(300)
    assert run.practised_s() == 20
    assert run.toggle_pause().sounds == (StartAmbient("rain", 2.0), ResumeVoice())


def test_a_guided_script_is_spoken_cue_by_cue(catalog) -> None:
    clock, sink = FakeClock(), Sink()
    run = client_run(catalog, "grounding-54321-3", clock, sink, preparation_s=0, voice=True)
    cues = run.plan.cues
    sounds = list(run.start().sounds) + run_for(run, clock, 45)
    assert [s for s in sounds if isinstance(s, Speak)] == [Speak(c.text) for c in cues[:3]]
    quiet = client_run(catalog, "grounding-54321-3", FakeClock(), Sink(), preparation_s=0,
                       voice=False)
    assert not any(isinstance(s, Speak) for s in [*quiet.start().sounds,
                                                   *run_for(quiet, quiet.session.clock, 45)])


def test_a_recorded_guide_is_played_paused_and_resumed_as_a_track(catalog) -> None:
    clock = FakeClock()
    definition = catalog.get("open-timer")
    assert definition is not None
    guided = dataclasses.replace(definition, kind="guided", minutes=5.0,
                                 voice_track="/recordings/talk.wav")
    opts, _ = options_from_dict({"preparation_s": 0, "voice": True})
    run = PracticeRun.for_client(build_plan(guided, opts), clock, Sink())
    assert PlayVoice(Path("/recordings/talk.wav")) in run.start().sounds
    assert PauseVoice() in run.toggle_pause().sounds
    assert ResumeVoice() in run.toggle_pause().sounds
    assert StopVoice() in run.stop().sounds


def test_breath_ticks_only_when_asked_and_never_late(catalog) -> None:
    clock = FakeClock()
    run = client_run(catalog, "box-breathing", clock, Sink(), preparation_s=0, cue_sound=True)
    sounds = list(run.start().sounds) + run_for(run, clock, 8)
    assert sounds.count(Tick()) == 3  # in, hold, out
    clock.advance(2.0)  # a blocked GUI: the tick for that phase change is not played late
    assert Tick() not in run.poll().sounds


def test_overdue_bells_ring_once_and_old_ones_not_at_all(catalog) -> None:
    clock = FakeClock()
    run = client_run(catalog, "open-timer", clock, Sink(), preparation_s=0, minutes=10,
                     interval_mode="moments", interval_moments=["0:10", "0:11"])
    run.start()
    clock.advance(12)
    assert run.poll().sounds == (RingBell("singing-bowl", 1),)  # two due: one strike
    clock.advance(100)  # far too late: silence rather than a bell at the wrong moment
    assert run.poll().sounds == ()


def test_the_mood_question_holds_the_row_until_answered(catalog) -> None:
    clock, sink = FakeClock(), Sink()
    run = client_run(catalog, "open-timer", clock, sink, ask_mood=True, mood_before=2,
                     preparation_s=0, minutes=1)
    run.start()
    run_for(run, clock, 60)
    assert run.ended and run.awaiting_mood and sink.ends == []
    summary = run.record(4)
    assert (sink.ends[0].mood_before, sink.ends[0].mood_after) == (2, 4)
    assert summary.mood_after == 4 and not run.awaiting_mood
    run.record(1)  # once only
    assert len(sink.ends) == 1


def test_stopping_before_the_start_writes_nothing(catalog) -> None:
    clock, sink = FakeClock(), Sink()
    run = client_run(catalog, "open-timer", clock, sink, ask_mood=True, preparation_s=10)
    run.start()
    clock.advance(3)
    step = run.stop()
    assert step.ended and not run.awaiting_mood and run.recorded
    assert sink.starts == [] and sink.ends == []


def test_shutdown_mid_session_records_the_real_time(catalog) -> None:
    clock, sink = FakeClock(), Sink()
    run = client_run(catalog, "body-scan-10", clock, sink, ask_mood=True, preparation_s=0)
    run.start()
    run_for(run, clock, 42)
    assert StopVoice() in run.shutdown().sounds
    assert sink.ends == [SessionEnd(42.0, False)]
    assert run.shutdown() == Step() and len(sink.ends) == 1


def test_a_visitor_is_never_asked_and_leaves_only_the_time(catalog) -> None:
    clock, sink = FakeClock(), Sink()
    definition = catalog.get("grounding-54321-3")
    assert definition is not None
    run = PracticeRun.for_visitor(visitor_plan(definition, 3, sound_on=False,
                                               reduced_motion=True), clock, sink)
    assert not run.asks_mood and run.plan.preparation_s == 5
    assert not run.plan.start_bell and not run.plan.voice  # "in silence" is silent
    run.start()
    sounds = run_for(run, clock, 5 + 180)
    assert not any(isinstance(s, RingBell | Speak) for s in sounds)
    assert run.ended and not run.awaiting_mood
    run.record(5, note="felt calm")  # recorded by itself at the end; this changes nothing
    assert sink.starts[0].source == "kiosk"
    assert sink.ends == [SessionEnd(180.0, True)]
