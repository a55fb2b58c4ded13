"""The optional blocks a homework plan may carry for issue 15 (docs/plans.md):

    "appointments": [{"date": "2026-12-03", "time": "16:00",
                      "time_zone": "America/Los_Angeles"}],
    "checkins": {"instruments": ["phq9", "gad7"], "every_days": 14,
                 "before_appointments": true},
    "support_plan": {"warning_signs": ["..."], "ask_for_help": [{"name": "...", "phone": "..."}]}

Plans without them load as before. A block that is wrong refuses the whole plan with a
PlanError naming the problem, like any other field.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, time
from typing import Any

from app.core.checkin_schedule import MAX_EVERY_DAYS, CheckinRules
from app.core.instruments import INSTRUMENT_IDS
from app.core.plans import _N, PlanError
from app.core.streaks import zone
from app.core.support_plan import SupportPlan, parse_support_plan

MAX_APPOINTMENTS = 20


@dataclass(frozen=True)
class PlanAppointment:
    date: date
    time: time
    time_zone: str | None  # None: the zone the computer is in when the plan is imported

    def as_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"date": self.date.isoformat(),
                                "time": self.time.strftime("%H:%M")}
        if self.time_zone:
            data["time_zone"] = self.time_zone
        return data


@dataclass(frozen=True)
class PlanExtras:
    appointments: tuple[PlanAppointment, ...] = ()
    checkins: CheckinRules | None = None
    support_plan: SupportPlan | None = None

    def as_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.appointments:
            data["appointments"] = [a.as_json() for a in self.appointments]
        if self.checkins is not None:
            block: dict[str, Any] = {"instruments": list(self.checkins.instruments)}
            if self.checkins.every_days is not None:
                block["every_days"] = self.checkins.every_days
            if self.checkins.before_appointments:
                block["before_appointments"] = True
            data["checkins"] = block
        if self.support_plan is not None:
            sp = self.support_plan.as_json()
            data["support_plan"] = {k: v for k, v in sp.items()
                                    if k not in ("format", "version") and v}
        return data


def _appointment(raw: Any, n: int) -> PlanAppointment:
    if not isinstance(raw, Mapping):
        raise PlanError(_N("appointment {n} is not an object"), n=n)
    try:
        day = date.fromisoformat(str(raw.get("date", "")))
    except ValueError:
        raise PlanError(_N('appointment {n}: "date" must be a date like "2026-12-03"'),
                        n=n) from None
    text = raw.get("time")
    try:
        when = time.fromisoformat(text) if isinstance(text, str) and len(text) == 5 else None
    except ValueError:
        when = None
    if when is None:
        raise PlanError(_N('appointment {n}: "time" must be a time like "16:00"'), n=n)
    tz = raw.get("time_zone")
    if tz is not None:
        try:
            zone(str(tz))
        except ValueError:
            raise PlanError(_N('appointment {n}: "{zone}" is not a time zone'), n=n,
                            zone=str(tz)[:40]) from None
    return PlanAppointment(day, when, str(tz) if tz is not None else None)


def _checkins(raw: Any) -> CheckinRules:
    if not isinstance(raw, Mapping):
        raise PlanError(_N('"checkins" must be an object'))
    names = raw.get("instruments")
    if (not isinstance(names, list) or not names
            or any(n not in INSTRUMENT_IDS for n in names) or len(set(names)) != len(names)):
        raise PlanError(_N('"checkins": "instruments" must list "phq9", "gad7" or both'))
    every = raw.get("every_days")
    if every is not None and (not isinstance(every, int) or isinstance(every, bool)
                              or not 1 <= every <= MAX_EVERY_DAYS):
        raise PlanError(_N('"checkins": "every_days" must be a whole number from 1 to {max}'),
                        max=MAX_EVERY_DAYS)
    before = raw.get("before_appointments", False)
    if not isinstance(before, bool):
        raise PlanError(_N('"checkins": "before_appointments" must be true or false'))
    if every is None and not before:
        raise PlanError(_N('"checkins" needs "every_days" or "before_appointments"'))
    return CheckinRules(tuple(names), every, before)


def parse_extras(raw: Mapping[str, Any]) -> PlanExtras:
    appointments: list[PlanAppointment] = []
    listed = raw.get("appointments")
    if listed is not None:
        if not isinstance(listed, list) or len(listed) > MAX_APPOINTMENTS:
            raise PlanError(_N('"appointments" must be a list of at most {max} appointments'),
                            max=MAX_APPOINTMENTS)
        appointments = [_appointment(a, n) for n, a in enumerate(listed, start=1)]
    checkins = _checkins(raw["checkins"]) if raw.get("checkins") is not None else None
    support = None
    if raw.get("support_plan") is not None:
        try:
            support = parse_support_plan(raw["support_plan"], stored=False)
        except ValueError as exc:
            raise PlanError(_N('"support_plan": {problem}'), problem=str(exc)) from None
    return PlanExtras(tuple(appointments), checkins, support)
