"""Start here: the 7-day beginner course shipped as a plan file. It loads, dates itself from
the day it is taken up, asks one short practice and one reading a day, never replaces a
counselor's plan, and Home puts the counselor's plan first."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest

from app.core.course import COURSE_FILE, open_course_store, start_course, start_here_path
from app.core.home import build_home, reminder_needed
from app.core.plan_progress import PlanProgress, plan_progress
from app.core.plans import PLAN_FILE, PlanError, PlanStore, load_plan_file, parse_plan, shipped_ids
from app.core.practices import load_practices
from app.core.resources import resource_path

MONDAY = date(2026, 11, 23)
LA = "America/Los_Angeles"


def course_on(day: date) -> Any:
    return load_plan_file(start_here_path(), shipped_ids("practices", ".json"),
                          shipped_ids("articles", ".md"), start_on=day)


def test_start_here_is_seven_days_of_one_short_practice_and_one_reading() -> None:
    plan = course_on(MONDAY)
    assert (plan.starts, plan.ends, plan.days()) == (MONDAY, date(2026, 11, 29), 7)
    practices = load_practices(Path(resource_path("practices")))
    for day in range(1, 8):
        items = [i for i in plan.items if i.day == day]
        kinds = sorted(type(i).__name__ for i in items)
        assert kinds == ["PracticeItem", "ReadItem"], day
        practice = next(i for i in items if hasattr(i, "practice"))
        definition = practices.get(practice.practice)  # type: ignore[union-attr]
        assert definition is not None and definition.minutes <= 5, day  # short
        reading = next(i for i in items if hasattr(i, "read"))
        assert reading.by == date.fromordinal(MONDAY.toordinal() + day - 1)  # type: ignore[union-attr]
    assert len({i.practice for i in plan.items if hasattr(i, "practice")}) == 7  # type: ignore[union-attr]
    spanish = plan.in_language("es")
    assert spanish.title.startswith("Empieza aquí") and spanish.note != plan.note
    assert plan.in_language("fr") == plan


def test_progress_counts_only_the_day_each_practice_belongs_to() -> None:
    plan = course_on(MONDAY)
    wednesday = date(2026, 11, 25)
    minutes = {("breathing-space-3", MONDAY.toordinal()): 3.0,
               ("breathing-space-3", wednesday.toordinal()): 9.0}  # day 1's practice, again
    progress = plan_progress(plan, wednesday, minutes, read=())
    assert progress.day_number == 3
    today = progress.today_items()
    assert [type(p.item).__name__ for p in today] == ["PracticeItem", "ReadItem"]
    assert today[0].item.practice == "grounding-54321-3"  # type: ignore[union-attr]
    assert not today[0].complete
    day_one = next(p for p in progress.items if p.item.day == 1 and hasattr(p.item, "practice"))
    assert day_one.complete and (day_one.days_met, day_one.days_so_far) == (1, 1)
    future = next(p for p in progress.items if p.item.day == 7 and hasattr(p.item, "practice"))
    assert (future.done, future.days_so_far) == (0.0, 0)


def test_taking_up_the_course_never_touches_the_counselors_plan(tmp_path: Path) -> None:
    counselor = PlanStore(tmp_path)
    counselor.import_file(resource_path("plans", "example-plan.json"))
    before = (tmp_path / PLAN_FILE).read_bytes()
    store, notice = open_course_store(tmp_path)
    assert notice is None and store.plan is None
    plan = start_course(store, MONDAY)
    assert (tmp_path / PLAN_FILE).read_bytes() == before
    stored = json.loads((tmp_path / COURSE_FILE).read_text(encoding="utf-8"))
    assert stored["starts"] == "2026-11-23" and "days" not in stored
    again, _ = open_course_store(tmp_path)
    assert again.plan == plan  # dated once, kept as it was taken up
    assert counselor.plan is not None and counselor.plan.title == "Two calm weeks"


@pytest.mark.parametrize(("change", "problem"), [
    ({"days": 0}, '"days" must be a whole number from 1 to 366'),
    ({"days": 7, "starts": "2026-11-23"}, 'either "days" or "starts" and "ends"'),
    ({"items": [{"practice": "box-breathing", "minutes": 4, "day": 8}]},
     'item 1: "day" must be a whole number from 1 to 7'),
    ({"items": [{"practice": "box-breathing", "minutes": 20, "per": "week", "day": 1}]},
     'item 1: a practice for one "day" must have "per": "day"'),
    ({"items": [{"read": "cbt-and-the-brain", "day": 2, "by": "2026-11-24"}]},
     'item 1 has both "by" and "day"'),
    ({"translations": {"es": "Empieza"}}, '"translations" must map languages'),
])
def test_a_bad_course_is_refused_by_name(change: dict[str, Any], problem: str) -> None:
    raw = {"format": "rewire-plan", "version": 1, "title": "T", "days": 7,
           "items": [{"practice": "box-breathing", "minutes": 4, "day": 1}], **change}
    if "starts" in raw:
        raw["ends"] = "2026-11-29"
    with pytest.raises(PlanError) as caught:
        parse_plan(raw, start_on=MONDAY)
    assert problem in str(caught.value)


def test_a_plan_in_days_needs_a_day_to_start() -> None:
    raw = json.loads(start_here_path().read_text(encoding="utf-8"))
    with pytest.raises(PlanError, match='"starts" is missing'):
        parse_plan(raw)


def home(plan: PlanProgress | None, course: PlanProgress | None, **kw: Any) -> Any:
    args: dict[str, Any] = dict(
        now=datetime(2026, 11, 25, 17, 0, tzinfo=UTC),  # Wednesday 09:00 in Los Angeles
        zone=LA, goal_minutes=10, today_minutes=0.0, streak_days=0, days_in_last_7=0,
        hide_streaks=False, last=None, plan=plan, read=(), course=course,
        known_practices=shipped_ids("practices", ".json"),
        articles=sorted(shipped_ids("articles", ".md") or ()))
    args.update(kw)
    return build_home(**args)


def test_home_suggests_from_the_counselors_plan_first_then_the_course() -> None:
    wednesday = date(2026, 11, 25)
    counselor = plan_progress(load_plan_file(resource_path("plans", "example-plan.json")),
                              wednesday, {}, read=())
    course = plan_progress(course_on(MONDAY), wednesday, {}, read=())
    both = home(counselor, course, practiced_ever=True)
    assert (both.suggestion, both.suggestion_reason) == ("box-breathing", "plan")
    assert (both.reading, both.reading_reason) == ("cbt-and-the-brain", "plan")
    alone = home(None, course, practiced_ever=True)
    assert (alone.suggestion, alone.suggestion_reason) == ("grounding-54321-3", "course")
    # the course's oldest unread reading first: Monday's
    assert (alone.reading, alone.reading_reason) == ("neuroplasticity-basics", "course")
    day = wednesday.toordinal()
    done = plan_progress(counselor.plan, wednesday,
                         {("box-breathing", day): 5.0, ("body-scan-10", day): 20.0},
                         read=("cbt-and-the-brain",))
    after = home(done, course, practiced_ever=True)
    assert (after.suggestion, after.suggestion_reason) == ("grounding-54321-3", "course")


def test_a_reminder_waits_for_the_courses_practice_of_the_day() -> None:
    wednesday = date(2026, 11, 25)
    course = plan_progress(course_on(MONDAY), wednesday, {}, read=())
    assert reminder_needed(home(None, course, today_minutes=12, practiced_ever=True))
    done = plan_progress(course.plan, wednesday,
                         {("grounding-54321-3", wednesday.toordinal()): 3.0}, read=())
    assert not reminder_needed(home(None, done, today_minutes=12, practiced_ever=True))


def test_start_here_is_offered_on_a_first_start_only() -> None:
    assert home(None, None).offer_course
    assert not home(None, None, course_answer="declined").offer_course
    assert not home(None, None, practiced_ever=True).offer_course
    course = plan_progress(course_on(MONDAY), date(2026, 11, 25), {}, read=())
    assert not home(None, course).offer_course
