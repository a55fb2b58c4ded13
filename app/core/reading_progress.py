"""How far the user has read each article (0..1) and which ones they marked as read.

Kept in `readings.json` in the data folder, written atomically. A damaged file is kept beside
it as `readings.json.bad`, reported as a Notice, and progress starts fresh; single bad entries
are dropped and reported. In the clinic kiosk nothing is written: progress lives in memory
(`path=None`) and `reset()` wipes it between visitors.
"""

from __future__ import annotations

import json
import logging
import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.core.atomic import atomic_write_text, keep_aside, kept_note
from app.core.jsonfile import problem_of, read_json
from app.core.notices import Level, Notice

log = logging.getLogger(__name__)

FILE_NAME = "readings.json"
SCHEMA_VERSION = 1


@dataclass
class _Entry:
    position: float = 0.0
    read: bool = False


class ReadingProgress:
    """Per-article reading position and read state. `path=None` keeps it in memory only."""

    def __init__(self, path: Path | None) -> None:
        self.path = Path(path) if path is not None else None
        self.notices: list[Notice] = []
        self._entries: dict[str, _Entry] = {}
        self._listeners: list[Any] = []
        self._dirty = False
        if self.path is not None:
            self._load()

    @classmethod
    def in_folder(cls, data_folder: Path | None) -> ReadingProgress:
        return cls(Path(data_folder) / FILE_NAME if data_folder is not None else None)

    # -- reading ---------------------------------------------------------------------
    def position(self, article_id: str) -> float:
        entry = self._entries.get(article_id)
        return entry.position if entry else 0.0

    def is_read(self, article_id: str) -> bool:
        entry = self._entries.get(article_id)
        return bool(entry and entry.read)

    def is_started(self, article_id: str) -> bool:
        return self.position(article_id) > 0.02

    # -- changing --------------------------------------------------------------------
    def set_position(self, article_id: str, position: float, save: bool = True) -> Notice | None:
        if not math.isfinite(position):
            return None
        value = min(1.0, max(0.0, float(position)))
        entry = self._entries.setdefault(article_id, _Entry())
        if abs(entry.position - value) >= 1e-4:
            entry.position = round(value, 4)
            self._dirty = True
        return self.save() if save and self._dirty else None

    def set_read(self, article_id: str, read: bool = True) -> Notice | None:
        self._entries.setdefault(article_id, _Entry()).read = bool(read)
        notice = self.save()
        for listener in list(self._listeners):
            listener(article_id)
        return notice

    def reset(self) -> None:
        """Forget everything (the kiosk does this between visitors)."""
        self._entries.clear()
        if self.path is not None:
            self.save()
        for listener in list(self._listeners):
            listener("")

    def subscribe(self, listener: Any) -> None:
        """`listener(article_id)` is called after the read state changes ("" = all)."""
        self._listeners.append(listener)

    def unsubscribe(self, listener: Any) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    # -- the file --------------------------------------------------------------------
    def to_json(self) -> dict[str, Any]:
        return {
            "schema_version": SCHEMA_VERSION,
            "articles": {
                key: {"position": e.position, "read": e.read}
                for key, e in sorted(self._entries.items())
            },
        }

    def save(self) -> Notice | None:
        """Write atomically; a Notice (not an exception) when the disk says no."""
        if self.path is None:
            return None
        self._dirty = False
        text = json.dumps(self.to_json(), indent=2) + "\n"
        try:
            atomic_write_text(self.path, text)
        except OSError as exc:
            self._dirty = True
            log.error("could not save reading progress to %s: %s", self.path, exc)
            return Notice(Level.WARNING, "Reading progress not saved",
                          f"Rewire could not write {self.path.name} ({exc.strerror or exc}). "
                          "Your place in each reading is kept until you close Rewire.",
                          self.path)
        return None

    def _load(self) -> None:
        assert self.path is not None
        try:
            raw = read_json(self.path)
            if not isinstance(raw, dict) or not isinstance(raw.get("articles", {}), dict):
                raise ValueError("it does not hold a reading-progress object")
        except FileNotFoundError:
            return
        except (OSError, ValueError) as exc:
            self._keep_bad(f"{problem_of(exc)}. Your places in the readings start fresh")
            return
        dropped = []
        for key, value in raw.get("articles", {}).items():
            entry = _entry_from(value)
            if entry is None or not isinstance(key, str):
                dropped.append(str(key))
                continue
            self._entries[key] = entry
        if dropped:
            self._keep_bad(f"entries for {', '.join(dropped[:5])} were not valid and were "
                           "dropped. The rest of your progress is kept")

    def _keep_bad(self, what: str) -> None:
        assert self.path is not None
        kept = kept_note(keep_aside(self.path))
        log.warning("reading progress %s: %s", self.path, what)
        self.notices.append(Notice(
            Level.WARNING, "Reading progress file problem",
            f"{self.path.name}: {what}.{kept}",
            self.path))


def _entry_from(value: Any) -> _Entry | None:
    if not isinstance(value, dict):
        return None
    position = value.get("position", 0.0)
    read = value.get("read", False)
    if isinstance(position, bool) or not isinstance(position, int | float):
        return None
    if not math.isfinite(position) or not isinstance(read, bool):
        return None
    return _Entry(min(1.0, max(0.0, float(position))), read)
