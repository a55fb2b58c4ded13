"""What Home shows, computed from plain data so it can be tested without a window.

Inputs come from the practice log (today's minutes, streak, consistency, the newest
sessions), the options last used for each practice (app/core/remembered_options.py), the
homework plan and the reading state. The view (app/ui/home/page.py) only draws a HomeModel.

"Continue" offers the newest session the log recorded from the app whose practice is still
shipped, with the options last chosen for it (`continue_from`).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Protocol
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from app.core.plan_progress import PlanProgress
from app.core.plans import PracticeItem, ReadItem

# What to suggest by the time of day when no plan asks for something.
BY_PART_OF_DAY: dict[str, tuple[str, ...]] = {
    "morning": ("breath-awareness-5", "box-breathing", "breathing-space-3"),
    "afternoon": ("breathing-space-3", "box-breathing", "grounding-54321-3"),
    "evening": ("body-scan-10", "loving-kindness-10", "breath-478"),
    "night": ("wind-down-sleep", "back-to-sleep", "breath-478"),
}
FIRST_TIME = "breathing-space-3"
# Readings in the order a newcomer would enjoy them.
READING_ORDER: tuple[str, ...] = (
    "neuroplasticity-basics", "therapy-and-plasticity", "what-to-expect-in-therapy",
    "breathing-and-the-body", "habits-how-long-change-takes", "mindfulness-and-the-brain",
    "when-mindfulness-is-hard", "sleep-and-the-anxious-mind", "cbt-and-the-brain",
    "emotions-connection-relationship", "dopamine-and-progress", "serotonin-and-mood",
    "oxytocin-and-trust",
)


@dataclass(frozen=True)
class LastPractice:
    practice_id: str
    options: dict[str, Any] = field(default_factory=dict)  # for Navigator.open_practice


class LoggedSession(Protocol):
    """What Continue reads of a row of the log."""

    @property
    def practice_id(self) -> str: ...

    @property
    def source(self) -> str: ...


def continue_from(recent: Iterable[LoggedSession], known: Collection[str],
                  saved: Callable[[str], dict[str, Any]]) -> LastPractice | None:
    """The newest session practised in the app (not imported, not added by hand) whose
    practice is still shipped, with `saved(practice_id)`, the options last chosen for it."""
    for row in recent:
        if row.source == "app" and row.practice_id in known:
            return LastPractice(row.practice_id, saved(row.practice_id))
    return None


def part_of_day(now: datetime, zone: str) -> str:
    try:
        tz = ZoneInfo(zone)
    except (ZoneInfoNotFoundError, ValueError):
        tz = ZoneInfo("UTC")
    hour = now.astimezone(tz).hour
    if 5 <= hour < 12:
        return "morning"
    if 12 <= hour < 17:
        return "afternoon"
    if 17 <= hour < 22:
        return "evening"
    return "night"


# Local hours where the greeting changes (5, 12, 17, 22) or a practice day may start (0-6).
REFRESH_HOURS = (0, 1, 2, 3, 4, 5, 6, 12, 17, 22)


def next_part_change(now: datetime, zone: str) -> datetime:
    """The next instant (aware) when Home may look different: the greeting changes, or a new
    practice day begins (the day-start hour is 0-6)."""
    from datetime import timedelta

    try:
        tz = ZoneInfo(zone)
    except (ZoneInfoNotFoundError, ValueError):
        tz = ZoneInfo("UTC")
    local = now.astimezone(tz)
    for days in (0, 1):
        day = local.date() + timedelta(days=days)
        for hour in REFRESH_HOURS:
            candidate = datetime(day.year, day.month, day.day, hour, tzinfo=tz)
            if candidate > local:
                return candidate
    return local + timedelta(hours=1)  # pragma: no cover


@dataclass(frozen=True)
class DayMark:
    day: int  # practice-day ordinal
    minutes: float
    goal_met: bool


def week_marks(day_minutes: Mapping[int, float], today: int, goal_minutes: int
               ) -> tuple[DayMark, ...]:
    """The last 7 practice days (today last) with their minutes and whether the goal was met."""
    out = []
    for day in range(today - 6, today + 1):
        minutes = max(0.0, float(day_minutes.get(day, 0.0)))
        out.append(DayMark(day, minutes, minutes >= goal_minutes - 1e-6))
    return tuple(out)


@dataclass(frozen=True)
class HomeModel:
    part_of_day: str  # morning | afternoon | evening | night
    today_minutes: float
    goal_minutes: int
    streak_days: int
    days_in_last_7: int
    show_streak: bool  # False when the user hides streak numbers (gentle consistency instead)
    last: LastPractice | None
    suggestion: str | None  # a practice id
    suggestion_reason: str  # plan | first-time | morning | afternoon | evening | night
    reading: str | None  # an article id
    reading_reason: str  # plan | continue (started, not finished) | next
    plan: PlanProgress | None
    has_log: bool = True
    week: tuple[DayMark, ...] = ()  # the last 7 practice days, oldest first, today last
    course: PlanProgress | None = None  # the Start here course, after a counselor's plan
    offer_course: bool = False  # offer Start here (a first start, nothing begun or declined)

    @property
    def goal_fraction(self) -> float:
        return min(1.0, self.today_minutes / self.goal_minutes) if self.goal_minutes else 1.0

    @property
    def goal_met(self) -> bool:
        return self.today_minutes >= self.goal_minutes - 1e-6


def _open_today(progress: PlanProgress | None,
                ok: Callable[[str], bool]) -> list[str]:
    """The practices an active plan still asks of today, in the plan's order."""
    if progress is None or progress.state != "active":
        return []
    return [p.item.practice for p in progress.today_items()
            if isinstance(p.item, PracticeItem) and not p.complete and ok(p.item.practice)]


def suggest_practice(part: str, plan: PlanProgress | None, last: LastPractice | None,
                     has_history: bool, known: Collection[str] | None = None,
                     course: PlanProgress | None = None) -> tuple[str | None, str]:
    """What "Suggested for you" offers: what the counselor's plan still asks of today, then
    the Start here course's practice for today, then a first-time or time-of-day choice."""
    def ok(pid: str) -> bool:
        return known is None or pid in known

    # "Continue" already offers the last practice: suggest another plan item if there is one
    for progress, reason in ((plan, "plan"), (course, "course")):
        others = [pid for pid in _open_today(progress, ok)
                  if last is None or pid != last.practice_id]
        if others:
            return others[0], reason
    if not has_history and ok(FIRST_TIME):
        return FIRST_TIME, "first-time"
    choices = [p for p in BY_PART_OF_DAY.get(part, ()) if ok(p)]
    fresh = [p for p in choices if last is None or p != last.practice_id]
    if fresh:
        return fresh[0], part
    if choices:
        return choices[0], part
    if known:
        return sorted(known)[0], part
    return None, part


def _pending_reading(progress: PlanProgress | None, order: Sequence[str]) -> str | None:
    """The reading a plan (not finished) asks for next: the earliest date first."""
    if progress is None or progress.state == "finished":
        return None
    pending = [p.item for p in progress.items
               if isinstance(p.item, ReadItem) and not p.complete and p.item.read in order]
    if not pending:
        return None
    pending.sort(key=lambda i: (i.by is None, i.by))
    return pending[0].read


def suggest_reading(plan: PlanProgress | None, read: Collection[str],
                    available: Sequence[str] | None = None,
                    started: Collection[str] = (),
                    course: PlanProgress | None = None) -> tuple[str | None, str]:
    order = list(available) if available is not None else list(READING_ORDER)
    if available is not None:
        ranked = [a for a in READING_ORDER if a in available]
        order = ranked + sorted(a for a in available if a not in ranked)
    for progress, reason in ((plan, "plan"), (course, "course")):
        pending = _pending_reading(progress, order)
        if pending is not None:
            return pending, reason
    for article in order:
        if article in started and article not in read:
            return article, "continue"
    for article in order:
        if article not in read:
            return article, "next"
    return None, "next"


def build_home(*, now: datetime, zone: str, goal_minutes: int, today_minutes: float,
               streak_days: int, days_in_last_7: int, hide_streaks: bool,
               last: LastPractice | None, plan: PlanProgress | None, read: Collection[str],
               known_practices: Collection[str] | None = None,
               articles: Sequence[str] | None = None, has_log: bool = True,
               started: Collection[str] = (),
               week: tuple[DayMark, ...] = (),
               practiced_ever: bool | None = None,
               course: PlanProgress | None = None,
               course_answer: Any = None) -> HomeModel:
    part = part_of_day(now, zone)
    history = practiced_ever if practiced_ever is not None else (
        last is not None or today_minutes > 0 or streak_days > 0 or days_in_last_7 > 0)
    suggestion, why = suggest_practice(part, plan, last, history, known_practices, course)
    reading, reading_why = suggest_reading(plan, read, articles, started, course)
    return HomeModel(
        part_of_day=part, today_minutes=max(0.0, today_minutes), goal_minutes=goal_minutes,
        streak_days=streak_days, days_in_last_7=days_in_last_7, show_streak=not hide_streaks,
        last=last, suggestion=suggestion, suggestion_reason=why, reading=reading,
        reading_reason=reading_why, plan=plan, has_log=has_log, week=week, course=course,
        offer_course=offer_course(course, course_answer, history),
    )


COURSE_ANSWER_KEY = "start_here"  # state: "declined" once the client said "Not now"


def offer_course(course: PlanProgress | None, answer: Any, practiced_ever: bool) -> bool:
    """Offer Start here on a first start: no course yet, never declined, nothing practised.
    A counselor's plan does not stop the offer: the two can run side by side."""
    return course is None and answer != "declined" and not practiced_ever


def minutes_by_practice_day(rows: Sequence[Mapping[str, Any]] | Sequence[Any],
                            day_of: Any = None) -> dict[tuple[str, int], float]:
    """Sum rows (objects with practice_id, duration_s and a practice day) per (id, day).

    `day_of(row)` gives a row's practice day; by default its `local_day`.
    """
    out: dict[tuple[str, int], float] = {}
    for row in rows:
        pid = getattr(row, "practice_id", None)
        seconds = getattr(row, "duration_s", 0.0)
        day = day_of(row) if day_of else getattr(row, "local_day", None)
        if not isinstance(pid, str) or not isinstance(day, int):
            continue
        out[(pid, day)] = out.get((pid, day), 0.0) + float(seconds) / 60
    return out


def reminder_needed(model: HomeModel) -> bool:
    """A reminder is worth showing unless today's goal is met and the plan asks nothing more."""
    if not model.goal_met:
        return True
    return any(isinstance(p.item, PracticeItem) and not p.complete
               for progress in (model.plan, model.course)
               if progress is not None and progress.state == "active"
               for p in progress.today_items())
