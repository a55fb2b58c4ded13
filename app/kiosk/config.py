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
    raw["schema_version"] = 1
    atomic_write_text(path, json.dumps(raw, indent=2, sort_keys=True) + "\n")
    return path
