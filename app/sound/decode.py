"""Decode an audio file to mono 16-bit PCM.

WAV is read with the standard library. Everything else (MP3, OGG, FLAC, M4A)
goes through QAudioDecoder, which uses the FFmpeg inside PySide6: pydub alone
would need an ffmpeg program on the user's machine. Decoding runs a local event
loop, so call it from a worker thread (or a test), never from the GUI thread.
Long files are kept at 44.1 kHz for their first 20 minutes and then continue at
22.05 kHz (a 3-hour talk would otherwise need a gigabyte of memory).
"""

from __future__ import annotations

import wave
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.sound._pydub import audioop

RATE = 44_100
LONG_RATE = 22_050
LONG_AFTER_S = 20 * 60
MAX_S = 3 * 3600


class DecodeFailed(Exception):
    """The file could not be decoded; the message says why, in plain words."""


@dataclass(frozen=True)
class Decoded:
    pcm: bytes | bytearray  # mono, 16-bit little-endian (built in place: no second copy)
    rate: int

    @property
    def duration_s(self) -> float:
        return len(self.pcm) / 2 / self.rate


def too_long_message(seconds: float) -> str:
    return (f"the recording is longer than 3 hours ({seconds / 3600:.1f} h so far); "
            "split it into parts of up to 3 hours")


def decode_wav(path: Path, max_s: float = MAX_S) -> Decoded | None:
    """Read a PCM WAV with the stdlib; None when it is a WAV flavour we leave to FFmpeg."""
    try:
        with wave.open(str(path), "rb") as w:
            channels, width, rate = w.getnchannels(), w.getsampwidth(), w.getframerate()
            if rate <= 0 or channels <= 0:
                return None
            total = w.getnframes()
            if total / rate > max_s:
                raise DecodeFailed(too_long_message(total / rate))
            if width not in (1, 2, 3, 4):
                return None  # 40-bit and wider samples: FFmpeg reads them or says why in words
            target = RATE if total / rate <= LONG_AFTER_S else LONG_RATE
            out = bytearray()
            state = None
            step = rate * 10  # ten seconds at a time: the file is never in memory twice
            while True:
                raw = w.readframes(step)
                raw = raw[:len(raw) - len(raw) % (width * channels)]  # a file cut mid-frame
                if not raw:
                    break
                mono = _to_mono16(raw, width, channels)
                if rate != target:
                    mono, state = audioop.ratecv(mono, 2, 1, rate, target, state)
                out += mono
    except (wave.Error, EOFError):
        return None
    return Decoded(out, target)


def _to_mono16(raw: bytes, width: int, channels: int) -> bytes:
    if width == 1:
        raw = audioop.bias(raw, 1, -128)  # 8-bit WAV is unsigned
    if width != 2:
        raw = audioop.lin2lin(raw, width, 2)
    if channels == 2:
        raw = audioop.tomono(raw, 2, 0.5, 0.5)
    elif channels > 2:
        frame = 2 * channels
        raw = b"".join(raw[i:i + 2] for i in range(0, len(raw), frame))
    return raw


def decode_file(path: Path, max_s: float = MAX_S, timeout_s: float = 600.0) -> Decoded:
    """Decode ``path`` (any supported format) or raise DecodeFailed."""
    path = Path(path)
    if path.suffix.lower() == ".wav":
        decoded = decode_wav(path, max_s)
        if decoded is not None:
            return decoded
    return _decode_with_qt(path, max_s, timeout_s)


def _decode_with_qt(path: Path, max_s: float, timeout_s: float) -> Decoded:
    from PySide6.QtCore import QEventLoop, QTimer, QUrl
    from PySide6.QtMultimedia import QAudioDecoder, QAudioFormat

    decoder = QAudioDecoder()
    fmt = QAudioFormat()
    fmt.setSampleRate(RATE)
    fmt.setChannelCount(1)
    fmt.setSampleFormat(QAudioFormat.SampleFormat.Int16)
    decoder.setAudioFormat(fmt)
    decoder.setSource(QUrl.fromLocalFile(str(path)))
    state = _DecodeState()
    from app.sound.probe import claimed_duration_s

    claimed = claimed_duration_s(path)
    if claimed is not None and claimed > LONG_AFTER_S:
        # Known to be long (an MP3's Xing/Info header, a FLAC's stream info): go on at
        # 22.05 kHz from the first buffer, instead of converting 20 minutes at once later.
        state.rate = LONG_RATE
    pcm = state.pcm
    loop = QEventLoop()

    def finish(error: str | None = None) -> None:
        if error and state.error is None:
            state.error = error
        state.done = True
        loop.quit()

    def on_buffer() -> None:
        buffer = decoder.read()
        data = bytes(buffer.constData())
        rate = buffer.format().sampleRate() or RATE
        if rate != RATE or buffer.format().channelCount() not in (0, 1):
            finish("the decoder returned an unexpected sample format")
            return
        if state.rate == RATE and state.size / 2 / RATE > LONG_AFTER_S:
            whole, state.ratecv = audioop.ratecv(pcm, 2, 1, RATE, LONG_RATE, None)
            pcm[:] = whole
            del whole
            state.rate, state.size = LONG_RATE, len(pcm)
        if state.rate == LONG_RATE:
            data, state.ratecv = audioop.ratecv(data, 2, 1, RATE, LONG_RATE, state.ratecv)
        pcm.extend(data)
        state.size += len(data)
        if state.seconds > max_s:
            decoder.stop()
            finish(too_long_message(state.seconds))

    def on_error(error: QAudioDecoder.Error) -> None:
        if error == QAudioDecoder.Error.FormatError or (
                error == QAudioDecoder.Error.ResourceError and path.is_file()):
            finish("it is not an audio file Rewire can read (the data is not in a known "
                   "audio format, or the file is damaged)")
        elif error == QAudioDecoder.Error.AccessDeniedError:
            finish("Rewire is not allowed to read the file")
        elif error == QAudioDecoder.Error.NotSupportedError:
            finish("audio decoding is not available on this computer")
        else:
            finish(f"the file could not be read ({decoder.errorString() or 'unknown error'})")

    decoder.bufferReady.connect(on_buffer)
    decoder.finished.connect(lambda: finish())
    decoder.error.connect(on_error)
    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(lambda: finish("decoding took too long"))
    timer.start(int(timeout_s * 1000))
    decoder.start()
    if not state.done:
        loop.exec()
    timer.stop()
    decoder.stop()
    decoder.deleteLater()
    if state.error is not None:
        if pcm and "not an audio file" in state.error:
            raise DecodeFailed("the file is damaged or truncated: decoding stopped part-way "
                               f"through ({state.seconds:.1f} s of sound could be read)")
        raise DecodeFailed(state.error)
    return Decoded(pcm, state.rate)


@dataclass
class _DecodeState:
    pcm: bytearray = field(default_factory=bytearray)
    done: bool = False
    error: str | None = None
    size: int = 0  # bytes decoded so far
    rate: int = RATE
    ratecv: Any = None  # audioop.ratecv's running state

    @property
    def seconds(self) -> float:
        return self.size / 2 / self.rate
