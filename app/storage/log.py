"""The practice log: a SessionSink for the practice page plus the Journal's API.

One SQLite file (``<data>/practice-log.sqlite3``) in WAL mode with synchronous=FULL. A
session's row is written when it starts, its practised time checkpointed while it runs
and the row finished when it ends; rows still open at the next start were interrupted by
a crash and are kept as *partial* with their last checkpointed time.

When the disk is full or the folder read-only, writes are kept in memory, the user is
told once, and they are written with the next write that succeeds.
"""

from __future__ import annotations

import dataclasses
import logging
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from app.core.clock import Clock, SystemClock
from app.core.notices import Level, Notice
from app.core.records import SessionEnd, SessionStart
from app.core.streaks import StreakRules, summarize, today_ordinal, week_start
from app.storage.backups import BackupError, BackupInfo, Backups, load_verified
from app.storage.db import open_database
from app.storage.rows import (
    COLUMNS,
    MAX_NOTE,
    SELECT,
    SessionRow,
    check_mood,
    clamp_seconds,
    new_row,
    row_from_sql,
    utc_ms,
)
from app.storage.schema import SCHEMA_VERSION, migrate

log = logging.getLogger(__name__)

LOG_NAME = "practice-log.sqlite3"
BACKUP_EVERY = timedelta(hours=20)
_KEEP = object()


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


class PracticeLog:
    """The log. Not thread-safe: use it from one thread (the GUI thread)."""

    def __init__(self, path: Path, clock: Clock | None = None, *, recover: bool = True,
                 auto_backup: bool = True) -> None:
        self.path = Path(path)
        self.clock: Clock = clock or SystemClock()
        self.backups = Backups(self.path.parent / "backups")
        self.notices: list[Notice] = []
        self.notice_handler: Callable[[Notice], None] | None = None
        self._listeners: list[Callable[[], None]] = []
        self._day_cache: dict[int, dict[int, tuple[int, int]]] = {}
        self._unsaved: dict[int, SessionRow] = {}  # id -> row not yet written (disk trouble)
        self._next_temp = -1
        self._failing = False
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            log.warning("cannot create %s: %s", self.path.parent, exc)
        opened = open_database(self.path, self.backups, self.clock.now())
        self.conn = opened.conn
        self.writable = opened.writable
        self.refused = opened.refused
        self.notices.extend(opened.notices)
        if self.writable and recover:
            self._recover_open_rows()
        if self.writable and auto_backup:
            self.maybe_backup()

    @classmethod
    def in_folder(cls, data: Path, clock: Clock | None = None, **kwargs: Any) -> PracticeLog:
        return cls(Path(data) / LOG_NAME, clock, **kwargs)

    # -- plumbing ----------------------------------------------------------------------
    def close(self) -> None:
        if self._unsaved and self.writable:
            self._flush_unsaved()
        self.conn.close()

    def subscribe(self, listener: Callable[[], None]) -> None:
        """``listener()`` is called after every change to the log."""
        self._listeners.append(listener)

    def unsubscribe(self, listener: Callable[[], None]) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def _changed(self) -> None:
        self._day_cache.clear()
        for listener in list(self._listeners):
            listener()

    def _notify(self, notice: Notice) -> None:
        if self.notice_handler is not None:
            self.notice_handler(notice)
        else:
            self.notices.append(notice)

    def _now_ms(self) -> int:
        return utc_ms(self.clock.now())

    def _transaction(self, work: Callable[[sqlite3.Connection], Any]) -> Any:
        """Run ``work`` in one IMMEDIATE transaction; raises sqlite3 errors after rollback."""
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            result = work(self.conn)
            self.conn.execute("COMMIT")
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise
        return result

    def _write(self, work: Callable[[sqlite3.Connection], Any]) -> tuple[bool, Any]:
        """A write that reports disk trouble instead of raising. (ok, result)."""
        if not self.writable:
            return False, None
        try:
            if self._unsaved:
                self._flush_unsaved()
            result = self._transaction(work)
        except sqlite3.OperationalError as exc:
            if not self._failing:
                self._failing = True
                self._notify(Notice(
                    Level.ERROR, "Practice log not saved",
                    f"Rewire could not write to your practice log ({exc}). Is the disk full "
                    "or the folder read-only? Your sessions are kept and saved as soon as "
                    "writing works again.", self.path))
            log.warning("log write failed: %s", exc)
            return False, None
        if self._failing:
            self._failing = False
            self._notify(Notice(Level.INFO, "Practice log saved again",
                                "Rewire can write to your practice log again; nothing was lost.",
                                self.path))
        self._changed()
        return True, result

    def _flush_unsaved(self) -> None:
        pending = sorted(self._unsaved.values(), key=lambda r: r.started_utc_ms)

        def work(conn: sqlite3.Connection) -> None:
            for row in pending:
                if row.id < 0:
                    insert_row(conn, dataclasses.replace(row, id=0))
                else:
                    sets = ", ".join(f"{c} = ?" for c in COLUMNS[1:])
                    conn.execute(f"UPDATE sessions SET {sets} WHERE id = ?",
                                 (*row.values()[1:], row.id))

        self._transaction(work)
        self._unsaved.clear()

    def _recover_open_rows(self) -> None:
        def work(conn: sqlite3.Connection) -> int:
            return conn.execute(
                "UPDATE sessions SET status = 'partial', completed = 0, updated_utc_ms = ? "
                "WHERE status = 'open'", (self._now_ms(),)).rowcount

        ok, count = self._write(work)
        if ok and count:
            self._notify(Notice(
                Level.INFO, "Unfinished session kept",
                f"{count} session(s) did not finish last time (Rewire closed unexpectedly). "
                "They are kept in your journal as partial, with the time you practised.",
                self.path))

    # -- SessionSink -------------------------------------------------------------------
    def session_started(self, start: SessionStart) -> int:
        now = self.clock.now()
        row = new_row(
            practice_id=start.practice_id, practice_title=start.practice_title,
            kind=start.kind, source=start.source, started_at=start.started_at,
            time_zone=start.time_zone, planned_s=start.planned_s, duration_s=0.0,
            status="open", completed=False, updated=now)
        ok, new_id = self._write(lambda conn: insert_row(conn, row))
        if ok:
            return int(new_id)
        temp = self._next_temp
        self._next_temp -= 1
        self._unsaved[temp] = dataclasses.replace(row, id=temp)
        return temp

    def session_progress(self, session_id: int, practised_s: float) -> None:
        ms = clamp_seconds(practised_s)
        if session_id in self._unsaved:
            self._unsaved[session_id] = dataclasses.replace(
                self._unsaved[session_id], duration_ms=ms)
            return
        self._write(lambda conn: conn.execute(
            "UPDATE sessions SET duration_ms = ?, updated_utc_ms = ? "
            "WHERE id = ? AND status = 'open'", (ms, self._now_ms(), session_id)))

    def session_finished(self, session_id: int, end: SessionEnd) -> None:
        values = {
            "duration_ms": clamp_seconds(end.practised_s), "status": "done",
            "completed": bool(end.completed), "note": (end.note or "")[:MAX_NOTE],
            "mood_before": _safe_mood(end.mood_before), "mood_after": _safe_mood(end.mood_after),
            "updated_utc_ms": self._now_ms(),
        }
        if session_id in self._unsaved:
            row = dataclasses.replace(self._unsaved.pop(session_id), **values)
            self._unsaved[session_id] = row
            self._write(lambda conn: None)  # flushes the unsaved rows if it can
            return

        def work(conn: sqlite3.Connection) -> None:
            conn.execute(
                "UPDATE sessions SET duration_ms = :duration_ms, status = :status, "
                "completed = :completed, note = :note, mood_before = :mood_before, "
                "mood_after = :mood_after, updated_utc_ms = :updated_utc_ms "
                "WHERE id = :id AND status = 'open'", {**values, "id": session_id})

        ok, _ = self._write(work)
        if not ok:
            current = self.session(session_id)
            if current is not None and current.status == "open":
                # finished in memory; written over the open row when writing works again
                self._unsaved[session_id] = dataclasses.replace(current, **values)

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
        if cached is None:
            rows = self.conn.execute(
                "SELECT local_day - (local_hour < ?), SUM(duration_ms), SUM(sessions) "
                "FROM day_totals GROUP BY 1", (day_start_hour,)).fetchall()
            cached = {d: (ms, n) for d, ms, n in rows}
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

    # -- editing -------------------------------------------------------------------------
    def update_session(self, session_id: int, *, note: Any = _KEEP, mood_before: Any = _KEEP,
                       mood_after: Any = _KEEP) -> bool:
        changes: dict[str, Any] = {}
        if note is not _KEEP:
            changes["note"] = str(note)[:MAX_NOTE]
        if mood_before is not _KEEP:
            changes["mood_before"] = check_mood(mood_before, "mood before")
        if mood_after is not _KEEP:
            changes["mood_after"] = check_mood(mood_after, "mood after")
        if not changes:
            return True
        changes["updated_utc_ms"] = self._now_ms()
        sets = ", ".join(f"{k} = :{k}" for k in changes)
        ok, _ = self._write(lambda conn: conn.execute(
            f"UPDATE sessions SET {sets} WHERE id = :id", {**changes, "id": session_id}))
        return bool(ok)

    def delete_session(self, session_id: int) -> SessionRow | None:
        """Delete a session; returns the row, to hand to :meth:`undo_delete`."""
        row = self.session(session_id)
        if row is None:
            return None
        ok, _ = self._write(lambda conn: conn.execute(
            "DELETE FROM sessions WHERE id = ?", (session_id,)))
        return row if ok else None

    def add_rows(self, rows: list[SessionRow]) -> bool:
        """Insert finished rows (an import) in one transaction: all or nothing."""
        ok, _ = self._write(lambda conn: [insert_row(conn, r) for r in rows])
        return bool(ok)

    def undo_delete(self, row: SessionRow) -> bool:
        ok, _ = self._write(lambda conn: insert_row(conn, row, keep_id=True))
        return bool(ok)

    def add_manual(self, *, practice_id: str, practice_title: str, local_start: datetime,
                   time_zone: str, minutes: float, note: str = "", mood_before: int | None = None,
                   mood_after: int | None = None) -> int | None:
        """A session practised away from the computer. ``local_start`` is naive local time."""
        from zoneinfo import ZoneInfo

        started = local_start.replace(tzinfo=ZoneInfo(time_zone)).astimezone(UTC)
        now = self.clock.now()
        if started > now:
            raise ValueError("a session by hand cannot start in the future")
        if not 0 < minutes <= 24 * 60:
            raise ValueError("minutes must be more than 0 and at most 1440")
        row = new_row(
            practice_id=practice_id, practice_title=practice_title, kind="manual",
            source="manual", started_at=started, time_zone=time_zone, planned_s=None,
            duration_s=minutes * 60, status="done", completed=True, mood_before=mood_before,
            mood_after=mood_after, note=note, updated=now)
        ok, new_id = self._write(lambda conn: insert_row(conn, row))
        return int(new_id) if ok else None

    # -- backups -----------------------------------------------------------------------
    def maybe_backup(self) -> BackupInfo | None:
        """Back up when the newest backup is older than BACKUP_EVERY and there is data."""
        newest = self.backups.list()
        if newest and self.clock.now() - newest[0].made_at < BACKUP_EVERY:
            return None
        if self.conn.execute("SELECT COUNT(*) FROM sessions").fetchone()[0] == 0:
            return None
        return self.backup_now()

    def backup_now(self, reason: str = "") -> BackupInfo | None:
        try:
            return self.backups.make(self.conn, self.clock.now(), reason)
        except BackupError as exc:
            self._notify(Notice(Level.WARNING, "Backup not made",
                                f"Rewire could not back up your practice log ({exc}).",
                                self.backups.folder))
            return None

    def restore(self, backup: Path) -> int:
        """Replace the log by a backup (the current log is backed up first). Returns sessions."""
        if not self.writable:
            raise BackupError("the practice log cannot be written right now")
        memory, count = load_verified(Path(backup))
        try:
            self.backup_now("before restore")
            memory.backup(self.conn)
        finally:
            memory.close()
        version = int(self.conn.execute("PRAGMA user_version").fetchone()[0])
        if version < SCHEMA_VERSION:
            migrate(self.conn, version)
        self._unsaved.clear()
        self._changed()
        return count


def insert_row(conn: sqlite3.Connection, row: SessionRow, keep_id: bool = False) -> int:
    names = COLUMNS if keep_id else COLUMNS[1:]
    values = row.values() if keep_id else row.values()[1:]
    cur = conn.execute(
        f"INSERT INTO sessions ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})",
        values)
    return int(cur.lastrowid or 0)


def _safe_mood(value: Any) -> int | None:
    try:
        return check_mood(value, "mood")
    except ValueError:
        return None
