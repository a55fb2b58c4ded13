"""The log's schema, its version (PRAGMA user_version) and the migrations to it.

Version history
  1  first release: sessions with time zone, local day and minute, duration in ms.
  2  adds practice_title, source, moods, updated_utc_ms and the per-day totals cache
     (day_totals, kept by triggers) that makes every Journal figure fast.
  3  back to the counselor (issue 15): check-ins (PHQ-9, GAD-7), skipped check-ins,
     appointments, and sessions.note_shared (a note the client ticked "share with my
     counselor"; 0 for every older note).

Each migration runs in ONE transaction together with the user_version bump, so a crash
mid-migration leaves the old schema or the new one, never half of it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

SCHEMA_VERSION = 3

# The schema as version 1 shipped it (kept to test migrations from it).
SCHEMA_V1 = """
CREATE TABLE sessions (
    id INTEGER PRIMARY KEY,
    practice_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    started_utc_ms INTEGER NOT NULL,
    utc_offset_min INTEGER NOT NULL,
    time_zone TEXT NOT NULL,
    local_day INTEGER NOT NULL,
    local_minute INTEGER NOT NULL CHECK (local_minute BETWEEN 0 AND 1439),
    planned_s INTEGER,
    duration_ms INTEGER NOT NULL DEFAULT 0 CHECK (duration_ms >= 0),
    status TEXT NOT NULL CHECK (status IN ('open', 'done', 'partial')),
    completed INTEGER NOT NULL DEFAULT 0 CHECK (completed IN (0, 1)),
    note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX sessions_started ON sessions (started_utc_ms);
"""

# What version 2 adds: the day_totals cache (one row per local day and hour of start) kept
# exact by triggers; stats read ~1 row per practised day instead of every session.
_V2_CACHE = """
CREATE TABLE day_totals (
    local_day INTEGER NOT NULL,
    local_hour INTEGER NOT NULL,
    duration_ms INTEGER NOT NULL,
    sessions INTEGER NOT NULL,
    PRIMARY KEY (local_day, local_hour)
) WITHOUT ROWID;
CREATE INDEX sessions_day ON sessions (local_day, local_minute);
CREATE TRIGGER day_totals_insert AFTER INSERT ON sessions WHEN NEW.status != 'open'
BEGIN
    INSERT INTO day_totals VALUES (NEW.local_day, NEW.local_minute / 60, NEW.duration_ms, 1)
    ON CONFLICT (local_day, local_hour) DO UPDATE
    SET duration_ms = duration_ms + excluded.duration_ms, sessions = sessions + 1;
END;
CREATE TRIGGER day_totals_delete AFTER DELETE ON sessions WHEN OLD.status != 'open'
BEGIN
    UPDATE day_totals SET duration_ms = duration_ms - OLD.duration_ms, sessions = sessions - 1
    WHERE local_day = OLD.local_day AND local_hour = OLD.local_minute / 60;
    DELETE FROM day_totals WHERE sessions <= 0;
END;
CREATE TRIGGER day_totals_update_old AFTER UPDATE OF status, duration_ms, local_day, local_minute
ON sessions WHEN OLD.status != 'open'
BEGIN
    UPDATE day_totals SET duration_ms = duration_ms - OLD.duration_ms, sessions = sessions - 1
    WHERE local_day = OLD.local_day AND local_hour = OLD.local_minute / 60;
    DELETE FROM day_totals WHERE sessions <= 0;
END;
CREATE TRIGGER day_totals_update_new AFTER UPDATE OF status, duration_ms, local_day, local_minute
ON sessions WHEN NEW.status != 'open'
BEGIN
    INSERT INTO day_totals VALUES (NEW.local_day, NEW.local_minute / 60, NEW.duration_ms, 1)
    ON CONFLICT (local_day, local_hour) DO UPDATE
    SET duration_ms = duration_ms + excluded.duration_ms, sessions = sessions + 1;
END;
"""

_V2_COLUMNS = (
    "ALTER TABLE sessions ADD COLUMN practice_title TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE sessions ADD COLUMN source TEXT NOT NULL DEFAULT 'app'",
    "ALTER TABLE sessions ADD COLUMN mood_before INTEGER CHECK (mood_before BETWEEN 1 AND 5)",
    "ALTER TABLE sessions ADD COLUMN mood_after INTEGER CHECK (mood_after BETWEEN 1 AND 5)",
    "ALTER TABLE sessions ADD COLUMN updated_utc_ms INTEGER NOT NULL DEFAULT 0",
)


def _migrate_1_to_2(conn: sqlite3.Connection) -> None:
    for statement in _V2_COLUMNS:
        conn.execute(statement)
    _run_script(conn, _V2_CACHE)
    conn.execute(
        "INSERT INTO day_totals SELECT local_day, local_minute / 60, SUM(duration_ms), COUNT(*) "
        "FROM sessions WHERE status != 'open' GROUP BY local_day, local_minute / 60"
    )


# What version 3 adds. answers holds one digit 0-3 per item ("012300001"); score and band
# are computed from them when written (app/core/instruments.py) and never read from a file.
_V3_TABLES = """
CREATE TABLE checkins (
    id INTEGER PRIMARY KEY,
    instrument TEXT NOT NULL CHECK (instrument IN ('phq9', 'gad7')),
    taken_utc_ms INTEGER NOT NULL,
    utc_offset_min INTEGER NOT NULL,
    time_zone TEXT NOT NULL,
    local_day INTEGER NOT NULL,
    answers TEXT NOT NULL CHECK (length(answers) BETWEEN 7 AND 9 AND answers NOT GLOB '*[^0-3]*'),
    score INTEGER NOT NULL CHECK (score BETWEEN 0 AND 27),
    band TEXT NOT NULL CHECK (band IN ('minimal', 'mild', 'moderate', 'moderately_severe',
                                       'severe')),
    source TEXT NOT NULL DEFAULT 'app' CHECK (source IN ('app', 'import')),
    UNIQUE (instrument, taken_utc_ms)
);
CREATE INDEX checkins_day ON checkins (local_day);
CREATE TABLE checkin_skips (
    id INTEGER PRIMARY KEY,
    instrument TEXT NOT NULL,
    local_day INTEGER NOT NULL,
    appointment_id INTEGER,
    skipped_utc_ms INTEGER NOT NULL
);
CREATE TABLE appointments (
    id INTEGER PRIMARY KEY,
    starts_utc_ms INTEGER NOT NULL UNIQUE,
    utc_offset_min INTEGER NOT NULL,
    time_zone TEXT NOT NULL,
    local_day INTEGER NOT NULL,
    local_minute INTEGER NOT NULL CHECK (local_minute BETWEEN 0 AND 1439),
    source TEXT NOT NULL DEFAULT 'client' CHECK (source IN ('client', 'plan')),
    note TEXT NOT NULL DEFAULT ''
);
"""


def _migrate_2_to_3(conn: sqlite3.Connection) -> None:
    conn.execute("ALTER TABLE sessions ADD COLUMN note_shared INTEGER NOT NULL DEFAULT 0 "
                 "CHECK (note_shared IN (0, 1))")
    _run_script(conn, _V3_TABLES)


# from_version -> step to from_version + 1 (runs inside the caller's transaction)
MIGRATIONS: dict[int, Callable[[sqlite3.Connection], None]] = {
    1: _migrate_1_to_2, 2: _migrate_2_to_3}


def _run_script(conn: sqlite3.Connection, script: str) -> None:
    """Run statements one by one (executescript would COMMIT the open transaction)."""
    buffer = ""
    for line in script.strip().splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            conn.execute(buffer)
            buffer = ""


def create_current(conn: sqlite3.Connection) -> None:
    """A new, empty log at SCHEMA_VERSION (version 1 plus every migration), in one transaction."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        _run_script(conn, SCHEMA_V1)
        for version in range(1, SCHEMA_VERSION):
            MIGRATIONS[version](conn)
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


def migrate(conn: sqlite3.Connection, from_version: int) -> None:
    """Step an older log up to SCHEMA_VERSION, one transaction per step."""
    for version in range(from_version, SCHEMA_VERSION):
        conn.execute("BEGIN IMMEDIATE")
        try:
            MIGRATIONS[version](conn)
            conn.execute(f"PRAGMA user_version = {version + 1}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise


REQUIRED_TABLES = ("sessions",)
