"""Crash-loop guard: after 5 unclean exits within 60 s, show a maintenance screen instead of
letting the service manager restart Rewire in a loop.

Each start appends {start, clean: false} to a small JSON file in the cache folder; a clean
exit (window closed by staff, SIGTERM) marks it clean. A run still marked unclean at the next
start ended in a crash or a kill. Plain Python; wall time from the injected clock because the
file must be compared across processes.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from app.core.atomic import atomic_write_text
from app.core.jsonfile import JsonFileError, read_json

log = logging.getLogger(__name__)

STARTS_FILE = "kiosk-starts.json"
KEEP = 20


@dataclass(frozen=True)
class StartVerdict:
    recent_crashes: int
    maintenance: bool


class CrashGuard:
    def __init__(self, path: Path, now: Callable[[], datetime], crashes: int = 5,
                 within_s: float = 60.0) -> None:
        self.path = Path(path)
        self._now = now
        self.crashes = crashes
        self.within_s = within_s
        self._runs: list[dict[str, Any]] = []
        self._current: float | None = None

    def _load(self) -> list[dict[str, Any]]:
        try:
            raw = read_json(self.path)
        except FileNotFoundError:
            return []
        except (OSError, JsonFileError) as exc:
            log.warning("crash guard file %s unreadable (%s); starting afresh", self.path, exc)
            return []
        runs = raw.get("runs") if isinstance(raw, dict) else None
        if not isinstance(runs, list):
            return []
        return [r for r in runs if isinstance(r, dict)
                and isinstance(r.get("start"), int | float) and isinstance(r.get("clean"), bool)]

    def _save(self) -> None:
        try:
            atomic_write_text(self.path, json.dumps({"runs": self._runs[-KEEP:]}) + "\n")
        except OSError as exc:  # a full disk must not stop the kiosk
            log.warning("could not write %s: %s", self.path, exc)

    def record_start(self) -> StartVerdict:
        """Count recent crashes, then record this start (as unclean until `record_clean_exit`)."""
        now = self._now().timestamp()
        self._runs = self._load()
        recent = sum(1 for r in self._runs
                     if not r["clean"] and now - float(r["start"]) <= self.within_s)
        self._current = now
        self._runs.append({"start": now, "clean": False})
        self._save()
        verdict = StartVerdict(recent, recent >= self.crashes)
        if verdict.maintenance:
            log.error("kiosk: %d crashes in the last %.0f s; showing the maintenance screen",
                      recent, self.within_s)
        return verdict

    def record_clean_exit(self) -> None:
        for run in self._runs:
            if run["start"] == self._current:
                run["clean"] = True
        self._save()

    def clear(self) -> None:
        """Staff dealt with the problem: forget earlier crashes."""
        self._runs = [r for r in self._runs if r["start"] == self._current]
        self._save()
