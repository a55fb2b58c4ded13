"""Appointments with the counselor: when the next one is, and when to offer to prepare.

An appointment is stored like a session start: the UTC instant, the IANA zone it was entered
in (the clinic's, usually) and its local day and minute there. Days are compared as local
dates, never by dividing seconds: "tomorrow" is the appointment's own date minus today's date
in the zone the computer is in now. A client who travels keeps the appointment at the clinic's
time; a daylight-saving change never moves it to another day.

Home says "Next session: Thursday" for the next appointment that has not ended, and from the
day before it (its local date minus one) offers "Prepare for my session".
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from app.core.streaks import local_fields, zone

SESSION_LENGTH = timedelta(hours=1)  # an appointment counts as upcoming until it has ended
PREPARE_DAYS = 1  # "Prepare for my session" from the day before
MAX_AHEAD_DAYS = 366
MAX_NOTE = 200


@dataclass(frozen=True)
class Appointment:
    id: int
    starts_utc_ms: int
    utc_offset_min: int
    time_zone: str
    local_day: int
    local_minute: int
    source: str = "client"  # "client" (typed in) | "plan" (from the counselor's plan file)
    note: str = ""

    @property
    def starts_at(self) -> datetime:
        """The start in its own zone."""
        return datetime.fromtimestamp(self.starts_utc_ms / 1000, UTC).astimezone(
            zone(self.time_zone))

    @property
    def local_date(self) -> date:
        return date.fromordinal(self.local_day)

    def ended(self, now: datetime) -> bool:
        return now >= self.starts_at + SESSION_LENGTH


def make_appointment(local_date: date, local_time: time, time_zone: str, *,
                     source: str = "client", note: str = "", now: datetime | None = None,
                     appointment_id: int = 0) -> Appointment:
    """An appointment from a wall-clock date and time in ``time_zone``.

    A time that does not exist that day (inside a spring-forward gap) moves forward by the
    gap, like a wall clock; ValueError for an unknown zone, a past or a too-distant date."""
    tz = zone(time_zone)
    naive = datetime.combine(local_date, local_time.replace(second=0, microsecond=0))
    # fold=0: a repeated (fall-back) time is its first occurrence; a skipped (spring-forward)
    # time is read with the offset before the change, which lands it after the gap
    instant = naive.replace(tzinfo=tz, fold=0).astimezone(UTC)
    if now is not None:
        if instant + SESSION_LENGTH <= now:
            raise ValueError("the appointment is in the past")
        if instant - now > timedelta(days=MAX_AHEAD_DAYS):
            raise ValueError("the appointment is more than a year away")
    if source not in ("client", "plan"):
        raise ValueError("source must be client or plan")
    fields = local_fields(instant, time_zone)
    return Appointment(appointment_id, round(instant.timestamp() * 1000), fields.utc_offset_min,
                       fields.time_zone, fields.local_day, fields.local_minute, source,
                       " ".join(note.split())[:MAX_NOTE])


def next_appointment(appointments: Iterable[Appointment], now: datetime) -> Appointment | None:
    """The earliest appointment that has not ended."""
    upcoming = [a for a in appointments if not a.ended(now)]
    return min(upcoming, key=lambda a: a.starts_utc_ms) if upcoming else None


def last_appointment(appointments: Iterable[Appointment], now: datetime) -> Appointment | None:
    """The most recent appointment that has ended (a summary can start from it)."""
    past = [a for a in appointments if a.ended(now)]
    return max(past, key=lambda a: a.starts_utc_ms) if past else None


def today_in(now: datetime, time_zone: str) -> date:
    return now.astimezone(zone(time_zone)).date()


@dataclass(frozen=True)
class NextSession:
    """What Home says about the next appointment."""

    appointment: Appointment
    days_away: int  # its local date minus today's date (0 today, 1 tomorrow)
    prepare: bool  # offer "Prepare for my session"

    @property
    def when(self) -> str:
        """"today", "tomorrow", "weekday" (within a week: say its day name) or "date"."""
        if self.days_away <= 0:
            return "today"
        if self.days_away == 1:
            return "tomorrow"
        return "weekday" if self.days_away < 7 else "date"


def next_session(appointments: Iterable[Appointment], now: datetime,
                 current_zone: str) -> NextSession | None:
    found = next_appointment(appointments, now)
    if found is None:
        return None
    days = (found.local_date - today_in(now, current_zone)).days
    return NextSession(found, days, days <= PREPARE_DAYS)
