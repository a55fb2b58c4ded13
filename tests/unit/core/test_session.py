"""The session state machine on a fake clock: whole sessions, bells, pauses, stops, jumps."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.unit.core.practice_helpers import drive, kinds, start

from app.core.clock import FakeClock
from app.core.plan import PracticeOptions, build_plan, options_from_dict
from app.core.practices import PracticeCatalog, load_practices
from app.core.resources import resource_path
from app.core.session import CHECKPOINT_S, Session, State


@pytest.fixture(scope="module")
def catalog() -> PracticeCatalog:
    return load_practices(Path(resource_path("practices")))


def session_for(catalog: PracticeCatalog, practice_id: str, clock: FakeClock,
                max_gap_s: float | None = None, **options: object) -> Session:
    opts, problems = options_from_dict(options)
    assert problems == []
    definition = catalog.get(practice_id)
    assert definition is not None
    return Session(build_plan(definition, opts), clock, max_gap_s=max_gap_s)


def test_twenty_minutes_with_bells_every_five(catalog: PracticeCatalog) -> None:
    clock = FakeClock()
    s = session_for(catalog, "open-timer", clock, minutes=20, preparation_s=10,
                    interval_mode="every", interval_every_min=5)
    t0 = clock.monotonic()
    assert s.start() == [] and s.state is State.PREPARING
    assert s.next_event_at() == t0 + 10
    seen = drive(s, clock, 10 + 20 * 60 + 5)
    bells = kinds(seen, "bell")
    assert [(b.event.bell.role, b.event.at) for b in bells] == [  # type: ignore[union-attr]
        ("start", 0), ("interval", 300), ("interval", 600), ("interval", 900), ("end", 1200)]
    # Each bell is handled at exactly its planned monotonic moment, none late.
    assert [b.mono - t0 for b in bells] == [10, 310, 610, 910, 1210]
    assert all(b.event.late_s == 0 for b in bells)
    assert bells[-1].event.bell.strikes == 2  # type: ignore[union-attr]
    assert s.state is State.FINISHED and s.practised_s() == 1200
    assert len(kinds(seen, "checkpoint")) == 1200 / CHECKPOINT_S
    assert kinds(seen, "finished")[0].mono - t0 == 1210
    summary = s.summary()
    assert summary.completed and summary.practised_s == 1200 and summary.planned_s == 1200


def test_pauses_are_excluded_and_push_the_bells_later(catalog: PracticeCatalog) -> None:
    clock = FakeClock()
    s = session_for(catalog, "open-timer", clock, minutes=20, preparation_s=0,
                    interval_mode="every", interval_every_min=5)
    t0 = clock.monotonic()
    seen = s.start()
    seen_all = drive(s, clock, 7 * 60)
    assert s.pause() and s.state is State.PAUSED
    assert s.next_event_at() is None
    clock.advance(180)  # three minutes paused
    assert s.poll() == [] and s.practised_s() == 420
    snap = s.snapshot()
    assert snap.remaining_s == 780 and snap.next_bell_in_s == 180
    assert s.toggle_pause() and s.state is State.RUNNING
    seen_all += drive(s, clock, 14 * 60)
    bells = [(b.event.bell.role, b.mono - t0) for b in kinds(seen_all, "bell")]  # type: ignore
    assert [e.kind for e in seen][:2] == ["started", "bell"]
    assert bells == [("interval", 300), ("interval", 600 + 180), ("interval", 900 + 180),
                     ("end", 1200 + 180)]
    assert s.state is State.FINISHED and s.practised_s() == 1200


def test_stop_reports_real_practised_time(catalog: PracticeCatalog) -> None:
    clock = FakeClock()
    s = session_for(catalog, "open-timer", clock, minutes=20, preparation_s=0)
    s.start()
    drive(s, clock, 300)
    s.pause()
    clock.advance(120)
    s.resume()
    drive(s, clock, 210)
    events = s.stop()
    assert [e.kind for e in events] == ["stopped"]
    assert s.state is State.STOPPED and s.practised_s() == 510
    clock.advance(100)
    assert s.practised_s() == 510 and s.poll() == [] and s.next_event_at() is None
    summary = s.summary()
    assert not summary.completed and summary.practised_s == 510


def test_stop_during_preparation_practises_nothing(catalog: PracticeCatalog) -> None:
    clock = FakeClock()
    s = session_for(catalog, "open-timer", clock, preparation_s=30)
    s.start()
    clock.advance(12)
    assert s.poll() == [] and s.snapshot().preparation_left_s == 18
    s.stop()
    assert s.practised_s() == 0 and not s.started


def test_begin_now_skips_the_preparation(catalog: PracticeCatalog) -> None:
    clock = FakeClock()
    s = session_for(catalog, "open-timer", clock, preparation_s=60, minutes=1)
    s.start()
    clock.advance(5)
    events = s.begin_now()
    assert [e.kind for e in events] == ["started", "bell"]
    drive(s, clock, 60)
    assert s.state is State.FINISHED


@pytest.mark.parametrize("jump", [25 * 3600, -25 * 3600])
def test_wall_clock_jumps_never_inflate_practised_time(
        catalog: PracticeCatalog, jump: float) -> None:
    clock = FakeClock()
    s = session_for(catalog, "open-timer", clock, minutes=20, preparation_s=0,
                    interval_mode="every", interval_every_min=5)
    s.start()
    drive(s, clock, 400, heartbeat=1)
    clock.jump_wall(jump)
    drive(s, clock, 5, heartbeat=1)
    if jump > 0:  # looks like the machine slept: the session waits for the user
        assert s.state is State.PAUSED and s.auto_pauses == 1
        assert s.practised_s() == pytest.approx(401)
        s.resume()
    else:  # clock set back: only noted, the session carries on
        assert s.state is State.RUNNING and s.wall_changes == 1
    drive(s, clock, 1200, heartbeat=1)
    assert s.state is State.FINISHED and s.practised_s() == 1200
    assert 0 <= s.summary().practised_s <= 1200


def test_suspend_with_a_stopped_monotonic_clock_pauses(catalog: PracticeCatalog) -> None:
    clock = FakeClock()
    s = session_for(catalog, "breath-awareness-10", clock, preparation_s=0)
    s.start()
    drive(s, clock, 200, heartbeat=1)
    clock.suspend(3600)  # Linux/macOS: CLOCK_MONOTONIC does not count the sleep
    clock.advance(0.5)
    events = s.poll()
    assert [e.kind for e in events] == ["auto_paused"]
    assert s.state is State.PAUSED and s.practised_s() == pytest.approx(200.5)


def test_suspend_with_a_running_monotonic_clock_is_a_pause(catalog: PracticeCatalog) -> None:
    clock = FakeClock()
    s = session_for(catalog, "open-timer", clock, max_gap_s=10, minutes=20, preparation_s=0)
    s.start()
    drive(s, clock, 100, heartbeat=1)
    clock.advance(3 * 3600)  # Windows: the monotonic clock counts the sleep; no polls meanwhile
    events = s.poll()
    assert events[-1].kind == "auto_paused"
    assert s.practised_s() == pytest.approx(100)  # the three hours are not credited
    assert s.state is State.PAUSED


def test_open_ended_counts_up_and_keeps_ringing(catalog: PracticeCatalog) -> None:
    clock = FakeClock()
    s = session_for(catalog, "open-timer", clock, open_ended=True, preparation_s=0,
                    interval_mode="every", interval_every_min=15)
    assert s.plan.duration_s is None
    seen = start(s, clock)
    seen += drive(s, clock, 47 * 60)
    assert [b.event.at for b in kinds(seen, "bell")] == [0, 900, 1800, 2700]
    snap = s.snapshot()
    assert snap.remaining_s is None and snap.progress is None and snap.elapsed_s == 2820
    assert snap.next_bell_in_s == 3600 - 2820
    events = s.stop()  # the only way an open-ended session ends: it counts as completed
    assert [e.kind for e in events] == ["bell", "finished"]
    assert events[0].bell is not None and events[0].bell.role == "end"
    summary = s.summary()
    assert summary.planned_s is None and summary.practised_s == 2820 and summary.completed


def test_custom_moments_and_random_bells(catalog: PracticeCatalog) -> None:
    clock = FakeClock()
    s = session_for(catalog, "open-timer", clock, minutes=10, preparation_s=0, start_bell=False,
                    interval_mode="moments", interval_moments=["07:30", "02:00", "12:00"])
    seen = start(s, clock)
    seen += drive(s, clock, 600)
    assert [(b.event.at, b.event.bell.role) for b in kinds(seen, "bell")] == [  # type: ignore
        (120, "interval"), (450, "interval"), (600, "end")]
    plans = [build_plan(catalog.get("open-timer"), options_from_dict(  # type: ignore[arg-type]
        {"minutes": 20, "interval_mode": "random", "random_count": 4, "random_from_min": 2,
         "random_to_min": 18, "seed": seed})[0]) for seed in (7, 7, 8)]
    assert plans[0].interval_times == plans[1].interval_times != plans[2].interval_times
    assert len(plans[0].interval_times) == 4
    assert all(120 <= t <= 1080 for t in plans[0].interval_times)


def test_random_bells_get_a_recorded_seed(catalog: PracticeCatalog) -> None:
    options = PracticeOptions(interval_mode="random", minutes=20)
    plan = build_plan(catalog.get("open-timer"), options)  # type: ignore[arg-type]
    assert plan.seed is not None and len(plan.interval_times) == 3


@pytest.mark.parametrize(("practice", "minutes", "phase_starts"), [
    ("box-breathing", 4, [0, 4, 8, 12, 16]),
    ("breath-478", 3, [0, 4, 11, 19, 23]),
    ("physiological-sigh", 5, [0, 3, 4, 10, 13]),
])
def test_pacer_phase_events_land_on_exact_boundaries(
        catalog: PracticeCatalog, practice: str, minutes: int, phase_starts: list[float]) -> None:
    clock = FakeClock()
    s = session_for(catalog, practice, clock, minutes=minutes, preparation_s=0)
    t0 = clock.monotonic()
    seen = start(s, clock)
    seen += drive(s, clock, minutes * 60 + 30)
    phases = kinds(seen, "phase")
    assert [round(p.mono - t0, 6) for p in phases[:5]] == phase_starts
    assert all(p.event.late_s == pytest.approx(0, abs=1e-6) for p in phases)
    pattern = s.plan.pattern
    assert pattern is not None
    # Pacers run in whole breaths: the end falls on the end of an out-breath.
    assert s.plan.duration_s == pytest.approx(s.plan.breaths * pattern.cycle_s)  # type: ignore
    assert s.state is State.FINISHED
    assert s.summary().breaths == s.plan.breaths


def test_resonance_runs_for_a_number_of_breaths(catalog: PracticeCatalog) -> None:
    clock = FakeClock()
    s = session_for(catalog, "resonance-breathing", clock, run_by="breaths", breaths=11,
                    preparation_s=0)
    assert s.plan.duration_s == pytest.approx(120, abs=1e-3)
    t0 = clock.monotonic()
    seen = start(s, clock)
    seen += drive(s, clock, 130)
    assert len(kinds(seen, "phase")) == 22
    assert kinds(seen, "finished")[0].mono - t0 == pytest.approx(120, abs=1e-3)


def test_custom_pacer_uses_the_chosen_pattern(catalog: PracticeCatalog) -> None:
    clock = FakeClock()
    s = session_for(catalog, "custom-pacer", clock, inhale_s=3, hold_in_s=1, exhale_s=5,
                    hold_out_s=1, run_by="breaths", breaths=3, preparation_s=0)
    t0 = clock.monotonic()
    seen = start(s, clock)
    seen += drive(s, clock, 40)
    assert [p.mono - t0 for p in kinds(seen, "phase")] == [0, 3, 4, 9, 10, 13, 14, 19, 20, 23,
                                                           24, 29]
    assert kinds(seen, "finished")[0].mono - t0 == 30


def test_pacer_snapshot_phase_and_count(catalog: PracticeCatalog) -> None:
    clock = FakeClock()
    s = session_for(catalog, "box-breathing", clock, preparation_s=0)
    s.start()
    clock.advance(22.5)
    s.poll()
    snap = s.snapshot()
    assert snap.breath is not None
    assert (snap.breath.phase.words, snap.breath.count, snap.breath_number) == ("Hold", 3, 2)


def test_a_late_poll_replays_bells_but_only_the_current_phase(
        catalog: PracticeCatalog) -> None:
    clock = FakeClock()
    s = session_for(catalog, "box-breathing", clock, preparation_s=0)
    s.start()
    clock.advance(13)  # the GUI thread was blocked for 13 s
    events = s.poll()
    phases = [e for e in events if e.kind == "phase"]
    assert len(phases) == 1 and phases[0].at == 12 and phases[0].late_s == 1
    assert phases[0].breath.phase.kind == "rest"  # type: ignore[union-attr]
    assert s.next_event_at() == pytest.approx(clock.monotonic() + 2)


def test_guided_cues_arrive_on_time_with_captions(catalog: PracticeCatalog) -> None:
    clock = FakeClock()
    s = session_for(catalog, "grounding-54321-3", clock, preparation_s=0)
    t0 = clock.monotonic()
    seen = start(s, clock)
    seen += drive(s, clock, 185)
    cues = kinds(seen, "cue")
    assert [c.mono - t0 for c in cues] == [c.at for c in s.plan.cues]
    assert all(c.event.late_s == 0 for c in cues)
    assert s.state is State.FINISHED and s.practised_s() == 180


def test_guided_caption_follows_time(catalog: PracticeCatalog) -> None:
    clock = FakeClock()
    s = session_for(catalog, "grounding-54321-3", clock, preparation_s=0)
    s.start()
    clock.advance(45)
    s.poll()
    assert s.snapshot().caption.startswith("Now notice four things you can feel")


def test_follow_breath_counts_only_while_running(catalog: PracticeCatalog) -> None:
    clock = FakeClock()
    s = session_for(catalog, "follow-breath", clock, minutes=2, preparation_s=5)
    s.start()
    assert s.count_breath() == 0  # still preparing
    drive(s, clock, 5)
    for _ in range(3):
        clock.advance(4)
        s.count_breath()
    s.pause()
    assert s.count_breath() == 3
    s.resume()
    assert s.count_breath() == 4 and s.snapshot().breath_number == 4
    drive(s, clock, 200)
    assert s.state is State.FINISHED and s.summary().breaths == 4


def test_follow_breath_open_ended(catalog: PracticeCatalog) -> None:
    clock = FakeClock()
    s = session_for(catalog, "follow-breath", clock, open_ended=True, preparation_s=0)
    assert s.plan.duration_s is None
    s.start()
    drive(s, clock, 3600)
    assert s.state is State.RUNNING and s.practised_s() == 3600


def test_without_a_start_bell_the_first_interval_bell_is_the_first_sound(
        catalog: PracticeCatalog) -> None:
    clock = FakeClock()
    s = session_for(catalog, "open-timer", clock, minutes=12, preparation_s=0,
                    start_bell=False, end_bell=False, interval_mode="every",
                    interval_every_min=5)
    seen = start(s, clock)
    seen += drive(s, clock, 12 * 60)
    assert [b.event.at for b in kinds(seen, "bell")] == [300, 600]
    assert s.plan.sound_needs().bells == ("singing-bowl",)
