"""The render cache: generated sounds as WAV files in the cache folder, keyed by parameters.

A file's name carries a hash of everything that shapes the sound (the bell's
partials, the loop's seed, the sample rate, the generator version), so a
changed parameter renders a new file and an unchanged one is never rendered
twice. Files are written to a temp name and renamed into place, so a crash
mid-render never leaves half a WAV that a player would later choke on.
Plain Python (no Qt): the Qt renderer runs :meth:`RenderCache.render` on a
worker thread.
"""

from __future__ import annotations

import hashlib
import io
import json
import logging
from dataclasses import dataclass
from pathlib import Path

from app.core.atomic import atomic_write_bytes
from app.core.sound_needs import AMBIENT_IDS, BELL_IDS, SoundNeeds
from app.sound._pydub import AudioSegment
from app.sound.ambient import AMBIENTS, render_ambient
from app.sound.bells import BELLS, CUE, SAMPLE_RATE, render_strike, strikes_from
from app.sound.guard import remove_copies_of

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


class RenderCache:
    """Generated sounds under ``folder`` (normally ``paths.cache / "sound"``)."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)

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
        if item.kind == "bell":
            # One strike serves all three counts: render them together.
            single = render_strike(BELLS[item.sound_id])
            for n in STRIKE_COUNTS:
                sibling = RenderItem("bell", item.sound_id, n)
                self._write(sibling, strikes_from(single, n, BELLS[item.sound_id].strike_gap_s))
        elif item.kind == "ambient":
            self._write(item, render_ambient(item.sound_id))
        else:
            self._write(item, strikes_from(render_strike(CUE), 1, 0.0).apply_gain(-9.0))
        return path

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


def render_into(folder: Path, item: RenderItem) -> Path:
    """Render ``item`` into the cache at ``folder``: the entry point of a render process."""
    return RenderCache(folder).render(item)
