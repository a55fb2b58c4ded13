"""Reading the practice log: sessions, per-day totals and the Journal's figures.

Every figure comes from the ``day_totals`` cache (kept exact by triggers, about one row per
practised day) and is memoised per day-start hour until the next write, so the Journal stays
fast at 100,000 sessions.
"""

from __future__ import annotations

import dataclasses
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from app.core.clock import Clock
from app.core.streaks import StreakRules, summarize, today_ordinal, week_start

from app.storage.rows import SELECT, SessionRow, row_from_sql


@dataclass(frozen=True)
class LogStats:
    current_streak: int
    longest_streak: int
    total_minutes: float
    sessions: int
    days_practiced: int
    last_7_days: int
    this_week_minutes: float
    week_goal_minutes: int
    today: int  # practice-day ordinal the figures are computed for

    def as_json(self) -> dict[str, Any]:
        data = dataclasses.asdict(self)
        data["total_minutes"] = round(self.total_minutes, 1)
        data["this_week_minutes"] = round(self.this_week_minutes, 1)
        data["as_of"] = date.fromordinal(self.today).isoformat()
        del data["today"]
        return data



class JournalQueries:
    """Read-only half of PracticeLog (mixed in)."""

    conn: sqlite3.Connection
    clock: Clock
    _day_cache: dict[int, dict[int, tuple[int, int]]]
    _unsaved: dict[int, SessionRow]

    # -- reading -----------------------------------------------------------------------
    def session(self, session_id: int) -> SessionRow | None:
        if session_id in self._unsaved:
            return self._unsaved[session_id]
        found = self.conn.execute(SELECT + " WHERE id = ?", (session_id,)).fetchone()
        return row_from_sql(found) if found else None

    def recent(self, limit: int = 50, offset: int = 0) -> list[SessionRow]:
        rows = self.conn.execute(
            SELECT + " WHERE status != 'open' ORDER BY started_utc_ms DESC LIMIT ? OFFSET ?",
            (limit, offset)).fetchall()
        return [row_from_sql(r) for r in rows]

    def sessions_on(self, day: int, day_start_hour: int = 0) -> list[SessionRow]:
        """Sessions that belong to practice day ``day`` (oldest first)."""
        cut = day_start_hour * 60
        rows = self.conn.execute(
            SELECT + " WHERE status != 'open' AND ((local_day = ? AND local_minute >= ?) "
            "OR (local_day = ? AND local_minute < ?)) ORDER BY started_utc_ms",
            (day, cut, day + 1, cut)).fetchall()
        return [row_from_sql(r) for r in rows]

    def all_rows(self) -> Iterable[SessionRow]:
        for r in self.conn.execute(SELECT + " WHERE status != 'open' ORDER BY started_utc_ms"):
            yield row_from_sql(r)

    def day_totals(self, day_start_hour: int = 0) -> dict[int, tuple[int, int]]:
        """{practice day: (milliseconds, sessions)} from the trigger-kept cache, memoised."""
        cached = self._day_cache.get(day_start_hour)
        if cached is not None:
            return cached
        # per local day in primary-key order (no sorting), then move the few sessions that
        # started before the day-start hour to the day before
        rows = self.conn.execute("SELECT local_day, SUM(duration_ms), SUM(sessions) "
                                 "FROM day_totals GROUP BY local_day").fetchall()
        cached = {d: (ms, n) for d, ms, n in rows}
        if day_start_hour > 0:
            early = self.conn.execute(
                "SELECT local_day, SUM(duration_ms), SUM(sessions) FROM day_totals "
                "WHERE local_hour < ? GROUP BY local_day", (day_start_hour,)).fetchall()
            for day, ms, n in early:
                ms0, n0 = cached[day]
                if n0 == n:
                    del cached[day]
                else:
                    cached[day] = (ms0 - ms, n0 - n)
                ms1, n1 = cached.get(day - 1, (0, 0))
                cached[day - 1] = (ms1 + ms, n1 + n)
        self._day_cache[day_start_hour] = cached
        return cached

    def today(self, rules: StreakRules) -> int:
        return today_ordinal(self.clock.now(), self.clock.local_zone(), rules.day_start_hour)

    def stats(self, rules: StreakRules | None = None, today: int | None = None) -> LogStats:
        rules = rules or StreakRules()
        today = self.today(rules) if today is None else today
        totals = self.day_totals(rules.day_start_hour)
        seconds = {d: ms / 1000 for d, (ms, _n) in totals.items()}
        summary = summarize(seconds, today, rules)
        monday = week_start(today)
        return LogStats(
            current_streak=summary.current_streak, longest_streak=summary.longest_streak,
            total_minutes=sum(ms for d, (ms, _n) in totals.items() if d <= today) / 60000,
            sessions=sum(n for d, (_ms, n) in totals.items() if d <= today),
            days_practiced=summary.days_practiced, last_7_days=summary.last_7_days,
            this_week_minutes=sum(seconds.get(d, 0.0) for d in range(monday, today + 1)) / 60,
            week_goal_minutes=rules.daily_goal_min * 7, today=today)

    def day_minutes(self, first: int, last: int, day_start_hour: int = 0) -> dict[int, float]:
        totals = self.day_totals(day_start_hour)
        return {d: ms / 60000 for d, (ms, _n) in totals.items() if first <= d <= last}

    def week_minutes(self, today: int, weeks: int = 26,
                     day_start_hour: int = 0) -> list[tuple[int, float]]:
        """[(monday ordinal, minutes)] for the last ``weeks`` weeks, oldest first."""
        last_monday = week_start(today)
        first = last_monday - 7 * (weeks - 1)
        sums = dict.fromkeys(range(first, last_monday + 1, 7), 0.0)
        for d, (ms, _n) in self.day_totals(day_start_hour).items():
            if first <= d <= today:
                sums[week_start(d)] += ms / 60000
        return sorted(sums.items())

