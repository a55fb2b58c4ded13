"""The one silent stand-in: a SoundPort (app/core/sound_port.py) that plays nothing.

Used where there is no sound device or QtMultimedia cannot load, by the kiosk's
"start in silence", and by the tests of every page that plays sound. It keeps the
state a listener would notice (volumes, whether ambient is on, ducking, the bells
played), so tests can assert on it, and it answers ``prepare`` and emits its signals
on the next turn of the event loop, as the real player does.

Signals (as SoundPlayer's): device_missing(str), speech_started(), speech_finished(),
voice_finished(), error(str).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from app.core.sound_needs import SoundNeeds

from app.sound.volume import DUCK_LEVEL, slider_to_gain


class SilentSound(QObject):
    device_missing = Signal(str)
    speech_started = Signal()
    speech_finished = Signal()
    voice_finished = Signal()
    error = Signal(str)

    def __init__(self, parent: QObject | None = None, missing_message: str = "") -> None:
        """missing_message: when given, ``device_missing`` is emitted once with it."""
        super().__init__(parent)
        self.bells_played: list[tuple[str, int]] = []
        self.cues_played = 0
        self.spoken: list[str] = []
        self.ambient: str | None = None
        self.voice_track: str | None = None
        self.voice_paused = False
        self.speech_stops = 0
        self.ducked = False
        self.volumes = {"master": 80, "bells": 80, "ambient": 50, "voice": 90}
        self.speech = {"enabled": True, "voice": "", "rate": 0.0}
        self.prepare_requests: list[SoundNeeds] = []  # every prepare(), in order
        if missing_message:
            QTimer.singleShot(0, lambda: self.device_missing.emit(missing_message))

    device_available = False
    speech_available = False

    def on_device_missing(self, listener: Callable[[str], None]) -> None:
        self.device_missing.connect(listener)

    def prepare(self, needs: SoundNeeds, on_ready: Callable[[], None]) -> None:
        self.prepare_requests.append(needs)
        QTimer.singleShot(0, self, on_ready)

    def warm_up(self, needs: SoundNeeds) -> None:
        pass

    def is_ready(self, needs: SoundNeeds) -> bool:
        return True

    def play_bell(self, bell_id: str, strikes: int = 1) -> None:
        self.bells_played.append((bell_id, max(1, min(3, int(strikes)))))

    def play_cue(self) -> None:
        self.cues_played += 1

    def start_ambient(self, ambient_id: str, fade_s: float = 5.0) -> None:
        self.ambient = ambient_id

    def stop_ambient(self, fade_s: float = 5.0) -> None:
        self.ambient = None

    @property
    def ambient_playing(self) -> bool:
        return self.ambient is not None

    def speak(self, text: str) -> None:
        self.spoken.append(text)
        self.ducked = True
        QTimer.singleShot(0, self.speech_started.emit)
        QTimer.singleShot(0, self._finish_speech)

    def _finish_speech(self) -> None:
        self.ducked = False
        self.speech_finished.emit()

    def play_voice(self, path: str | Path) -> None:
        self.voice_track = str(path)
        QTimer.singleShot(0, self.voice_finished.emit)

    def pause_voice(self) -> None:
        self.voice_paused = self.voice_track is not None

    def resume_voice(self) -> None:
        self.voice_paused = False

    def stop_speech(self) -> None:
        self.speech_stops += 1

    def stop_voice(self) -> None:
        self.voice_track = None
        self.voice_paused = False

    def stop_all(self) -> None:
        self.ambient = None
        self.voice_track = None

    def shutdown(self) -> None:
        self.stop_all()

    def set_volumes(self, master: int, bells: int, ambient: int, voice: int) -> None:
        self.volumes = {"master": master, "bells": bells, "ambient": ambient, "voice": voice}

    def set_speech(self, enabled: bool, voice: str = "", rate: float = 0.0) -> None:
        self.speech = {"enabled": enabled, "voice": voice, "rate": rate}

    def voices(self) -> list[str]:
        return []

    def gains(self) -> dict[str, float]:
        g = {k: slider_to_gain(v) for k, v in self.volumes.items()}
        bed = (1.0 if self.ambient else 0.0) * (DUCK_LEVEL if self.ducked else 1.0)
        return {"master": g["master"], "bells": g["bells"],
                "ambient": g["master"] * g["ambient"] * bed, "voice": g["master"] * g["voice"]}
