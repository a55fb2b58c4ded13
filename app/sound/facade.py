"""The one playback facade over QtMultimedia.

``SoundPlayer`` owns every QtMultimedia object for its whole life, renders what
a session needs off the GUI thread before it starts, and re-emits plain signals.
Bells and the pacer tick are QSoundEffects loaded in advance (``effects.py``, which
keeps Qt 6.11 from hanging when a voice ends); the ambient loop is a deep-buffered
``bed.LoopBed`` (a QMediaPlayer gaps it on a busy CPU); recorded guides are a
``media.MediaTrack`` (queued calls keep it from deadlocking with Qt's renderer threads).
Ambient fades in and out and ducks under speech.

It implements ``app.core.sound_port.SoundPort``: readiness is per request
(``prepare(needs, on_ready)`` calls back once when exactly those needs are ready).

Signals:
    device_missing(str): there is no sound device (emitted once; then silent).
    speech_started(), speech_finished(): a spoken cue began / ended.
    voice_finished(): a recorded voice track played to its end.
    error(str): a sound could not be prepared or played (a message for the user).
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, QTimer, Signal
from PySide6.QtMultimedia import QMediaDevices

from app.core.sound_needs import AMBIENT_IDS, BELL_IDS, MAX_BELL_S, RECORDING_PREFIX, SoundNeeds

from app.sound.bed import LoopBed
from app.sound.cache import RenderCache, RenderItem, items_for
from app.sound.effects import SETTLED, EffectBank, Status
from app.sound.fader import Fader
from app.sound.guard import PLAYABLE_DIR
from app.sound.media import MediaTrack
from app.sound.probe import claimed_duration_s
from app.sound.renderer import Renderer
from app.sound.speech import Speaker
from app.sound.volume import DUCK_LEVEL, slider_to_gain

log = logging.getLogger(__name__)

# Marked for lupdate; the notice bridge in factory.py shows it translated.
NO_DEVICE = str(QT_TRANSLATE_NOOP(
    "Sound", "No sound device found. Practices still run with captions, but nothing will sound."))
FALLBACK_BELL = "singing-bowl"
DUCK_DOWN_S = 0.3
DUCK_UP_S = 0.8


def no_output_device() -> bool:
    """True when the system offers no audio output at all."""
    return QMediaDevices.defaultAudioOutput().isNull()


@dataclass(eq=False)
class _Request:
    """One caller's needs, and whom to tell when they are ready (None: play_bell/play_cue
    asked for a sound nobody waits for)."""

    needs: SoundNeeds
    on_ready: Callable[[], None] | None


class SoundPlayer(QObject):
    device_missing = Signal(str)
    speech_started = Signal()
    speech_finished = Signal()
    voice_finished = Signal()
    error = Signal(str)

    def __init__(
        self,
        cache: RenderCache,
        recording_path: Callable[[str], Path | None] | None = None,
        tts_engine: str | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._cache = cache
        self._recording_path = recording_path or (lambda _rid: None)
        self._renderer = Renderer(cache, self)
        self._renderer.rendered.connect(self._on_renderer_rendered)
        self._renderer.failed.connect(self._on_renderer_failed)
        self._bank = EffectBank(cache.folder / PLAYABLE_DIR, self)
        self._bank.status_changed.connect(self._on_effect_status_changed)
        self._waiting: list[_Request] = []
        self._play_when_ready: dict[Path, int] = {}
        self._pending_ambient: tuple[str, float] | None = None
        self._missing = False
        self._missing_reported = False
        self._missing_bells: set[str] = set()
        self._any_ready = False
        self._gains = {"master": 1.0, "bells": 1.0, "ambient": 1.0, "voice": 1.0}
        # Ambient bed and voice track live as long as we do.
        self._bed = LoopBed(parent=self)  # deep-buffered: no gaps on a busy CPU (bed.py)
        self._voice = MediaTrack(loop=False, parent=self)
        self._ambient_on = False
        self._voice.finished.connect(self._on_voice_finished)
        for track in (self._bed, self._voice):
            track.failed.connect(self._on_track_failed)
        self._fade = Fader(0.0, self)  # ambient fade in/out
        self._fade.changed.connect(self._apply_volumes)
        self._fade.arrived.connect(self._on_fade_arrived)
        self._duck = Fader(1.0, self)  # ambient under speech
        self._duck.changed.connect(self._apply_volumes)
        self._speaker = Speaker(tts_engine, self)
        self._speaker.started.connect(self._on_speaker_started)
        self._speaker.finished.connect(self._on_speaker_finished)
        self._speech_enabled = True
        self._check_device()
        self.set_volumes(80, 80, 50, 90)

    # -- device ---------------------------------------------------------------------
    @property
    def device_available(self) -> bool:
        return not self._missing

    def _check_device(self) -> bool:
        if no_output_device():
            self._report_missing(NO_DEVICE)
        return not self._missing

    def _report_missing(self, message: str) -> None:
        self._missing = True
        if not self._missing_reported:
            self._missing_reported = True
            log.warning("sound: %s", message)
            QTimer.singleShot(0, lambda: self.device_missing.emit(message))

    def on_device_missing(self, listener: Callable[[str], None]) -> None:
        self.device_missing.connect(listener)

    # -- preparing --------------------------------------------------------------------
    def prepare(self, needs: SoundNeeds, on_ready: Callable[[], None]) -> None:
        """Render and load everything ``needs`` lists; call ``on_ready`` once (on a later
        turn of the event loop) when exactly these needs are ready, or cannot be."""
        self._request(needs, on_ready)

    def _request(self, needs: SoundNeeds, on_ready: Callable[[], None] | None) -> None:
        needs = self._resolved(needs)
        self._waiting.append(_Request(needs, on_ready))
        if not self._missing:
            self._renderer.request(items_for(needs))
            for path in self._short_sound_paths(needs):
                if path.is_file():
                    self._bank.load(path)
        self._check_waiting()

    def warm_up(self, needs: SoundNeeds) -> None:
        """Render ``needs`` in the background; nobody waits for it."""
        if not self._missing:
            self._renderer.request(items_for(needs))

    def _resolved(self, needs: SoundNeeds) -> SoundNeeds:
        bells = tuple(dict.fromkeys(self._resolve_bell(b) for b in needs.bells))
        return dataclasses.replace(needs, bells=bells)

    def is_ready(self, needs: SoundNeeds) -> bool:
        if self._missing:
            return True
        needs = self._resolved(needs)
        if not all(self._cache.is_rendered(item) for item in items_for(needs)):
            return False
        return all(self._bank.status(p) in SETTLED for p in self._short_sound_paths(needs))

    def _short_sound_paths(self, needs: SoundNeeds) -> list[Path]:
        paths: list[Path | None] = []
        for bell in needs.bells:
            paths.extend(self._bell_path(bell, n) for n in (1, 2, 3))
        if needs.cue:
            paths.append(self._cache.path_for(RenderItem("cue", "tick")))
        return [p for p in dict.fromkeys(paths) if p is not None]

    def _bell_path(self, bell_id: str, strikes: int) -> Path | None:
        if bell_id in BELL_IDS:
            return self._cache.path_for(RenderItem("bell", bell_id, strikes))
        if bell_id.startswith(RECORDING_PREFIX):
            path = self._recording_path(bell_id[len(RECORDING_PREFIX):])
            if path is not None and path.is_file():
                return path
        return None

    def _resolve_bell(self, bell_id: str) -> str:
        """``bell_id``, or the singing bowl when it names no usable bell (a deleted
        recording, or one too long to be a bell): a session always has its bell. Said
        once per such bell."""
        if bell_id in BELL_IDS:
            return bell_id
        path = self._bell_path(bell_id, 1)
        seconds = claimed_duration_s(path) if path is not None else None
        if path is not None and seconds is not None and seconds <= MAX_BELL_S:
            return bell_id
        if bell_id not in self._missing_bells:
            self._missing_bells.add(bell_id)
            name = bell_id.removeprefix(RECORDING_PREFIX)
            if path is None:
                why = f"The bell \u201c{name}\u201d is no longer in your library"
            elif seconds is None:
                why = (f"The bell \u201c{name}\u201d cannot be read ({path.name} is not a "
                       "readable WAV file)")
            else:
                why = (f"The recording \u201c{name}\u201d is too long to be a bell "
                       f"({seconds / 60:.0f} min; a bell may last {MAX_BELL_S:.0f} s)")
            self.error.emit(f"{why}; the singing bowl rings instead.")
        return FALLBACK_BELL

    def _check_waiting(self) -> None:
        ready = [r for r in self._waiting if self.is_ready(r.needs)]
        if ready:
            self._release(ready)

    def _release(self, requests: list[_Request]) -> None:
        """Tell each request's caller, on the next turn of the event loop (never inside the
        caller's prepare()); each request is told once."""
        self._waiting = [r for r in self._waiting if r not in requests]
        for request in requests:
            if request.on_ready is not None:
                QTimer.singleShot(0, self, request.on_ready)

    def _on_renderer_rendered(self, _key: str) -> None:
        for request in self._waiting:
            for path in self._short_sound_paths(request.needs):
                if path.is_file():
                    self._bank.load(path)
        for path in list(self._play_when_ready):
            if path.is_file():
                self._bank.load(path)
        if self._pending_ambient is not None:
            ambient_id, fade_s = self._pending_ambient
            if self._cache.is_rendered(RenderItem("ambient", ambient_id)):
                self._pending_ambient = None
                self.start_ambient(ambient_id, fade_s)
        self._check_waiting()

    def _on_renderer_failed(self, key: str, message: str) -> None:
        self.error.emit(message)
        # Whoever waits for that sound goes on without it; the others keep waiting.
        self._release([r for r in self._waiting
                       if key in {item.key() for item in items_for(r.needs)}])

    def _on_effect_status_changed(self, path: Path) -> None:
        status = self._bank.status(path)
        if status == Status.Ready:
            self._any_ready = True
        if status == Status.Error:
            if self._bank.failure(path):  # the file itself, not the device
                self.error.emit(f"Could not play {path.name}: {self._bank.failure(path)}")
            elif self._is_generated(path) or not self._any_ready:
                # Our own WAVs are valid (and imports are checked WAVs): an error
                # before any sound ever loaded means the device refused them.
                self._report_missing(NO_DEVICE)
            else:
                self.error.emit(f"Could not play {path.name}: the file could not be loaded.")
        if status in SETTLED:
            strikes = self._play_when_ready.pop(path, None)
            if strikes is not None and status == Status.Ready:
                self._play_effect(path, strikes)
            self._check_waiting()

    def _is_generated(self, path: Path) -> bool:
        return path.parent == self._cache.folder

    # -- playing ----------------------------------------------------------------------
    def play_bell(self, bell_id: str, strikes: int = 1) -> None:
        """Strike ``bell_id`` 1-3 times. Unprepared bells sound as soon as they are ready."""
        strikes = max(1, min(3, int(strikes)))
        if self._missing:
            return
        bell_id = self._resolve_bell(bell_id)
        recording = bell_id.startswith(RECORDING_PREFIX)
        path = self._bell_path(bell_id, 1 if recording else strikes)
        if path is None:
            return
        loops = strikes if recording else 1
        if path.is_file() and self._bank.status(path) in SETTLED:
            self._play_effect(path, loops)
        else:
            self._play_when_ready[path] = loops
            self._request(SoundNeeds(bells=(bell_id,)), None)

    def play_cue(self) -> None:
        """The soft tick of a breath pacer's phase change."""
        if self._missing:
            return
        path = self._cache.path_for(RenderItem("cue", "tick"))
        if path.is_file() and self._bank.status(path) in SETTLED:
            self._play_effect(path, 1)
        else:
            self._request(SoundNeeds(cue=True), None)

    def _play_effect(self, path: Path, loops: int) -> None:
        self._bank.play(path, loops, self._gains["master"] * self._gains["bells"])

    def start_ambient(self, ambient_id: str, fade_s: float = 5.0) -> None:
        if self._missing:
            return
        if ambient_id not in AMBIENT_IDS:
            self.error.emit(f"There is no soundscape called {ambient_id!r}.")
            return
        item = RenderItem("ambient", ambient_id)
        if not self._cache.is_rendered(item):
            self._pending_ambient = (ambient_id, fade_s)
            self._renderer.request([item])
            return
        self._bed.play(self._cache.path_for(item))
        self._ambient_on = True
        self._fade.glide_to(1.0, fade_s)

    def stop_ambient(self, fade_s: float = 5.0) -> None:
        self._pending_ambient = None
        self._fade.glide_to(0.0, fade_s)

    @property
    def ambient_playing(self) -> bool:
        """True from start_ambient until its fade-out has finished."""
        return self._ambient_on

    def speak(self, text: str) -> None:
        """Speak a cue with the system voice (ducking the ambient bed); captions carry it anyway."""
        if self._missing or not self._speech_enabled:
            QTimer.singleShot(0, self.speech_started.emit)
            QTimer.singleShot(0, self.speech_finished.emit)
            return
        self._speaker.say(text)

    def play_voice(self, path: str | Path) -> None:
        """Play a recorded guide; ambient ducks under it. ``voice_finished`` at its end."""
        if self._missing:
            QTimer.singleShot(0, self.voice_finished.emit)
            return
        self._voice.play(Path(path), from_start=True)
        self._duck_to(DUCK_LEVEL, DUCK_DOWN_S)

    def pause_voice(self) -> None:
        """Hold a recorded guide where it is (the practice is paused); the ambient bed,
        if any, comes back up."""
        if self._voice.pause():
            self._duck_to(1.0, DUCK_UP_S)

    def resume_voice(self) -> None:
        """Go on with a paused recorded guide from where it was held."""
        if self._voice.resume():
            self._duck_to(DUCK_LEVEL, DUCK_DOWN_S)

    def stop_speech(self) -> None:
        """Stop a spoken cue mid-sentence (the practice is paused); its caption stays."""
        self._speaker.stop()

    def stop_voice(self) -> None:
        if self._voice.stop():
            self._duck_to(1.0, DUCK_UP_S)

    def stop_all(self) -> None:
        self._bank.stop_all()
        self._play_when_ready.clear()
        self.stop_ambient(0.0)
        self.stop_voice()
        self._speaker.stop()

    def shutdown(self) -> None:
        """Stop sound and wait for a render in progress (call once at exit)."""
        self.stop_all()
        self._renderer.shutdown()

    # -- volumes, speech settings -----------------------------------------------------
    def set_volumes(self, master: int, bells: int, ambient: int, voice: int) -> None:
        """Slider positions 0-100 (30 dB range: 50 is 15 dB below 100)."""
        for name, value in (("master", master), ("bells", bells),
                            ("ambient", ambient), ("voice", voice)):
            self._gains[name] = slider_to_gain(value)
        self._apply_volumes()

    def set_speech(self, enabled: bool, voice: str = "", rate: float = 0.0) -> None:
        self._speech_enabled = enabled
        self._speaker.set_voice(voice)
        self._speaker.set_rate(rate)

    def voices(self) -> list[str]:
        return self._speaker.voices()

    @property
    def speech_available(self) -> bool:
        return self._speaker.available

    def gains(self) -> dict[str, float]:
        """Current linear gains: master, bells, ambient (with fade and duck), voice."""
        return {"master": self._gains["master"], "bells": self._gains["bells"],
                "ambient": self._bed.volume(), "voice": self._voice.output.volume()}

    def _apply_volumes(self, *_level: float) -> None:
        g = self._gains
        bed = self._fade.level * self._duck.level
        self._bed.set_volume(g["master"] * g["ambient"] * bed)
        self._voice.output.setVolume(g["master"] * g["voice"])
        self._speaker.set_volume(g["master"] * g["voice"])

    # -- fades and ducking ------------------------------------------------------------
    def _on_fade_arrived(self, level: float) -> None:
        if level <= 0.0:
            self._bed.stop()
            self._ambient_on = False

    def _duck_to(self, level: float, seconds: float) -> None:
        self._duck.glide_to(level, seconds)

    def _on_speaker_started(self) -> None:
        self._duck_to(DUCK_LEVEL, DUCK_DOWN_S)
        self.speech_started.emit()

    def _on_speaker_finished(self) -> None:
        self._duck_to(1.0, DUCK_UP_S)
        self.speech_finished.emit()

    def _on_voice_finished(self) -> None:
        self._duck_to(1.0, DUCK_UP_S)
        self.voice_finished.emit()

    def _on_track_failed(self, message: str) -> None:
        self.error.emit(f"Could not play the sound: {message}")
