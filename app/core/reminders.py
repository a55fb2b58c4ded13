"""When the next daily reminder rings: pure functions over an injected "now".

Rules (docs/plans.md explains them to users too):

* Reminder times are local wall-clock times ("HH:MM") in the machine's zone, every day.
* Quiet hours [quiet_start, quiet_end) silence any reminder whose time falls inside them
  (they may wrap midnight; equal start and end means no quiet hours).
* A time that does not exist on a spring-forward day (02:30 in New York on the second Sunday of
  March) rings once, at the moment the clocks jump (03:00 local).
* A time that happens twice on a fall-back day (01:30 in New York on the first Sunday of
  November) rings once, at its first occurrence.
* After the computer slept through a reminder, it rings late if we woke within `grace`.

No Qt here; the UI's one QTimer asks `next_fire` and sleeps until then.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

DEFAULT_GRACE = timedelta(minutes=10)


def parse_hhmm(text: str) -> time:
    """'07:30' -> time(7, 30); raises ValueError naming the bad text."""
    if not isinstance(text, str) or len(text) != 5 or text[2] != ":":
        raise ValueError(f"{text!r} is not a time like 07:30")
    hh, mm = text[:2], text[3:]
    if not (hh.isdigit() and mm.isdigit()) or int(hh) > 23 or int(mm) > 59:
        raise ValueError(f"{text!r} is not a time like 07:30")
    return time(int(hh), int(mm))


@dataclass(frozen=True)
class Schedule:
    times: tuple[time, ...]
    quiet_start: time
    quiet_end: time

    @classmethod
    def from_strings(cls, times: Iterable[str], quiet_start: str, quiet_end: str) -> Schedule:
        parsed = sorted({parse_hhmm(t) for t in times})
        return cls(tuple(parsed), parse_hhmm(quiet_start), parse_hhmm(quiet_end))

    def is_quiet(self, at: time) -> bool:
        return in_quiet_hours(at, self.quiet_start, self.quiet_end)

    def audible_times(self) -> tuple[time, ...]:
        return tuple(t for t in self.times if not self.is_quiet(t))


def in_quiet_hours(at: time, start: time, end: time) -> bool:
    """Is the wall time `at` inside [start, end)? The span may wrap midnight."""
    if start == end:
        return False
    if start < end:
        return start <= at < end
    return at >= start or at < end


def _zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


def _wall(instant: datetime, tz: ZoneInfo) -> datetime:
    return instant.astimezone(tz).replace(tzinfo=None)


def local_instant(day: date, at: time, zone: str) -> datetime:
    """The UTC instant when the local clock in `zone` first shows `day` `at`.

    Ambiguous times (the repeated hour) give the first occurrence; times inside a
    spring-forward gap give the instant the gap ends (the clocks' jump).
    """
    tz = _zone(zone)
    wanted = datetime.combine(day, at)
    first = datetime.combine(day, at, tzinfo=tz).replace(fold=0).astimezone(UTC)
    if _wall(first, tz) == wanted:
        return first
    # In a gap: fold=1 maps to an earlier instant whose wall time is before `wanted`,
    # fold=0 to a later one whose wall time is after it. The jump lies between them.
    low = datetime.combine(day, at, tzinfo=tz).replace(fold=1).astimezone(UTC)
    high = first
    if low > high:
        low, high = high, low
    while high - low > timedelta(seconds=1):
        mid = low + (high - low) / 2
        if _wall(mid, tz) >= wanted:
            high = mid
        else:
            low = mid
    return high.replace(microsecond=0)


def fire_times(schedule: Schedule, zone: str, first_day: date, last_day: date) -> list[datetime]:
    """Every audible reminder instant (UTC) on local days first_day..last_day, sorted."""
    out: set[datetime] = set()
    day = first_day
    while day <= last_day:
        for at in schedule.audible_times():
            out.add(local_instant(day, at, zone))
        day += timedelta(days=1)
    return sorted(out)


def next_fire(schedule: Schedule, now: datetime, zone: str) -> datetime | None:
    """The first reminder instant strictly after `now` (aware), or None when none is set."""
    if not schedule.audible_times():
        return None
    today = now.astimezone(_zone(zone)).date()
    for instant in fire_times(schedule, zone, today - timedelta(days=1),
                              today + timedelta(days=2)):
        if instant > now:
            return instant
    return None  # pragma: no cover - every audible time happens within two days


def missed_fire(schedule: Schedule, since: datetime, now: datetime, zone: str,
                grace: timedelta = DEFAULT_GRACE) -> datetime | None:
    """The latest reminder in (since, now] that is at most `grace` old, or None.

    Used after a sleep or a clock change: a reminder slept through a moment ago still
    rings; one from hours ago does not.
    """
    if now <= since or not schedule.audible_times():
        return None
    today = now.astimezone(_zone(zone)).date()
    candidates = [
        t for t in fire_times(schedule, zone, today - timedelta(days=1), today)
        if since < t <= now and now - t <= grace
    ]
    return candidates[-1] if candidates else None


def format_schedule(schedule: Schedule) -> list[str]:
    return [t.strftime("%H:%M") for t in schedule.times]
