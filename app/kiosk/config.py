"""kiosk.json in the config folder: the staff PIN hash (and nothing a visitor did).

The kiosk preferences themselves (timeouts, volume ceiling, curated list, counts) are the
KioskSettings section of settings.json, where kiosk mode can also be switched on
(`"kiosk": {"enabled": true}`), so a clinic configures everything in its config folder.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path

from app.core.atomic import atomic_write_text
from app.core.jsonfile import JsonFileError, problem_of, read_json
from app.core.notices import Level, Notice
from app.core.paths import DataPaths

from app.kiosk.pin import PinHash

log = logging.getLogger(__name__)

KIOSK_FILE = "kiosk.json"


def kiosk_file(paths: DataPaths) -> Path:
    return paths.config / KIOSK_FILE


def load_pin(paths: DataPaths) -> tuple[PinHash | None, Notice | None]:
    """The stored PIN hash, or None (with a Notice when the file exists but is unusable)."""
    path = kiosk_file(paths)
    try:
        raw = read_json(path)
        if not isinstance(raw, dict):
            raise ValueError("the file must hold one JSON object")
        if "pin" not in raw:
            return None, None
        return PinHash.from_json(raw["pin"]), None
    except FileNotFoundError:
        return None, None
    except (OSError, ValueError, TypeError, KeyError) as exc:
        log.warning("kiosk file %s unusable: %s", path, exc)
        return None, Notice(
            Level.WARNING, "Kiosk PIN problem",
            f"{path.name} could not be used ({problem_of(exc)}). Set the PIN again with "
            "'rewire kiosk set-pin'.", path,
        )


def load_backoff(paths: DataPaths, now_s: float) -> tuple[int, float]:
    """(wrong tries in a row, seconds still to wait) saved with the hash; (0, 0) if none.

    ``now_s`` is wall-clock seconds (the monotonic clock restarts with the process)."""
    try:
        raw = read_json(kiosk_file(paths))
        backoff = raw.get("backoff") if isinstance(raw, dict) else None
        failures, until = backoff["failures"], backoff["until"]  # type: ignore[index]
        if isinstance(failures, bool) or not isinstance(failures, int) or failures < 0:
            return 0, 0.0
        if isinstance(until, bool) or not isinstance(until, int | float):
            return min(failures, 10_000), 0.0
        return min(failures, 10_000), max(0.0, float(until) - now_s)
    except (OSError, JsonFileError, KeyError, TypeError):
        return 0, 0.0


def save_backoff(paths: DataPaths, failures: int, wait_s: float, now_s: float) -> None:
    """Keep the back-off beside the hash (atomic), so kill -9 and a restart continue it.
    A refused write is logged: the back-off still holds for this run."""
    path = kiosk_file(paths)
    try:
        raw = read_json(path)
        if not isinstance(raw, dict):
            return  # no usable file: the kiosk has no PIN to protect
        raw["backoff"] = {"failures": int(failures), "until": round(now_s + wait_s, 3)}
        atomic_write_text(path, json.dumps(raw, indent=2, sort_keys=True) + "\n")
    except (OSError, JsonFileError) as exc:
        log.warning("could not save the PIN back-off in %s: %s", path, exc)


def save_pin(paths: DataPaths, pin_hash: PinHash) -> Path:
    """Store the hash atomically, keeping any other keys of the file. Raises OSError."""
    path = kiosk_file(paths)
    raw: dict[str, object] = {}
    try:
        loaded = read_json(path)
        if isinstance(loaded, dict):
            raw = loaded
    except (OSError, JsonFileError):
        raw = {}
    raw["pin"] = pin_hash.to_json()
    raw.pop("backoff", None)  # a new PIN starts with a clean slate
    raw["schema_version"] = 1
    atomic_write_text(path, json.dumps(raw, indent=2, sort_keys=True) + "\n")
    return path
