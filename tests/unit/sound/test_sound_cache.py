"""The render cache renders once, keyed by everything that shapes the sound."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from app.core.sound_needs import BELL_IDS, SoundNeeds, is_known_bell

from app.sound import bells
from app.sound.cache import RenderCache, RenderItem, all_items, items_for
from app.sound.volume import DUCK_LEVEL, slider_to_gain


def test_items_for_a_session() -> None:
    needs = SoundNeeds(bells=("wood-block", "recording:abc"), ambient="rain", cue=True)
    items = items_for(needs)
    assert RenderItem("bell", "wood-block", 1) in items
    assert RenderItem("bell", "wood-block", 3) in items
    assert RenderItem("ambient", "rain") in items
    assert RenderItem("cue", "tick") in items
    assert all(i.sound_id != "recording:abc" for i in items)  # recordings are files already
    assert len(all_items()) == len(BELL_IDS) * 3 + 1 + 4


def test_key_changes_with_parameters(monkeypatch: pytest.MonkeyPatch) -> None:
    item = RenderItem("bell", "wood-block", 1)
    before = item.file_name()
    assert before == RenderItem("bell", "wood-block", 1).file_name()  # stable
    assert before != RenderItem("bell", "wood-block", 2).file_name()
    spec = bells.BELLS["wood-block"]
    monkeypatch.setitem(bells.BELLS, "wood-block", dataclasses.replace(spec, fundamental_hz=700))
    assert item.file_name() != before


def test_render_once_then_reuse(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cache = RenderCache(tmp_path)
    item = RenderItem("bell", "wood-block", 2)
    path = cache.render(item)
    assert path.is_file() and cache.is_rendered(item)
    # All strike counts come from one render.
    assert cache.is_rendered(RenderItem("bell", "wood-block", 1))
    assert cache.is_rendered(RenderItem("bell", "wood-block", 3))
    assert not list(tmp_path.glob("*.tmp"))  # written atomically, no temp left
    calls = []
    monkeypatch.setattr("app.sound.cache.render_strike", lambda *a: calls.append(a))
    assert cache.render(item) == path
    assert calls == []


def test_changed_parameters_replace_the_stale_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = RenderCache(tmp_path)
    old = cache.render(RenderItem("cue", "tick"))
    monkeypatch.setattr(bells, "CUE", dataclasses.replace(bells.CUE, fundamental_hz=1000.0))
    monkeypatch.setattr("app.sound.cache.CUE", bells.CUE)
    new = cache.render(RenderItem("cue", "tick"))
    assert new != old and new.is_file() and not old.exists()


def test_half_written_file_is_not_taken_as_rendered(tmp_path: Path) -> None:
    cache = RenderCache(tmp_path)
    item = RenderItem("cue", "tick")
    cache.path_for(item).write_bytes(b"RIFF")
    assert not cache.is_rendered(item)
    cache.render(item)
    assert cache.is_rendered(item)


def test_bell_ids() -> None:
    assert is_known_bell("singing-bowl") and is_known_bell("recording:x1")
    assert not is_known_bell("recording:") and not is_known_bell("cowbell")


def test_volume_sliders_are_perceptual() -> None:
    assert slider_to_gain(100) == pytest.approx(1.0)
    assert slider_to_gain(0) == 0.0
    assert slider_to_gain(50) == pytest.approx(10 ** (-15 / 20))
    assert slider_to_gain(150) == 1.0 and slider_to_gain(-5) == 0.0
    assert 0.2 < DUCK_LEVEL < 0.5
