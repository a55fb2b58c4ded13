"""The practice team's PracticePlayer inside the kiosk, with the kiosk's rules around it:

- no mood questions, no notes (source="kiosk"); the session goes to the kiosk's sink only;
- a guided script longer than the kiosk's limit is played for the chosen minutes only;
- "in silence" really is silent (no bells, no voice, a silent sound stand-in);
- no separate full-window mode (the kiosk already is full screen) and no "End this session?"
  question box: the kiosk allows no dialogs, so Stop simply stops.

Signals: practice_started(), practice_ended(bool completed).
"""

from __future__ import annotations

import dataclasses
import logging
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QVBoxLayout, QWidget

from app.core.records import SessionSink
from app.services import Services

log = logging.getLogger(__name__)

PREPARATION_S = 5


class _Silence(QObject):
    """The sound contract, playing nothing; owned by the host, so nothing of it outlives the
    visitor. Signals: prepared()."""

    prepared = Signal()

    def prepare(self, needs: object) -> None:
        QTimer.singleShot(0, self, self.prepared.emit)

    def is_ready(self, needs: object) -> bool:
        return True


class _KioskServices:
    """What the player may see of the services: the clock, the settings and (only when the
    visitor chose sound) the sound system."""

    def __init__(self, services: Services, sound_on: bool, owner: QObject) -> None:
        self.clock = services.clock
        self.settings = services.settings
        self.sound: Any = _Silence(owner)
        if sound_on:
            try:
                self.sound = services.sound
            except Exception:
                log.exception("kiosk: sound unavailable; practising in silence")


def limited(definition: Any, minutes: int) -> Any:
    """A guided script cut to `minutes` when it is longer (cues after the cut are left out)."""
    if getattr(definition, "kind", "") != "guided" or definition.minutes <= minutes:
        return definition
    end = minutes * 60.0
    cues = tuple(c for c in definition.cues if c.at < end - 10.0) or definition.cues[:1]
    return dataclasses.replace(definition, minutes=float(minutes), cues=cues)


class PracticeHost(QWidget):
    practice_started = Signal()
    practice_ended = Signal(bool)

    def __init__(self, services: Services, definition: Any, minutes: int, sink: SessionSink,
                 reduced_motion: bool, sound_on: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kioskPracticeHost")
        from app.ui.practice.player import PracticePlayer

        options = {
            "minutes": float(minutes), "preparation_s": PREPARATION_S,
            "start_bell": sound_on, "end_bell": sound_on, "voice": sound_on,
            "cue_sound": False, "ambient": "", "interval_mode": "none",
            "reduced_motion": reduced_motion,
        }
        self.player = PracticePlayer(_KioskServices(services, sound_on, self),
                                     limited(definition, minutes), options, sink, self,
                                     source="kiosk")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(64, 24, 64, 24)
        layout.addWidget(self.player)
        player = self.player
        player.full_button.hide()
        player.set_full_window = lambda on: None  # type: ignore[method-assign]
        player.stop_button.clicked.disconnect()
        player.stop_button.clicked.connect(self._on_stop_clicked)
        player.started.connect(self.practice_started)
        player.ended.connect(self._on_player_ended)
        self.stop_button = player.stop_button
        plan = player.plan
        self.length_s = float(plan.preparation_s) + float(plan.duration_s or minutes * 60)
        self._ended = False

    @property
    def running(self) -> bool:
        """Preparing or practising (a paused session is not running: the idle reset may
        then take the kiosk back for the next visitor)."""
        from app.core.session import State

        return self.player.session.state in (State.PREPARING, State.RUNNING)

    def start(self) -> None:
        self.player.start()

    def refresh(self) -> None:
        """Poll the session now (its timers do this; tests call it after moving the clock)."""
        self.player.driver.check()

    @Slot()
    def _on_stop_clicked(self) -> None:
        self.stop()

    def stop(self) -> None:
        if not self.player.session.finished:
            self.player.driver.stop()

    @Slot(object)
    def _on_player_ended(self, summary: Any) -> None:
        if self._ended:
            return
        self._ended = True
        self.practice_ended.emit(bool(getattr(summary, "completed", False)))

    def shutdown(self) -> None:
        try:
            self.player.shutdown()
        except Exception:
            log.exception("kiosk: the practice did not shut down cleanly")
