"""Playable copies: the sound, then GUARD_S of silence, made once per version of the source."""

from __future__ import annotations

import dataclasses
import os
import wave
from array import array
from pathlib import Path

import pytest
from sound_wav_helpers import read_wav

from app.sound import bells
from app.sound.cache import RenderCache, RenderItem
from app.sound.guard import GUARD_S, PLAYABLE_DIR, GuardFailed, guarded_copy


def write_wav(path: Path, samples: list[int], rate: int = 44_100, channels: int = 1,
              width: int = 2) -> Path:
    with wave.open(str(path), "wb") as w:
        w.setnchannels(channels)
        w.setsampwidth(width)
        w.setframerate(rate)
        if width == 1:
            w.writeframes(bytes(samples))
        else:
            w.writeframes(array("h", samples).tobytes())
    return path


def test_the_copy_is_the_sound_then_silence(tmp_path: Path) -> None:
    source = write_wav(tmp_path / "bell.wav", [1000, -1000] * 2205, channels=2)  # 0.05 s stereo
    guarded = guarded_copy(source, tmp_path / "playable")
    assert guarded.audible_s == pytest.approx(0.05)
    samples, rate, channels = read_wav(guarded.path)
    assert (rate, channels) == (44_100, 2)
    assert len(samples) == 4410 + int(GUARD_S * rate) * 2
    assert list(samples[:4410]) == [1000, -1000] * 2205  # the sound, untouched
    assert not any(samples[4410:])  # then digital silence


def test_8_bit_silence_is_the_midpoint(tmp_path: Path) -> None:
    source = write_wav(tmp_path / "old.wav", [200, 60] * 50, rate=8000, width=1)
    with wave.open(str(guarded_copy(source, tmp_path / "p").path), "rb") as w:
        tail = w.readframes(w.getnframes())[100:]
    assert set(tail) == {0x80}


def test_made_once_and_remade_when_the_source_changes(tmp_path: Path) -> None:
    source = write_wav(tmp_path / "bell.wav", [500] * 441)
    first = guarded_copy(source, tmp_path / "p").path
    stamp = first.stat().st_mtime_ns
    assert guarded_copy(source, tmp_path / "p").path == first
    assert first.stat().st_mtime_ns == stamp  # reused, not rewritten
    write_wav(source, [700] * 882)
    os.utime(source, ns=(stamp + 10**9, stamp + 10**9))
    second = guarded_copy(source, tmp_path / "p")
    assert second.path != first and second.audible_s == pytest.approx(0.02)
    assert not first.exists()  # the copy of the old version is gone
    assert [p.name for p in (tmp_path / "p").iterdir()] == [second.path.name]


@pytest.mark.parametrize("content", [b"", b"RIFF\x00\x00", b"ID3 this is an mp3"])
def test_a_file_that_is_not_a_wav_is_named_in_the_failure(tmp_path: Path, content: bytes) -> None:
    source = tmp_path / "favourite.wav"
    source.write_bytes(content)
    with pytest.raises(GuardFailed, match=r"favourite\.wav"):
        guarded_copy(source, tmp_path / "p")
    assert not (tmp_path / "p").exists() or not any((tmp_path / "p").iterdir())


def test_a_missing_file_is_named_in_the_failure(tmp_path: Path) -> None:
    with pytest.raises(GuardFailed, match=r"gone\.wav"):
        guarded_copy(tmp_path / "gone.wav", tmp_path / "p")


def test_a_stale_render_takes_its_playable_copies_with_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = RenderCache(tmp_path)
    old = cache.render(RenderItem("cue", "tick"))
    old_copy = guarded_copy(old, tmp_path / PLAYABLE_DIR).path
    monkeypatch.setattr(bells, "CUE", dataclasses.replace(bells.CUE, fundamental_hz=1000.0))
    monkeypatch.setattr("app.sound.cache.CUE", bells.CUE)
    cache.render(RenderItem("cue", "tick"))
    assert not old.exists() and not old_copy.exists()
