"""The ambient bed: one seamless loop kept well ahead of the speakers, so a busy CPU never gaps it.

Why not a QMediaPlayer. Qt 6.11's FFmpeg player keeps only 22-64 ms of sound queued ahead
of the output (qffmpegaudiorenderer.cpp: it aims for low latency, which films need), and on
PulseAudio its stream holds ~17 ms on the server. When the machine is busy its renderer
thread can wait longer than that for a core, the stream runs dry and the client hears a
click of silence in the rain. On the 2-core development machine (CPU pressure ~90 %, one
extra busy loop) a 2-s loop played 4.6 s gapped in 3 of 6 runs; PulseAudio's own log showed
an "Implicit underrun of 'QtmPulseStream-...'" at each gap (a 64-ms gap 0.65 s into the
loop, 1.35 s before its loop point: gaps fall anywhere, not at the loop point). QSoundEffect,
which loops in memory, gapped 2 of 6: it queues as little.

So the bed is a QAudioSink in push mode fed from the loop in memory (wrapping around at its
end, which is seamless by construction: the file is a crossfaded circle, see ambient.py).
Its stream asks for ``BUFFER_MS`` of latency: PulseAudio reads that from
``PULSE_LATENCY_MSEC`` when a stream connects, so the variable is set only around the
sink's ``start()`` (bells keep their own low-latency streams). The GUI thread tops the
buffer up every ``FEED_MS``. A volume change reaches the ear up to ``BUFFER_MS`` later,
which a 5-s fade or a 0.3-s duck under speech can afford; ``stop()`` is immediate. All
feeding is on the GUI thread; Qt's audio thread never calls Python, so no lock is shared.

Signals:
    failed(str): the loop could not be read or the output not opened (a message).
"""

from __future__ import annotations

import contextlib
import logging
import os
import wave
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtMultimedia import QAudioFormat, QAudioSink, QMediaDevices

log = logging.getLogger(__name__)

BUFFER_MS = 500  # sound queued ahead of the speakers
FEED_MS = 50  # how often the GUI thread tops the queue up


@contextlib.contextmanager
def pulse_latency(ms: int) -> Iterator[None]:
    """Ask PulseAudio for ``ms`` of latency for the streams connected inside (unless the
    user set PULSE_LATENCY_MSEC; other systems ignore the variable)."""
    if "PULSE_LATENCY_MSEC" in os.environ:
        yield
        return
    os.environ["PULSE_LATENCY_MSEC"] = str(ms)
    try:
        yield
    finally:
        os.environ.pop("PULSE_LATENCY_MSEC", None)


class LoopBed(QObject):
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._sink: QAudioSink | None = None
        self._io: object | None = None
        self._pcm = b""
        self._pos = 0
        self._source: Path | None = None
        self._volume = 1.0
        self._feeder = QTimer(self)
        self._feeder.setInterval(FEED_MS)
        self._feeder.timeout.connect(self._feed)

    @property
    def playing(self) -> bool:
        return self._sink is not None

    def play(self, path: Path) -> None:
        """Loop ``path`` (a mono or stereo 16-bit WAV) from its start; nothing when it plays."""
        if self._sink is not None and path == self._source:
            return
        self.stop()
        try:
            with wave.open(str(path), "rb") as w:
                channels, width, rate = w.getnchannels(), w.getsampwidth(), w.getframerate()
                pcm = w.readframes(w.getnframes())
        except (OSError, EOFError, wave.Error) as exc:
            self.failed.emit(f"{Path(path).name} is not a readable WAV file ({exc})")
            return
        if width != 2 or not pcm:
            self.failed.emit(f"{Path(path).name} is not 16-bit sound")
            return
        device = QMediaDevices.defaultAudioOutput()
        if device.isNull():
            log.info("no audio output: the bed stays silent")
            return
        fmt = QAudioFormat()
        fmt.setSampleRate(rate)
        fmt.setChannelCount(channels)
        fmt.setSampleFormat(QAudioFormat.SampleFormat.Int16)
        sink = QAudioSink(device, fmt, self)
        sink.setVolume(self._volume)
        sink.setBufferSize(fmt.bytesForDuration(BUFFER_MS * 1000))
        with pulse_latency(BUFFER_MS):
            io = sink.start()
        # By name: PySide 6.11 has both QAudio.Error and QtAudio.Error, which compare unequal.
        if io is None or sink.error().name not in ("NoError", "UnderrunError"):
            sink.deleteLater()
            self.failed.emit(f"the sound output could not be opened ({sink.error().name})")
            return
        self._sink, self._io, self._pcm, self._pos, self._source = sink, io, pcm, 0, path
        self._feed()
        self._feeder.start()

    def _feed(self) -> None:
        sink, io = self._sink, self._io
        if sink is None or io is None:
            return
        free = sink.bytesFree()
        frame = 2 * sink.format().channelCount()
        while free >= frame:
            end = min(len(self._pcm), self._pos + free - free % frame)
            written = io.write(self._pcm[self._pos:end])  # type: ignore[attr-defined]
            if written <= 0:
                return
            self._pos = (self._pos + written) % len(self._pcm)
            free -= written

    def stop(self) -> bool:
        """Stop at once; False when nothing was playing."""
        self._feeder.stop()
        sink, self._sink, self._io = self._sink, None, None
        self._source = None
        if sink is None:
            return False
        sink.reset()  # drop what is queued: the bed stops now, not BUFFER_MS later
        sink.stop()
        sink.deleteLater()
        return True

    def volume(self) -> float:
        return self._volume

    def set_volume(self, volume: float) -> None:
        self._volume = max(0.0, min(1.0, volume))
        if self._sink is not None:
            self._sink.setVolume(self._volume)
