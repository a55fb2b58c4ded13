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
import functools
import logging
import sqlite3
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from app.core.atomic import kept_note
from app.core.clock import Clock, SystemClock
from app.core.notices import Level, Notice
from app.core.records import SessionEnd, SessionStart

from app.storage.backups import BackupError, BackupInfo, Backups, load_verified
from app.storage.counselor import CheckinRow, CounselorRecords
from app.storage.db import Opened, connect, open_database
from app.storage.queries import JournalQueries
from app.storage.rows import (
    COLUMNS,
    MAX_NOTE,
    SessionRow,
    check_mood,
    clamp_seconds,
    new_row,
    utc_ms,
)
from app.storage.schema import SCHEMA_VERSION, create_current, migrate
from app.storage.spill import read_spill, replay, set_aside_bad, spill_name, write_spill

log = logging.getLogger(__name__)

LOG_NAME = "practice-log.sqlite3"
BACKUP_EVERY = timedelta(hours=20)
_KEEP = object()


class PracticeLog(CounselorRecords, JournalQueries):
    """The log. Not thread-safe: use it from one thread (the GUI thread)."""

    def __init__(self, path: Path, clock: Clock | None = None, *, recover: bool = True,
                 auto_backup: bool = True, memory: bool = False,
                 spill_folders: tuple[Path, ...] = ()) -> None:
        self.path = Path(path)
        # Where sessions held in memory go when Rewire closes and the log cannot take them.
        self._spill_dirs = [self.path.parent, *spill_folders]
        self.clock: Clock = clock or SystemClock()
        self.backups = Backups(self.path.parent / "backups")
        self.notices: list[Notice] = []
        self.notice_handler: Callable[[Notice], None] | None = None
        self._listeners: list[Callable[[], None]] = []
        self._day_cache: dict[int, dict[int, tuple[int, int]]] = {}
        self._unsaved: dict[int, SessionRow] = {}  # id -> row not yet written (disk trouble)
        self._next_temp = -1
        self._failing = False
        self._closed = False
        try:
            if not memory:
                self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            log.warning("cannot create %s: %s", self.path.parent, exc)
        if memory:
            opened = Opened(connect(":memory:"))
            create_current(opened.conn)
        else:
            opened = open_database(self.path, self.backups, self.clock.now())
        self.memory = memory
        self.auto_backup = auto_backup and not memory
        self.conn = opened.conn
        self.writable = opened.writable
        self.refused = opened.refused
        self.notices.extend(opened.notices)
        if self.writable and not memory:
            self._replay_spills()
        if self.writable and recover:
            self._recover_open_rows()
        if self.writable and auto_backup and not memory:
            self.maybe_backup()
        self._data_version = self._read_data_version()

    @classmethod
    def in_folder(cls, data: Path, clock: Clock | None = None, **kwargs: Any) -> PracticeLog:
        return cls(Path(data) / LOG_NAME, clock, **kwargs)

    @classmethod
    def in_memory(cls, clock: Clock | None = None) -> PracticeLog:
        """A log that writes nothing to disk (kiosk mode: visitors leave no trace)."""
        return cls(Path("practice-log.memory"), clock, memory=True)

    # -- plumbing ----------------------------------------------------------------------
    def close(self) -> None:
        if self._closed:
            return
        self.keep_unsaved()
        self._closed = True
        self.conn.close()

    def keep_unsaved(self) -> bool:
        """Make sure closing now loses nothing held in memory: written to the log if it
        takes them, else to a spill file replayed at the next start. False when neither
        worked (the disk refuses everything): the caller must not quit silently."""
        if not self._unsaved or self.memory:
            return True
        if self.writable:
            try:
                self._flush_unsaved()
                return True
            except sqlite3.Error as exc:
                log.warning("unsaved sessions could not be written at close: %s", exc)
        kept = write_spill(list(self._unsaved.values()), self._spill_dirs,
                           spill_name(self.path))
        if kept is None:
            return False
        log.warning("%d unsaved session(s) kept in %s", len(self._unsaved), kept)
        self._unsaved.clear()  # on disk now; the next start replays them
        return True

    def _replay_spills(self) -> None:
        for folder in self._spill_dirs:
            path = Path(folder) / spill_name(self.path)
            if not path.is_file():
                continue
            rows, problem = read_spill(path)
            if problem is not None:
                kept = set_aside_bad(path)
                self._notify(Notice(
                    Level.WARNING, "Unsaved sessions could not be read",
                    f"{path.name}: {problem}.{kept_note(kept)}", path))
                continue
            ok, count = self._write(functools.partial(_replay_into, rows=rows))
            if ok:
                path.unlink(missing_ok=True)
                self._notify(Notice(
                    Level.INFO, "Sessions saved",
                    f"{count} session(s) that could not be saved when Rewire last closed "
                    "(the disk was full or read-only) are now in your journal.", self.path))

    def subscribe(self, listener: Callable[[], None]) -> None:
        """``listener()`` is called after every change to the log."""
        self._listeners.append(listener)

    def unsubscribe(self, listener: Callable[[], None]) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def check_outside_changes(self) -> bool:
        """True, and the listeners told, when another process changed the log since the last
        look (``rewire log import`` run while the app is open). Cheap: one PRAGMA."""
        version = self._read_data_version()
        if version is None or version == self._data_version:
            return False
        self._data_version = version
        self._changed()
        return True

    def _read_data_version(self) -> int | None:
        """SQLite's count of commits made by *other* connections to this database."""
        try:
            return int(self.conn.execute("PRAGMA data_version").fetchone()[0])
        except sqlite3.Error:
            return None

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

    def _write(self, work: Callable[[sqlite3.Connection], Any],
               figures_change: bool = True) -> tuple[bool, Any]:
        """A write that reports disk trouble instead of raising. (ok, result).

        ``figures_change=False`` for writes to in-progress rows, which no figure shows: the
        cache stays and listeners (Home, Journal) are not woken every checkpoint."""
        if not self.writable:
            return False, None
        try:
            if self._unsaved:
                self._flush_unsaved()
                figures_change = True  # rows kept in memory just reached the disk
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
        if figures_change:
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
        ok, new_id = self._write(lambda conn: insert_row(conn, row), figures_change=False)
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
            "WHERE id = ? AND status = 'open'", (ms, self._now_ms(), session_id)),
            figures_change=False)

    def session_finished(self, session_id: int, end: SessionEnd) -> None:
        values: dict[str, Any] = {
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
        elif self.auto_backup:
            self.maybe_backup()  # a long-running app still gets its daily backup

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

    def add_rows(self, rows: list[SessionRow], checkins: Sequence[CheckinRow] = ()) -> bool:
        """Insert finished rows and check-ins (an import) in one transaction: all or nothing."""
        def work(conn: sqlite3.Connection) -> None:
            for row in rows:
                insert_row(conn, row)
            self.add_checkin_rows(conn, checkins)

        ok, _ = self._write(work)
        return bool(ok)

    def undo_delete(self, row: SessionRow) -> bool:
        def work(conn: sqlite3.Connection) -> int:
            taken = conn.execute("SELECT 1 FROM sessions WHERE id = ?", (row.id,)).fetchone()
            return insert_row(conn, row, keep_id=not taken)  # its id reused meanwhile: new id

        ok, _ = self._write(work)
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
        if self.memory:
            return None
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


def _replay_into(conn: sqlite3.Connection, rows: list[SessionRow]) -> int:
    return replay(conn, rows)


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
