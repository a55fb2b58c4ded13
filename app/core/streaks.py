"""Streak rules: pure functions over stored local day ordinals.

Every session is stored with its UTC instant, the IANA zone at its start and the
local calendar date and minute at its start (see :func:`local_fields`). Streaks
are computed from those stored local dates only, as ``date.toordinal()`` day
numbers: never seconds / 86,400 and never re-derived from UTC in today's zone.

Rules a person can live with:

* a day counts when its practised minutes reach the daily goal;
* the day-start hour moves the boundary of a day (night owls choose 3): a
  session belongs to the day of its local start time minus that many hours;
* up to ``rest_days_per_7`` missed days in any 7-day stretch keep a streak alive
  without adding to it;
* a streak stays alive until today ends (today not practised yet is not a miss);
* days after today never count (a clock that jumped ahead earns no credit).

Plain Python, no Qt.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import deque
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

MAX_REST_DAYS = 6  # 7 rest days in 7 would never break a streak
WINDOW = 7


@dataclass(frozen=True)
class StreakRules:
    """The user's streak rules (from JournalSettings)."""

    daily_goal_min: int = 1
    day_start_hour: int = 0
    rest_days_per_7: int = 1

    def __post_init__(self) -> None:
        if not 1 <= self.daily_goal_min <= 24 * 60:
            raise ValueError(f"daily goal must be 1-1440 minutes, not {self.daily_goal_min}")
        if not 0 <= self.day_start_hour <= 23:
            raise ValueError(f"day-start hour must be 0-23, not {self.day_start_hour}")
        if not 0 <= self.rest_days_per_7 <= MAX_REST_DAYS:
            raise ValueError(
                f"rest days per 7 must be 0-{MAX_REST_DAYS}, not {self.rest_days_per_7}"
            )


@dataclass(frozen=True)
class LocalFields:
    """What is stored about the local time of a session's start."""

    local_day: int  # date.toordinal() of the local calendar date at start
    local_minute: int  # minutes since local midnight at start (wall clock), 0-1439
    utc_offset_min: int  # the zone's UTC offset at that instant
    time_zone: str  # the IANA name actually used


@dataclass(frozen=True)
class StreakSummary:
    current_streak: int
    longest_streak: int
    days_practiced: int  # days that reached the goal, up to today
    last_7_days: int  # gentle consistency: goal days among the last 7 (today included)


def zone(name: str) -> ZoneInfo:
    """The ZoneInfo for ``name``; raises ValueError for an unknown zone."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, TypeError) as exc:
        raise ValueError(f"unknown time zone {name!r}") from exc


def local_fields(started_at: datetime, time_zone: str) -> LocalFields:
    """Local date, minute and offset of an aware instant in the zone at its start.

    This is done once, when the session is written; the results are stored.
    An unknown zone name falls back to UTC (and says so in ``time_zone``).
    """
    if started_at.tzinfo is None or started_at.utcoffset() is None:
        raise ValueError("started_at must be timezone-aware")
    try:
        tz = zone(time_zone)
    except ValueError:
        tz, time_zone = ZoneInfo("UTC"), "UTC"
    local = started_at.astimezone(tz)
    offset = local.utcoffset() or timedelta(0)
    return LocalFields(
        local_day=local.date().toordinal(),
        local_minute=local.hour * 60 + local.minute,
        utc_offset_min=int(offset.total_seconds() // 60),
        time_zone=time_zone,
    )


def practice_day(local_day: int, local_minute: int, day_start_hour: int) -> int:
    """The day a session belongs to: its local start minus the day-start offset."""
    return local_day - 1 if local_minute < day_start_hour * 60 else local_day


def today_ordinal(now_utc: datetime, time_zone: str, day_start_hour: int = 0) -> int:
    """Today's practice day where the person is now."""
    try:
        tz = zone(time_zone)
    except ValueError:
        tz = ZoneInfo("UTC")
    local = now_utc.astimezone(tz) if now_utc.tzinfo else now_utc.replace(tzinfo=UTC)
    return practice_day(local.date().toordinal(), local.hour * 60 + local.minute, day_start_hour)


def goal_days(day_seconds: Mapping[int, float], daily_goal_min: int, today: int) -> list[int]:
    """Sorted practice days up to ``today`` whose total reaches the goal."""
    need = daily_goal_min * 60
    return sorted(d for d, s in day_seconds.items() if d <= today and s >= need - 1e-6)


def _streaks(days: Sequence[int], today: int, rest: int) -> tuple[int, int]:
    """(current, longest) over sorted unique goal days, all <= today.

    A streak is an interval that starts on a goal day in which every 7-day
    stretch has at most ``rest`` missed days; its value is its goal days. The
    start of the interval only moves forward (two pointers), so this is linear.
    """
    if not days:
        return 0, 0
    best = 0
    start = 0  # index in days of the interval's first goal day
    misses: deque[int] = deque()  # missed days inside the interval and the last 7 days

    def add_misses(first: int, last: int, upto: int) -> int:
        """Add missed days first..last; return the (possibly moved) start index."""
        s = start
        if last - first + 1 > rest:
            misses.clear()
            return upto
        for d in range(first, last + 1):
            misses.append(d)
            while misses and misses[0] < d - (WINDOW - 1):
                misses.popleft()
            while len(misses) > rest:
                dropped = misses.popleft()
                s = max(s, bisect_right(days, dropped))
                first_day = days[s] if s < len(days) else last + 1
                while misses and misses[0] < first_day:
                    misses.popleft()
        return s

    for i, day in enumerate(days):
        if i > 0 and day - days[i - 1] > 1:
            start = add_misses(days[i - 1] + 1, day - 1, i)
        best = max(best, i - start + 1)
    last = days[-1]
    if last == today or last == today - 1:
        current = len(days) - start
    else:
        # today is pending: only the days before it can be misses
        start = add_misses(last + 1, today - 1, len(days))
        current = len(days) - start if start < len(days) else 0
    return current, best


def summarize(day_seconds: Mapping[int, float], today: int, rules: StreakRules) -> StreakSummary:
    """Streaks and consistency from per-practice-day seconds (keys: day ordinals)."""
    days = goal_days(day_seconds, rules.daily_goal_min, today)
    current, longest = _streaks(days, today, rules.rest_days_per_7)
    recent = sum(1 for d in days if d > today - WINDOW)
    return StreakSummary(current, longest, len(days), recent)


def per_practice_day(
    rows: Iterable[tuple[int, int, float]], day_start_hour: int
) -> dict[int, float]:
    """Sum (local_day, local_minute, seconds) rows into practice days."""
    out: dict[int, float] = {}
    for local_day, local_minute, seconds in rows:
        d = practice_day(local_day, local_minute, day_start_hour)
        out[d] = out.get(d, 0.0) + seconds
    return out


def consistency_text(days_in_last_7: int) -> str:
    """Gentle consistency wording, shown when streak numbers are hidden."""
    return f"{days_in_last_7} of the last 7 days"


def week_start(day: int) -> int:
    """Ordinal of the Monday of the week containing ``day``."""
    return day - date.fromordinal(day).weekday()
