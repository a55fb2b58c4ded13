"""Importing a WAV recording (no Qt): loudness matched, silence trimmed, library safe."""

from __future__ import annotations

import json
import math
import struct
import wave
from array import array
from pathlib import Path

import pytest

from app.sound import library as library_module
from app.sound.library import ImportFailed, RecordingLibrary
from app.sound.probe import claimed_duration_s, truncation_problem
from app.sound.quality import gated_loudness_dbfs, gated_loudness_pcm, samples_of


def write_wav(path: Path, seconds: float, level: float = 0.3, rate: int = 44_100,
              lead_silence_s: float = 0.0, channels: int = 1) -> Path:
    n = int(seconds * rate)
    quiet = int(lead_silence_s * rate)
    tone = [0] * quiet + [int(32767 * level * math.sin(2 * math.pi * 330 * i / rate))
                          for i in range(n)] + [0] * quiet
    frames = array("h", [s for s in tone for _ in range(channels)])
    with wave.open(str(path), "wb") as w:
        w.setnchannels(channels)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(frames.tobytes())
    return path


@pytest.fixture
def library(tmp_path: Path) -> RecordingLibrary:
    return RecordingLibrary(tmp_path / "recordings")


def test_loudness_of_a_known_tone() -> None:
    rate = 8000
    tone = array("h", [int(16384 * math.sin(2 * math.pi * 200 * i / rate))
                       for i in range(rate * 5)])
    expected = 20 * math.log10(0.5 / math.sqrt(2))  # -9.03 dBFS
    assert gated_loudness_dbfs(tone, rate) == pytest.approx(expected, abs=0.1)
    assert gated_loudness_pcm(tone.tobytes(), rate) == pytest.approx(expected, abs=0.1)
    # Gating: adding a long silence does not make the recording "quieter".
    padded = tone + array("h", [0] * rate * 5)
    assert gated_loudness_pcm(padded.tobytes(), rate) == pytest.approx(expected, abs=0.3)


def test_import_matches_loudness_trims_and_indexes(tmp_path: Path,
                                                   library: RecordingLibrary) -> None:
    src = write_wav(tmp_path / "Evening talk.wav", 4.0, level=0.05, lead_silence_s=2.0,
                    channels=2)
    report = library.import_file(src, target_dbfs=-20.0)
    rec = report.recording
    assert rec.title == "Evening talk" and rec.source == "Evening talk.wav"
    assert report.measured_dbfs == pytest.approx(20 * math.log10(0.05 / math.sqrt(2)), abs=0.5)
    assert report.gain_db == pytest.approx(-20.0 - report.measured_dbfs, abs=0.01)
    assert report.trimmed_s == pytest.approx(3.7, abs=0.1)  # 2 s each side, 150 ms kept
    assert "Measured loudness" in report.describe() and "dB" in report.describe()
    with wave.open(str(library.path_of(rec.recording_id)), "rb") as w:
        assert w.getnchannels() == 1 and w.getframerate() == 44_100
        out = w.readframes(w.getnframes())
    assert gated_loudness_pcm(out, 44_100) == pytest.approx(-20.0, abs=0.5)
    index = json.loads((tmp_path / "recordings" / "library.json").read_text())
    assert index["recordings"][0]["title"] == "Evening talk"
    assert index["recordings"][0]["duration_s"] == pytest.approx(4.3, abs=0.05)


def test_loud_recording_is_held_below_clipping(tmp_path: Path,
                                               library: RecordingLibrary) -> None:
    # A single loud click in a quiet file: matching loudness would clip it.
    rate = 44_100
    quiet = [int(300 * math.sin(2 * math.pi * 440 * i / rate)) for i in range(rate * 2)]
    quiet[rate] = 30000
    path = tmp_path / "click.wav"
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(array("h", quiet).tobytes())
    report = library.import_file(path, target_dbfs=-20.0)
    assert report.peak_limited and "clip" in report.describe()
    out = samples_of(library.path_of(report.recording.recording_id).read_bytes()[44:])
    assert max(abs(s) for s in out) <= 32767 * 10 ** (-1 / 20) + 2


def _bad_wav_header(path: Path, seconds_claimed: float, rate: int = 1000) -> Path:
    data_bytes = int(seconds_claimed * rate)
    header = (b"RIFF" + struct.pack("<I", 36 + data_bytes) + b"WAVE" + b"fmt "
              + struct.pack("<IHHIIHH", 16, 1, 1, rate, rate, 1, 8)
              + b"data" + struct.pack("<I", data_bytes))
    path.write_bytes(header + b"\x80" * min(data_bytes, 4000))
    return path


def _file(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("make, problem", [
    (lambda d: _file(d / "empty.wav", b""), "is empty"),
    (lambda d: _bad_wav_header(d / "cut.wav", 10.0), "truncated"),
    (lambda d: _file(d / "notes.txt", b"hello"), "not supported"),
    (lambda d: _file(d / "song.aiff", b"FORM"), "not supported"),
    (lambda d: d / "missing.wav", "does not exist"),
    (lambda d: write_wav(d / "silence.wav", 1.0, level=0.0), "only silence"),
])
def test_bad_input_is_refused_and_library_unchanged(
    tmp_path: Path, library: RecordingLibrary, make: object, problem: str
) -> None:
    library.import_file(write_wav(tmp_path / "kept.wav", 1.0))
    before = sorted(p.name for p in library.folder.iterdir())
    index_before = (library.folder / "library.json").read_bytes()
    path = make(tmp_path)  # type: ignore[operator]
    with pytest.raises(ImportFailed) as caught:
        library.import_file(path)
    message = str(caught.value)
    assert path.name in message and problem in message
    assert sorted(p.name for p in library.folder.iterdir()) == before
    assert (library.folder / "library.json").read_bytes() == index_before


def test_longer_than_three_hours_is_refused(tmp_path: Path, library: RecordingLibrary) -> None:
    # A real 3 h 1 min WAV at 1 kHz, 8-bit: 10.9 MB, written sparse-free but quickly.
    rate, seconds = 1000, 3 * 3600 + 60
    path = tmp_path / "long.wav"
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(1)
        w.setframerate(rate)
        w.writeframes(b"\x90\x70" * (rate * seconds // 2))
    assert claimed_duration_s(path) == pytest.approx(seconds)
    with pytest.raises(ImportFailed, match="3 hours"):
        library.import_file(path)
    assert library.recordings() == []


def test_failed_index_write_leaves_library_as_it_was(
    tmp_path: Path, library: RecordingLibrary, monkeypatch: pytest.MonkeyPatch
) -> None:
    library.import_file(write_wav(tmp_path / "first.wav", 1.0))
    before = sorted(p.name for p in library.folder.iterdir())

    def disk_full(path: Path, text: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(library_module, "atomic_write_text", disk_full)
    with pytest.raises(ImportFailed, match="No space left"):
        library.import_file(write_wav(tmp_path / "second.wav", 1.0))
    assert sorted(p.name for p in library.folder.iterdir()) == before
    assert [r.title for r in library.recordings()] == ["first"]


def test_damaged_index_is_kept_aside_and_rebuilt(tmp_path: Path,
                                                 library: RecordingLibrary) -> None:
    library.import_file(write_wav(tmp_path / "morning bell.wav", 1.5))
    (library.folder / "library.json").write_text("{not json")
    recs = library.recordings()
    assert len(recs) == 1 and recs[0].duration_s == pytest.approx(1.5, abs=0.1)
    assert (library.folder / "library.json.bad").read_text() == "{not json"
    library.import_file(write_wav(tmp_path / "second.wav", 1.0))
    assert len(library.recordings()) == 2  # the first recording was not lost


def test_remove(tmp_path: Path, library: RecordingLibrary) -> None:
    rec = library.import_file(write_wav(tmp_path / "a.wav", 1.0)).recording
    library.remove(rec.recording_id)
    assert library.recordings() == [] and not (library.folder / rec.file).exists()


def test_probe_finds_truncated_containers(tmp_path: Path) -> None:
    ogg = tmp_path / "a.ogg"
    page = b"OggS" + bytes([0, 0x04]) + bytes(20) + bytes([1, 10]) + b"x" * 10
    ogg.write_bytes(page)
    assert truncation_problem(ogg) is None
    ogg.write_bytes(page[:-3])
    assert "cut off" in str(truncation_problem(ogg))
    ogg.write_bytes(page.replace(bytes([0, 0x04]), bytes([0, 0x00]), 1))
    assert "end-of-stream" in str(truncation_problem(ogg))
    m4a = tmp_path / "a.m4a"
    m4a.write_bytes(struct.pack(">I", 16) + b"ftyp" + bytes(8) + struct.pack(">I", 1000) + b"mdat")
    assert "mdat" in str(truncation_problem(m4a))
