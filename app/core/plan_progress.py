"""Progress through a homework plan: what is done today and this week, from the practice log
and the readings finished (pure functions; the plan itself is read by app/core/plans.py)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from app.core.plans import Item, Plan, PracticeItem, ReadItem


@dataclass(frozen=True)
class ItemProgress:
    item: Item
    done: float  # minutes (practice) or 1/0 (reading)
    target: float  # minutes for today / this week, or 1
    days_met: int = 0  # per-day practice: plan days so far whose target was met
    days_so_far: int = 0  # per-day practice: plan days up to today

    @property
    def complete(self) -> bool:
        return self.done >= self.target

    @property
    def fraction(self) -> float:
        return min(1.0, self.done / self.target) if self.target else 1.0


@dataclass(frozen=True)
class PlanProgress:
    plan: Plan
    items: tuple[ItemProgress, ...]
    today: date
    state: str  # "upcoming" | "active" | "finished"

    @property
    def days_left(self) -> int:
        return max(0, (self.plan.ends - self.today).days)

    @property
    def day_number(self) -> int:
        """Today's plan day (1 = the first); 0 before the plan starts."""
        return max(0, (self.today - self.plan.starts).days + 1)

    def today_items(self) -> tuple[ItemProgress, ...]:
        """What the plan asks of today: every item without a ``day``, and today's own."""
        return tuple(p for p in self.items
                     if p.item.day is None or p.item.day == self.day_number)


def plan_progress(plan: Plan, today: date,
                  minutes: Mapping[tuple[str, int], float],
                  read: Iterable[str]) -> PlanProgress:
    """Progress of each item.

    `minutes` maps (practice id, practice-day ordinal) to minutes practised that day;
    `read` holds the ids of readings finished.
    """
    read_ids = set(read)
    state = ("upcoming" if today < plan.starts else
             "finished" if today > plan.ends else "active")
    first = plan.starts.toordinal()
    last = min(today, plan.ends).toordinal()
    out: list[ItemProgress] = []
    for item in plan.items:
        if isinstance(item, ReadItem):
            out.append(ItemProgress(item, 1.0 if item.read in read_ids else 0.0, 1.0))
            continue
        if item.day is not None:  # one plan day only
            on = first + item.day - 1
            done = minutes.get((item.practice, on), 0.0)
            out.append(ItemProgress(item, done, float(item.minutes),
                                    int(done >= item.minutes - 1e-6), int(on <= last)))
        elif item.per == "day":
            day = today.toordinal()
            done_today = minutes.get((item.practice, day), 0.0)
            met = sum(1 for d in range(first, last + 1)
                      if minutes.get((item.practice, d), 0.0) >= item.minutes - 1e-6)
            out.append(ItemProgress(item, done_today, float(item.minutes), met,
                                    max(0, last - first + 1)))
        else:
            monday = today.toordinal() - today.weekday()
            week = sum(minutes.get((item.practice, d), 0.0)
                       for d in range(max(monday, first), last + 1))
            out.append(ItemProgress(item, week, float(item.minutes)))
    return PlanProgress(plan, tuple(out), today, state)


def practices_in(plan: Plan) -> list[str]:
    return [i.practice for i in plan.items if isinstance(i, PracticeItem)]
