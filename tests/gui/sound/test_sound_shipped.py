"""The pre-rendered built-in sounds play through Qt, and a fresh install never waits for them.

Qt's decoder (the FFmpeg inside PySide6, which QMediaPlayer and the recording import use)
reads every shipped file: FLAC strikes give back exactly the synthesised samples, the Ogg
Vorbis loops their length and their level second by second, and the decoded loops keep the
seam and level promises of audio/README.md. QSoundEffect itself plays only WAV (it reports
"Error decoding source file" for FLAC and Ogg), which is why the cache decodes each shipped
file once into its usual WAV.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import math
from array import array
from pathlib import Path

import pytest

from app.core.sound_needs import AMBIENT_IDS, BELL_IDS

from app.sound import bells, shipped
from app.sound.cache import RenderCache, RenderItem, all_items
from app.sound.decode import decode_file
from app.sound.quality import peak_dbfs, seam_rms_delta_db

pytestmark = pytest.mark.qt_log_ignore(r"qt\.multimedia.*", r"PulseAudioService.*")

ENTRIES = json.loads((shipped.folder() / shipped.MANIFEST).read_text())["sounds"]


def _levels_db(pcm: bytes, rate: int) -> list[float]:
    samples = array("h")
    samples.frombytes(pcm)
    return [10 * math.log10(math.fsum(v * v for v in samples[s:s + rate]) / rate / 32768**2
                            + 1e-20) for s in range(0, len(samples) - rate + 1, rate)]


@pytest.mark.parametrize("entry", ENTRIES, ids=lambda e: e["file"])
def test_each_shipped_file_decodes_to_what_was_rendered(qapp: object,
                                                        entry: dict[str, object]) -> None:
    decoded = decode_file(shipped.folder() / str(entry["file"]))
    assert decoded.rate == 44_100
    assert len(decoded.pcm) == 2 * int(entry["samples"])  # type: ignore[call-overload]
    if str(entry["file"]).endswith(".flac"):
        assert hashlib.sha256(decoded.pcm).hexdigest() == entry["pcm_sha256"]
    else:  # lossy: the same loop, second by second, within a fraction of a dB
        for got, want in zip(_levels_db(decoded.pcm, decoded.rate), entry["levels_db"],  # type: ignore[arg-type]
                             strict=True):
            assert got == pytest.approx(want, abs=0.5)


@pytest.mark.parametrize("ambient_id", AMBIENT_IDS)
def test_decoded_loops_keep_a_seamless_seam(qapp: object, ambient_id: str) -> None:
    found = shipped.catalog()[("ambient", ambient_id)]
    samples = array("h")
    samples.frombytes(decode_file(found.path).pcm)
    assert peak_dbfs(samples) <= -1.0
    delta = seam_rms_delta_db(samples, 44_100, window_ms=50.0, surround_ms=500.0)
    assert abs(delta) <= 1.0, f"{ambient_id}: seam is {delta:+.2f} dB off its surroundings"
    steps = sorted(abs(samples[i + 1] - samples[i]) for i in range(len(samples) - 1))
    assert abs(samples[0] - samples[-1]) <= steps[int(len(steps) * 0.999)]


def test_a_fresh_cache_is_filled_from_the_shipped_files_without_synthesis(
    qapp: object, tmp_path: Path
) -> None:
    cache = RenderCache(tmp_path, decode=decode_file)
    for item in all_items():
        assert cache.is_rendered(item) or cache.render(item).is_file()
    assert cache.synthesised == 0
    assert len(list(tmp_path.glob("*.wav"))) == len(BELL_IDS) * 3 + 1 + len(AMBIENT_IDS)


def test_a_changed_bell_is_synthesised_again(qapp: object, tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    spec = bells.BELLS["wood-block"]
    monkeypatch.setitem(bells.BELLS, "wood-block", dataclasses.replace(spec, fundamental_hz=700))
    cache = RenderCache(tmp_path, decode=decode_file)
    cache.render(RenderItem("bell", "wood-block", 2))
    assert cache.synthesised == 1  # the shipped strike is of the old bell: not used
    cache.render(RenderItem("bell", "bright-chime", 1))
    assert cache.synthesised == 1  # an unchanged bell still comes from its shipped file


def test_a_shipped_file_that_will_not_decode_is_synthesised(
    qapp: object, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    def broken(path: Path) -> object:
        raise OSError("damaged")

    cache = RenderCache(tmp_path, decode=broken)  # type: ignore[arg-type]
    cache.render(RenderItem("cue", "tick"))
    assert cache.synthesised == 1 and cache.is_rendered(RenderItem("cue", "tick"))
    assert "synthesising it" in caplog.text
