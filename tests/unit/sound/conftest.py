"""Render every generated sound once per test run (about 8 s of CPU) and share the files."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from app.sound._pydub import AudioSegment
from app.sound.cache import RenderCache, RenderItem, all_items


class RecordingCache(RenderCache):
    """A cache that keeps what the synthesis itself made (a bell's single strike, the tick
    before its level, a loop), by sound id: what tools/render_sounds.py ships."""

    def __init__(self, folder: Path) -> None:
        super().__init__(folder)  # no decoder: everything is synthesised
        self.made: dict[str, bytes] = {}

    def _synthesised(self, make: Callable[[object], AudioSegment], arg: object) -> AudioSegment:
        segment = super()._synthesised(make, arg)
        self.made[str(getattr(arg, "bell_id", arg))] = bytes(segment.raw_data)
        return segment


@pytest.fixture(scope="session")
def synthesis(tmp_path_factory: pytest.TempPathFactory) -> RecordingCache:
    cache = RecordingCache(tmp_path_factory.mktemp("sound-cache"))
    for item in all_items():
        cache.render(item)
    return cache


@pytest.fixture(scope="session")
def rendered(synthesis: RecordingCache) -> dict[RenderItem, Path]:
    return {item: synthesis.path_for(item) for item in all_items()}
