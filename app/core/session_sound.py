"""What one session asks of the sound, moment by moment, as SoundCues (app/core/sound_port.py).

A pure policy over the session's events: which bell rings (only the latest of several overdue
ones, and none more than 3 s late), the breath tick, the ambient bed and a recorded guide at
the start, the spoken cue, the bed's slow fade near the end of a sleep practice, and what a
pause, a resume and the end do to each of them. The
practice run (app/core/practice_run.py) asks it; the Qt adapter plays what it returns.

A spoken cue is either said by the system voice (`Speak`) or, for a session whose guide is a
recorded track, part of that track (`PlayVoice`): a track pauses where it is, resumes from
there and stops, so a cue narrated from a sound file would be played the same way.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from app.core.plan import SessionPlan
from app.core.resources import audio_path
from app.core.session import Event
from app.core.sound_port import (
    PauseVoice,
    PlayVoice,
    ResumeVoice,
    RingBell,
    SoundCue,
    Speak,
    StartAmbient,
    StopAmbient,
    StopSpeech,
    StopVoice,
    Tick,
)

BELL_LATE_S = 3.0  # a bell later than this (the GUI was blocked) is not rung
TICK_LATE_S = 0.5
CUE_LATE_S = 5.0
AMBIENT_IN_S = 5.0
AMBIENT_BACK_S = 2.0
AMBIENT_PAUSE_S = 1.0
AMBIENT_OUT_S = 4.0


class SessionSound:
    def __init__(self, plan: SessionPlan) -> None:
        self.plan = plan
        self.faded = False  # the bed has begun its last, slow fade: it does not come back

    def for_events(self, events: Iterable[Event]) -> list[SoundCue]:
        """Bells, the bed and guide at the start, breath ticks, a sleep's pause and spoken
        cues, for the events the session just produced (in that order)."""
        events = list(events)
        plan = self.plan
        cues: list[SoundCue] = []
        bells = [e.bell for e in events if e.kind == "bell" and e.late_s <= BELL_LATE_S]
        if bells and bells[-1] is not None:  # several overdue bells: ring the latest, once
            cues.append(RingBell(bells[-1].bell, bells[-1].strikes))
        for event in events:
            if event.kind == "started":
                cues.extend(self.started())
            elif event.kind == "phase" and plan.cue_sound and event.late_s <= TICK_LATE_S:
                cues.append(Tick())
            elif event.kind == "auto_paused":
                cues.extend(self.paused(stop_speech=False))
            elif event.kind == "fade":
                cues.append(self.fade_out(event.at + event.late_s))
        spoken = [e.cue for e in events if e.kind == "cue" and e.late_s <= CUE_LATE_S]
        if spoken and spoken[-1] is not None and plan.voice and not plan.voice_track:
            cues.append(Speak(spoken[-1].text))
        return cues

    def started(self) -> list[SoundCue]:
        """The practice begins (after the time to settle): the bed, and a recorded guide."""
        cues: list[SoundCue] = []
        if self.plan.ambient:
            cues.append(StartAmbient(self.plan.ambient, AMBIENT_IN_S))
        track = self.voice_track()
        if track is not None:
            cues.append(PlayVoice(track))
        return cues

    def voice_track(self) -> Path | None:
        """The recorded guide to play, if the session has one: the user's recordings are
        absolute paths; shipped guides are file names in audio/."""
        if not (self.plan.voice and self.plan.voice_track):
            return None
        track = Path(self.plan.voice_track)
        return track if track.is_absolute() else audio_path(track.name)

    def paused(self, stop_speech: bool = True) -> list[SoundCue]:
        """The bed fades and a recorded guide waits where it is; with ``stop_speech`` a
        spoken cue stops too (its caption stays). A pause for the computer's sleep leaves
        speech alone."""
        cues: list[SoundCue] = [StopAmbient(AMBIENT_PAUSE_S), PauseVoice()]
        if stop_speech:
            cues.append(StopSpeech())
        return cues

    def fade_out(self, now_s: float) -> SoundCue:
        """The bed fades slowly to silence over what is left of the practice (a sleep
        practice ends in quiet, not with a sound that stops)."""
        self.faded = True
        left = (self.plan.duration_s or now_s) - now_s
        return StopAmbient(max(1.0, left))

    def resumed(self) -> list[SoundCue]:
        cues: list[SoundCue] = []
        if self.plan.ambient and not self.faded:
            cues.append(StartAmbient(self.plan.ambient, AMBIENT_BACK_S))
        cues.append(ResumeVoice())
        return cues

    def ended(self) -> list[SoundCue]:
        return [StopAmbient(AMBIENT_OUT_S), StopVoice()]
