"""Import of every supported format through QAudioDecoder, and each kind of bad file."""

from __future__ import annotations

from pathlib import Path

import pytest
from sound_fixtures import make_file, speech_like_pcm

from app.sound.decode import DecodeFailed, decode_file
from app.sound.library import ImportFailed, RecordingLibrary
from app.sound.quality import gated_loudness_pcm

pytestmark = pytest.mark.qt_log_ignore(
    r"qt\.multimedia.*", r"PulseAudioService.*", r"Could not open media.*",
)

FORMATS = ["talk.wav", "talk.mp3", "talk.vorbis.ogg", "talk.ogg", "talk.flac", "talk.m4a"]


@pytest.fixture
def library(tmp_path: Path) -> RecordingLibrary:
    return RecordingLibrary(tmp_path / "recordings", decode_file)


@pytest.mark.parametrize("name", FORMATS)
def test_each_format_imports_loudness_matched(qapp: object, tmp_path: Path,
                                              library: RecordingLibrary, name: str) -> None:
    source = make_file(tmp_path, name, speech_like_pcm(3.0, level=0.05, lead_silence_s=1.0))
    report = library.import_file(source, title="Evening talk", target_dbfs=-18.0)
    rec = report.recording
    assert rec.title == "Evening talk" and rec.source == name
    assert -36.0 < report.measured_dbfs < -26.0
    assert report.gain_db == pytest.approx(-18.0 - report.measured_dbfs, abs=0.01)
    assert rec.duration_s == pytest.approx(3.3, abs=0.15)  # 1 s silence trimmed each side
    out = decode_file(library.path_of(rec.recording_id))
    assert gated_loudness_pcm(out.pcm, out.rate) == pytest.approx(-18.0, abs=0.6)
    assert [r.recording_id for r in library.recordings()] == [rec.recording_id]


def _truncate(path: Path, keep: float) -> Path:
    data = path.read_bytes()
    path.write_bytes(data[: int(len(data) * keep)])
    return path


@pytest.mark.parametrize("name", ["cut.wav", "cut.mp3", "cut.vorbis.ogg", "cut.flac", "cut.m4a"])
def test_truncated_files_are_refused(qapp: object, tmp_path: Path, library: RecordingLibrary,
                                     name: str) -> None:
    path = _truncate(make_file(tmp_path, name, speech_like_pcm(4.0)), 0.5)
    with pytest.raises(ImportFailed) as caught:
        library.import_file(path)
    assert name in str(caught.value)
    assert "truncated" in str(caught.value)
    assert library.recordings() == [] and not library.folder.exists()


@pytest.mark.parametrize("name, data, problem", [
    ("letter.mp3", b"Dear diary, today I breathed.\n" * 40, "not an audio file"),
    ("photo.m4a", b"\x89PNG\r\n\x1a\n" + bytes(2000), "not an audio file"),
    ("empty.flac", b"", "empty"),
    ("noise.ogg", bytes(range(256)) * 20, "not an audio file"),
])
def test_not_audio_is_refused(qapp: object, tmp_path: Path, library: RecordingLibrary,
                              name: str, data: bytes, problem: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(ImportFailed, match=problem) as caught:
        library.import_file(path)
    assert name in str(caught.value)
    assert library.recordings() == []


def test_decoder_stops_at_the_length_limit(qapp: object, tmp_path: Path) -> None:
    path = make_file(tmp_path, "long.flac", speech_like_pcm(3.0))
    with pytest.raises(DecodeFailed, match="longer than 3 hours"):
        decode_file(path, max_s=1.0)


def test_a_failed_import_keeps_earlier_recordings(qapp: object, tmp_path: Path,
                                                  library: RecordingLibrary) -> None:
    good = library.import_file(make_file(tmp_path, "bell.flac", speech_like_pcm(1.0)))
    bad = tmp_path / "broken.m4a"
    bad.write_bytes(b"not really")
    with pytest.raises(ImportFailed):
        library.import_file(bad)
    assert [r.recording_id for r in library.recordings()] == [good.recording.recording_id]
    assert library.path_of(good.recording.recording_id).is_file()
