"""Practice definitions: the data files in resources/practices/, read and checked.

Each `<id>.json` describes one practice (see resources/practices/README.md for the format).
`load_practices(folder)` returns a `PracticeCatalog`; a file that is not valid is reported by
name as a Notice and skipped, the others load. A translation in `<folder>/<lang>/<id>.json`
replaces the words (title, summary, safety line, "who might prefer another practice", cue
texts, variant titles) when the language is chosen; the timing stays the English file's.

A practice that works with the breath (every pacer, and a guided practice marked
`"breathing": true`) must carry a `safety` line: what to do if you feel dizzy, light-headed
or panicky. A practice without one is refused, so no breathing practice ships without it.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from app.core.breath import PHASE_KINDS, BreathPattern, Phase, default_level
from app.core.jsonfile import JsonFileError, read_json
from app.core.notices import Level, Notice
from app.core.safepaths import UnsafePath, inside

log = logging.getLogger(__name__)

KINDS = ("timer", "pacer", "guided")
GROUP_TITLES = {"timer": "Timer", "pacer": "Breathing", "guided": "Guided"}
ID_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
SOS_PRACTICE = "sos-panic"  # one click away on Home, in the tray menu and the crisis dialog
MAX_FILE_BYTES = 256_000
MAX_MINUTES = 180
MAX_FADE_S = 600


class PracticeError(ValueError):
    """A practice file is not valid; the message says what is wrong."""


@dataclass(frozen=True)
class Cue:
    at: float  # seconds after the practice starts
    text: str


@dataclass(frozen=True)
class Variant:
    """Another version of a pacer's pattern the user can choose, e.g. shorter holds."""

    id: str
    title: str
    pattern: BreathPattern


@dataclass(frozen=True)
class PracticeDefinition:
    id: str
    kind: str  # "timer" | "pacer" | "guided"
    title: str
    summary: str
    readings: tuple[str, ...]
    minutes: float  # default length (guided: the script's length)
    pattern: BreathPattern | None = None  # pacers
    custom: bool = False  # pacer whose pattern the user sets
    follow: bool = False  # "follow your own breath": no pacing, the user counts
    cues: tuple[Cue, ...] = ()
    voice_track: str | None = None  # a recorded guide: a file in audio/, or a full path
    order: int = 100
    recording: bool = False  # the user's own imported recording, played as the guide
    breathing: bool = False  # works with the breath (every pacer): carries a safety line
    safety: str = ""  # what to do if you feel dizzy, light-headed or panicky
    prefer_another: str = ""  # who might prefer another practice, and which
    variants: tuple[Variant, ...] = ()  # pacers: gentler versions of the pattern
    defaults: tuple[tuple[str, Any], ...] = ()  # setup choices this practice starts with
    fade_out_s: float = 0.0  # the background sound fades out over the last seconds
    source: Path | None = field(default=None, compare=False)

    @property
    def group(self) -> str:
        return GROUP_TITLES[self.kind]

    def variant(self, variant_id: str) -> Variant | None:
        return next((v for v in self.variants if v.id == variant_id), None)


@dataclass
class PracticeCatalog:
    practices: dict[str, PracticeDefinition] = field(default_factory=dict)
    notices: list[Notice] = field(default_factory=list)

    def get(self, practice_id: str) -> PracticeDefinition | None:
        return self.practices.get(practice_id)

    def by_kind(self, kind: str) -> list[PracticeDefinition]:
        items = [p for p in self.practices.values() if p.kind == kind]
        return sorted(items, key=lambda p: (p.order, p.title))

    def ids(self) -> list[str]:
        return sorted(self.practices)


def parse_moment(value: Any, what: str) -> float:
    """Seconds from a number or an "MM:SS" / "H:MM:SS" string."""
    if isinstance(value, bool):
        raise PracticeError(f"{what}: must be seconds or MM:SS")
    if isinstance(value, int | float):
        seconds = float(value)
    elif isinstance(value, str) and re.fullmatch(r"(\d{1,2}:)?\d{1,3}:[0-5]\d", value.strip()):
        parts = [int(p) for p in value.strip().split(":")]
        seconds = 0.0
        for part in parts:
            seconds = seconds * 60 + part
    else:
        raise PracticeError(f"{what}: {value!r} is not seconds or MM:SS")
    if not (0 <= seconds <= MAX_MINUTES * 60):
        raise PracticeError(f"{what}: {value!r} is outside 0-{MAX_MINUTES} minutes")
    return seconds


def _text(raw: dict[str, Any], key: str, limit: int, required: bool = True) -> str:
    value = raw.get(key, "" if not required else None)
    if not isinstance(value, str) or (required and not value.strip()):
        raise PracticeError(f"'{key}' must be a non-empty text")
    if len(value) > limit:
        raise PracticeError(f"'{key}' is longer than {limit} characters")
    return value.strip()


def _number(raw: dict[str, Any], key: str, low: float, high: float, default: float) -> float:
    value = raw.get(key, default)
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise PracticeError(f"'{key}' must be a number")
    if not (low <= value <= high):
        raise PracticeError(f"'{key}' must be between {low:g} and {high:g}")
    return float(value)


def parse_phases(raw: Any) -> BreathPattern:
    if not isinstance(raw, list) or not raw or len(raw) > 12:
        raise PracticeError("'phases' must be a list of 1 to 12 phases")
    phases = []
    for i, item in enumerate(raw, start=1):
        if not isinstance(item, dict):
            raise PracticeError(f"phase {i} must be an object")
        kind = item.get("kind")
        if kind not in PHASE_KINDS:
            raise PracticeError(f"phase {i}: 'kind' must be one of {', '.join(PHASE_KINDS)}")
        try:
            seconds = _number(item, "seconds", 0.1, 60, -1)
            level = _number(item, "level", 0, 1, default_level(kind))
        except PracticeError as exc:
            raise PracticeError(f"phase {i}: {exc}") from None
        label = item.get("label", "")
        if not isinstance(label, str) or len(label) > 60:
            raise PracticeError(f"phase {i}: 'label' must be a short text")
        phases.append(Phase(kind, seconds, level, label.strip()))
    return BreathPattern(tuple(phases))


def parse_cues(raw: Any, length_s: float) -> tuple[Cue, ...]:
    if not isinstance(raw, list) or not raw:
        raise PracticeError("'cues' must be a non-empty list")
    cues: list[Cue] = []
    for i, item in enumerate(raw, start=1):
        if not isinstance(item, dict):
            raise PracticeError(f"cue {i} must be an object with 'at' and 'text'")
        at = parse_moment(item.get("at"), f"cue {i} 'at'")
        try:
            text = _text(item, "text", 400)
        except PracticeError as exc:
            raise PracticeError(f"cue {i}: {exc}") from None
        if cues and at <= cues[-1].at:
            raise PracticeError(f"cue {i} ({item.get('at')}) is not later than the cue before")
        if at >= length_s:
            raise PracticeError(f"cue {i} ({item.get('at')}) is not before the end")
        cues.append(Cue(at, text))
    return tuple(cues)


def parse_definition(raw: Any, expected_id: str, source: Path | None = None) -> PracticeDefinition:
    """Check one parsed JSON object; raise PracticeError naming the first problem."""
    if not isinstance(raw, dict):
        raise PracticeError("the file does not hold a practice object")
    practice_id = raw.get("id")
    if practice_id != expected_id:
        raise PracticeError(f"'id' is {practice_id!r} but the file is named {expected_id}.json")
    kind = raw.get("kind")
    if kind not in KINDS:
        raise PracticeError(f"'kind' must be one of {', '.join(KINDS)}")
    readings = raw.get("readings")
    if (not isinstance(readings, list) or not readings
            or not all(isinstance(r, str) and ID_RE.match(r) for r in readings)):
        raise PracticeError("'readings' must be a non-empty list of article ids")
    minutes = _number(raw, "minutes", 1, MAX_MINUTES, 10)
    order = int(_number(raw, "order", 0, 1000, 100))
    voice = raw.get("voice_track")
    if voice is not None:
        voice = _voice_track(voice)
    breathing = kind == "pacer" or raw.get("breathing", False) is True
    safety = _text(raw, "safety", 300, required=False)
    if breathing and not safety:
        raise PracticeError("a breathing practice needs a 'safety' line: what to do if you "
                            "feel dizzy, light-headed or panicky")
    from app.core.practice_choices import parse_defaults, parse_variants

    fade = _number(raw, "fade_out_s", 0, MAX_FADE_S, 0)
    if fade >= minutes * 60:
        raise PracticeError("'fade_out_s' must be shorter than the practice")
    variants = parse_variants(raw.get("variants")) if kind == "pacer" else ()
    if kind != "pacer" and "variants" in raw:
        raise PracticeError("only a breathing pacer can have 'variants'")
    definition = PracticeDefinition(
        id=practice_id, kind=kind, title=_text(raw, "title", 80),
        summary=_text(raw, "summary", 400), readings=tuple(readings), minutes=minutes,
        order=order, voice_track=voice, source=source, breathing=breathing, safety=safety,
        prefer_another=_text(raw, "prefer_another", 300, required=False),
        variants=variants, defaults=parse_defaults(raw.get("defaults"), variants),
        fade_out_s=fade,
    )
    if kind == "pacer":
        follow = raw.get("follow", False) is True
        custom = raw.get("custom", False) is True
        pattern = None if follow else parse_phases(raw.get("phases"))
        if (follow or custom) and variants:
            raise PracticeError("a pacer without a fixed pattern cannot have 'variants'")
        cues = parse_cues(raw["cues"], minutes * 60) if "cues" in raw else ()
        return replace(definition, pattern=pattern, follow=follow, custom=custom, cues=cues)
    if kind == "guided":
        return replace(definition, cues=parse_cues(raw.get("cues"), minutes * 60))
    return definition


RECORDING_ID_PREFIX = "recording-"
RECORDING_TAIL_S = 2.0  # quiet after the recording's last sound, before the end bell


def recording_practice(recording_id: str, title: str, duration_s: float,
                       path: Path) -> PracticeDefinition:
    """A guided practice whose guide is the user's imported recording at ``path``.

    It runs as long as the recording plus a short quiet tail, so the end bell never
    sounds over the recording's last words; it links to no readings. The summary is
    English: the Practice page shows its own translated line for recordings.
    """
    return PracticeDefinition(
        id=RECORDING_ID_PREFIX + recording_id, kind="guided", title=title[:80],
        summary="Your own recording.", readings=(),
        minutes=(max(1.0, duration_s) + RECORDING_TAIL_S) / 60.0,
        voice_track=str(path), order=1000, recording=True,
    )


def _voice_track(voice: Any) -> str:
    """A shipped guide's name, checked to stay inside audio/ (no '..', no path, no link out)."""
    from app.core.resources import audio_root

    if not isinstance(voice, str) or "/" in voice or "\\" in voice:
        raise PracticeError("'voice_track' must be a file name in audio/")
    try:
        inside(audio_root(), voice)
    except (UnsafePath, FileNotFoundError) as exc:
        raise PracticeError(f"'voice_track' {exc}") from None
    if voice in (".", ".."):
        raise PracticeError("'voice_track' must be a file name in audio/")
    return voice


def _read(path: Path) -> Any:
    try:
        return read_json(path, max_bytes=MAX_FILE_BYTES)
    except JsonFileError as exc:
        raise PracticeError(exc.problem) from None
    except OSError as exc:
        raise PracticeError(f"it could not be read ({exc.strerror or exc})") from None


def load_definition(path: Path) -> PracticeDefinition:
    return parse_definition(_read(path), path.stem, path)


def localize(definition: PracticeDefinition, path: Path) -> PracticeDefinition:
    """Apply a translation file: the words (title, summary, safety, prefer_another, the cue
    texts and the variant titles, each list the same length and order); never the timing."""
    raw = _read(path)
    if not isinstance(raw, dict):
        raise PracticeError("the translation does not hold an object")

    def words(key: str, limit: int, current: str) -> str:
        return _text(raw, key, limit) if key in raw else current

    def texts(key: str, count: int) -> list[str] | None:
        if key not in raw:
            return None
        items = raw[key]
        if not isinstance(items, list) or len(items) != count:
            raise PracticeError(f"'{key}' must list the {count} {key[:-1]} texts in order")
        out = []
        for i, item in enumerate(items, start=1):
            text = item.get(_TEXT_KEYS[key]) if isinstance(item, dict) else item
            if not isinstance(text, str) or not text.strip():
                raise PracticeError(f"{key[:-1]} {i} has no text")
            out.append(text.strip())
        return out

    if definition.safety and not raw.get("safety"):
        raise PracticeError("'safety' must be translated too: it is what keeps a client safe")
    cue_texts = texts("cues", len(definition.cues))
    variant_titles = texts("variants", len(definition.variants))
    return replace(
        definition, title=words("title", 80, definition.title),
        summary=words("summary", 400, definition.summary),
        safety=words("safety", 300, definition.safety),
        prefer_another=words("prefer_another", 300, definition.prefer_another),
        cues=definition.cues if cue_texts is None else tuple(
            Cue(cue.at, text) for cue, text in zip(definition.cues, cue_texts, strict=True)),
        variants=definition.variants if variant_titles is None else tuple(
            replace(v, title=t) for v, t in zip(definition.variants, variant_titles,
                                                strict=True)),
    )


_TEXT_KEYS = {"cues": "text", "variants": "title"}


def load_practices(folder: Path, language: str = "en") -> PracticeCatalog:
    """Every valid practice in `folder`; each bad file becomes one Notice naming it."""
    catalog = PracticeCatalog()
    try:
        files = sorted(folder.glob("*.json"))
    except OSError as exc:  # pragma: no cover - a missing install
        catalog.notices.append(Notice(Level.ERROR, "Practices missing", str(exc), folder))
        return catalog
    for path in files:
        try:
            definition = load_definition(path)
        except PracticeError as exc:
            log.warning("practice file %s skipped: %s", path, exc)
            catalog.notices.append(Notice(
                Level.WARNING, "A practice could not be loaded",
                f"{path.name}: {exc}. The other practices are available.", path,
            ))
            continue
        translated = folder / language / path.name
        if language != "en" and translated.is_file():
            try:
                definition = localize(definition, translated)
            except (OSError, ValueError) as exc:
                log.warning("translation %s ignored: %s", translated, exc)
                catalog.notices.append(Notice(
                    Level.INFO, "A translation could not be used",
                    f"{language}/{path.name}: {exc}. The English text is shown.", translated,
                ))
        catalog.practices[definition.id] = definition
    return catalog
