"""Streak rules (T2-T6 at the pure level): stored local dates, day ordinals."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.streaks import (
    StreakRules,
    local_fields,
    per_practice_day,
    practice_day,
    summarize,
    today_ordinal,
)

D0 = date(2026, 3, 1).toordinal()


def secs(*days: int, minutes: float = 10) -> dict[int, float]:
    return {D0 + d: minutes * 60 for d in days}


def brute(days: set[int], today: int, rest: int) -> tuple[int, int]:
    """Independent count: try every interval, check every 7-day stretch by hand."""
    days = {d for d in days if d <= today}
    if not days:
        return 0, 0

    def valid(a: int, b: int) -> bool:
        for end in range(a, b + 1):
            window = range(max(a, end - 6), end + 1)
            if sum(1 for x in window if x not in days) > rest:
                return False
        return True

    def value(a: int, b: int) -> int:
        return sum(1 for x in range(a, b + 1) if x in days)

    longest = max(
        (value(a, b) for a in days for b in days if a <= b and valid(a, b)), default=0
    )
    end = today if today in days else today - 1
    current = max((value(a, end) for a in days if a <= end and valid(a, end)), default=0)
    return current, longest


def test_plain_consecutive_days() -> None:
    s = summarize(secs(0, 1, 2, 3), D0 + 3, StreakRules(rest_days_per_7=0))
    assert (s.current_streak, s.longest_streak, s.days_practiced) == (4, 4, 4)


def test_streak_alive_until_today_ends_T4() -> None:
    # last session yesterday 07:00, now 22:00 today: still alive, not zero
    s = summarize(secs(0, 1, 2), D0 + 3, StreakRules(rest_days_per_7=0))
    assert s.current_streak == 3
    s = summarize(secs(0, 1, 2), D0 + 4, StreakRules(rest_days_per_7=0))
    assert s.current_streak == 0 and s.longest_streak == 3


def test_one_rest_day_keeps_streak_without_adding() -> None:
    rules = StreakRules(rest_days_per_7=1)
    assert summarize(secs(0, 1, 3, 4), D0 + 4, rules).current_streak == 4
    # two misses in one week break it: the streak restarts after the second miss
    assert summarize(secs(0, 2, 4, 5), D0 + 5, rules).current_streak == 3
    # one rest day per week, week after week, keeps it going
    days = [d for d in range(0, 28) if d % 7 != 3]
    assert summarize(secs(*days), D0 + 27, rules).current_streak == len(days)


def test_rest_day_yesterday_keeps_streak_alive_today() -> None:
    rules = StreakRules(rest_days_per_7=1)
    assert summarize(secs(0, 1, 2), D0 + 4, rules).current_streak == 3
    assert summarize(secs(0, 1, 2), D0 + 5, rules).current_streak == 0


def test_goal_minutes_decide_which_days_count() -> None:
    data = {D0: 4 * 60.0, D0 + 1: 5 * 60.0, D0 + 2: 10 * 60.0}
    s = summarize(data, D0 + 2, StreakRules(daily_goal_min=5, rest_days_per_7=0))
    assert (s.current_streak, s.days_practiced) == (2, 2)


def test_future_days_earn_no_credit_T5() -> None:
    s = summarize(secs(0, 1, 2, 30), D0 + 2, StreakRules(rest_days_per_7=0))
    assert (s.current_streak, s.days_practiced) == (3, 3)


def test_gentle_consistency_counts_last_seven_days() -> None:
    s = summarize(secs(0, 2, 3, 5, 6, 9), D0 + 9, StreakRules())
    assert s.last_7_days == 4  # days 3, 5, 6, 9


def test_rules_are_validated() -> None:
    for bad in ({"daily_goal_min": 0}, {"day_start_hour": 24}, {"rest_days_per_7": 7}):
        with pytest.raises(ValueError):
            StreakRules(**bad)  # type: ignore[arg-type]


def test_session_2350_to_0020_counts_once_on_its_start_day_T3() -> None:
    start = datetime(2026, 6, 1, 23, 50, tzinfo=UTC)
    f = local_fields(start, "UTC")
    assert date.fromordinal(f.local_day) == date(2026, 6, 1)
    days = per_practice_day([(f.local_day, f.local_minute, 30 * 60)], 0)
    assert days == {date(2026, 6, 1).toordinal(): 1800}


def test_day_start_hour_moves_late_sessions_to_the_previous_day() -> None:
    # 01:30 with a 03:00 day start belongs to the day before
    assert practice_day(D0, 90, 3) == D0 - 1
    assert practice_day(D0, 180, 3) == D0
    assert practice_day(D0, 90, 0) == D0
    night_owl = datetime(2026, 6, 2, 1, 30, tzinfo=UTC)
    assert today_ordinal(night_owl, "UTC", 3) == date(2026, 6, 1).toordinal()


DST_CASES = [
    # zone, local date of a DST change (both directions)
    ("America/New_York", date(2026, 3, 8)),
    ("America/New_York", date(2026, 11, 1)),
    ("Europe/Berlin", date(2026, 3, 29)),
    ("Europe/Berlin", date(2026, 10, 25)),
    ("Australia/Sydney", date(2026, 4, 5)),
    ("Australia/Sydney", date(2026, 10, 4)),
    ("Australia/Lord_Howe", date(2026, 4, 5)),  # 30-minute shift
    ("Australia/Lord_Howe", date(2026, 10, 4)),
]


@pytest.mark.parametrize(("zone_name", "change_day"), DST_CASES)
def test_dst_changes_make_no_off_by_one_days_T2(zone_name: str, change_day: date) -> None:
    """Daily sessions at 00:10, 07:00 and 23:50 local around a DST change."""
    from zoneinfo import ZoneInfo

    tz = ZoneInfo(zone_name)
    rows = []
    for offset in range(-3, 4):
        day = change_day + timedelta(days=offset)
        for hh, mm in ((0, 10), (7, 0), (23, 50)):
            local = datetime(day.year, day.month, day.day, hh, mm, tzinfo=tz)
            f = local_fields(local.astimezone(UTC), zone_name)
            assert date.fromordinal(f.local_day) == day, (local, f)
            assert f.local_minute == hh * 60 + mm
            rows.append((f.local_day, f.local_minute, 60.0))
    per_day = per_practice_day(rows, 0)
    assert sorted(per_day) == [(change_day + timedelta(days=o)).toordinal() for o in range(-3, 4)]
    assert set(per_day.values()) == {180.0}
    last = (change_day + timedelta(days=3)).toordinal()
    s = summarize(per_day, last, StreakRules(rest_days_per_7=0))
    assert s.current_streak == 7


def test_unknown_zone_falls_back_to_utc() -> None:
    f = local_fields(datetime(2026, 1, 1, 12, tzinfo=UTC), "Mars/Olympus")
    assert f.time_zone == "UTC" and f.local_minute == 720


@settings(max_examples=300, deadline=None)
@given(
    days=st.sets(st.integers(min_value=0, max_value=40), max_size=30),
    today=st.integers(min_value=0, max_value=45),
    rest=st.integers(min_value=0, max_value=3),
)
def test_streaks_equal_an_independent_count_T6(days: set[int], today: int, rest: int) -> None:
    data = {D0 + d: 60.0 for d in days}
    got = summarize(data, D0 + today, StreakRules(rest_days_per_7=rest))
    want = brute({D0 + d for d in days}, D0 + today, rest)
    assert (got.current_streak, got.longest_streak) == want


ZONES = ["America/Los_Angeles", "Asia/Tokyo", "Pacific/Honolulu", "Australia/Lord_Howe",
         "Europe/Berlin", "America/New_York", "Asia/Kolkata", "Pacific/Kiritimati"]


@settings(max_examples=150, deadline=None)
@given(
    sessions=st.lists(
        st.tuples(
            st.integers(min_value=0, max_value=30 * 24 * 60),  # minutes after base
            st.sampled_from(ZONES),
            st.integers(min_value=1, max_value=40),  # minutes practised
        ),
        max_size=40,
    ),
    goal=st.integers(min_value=1, max_value=20),
    dsh=st.sampled_from([0, 3, 5]),
    rest=st.integers(min_value=0, max_value=2),
)
def test_random_histories_in_random_zones_T6(
    sessions: list[tuple[int, str, int]], goal: int, dsh: int, rest: int
) -> None:
    from zoneinfo import ZoneInfo

    base = datetime(2026, 3, 1, tzinfo=UTC)
    rows = []
    independent: dict[date, float] = {}
    for minute, zone_name, length in sessions:
        instant = base + timedelta(minutes=minute)
        f = local_fields(instant, zone_name)
        rows.append((f.local_day, f.local_minute, length * 60.0))
        local = instant.astimezone(ZoneInfo(zone_name)) - timedelta(hours=dsh)
        independent[local.date()] = independent.get(local.date(), 0) + length
    today = (base + timedelta(days=31)).date()
    rules = StreakRules(daily_goal_min=goal, day_start_hour=dsh, rest_days_per_7=rest)
    got = summarize(per_practice_day(rows, dsh), today.toordinal(), rules)
    goal_days = {d.toordinal() for d, m in independent.items() if m >= goal}
    assert (got.current_streak, got.longest_streak) == brute(goal_days, today.toordinal(), rest)
    assert got.days_practiced == len({d for d in goal_days if d <= today.toordinal()})
