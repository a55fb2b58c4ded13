"""Appointments and scheduled check-ins, counted in local days across DST and travel."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

import pytest

from app.core.appointments import make_appointment, next_session
from app.core.checkin_schedule import CheckinRules, Mark, due_checkins
from app.core.streaks import today_ordinal

LA = "America/Los_Angeles"


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).astimezone(UTC)


def test_next_session_says_the_day_and_offers_to_prepare_from_the_day_before() -> None:
    now = at("2026-11-30T09:00-08:00")  # a Monday
    thursday = make_appointment(date(2026, 12, 3), time(16, 0), LA, now=now, appointment_id=1)
    shown = next_session([thursday], now, LA)
    assert shown is not None and shown.when == "weekday" and shown.days_away == 3
    assert not shown.prepare
    wednesday = at("2026-12-02T07:00-08:00")
    shown = next_session([thursday], wednesday, LA)
    assert shown is not None and shown.when == "tomorrow" and shown.prepare
    during = at("2026-12-03T16:30-08:00")
    assert next_session([thursday], during, LA).when == "today"  # type: ignore[union-attr]
    after = at("2026-12-03T17:00-08:00")  # an hour after the start: it has ended
    assert next_session([thursday], after, LA) is None


def test_a_past_or_far_appointment_is_refused() -> None:
    now = at("2026-11-30T09:00-08:00")
    with pytest.raises(ValueError, match="past"):
        make_appointment(date(2026, 11, 29), time(16, 0), LA, now=now)
    with pytest.raises(ValueError, match="year"):
        make_appointment(date(2028, 1, 1), time(16, 0), LA, now=now)
    with pytest.raises(ValueError, match="time zone"):
        make_appointment(date(2026, 12, 1), time(16, 0), "Mars/Olympus", now=now)


def test_an_appointment_keeps_its_day_across_the_dst_change() -> None:
    # Sunday 2026-11-01 is the fall-back day in Los Angeles; the appointment is Monday 09:00
    before = at("2026-10-31T12:00-07:00")
    monday = make_appointment(date(2026, 11, 2), time(9, 0), LA, now=before)
    assert monday.starts_at.hour == 9 and monday.local_date == date(2026, 11, 2)
    sunday_late = at("2026-11-01T23:30-08:00")
    shown = next_session([monday], sunday_late, LA)
    assert shown is not None and shown.days_away == 1 and shown.prepare
    # a time inside the spring-forward gap (02:30 on 2027-03-14) is kept after the gap
    gap = make_appointment(date(2027, 3, 14), time(2, 30), LA, now=before)
    assert gap.starts_at.hour == 3 and gap.local_date == date(2027, 3, 14)


def test_travel_keeps_the_clinic_time_and_counts_days_where_the_client_is() -> None:
    now = at("2026-11-30T09:00-08:00")
    appt = make_appointment(date(2026, 12, 3), time(16, 0), LA, now=now)
    # in Tokyo it is already 2026-12-03 02:00 on 12-02 10:00 LA: the clinic date is today
    tokyo_now = at("2026-12-02T10:00-08:00")
    shown = next_session([appt], tokyo_now, "Asia/Tokyo")
    assert shown is not None and shown.days_away == 0 and shown.prepare
    assert appt.starts_at.hour == 16  # still 4 pm at the clinic
    honolulu = next_session([appt], tokyo_now, "Pacific/Honolulu")
    assert honolulu is not None and honolulu.days_away == 1


def test_every_14_days_counts_local_days_across_dst_and_travel() -> None:
    rules = CheckinRules(("phq9",), every_days=14)
    taken_at = at("2026-10-25T23:30-07:00")  # late evening in LA, a week before fall-back
    taken = [Mark("phq9", today_ordinal(taken_at, LA))]
    # 13 local days later (DST ended in between): not due yet
    day13 = at("2026-11-07T23:59-08:00")
    assert due_checkins(rules, today_ordinal(day13, LA), day13, taken, [], []) == []
    day14 = at("2026-11-08T00:01-08:00")
    assert [d.instrument for d in due_checkins(rules, today_ordinal(day14, LA), day14,
                                                taken, [], [])] == ["phq9"]
    # the machine travels to Tokyo: today is counted there, the stored day does not move
    tokyo = at("2026-11-07T08:00-08:00")  # 2026-11-08 01:00 in Tokyo
    assert today_ordinal(tokyo, "Asia/Tokyo") == today_ordinal(day14, LA)
    assert due_checkins(rules, today_ordinal(tokyo, "Asia/Tokyo"), tokyo, taken, [], [])


def test_never_taken_is_due_and_skipping_ends_that_occurrence() -> None:
    rules = CheckinRules(("phq9", "gad7"), every_days=14)
    now = at("2026-11-30T09:00-08:00")
    today = today_ordinal(now, LA)
    assert len(due_checkins(rules, today, now, [], [], [])) == 2
    skipped = [Mark("phq9", today)]
    due = due_checkins(rules, today, now, [], skipped, [])
    assert [d.instrument for d in due] == ["gad7"]
    assert [d.instrument for d in due_checkins(rules, today + 13, now, [], skipped, [])] \
        == ["gad7"]
    assert {d.instrument for d in due_checkins(rules, today + 14, now, [], skipped, [])} \
        == {"phq9", "gad7"}


def test_before_each_appointment_from_the_day_before_until_it_ends() -> None:
    rules = CheckinRules(("gad7",), before_appointments=True)
    made = at("2026-11-20T09:00-08:00")
    appt = make_appointment(date(2026, 12, 3), time(16, 0), LA, now=made, appointment_id=7)

    def due(now: datetime, taken: list[Mark], skipped: list[Mark]) -> list[str]:
        return [d.reason for d in due_checkins(rules, today_ordinal(now, LA), now, taken,
                                               skipped, [appt])]

    assert due(at("2026-12-01T20:00-08:00"), [], []) == []
    assert due(at("2026-12-02T08:00-08:00"), [], []) == ["appointment"]
    assert due(at("2026-12-03T15:00-08:00"), [], []) == ["appointment"]
    assert due(at("2026-12-03T18:00-08:00"), [], []) == []  # it has ended
    wed = at("2026-12-02T08:00-08:00")
    assert due(wed, [Mark("gad7", today_ordinal(wed, LA))], []) == []
    assert due(wed, [], [Mark("gad7", today_ordinal(wed, LA), 7)]) == []
    # taken a week before does not count for this appointment
    assert due(wed, [Mark("gad7", today_ordinal(wed, LA) - 7)], []) == ["appointment"]


def test_rules_refuse_unknown_instruments_and_silly_intervals() -> None:
    with pytest.raises(ValueError):
        CheckinRules(("beck",), every_days=7)
    with pytest.raises(ValueError):
        CheckinRules(("phq9",), every_days=0)
    assert not CheckinRules(("phq9",)).active
