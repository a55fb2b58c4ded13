"""The practice side of the sound contract: find services.sound (or a silent stand-in), call
it so that a sound problem never interrupts a practice, and say what a session needs of it
at each moment (SessionSound)."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

log = logging.getLogger(__name__)


class _Quiet(QObject):
    """Used only when neither services.sound nor app.sound.silent can be loaded."""

    prepared = Signal()

    def prepare(self, needs: object) -> None:
        QTimer.singleShot(0, self.prepared.emit)

    def is_ready(self, needs: object) -> bool:
        return True


def sound_for(services: Any) -> Any:
    try:
        sound = getattr(services, "sound", None)
    except Exception:  # the sound system failed to start: practise in silence
        log.exception("sound unavailable; practising with captions only")
        sound = None
    if sound is not None:
        return sound
    try:
        from app.sound.silent import SilentSound

        return SilentSound()
    except Exception:
        log.exception("silent sound unavailable")
        return _Quiet()


def call(sound: Any, name: str, *args: Any, **kwargs: Any) -> Any:
    """sound.<name>(*args); a missing method or an error is logged, never raised."""
    method = getattr(sound, name, None)
    if method is None:
        return None
    try:
        return method(*args, **kwargs)
    except Exception:
        log.exception("sound.%s failed", name)
        return None


class SessionSound:
    """What one session asks of the sound player, moment by moment (the player's views
    call these; every call goes through ``call``, so sound never interrupts a practice)."""

    def __init__(self, sound: Any, plan: Any) -> None:
        self.sound = sound
        self.plan = plan
        self.faded = False  # the bed has begun its last, slow fade: it does not come back

    def events(self, events: list[Any]) -> None:
        """Bells, the bed and guide at the start, breath ticks, a sleep's pause and spoken
        cues, for the events the session just produced (in that order)."""
        bells = [e for e in events if e.kind == "bell" and e.late_s <= 3.0]
        if bells:  # several overdue bells (a blocked GUI): ring only the latest once
            bell = bells[-1].bell
            assert bell is not None
            call(self.sound, "play_bell", bell.bell, bell.strikes)
        for event in events:
            if event.kind == "started":
                self.started()
            elif event.kind == "phase" and self.plan.cue_sound and event.late_s <= 0.5:
                call(self.sound, "play_cue")
            elif event.kind == "auto_paused":
                self.paused(stop_speech=False)
            elif event.kind == "fade":
                self.fade_out(event.at + event.late_s)
        cues = [e for e in events if e.kind == "cue" and e.late_s <= 5.0]
        if cues and self.plan.voice and not self.plan.voice_track and cues[-1].cue:
            call(self.sound, "speak", cues[-1].cue.text)

    def started(self) -> None:
        """The practice begins (after the time to settle): the bed, and a recorded guide."""
        if self.plan.ambient:
            call(self.sound, "start_ambient", self.plan.ambient, 5.0)
        if self.plan.voice and self.plan.voice_track:
            from pathlib import Path

            from app.core.resources import audio_path

            track = Path(self.plan.voice_track)  # shipped guides are names in audio/
            call(self.sound, "play_voice", track if track.is_absolute() else audio_path(track.name))

    def paused(self, stop_speech: bool = True) -> None:
        """The bed fades and a recorded guide waits where it is; with ``stop_speech`` a
        spoken cue stops too (its caption stays). A pause for the computer's sleep leaves
        speech alone."""
        call(self.sound, "stop_ambient", 1.0)
        call(self.sound, "pause_voice")
        if stop_speech:
            call(self.sound, "stop_speech")

    def fade_out(self, now_s: float) -> None:
        """The bed fades slowly to silence over what is left of the practice (a sleep
        practice ends in quiet, not with a sound that stops)."""
        self.faded = True
        left = (self.plan.duration_s or now_s) - now_s
        call(self.sound, "stop_ambient", max(1.0, left))

    def resumed(self) -> None:
        if self.plan.ambient and not self.faded:
            call(self.sound, "start_ambient", self.plan.ambient, 2.0)
        call(self.sound, "resume_voice")

    def ended(self) -> None:
        call(self.sound, "stop_ambient", 4.0)
        call(self.sound, "stop_voice")
