"""The built-in sounds that ship pre-rendered in ``audio/rendered/``, and how to find them.

Synthesising every built-in sound in pure Python takes ~16 s of CPU (a loop alone 2-4 s), so a
fresh install would make its first client wait. ``tools/render_sounds.py`` runs the very same
synthesis (``bells.render_strike``, ``ambient.render_ambient``) once, at build time, and writes
each result as a small file plus a line in ``manifest.json``: the render-cache key of the
parameters it was made from, the length and SHA-256 of the PCM, the file's SHA-256.

A shipped file is used only while its key equals the key of the parameters in the code now, so
a changed bell or loop is synthesised at first use, as before, until the tool is run again (and
tests/gui/sound/test_sound_shipped.py fails until it is). The cache (``cache.py``) decodes the
shipped file once into its usual WAV, so everything after it (strike counts, playable copies,
volumes) works exactly as for a synthesised sound.

A missing, damaged or hostile manifest is logged and ignored: the sounds are then synthesised.
Plain Python (no Qt); decoding is the caller's (QAudioDecoder, ``decode.py``).
"""

from __future__ import annotations

import functools
import logging
from dataclasses import dataclass
from pathlib import Path

from app.core.jsonfile import JsonFileError, read_json
from app.core.resources import audio_path
from app.core.safepaths import UnsafePath, inside

log = logging.getLogger(__name__)

FOLDER = "rendered"
MANIFEST = "manifest.json"


@dataclass(frozen=True)
class Shipped:
    """One pre-rendered sound: ("strike" | "cue" | "ambient", id) made from ``key``."""

    kind: str
    sound_id: str
    path: Path
    key: str  # the render-cache key (cache.RenderItem.key) of the parameters it was made from
    samples: int
    pcm_sha256: str  # of the 16-bit mono PCM the synthesis made
    file_sha256: str


def folder() -> Path:
    return audio_path(FOLDER)


@functools.cache
def catalog(where: Path | None = None) -> dict[tuple[str, str], Shipped]:
    """Every shipped sound by (kind, id); empty when there is no usable manifest."""
    base = Path(where) if where is not None else folder()
    manifest = base / MANIFEST
    if not manifest.is_file():
        return {}
    try:
        raw = read_json(manifest)
        found: dict[tuple[str, str], Shipped] = {}
        for entry in raw["sounds"]:
            item = Shipped(str(entry["kind"]), str(entry["id"]), inside(base, entry["file"]),
                           str(entry["key"]), int(entry["samples"]), str(entry["pcm_sha256"]),
                           str(entry["file_sha256"]))
            found[(item.kind, item.sound_id)] = item
    except (JsonFileError, UnsafePath, KeyError, TypeError, ValueError) as exc:
        log.warning("ignoring the shipped sounds (%s: %s); they will be synthesised",
                    manifest, exc)
        return {}
    return found


def shipped_for(kind: str, sound_id: str, key: str, where: Path | None = None) -> Shipped | None:
    """The shipped file for (kind, id) when it was made from exactly ``key``; else None."""
    item = catalog(where).get((kind, sound_id))
    if item is None or item.key != key or not item.path.is_file():
        return None
    return item
