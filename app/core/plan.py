"""What the user chose (PracticeOptions) plus the practice (PracticeDefinition) = a SessionPlan.

Options come from the setup panel, a saved preset or `navigator.open_practice(id, options)` as
a plain dict; `options_from_dict` checks each value and keeps the default for a bad one
(reporting it). `build_plan` turns a definition and options into the exact schedule a
Session follows: its length, the bell moments, the breath pattern and the cue lines.
"""

from __future__ import annotations

import dataclasses
import math
import random
from dataclasses import dataclass, field
from typing import Any

from app.core.breath import BreathPattern, simple_pattern
from app.core.practices import ID_RE, Cue, PracticeDefinition, PracticeError, parse_moment
from app.core.sound_needs import AMBIENT_IDS, SoundNeeds, is_known_bell

INTERVAL_MODES = ("none", "every", "moments", "random")
RUN_BY = ("minutes", "breaths")


@dataclass
class PracticeOptions:
    minutes: float = 10.0
    open_ended: bool = False
    preparation_s: int = 10
    bell: str = "singing-bowl"
    start_bell: bool = True
    end_bell: bool = True
    interval_mode: str = "none"
    interval_every_min: float = 5.0
    interval_moments: list[str] = field(default_factory=list)  # "MM:SS" after the start
    random_count: int = 3
    random_from_min: float = 1.0
    random_to_min: float = 9.0
    seed: int | None = None
    ambient: str = ""
    run_by: str = "minutes"
    breaths: int = 30
    inhale_s: float = 4.0
    hold_in_s: float = 0.0
    exhale_s: float = 6.0
    hold_out_s: float = 0.0
    cue_sound: bool = False
    reduced_motion: bool = False
    voice: bool = True
    variant: str = ""  # a pacer's gentler version ("" = its standard pattern)
    dim: bool = False  # a dark, low-contrast screen (for the middle of the night)

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


_LIMITS: dict[str, tuple[float, float]] = {
    "minutes": (1, 180), "preparation_s": (0, 60), "interval_every_min": (0.5, 180),
    "random_count": (1, 20), "random_from_min": (0, 180), "random_to_min": (0, 180),
    "breaths": (1, 500), "inhale_s": (1, 20), "hold_in_s": (0, 20), "exhale_s": (1, 20),
    "hold_out_s": (0, 20),
}


def _check(name: str, value: Any, default: Any) -> Any:
    if name == "seed":
        if value is None or (isinstance(value, int) and not isinstance(value, bool)):
            return value
        raise ValueError("must be a whole number")
    if isinstance(default, bool):
        if isinstance(value, bool):
            return value
        raise ValueError("must be true or false")
    if isinstance(default, int | float):
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ValueError("must be a number")
        low, high = _LIMITS[name]
        if not (low <= value <= high):
            raise ValueError(f"must be between {low:g} and {high:g}")
        return int(value) if isinstance(default, int) else float(value)
    if isinstance(default, list):
        if not isinstance(value, list) or len(value) > 50:
            raise ValueError("must be a list of MM:SS moments")
        for item in value:
            parse_moment(item, "moment")
        return [str(v) if isinstance(v, str) else v for v in value]
    if not isinstance(value, str):
        raise ValueError("must be text")
    if name == "interval_mode" and value not in INTERVAL_MODES:
        raise ValueError(f"must be one of {', '.join(INTERVAL_MODES)}")
    if name == "run_by" and value not in RUN_BY:
        raise ValueError("must be minutes or breaths")
    if name == "bell" and not is_known_bell(value):
        raise ValueError("is not a known bell")
    if name == "ambient" and value and value not in AMBIENT_IDS:
        raise ValueError("is not a known ambient sound")
    if name == "variant" and value and (len(value) > 40 or not ID_RE.match(value)):
        raise ValueError("is not a version id")
    return value


def options_from_dict(
    raw: Any, base: PracticeOptions | None = None
) -> tuple[PracticeOptions, list[str]]:
    """Options from a dict; unknown keys are ignored, bad values keep the default."""
    options = dataclasses.replace(base) if base else PracticeOptions()
    problems: list[str] = []
    if not isinstance(raw, dict):
        return options, ["the options are not an object"] if raw is not None else []
    defaults = PracticeOptions()
    names = {f.name for f in dataclasses.fields(PracticeOptions)}
    for name, value in raw.items():
        if name not in names:
            continue
        try:
            setattr(options, name, _check(name, value, getattr(defaults, name)))
        except (ValueError, PracticeError) as exc:
            problems.append(f"{name}: {exc}")
    return options, problems


def with_practice_defaults(options: PracticeOptions,
                           definition: PracticeDefinition) -> PracticeOptions:
    """``options`` with the choices the practice starts with (its ``defaults``: no end bell
    for sleep, a dim screen at night, no time to settle for SOS). The user's remembered
    choices for that practice are applied after this, so they win."""
    if not definition.defaults:
        return options
    changed, _ = options_from_dict(dict(definition.defaults), options)
    return changed


@dataclass(frozen=True)
class BellEvent:
    at: float  # practised seconds
    bell: str
    strikes: int
    role: str  # "start" | "interval" | "end"


@dataclass(frozen=True)
class SessionPlan:
    practice_id: str
    title: str
    kind: str  # "timer" | "pacer" | "guided"
    duration_s: float | None  # None = open-ended (counts up)
    preparation_s: float
    bell: str
    start_bell: bool
    end_bell: bool
    interval_times: tuple[float, ...] = ()  # finite list of interval bell moments
    interval_every_s: float | None = None  # open-ended repeating bells
    pattern: BreathPattern | None = None
    follow: bool = False
    cues: tuple[Cue, ...] = ()
    cue_sound: bool = False
    voice: bool = False
    voice_track: str | None = None
    ambient: str | None = None
    breaths: int | None = None  # the session ends after this many breaths
    seed: int | None = None
    recording: bool = False  # the guide is the user's own recording
    dim: bool = False  # draw the practice dark and quiet (the middle of the night)
    ambient_fade_s: float = 0.0  # the background sound fades out over the last seconds

    @property
    def fade_at(self) -> float | None:
        """The practised second the background sound starts its slow fade to silence, or
        None when it plays to the end (no fade, no sound, or an open-ended session)."""
        if not (self.ambient and self.ambient_fade_s > 0 and self.duration_s):
            return None
        return max(0.0, self.duration_s - self.ambient_fade_s)

    @property
    def log_kind(self) -> str:
        """The kind written to the practice log."""
        return "recording" if self.recording else self.kind

    def bell_after(self, t: float) -> BellEvent | None:
        """The first bell strictly after practised second `t` (the start bell is at 0)."""
        if self.start_bell and t < 0:
            return BellEvent(0.0, self.bell, 1, "start")
        nxt: float | None = None
        for moment in self.interval_times:
            if moment > t:
                nxt = moment
                break
        if self.interval_every_s:
            k = max(1, math.floor(t / self.interval_every_s + 1e-9) + 1)  # never at 0
            periodic = k * self.interval_every_s
            if self.duration_s is None or periodic < self.duration_s - 1e-9:
                nxt = periodic if nxt is None else min(nxt, periodic)
        if nxt is not None:
            return BellEvent(nxt, self.bell, 1, "interval")
        if self.end_bell and self.duration_s is not None and t < self.duration_s:
            return BellEvent(self.duration_s, self.bell, 2, "end")
        return None

    def sound_needs(self) -> SoundNeeds:
        rings = self.start_bell or self.end_bell or bool(self.interval_times
                                                           or self.interval_every_s)
        return SoundNeeds(
            bells=(self.bell,) if rings else (),
            ambient=self.ambient,
            cue=self.cue_sound and self.pattern is not None,
            voice_track=self.voice_track if self.voice else None,
        )


def interval_times(options: PracticeOptions, duration_s: float | None) -> tuple[float, ...]:
    """The finite interval bell moments (custom list or random), inside (0, duration)."""
    end = duration_s if duration_s is not None else math.inf
    if options.interval_mode == "moments":
        moments = {parse_moment(m, "moment") for m in options.interval_moments}
    elif options.interval_mode == "random":
        low = options.random_from_min * 60
        high = min(options.random_to_min * 60, end)
        if high <= low:
            return ()
        rng = random.Random(options.seed)
        moments = {round(rng.uniform(low, high), 3) for _ in range(options.random_count)}
    else:
        return ()
    return tuple(sorted(m for m in moments if 0 < m < end))


def build_plan(definition: PracticeDefinition, options: PracticeOptions) -> SessionPlan:
    """The schedule one session follows. Pacers run in whole breaths."""
    if options.interval_mode == "random" and options.seed is None:
        options = dataclasses.replace(options, seed=random.SystemRandom().randrange(2**31))
    pattern: BreathPattern | None = definition.pattern
    variant = definition.variant(options.variant) if options.variant else None
    if variant is not None:
        pattern = variant.pattern
    if definition.custom:
        pattern = simple_pattern(
            options.inhale_s, options.hold_in_s, options.exhale_s, options.hold_out_s
        )
    breaths: int | None = None
    duration: float | None
    if definition.kind == "guided":
        duration = definition.minutes * 60
    elif options.open_ended and (definition.kind == "timer" or definition.follow):
        duration = None
    elif definition.follow:
        duration = options.minutes * 60
    elif pattern is not None:
        if options.run_by == "breaths":
            breaths = options.breaths
        else:
            breaths = max(1, round(options.minutes * 60 / pattern.cycle_s))
        duration = breaths * pattern.cycle_s
    else:
        duration = options.minutes * 60
    every = options.interval_every_min * 60 if options.interval_mode == "every" else None
    return SessionPlan(
        practice_id=definition.id,
        title=definition.title,
        kind=definition.kind,
        duration_s=duration,
        preparation_s=float(options.preparation_s),
        bell=options.bell,
        start_bell=options.start_bell,
        end_bell=options.end_bell,
        interval_times=interval_times(options, duration),
        interval_every_s=every,
        pattern=pattern,
        follow=definition.follow,
        cues=definition.cues,
        cue_sound=options.cue_sound,
        voice=options.voice or definition.recording,  # a recording is the practice itself
        voice_track=definition.voice_track,
        ambient=options.ambient or None,
        breaths=breaths,
        seed=options.seed,
        recording=definition.recording,
        dim=options.dim,
        ambient_fade_s=definition.fade_out_s,
    )
