"""Which practice player the kiosk uses, and the kiosk's sound rules around it.

The practice team's PracticePlayer (wrapped by PracticeHost) when it can be built; the kiosk's
own small KioskPlayer otherwise, so a practice always works. Sound (when the visitor chose it
and the sound service exists) never goes above the clinic's volume ceiling.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtWidgets import QWidget

from app.core.records import SessionSink
from app.services import Services
from app.ui.kiosk.player import KioskPlayer

log = logging.getLogger(__name__)


def apply_volume_ceiling(services: Services, sound_on: bool) -> None:
    """Cap the master volume at the clinic's ceiling (0 when the visitor chose silence); the
    bells, ambient and voice keep their balance below it."""
    try:
        sound = getattr(services, "sound", None) if sound_on else services.__dict__.get("sound")
    except Exception:
        log.exception("kiosk: sound service unavailable")
        return
    if sound is None or not hasattr(sound, "set_volumes"):
        return
    ceiling = int(services.settings.kiosk.volume_ceiling) if sound_on else 0
    s = services.settings.sound
    try:
        sound.set_volumes(min(s.master_volume, ceiling), s.bell_volume, s.ambient_volume,
                          s.voice_volume)
    except Exception:
        log.exception("kiosk: could not set volumes")


def create_player(services: Services, definition: Any, minutes: int, sink: SessionSink,
                  reduced_motion: bool, sound_on: bool, parent: QWidget) -> QWidget:
    """A widget with practice_started/practice_ended(bool) signals, start(), stop(),
    shutdown(), refresh(), `running`, `length_s` and `stop_button`."""
    apply_volume_ceiling(services, sound_on)
    try:
        from app.ui.kiosk.practice_host import PracticeHost

        return PracticeHost(services, definition, minutes, sink, reduced_motion, sound_on,
                            parent)
    except Exception:
        log.exception("kiosk: the practice player failed; using the kiosk's own")
    return KioskPlayer(services, definition, minutes, sink, reduced_motion, parent)
