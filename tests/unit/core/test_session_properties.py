"""Property test: whatever the user and the machine do, practised time is never negative,
never more than the real (monotonic) time that passed while running, never more than the plan,
and bells ring in order, each once."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.clock import FakeClock
from app.core.plan import SessionPlan
from app.core.session import Session, State

ACTIONS = st.lists(
    st.tuples(
        st.sampled_from(["wait", "pause", "resume", "jump", "suspend", "poll", "stop"]),
        st.floats(min_value=0.0, max_value=400.0, allow_nan=False),
    ),
    max_size=40,
)


@settings(max_examples=250, deadline=None)
@given(
    duration=st.one_of(st.none(), st.floats(min_value=30, max_value=1800)),
    every=st.one_of(st.none(), st.floats(min_value=10, max_value=600)),
    preparation=st.sampled_from([0.0, 5.0, 30.0]),
    max_gap=st.sampled_from([None, 10.0]),
    actions=ACTIONS,
)
def test_practised_time_is_honest(duration: float | None, every: float | None,
                                  preparation: float, max_gap: float | None,
                                  actions: list[tuple[str, float]]) -> None:
    plan = SessionPlan(practice_id="p", title="P", kind="timer", duration_s=duration,
                       preparation_s=preparation, bell="singing-bowl", start_bell=True,
                       end_bell=True, interval_every_s=every)
    clock = FakeClock()
    session = Session(plan, clock, max_gap_s=max_gap)
    t0 = clock.monotonic()
    session.start()
    last_practised = 0.0
    rung: list[float] = []

    def poll() -> None:
        for event in session.poll():
            if event.kind == "bell":
                rung.append(event.at)

    for action, amount in actions:
        before = session.state
        if action == "wait":
            # Polled at least every second, as the Qt heartbeat does.
            left = amount
            while left > 0:
                step = min(1.0, left)
                clock.advance(step)
                poll()
                left -= step
        elif action == "pause":
            session.pause()
        elif action == "resume":
            session.resume()
        elif action == "jump":
            clock.jump_wall(amount - 200.0)
            poll()
        elif action == "suspend":
            clock.suspend(amount)
            poll()
        elif action == "poll":
            poll()
        elif action == "stop":
            session.stop()
        practised = session.practised_s()
        assert practised >= last_practised - 1e-9  # never goes back
        if session.started:
            assert practised <= clock.monotonic() - t0 - preparation + 1e-6
        else:
            assert practised == 0
        if before is not State.RUNNING and before is not State.PREPARING:
            assert practised == last_practised  # nothing accrues while paused or ended
        if duration is not None:
            assert practised <= duration + 1e-9
        last_practised = practised
    assert rung == sorted(rung) and len(rung) == len(set(rung))
    if session.state is State.FINISHED and duration is not None:
        assert session.practised_s() == duration
