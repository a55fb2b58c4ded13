"""Opening the log safely: damage detection, restore from backup, migrations, refusals.

``open_database`` never starts silently empty when a verified backup exists, never writes
to a log saved by a newer Rewire, and reports everything it did as Notices.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from app.core.notices import Level, Notice

from app.storage.backups import BackupError, Backups
from app.storage.schema import SCHEMA_VERSION, create_current, migrate

log = logging.getLogger(__name__)

DAMAGE_CODES = {11, 26}  # SQLITE_CORRUPT, SQLITE_NOTADB
# FULL: a finished session survives a power cut too (WAL + NORMAL may lose the last commit).
# Unit tests that do thousands of commits lower it to OFF in-process (fsync is all they'd
# measure); the kill -9 loop runs in child processes with the real FULL.
SYNCHRONOUS = "FULL"


class Damaged(Exception):
    pass


@dataclass
class Opened:
    conn: sqlite3.Connection
    notices: list[Notice] = field(default_factory=list)
    writable: bool = True
    refused: bool = False  # a newer or unusable log: kept untouched, an in-memory log used


def connect(target: str | Path, *, read_only: bool = False) -> sqlite3.Connection:
    if read_only:
        conn = sqlite3.connect(f"file:{target}?mode=ro", uri=True, isolation_level=None)
    else:
        conn = sqlite3.connect(target, isolation_level=None, timeout=5.0)
    conn.execute("PRAGMA busy_timeout = 5000")
    conn.execute("PRAGMA cell_size_check = ON")
    if not read_only and str(target) != ":memory:":
        conn.execute("PRAGMA journal_mode = WAL")
    conn.execute(f"PRAGMA synchronous = {SYNCHRONOUS}")
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


def probe(path: Path) -> int:
    """The schema version of an existing log, after a quick_check. Raises Damaged. No writes."""
    for read_only in (True, False):
        try:
            if read_only:
                conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
            else:
                conn = sqlite3.connect(path)
            try:
                conn.text_factory = lambda b: b.decode("utf-8", "replace")
                conn.execute("PRAGMA cell_size_check = ON")
                check = conn.execute("PRAGMA quick_check").fetchall()
                if check != [("ok",)]:
                    raise Damaged(f"the integrity check reported: {check[0][0]}")
                version = int(conn.execute("PRAGMA user_version").fetchone()[0])
                tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
                if version >= 1 and "sessions" not in tables:
                    raise Damaged("it has no sessions table")
                if version == 0 and tables:
                    raise Damaged("it is not a Rewire practice log")
                return version
            finally:
                conn.close()
        except UnicodeDecodeError as exc:
            raise Damaged(f"it holds text that is not UTF-8 ({exc.reason})") from exc
        except sqlite3.DatabaseError as exc:
            code = getattr(exc, "sqlite_errorcode", None)
            if code in DAMAGE_CODES or "malformed" in str(exc) or "not a database" in str(exc):
                raise Damaged(str(exc)) from exc
            if not read_only:
                raise
            log.info("read-only probe of %s failed (%s); trying read-write", path, exc)
    raise AssertionError("unreachable")  # pragma: no cover


def set_aside(path: Path, now: datetime) -> Path:
    """Rename a damaged log (and its -wal/-shm) to *.damaged; returns the new name."""
    target = path.with_name(path.name + ".damaged")
    if target.exists():
        target = path.with_name(f"{path.name}.{now:%Y%m%d-%H%M%S}.damaged")
    os.replace(path, target)
    for extra in ("-wal", "-shm"):
        side = path.with_name(path.name + extra)
        if side.exists():
            with contextlib.suppress(OSError):
                os.replace(side, target.with_name(target.name + extra))
    return target


def _restore_fresh(path: Path, backups: Backups) -> tuple[str, int] | None:
    found = backups.newest_verified()
    if found is None:
        return None
    info, count = found
    fresh = connect(path)
    try:
        source = sqlite3.connect(f"file:{info.path}?mode=ro", uri=True)
        try:
            source.backup(fresh)
        finally:
            source.close()
        fresh.execute("PRAGMA journal_mode = WAL")
    finally:
        fresh.close()
    return info.label, count


def _in_memory(notices: list[Notice], refused: bool) -> Opened:
    conn = connect(":memory:")
    create_current(conn)
    return Opened(conn, notices, writable=False, refused=refused)


def open_database(path: Path, backups: Backups, now: datetime) -> Opened:
    notices: list[Notice] = []
    damaged_why = ""
    if path.exists() and path.stat().st_size == 0 and backups.list():
        damaged_why = "the file is empty"
    elif path.exists():
        try:
            version = probe(path)
        except Damaged as exc:
            damaged_why = str(exc)
        except sqlite3.Error as exc:
            notices.append(Notice(Level.ERROR, "Practice log unavailable",
                                  f"Rewire cannot open your practice log ({exc}). Sessions you "
                                  "practise now are not saved. Nothing was changed.", path))
            return _in_memory(notices, refused=True)
        else:
            if version > SCHEMA_VERSION:
                notices.append(Notice(
                    Level.ERROR, "Practice log from a newer Rewire",
                    "Your practice log was saved by a newer version of Rewire. This version "
                    "leaves it untouched; please update Rewire to see and add to it. Sessions "
                    "you practise now are not saved.", path))
                return _in_memory(notices, refused=True)
    if damaged_why:
        kept = set_aside(path, now)
        restored = _restore_fresh(path, backups)
        if restored:
            label, count = restored
            text = (f"Your practice log could not be read ({damaged_why}). Rewire kept it as "
                    f"{kept.name} and restored the backup from {label} ({count} sessions). "
                    "Sessions after that backup are not in the restored log.")
        else:
            text = (f"Your practice log could not be read ({damaged_why}) and there is no "
                    f"backup. Rewire kept it as {kept.name} and started a new, empty log.")
        notices.append(Notice(Level.WARNING, "Practice log restored" if restored
                              else "Practice log damaged", text, kept))
    elif not path.exists():
        restored = _restore_fresh(path, backups) if backups.list() else None
        if restored:
            label, count = restored
            notices.append(Notice(Level.WARNING, "Practice log restored",
                                  f"Your practice log was missing. Rewire restored the backup "
                                  f"from {label} ({count} sessions).", path))
    try:
        conn = connect(path)
    except sqlite3.Error as exc:
        try:
            conn = connect(path, read_only=True)
        except sqlite3.Error:
            notices.append(Notice(Level.ERROR, "Practice log unavailable",
                                  f"Rewire cannot open or create your practice log ({exc}). "
                                  "Sessions you practise now are not saved.", path))
            return _in_memory(notices, refused=True)
        notices.append(Notice(Level.WARNING, "Practice log is read-only",
                              f"Rewire can read your practice log but not write to it ({exc}). "
                              "New sessions are kept until Rewire can save them.", path))
        return Opened(conn, notices, writable=False)
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    if version == 0:
        create_current(conn)
    elif version < SCHEMA_VERSION:
        try:
            backups.make(conn, now, f"before upgrade v{version}")
        except BackupError as exc:
            conn.close()
            notices.append(Notice(Level.ERROR, "Practice log not upgraded",
                                  f"Rewire needs to upgrade your practice log but could not "
                                  f"back it up first ({exc}). It was left untouched.", path))
            return _in_memory(notices, refused=True)
        migrate(conn, version)
        notices.append(Notice(Level.INFO, "Practice log upgraded",
                              f"Your practice log was upgraded (a backup of the old one is in "
                              f"{backups.folder.name}).", path))
    return Opened(conn, notices)
