"""Plan blocks for appointments, check-ins and the support plan; the support plan's file."""

from __future__ import annotations

import json
import os
from datetime import UTC, datetime
from pathlib import Path

import pytest

from app.core.plans import PlanError, load_plan_file, parse_plan
from app.core.resources import resource_path
from app.core.support_plan import (
    Contact,
    SupportPlan,
    clinic_professionals,
    counselor_notes_file,
    support_plan_file,
)

NOW = datetime(2026, 11, 30, 17, 0, tzinfo=UTC)


def base() -> dict:
    return json.loads(resource_path("plans", "example-plan.json").read_text(encoding="utf-8"))


def test_old_plans_still_load_and_new_blocks_round_trip() -> None:
    old = parse_plan(base())
    assert old.extras is not None and old.extras.appointments == ()
    raw = base() | {
        "appointments": [{"date": "2026-12-03", "time": "16:00",
                          "time_zone": "America/Los_Angeles"}],
        "checkins": {"instruments": ["phq9", "gad7"], "every_days": 14,
                     "before_appointments": True},
        "support_plan": {"warning_signs": ["I stop answering texts"],
                         "ask_for_help": [{"name": "Ana", "phone": "805-555-0100"}]}}
    plan = parse_plan(raw)
    assert plan.extras is not None
    assert plan.extras.appointments[0].time.hour == 16
    assert plan.extras.checkins is not None and plan.extras.checkins.every_days == 14
    assert plan.extras.support_plan is not None
    assert plan.extras.support_plan.ask_for_help == (Contact("Ana", "805-555-0100"),)
    again = parse_plan(plan.to_json())
    assert again.extras == plan.extras


@pytest.mark.parametrize(("block", "message"), [
    ({"appointments": [{"date": "soon", "time": "16:00"}]}, "appointment 1"),
    ({"appointments": [{"date": "2026-12-03", "time": "4pm"}]}, '"time"'),
    ({"appointments": [{"date": "2026-12-03", "time": "16:00", "time_zone": "Nowhere"}]},
     "time zone"),
    ({"checkins": {"instruments": ["beck"], "every_days": 7}}, "instruments"),
    ({"checkins": {"instruments": ["phq9"], "every_days": 0}}, "every_days"),
    ({"checkins": {"instruments": ["phq9"]}}, "needs"),
    ({"support_plan": {"mood": ["?"]}}, "unknown part"),
    ({"support_plan": {"warning_signs": "one"}}, "warning_signs"),
])
def test_a_wrong_block_refuses_the_plan(block: dict, message: str, tmp_path: Path) -> None:
    path = tmp_path / "plan.json"
    path.write_text(json.dumps(base() | block), encoding="utf-8")
    with pytest.raises(PlanError, match=message) as caught:
        load_plan_file(path)
    assert str(caught.value).startswith("plan.json: ")


def test_support_plan_saves_atomically_backs_up_and_restores_after_damage(
        tmp_path: Path) -> None:
    store = support_plan_file(tmp_path)
    assert store.load() == (None, None)
    first = SupportPlan(warning_signs=("I sleep all day",),
                        ask_for_help=(Contact("Ana", "805-555-0100"),))
    store.save(first, NOW)
    assert store.load() == (first, None)
    if os.name == "posix":
        assert (store.path.stat().st_mode & 0o777) == 0o600
    second = SupportPlan(warning_signs=("I sleep all day", "I skip meals"))
    store.save(second, NOW.replace(hour=18))  # the version before it becomes the day's backup
    store.save(second, NOW.replace(hour=19))  # one backup a day
    store.save(second, datetime(2026, 12, 1, 9, 0, tzinfo=UTC))
    assert [p.name for p in store.backup_files()] == ["support-plan-2026-12-01.json",
                                                      "support-plan-2026-11-30.json"]
    store.path.write_text("{ not json", encoding="utf-8")
    value, notice = store.load()
    assert value == second and notice is not None
    assert "support-plan.json.bad" in notice.text and "2026-12-01" in notice.text
    assert (tmp_path / "support-plan.json.bad").read_text(encoding="utf-8") == "{ not json"
    assert store.load() == (second, None)  # the restored copy is on disk again


def test_damage_without_a_backup_starts_empty_and_keeps_the_file(tmp_path: Path) -> None:
    store = counselor_notes_file(tmp_path)
    store.path.write_bytes(b"\xff\xfe garbage")
    value, notice = store.load()
    assert value is None and notice is not None and "no backup" in notice.text
    assert (tmp_path / "counselor-notes.json.bad").exists()


def test_prefill_never_overwrites_and_the_clinic_is_a_professional() -> None:
    mine = SupportPlan(warning_signs=("mine",))
    prefill = SupportPlan(warning_signs=("theirs",), on_my_own=("walk",))
    merged = mine.merged_with(prefill)
    assert merged.warning_signs == ("mine",) and merged.on_my_own == ("walk",)
    pros = clinic_professionals("Meditative Minds", "805-285-8466",
                                [("911", "911"), ("988 Lifeline", "988"),
                                 ("Clinic", "805-285-8466")])
    assert pros == (Contact("Meditative Minds", "805-285-8466"), Contact("988 Lifeline", "988"))
