"""Short sounds (bells, the pacer tick) through QSoundEffect, played so that Qt cannot hang.

Why it is done this way. In Qt 6.11 each ``QSoundEffect.play()`` makes a new
"voice" that owns an eventfd watched by a QSocketNotifier on the GUI thread.
When a voice reaches the end of its file by itself, the audio thread can drop
the last reference to it; the notifier is then destroyed on the wrong thread
("Socket notifiers cannot be enabled or disabled from another thread"), its fd
is closed while the GUI event loop still polls it, and the program hangs
printing "QSocketNotifier: Invalid socket" without end. A 100-ms sound rung
every 100 ms for 30 s on a PulseAudio null sink hung 10 runs of 10 with plain
``play()``; played as below, 0 of 6 runs hung (1,785 bells).
``tests/end2end/sound_stress_driver.py`` replays both; the ``voices`` benchmark
counts them.

So here no voice ever ends by itself:

- each sound plays from a copy with ``GUARD_S`` of silence appended (``guard.py``);
- it loops forever, and a precise GUI-thread timer stops it ``STOP_AFTER_S``
  into that silence, so a voice is always released on the GUI thread and the
  stop is inaudible (a stop up to 1.5 s late still falls in the silence);
- ``QSoundEffect.stop()`` ends every voice of an effect, so one effect plays
  one voice at a time: each sound has a small pool of effects, and a bell rung
  again while it still sounds takes an idle one (the pool grows if need be).

Signals:
    status_changed(object path): the readiness of the sound at ``path`` changed.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer, QUrl, Signal
from PySide6.QtMultimedia import QSoundEffect

from app.sound.guard import GUARD_S, GuardFailed, guarded_copy

log = logging.getLogger(__name__)

STOP_AFTER_S = 0.5  # stop this long after the last audible sample (inside the guard)
POOL_SIZE = 2  # effects per sound made at load; more are added when all are busy
Status = QSoundEffect.Status
SETTLED = (Status.Ready, Status.Error)


@dataclass
class _Slot:
    effect: QSoundEffect
    timer: QTimer
    busy: bool = False
    pending_loops: int = 0  # > 0: play this many times once the effect is ready


@dataclass
class _Sound:
    copy: Path | None  # None: the playable copy could not be made
    audible_s: float
    slots: list[_Slot]
    failure: str = ""


class EffectBank(QObject):
    status_changed = Signal(object)

    def __init__(self, folder: Path, parent: QObject | None = None) -> None:
        """folder: where the playable copies are kept (inside the render cache)."""
        super().__init__(parent)
        self._folder = Path(folder)
        self._sounds: dict[Path, _Sound] = {}

    # -- loading -------------------------------------------------------------------
    def load(self, path: Path) -> None:
        """Make ``path`` playable (once); ``status_changed`` tells when it is."""
        if path in self._sounds:
            return
        try:
            guarded = guarded_copy(path, self._folder)
        except GuardFailed as exc:
            log.warning("sound: %s", exc)
            self._sounds[path] = _Sound(None, 0.0, [], str(exc))
            QTimer.singleShot(0, lambda: self.status_changed.emit(path))
            return
        sound = _Sound(guarded.path, guarded.audible_s, [])
        self._sounds[path] = sound
        for _ in range(POOL_SIZE):
            self._add_slot(path, sound)

    def _add_slot(self, path: Path, sound: _Sound) -> _Slot:
        assert sound.copy is not None
        effect = QSoundEffect(self)
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setTimerType(Qt.TimerType.PreciseTimer)
        slot = _Slot(effect, timer)
        sound.slots.append(slot)  # before setSource: the status may change at once
        timer.timeout.connect(lambda s=slot: self._finish(s))
        effect.statusChanged.connect(lambda p=path, s=slot: self._on_status_changed(p, s))
        effect.setSource(QUrl.fromLocalFile(str(sound.copy)))
        return slot

    def is_loaded(self, path: Path) -> bool:
        return path in self._sounds

    def status(self, path: Path) -> Status | None:
        """Ready, Error or Loading (None: never loaded). All of a sound's effects share
        one decoded sample, so the first effect speaks for the sound."""
        sound = self._sounds.get(path)
        if sound is None:
            return None
        if sound.copy is None:
            return Status.Error
        return sound.slots[0].effect.status()

    def failure(self, path: Path) -> str:
        """Why ``path`` could not be made playable ("" when it could, or is unknown)."""
        sound = self._sounds.get(path)
        return sound.failure if sound is not None else ""

    def _on_status_changed(self, path: Path, slot: _Slot) -> None:
        sound = self._sounds[path]
        status = slot.effect.status()
        if slot.pending_loops and status in SETTLED:
            loops, slot.pending_loops = slot.pending_loops, 0
            if status == Status.Ready:
                self._start(sound, slot, loops, slot.effect.volume())
            else:
                slot.busy = False
        if slot is sound.slots[0]:
            self.status_changed.emit(path)

    # -- playing -------------------------------------------------------------------
    def play(self, path: Path, loops: int, volume: float) -> bool:
        """Play ``path`` ``loops`` times (a GUARD_S pause between repeats). False when
        it cannot sound (not loaded, or failed to load)."""
        if self.status(path) != Status.Ready:  # not loaded, or failed to load
            return False
        sound = self._sounds[path]
        loops = max(1, int(loops))
        idle = [s for s in sound.slots if not s.busy]
        ready = [s for s in idle if s.effect.status() == Status.Ready]
        slot = (ready or idle or [self._add_slot(path, sound)])[0]
        if slot.effect.status() == Status.Ready:  # (a new effect's cached sample may be)
            self._start(sound, slot, loops, volume)
            return True
        slot.busy = True  # still loading the shared sample: it plays once ready
        slot.pending_loops = loops
        slot.effect.setVolume(volume)
        return True

    def _start(self, sound: _Sound, slot: _Slot, loops: int, volume: float) -> None:
        effect = slot.effect
        effect.setLoopCount(QSoundEffect.Loop.Infinite.value)
        effect.setVolume(volume)
        effect.play()
        slot.busy = True
        lasts = (loops - 1) * (sound.audible_s + GUARD_S) + sound.audible_s + STOP_AFTER_S
        slot.timer.start(max(1, round(lasts * 1000)))

    def _finish(self, slot: _Slot) -> None:
        slot.effect.stop()
        slot.busy = False

    def stop_all(self) -> None:
        for sound in self._sounds.values():
            for slot in sound.slots:
                slot.timer.stop()
                slot.pending_loops = 0
                if slot.busy:
                    self._finish(slot)

    def playing_count(self) -> int:
        """How many voices are sounding now (for tests and the benchmark)."""
        return sum(s.busy for sound in self._sounds.values() for s in sound.slots)
