"""Check-ins, appointments and shared notes in the practice log (schema 3, issue 15).

Mixed into PracticeLog: every write goes through its ``_write`` (one transaction, disk
trouble reported once, listeners told), so check-ins and appointments get the log's
durability, backups and restore for free. Score and band are always computed here from the
answers (app/core/instruments.py), never taken from the caller or a file.
"""

from __future__ import annotations

import dataclasses
import sqlite3
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

from app.core.appointments import Appointment
from app.core.checkin_schedule import Mark
from app.core.instruments import instrument, score
from app.core.streaks import local_fields, practice_day

from app.storage.rows import SELECT, SessionRow, row_from_sql, utc_ms

CHECKIN_COLUMNS = ("id", "instrument", "taken_utc_ms", "utc_offset_min", "time_zone",
                   "local_day", "answers", "score", "band", "source")
APPOINTMENT_COLUMNS = ("id", "starts_utc_ms", "utc_offset_min", "time_zone", "local_day",
                       "local_minute", "source", "note")


@dataclass(frozen=True)
class CheckinRow:
    id: int
    instrument: str
    taken_utc_ms: int
    utc_offset_min: int
    time_zone: str
    local_day: int
    answers: tuple[int, ...]
    score: int
    band: str
    source: str = "app"

    @property
    def taken_at(self) -> datetime:
        offset = timezone(timedelta(minutes=self.utc_offset_min))
        return datetime.fromtimestamp(self.taken_utc_ms / 1000, UTC).astimezone(offset)

    @property
    def safety_answer(self) -> bool:
        """PHQ-9 item 9 answered above 0."""
        item = instrument(self.instrument).safety_item
        return item is not None and self.answers[item - 1] > 0


def new_checkin(ident: str, answers: Sequence[Any], taken_at: datetime, time_zone: str,
                source: str = "app") -> CheckinRow:
    """A check-in row, scored here; InstrumentError for answers that do not fit."""
    result = score(instrument(ident), answers)
    fields = local_fields(taken_at, time_zone)
    return CheckinRow(0, ident, utc_ms(taken_at), fields.utc_offset_min, fields.time_zone,
                      fields.local_day, result.answers, result.score, result.band, source)


def _checkin_from_sql(values: Sequence[Any]) -> CheckinRow:
    data = dict(zip(CHECKIN_COLUMNS, values, strict=True))
    data["answers"] = tuple(int(c) for c in str(data["answers"]))
    return CheckinRow(**data)


def _checkin_values(row: CheckinRow) -> tuple[Any, ...]:
    return (row.instrument, row.taken_utc_ms, row.utc_offset_min, row.time_zone, row.local_day,
            "".join(str(a) for a in row.answers), row.score, row.band, row.source)


def insert_checkin(conn: sqlite3.Connection, row: CheckinRow) -> int:
    cur = conn.execute(f"INSERT INTO checkins ({', '.join(CHECKIN_COLUMNS[1:])}) "
                       f"VALUES ({', '.join('?' * (len(CHECKIN_COLUMNS) - 1))})",
                       _checkin_values(row))
    return int(cur.lastrowid or 0)


class CounselorRecords:
    """The issue-15 half of PracticeLog (mixed in)."""

    conn: sqlite3.Connection
    _write: Callable[..., tuple[bool, Any]]

    # -- check-ins -----------------------------------------------------------------------
    def add_checkin(self, ident: str, answers: Sequence[Any], taken_at: datetime,
                    time_zone: str) -> CheckinRow | None:
        """Score and store a finished check-in; None when the log cannot be written."""
        row = new_checkin(ident, answers, taken_at, time_zone)
        ok, new_id = self._write(lambda conn: insert_checkin(conn, row))
        if not ok:
            return None
        return dataclasses.replace(row, id=int(new_id))

    def add_checkin_rows(self, conn: sqlite3.Connection, rows: Iterable[CheckinRow]) -> None:
        """Insert imported check-ins inside the caller's transaction."""
        for row in rows:
            insert_checkin(conn, row)

    def checkins(self, first_day: int | None = None,
                 last_day: int | None = None) -> list[CheckinRow]:
        """Check-ins oldest first, optionally only those taken on local days first..last."""
        sql = f"SELECT {', '.join(CHECKIN_COLUMNS)} FROM checkins"
        args: list[int] = []
        if first_day is not None and last_day is not None:
            sql += " WHERE local_day BETWEEN ? AND ?"
            args = [first_day, last_day]
        rows = self.conn.execute(sql + " ORDER BY taken_utc_ms", args).fetchall()
        return [_checkin_from_sql(r) for r in rows]

    def skip_checkin(self, ident: str, local_day: int, appointment_id: int | None,
                     now: datetime) -> bool:
        ok, _ = self._write(lambda conn: conn.execute(
            "INSERT INTO checkin_skips (instrument, local_day, appointment_id, skipped_utc_ms) "
            "VALUES (?, ?, ?, ?)", (ident, local_day, appointment_id, utc_ms(now))),
            figures_change=False)
        return bool(ok)

    def checkin_marks(self) -> tuple[list[Mark], list[Mark]]:
        """(taken, skipped) for the check-in schedule."""
        taken = [Mark(i, d) for i, d in self.conn.execute(
            "SELECT instrument, local_day FROM checkins")]
        skipped = [Mark(i, d, a) for i, d, a in self.conn.execute(
            "SELECT instrument, local_day, appointment_id FROM checkin_skips")]
        return taken, skipped

    # -- appointments --------------------------------------------------------------------
    def appointments(self) -> list[Appointment]:
        rows = self.conn.execute(f"SELECT {', '.join(APPOINTMENT_COLUMNS)} FROM appointments "
                                 "ORDER BY starts_utc_ms").fetchall()
        return [Appointment(*r) for r in rows]

    def add_appointment(self, appointment: Appointment) -> int | None:
        """Store an appointment (one at the same instant is kept once); its id or None."""
        found = self.conn.execute("SELECT id FROM appointments WHERE starts_utc_ms = ?",
                                  (appointment.starts_utc_ms,)).fetchone()
        if found:
            return int(found[0])  # nothing to write, nobody to wake

        def work(conn: sqlite3.Connection) -> int:
            found = conn.execute("SELECT id FROM appointments WHERE starts_utc_ms = ?",
                                 (appointment.starts_utc_ms,)).fetchone()
            if found:
                return int(found[0])
            cur = conn.execute(
                f"INSERT INTO appointments ({', '.join(APPOINTMENT_COLUMNS[1:])}) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                (appointment.starts_utc_ms, appointment.utc_offset_min, appointment.time_zone,
                 appointment.local_day, appointment.local_minute, appointment.source,
                 appointment.note))
            return int(cur.lastrowid or 0)

        ok, new_id = self._write(work)
        return int(new_id) if ok else None

    def remove_appointment(self, appointment_id: int) -> bool:
        ok, _ = self._write(lambda conn: conn.execute(
            "DELETE FROM appointments WHERE id = ?", (appointment_id,)))
        return bool(ok)

    # -- shared notes and the summary's sessions -------------------------------------------
    def set_note_shared(self, session_id: int, shared: bool) -> bool:
        """Tick or untick "share with my counselor" for a session's note."""
        ok, _ = self._write(lambda conn: conn.execute(
            "UPDATE sessions SET note_shared = ? WHERE id = ?", (int(bool(shared)), session_id)))
        return bool(ok)

    def sessions_between(self, first: int, last: int, day_start_hour: int = 0
                         ) -> list[SessionRow]:
        """Finished sessions of practice days first..last, each with ``local_day`` set to its
        practice day (the day-start hour applied), oldest first."""
        rows = self.conn.execute(
            SELECT + " WHERE status != 'open' AND local_day BETWEEN ? AND ? "
            "ORDER BY started_utc_ms", (first, last + 1)).fetchall()
        out = []
        for values in rows:
            row = row_from_sql(values)
            day = practice_day(row.local_day, row.local_minute, day_start_hour)
            if first <= day <= last:
                out.append(dataclasses.replace(row, local_day=day))
        return out
