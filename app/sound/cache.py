"""The render cache: generated sounds as WAV files in the cache folder, keyed by parameters.

A file's name carries a hash of everything that shapes the sound (the bell's
partials, the loop's seed, the sample rate, the generator version), so a
changed parameter renders a new file and an unchanged one is never rendered
twice. Files are written to a temp name and renamed into place, so a crash
mid-render never leaves half a WAV that a player would later choke on.

The built-in sounds ship pre-rendered (``shipped.py``): given a ``decode`` function, the
cache decodes the shipped strike or loop instead of synthesising it (milliseconds instead of
seconds), as long as the shipped file was made from the parameters in the code now. Strike
counts, the tick's level and every changed parameter are still made here.
Plain Python (no Qt): the Qt renderer runs :meth:`RenderCache.render` on a
worker thread and passes QAudioDecoder (``decode.decode_file``) as ``decode``.
"""

from __future__ import annotations

import hashlib
import io
import json
import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from app.core.atomic import atomic_write_bytes
from app.core.sound_needs import AMBIENT_IDS, BELL_IDS, SoundNeeds

from app.sound._pydub import AudioSegment
from app.sound.ambient import AMBIENTS, render_ambient
from app.sound.bells import BELLS, CUE, SAMPLE_RATE, render_strike, strikes_from
from app.sound.guard import remove_copies_of
from app.sound.shipped import shipped_for

if TYPE_CHECKING:
    from app.sound.decode import Decoded

log = logging.getLogger(__name__)

GENERATOR_VERSION = 2
STRIKE_COUNTS = (1, 2, 3)


@dataclass(frozen=True)
class RenderItem:
    """One generated sound: ("bell", id, strikes), ("ambient", id) or ("cue", "tick")."""

    kind: str
    sound_id: str
    strikes: int = 1

    def params(self) -> dict[str, object]:
        if self.kind == "bell":
            spec = BELLS[self.sound_id].key_params()
        elif self.kind == "ambient":
            spec = AMBIENTS[self.sound_id].key_params()
        else:
            spec = CUE.key_params()
        return {"kind": self.kind, "id": self.sound_id, "strikes": self.strikes,
                "spec": spec, "rate": SAMPLE_RATE, "generator": GENERATOR_VERSION}

    def key(self) -> str:
        blob = json.dumps(self.params(), sort_keys=True).encode("utf-8")
        return hashlib.sha256(blob).hexdigest()[:16]

    def stem(self) -> str:
        suffix = f"-x{self.strikes}" if self.kind == "bell" else ""
        return f"{self.kind}-{self.sound_id}{suffix}"

    def file_name(self) -> str:
        return f"{self.stem()}-{self.key()}.wav"


def items_for(needs: SoundNeeds) -> list[RenderItem]:
    """The generated sounds a session needs (recordings are files already)."""
    items: list[RenderItem] = []
    for bell in needs.bells:
        if bell in BELL_IDS:
            items.extend(RenderItem("bell", bell, n) for n in STRIKE_COUNTS)
    if needs.ambient in AMBIENT_IDS:
        items.append(RenderItem("ambient", str(needs.ambient)))
    if needs.cue:
        items.append(RenderItem("cue", "tick"))
    return list(dict.fromkeys(items))


def all_items() -> list[RenderItem]:
    return items_for(SoundNeeds(bells=BELL_IDS, ambient=None, cue=True)) + [
        RenderItem("ambient", a) for a in AMBIENT_IDS
    ]


def shipped_key(item: RenderItem) -> tuple[str, str, str]:
    """(kind, id, key) of the shipped file ``item`` is made from: a bell's single strike
    (any strike count), the tick before its level, an ambient loop."""
    if item.kind == "bell":
        return "strike", item.sound_id, RenderItem("bell", item.sound_id, 1).key()
    return item.kind, item.sound_id, item.key()


_T = TypeVar("_T")


class RenderCache:
    """Generated sounds under ``folder`` (normally ``paths.cache / "sound"``).

    decode: reads a shipped file into mono 16-bit PCM (``decode.decode_file``); without it
    every sound is synthesised.
    """

    def __init__(self, folder: Path, decode: Callable[[Path], Decoded] | None = None) -> None:
        self.folder = Path(folder)
        self.decode = decode
        self.synthesised = 0  # sounds made by synthesis (not from a shipped file): for tests

    def path_for(self, item: RenderItem) -> Path:
        return self.folder / item.file_name()

    def is_rendered(self, item: RenderItem) -> bool:
        path = self.path_for(item)
        return path.is_file() and path.stat().st_size > 44

    def render(self, item: RenderItem) -> Path:
        """Render ``item`` unless it is cached; return its path. Thread-safe per item."""
        path = self.path_for(item)
        if self.is_rendered(item):
            return path
        shipped = self._shipped(item)
        if item.kind == "bell":
            # One strike serves all three counts: render them together.
            single = shipped or self._synthesised(render_strike, BELLS[item.sound_id])
            for n in STRIKE_COUNTS:
                sibling = RenderItem("bell", item.sound_id, n)
                self._write(sibling, strikes_from(single, n, BELLS[item.sound_id].strike_gap_s))
        elif item.kind == "ambient":
            self._write(item, shipped or self._synthesised(render_ambient, item.sound_id))
        else:
            single = shipped or self._synthesised(render_strike, CUE)
            self._write(item, strikes_from(single, 1, 0.0).apply_gain(-9.0))
        return path

    def _synthesised(self, make: Callable[[_T], AudioSegment], arg: _T) -> AudioSegment:
        self.synthesised += 1
        return make(arg)

    def _shipped(self, item: RenderItem) -> AudioSegment | None:
        """The shipped sound ``item`` is made from, decoded; None: synthesise it."""
        if self.decode is None:
            return None
        found = shipped_for(*shipped_key(item))
        if found is None:
            return None
        try:
            decoded = self.decode(found.path)
        except Exception as exc:  # a damaged file is no reason to go without the sound
            log.warning("could not decode %s (%s); synthesising it", found.path, exc)
            return None
        if decoded.rate != SAMPLE_RATE or len(decoded.pcm) != 2 * found.samples:
            log.warning("%s decoded to %d samples at %d Hz, not %d at %d; synthesising it",
                        found.path.name, len(decoded.pcm) // 2, decoded.rate, found.samples,
                        SAMPLE_RATE)
            return None
        return AudioSegment(decoded.pcm, sample_width=2, frame_rate=SAMPLE_RATE, channels=1)

    def _write(self, item: RenderItem, segment: AudioSegment) -> None:
        buffer = io.BytesIO()
        segment.export(buffer, format="wav")
        atomic_write_bytes(self.path_for(item), buffer.getvalue())
        self._remove_stale(item)

    def _remove_stale(self, item: RenderItem) -> None:
        """Delete older renders of the same sound (parameters changed since)."""
        keep = item.file_name()
        for old in self.folder.glob(f"{item.stem()}-*.wav"):
            if old.name != keep and len(old.name) == len(keep):
                remove_copies_of(self.folder, old.stem)  # its playable copies too
                try:
                    old.unlink()
                except OSError as exc:  # harmless: it is only a cache
                    log.info("could not remove stale render %s: %s", old, exc)


def render_into(folder: Path, item: RenderItem,
                decode: Callable[[Path], Decoded] | None = None) -> Path:
    """Render ``item`` into the cache at ``folder``: the entry point of a render process."""
    return RenderCache(folder, decode).render(item)
