"""Rotating backups of the practice log.

A backup is made with ``Connection.backup()`` from an open connection (the live file is
never copied with open()/shutil), written under a temporary name, reopened and
integrity-checked, and only then renamed into the rotation. Restoring goes the same way
in reverse: ``backup()`` from the verified backup into the log.
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from app.storage.schema import REQUIRED_TABLES, SCHEMA_VERSION

KEEP = 10
_NAME = re.compile(r"^log-(\d{8}-\d{6})(?:-(\d+))?(?:-([a-z][a-z0-9-]*))?\.sqlite3$")


class BackupError(Exception):
    pass


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    made_at: datetime  # UTC, from the file name
    reason: str
    serial: int = 0  # the n-th backup within the same second

    @property
    def label(self) -> str:
        local = self.made_at.astimezone()
        extra = f" ({self.reason})" if self.reason else ""
        return f"{local:%Y-%m-%d %H:%M}{extra}"


def verify(path: Path) -> tuple[bool, str, int]:
    """(ok, why, sessions) for a backup file: readable, integrity ok, a log we understand."""
    if not path.is_file() or path.stat().st_size == 0:
        return False, "missing or empty", 0
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        return False, str(exc), 0
    conn.text_factory = lambda b: b.decode("utf-8", "replace")
    try:
        result = conn.execute("PRAGMA integrity_check").fetchall()
        if result != [("ok",)]:
            return False, f"integrity check: {result[0][0]}", 0
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if not 1 <= version <= SCHEMA_VERSION:
            return False, f"schema version {version}", 0
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if not set(REQUIRED_TABLES) <= tables:
            return False, "not a practice log", 0
        count = conn.execute("SELECT COUNT(*) FROM sessions").fetchone()[0]
        return True, "ok", int(count)
    except sqlite3.Error as exc:
        return False, str(exc), 0
    finally:
        conn.close()


class Backups:
    """The rotation in ``folder``: newest first, at most ``keep`` files."""

    def __init__(self, folder: Path, keep: int = KEEP) -> None:
        self.folder = Path(folder)
        self.keep = keep

    def list(self) -> list[BackupInfo]:
        out = []
        try:
            entries = list(self.folder.iterdir())
        except OSError:
            return []
        for entry in entries:
            match = _NAME.match(entry.name)
            if not match:
                continue
            made = datetime.strptime(match.group(1), "%Y%m%d-%H%M%S").replace(tzinfo=UTC)
            out.append(BackupInfo(entry, made, (match.group(3) or "").replace("-", " "),
                                  int(match.group(2) or 0)))
        out.sort(key=lambda b: (b.made_at, b.serial), reverse=True)
        return out

    def newest_verified(self) -> tuple[BackupInfo, int] | None:
        for info in self.list():
            ok, _why, count = verify(info.path)
            if ok:
                return info, count
        return None

    def make(self, conn: sqlite3.Connection, now: datetime, reason: str = "") -> BackupInfo:
        """Back up ``conn``'s database; verified before it joins the rotation."""
        self.folder.mkdir(parents=True, exist_ok=True)
        stamp = now.astimezone(UTC).strftime("%Y%m%d-%H%M%S")
        suffix = f"-{reason.replace(' ', '-')}" if reason else ""
        final = self.folder / f"log-{stamp}{suffix}.sqlite3"
        n = 1
        while final.exists():
            final = self.folder / f"log-{stamp}-{n}{suffix}.sqlite3"
            n += 1
        temp = final.with_name(final.name + ".partial")
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()
        try:
            target = sqlite3.connect(temp)
            try:
                conn.backup(target)
                target.execute("PRAGMA journal_mode=DELETE")
            finally:
                target.close()
            ok, why, _count = verify(temp)
            if not ok:
                raise BackupError(f"the new backup failed its check ({why})")
            with open(temp, "rb") as fh:  # the backup copy, never the live log
                os.fsync(fh.fileno())
            os.replace(temp, final)
        except (OSError, sqlite3.Error) as exc:
            with contextlib.suppress(OSError):
                temp.unlink()
            raise BackupError(str(exc)) from exc
        self.prune()
        return BackupInfo(final, now.astimezone(UTC).replace(microsecond=0), reason, n - 1)

    def remove_stale_partials(self, older_than_s: float = 600.0) -> tuple[Path, ...]:
        """Delete ``*.partial`` copies a killed backup left (each the size of the log).

        Only those untouched for ``older_than_s``: a backup another Rewire process (``rewire
        log import``) is writing right now keeps its file."""
        removed = []
        try:
            entries = list(self.folder.glob("*.sqlite3.partial*"))
        except OSError:
            return ()
        for entry in entries:
            try:
                if time.time() - entry.stat().st_mtime >= older_than_s:
                    entry.unlink()
                    removed.append(entry)
            except OSError:
                continue
        return tuple(removed)

    def prune(self) -> None:
        for info in self.list()[self.keep:]:
            with contextlib.suppress(OSError):
                info.path.unlink()


def load_verified(backup: Path) -> tuple[sqlite3.Connection, int]:
    """A verified backup read into memory (so rotation may go on); (connection, sessions)."""
    ok, why, count = verify(backup)
    if not ok:
        raise BackupError(f"{backup.name} cannot be used: {why}")
    memory = sqlite3.connect(":memory:")
    source = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
    try:
        source.backup(memory)
    finally:
        source.close()
    return memory, count
