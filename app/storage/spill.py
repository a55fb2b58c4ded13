"""Sessions that could not reach the log before Rewire quit: kept in a spill file.

When the disk is full or the folder read-only, the log keeps finished sessions in memory
and writes them with the next write that works. If Rewire is closed before that, they go
to ``<log>.unsaved.json`` beside the log (or, when that folder refuses too, the same name
in a fallback folder such as the config folder). The next start replays every spill file
into the log, in one transaction, and removes it only after the commit.

Each row is checked as it is read back (types, a known status): a spill file is a file
Rewire reads, and a damaged one is kept as ``*.bad`` and reported, never trusted.
"""

from __future__ import annotations

import dataclasses
import json
import logging
from pathlib import Path
from typing import Any

from app.core.atomic import atomic_write_text, keep_aside
from app.core.jsonfile import JsonFileError, problem_of, read_json

from app.storage.rows import COLUMNS, MAX_NOTE, MAX_SESSION_S, SessionRow

log = logging.getLogger(__name__)

SUFFIX = ".unsaved.json"
_INTS = ("id", "started_utc_ms", "utc_offset_min", "local_day", "local_minute",
         "duration_ms", "updated_utc_ms")
_TEXTS = ("practice_id", "practice_title", "kind", "source", "time_zone", "status", "note")


def spill_name(log_path: Path) -> str:
    return log_path.name + SUFFIX


def write_spill(rows: list[SessionRow], folders: list[Path], name: str) -> Path | None:
    """Write ``rows`` to the first folder that takes them; the path, or None if none did."""
    text = json.dumps({"version": 1, "rows": [dataclasses.asdict(r) for r in rows]},
                      ensure_ascii=False, indent=1) + "\n"
    for folder in folders:
        target = Path(folder) / name
        try:
            previous = read_spill(target)[0] if target.exists() else []
            merged = {r.started_utc_ms: r for r in previous}
            merged.update({r.started_utc_ms: r for r in rows})
            if previous:
                text = json.dumps({"version": 1, "rows": [dataclasses.asdict(r) for r in
                                                          merged.values()]},
                                  ensure_ascii=False, indent=1) + "\n"
            atomic_write_text(target, text)
        except OSError as exc:
            log.warning("could not keep unsaved sessions in %s: %s", target, exc)
            continue
        return target
    return None


def read_spill(path: Path) -> tuple[list[SessionRow], str | None]:
    """The rows of a spill file and None, or ([], the problem) for a damaged file."""
    try:
        raw = read_json(path)
        items = raw["rows"] if isinstance(raw, dict) else None
        if not isinstance(items, list):
            raise ValueError("it holds no list of sessions")
        return [_row(item) for item in items], None
    except FileNotFoundError:
        return [], None
    except (OSError, JsonFileError, ValueError, KeyError, TypeError) as exc:
        return [], problem_of(exc)


def set_aside_bad(path: Path) -> Path | None:
    return keep_aside(path, move=True)


def _row(item: Any) -> SessionRow:
    if not isinstance(item, dict) or set(item) != set(COLUMNS):
        raise ValueError("a session in it does not have the expected fields")
    for name in _INTS:
        if isinstance(item[name], bool) or not isinstance(item[name], int):
            raise ValueError(f"'{name}' of a session is not a whole number")
    for name in _TEXTS:
        if not isinstance(item[name], str):
            raise ValueError(f"'{name}' of a session is not text")
    if item["status"] not in ("open", "done", "partial"):
        raise ValueError("a session has an unknown status")
    if not 0 <= item["duration_ms"] <= MAX_SESSION_S * 1000:
        raise ValueError("a session has an impossible duration")
    for name in ("planned_s", "mood_before", "mood_after"):
        if item[name] is not None and (isinstance(item[name], bool)
                                       or not isinstance(item[name], int)):
            raise ValueError(f"'{name}' of a session is not a whole number")
    if not isinstance(item["completed"], bool):
        raise ValueError("'completed' of a session is not true or false")
    return SessionRow(**{**item, "note": item["note"][:MAX_NOTE]})


def replay(conn: Any, rows: list[SessionRow]) -> int:
    """Write spilled ``rows`` into the log inside the caller's transaction; the count.

    A row already in the log (same id, practice and start) is updated; one never written
    is inserted unless a row with the same practice and start is there (a spill written
    while a later flush also succeeded): replaying twice changes nothing."""
    from app.storage.log import insert_row

    sets = ", ".join(f"{c} = ?" for c in COLUMNS[1:])
    count = 0
    for row in sorted(rows, key=lambda r: r.started_utc_ms):
        same = conn.execute("SELECT id FROM sessions WHERE practice_id = ? AND "
                            "started_utc_ms = ?", (row.practice_id, row.started_utc_ms)
                            ).fetchone()
        if same is not None:
            conn.execute(f"UPDATE sessions SET {sets} WHERE id = ?", (*row.values()[1:], same[0]))
        else:
            insert_row(conn, dataclasses.replace(row, id=0))
        count += 1
    return count
