"""Reminder scheduling with a fake clock, including daylight-saving days."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from app.core.clock import FakeClock
from app.core.reminders import (
    Schedule,
    in_quiet_hours,
    local_instant,
    missed_fire,
    next_fire,
    parse_hhmm,
)

NY = "America/New_York"
BERLIN = "Europe/Berlin"


def sched(*times: str, quiet: tuple[str, str] = ("22:00", "07:00")) -> Schedule:
    return Schedule.from_strings(times, *quiet)


def local(instant: datetime, zone: str) -> str:
    return instant.astimezone(ZoneInfo(zone)).strftime("%Y-%m-%d %H:%M %Z")


def fires_between(schedule: Schedule, zone: str, start: datetime, hours: int) -> list[str]:
    """Walk a fake clock from `start`, firing each reminder like the UI's QTimer does."""
    clock = FakeClock(start, zone=zone)
    end = start + timedelta(hours=hours)
    fired: list[str] = []
    while True:
        nxt = next_fire(schedule, clock.now(), clock.local_zone())
        if nxt is None or nxt > end:
            return fired
        clock.advance((nxt - clock.now()).total_seconds())
        fired.append(local(clock.now(), zone))


def test_parse_hhmm_rejects_nonsense() -> None:
    assert parse_hhmm("07:05") == time(7, 5)
    for bad in ("7:05", "24:00", "12:60", "ab:cd", ""):
        with pytest.raises(ValueError, match="not a time"):
            parse_hhmm(bad)


def test_ordinary_day_fires_each_time_once_in_order() -> None:
    start = datetime(2026, 6, 10, 4, 0, tzinfo=UTC)  # 00:00 in New York
    fired = fires_between(sched("08:00", "12:30", "19:00"), NY, start, 24)
    assert fired == ["2026-06-10 08:00 EDT", "2026-06-10 12:30 EDT", "2026-06-10 19:00 EDT"]


def test_no_times_means_no_reminder() -> None:
    assert next_fire(sched(), datetime(2026, 6, 1, tzinfo=UTC), NY) is None


def test_quiet_hours_wrap_midnight_and_silence_reminders() -> None:
    assert in_quiet_hours(time(23, 0), time(22, 0), time(7, 0))
    assert in_quiet_hours(time(6, 59), time(22, 0), time(7, 0))
    assert not in_quiet_hours(time(7, 0), time(22, 0), time(7, 0))
    assert not in_quiet_hours(time(3, 0), time(9, 0), time(9, 0))  # equal: none
    start = datetime(2026, 6, 10, 4, 0, tzinfo=UTC)
    fired = fires_between(sched("06:30", "09:00", "23:15"), NY, start, 48)
    assert fired == ["2026-06-10 09:00 EDT", "2026-06-11 09:00 EDT"]


@pytest.mark.parametrize(
    ("zone", "day", "at", "expected"),
    [
        # 02:30 does not exist: the clocks jump 02:00 -> 03:00; ring once, at the jump.
        (NY, date(2026, 3, 8), "02:30", "2026-03-08 03:00 EDT"),
        (BERLIN, date(2026, 3, 29), "02:30", "2026-03-29 03:00 CEST"),
    ],
)
def test_spring_forward_nonexistent_time_rings_once_at_the_jump(
    zone: str, day: date, at: str, expected: str
) -> None:
    start = datetime.combine(day - timedelta(days=1), time(12, 0), tzinfo=ZoneInfo(zone))
    fired = fires_between(sched(at, "09:00", quiet=("00:00", "00:00")), zone,
                          start.astimezone(UTC), 48)
    on_day = [f for f in fired if f.startswith(day.isoformat())]
    assert on_day == [expected, f"{day.isoformat()} 09:00 {expected[-4:].strip()}"]
    # the days around it ring at 02:30 as usual
    assert f"{(day + timedelta(days=1)).isoformat()} 02:30" in " ".join(fired)


@pytest.mark.parametrize(
    ("zone", "day", "at", "expected"),
    [
        # 01:30 happens twice in New York (EDT, then EST): ring once, the first time.
        (NY, date(2026, 11, 1), "01:30", "2026-11-01 01:30 EDT"),
        # 02:30 happens twice in Berlin (CEST, then CET).
        (BERLIN, date(2026, 10, 25), "02:30", "2026-10-25 02:30 CEST"),
    ],
)
def test_fall_back_repeated_time_rings_once(
    zone: str, day: date, at: str, expected: str
) -> None:
    start = datetime.combine(day, time(0, 0), tzinfo=ZoneInfo(zone)).astimezone(UTC)
    fired = fires_between(sched(at, quiet=("00:00", "00:00")), zone, start, 24)
    assert fired == [expected]


def test_local_instant_of_ordinary_and_gap_times() -> None:
    assert local_instant(date(2026, 3, 8), time(3, 15), NY) == datetime(
        2026, 3, 8, 7, 15, tzinfo=UTC)
    assert local_instant(date(2026, 3, 8), time(2, 59), NY) == datetime(
        2026, 3, 8, 7, 0, tzinfo=UTC)


def test_day_length_on_dst_days_does_not_skip_or_repeat() -> None:
    # a 23-hour and a 25-hour day: 09:00 rings exactly once on each
    for day in (date(2026, 3, 8), date(2026, 11, 1)):
        start = datetime.combine(day, time(0, 0), tzinfo=ZoneInfo(NY)).astimezone(UTC)
        fired = fires_between(sched("09:00"), NY, start, 23)
        assert fired == [f"{day.isoformat()} 09:00 E{'D' if day.month == 3 else 'S'}T"]


def test_travel_changes_the_zone_reminders_follow_local_time() -> None:
    clock = FakeClock(datetime(2026, 6, 10, 12, 0, tzinfo=UTC), zone=NY)  # 08:00 NY
    schedule = sched("09:00")
    assert local(next_fire(schedule, clock.now(), clock.local_zone()), NY).endswith("09:00 EDT")
    clock.set_zone("Asia/Tokyo")  # it is 21:00 in Tokyo: next is tomorrow 09:00 Tokyo
    nxt = next_fire(schedule, clock.now(), clock.local_zone())
    assert nxt is not None
    assert local(nxt, "Asia/Tokyo") == "2026-06-11 09:00 JST"


def test_missed_reminder_after_sleep_rings_only_within_grace() -> None:
    schedule = sched("09:00")
    clock = FakeClock(datetime(2026, 6, 10, 12, 0, tzinfo=UTC), zone=NY)  # 08:00
    before = clock.now()
    clock.suspend(65 * 60)  # wake at 09:05
    assert missed_fire(schedule, before, clock.now(), NY) == datetime(
        2026, 6, 10, 13, 0, tzinfo=UTC)
    clock.suspend(60 * 60)  # slept much longer: 10:05, nothing rings late
    assert missed_fire(schedule, before, clock.now(), NY) is None
