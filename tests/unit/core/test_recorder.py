"""Session summaries reach the practice log: start, 15-second checkpoints, end."""

from __future__ import annotations

from pathlib import Path

from tests.unit.core.practice_helpers import drive, start

from app.core.clock import FakeClock
from app.core.notices import Notice
from app.core.plan import build_plan, options_from_dict
from app.core.practices import load_practices
from app.core.recorder import SessionRecorder
from app.core.records import SessionEnd, SessionStart
from app.core.resources import resource_path
from app.core.session import Session


class RecordingSink:
    def __init__(self, fail: bool = False) -> None:
        self.calls: list[tuple[str, object]] = []
        self.fail = fail

    def session_started(self, start: SessionStart) -> int:
        self.calls.append(("started", start))
        if self.fail:
            raise OSError("disk full")
        return 42

    def session_progress(self, session_id: int, practised_s: float) -> None:
        self.calls.append(("progress", practised_s))

    def session_finished(self, session_id: int, end: SessionEnd) -> None:
        self.calls.append(("finished", end))


def make(practice_id: str, clock: FakeClock, **options: object) -> Session:
    catalog = load_practices(Path(resource_path("practices")))
    opts, _ = options_from_dict(options)
    return Session(build_plan(catalog.get(practice_id), opts), clock)  # type: ignore[arg-type]


def run_with(sink: RecordingSink, session: Session, clock: FakeClock, seconds: float,
             notices: list[Notice] | None = None) -> SessionRecorder:
    box = notices if notices is not None else []
    recorder = SessionRecorder(sink, session, notify=box.append)
    recorder.handle(s.event for s in start(session, clock))
    recorder.handle(s.event for s in drive(session, clock, seconds))
    return recorder


def test_a_finished_session_is_recorded_once_with_checkpoints() -> None:
    clock = FakeClock(zone="America/Los_Angeles")
    session = make("open-timer", clock, minutes=1, preparation_s=10)
    sink = RecordingSink()
    recorder = run_with(sink, session, clock, 80)
    recorder.finish(mood_before=2, mood_after=4)
    recorder.finish()
    started = sink.calls[0][1]
    assert isinstance(started, SessionStart)
    assert (started.practice_id, started.kind, started.planned_s, started.time_zone) == (
        "open-timer", "timer", 60, "America/Los_Angeles")
    # The start instant is when the practice began, after the 10-second preparation.
    assert (started.started_at - FakeClock().now()).total_seconds() == 10
    assert [v for k, v in sink.calls if k == "progress"] == [15, 30, 45, 60]
    assert sink.calls[-1] == ("finished", SessionEnd(60, True, 2, 4))
    assert [k for k, _ in sink.calls].count("finished") == 1


def test_a_stopped_session_is_recorded_as_not_completed() -> None:
    clock = FakeClock()
    session = make("box-breathing", clock, minutes=5, preparation_s=0)
    sink = RecordingSink()
    recorder = run_with(sink, session, clock, 100)
    session.stop()
    recorder.finish()
    assert sink.calls[-1] == ("finished", SessionEnd(100, False))


def test_stopping_in_the_preparation_records_nothing() -> None:
    clock = FakeClock()
    session = make("open-timer", clock, preparation_s=30)
    sink = RecordingSink()
    recorder = run_with(sink, session, clock, 10)
    session.stop()
    recorder.finish()
    assert sink.calls == []


def test_a_failing_log_never_stops_the_practice() -> None:
    clock = FakeClock()
    session = make("open-timer", clock, minutes=1, preparation_s=0)
    notices: list[Notice] = []
    recorder = run_with(RecordingSink(fail=True), session, clock, 70, notices)
    recorder.finish()
    assert session.state.value == "finished"
    assert len(notices) == 1 and "disk full" in notices[0].text
