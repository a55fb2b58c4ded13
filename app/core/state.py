"""Small bits of state that are not preferences: window geometry, the last practice used.

Kept in state.json in the config folder, apart from settings, saved atomically. A damaged
state file is simply replaced (it holds nothing the user chose), after being kept as .bad.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

from app.core.atomic import atomic_write_text, keep_aside
from app.core.jsonfile import read_json

log = logging.getLogger(__name__)


class StateStore:
    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._data: dict[str, Any] = {}
        self._load()

    def _load(self) -> None:
        try:
            data = read_json(self.path)
            if not isinstance(data, dict):
                raise ValueError("not an object")
        except FileNotFoundError:
            return
        except (OSError, ValueError) as exc:
            log.warning("state file %s unreadable (%s); starting fresh", self.path, exc)
            keep_aside(self.path)
            return
        self._data = data

    def get(self, key: str, default: Any = None) -> Any:
        return self._data.get(key, default)

    def set(self, key: str, value: Any) -> None:
        self._data[key] = value
        self.save()

    def set_many(self, values: dict[str, Any]) -> None:
        self._data.update(values)
        self.save()

    def save(self) -> bool:
        try:
            atomic_write_text(self.path, json.dumps(self._data, indent=2, sort_keys=True))
        except OSError as exc:
            log.warning("could not save %s: %s", self.path, exc)
            return False
        return True
