"""Home's model: what the person sees first each day."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from app.core.home import LastPractice, build_home, continue_from, minutes_by_practice_day
from app.core.plan_progress import plan_progress
from app.core.plans import load_plan_file
from app.core.resources import resource_path

LA = "America/Los_Angeles"
KNOWN = {"box-breathing", "body-scan-10", "breath-awareness-5", "breathing-space-3",
         "breath-478", "loving-kindness-10"}


def home(**kw: Any):
    args: dict[str, Any] = dict(
        now=datetime(2026, 11, 25, 16, 0, tzinfo=UTC),  # 08:00 in Los Angeles
        zone=LA, goal_minutes=10, today_minutes=0.0, streak_days=0, days_in_last_7=0,
        hide_streaks=False, last=None, plan=None, read=(), known_practices=KNOWN,
    )
    args.update(kw)
    return build_home(**args)


def test_first_day_suggests_a_short_start_and_the_first_reading() -> None:
    model = home()
    assert model.part_of_day == "morning"
    assert (model.suggestion, model.suggestion_reason) == ("breathing-space-3", "first-time")
    assert (model.reading, model.reading_reason) == ("neuroplasticity-basics", "next")
    assert model.goal_fraction == 0.0 and not model.goal_met
    assert model.last is None


def test_goal_ring_fraction_caps_at_full() -> None:
    assert home(today_minutes=5).goal_fraction == 0.5
    assert home(today_minutes=25).goal_fraction == 1.0
    assert home(today_minutes=10).goal_met


def test_hidden_streaks_switch_to_gentle_consistency() -> None:
    model = home(streak_days=12, days_in_last_7=5, hide_streaks=True)
    assert not model.show_streak and model.days_in_last_7 == 5


@dataclass(frozen=True)
class Logged:
    practice_id: str
    source: str = "app"


def test_continue_is_the_newest_app_session_with_its_last_options() -> None:
    saved = {"box-breathing": {"minutes": 7, "bell": "low-gong"}}
    recent = [Logged("imported-thing", "import"), Logged("box-breathing", "manual"),
              Logged("retired-practice"), Logged("box-breathing"), Logged("body-scan-10")]
    last = continue_from(recent, KNOWN, lambda pid: saved.get(pid, {}))
    assert last == LastPractice("box-breathing", {"minutes": 7, "bell": "low-gong"})
    assert continue_from([Logged("retired-practice")], KNOWN, lambda _pid: {}) is None
    model = home(last=last, streak_days=3, now=datetime(2026, 11, 26, 3, 0, tzinfo=UTC))
    assert model.last is not None
    assert model.last.options == {"minutes": 7, "bell": "low-gong"}
    assert model.part_of_day == "evening"  # 19:00 in Los Angeles
    assert model.suggestion == "body-scan-10"


def test_suggestion_differs_from_continue() -> None:
    model = home(last=LastPractice("breath-awareness-5"), streak_days=1)
    assert model.suggestion == "box-breathing"


def test_plan_drives_suggestion_and_reading_until_done() -> None:
    plan = load_plan_file(resource_path("plans", "example-plan.json"))
    today = date(2026, 11, 25)
    progress = plan_progress(plan, today, {}, read=())
    model = home(plan=progress, streak_days=2)
    assert (model.suggestion, model.suggestion_reason) == ("box-breathing", "plan")
    assert (model.reading, model.reading_reason) == ("cbt-and-the-brain", "plan")
    # today's box breathing done, week's body scan still open
    minutes = {("box-breathing", today.toordinal()): 5.0}
    progress = plan_progress(plan, today, minutes, read=("cbt-and-the-brain",))
    model = home(plan=progress, read=("cbt-and-the-brain",), streak_days=2)
    assert (model.suggestion, model.suggestion_reason) == ("body-scan-10", "plan")
    assert model.reading == "neuroplasticity-basics"


def test_plan_suggestion_skips_the_practice_continue_already_offers() -> None:
    plan = load_plan_file(resource_path("plans", "example-plan.json"))
    progress = plan_progress(plan, date(2026, 11, 25), {}, read=())
    model = home(plan=progress, last=LastPractice("box-breathing"), streak_days=2)
    assert (model.suggestion, model.suggestion_reason) == ("body-scan-10", "plan")


def test_a_started_reading_comes_before_a_new_one() -> None:
    model = home(read=("neuroplasticity-basics",), started=("dopamine-and-progress",))
    assert (model.reading, model.reading_reason) == ("dopamine-and-progress", "continue")


def test_all_read_means_no_reading_suggestion() -> None:
    everything = ("neuroplasticity-basics", "cbt-and-the-brain")
    assert home(read=everything, articles=everything).reading is None


@dataclass
class Row:
    practice_id: str
    local_day: int
    duration_s: float


def test_minutes_by_practice_day_sums_sessions() -> None:
    rows = [Row("box-breathing", 10, 120), Row("box-breathing", 10, 180),
            Row("breath-478", 11, 60)]
    assert minutes_by_practice_day(rows) == {("box-breathing", 10): 5.0,
                                             ("breath-478", 11): 1.0}


def test_next_part_change_is_the_next_greeting_boundary() -> None:
    from app.core.home import next_part_change

    morning = datetime(2026, 11, 25, 16, 0, tzinfo=UTC)  # 08:00 in Los Angeles
    assert next_part_change(morning, LA) == datetime(2026, 11, 25, 20, 0, tzinfo=UTC)
    late = datetime(2026, 11, 26, 7, 30, tzinfo=UTC)  # 23:30 in Los Angeles: a new day at 0:00
    assert next_part_change(late, LA) == datetime(2026, 11, 26, 8, 0, tzinfo=UTC)


def test_no_reminder_once_the_day_is_done() -> None:
    from app.core.home import reminder_needed

    assert reminder_needed(home(today_minutes=3))
    assert not reminder_needed(home(today_minutes=10))
    plan = load_plan_file(resource_path("plans", "example-plan.json"))
    today = date(2026, 11, 25)
    pending = plan_progress(plan, today, {("box-breathing", today.toordinal()): 5.0}, read=())
    assert reminder_needed(home(today_minutes=10, plan=pending))  # the weekly body scan
    done = plan_progress(plan, today, {("box-breathing", today.toordinal()): 5.0,
                                       ("body-scan-10", today.toordinal()): 20.0}, read=())
    assert not reminder_needed(home(today_minutes=25, plan=done))


def test_week_marks_cover_the_last_seven_days_today_last() -> None:
    from app.core.home import week_marks

    marks = week_marks({100: 12.0, 98: 3.0, 90: 50.0}, today=100, goal_minutes=10)
    assert [m.day for m in marks] == list(range(94, 101))
    assert [(m.minutes, m.goal_met) for m in marks][-3:] == [(3.0, False), (0.0, False),
                                                             (12.0, True)]
