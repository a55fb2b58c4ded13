"""Row types of the practice log and the mapping between them and SQL."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any

from app.core.streaks import local_fields

MAX_SESSION_S = 24 * 3600  # no single session is longer than a day
MAX_NOTE = 2000

COLUMNS = (
    "id", "practice_id", "practice_title", "kind", "source", "started_utc_ms", "utc_offset_min",
    "time_zone", "local_day", "local_minute", "planned_s", "duration_ms", "status", "completed",
    "mood_before", "mood_after", "note", "updated_utc_ms", "note_shared",
)
SELECT = "SELECT " + ", ".join(COLUMNS) + " FROM sessions"


@dataclass(frozen=True)
class SessionRow:
    id: int
    practice_id: str
    practice_title: str
    kind: str
    source: str
    started_utc_ms: int
    utc_offset_min: int
    time_zone: str
    local_day: int
    local_minute: int
    planned_s: int | None
    duration_ms: int
    status: str  # "open" (in progress) | "done" | "partial" (recovered after a crash)
    completed: bool
    mood_before: int | None
    mood_after: int | None
    note: str
    updated_utc_ms: int = 0
    note_shared: bool = False  # the client ticked "share with my counselor" (schema 3)

    @property
    def duration_s(self) -> float:
        return self.duration_ms / 1000

    @property
    def started_at(self) -> datetime:
        """The start as an aware datetime in the offset of its own zone at the time."""
        offset = timezone(timedelta(minutes=self.utc_offset_min))
        return datetime.fromtimestamp(self.started_utc_ms / 1000, UTC).astimezone(offset)

    @property
    def local_date(self) -> date:
        return date.fromordinal(self.local_day)

    @property
    def title(self) -> str:
        return self.practice_title or self.practice_id.replace("-", " ").capitalize()

    def values(self) -> tuple[Any, ...]:
        return tuple(getattr(self, c) for c in COLUMNS)


def row_from_sql(values: tuple[Any, ...]) -> SessionRow:
    data = dict(zip(COLUMNS, values, strict=True))
    data["completed"] = bool(data["completed"])
    data["note_shared"] = bool(data["note_shared"])
    return SessionRow(**data)


def utc_ms(instant: datetime) -> int:
    if instant.tzinfo is None:
        raise ValueError("the start time must be timezone-aware")
    return round(instant.timestamp() * 1000)


def clamp_seconds(seconds: float) -> int:
    """Milliseconds from a practised duration: never negative, never beyond a day."""
    if not isinstance(seconds, int | float) or math.isnan(seconds):
        return 0
    return round(min(max(float(seconds), 0.0), MAX_SESSION_S) * 1000)


def check_mood(value: Any, name: str) -> int | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 5:
        raise ValueError(f"{name} must be a whole number from 1 to 5")
    return value


def new_row(
    *, practice_id: str, practice_title: str, kind: str, source: str, started_at: datetime,
    time_zone: str, planned_s: int | None, duration_s: float, status: str, completed: bool,
    mood_before: int | None = None, mood_after: int | None = None, note: str = "",
    updated: datetime, row_id: int = 0,
) -> SessionRow:
    """A row with its local fields computed once, from the zone at its start."""
    fields = local_fields(started_at, time_zone)
    return SessionRow(
        id=row_id, practice_id=practice_id, practice_title=practice_title, kind=kind,
        source=source, started_utc_ms=utc_ms(started_at), utc_offset_min=fields.utc_offset_min,
        time_zone=fields.time_zone, local_day=fields.local_day, local_minute=fields.local_minute,
        planned_s=planned_s, duration_ms=clamp_seconds(duration_s), status=status,
        completed=completed, mood_before=check_mood(mood_before, "mood before"),
        mood_after=check_mood(mood_after, "mood after"), note=note[:MAX_NOTE],
        updated_utc_ms=utc_ms(updated),
    )
