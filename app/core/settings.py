"""User preferences, declared once.

Every preference is a field of one section dataclass below, with its default and (where a
type is not enough) a rule in its metadata. `SettingsStore` loads settings.json, replaces any
invalid value by its default, keeps a bad file beside it as `settings.json.bad`, reports what
it did as Notices, and saves atomically. Window geometry and other state that is not a
preference lives in app/core/state.py instead.

Owners add fields to their own section only (see docs/ARCHITECTURE.md).
"""

from __future__ import annotations

import dataclasses
import json
import logging
import typing
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.core.atomic import atomic_write_text, keep_aside, kept_note
from app.core.jsonfile import JsonFileError, problem_of, read_json
from app.core.notices import Level, Notice
from app.core.streaks import StreakRules

log = logging.getLogger(__name__)

SCHEMA_VERSION = 1


def choice(*options: str) -> dict[str, Any]:
    return {"choices": options}


def between(low: float, high: float) -> dict[str, Any]:
    return {"min": low, "max": high}


def rule(check: Callable[[Any], bool], why: str) -> dict[str, Any]:
    return {"check": check, "why": why}


def _is_hhmm(value: Any) -> bool:
    if not isinstance(value, str) or len(value) != 5 or value[2] != ":":
        return False
    hh, mm = value[:2], value[3:]
    return hh.isdigit() and mm.isdigit() and int(hh) < 24 and int(mm) < 60


def _all_hhmm(values: Any) -> bool:
    return isinstance(values, list) and all(_is_hhmm(v) for v in values)


@dataclass
class GeneralSettings:
    theme: str = field(default="system", metadata=choice("system", "light", "dark"))
    language: str = field(default="system", metadata=choice("system", "en", "es"))
    text_scale: float = field(default=1.0, metadata=between(1.0, 2.0))
    reduced_motion: bool = False
    close_to_tray: bool = False


@dataclass
class PracticeSettings:
    preparation_s: int = field(default=10, metadata=between(0, 60))
    default_minutes: int = field(default=10, metadata=between(1, 180))
    keep_screen_awake: bool = True
    ask_mood: bool = False
    breath_cue_sound: bool = False
    start_full_window: bool = False


@dataclass
class SoundSettings:
    master_volume: int = field(default=80, metadata=between(0, 100))
    bell_volume: int = field(default=80, metadata=between(0, 100))
    ambient_volume: int = field(default=50, metadata=between(0, 100))
    voice_volume: int = field(default=90, metadata=between(0, 100))
    default_bell: str = "singing-bowl"
    default_ambient: str = ""
    speak_cues: bool = True
    tts_voice: str = ""
    tts_rate: float = field(default=-0.1, metadata=between(-1.0, 1.0))
    # Imported recordings are matched to this gated-RMS loudness (dBFS).
    import_target_dbfs: float = field(default=-20.0, metadata=between(-30.0, -12.0))


@dataclass
class JournalSettings:
    daily_goal_min: int = field(default=1, metadata=between(1, 600))
    day_start_hour: int = field(default=0, metadata=between(0, 6))
    rest_days_per_week: int = field(default=1, metadata=between(0, 3))
    hide_streaks: bool = False

    def streak_rules(self) -> StreakRules:
        """The rules every streak, goal and day boundary is computed by (Home, the Journal,
        the tray's reminders and `rewire log stats` all use these)."""
        return StreakRules(daily_goal_min=self.daily_goal_min,
                           day_start_hour=self.day_start_hour,
                           rest_days_per_7=self.rest_days_per_week)


@dataclass
class ReminderSettings:
    times: list[str] = field(
        default_factory=list, metadata=rule(_all_hhmm, "must be a list of HH:MM times")
    )
    quiet_start: str = field(default="22:00", metadata=rule(_is_hhmm, "must be HH:MM"))
    quiet_end: str = field(default="07:00", metadata=rule(_is_hhmm, "must be HH:MM"))


@dataclass
class ReadingSettings:
    text_size_pt: int = field(default=13, metadata=between(9, 28))


KIOSK_PRACTICES = ["grounding-54321-3", "breathing-space-3", "box-breathing",
                   "loving-kindness-10"]


def _practice_ids(values: Any) -> bool:
    return (isinstance(values, list) and 0 < len(values) <= 12
            and all(isinstance(v, str) and 0 < len(v) <= 64 for v in values))


@dataclass
class KioskSettings:
    enabled: bool = False
    idle_s: int = field(default=120, metadata=between(30, 3600))
    warning_s: int = field(default=15, metadata=between(5, 60))
    after_practice_s: int = field(default=30, metadata=between(10, 600))
    volume_ceiling: int = field(default=60, metadata=between(0, 100))
    practices: list[str] = field(
        default_factory=lambda: list(KIOSK_PRACTICES),
        metadata=rule(_practice_ids, "must be a list of 1-12 practice ids"),
    )
    max_minutes: int = field(default=5, metadata=between(1, 5))
    anonymous_counts: bool = False
    gesture_corner: str = field(
        default="top-left", metadata=choice("top-left", "top-right", "bottom-left", "bottom-right")
    )


@dataclass
class Settings:
    general: GeneralSettings = field(default_factory=GeneralSettings)
    practice: PracticeSettings = field(default_factory=PracticeSettings)
    sound: SoundSettings = field(default_factory=SoundSettings)
    journal: JournalSettings = field(default_factory=JournalSettings)
    reminders: ReminderSettings = field(default_factory=ReminderSettings)
    readings: ReadingSettings = field(default_factory=ReadingSettings)
    kiosk: KioskSettings = field(default_factory=KioskSettings)

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"schema_version": SCHEMA_VERSION}
        data.update(dataclasses.asdict(self))
        return data


# Migrations: version N -> N+1, each a pure function over the raw JSON object.
MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {}


class InvalidValue(ValueError):
    pass


def validate_value(section_cls: type, name: str, value: Any) -> Any:
    """Return `value` checked (and, for int->float, converted) or raise InvalidValue."""
    fields = {f.name: f for f in dataclasses.fields(section_cls)}
    if name not in fields:
        raise InvalidValue(f"unknown setting {name!r}")
    meta = fields[name].metadata
    hint = typing.get_type_hints(section_cls)[name]
    value = _check_type(hint, value)
    if "choices" in meta and value not in meta["choices"]:
        raise InvalidValue(f"must be one of {', '.join(meta['choices'])}")
    if "min" in meta and not (meta["min"] <= value <= meta["max"]):
        raise InvalidValue(f"must be between {meta['min']} and {meta['max']}")
    if "check" in meta and not meta["check"](value):
        raise InvalidValue(meta["why"])
    return value


def _check_type(hint: Any, value: Any) -> Any:
    origin = typing.get_origin(hint) or hint
    if hint is bool:
        if isinstance(value, bool):
            return value
    elif hint is int:
        if isinstance(value, int) and not isinstance(value, bool):
            return value
    elif hint is float:
        if isinstance(value, int | float) and not isinstance(value, bool):
            if value != value or value in (float("inf"), float("-inf")):
                raise InvalidValue("must be a finite number")
            return float(value)
    elif hint is str:
        if isinstance(value, str) and len(value) <= 10_000:
            return value
    elif origin is list:
        if isinstance(value, list):
            return list(value)
    elif origin is dict:
        if isinstance(value, dict):
            return dict(value)
    else:  # pragma: no cover - a declaration error, caught by tests
        raise TypeError(f"unsupported settings type {hint!r}")
    raise InvalidValue(f"must be {getattr(origin, '__name__', origin)}")


def settings_from_json(raw: Any) -> tuple[Settings, list[str]]:
    """Build Settings from parsed JSON; return them and a list of problems (one per bad value)."""
    problems: list[str] = []
    settings = Settings()
    if not isinstance(raw, dict):
        return settings, ["the file does not hold a settings object"]
    version = raw.get("schema_version", SCHEMA_VERSION)
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        problems.append("schema_version is not a positive whole number")
        version = SCHEMA_VERSION
    while version < SCHEMA_VERSION:
        raw = MIGRATIONS[version](raw)
        version += 1
    for section_field in dataclasses.fields(Settings):
        section_raw = raw.get(section_field.name, {})
        section = getattr(settings, section_field.name)
        if not isinstance(section_raw, dict):
            problems.append(f"{section_field.name}: must be an object")
            continue
        for name, value in section_raw.items():
            try:
                setattr(section, name, validate_value(type(section), name, value))
            except InvalidValue as exc:
                if str(exc).startswith("unknown setting"):
                    log.info("ignoring unknown setting %s.%s", section_field.name, name)
                    continue
                problems.append(f"{section_field.name}.{name}: {exc}")
    return settings, problems


class SettingsStore:
    """Loads, validates, holds and saves the user's preferences.

    Listeners (plain callables) are told the section name after every successful change;
    the UI wraps them into a Qt signal.
    """

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.settings = Settings()
        self.notices: list[Notice] = []
        self._listeners: list[Callable[[str], None]] = []
        # True when the file on disk could not be read and could not be kept aside either:
        # then no save may replace it (it is all the user has of their preferences).
        self._protect_original = False

    @classmethod
    def load(cls, path: Path) -> SettingsStore:
        store = cls(path)
        store._load()
        return store

    def _load(self) -> None:
        try:
            raw = read_json(self.path)
        except FileNotFoundError:
            return
        except (OSError, JsonFileError) as exc:
            self._keep_bad(f"{_short(problem_of(exc))}. Rewire is using its defaults.")
            return
        newer = isinstance(raw, dict) and isinstance(raw.get("schema_version"), int) and (
            raw["schema_version"] > SCHEMA_VERSION
        )
        self.settings, problems = settings_from_json(raw)
        if newer:
            keep_aside(self.path, ".newer")
            self.notices.append(
                Notice(
                    Level.WARNING,
                    "Settings from a newer Rewire",
                    "These settings were saved by a newer version. Rewire kept a copy beside "
                    "them as settings.json.newer and uses what it understands.",
                    self.path,
                )
            )
        if problems:
            listed = "; ".join(problems[:5]) + ("; ..." if len(problems) > 5 else "")
            self._keep_bad(
                f"some values were not valid and were reset to their defaults: {listed}."
            )

    def _keep_bad(self, what: str) -> None:
        kept = keep_aside(self.path)
        where = kept_note(kept)
        if kept is None:
            self._protect_original = True
            where = (" Rewire could not keep a copy of it, so it leaves the file as it is "
                     "and does not save changes over it.")
        log.warning("settings file %s: %s", self.path, what)
        self.notices.append(
            Notice(Level.WARNING, "Settings file problem", f"{self.path.name}: {what}{where}",
                   self.path)
        )

    def save(self) -> Notice | None:
        """Write settings atomically. Returns a Notice instead of raising when the disk says no."""
        text = json.dumps(self.settings.to_json(), indent=2, sort_keys=True) + "\n"
        if self._protect_original:
            return Notice(Level.WARNING, "Settings not saved",
                          f"{self.path.name} could not be read or copied, so Rewire does not "
                          "write over it. Your change applies until you close Rewire.",
                          self.path)
        try:
            atomic_write_text(self.path, text)
        except OSError as exc:
            log.error("could not save settings to %s: %s", self.path, exc)
            return Notice(
                Level.ERROR,
                "Settings not saved",
                f"Rewire could not write {self.path.name} ({_short(exc)}). Your change applies "
                "until you close Rewire.",
                self.path,
            )
        return None

    def update(self, section: str, **changes: Any) -> Notice | None:
        """Validate and apply changes to one section, save, tell listeners.

        Raises InvalidValue (nothing changed) when any value is invalid.
        """
        current = getattr(self.settings, section)
        checked = {name: validate_value(type(current), name, v) for name, v in changes.items()}
        for name, value in checked.items():
            setattr(current, name, value)
        notice = self.save()
        for listener in list(self._listeners):
            listener(section)
        return notice

    def subscribe(self, listener: Callable[[str], None]) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: Callable[[str], None]) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)


def _short(exc: BaseException | str) -> str:
    text = str(exc)
    return text if len(text) < 160 else text[:157] + "..."
