"""Make audio files in every import format, from PCM the test generates.

FLAC, M4A (AAC) and Ogg (FLAC inside Ogg) are encoded by the FFmpeg inside
PySide6 through QMediaRecorder + QAudioBufferInput. That FFmpeg is an LGPL
build without MP3 or Vorbis encoders, so MP3 comes from the `lame` program and
Ogg Vorbis from `oggenc` (Debian packages lame and vorbis-tools; .ci/run
installs them); tests needing those skip, saying so, when they are missing.
"""

from __future__ import annotations

import math
import shutil
import subprocess
import wave
from array import array
from pathlib import Path

import pytest

from PySide6.QtCore import QEventLoop, QTimer, QUrl
from PySide6.QtMultimedia import (
    QAudioBuffer,
    QAudioBufferInput,
    QAudioFormat,
    QMediaCaptureSession,
    QMediaFormat,
    QMediaRecorder,
)

RATE = 44_100


def speech_like_pcm(seconds: float, level: float = 0.1, lead_silence_s: float = 0.5) -> bytes:
    """A warbling tone with pauses (a stand-in for a voice) between silent edges."""
    n = int(seconds * RATE)
    quiet = [0] * int(lead_silence_s * RATE)
    body = []
    for i in range(n):
        t = i / RATE
        syllables = 0.5 + 0.5 * math.sin(2 * math.pi * 3 * t)
        f = 180 + 40 * math.sin(2 * math.pi * 0.7 * t)
        body.append(int(32767 * level * syllables * math.sin(2 * math.pi * f * t)))
    return array("h", quiet + body + quiet).tobytes()


def write_wav(path: Path, pcm: bytes, rate: int = RATE) -> Path:
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(pcm)
    return path


_QT_FORMATS = {
    ".flac": (QMediaFormat.FileFormat.FLAC, QMediaFormat.AudioCodec.FLAC),
    ".m4a": (QMediaFormat.FileFormat.Mpeg4Audio, QMediaFormat.AudioCodec.AAC),
    ".ogg": (QMediaFormat.FileFormat.Ogg, QMediaFormat.AudioCodec.FLAC),
}


def encode_with_qt(path: Path, pcm: bytes) -> Path:
    file_format, codec = _QT_FORMATS[path.suffix]
    fmt = QAudioFormat()
    fmt.setSampleRate(RATE)
    fmt.setChannelCount(1)
    fmt.setSampleFormat(QAudioFormat.SampleFormat.Int16)
    session = QMediaCaptureSession()
    source = QAudioBufferInput(fmt)
    session.setAudioBufferInput(source)
    recorder = QMediaRecorder()
    session.setRecorder(recorder)
    media = QMediaFormat(file_format)
    media.setAudioCodec(codec)
    recorder.setMediaFormat(media)
    recorder.setOutputLocation(QUrl.fromLocalFile(str(path)))
    recorder.setAutoStop(True)
    step = RATE // 5 * 2
    chunks = [pcm[i:i + step] for i in range(0, len(pcm), step)]
    loop = QEventLoop()
    errors: list[str] = []

    def send() -> None:
        while chunks:
            if not source.sendAudioBuffer(QAudioBuffer(chunks[0], fmt)):
                return
            chunks.pop(0)
        source.sendAudioBuffer(QAudioBuffer())  # end of stream: the recorder stops

    def on_state(state: QMediaRecorder.RecorderState) -> None:
        if state == QMediaRecorder.RecorderState.StoppedState:
            loop.quit()

    source.readyToSendAudioBuffer.connect(send)
    recorder.recorderStateChanged.connect(on_state)
    recorder.errorOccurred.connect(lambda _e, text: (errors.append(text), loop.quit()))
    QTimer.singleShot(20_000, loop.quit)
    recorder.record()
    loop.exec()
    assert not errors, errors
    assert path.is_file() and path.stat().st_size > 100, f"{path.name} was not written"
    return path


def encode_with_tool(path: Path, pcm: bytes, tool: str) -> Path:
    if shutil.which(tool) is None:
        pytest.skip(f"the '{tool}' program is not installed (Debian package "
                    f"{'lame' if tool == 'lame' else 'vorbis-tools'}); Qt's bundled FFmpeg "
                    "cannot encode this format, so there is no way to make the test file")
    wav = write_wav(path.with_suffix(".src.wav"), pcm)
    if tool == "lame":
        cmd = ["lame", "--quiet", "-b", "96", str(wav), str(path)]
    else:
        cmd = ["oggenc", "--quiet", "-q", "3", str(wav), "-o", str(path)]
    subprocess.run(cmd, check=True, timeout=60)
    wav.unlink()
    return path


def make_file(folder: Path, name: str, pcm: bytes) -> Path:
    """``name`` decides the format: x.wav, x.flac, x.m4a, x.ogg (FLAC in Ogg),
    x.mp3 (lame) or x.vorbis.ogg (oggenc)."""
    path = folder / name
    if name.endswith(".wav"):
        return write_wav(path, pcm)
    if name.endswith(".mp3"):
        return encode_with_tool(path, pcm, "lame")
    if name.endswith(".vorbis.ogg"):
        return encode_with_tool(path, pcm, "oggenc")
    return encode_with_qt(path, pcm)
