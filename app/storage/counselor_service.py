"""Back to the counselor, as one service the pages share (``services.counselor``).

It ties the practice log (check-ins, appointments, shared notes), the homework plan (its
appointments, check-in schedule and support-plan prefill) and the two personal files (the
support plan, the "what I want to talk about" text) together. Qt-free; never built in kiosk
mode (a visitor never sees a check-in, a summary or a plan).
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable
from datetime import date, time
from typing import Any

from app.core.appointments import Appointment, NextSession, make_appointment, next_session
from app.core.checkin_schedule import CheckinRules, Due, due_checkins
from app.core.clinic import ClinicProfile
from app.core.notices import Level, Notice
from app.core.paths import DataPaths
from app.core.plans import Plan
from app.core.streaks import today_ordinal
from app.core.support_plan import (
    CounselorNotes,
    SupportPlan,
    clinic_professionals,
    counselor_notes_file,
    support_plan_file,
)

log = logging.getLogger(__name__)


class CounselorService:
    def __init__(self, practice_log: Any, plans: Any, paths: DataPaths, clinic: ClinicProfile,
                 notify: Callable[[Notice], None], day_start_hour: Callable[[], int]) -> None:
        self.log = practice_log
        self.plans = plans
        self.paths = paths
        self.clinic = clinic
        self.notify = notify
        self.day_start_hour = day_start_hour
        self.clock = practice_log.clock
        self._support = support_plan_file(paths.data)
        self._notes = counselor_notes_file(paths.data)
        if plans is not None:
            plans.subscribe(self.sync_plan)  # the owner calls sync_plan() once it holds self

    # -- the plan's blocks ------------------------------------------------------------------
    @property
    def plan(self) -> Plan | None:
        return getattr(self.plans, "plan", None)

    def rules(self) -> CheckinRules:
        extras = self.plan.extras if self.plan is not None else None
        return extras.checkins if extras is not None and extras.checkins else CheckinRules()

    def sync_plan(self) -> None:
        """Add the plan's future appointments to the log (each once)."""
        plan = self.plan
        if plan is None or plan.extras is None:
            return
        now = self.clock.now()
        for entry in plan.extras.appointments:
            zone = entry.time_zone or self.clock.local_zone()
            try:
                appt = make_appointment(entry.date, entry.time, zone, source="plan", now=now)
            except ValueError:
                continue  # past (or too far): nothing to show
            self.log.add_appointment(appt)

    # -- appointments ---------------------------------------------------------------------
    def appointments(self) -> list[Appointment]:
        return [a for a in self.log.appointments() if not a.ended(self.clock.now())]

    def next_session(self) -> NextSession | None:
        return next_session(self.log.appointments(), self.clock.now(), self.clock.local_zone())

    def add_appointment(self, day: date, at: time, note: str = "") -> Appointment:
        """ValueError (with a reason) for a past or far date; the stored appointment."""
        appt = make_appointment(day, at, self.clock.local_zone(), note=note,
                                now=self.clock.now())
        new_id = self.log.add_appointment(appt)
        if new_id is None:
            raise OSError("the practice log cannot be written right now")
        return dataclasses.replace(appt, id=new_id)

    def remove_appointment(self, appointment_id: int) -> bool:
        return bool(self.log.remove_appointment(appointment_id))

    # -- check-ins ------------------------------------------------------------------------
    def today(self) -> int:
        return today_ordinal(self.clock.now(), self.clock.local_zone(), 0)

    def due(self) -> list[Due]:
        taken, skipped = self.log.checkin_marks()
        return due_checkins(self.rules(), self.today(), self.clock.now(), taken, skipped,
                            self.log.appointments())

    def take(self, ident: str, answers: list[int]) -> Any:
        """Store a finished check-in; the CheckinRow, or None when it could not be saved."""
        return self.log.add_checkin(ident, answers, self.clock.now(), self.clock.local_zone())

    def skip(self, due: Due) -> None:
        self.log.skip_checkin(due.instrument, self.today(), due.appointment_id,
                              self.clock.now())

    def checkins(self) -> list[Any]:
        return list(self.log.checkins())

    # -- the personal files ---------------------------------------------------------------
    def prefill(self) -> SupportPlan:
        crisis = [(line.label, line.number) for line in self.clinic.crisis]
        base = SupportPlan(professionals=clinic_professionals(self.clinic.name,
                                                              self.clinic.phone, crisis))
        extras = self.plan.extras if self.plan is not None else None
        if extras is not None and extras.support_plan is not None:
            base = extras.support_plan.merged_with(base)
        return base

    def support_plan(self) -> SupportPlan:
        stored, notice = self._support.load()
        if notice is not None:
            self.notify(notice)
        return (stored or SupportPlan()).merged_with(self.prefill())

    def save_support_plan(self, plan: SupportPlan) -> bool:
        return self._save(self._support, plan, "Support plan not saved")

    def talk_about(self) -> str:
        stored, notice = self._notes.load()
        if notice is not None:
            self.notify(notice)
        return stored.talk_about if stored is not None else ""

    def save_talk_about(self, text: str) -> bool:
        return self._save(self._notes, CounselorNotes(text), "Notes not saved")

    def _save(self, store: Any, value: Any, title: str) -> bool:
        try:
            store.save(value, self.clock.now())
        except OSError as exc:
            self.notify(Notice(Level.ERROR, title,
                               f"Rewire could not save {store.path.name} ({exc.strerror or exc})"
                               ". What you wrote is still on the screen; try again once the "
                               "disk has room.", store.path))
            return False
        return True

    def close(self) -> None:
        if self.plans is not None:
            self.plans.unsubscribe(self.sync_plan)

