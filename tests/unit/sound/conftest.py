"""Render every generated sound once per test run and share the files.

The nine independent renders (each bell makes its x1/x2/x3 files at once) are
spread over two processes: about 8 s of CPU in total.
"""

from __future__ import annotations

import multiprocessing
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pytest
from sound_wav_helpers import render_into

from app.sound.cache import RenderCache, RenderItem, all_items


@pytest.fixture(scope="session")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> dict[RenderItem, Path]:
    folder = tmp_path_factory.mktemp("sound-cache")
    items = all_items()
    work = [i for i in items if i.kind != "bell" or i.strikes == 1]
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=2, mp_context=context) as pool:
        list(pool.map(render_into, [folder] * len(work), work))
    cache = RenderCache(folder)
    assert all(cache.is_rendered(i) for i in items)
    return {item: cache.path_for(item) for item in items}
