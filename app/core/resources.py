"""Find the plain files that ship with Rewire, from a checkout or from an installed wheel.

In a checkout they are the folders `resources/` and `audio/` beside `app/`. An installed wheel
carries them as the data-only packages `rewire_resources` and `rewire_audio` (see setup.py).
"""

from __future__ import annotations

import functools
import importlib.util
from pathlib import Path

_CHECKOUT = Path(__file__).resolve().parents[2]


@functools.cache
def _root(folder: str, package: str) -> Path:
    local = _CHECKOUT / folder
    if local.is_dir():
        return local
    spec = importlib.util.find_spec(package)
    if spec is not None and spec.submodule_search_locations:
        return Path(next(iter(spec.submodule_search_locations)))
    raise FileNotFoundError(f"Rewire's {folder}/ folder is missing (looked in {local})")


def resources_root() -> Path:
    return _root("resources", "rewire_resources")


def audio_root() -> Path:
    return _root("audio", "rewire_audio")


def resource_path(*parts: str) -> Path:
    """A path inside resources/, e.g. resource_path("articles")."""
    return resources_root().joinpath(*parts)


def audio_path(*parts: str) -> Path:
    """A path inside audio/."""
    return audio_root().joinpath(*parts)
