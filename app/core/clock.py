"""Time, injected: everything that measures or stamps time asks a Clock.

Durations come from `monotonic()` (never jumps); instants and dates from `now()` (aware UTC)
and `local_zone()` (an IANA name). Tests pass a FakeClock and move it by hand, so no test
sleeps for real seconds.
"""

from __future__ import annotations

import os
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Protocol


class Clock(Protocol):
    def monotonic(self) -> float:
        """Seconds on a clock that never goes back or jumps."""
        ...

    def now(self) -> datetime:
        """The current instant, timezone-aware, in UTC."""
        ...

    def local_zone(self) -> str:
        """The machine's IANA time zone name, e.g. 'America/Los_Angeles'."""
        ...


def system_zone_name() -> str:
    """Best effort IANA name of the local zone; 'UTC' when it cannot be found."""
    tz = os.environ.get("TZ", "").lstrip(":")
    if tz and _is_zone(tz):
        return tz
    for candidate in (Path("/etc/localtime"),):
        try:
            target = str(candidate.resolve())
        except OSError:
            continue
        marker = "zoneinfo/"
        if marker in target:
            name = target.split(marker, 1)[1]
            if _is_zone(name):
                return name
    try:
        name = Path("/etc/timezone").read_text(encoding="utf-8").strip()
        if _is_zone(name):
            return name
    except OSError:
        pass
    return _windows_zone() or "UTC"


def _windows_zone() -> str | None:
    try:
        import tzlocal  # optional, not a dependency
    except ImportError:
        return None
    try:
        name = str(tzlocal.get_localzone_name())
    except Exception:  # pragma: no cover - depends on the OS
        return None
    return name if _is_zone(name) else None


def _is_zone(name: str) -> bool:
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return False
    return True


class SystemClock:
    """The real clock."""

    def monotonic(self) -> float:
        return time.monotonic()

    def now(self) -> datetime:
        return datetime.now(UTC)

    def local_zone(self) -> str:
        return system_zone_name()


class FakeClock:
    """A clock for tests: starts at a fixed instant and moves only when told."""

    def __init__(
        self,
        start: datetime | None = None,
        zone: str = "UTC",
        monotonic_start: float = 1000.0,
    ) -> None:
        self._wall = start or datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
        if self._wall.tzinfo is None:
            raise ValueError("FakeClock needs an aware datetime")
        self._wall = self._wall.astimezone(UTC)
        self._mono = monotonic_start
        self._zone = zone

    def monotonic(self) -> float:
        return self._mono

    def now(self) -> datetime:
        return self._wall

    def local_zone(self) -> str:
        return self._zone

    def advance(self, seconds: float) -> None:
        """Let real time pass: both clocks move together."""
        if seconds < 0:
            raise ValueError("time does not go backwards; use jump_wall()")
        self._mono += seconds
        self._wall += timedelta(seconds=seconds)

    def jump_wall(self, seconds: float) -> None:
        """Move only the wall clock (a user or NTP changing the time)."""
        self._wall += timedelta(seconds=seconds)

    def suspend(self, seconds: float) -> None:
        """A system sleep: the wall clock moves, the monotonic clock (mostly) does not."""
        self._wall += timedelta(seconds=seconds)

    def set_zone(self, zone: str) -> None:
        """The machine travels to another time zone."""
        from zoneinfo import ZoneInfo

        ZoneInfo(zone)
        self._zone = zone
