"""A small JSON file of the client's own words, kept as carefully as the practice log.

The support plan and the "what I want to talk about" text are personal data. Each lives in one
file in the data folder, saved atomically (temp file, fsync, rename); before the first save of
a day the previous version is copied into ``data/backups/`` (the newest KEEP are kept). A file
that cannot be read is kept as ``<name>.bad``, the newest backup that reads is restored, and the
client is told in words; nothing they wrote is ever silently dropped.
"""

from __future__ import annotations

import contextlib
import json
import logging
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any, Generic, TypeVar

from app.core.atomic import atomic_write_bytes, atomic_write_text, keep_aside
from app.core.jsonfile import JsonFileError, read_json
from app.core.notices import Level, Notice

log = logging.getLogger(__name__)

T = TypeVar("T")
KEEP = 10
MAX_BYTES = 1024 * 1024


class PersonalFile(Generic[T]):
    """``load()`` / ``save(value)`` for one file; ``parse`` raises ValueError on bad content
    and ``dump`` turns a value into JSON data."""

    def __init__(self, path: Path, parse: Callable[[Any], T], dump: Callable[[T], Any],
                 what: str) -> None:
        self.path = Path(path)
        self.backups = self.path.parent / "backups"
        self.parse = parse
        self.dump = dump
        self.what = what  # "Support plan", for notices

    def _read(self, path: Path) -> T:
        try:
            return self.parse(read_json(path, max_bytes=MAX_BYTES))
        except JsonFileError:
            raise
        except ValueError as exc:
            raise JsonFileError(path, str(exc)) from None

    def backup_files(self) -> list[Path]:
        """Backups of this file, newest first."""
        stem = self.path.stem
        try:
            found = [p for p in self.backups.glob(f"{stem}-*.json") if p.is_file()]
        except OSError:
            return []
        return sorted(found, key=lambda p: p.name, reverse=True)

    def load(self) -> tuple[T | None, Notice | None]:
        """(value, None), (None, None) when there is no file yet, or a notice after damage."""
        try:
            return self._read(self.path), None
        except FileNotFoundError:
            return None, None
        except JsonFileError as exc:
            problem = exc.problem
        kept = keep_aside(self.path, move=True)
        kept_text = f" Rewire kept it as {kept.name}." if kept else ""
        for backup in self.backup_files():
            try:
                value = self._read(backup)
            except (OSError, JsonFileError):
                continue
            try:
                atomic_write_bytes(self.path, backup.read_bytes())
            except OSError as exc:
                log.warning("could not restore %s: %s", self.path, exc)
            return value, Notice(
                Level.WARNING, f"{self.what} restored",
                f"{self.path.name} could not be read ({problem}).{kept_text} The copy saved on "
                f"{backup.stem[-10:]} was restored; changes after it are in the kept file.",
                self.path)
        return None, Notice(
            Level.WARNING, f"{self.what} not loaded",
            f"{self.path.name} could not be read ({problem}).{kept_text} There is no backup, "
            "so it starts empty.", self.path)

    def save(self, value: T, now: datetime) -> None:
        """Write ``value``; OSError when the disk refuses (the file on disk is unchanged)."""
        self._backup_previous(now)
        text = json.dumps(self.dump(value), ensure_ascii=False, indent=1) + "\n"
        atomic_write_text(self.path, text)

    def _backup_previous(self, now: datetime) -> None:
        if not self.path.exists():
            return
        target = self.backups / f"{self.path.stem}-{now:%Y-%m-%d}.json"
        if target.exists():
            return
        try:
            self._read(self.path)  # only a good file becomes a backup
            atomic_write_bytes(target, self.path.read_bytes())
        except (OSError, JsonFileError) as exc:
            log.warning("no backup of %s: %s", self.path, exc)
            return
        for old in self.backup_files()[KEEP:]:
            with contextlib.suppress(OSError):
                old.unlink()
