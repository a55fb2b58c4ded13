"""Recording sessions (L2, T1, T3, T4, T5) and the journal API of the practice log."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.unit.storage.log_helpers import practise

from app.core.clock import FakeClock
from app.core.records import SessionEnd, SessionSink, SessionStart
from app.core.streaks import StreakRules

from app.storage.log import PracticeLog

NO_REST = StreakRules(rest_days_per_7=0)


def test_log_is_a_session_sink(open_log) -> None:
    assert isinstance(open_log(), SessionSink)


def test_row_is_written_at_start_and_finished_at_end(open_log, clock: FakeClock) -> None:
    lg = open_log()
    sid = lg.session_started(SessionStart("box-breathing", "Box breathing", "pacer", 300,
                                          clock.now(), clock.local_zone()))
    row = lg.session(sid)
    assert row is not None and row.status == "open"
    lg.session_progress(sid, 15.0)
    assert lg.session(sid).duration_s == 15.0
    lg.session_finished(sid, SessionEnd(290.5, False, mood_before=2, mood_after=4, note="calm"))
    row = lg.session(sid)
    assert (row.status, row.completed, row.duration_s) == ("done", False, 290.5)
    assert (row.mood_before, row.mood_after, row.note) == (2, 4, "calm")
    assert row.local_date == date(2026, 3, 10) and row.time_zone == "America/Los_Angeles"


def test_crash_mid_session_is_recovered_as_partial_L2(open_log, clock: FakeClock) -> None:
    lg = open_log()
    sid = lg.session_started(SessionStart("body-scan-10", "Body scan", "guided", 600,
                                          clock.now(), clock.local_zone()))
    lg.session_progress(sid, 15.0)
    lg.session_progress(sid, 30.0)
    lg.conn.close()  # the process dies: no finish
    again = open_log()
    row = again.session(sid)
    assert row.status == "partial" and row.completed is False and row.duration_s == 30.0
    stats = again.stats(NO_REST)
    assert stats.sessions == 1 and stats.total_minutes == 0.5
    assert any("did not finish" in n.text for n in again.notices)


def test_finishing_twice_writes_one_session_T5(open_log, clock: FakeClock) -> None:
    lg = open_log()
    sid = practise(lg, clock)
    lg.session_finished(sid, SessionEnd(9999, True))
    assert lg.stats().sessions == 1 and lg.session(sid).duration_s == 600


def test_clock_jumps_give_no_negative_or_inflated_durations_T5(open_log, clock) -> None:
    lg = open_log()
    sid = lg.session_started(SessionStart("open-timer", "Open", "timer", None, clock.now(),
                                          clock.local_zone()))
    clock.jump_wall(-25 * 3600)
    lg.session_progress(sid, -3.0)
    assert lg.session(sid).duration_s == 0
    clock.jump_wall(50 * 3600)
    lg.session_finished(sid, SessionEnd(10 * 86400, True))
    assert lg.session(sid).duration_s == 86400  # capped at one day
    # a session started while the clock is 25 h ahead earns no credit for that future day
    lg2_sid = practise(lg, clock)
    clock.jump_wall(-25 * 3600)
    stats = lg.stats(NO_REST)
    assert stats.days_practiced == 1 and stats.sessions == 1
    assert lg.session(lg2_sid).local_date == date(2026, 3, 11)


def test_travel_keeps_stored_dates_and_streak_T1(open_log) -> None:
    clock = FakeClock(datetime(2026, 3, 9, 6, 30, tzinfo=UTC), zone="America/Los_Angeles")
    lg = PracticeLog.in_folder(open_log().path.parent, clock)
    # 23:30 in Los Angeles on Sunday 8 March (PDT starts that morning: UTC-7)
    sid = practise(lg, clock, minutes=10)
    row = lg.session(sid)
    assert row.local_date == date(2026, 3, 8) and row.started_at.hour == 23
    before = lg.stats(NO_REST)
    for zone_name in ("Asia/Tokyo", "Pacific/Honolulu"):
        clock.set_zone(zone_name)
        assert lg.session(sid).local_date == date(2026, 3, 8)
        after = lg.stats(NO_REST, today=date(2026, 3, 9).toordinal())
        assert (after.current_streak, after.days_practiced) == (before.current_streak, 1)
    lg.close()


def test_session_across_midnight_counts_once_on_start_day_T3(open_log) -> None:
    clock = FakeClock(datetime(2026, 6, 2, 6, 50, tzinfo=UTC), zone="America/Los_Angeles")
    lg = PracticeLog.in_folder(open_log().path.parent, clock)  # 23:50 PDT on 1 June
    practise(lg, clock, minutes=30)
    june1 = date(2026, 6, 1).toordinal()
    assert lg.day_minutes(june1 - 1, june1 + 1) == {june1: 30.0}
    assert lg.stats(NO_REST).days_practiced == 1
    # with a 03:00 day start, a session at 01:00 belongs to the evening before
    clock.advance(3600)  # 01:20 local on 2 June
    practise(lg, clock, minutes=5)
    assert lg.day_minutes(june1, june1 + 1, day_start_hour=3) == {june1: 35.0}
    lg.close()


def test_streak_alive_next_evening_T4(open_log) -> None:
    clock = FakeClock(datetime(2026, 6, 1, 14, 0, tzinfo=UTC), zone="America/Los_Angeles")
    lg = PracticeLog.in_folder(open_log().path.parent, clock)
    for _ in range(3):  # 07:00 local on three days
        practise(lg, clock)
        clock.advance(86400 - 600)
    clock.advance(15 * 3600)  # next day 22:00 local, nothing yet today
    assert lg.stats(NO_REST).current_streak == 3
    lg.close()


def test_edit_delete_undo_and_manual(open_log, clock: FakeClock) -> None:
    lg = open_log()
    changes: list[int] = []
    lg.subscribe(lambda: changes.append(1))
    sid = practise(lg, clock)
    assert lg.update_session(sid, note="felt lighter", mood_after=5)
    row = lg.session(sid)
    assert (row.note, row.mood_after) == ("felt lighter", 5)
    deleted = lg.delete_session(sid)
    assert lg.session(sid) is None and lg.stats().sessions == 0
    assert lg.undo_delete(deleted)
    assert lg.session(sid) == row and lg.stats().sessions == 1
    mid = lg.add_manual(practice_id="walking", practice_title="Mindful walk",
                        local_start=datetime(2026, 3, 9, 8, 0), time_zone="America/Los_Angeles",
                        minutes=20, note="park")
    manual = lg.session(mid)
    assert (manual.source, manual.kind, manual.local_date) == ("manual", "manual",
                                                               date(2026, 3, 9))
    assert lg.stats(NO_REST).current_streak == 2 and len(changes) >= 5


def test_manual_session_in_the_future_is_refused(open_log) -> None:
    lg = open_log()
    try:
        lg.add_manual(practice_id="x", practice_title="X", local_start=datetime(2026, 3, 12, 8),
                      time_zone="America/Los_Angeles", minutes=5)
    except ValueError as exc:
        assert "future" in str(exc)
    else:
        raise AssertionError("a future session was accepted")


def test_week_minutes_and_sessions_on_a_day(open_log, clock: FakeClock) -> None:
    lg = open_log()
    practise(lg, clock, minutes=10)
    practise(lg, clock, minutes=5)
    today = lg.today(StreakRules())
    weeks = lg.week_minutes(today, weeks=4)
    assert len(weeks) == 4 and weeks[-1][1] == 15.0
    assert [r.duration_s for r in lg.sessions_on(today)] == [600, 300]
    assert [r.duration_s for r in lg.recent(10)] == [300, 600]


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.integers(0, 20 * 24 * 60), st.sampled_from(
    ["America/New_York", "Europe/Berlin", "Australia/Lord_Howe", "Asia/Tokyo"]),
    st.integers(1, 30)), max_size=25), st.sampled_from([0, 3]))
def test_log_stats_equal_a_count_from_stored_dates_T6(tmp_path_factory, sessions, dsh) -> None:
    from zoneinfo import ZoneInfo

    clock = FakeClock(datetime(2026, 3, 25, tzinfo=UTC))
    lg = PracticeLog.in_folder(tmp_path_factory.mktemp("t6"), clock, auto_backup=False)
    base = datetime(2026, 3, 1, tzinfo=UTC)
    counted: dict[date, int] = {}
    for minute, zone_name, length in sessions:
        start = base + timedelta(minutes=minute)
        sid = lg.session_started(SessionStart("x", "X", "timer", None, start, zone_name))
        lg.session_finished(sid, SessionEnd(length * 60, True))
        local = start.astimezone(ZoneInfo(zone_name)) - timedelta(hours=dsh)
        counted[local.date()] = counted.get(local.date(), 0) + length
    rules = StreakRules(daily_goal_min=10, day_start_hour=dsh, rest_days_per_7=0)
    today = date(2026, 3, 25)
    stats = lg.stats(rules, today.toordinal())
    goal = sorted(d for d, m in counted.items() if m >= 10)
    run, d = 0, today if today in goal else today - timedelta(days=1)
    while d in goal:
        run, d = run + 1, d - timedelta(days=1)
    assert stats.current_streak == run and stats.days_practiced == len(goal)
    assert stats.total_minutes == sum(counted.values())
    lg.close()


@settings(max_examples=30, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.sampled_from(["add", "progress", "finish", "note", "delete",
                                           "undo", "crash"]),
                          st.integers(0, 50), st.integers(0, 4000)), max_size=40))
def test_day_cache_always_matches_the_sessions(tmp_path_factory, ops) -> None:
    """Whatever happens (edits, deletes, undo, crashes), every figure equals a fresh count."""
    folder = tmp_path_factory.mktemp("cache")
    clock = FakeClock(datetime(2026, 3, 1, 5, tzinfo=UTC), zone="Australia/Lord_Howe")
    lg = PracticeLog.in_folder(folder, clock, auto_backup=False)
    ids: list[int] = []
    deleted = []
    for op, pick, amount in ops:
        clock.advance(amount * 37)
        target = ids[pick % len(ids)] if ids else None
        if op == "add" or target is None:
            ids.append(lg.session_started(SessionStart("x", "X", "timer", None, clock.now(),
                                                       clock.local_zone())))
        elif op == "progress":
            lg.session_progress(target, amount)
        elif op == "finish":
            lg.session_finished(target, SessionEnd(amount, amount % 2 == 0))
        elif op == "note":
            lg.update_session(target, note=str(amount), mood_after=1 + amount % 5)
        elif op == "delete":
            row = lg.delete_session(target)
            if row is not None:
                deleted.append(row)
        elif op == "undo" and deleted:
            lg.undo_delete(deleted.pop())
        elif op == "crash":
            lg.conn.close()
            lg = PracticeLog.in_folder(folder, clock, auto_backup=False)
    cached = lg.conn.execute("SELECT local_day, local_hour, duration_ms, sessions "
                             "FROM day_totals ORDER BY 1, 2").fetchall()
    fresh = lg.conn.execute(
        "SELECT local_day, local_minute / 60, SUM(duration_ms), COUNT(*) FROM sessions "
        "WHERE status != 'open' GROUP BY 1, 2 ORDER BY 1, 2").fetchall()
    assert cached == fresh
    for dsh in (0, 3):
        by_day: dict[int, int] = {}
        for row in lg.all_rows():
            day = row.local_day - (row.local_minute < dsh * 60)
            by_day[day] = by_day.get(day, 0) + row.duration_ms
        assert {d: ms for d, (ms, _n) in lg.day_totals(dsh).items()} == by_day
    lg.close()


def test_log_is_durable_by_default(data_dir, monkeypatch) -> None:
    from app.storage import db

    monkeypatch.undo()
    assert db.SYNCHRONOUS == "FULL"
    lg = PracticeLog.in_folder(data_dir)
    assert lg.conn.execute("PRAGMA synchronous").fetchone() == (2,)  # FULL
    assert lg.conn.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    assert lg.conn.execute("PRAGMA foreign_keys").fetchone() == (1,)
    lg.close()


def test_checkpoints_do_not_wake_listeners_but_finishing_does(open_log, clock) -> None:
    lg = open_log(auto_backup=False)
    woken: list[int] = []
    lg.subscribe(lambda: woken.append(1))
    sid = lg.session_started(SessionStart("x", "X", "timer", None, clock.now(), "UTC"))
    for s in (15, 30, 45):
        lg.session_progress(sid, s)
    assert woken == [] and lg.stats().sessions == 0
    lg.session_finished(sid, SessionEnd(50, True))
    assert woken == [1] and lg.stats().total_minutes == 50 / 60
