"""Optional anonymous counts: per day and practice, how many sessions and how many minutes.

Nothing else is kept: no times of day, no moods, no notes, no order of visits. Counting is off
unless the clinic turns on `kiosk.anonymous_counts`; when it is off, nothing is written at all.
The file lives in the data folder (kiosk-counts.json) and is written atomically.
"""

from __future__ import annotations

import csv
import io
import json
import logging
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from app.core.atomic import atomic_write_text
from app.core.jsonfile import JsonFileError, problem_of, read_json
from app.core.paths import DataPaths
from app.core.records import SessionEnd, SessionStart

log = logging.getLogger(__name__)

COUNTS_FILE = "kiosk-counts.json"
CSV_HEADER = ("date", "practice", "sessions", "minutes")

Table = dict[str, dict[str, dict[str, float]]]  # date -> practice -> {sessions, minutes}


def counts_file(paths: DataPaths) -> Path:
    return paths.data / COUNTS_FILE


def load_counts(path: Path) -> Table:
    try:
        raw = read_json(path)
    except FileNotFoundError:
        return {}
    except (OSError, JsonFileError) as exc:
        raise ValueError(f"{path.name} could not be read: {problem_of(exc)}") from exc
    days = raw.get("days") if isinstance(raw, dict) else None
    if not isinstance(days, dict):
        raise ValueError(f"{path.name} has no 'days' object")
    table: Table = {}
    for day, practices in days.items():
        if not isinstance(practices, dict):
            continue
        for practice, row in practices.items():
            if isinstance(row, dict):
                sessions, minutes = _count(row.get("sessions")), _count(row.get("minutes"))
                if sessions is None or minutes is None:
                    continue  # a hand-edited row with text or a negative figure: left out
                table.setdefault(str(day), {})[str(practice)] = {
                    "sessions": sessions, "minutes": minutes}
    return table


def _count(value: object) -> float | None:
    """A figure from the file, or None when it is not a non-negative number."""
    if value is None:
        return 0.0
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value) if 0 <= value < 1e9 else None


def counts_csv(table: Table) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_HEADER)
    for day in sorted(table):
        for practice in sorted(table[day]):
            row = table[day][practice]
            writer.writerow([day, practice, int(row["sessions"]), f"{row['minutes']:.1f}"])
    return out.getvalue()


class CountingSink:
    """A SessionSink for kiosk mode: never a personal log; adds to the anonymous counts only
    when `enabled()` says so at the end of a session."""

    def __init__(self, path: Path, enabled: Callable[[], bool], zone: Callable[[], str]) -> None:
        self.path = path
        self._enabled = enabled
        self._zone = zone
        self._open: dict[int, tuple[str, str]] = {}
        self._next = 0
        self.finished = 0

    def session_started(self, start: SessionStart) -> int:
        self._next += 1
        self._open[self._next] = (start.practice_id, _local_date(start.started_at, self._zone()))
        return self._next

    def session_progress(self, session_id: int, practised_s: float) -> None:
        return None

    def session_finished(self, session_id: int, end: SessionEnd) -> None:
        self.finished += 1
        practice, day = self._open.pop(session_id, ("", ""))
        if not practice or not self._enabled():
            return
        try:
            table = load_counts(self.path)
        except ValueError as exc:
            log.warning("anonymous counts: %s; not counting this session", exc)
            return
        row = table.setdefault(day, {}).setdefault(practice, {"sessions": 0.0, "minutes": 0.0})
        row["sessions"] += 1
        row["minutes"] = round(row["minutes"] + max(0.0, end.practised_s) / 60.0, 2)
        try:
            atomic_write_text(self.path, json.dumps({"days": table}, indent=1, sort_keys=True))
        except OSError as exc:
            log.warning("anonymous counts not saved: %s", exc)

    def forget_open(self) -> None:
        """Reset: sessions still open are simply dropped."""
        self._open.clear()


def _local_date(instant: datetime, zone: str) -> str:
    try:
        return instant.astimezone(ZoneInfo(zone)).date().isoformat()
    except (ValueError, KeyError):
        return instant.date().isoformat()
