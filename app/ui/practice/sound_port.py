"""The practice side of the sound contract: find services.sound (or a silent stand-in), and
call it so that a sound problem never interrupts a practice."""

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
