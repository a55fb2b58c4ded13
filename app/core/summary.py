"""The session summary a client brings to the counselor: every figure, Qt-free.

The same function computes the figures for the summary in the app, for its PDF and for
``rewire log stats --json --from --to``, so the three can never disagree. Minutes are whole
minutes rounded half up (``whole_minutes``) everywhere they are shown.

Inputs are plain data: per-day totals and the period's sessions from the log, the homework
plan, the check-ins, and what the client wrote. Nothing here knows where they are stored.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Protocol

from app.core.instruments import trend
from app.core.plans import Plan, PracticeItem, ReadItem
from app.core.streaks import week_start

MIN_RATED = 3  # mood figures for a practice only with at least this many rated sessions
MAX_WEEKS = 12
MAX_TALK_ABOUT = 2000


class SessionLike(Protocol):
    practice_id: str
    title: str
    duration_s: float
    mood_before: int | None
    mood_after: int | None
    note: str
    note_shared: bool
    local_day: int


class CheckinLike(Protocol):
    instrument: str
    local_day: int
    score: int
    band: str
    safety_answer: bool


def whole_minutes(minutes: float) -> int:
    """Minutes as the summary shows them: rounded half up, never negative."""
    return max(0, int(minutes + 0.5))


@dataclass(frozen=True)
class WeekFigure:
    monday: date  # the week's Monday (the week may start before the period)
    days_practised: int
    minutes: int


@dataclass(frozen=True)
class HomeworkFigure:
    kind: str  # "day" | "week" | "read"
    target: str  # practice or reading id
    minutes: int = 0  # the item's target minutes (per day or per week)
    done_minutes: int = 0  # minutes of that practice in the plan's days of the period
    met: int = 0  # days (or weeks) that reached the target
    of: int = 0  # plan days (or weeks) in the period so far
    read: bool = False

    def as_json(self) -> dict[str, Any]:
        if self.kind == "read":
            return {"read": self.target, "done": self.read}
        unit = "days" if self.kind == "day" else "weeks"
        return {"practice": self.target, "minutes": self.minutes, "per": self.kind,
                "done_minutes": self.done_minutes, f"{unit}_met": self.met, unit: self.of}


@dataclass(frozen=True)
class MoodFigure:
    practice_id: str
    title: str
    rated: int
    before: float  # mean rating 1-5
    after: float


@dataclass(frozen=True)
class CheckinFigure:
    instrument: str
    day: date
    score: int
    band: str
    safety_answer: bool


@dataclass(frozen=True)
class SharedNote:
    day: date
    practice: str
    note: str


@dataclass(frozen=True)
class Summary:
    first: date
    last: date
    days_practised: int
    sessions: int
    minutes: int
    weeks: tuple[WeekFigure, ...]
    homework: tuple[HomeworkFigure, ...]
    plan_title: str
    moods: tuple[MoodFigure, ...]
    checkins: tuple[CheckinFigure, ...]
    trends: dict[str, str] = field(default_factory=dict)  # instrument -> lower/higher/same
    shared_notes: tuple[SharedNote, ...] = ()
    talk_about: str = ""

    @property
    def safety_answer(self) -> bool:
        """A PHQ-9 item 9 answer above 0 in the period: the summary marks it first."""
        return any(c.safety_answer for c in self.checkins)

    def stats_json(self) -> dict[str, Any]:
        """The period's figures as ``rewire log stats --json --from --to`` prints them."""
        return {
            "from": self.first.isoformat(), "to": self.last.isoformat(),
            "days_practiced": self.days_practised, "sessions": self.sessions,
            "minutes": self.minutes,
            "weeks": [{"week_of": w.monday.isoformat(), "days_practiced": w.days_practised,
                       "minutes": w.minutes} for w in self.weeks],
            "homework": [h.as_json() for h in self.homework],
        }


def period_weeks(first: int, last: int) -> list[int]:
    """The Mondays of the weeks that touch the period, oldest first."""
    return list(range(week_start(first), week_start(last) + 1, 7))


def build_summary(*, first: date, last: date, day_totals: Mapping[int, tuple[int, int]],
                  sessions: Sequence[SessionLike], plan: Plan | None,
                  finished_readings: Iterable[str], checkins: Sequence[CheckinLike],
                  talk_about: str = "", titles: Mapping[str, str] | None = None) -> Summary:
    """Every figure of the summary for the practice days ``first``..``last`` (inclusive).

    ``day_totals`` maps practice-day ordinals to (milliseconds, sessions); ``sessions`` are
    the period's sessions with their practice day in ``local_day``."""
    if last < first:
        raise ValueError("the period ends before it starts")
    lo, hi = first.toordinal(), last.toordinal()
    in_period = {d: v for d, v in day_totals.items() if lo <= d <= hi}
    weeks = []
    for monday in period_weeks(lo, hi):
        days = [d for d in range(max(monday, lo), min(monday + 6, hi) + 1)
                if in_period.get(d, (0, 0))[0] > 0]
        ms = sum(in_period.get(d, (0, 0))[0] for d in range(monday, monday + 7))
        weeks.append(WeekFigure(date.fromordinal(monday), len(days), whole_minutes(ms / 60000)))
    rows = [s for s in sessions if lo <= s.local_day <= hi]
    by_practice_day: dict[tuple[str, int], float] = {}
    for row in rows:
        key = (row.practice_id, row.local_day)
        by_practice_day[key] = by_practice_day.get(key, 0.0) + row.duration_s / 60
    ordered = sorted(checkins, key=lambda c: c.local_day)
    kept = [c for c in ordered if lo <= c.local_day <= hi]
    trends: dict[str, str] = {}
    for ident in sorted({c.instrument for c in kept}):
        word = trend([c.score for c in kept if c.instrument == ident])
        if word:
            trends[ident] = word
    return Summary(
        first=first, last=last,
        days_practised=sum(1 for ms, _n in in_period.values() if ms > 0),
        sessions=sum(n for _ms, n in in_period.values()),
        minutes=whole_minutes(sum(ms for ms, _n in in_period.values()) / 60000),
        weeks=tuple(weeks),
        homework=tuple(_homework(plan, lo, hi, by_practice_day, set(finished_readings))),
        plan_title=plan.title if plan is not None else "",
        moods=tuple(mood_figures(rows, titles or {})),
        checkins=tuple(CheckinFigure(c.instrument, date.fromordinal(c.local_day), c.score,
                                     c.band, c.safety_answer) for c in kept),
        trends=trends,
        shared_notes=tuple(SharedNote(date.fromordinal(r.local_day), r.title, r.note.strip())
                           for r in rows if r.note_shared and r.note.strip()),
        talk_about=talk_about.strip()[:MAX_TALK_ABOUT])


def _homework(plan: Plan | None, lo: int, hi: int, minutes: Mapping[tuple[str, int], float],
              read: set[str]) -> list[HomeworkFigure]:
    if plan is None:
        return []
    first = max(lo, plan.starts.toordinal())
    last = min(hi, plan.ends.toordinal())
    out: list[HomeworkFigure] = []
    for item in plan.items:
        if isinstance(item, ReadItem):
            out.append(HomeworkFigure("read", item.read, read=item.read in read))
            continue
        assert isinstance(item, PracticeItem)
        days = list(range(first, last + 1))
        done = sum(minutes.get((item.practice, d), 0.0) for d in days)
        if item.per == "day":
            met = sum(1 for d in days if minutes.get((item.practice, d), 0.0)
                      >= item.minutes - 1e-6)
            out.append(HomeworkFigure("day", item.practice, item.minutes, whole_minutes(done),
                                      met, len(days)))
        else:
            mondays = period_weeks(first, last) if days else []
            met = sum(1 for m in mondays
                      if sum(minutes.get((item.practice, d), 0.0)
                             for d in range(max(m, first), min(m + 6, last) + 1))
                      >= item.minutes - 1e-6)
            out.append(HomeworkFigure("week", item.practice, item.minutes, whole_minutes(done),
                                      met, len(mondays)))
    return out


def mood_figures(rows: Sequence[SessionLike], titles: Mapping[str, str]) -> list[MoodFigure]:
    """Mean mood before and after, per practice, only where MIN_RATED sessions have both."""
    rated: dict[str, list[tuple[int, int]]] = {}
    names: dict[str, str] = {}
    for row in rows:
        if row.mood_before is not None and row.mood_after is not None:
            rated.setdefault(row.practice_id, []).append((row.mood_before, row.mood_after))
            names.setdefault(row.practice_id, titles.get(row.practice_id) or row.title)
    out = [MoodFigure(pid, names[pid], len(pairs), sum(b for b, _a in pairs) / len(pairs),
                      sum(a for _b, a in pairs) / len(pairs))
           for pid, pairs in rated.items() if len(pairs) >= MIN_RATED]
    return sorted(out, key=lambda m: (-m.rated, m.title))


def default_period(today: date, last_appointment_day: date | None,
                   weeks: int | None = None) -> tuple[date, date]:
    """Since the day of the last appointment, else the last ``weeks`` weeks (default 2)."""
    if weeks is None and last_appointment_day is not None and last_appointment_day <= today:
        return last_appointment_day, today
    count = min(max(weeks or 2, 1), MAX_WEEKS)
    return date.fromordinal(today.toordinal() - 7 * count + 1), today
