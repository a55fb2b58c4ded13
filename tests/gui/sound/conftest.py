"""A real SoundPlayer for the GUI tests, on a machine with no sound card.

The root conftest points PULSE_SERVER at nothing, so Qt sees no audio output.
``player`` pretends a device exists so the facade builds its QtMultimedia
objects: QMediaPlayer then plays silently in real time and QSoundEffect goes to
Error, which is what the no-device tests rely on. Fades and ducking run with
zero durations.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.sound import ambient as ambient_module
from app.sound import facade as facade_module
from app.sound.cache import RenderCache
from app.sound.facade import SoundPlayer

QT_NOISE = (r"qt\.multimedia.*", r"PulseAudioService.*", r"QSoundEffect.*",
            r"Could not open media.*")


@pytest.fixture
def short_loops(monkeypatch: pytest.MonkeyPatch) -> None:
    """2-second ambient loops: the same code, a tenth of the render time."""
    for key, spec in list(ambient_module.AMBIENTS.items()):
        monkeypatch.setitem(ambient_module.AMBIENTS, key,
                            dataclasses.replace(spec, loop_s=2.0, crossfade_s=0.5))


@pytest.fixture
def player(qapp: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
           short_loops: None) -> Iterator[SoundPlayer]:
    monkeypatch.setattr(facade_module, "no_output_device", lambda: False)
    monkeypatch.setattr(facade_module, "DUCK_DOWN_S", 0.0)
    monkeypatch.setattr(facade_module, "DUCK_UP_S", 0.0)
    sound = SoundPlayer(RenderCache(tmp_path / "cache"), tts_engine="mock")
    yield sound
    sound.shutdown()
    sound.deleteLater()
