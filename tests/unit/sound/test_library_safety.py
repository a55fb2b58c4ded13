"""The recordings library trusts no name from its index, and imports long recordings.

P1: an index entry whose ``file`` leaves the recordings folder must never be read or deleted
(Settings > Sound > Remove once deleted the open practice log through ``../``). The trimming
code cut 10 ms blocks in bytes, which splits a frame at 22.05 kHz, the rate recordings
longer than 20 minutes continue at.
"""

from __future__ import annotations

import json
import os
import wave
from pathlib import Path

import pytest
from test_sound_import_wav import write_wav

from app.core.notices import Notice

from app.sound import decode as decode_module
from app.sound.library import INDEX, RecordingLibrary, block_frames, write_matched_wav


def _library_with(tmp_path: Path, file: str) -> tuple[RecordingLibrary, list[Notice]]:
    folder = tmp_path / "data" / "recordings"
    folder.mkdir(parents=True)
    write_wav(folder / "good-abc123.wav", 0.5)
    entries = [
        {"recording_id": "good-abc123", "title": "Good", "file": "good-abc123.wav",
         "duration_s": 0.5, "source": "good.wav", "loudness_dbfs": -20.0, "gain_db": 0.0,
         "imported_at": ""},
        {"recording_id": "evil-000000", "title": "Evil", "file": file, "duration_s": 1.0,
         "source": "x.wav", "loudness_dbfs": -20.0, "gain_db": 0.0, "imported_at": ""},
    ]
    (folder / INDEX).write_text(json.dumps({"version": 1, "recordings": entries}))
    notices: list[Notice] = []
    return RecordingLibrary(folder, notify=notices.append), notices


def _hostile_names(tmp_path: Path) -> list[str]:
    outside = tmp_path / "data" / "practice-log.sqlite3"
    return ["../practice-log.sqlite3", str(outside), "sub/../../practice-log.sqlite3",
            "..\\practice-log.sqlite3", "link.wav", "practice-log.sqlite3", "x\x00.wav"]


@pytest.mark.parametrize("which", range(7))
def test_an_index_entry_outside_the_folder_is_refused_and_never_deleted(
        tmp_path: Path, which: int) -> None:
    name = _hostile_names(tmp_path)[which]
    data = tmp_path / "data"
    data.mkdir()
    victim = data / "practice-log.sqlite3"
    victim.write_bytes(b"three sessions")
    library, notices = _library_with(tmp_path, name)
    (library.folder / "link.wav").symlink_to(victim)
    assert [r.recording_id for r in library.recordings()] == ["good-abc123"]
    assert library.path_of("evil-000000") is None
    library.remove("evil-000000")
    library.remove("good-abc123")
    assert victim.read_bytes() == b"three sessions"
    assert not (library.folder / "good-abc123.wav").exists()
    assert notices and "Nothing was read or deleted" in notices[0].text
    assert (library.folder / (INDEX + ".bad")).is_file()  # what the user had is kept


def test_an_index_with_wrong_types_is_rebuilt_from_the_files(tmp_path: Path) -> None:
    library, _ = _library_with(tmp_path, "x.wav")
    (library.folder / INDEX).write_text('{"recordings": [{"recording_id": 5}]}')
    assert [r.file for r in library.recordings()] == ["good-abc123.wav"]


def test_a_hostile_index_json_is_rebuilt_not_a_crash(tmp_path: Path) -> None:
    library, _ = _library_with(tmp_path, "x.wav")
    (library.folder / INDEX).write_text("[" * 100_000 + "]" * 100_000)
    assert [r.file for r in library.recordings()] == ["good-abc123.wav"]
    (library.folder / INDEX).write_text('{"recordings": [], "n": ' + "9" * 5000 + "}")
    assert [r.file for r in library.recordings()] == ["good-abc123.wav"]


@pytest.mark.parametrize("rate", [8_000, 11_025, 16_000, 22_050, 32_000, 44_100, 48_000])
def test_trim_blocks_are_whole_frames_at_every_rate(rate: int) -> None:
    frames = block_frames(rate, 10)
    assert frames >= 1 and abs(frames / rate - 0.010) < 1 / rate


def test_a_recording_past_the_long_rate_threshold_imports(tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    # Past LONG_AFTER_S (20 min) the decoder goes on at 22.05 kHz; here the threshold is 1 s
    # so a 3-s file takes the same path as a 21-minute one.
    monkeypatch.setattr(decode_module, "LONG_AFTER_S", 1)
    src = write_wav(tmp_path / "Long talk.wav", 3.0, lead_silence_s=0.5)
    library = RecordingLibrary(tmp_path / "recordings")
    report = library.import_file(src)
    with wave.open(str(library.path_of(report.recording.recording_id)), "rb") as w:
        assert w.getframerate() == 22_050
        assert abs(w.getnframes() / 22_050 - report.recording.duration_s) < 0.001
    assert report.recording.duration_s == pytest.approx(3.3, abs=0.02)  # 150 ms kept each side


def test_matched_wav_is_written_in_pieces_with_gain_and_fades(tmp_path: Path) -> None:
    pcm = (b"\x00\x10" * 22_050) * 3  # 3 s at a constant 4096
    write_matched_wav(tmp_path / "out.wav", pcm, 22_050, gain_db=6.0206, chunk_s=1)
    with wave.open(str(tmp_path / "out.wav"), "rb") as w:
        data = w.readframes(w.getnframes())
    assert len(data) == len(pcm)
    middle = int.from_bytes(data[len(data) // 2:len(data) // 2 + 2], "little", signed=True)
    assert middle == pytest.approx(8192, abs=2)
    assert data[:2] == b"\x00\x00" and data[-2:] == b"\x00\x00"  # faded at both edges
    assert not [p for p in os.listdir(tmp_path) if p.endswith(".tmp")]


def _raw_wav(path: Path, width: int, data: bytes) -> Path:
    import struct

    fmt = struct.pack("<HHIIHH", 1, 1, 8000, 8000 * width, width, width * 8)
    body = (b"WAVE" + b"fmt " + struct.pack("<I", len(fmt)) + fmt + b"data"
            + struct.pack("<I", len(data)) + data)
    path.write_bytes(b"RIFF" + struct.pack("<I", len(body)) + body)
    return path


def test_odd_wavs_never_reach_audioop_with_a_size_it_refuses(tmp_path: Path) -> None:
    from app.sound.decode import decode_wav

    # 40-bit samples once gave "Size should be 1, 2, 3 or 4": left to the full decoder now.
    assert decode_wav(_raw_wav(tmp_path / "wide.wav", 5, b"\x01" * 5000)) is None
    cut = decode_wav(_raw_wav(tmp_path / "cut.wav", 2, b"\x01" * 5001))  # cut mid-frame
    assert cut is not None and len(cut.pcm) % 2 == 0
