"""The sound seam: what Rewire asks of whatever plays its sounds (plain Python, no Qt).

`SoundPort` is implemented by the real player (`app/sound/facade.py: SoundPlayer`) and by the
one silent stand-in (`app/sound/silent.py: SilentSound`, used where there is no sound device
and by the tests). Both are called directly, through these methods and nothing else.

Readiness is per request: ``prepare(needs, on_ready)`` calls ``on_ready`` exactly once, on a
later turn of the event loop (never inside ``prepare``), when exactly those needs are ready,
or when they cannot be (a render failed, there is no device): the practice then goes on
without that sound. ``is_ready(needs)`` answers for one set of needs.

A practice does not call the port itself: the practice run (`app/core/practice_run.py`) says
what must sound as `SoundCue`s (below), and the Qt adapter plays them through one guarded
call, so a sound failure never interrupts a practice.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from app.core.sound_needs import SoundNeeds


class SoundPort(Protocol):
    @property
    def device_available(self) -> bool:
        """False when nothing will sound (no output device, no QtMultimedia)."""
        ...

    @property
    def speech_available(self) -> bool:
        """A system voice can speak cues."""
        ...

    @property
    def ambient_playing(self) -> bool:
        """From start_ambient until its fade-out has finished."""
        ...

    # -- readiness -------------------------------------------------------------------
    def prepare(self, needs: SoundNeeds, on_ready: Callable[[], None]) -> None: ...

    def is_ready(self, needs: SoundNeeds) -> bool: ...

    def warm_up(self, needs: SoundNeeds) -> None:
        """Render `needs` in the background; nobody waits for it."""
        ...

    # -- what a practice plays -------------------------------------------------------
    def play_bell(self, bell_id: str, strikes: int = 1) -> None: ...

    def play_cue(self) -> None:
        """The soft tick of a breath pacer's phase change."""
        ...

    def start_ambient(self, ambient_id: str, fade_s: float = 5.0) -> None: ...

    def stop_ambient(self, fade_s: float = 5.0) -> None: ...

    def speak(self, text: str) -> None:
        """Say a cue with the system voice (its caption shows anyway)."""
        ...

    def stop_speech(self) -> None: ...

    def play_voice(self, path: Path) -> None:
        """Play a recorded guide from its start (the ambient bed ducks under it)."""
        ...

    def pause_voice(self) -> None: ...

    def resume_voice(self) -> None: ...

    def stop_voice(self) -> None: ...

    def stop_all(self) -> None: ...

    # -- configuration and life ------------------------------------------------------
    def set_volumes(self, master: int, bells: int, ambient: int, voice: int) -> None:
        """Slider positions 0-100."""
        ...

    def set_speech(self, enabled: bool, voice: str = "", rate: float = 0.0) -> None: ...

    def voices(self) -> list[str]: ...

    def gains(self) -> dict[str, float]:
        """Linear gains now: master, bells, ambient (with fade and duck), voice."""
        ...

    def on_device_missing(self, listener: Callable[[str], None]) -> None:
        """Call `listener(message)` when it turns out there is no sound device."""
        ...

    def shutdown(self) -> None:
        """Stop everything and finish background work (once, at exit)."""
        ...


# -- what a practice asks of the sound, moment by moment -------------------------------
# Each cue is plain data (tests read them) that knows the one port call it stands for.


@dataclass(frozen=True)
class RingBell:
    bell: str
    strikes: int

    def apply(self, sound: SoundPort) -> None:
        sound.play_bell(self.bell, self.strikes)


@dataclass(frozen=True)
class Tick:
    def apply(self, sound: SoundPort) -> None:
        sound.play_cue()


@dataclass(frozen=True)
class StartAmbient:
    ambient: str
    fade_s: float

    def apply(self, sound: SoundPort) -> None:
        sound.start_ambient(self.ambient, self.fade_s)


@dataclass(frozen=True)
class StopAmbient:
    fade_s: float

    def apply(self, sound: SoundPort) -> None:
        sound.stop_ambient(self.fade_s)


@dataclass(frozen=True)
class Speak:
    text: str

    def apply(self, sound: SoundPort) -> None:
        sound.speak(self.text)


@dataclass(frozen=True)
class StopSpeech:
    def apply(self, sound: SoundPort) -> None:
        sound.stop_speech()


@dataclass(frozen=True)
class PlayVoice:
    """A recorded track (a guide, or any sound file a cue is spoken from): it pauses where
    it is, resumes from there and stops with the cues below."""

    path: Path

    def apply(self, sound: SoundPort) -> None:
        sound.play_voice(self.path)


@dataclass(frozen=True)
class PauseVoice:
    def apply(self, sound: SoundPort) -> None:
        sound.pause_voice()


@dataclass(frozen=True)
class ResumeVoice:
    def apply(self, sound: SoundPort) -> None:
        sound.resume_voice()


@dataclass(frozen=True)
class StopVoice:
    def apply(self, sound: SoundPort) -> None:
        sound.stop_voice()


SoundCue = (RingBell | Tick | StartAmbient | StopAmbient | Speak | StopSpeech | PlayVoice
            | PauseVoice | ResumeVoice | StopVoice)
