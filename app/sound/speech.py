"""Spoken cues through the system's speech engine (QtTextToSpeech), when there is one.

Signals:
    started(): the engine began speaking a cue.
    finished(): the cue is over (or could not be spoken: captions carry it).

The engine is created on first use. Where none works (no engine installed,
speech-dispatcher not running), :attr:`available` is False and every cue
"finishes" at once, so a guided practice goes on with captions only.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Signal

log = logging.getLogger(__name__)

SILENT_ENGINE_MS = 4000


class Speaker(QObject):
    started = Signal()
    finished = Signal()

    def __init__(self, engine: str | None = None, parent: QObject | None = None) -> None:
        """engine: a QtTextToSpeech engine name ("speechd", "mock"...), None for the
        system default, or "none" for no speech at all."""
        super().__init__(parent)
        self._engine_name = engine
        self._tts: object | None = None
        self._tried = False
        self._speaking = False
        self._rate = 0.0
        self._volume = 1.0
        self._voice = ""
        self._said = 0  # cues handed to the engine
        self._heard = 0  # the last cue the engine started (or that was given up on)

    # -- engine -------------------------------------------------------------------
    def _engine(self) -> object | None:
        if self._tried:
            return self._tts
        self._tried = True
        if self._engine_name == "none":
            return None
        try:
            from PySide6.QtTextToSpeech import QTextToSpeech
        except ImportError as exc:  # the Addons wheel is missing
            log.warning("no QtTextToSpeech: %s", exc)
            return None
        engines = QTextToSpeech.availableEngines()
        name = self._engine_name
        if name is not None and name not in engines:
            log.warning("speech engine %r not available (have %s)", name, engines)
            return None
        if name is None and not engines:
            return None
        tts = QTextToSpeech(name, self) if name else QTextToSpeech(self)
        if tts.state() == QTextToSpeech.State.Error:
            log.info("speech engine %r failed: %s", name or "default", tts.errorString())
            tts.deleteLater()
            return None
        tts.stateChanged.connect(self._on_tts_state_changed)
        self._tts = tts
        self._apply()
        return tts

    @property
    def available(self) -> bool:
        return self._engine() is not None

    def voices(self) -> list[str]:
        tts = self._engine()
        if tts is None:
            return []
        return [v.name() for v in tts.availableVoices()]  # type: ignore[attr-defined]

    # -- settings -----------------------------------------------------------------
    def set_rate(self, rate: float) -> None:
        self._rate = max(-1.0, min(1.0, rate))
        self._apply()

    def set_voice(self, name: str) -> None:
        self._voice = name
        self._apply()

    def set_volume(self, volume: float) -> None:
        self._volume = max(0.0, min(1.0, volume))
        self._apply()

    def _apply(self) -> None:
        tts = self._tts
        if tts is None:
            return
        tts.setRate(self._rate)  # type: ignore[attr-defined]
        tts.setVolume(self._volume)  # type: ignore[attr-defined]
        if self._voice:
            for voice in tts.availableVoices():  # type: ignore[attr-defined]
                if voice.name() == self._voice:
                    tts.setVoice(voice)  # type: ignore[attr-defined]
                    break

    # -- speaking -----------------------------------------------------------------
    def say(self, text: str) -> None:
        tts = self._engine()
        if tts is None or not text.strip():
            QTimer.singleShot(0, self.started.emit)
            QTimer.singleShot(0, self.finished.emit)
            return
        self._said += 1
        tts.say(text)  # type: ignore[attr-defined]
        token = self._said
        QTimer.singleShot(SILENT_ENGINE_MS, self, lambda: self._check_started(token))

    def _check_started(self, token: int) -> None:
        """An engine that never starts speaking (e.g. no speech-dispatcher) must not
        leave a practice waiting: after a while the cue counts as spoken."""
        if token == self._said and not self._speaking and token > self._heard:
            log.info("speech engine did not start speaking; going on with captions")
            self._heard = token
            self.started.emit()
            self.finished.emit()

    def stop(self) -> None:
        if self._tts is not None:
            self._tts.stop()  # type: ignore[attr-defined]

    @property
    def speaking(self) -> bool:
        return self._speaking

    def _on_tts_state_changed(self, state: object) -> None:
        from PySide6.QtTextToSpeech import QTextToSpeech

        if state == QTextToSpeech.State.Speaking and not self._speaking:
            self._speaking = True
            self._heard = self._said
            self.started.emit()
        elif state == QTextToSpeech.State.Error and not self._speaking:
            log.info("speech failed: %s", self._tts.errorString())  # type: ignore[union-attr]
            self._heard = self._said
            self.started.emit()
            self.finished.emit()
        elif state in (QTextToSpeech.State.Ready, QTextToSpeech.State.Error) and self._speaking:
            self._speaking = False
            self.finished.emit()
