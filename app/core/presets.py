"""The user's own named presets ("Morning 20 with bells"), kept in presets.json in the data
folder and saved atomically.

A preset is a name, a practice id and the options dict (see app/core/plan.py). A file that
cannot be read is kept beside it as presets.json.bad and reported as a Notice; the user starts
with no presets and nothing they had is overwritten without that copy.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.core.atomic import atomic_write_text, keep_aside, kept_note
from app.core.jsonfile import problem_of, read_json
from app.core.notices import Level, Notice
from app.core.plan import options_from_dict

log = logging.getLogger(__name__)

SCHEMA_VERSION = 1
MAX_PRESETS = 100
MAX_NAME = 60


@dataclass(frozen=True)
class Preset:
    name: str
    practice_id: str
    options: dict[str, Any] = field(default_factory=dict)


class PresetError(ValueError):
    pass


class PresetStore:
    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.notices: list[Notice] = []
        self._presets: list[Preset] = []

    @classmethod
    def load(cls, path: Path) -> PresetStore:
        store = cls(path)
        store._load()
        return store

    def _load(self) -> None:
        try:
            raw = read_json(self.path)
            self._presets = _parse(raw)
        except FileNotFoundError:
            return
        except (OSError, ValueError, TypeError) as exc:
            where = kept_note(keep_aside(self.path))
            log.warning("presets file %s unreadable: %s", self.path, exc)
            self.notices.append(Notice(
                Level.WARNING, "Your presets could not be read",
                f"{self.path.name}: {problem_of(exc)}.{where} You can save new presets.",
                self.path,
            ))
            self._presets = []

    def all(self, practice_id: str | None = None) -> list[Preset]:
        return [p for p in self._presets if practice_id is None or p.practice_id == practice_id]

    def get(self, name: str) -> Preset | None:
        return next((p for p in self._presets if p.name.casefold() == name.casefold()), None)

    def save_preset(self, name: str, practice_id: str, options: dict[str, Any]) -> Notice | None:
        """Add or replace (same name) a preset and write the file. Raises PresetError."""
        name = " ".join(name.split())
        if not name:
            raise PresetError("Give the preset a name.")
        if len(name) > MAX_NAME:
            raise PresetError(f"Use at most {MAX_NAME} characters.")
        _, problems = options_from_dict(options)
        if problems:
            raise PresetError("; ".join(problems))
        others = [p for p in self._presets if p.name.casefold() != name.casefold()]
        if len(others) >= MAX_PRESETS:
            raise PresetError(f"You can keep up to {MAX_PRESETS} presets.")
        self._presets = [*others, Preset(name, practice_id, dict(options))]
        return self._write()

    def delete(self, name: str) -> Notice | None:
        self._presets = [p for p in self._presets if p.name.casefold() != name.casefold()]
        return self._write()

    def _write(self) -> Notice | None:
        data = {
            "schema_version": SCHEMA_VERSION,
            "presets": [
                {"name": p.name, "practice": p.practice_id, "options": p.options}
                for p in self._presets
            ],
        }
        try:
            atomic_write_text(self.path, json.dumps(data, indent=2, sort_keys=True) + "\n")
        except OSError as exc:
            log.error("could not save presets to %s: %s", self.path, exc)
            return Notice(Level.ERROR, "Preset not saved",
                          f"Rewire could not write {self.path.name} ({exc}).", self.path)
        return None


def _parse(raw: Any) -> list[Preset]:
    if not isinstance(raw, dict) or not isinstance(raw.get("presets"), list):
        raise ValueError("it does not hold a list of presets")
    out: list[Preset] = []
    for i, item in enumerate(raw["presets"], start=1):
        if not isinstance(item, dict):
            raise ValueError(f"preset {i} is not an object")
        name, practice, options = item.get("name"), item.get("practice"), item.get("options", {})
        if not isinstance(name, str) or not name.strip() or len(name) > MAX_NAME:
            raise ValueError(f"preset {i} has no valid name")
        if not isinstance(practice, str) or not isinstance(options, dict):
            raise ValueError(f"preset {i} ({name}) is incomplete")
        out.append(Preset(name, practice, options))
    return out
