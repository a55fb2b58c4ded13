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

from app.storage.backups import BackupError, Backups, verify
from app.storage.pending import Pending, PendingNotices
from app.storage.schema import SCHEMA_VERSION, create_current, migrate

log = logging.getLogger(__name__)

DAMAGE_CODES = {11, 26}  # SQLITE_CORRUPT, SQLITE_NOTADB
# FULL: a finished session survives a power cut too (WAL + NORMAL may lose the last commit).
# Unit tests that do thousands of commits lower it to OFF in-process (fsync is all they'd
# measure); the kill -9 loop runs in child processes with the real FULL.
SYNCHRONOUS = "FULL"
RESTORING = ".restoring"  # a backup being copied back, renamed over the log when checked


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


def _aside_name(path: Path, now: datetime) -> Path:
    target = path.with_name(path.name + ".damaged")
    if target.exists():
        target = path.with_name(f"{path.name}.{now:%Y%m%d-%H%M%S}.damaged")
    return target


def set_aside(path: Path, now: datetime) -> Path:
    """Rename a damaged log (and its -wal/-shm) to *.damaged; returns the new name."""
    target = _aside_name(path, now)
    os.replace(path, target)
    for extra in ("-wal", "-shm"):
        side = path.with_name(path.name + extra)
        if side.exists():
            with contextlib.suppress(OSError):
                os.replace(side, target.with_name(target.name + extra))
    return target


def pending_notices(path: Path) -> PendingNotices:
    """The restore notices waiting to be seen for the log at ``path``."""
    return PendingNotices(path.with_name(path.name + ".notices.json"))


def _fsync(path: Path) -> None:
    with open(path, "rb") as handle:
        os.fsync(handle.fileno())


def _clear_side_files(path: Path, keep_as: str) -> None:
    """Move a -wal/-shm left without its database aside: replayed onto the restored file,
    a stranger's WAL would damage it."""
    for extra in ("-wal", "-shm"):
        side = path.with_name(path.name + extra)
        if side.exists():
            try:
                os.replace(side, side.with_name(side.name + keep_as))
            except OSError as exc:
                log.warning("could not move %s aside: %s", side, exc)


def _prepare_restore(path: Path, backups: Backups) -> tuple[Path, str, str, int] | None:
    """Copy the newest verified backup to ``<log>.restoring`` and check the copy.

    Returns (temp file, backup file name, its label, sessions), or None without a backup.
    Nothing the user has is touched yet; the caller renames the copy into place."""
    temp = path.with_name(path.name + RESTORING)
    for info in backups.list():
        ok, _why, _count = verify(info.path)
        if not ok:
            continue
        for stale in (temp, temp.with_name(temp.name + "-journal")):
            with contextlib.suppress(FileNotFoundError):
                stale.unlink()
        target = sqlite3.connect(temp)
        try:
            source = sqlite3.connect(f"file:{info.path}?mode=ro", uri=True)
            try:
                source.backup(target)
            finally:
                source.close()
        finally:
            target.close()
        ok, why, count = verify(temp)
        if ok:
            _fsync(temp)
            return temp, info.path.name, info.label, count
        log.warning("restored copy of %s failed its check (%s)", info.path, why)
    with contextlib.suppress(FileNotFoundError):
        temp.unlink()
    return None


def _put_in_place(temp: Path, path: Path) -> None:
    _clear_side_files(path, ".orphaned")
    os.replace(temp, path)
    _fsync_dir(path.parent)


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _record(pending: PendingNotices, item: Pending, notices: list[Notice]) -> None:
    """Keep ``item`` on disk until seen; when the disk refuses, tell it now at least."""
    try:
        pending.add(item)
    except OSError as exc:
        log.warning("could not keep the restore notice on disk: %s", exc)
        notices.append(Notice(Level.WARNING, item.title, item.text))


def _in_memory(notices: list[Notice], refused: bool) -> Opened:
    conn = connect(":memory:")
    create_current(conn)
    return Opened(conn, notices, writable=False, refused=refused)


def open_database(path: Path, backups: Backups, now: datetime) -> Opened:
    notices: list[Notice] = []
    damaged_why = ""
    backups.remove_stale_partials()
    for stale in (RESTORING, RESTORING + "-journal"):  # a restore a kill interrupted
        with contextlib.suppress(OSError):
            path.with_name(path.name + stale).unlink(missing_ok=True)
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
            if version == 0 and backups.list():
                # A valid file with no tables is what an interrupted first write leaves: never
                # take it for a new, empty log while a backup exists.
                damaged_why = "it holds no practice log"
            elif version > SCHEMA_VERSION:
                notices.append(Notice(
                    Level.ERROR, "Practice log from a newer Rewire",
                    "Your practice log was saved by a newer version of Rewire. This version "
                    "leaves it untouched; please update Rewire to see and add to it. Sessions "
                    "you practise now are not saved.", path))
                return _in_memory(notices, refused=True)
    if damaged_why:
        prepared = _prepare_restore(path, backups)
        pending = pending_notices(path)
        if prepared:
            temp, key, label, count = prepared
            planned = _aside_name(path, now)
            text = (f"Your practice log could not be read ({damaged_why}). Rewire kept it as "
                    f"{planned.name} and restored the backup from {label} ({count} sessions). "
                    "Sessions after that backup are not in the restored log.")
            # Told first, on disk: a crash from here on can never leave a silent restore.
            _record(pending, Pending(key, "Practice log restored", text), notices)
            set_aside(path, now)
            _put_in_place(temp, path)
        else:
            kept = set_aside(path, now)
            notices.append(Notice(Level.WARNING, "Practice log damaged",
                                  f"Your practice log could not be read ({damaged_why}) and "
                                  f"there is no backup. Rewire kept it as {kept.name} and "
                                  "started a new, empty log.", kept))
    elif not path.exists() and backups.list():
        prepared = _prepare_restore(path, backups)
        if prepared:
            temp, key, label, count = prepared
            pending = pending_notices(path)
            if not pending.has(key):  # a restore a crash interrupted has told this already
                _record(pending, Pending(
                    key, "Practice log restored",
                    f"Your practice log was missing. Rewire restored the backup from {label} "
                    f"({count} sessions)."), notices)
            _put_in_place(temp, path)
    notices.extend(pending_notices(path).notices())
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
