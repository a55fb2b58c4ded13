"""A QMediaPlayer for one long sound (the ambient bed, a recorded guide), driven safely.

Every call that reaches the player goes through ``queued``: Qt makes it from the event
loop, in C++, without Python's lock (the GIL) held. Seen in CI: the GUI thread, inside
``QMediaPlayer.stop()`` called from Python and so holding the GIL, waited for a Qt
signal-slot lock held by a Qt 6.11 FFmpeg audio renderer thread that was deleting itself
and waited for the GIL (the QAudioOutput PySide made asks Python in disconnectNotify). A
driver that stops and restarts a loop 400 times from Python hung 1 run of 7
(tests/end2end/sound_player_stress_driver.py). Since Qt reaches a state a moment after
it is asked, ``wanted`` says what was asked last.

The player and its output live as long as the track: the player is made first, so Qt
(which deletes children in creation order) never deletes an output while its player
lives, which crashes.

Signals:
    finished(): the sound played to its end (never for a looping track, nor after stop()).
    failed(str): the player reported an error (its message).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Q_ARG, QMetaObject, QObject, Qt, QUrl, Signal
from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer


def queued(player: QMediaPlayer, slot: str, url: QUrl | None = None) -> None:
    """``player.<slot>()`` (or ``setSource(url)``), made by Qt from the event loop."""
    args = () if url is None else (Q_ARG(QUrl, url),)
    QMetaObject.invokeMethod(player, slot, Qt.ConnectionType.QueuedConnection, *args)


class MediaTrack(QObject):
    finished = Signal()
    failed = Signal(str)

    def __init__(self, loop: bool, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.player = QMediaPlayer(self)
        self.output = QAudioOutput(self)
        self.player.setAudioOutput(self.output)
        if loop:
            self.player.setLoops(QMediaPlayer.Loops.Infinite)
        self.player.mediaStatusChanged.connect(self._on_media_status_changed)
        self.player.errorOccurred.connect(self._on_error_occurred)
        self._source: Path | None = None
        self.wanted = "stopped"  # "playing" | "paused" | "stopped": what was asked last

    def play(self, path: Path, from_start: bool = False) -> None:
        """Play ``path`` (loaded anew when it is another file, or ``from_start``)."""
        if from_start or self._source != path:
            queued(self.player, "stop")
            queued(self.player, "setSource", QUrl.fromLocalFile(str(path)))
            self._source = path
        queued(self.player, "play")
        self.wanted = "playing"

    def pause(self) -> bool:
        """Hold the sound where it is; False when it was not playing."""
        if self.wanted != "playing":
            return False
        queued(self.player, "pause")
        self.wanted = "paused"
        return True

    def resume(self) -> bool:
        """Go on from where ``pause`` held it; False when it was not paused."""
        if self.wanted != "paused":
            return False
        queued(self.player, "play")
        self.wanted = "playing"
        return True

    def stop(self) -> bool:
        """Stop; False when it was stopped already."""
        if self.wanted == "stopped":
            return False
        queued(self.player, "stop")
        self.wanted = "stopped"
        return True

    def _on_media_status_changed(self, status: QMediaPlayer.MediaStatus) -> None:
        if status == QMediaPlayer.MediaStatus.EndOfMedia and self.wanted == "playing":
            self.wanted = "stopped"
            self.finished.emit()

    def _on_error_occurred(self, _error: QMediaPlayer.Error, message: str) -> None:
        self.failed.emit(message)
