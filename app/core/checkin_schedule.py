"""When a plan asks for a check-in, and when it has been answered or skipped.

A homework plan may schedule check-ins (docs/plans.md, block ``checkins``):

    "checkins": {"instruments": ["phq9", "gad7"], "every_days": 14,
                 "before_appointments": true}

- ``every_days``: a check-in is due when that many local days have passed since it was last
  taken or skipped (or at once, if it never was).
- ``before_appointments``: a check-in is due from the day before each appointment until the
  appointment ends, unless it was taken or skipped since that day.

Everything is counted in local day ordinals (the date where the person was when they took or
skipped it, the date where they are now), never in seconds, so daylight-saving changes and
travel move nothing by a day. Skipping is one click and ends that occurrence: it is not offered
again until the next one is due. Nothing here nags; Home only shows one quiet card.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from app.core.appointments import Appointment
from app.core.instruments import INSTRUMENT_IDS

MAX_EVERY_DAYS = 366


@dataclass(frozen=True)
class CheckinRules:
    instruments: tuple[str, ...] = ()
    every_days: int | None = None
    before_appointments: bool = False

    def __post_init__(self) -> None:
        unknown = [i for i in self.instruments if i not in INSTRUMENT_IDS]
        if unknown:
            raise ValueError(f"unknown check-in {unknown[0]!r}")
        if self.every_days is not None and not 1 <= self.every_days <= MAX_EVERY_DAYS:
            raise ValueError(f"every_days must be from 1 to {MAX_EVERY_DAYS}")

    @property
    def active(self) -> bool:
        return bool(self.instruments) and (self.every_days is not None
                                           or self.before_appointments)


@dataclass(frozen=True)
class Mark:
    """A check-in taken or skipped: which one, on which local day, for which appointment."""

    instrument: str
    local_day: int
    appointment_id: int | None = None  # a skip of the "before appointment" occurrence


@dataclass(frozen=True)
class Due:
    instrument: str
    reason: str  # "every" | "appointment"
    appointment_id: int | None = None


def due_checkins(rules: CheckinRules, today: int, now: datetime,
                 taken: Iterable[Mark], skipped: Iterable[Mark],
                 appointments: Sequence[Appointment]) -> list[Due]:
    """The check-ins due today (local day ordinal ``today``), one per instrument at most."""
    if not rules.active:
        return []
    taken_days: dict[str, list[int]] = {}
    for mark in taken:
        taken_days.setdefault(mark.instrument, []).append(mark.local_day)
    skips = list(skipped)
    upcoming = sorted((a for a in appointments if not a.ended(now)),
                      key=lambda a: a.starts_utc_ms)
    out: list[Due] = []
    for ident in rules.instruments:
        days = taken_days.get(ident, [])
        own_skips = [s for s in skips if s.instrument == ident]
        due = _before_appointment(ident, today, days, own_skips, upcoming) \
            if rules.before_appointments else None
        if due is None and rules.every_days is not None:
            due = _every(ident, today, rules.every_days, days, own_skips)
        if due is not None:
            out.append(due)
    return out


def _before_appointment(ident: str, today: int, days: list[int], skips: list[Mark],
                        upcoming: list[Appointment]) -> Due | None:
    for appt in upcoming:
        first = appt.local_day - 1
        if not first <= today <= appt.local_day:
            continue
        if any(d >= first for d in days):
            return None
        if any(s.appointment_id == appt.id or (s.appointment_id is None and s.local_day >= first)
               for s in skips):
            return None
        return Due(ident, "appointment", appt.id)
    return None


def _every(ident: str, today: int, every: int, days: list[int],
           skips: list[Mark]) -> Due | None:
    marks = days + [s.local_day for s in skips if s.appointment_id is None]
    last = max(marks, default=None)
    if last is None or today - last >= every:
        return Due(ident, "every")
    return None


def next_every_day(every: int, days: Iterable[int]) -> int | None:
    """The local day the next "every N days" check-in is due (None: due now, never taken)."""
    last = max(days, default=None)
    return None if last is None else last + every
