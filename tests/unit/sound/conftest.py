"""Render every generated sound once per test run (about 8 s of CPU) and share the files."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.sound.cache import RenderCache, RenderItem, all_items


@pytest.fixture(scope="session")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> dict[RenderItem, Path]:
    cache = RenderCache(tmp_path_factory.mktemp("sound-cache"))
    return {item: cache.render(item) for item in all_items()}
