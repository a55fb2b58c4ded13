"""Playable copies of short sounds: the same WAV with digital silence appended.

``app/sound/effects.py`` never lets a QSoundEffect voice reach the end of its
file (see its docstring for the Qt hang that avoids); it stops each voice on the
GUI thread while the voice is inside this appended silence. The copy is made
once per source file version and kept beside the render cache, in the
``playable`` folder. Plain Python (no Qt).
"""

from __future__ import annotations

import hashlib
import io
import logging
import wave
from dataclasses import dataclass
from pathlib import Path

from app.core.atomic import atomic_write_bytes

log = logging.getLogger(__name__)

GUARD_S = 2.0  # silence after the last audible sample
PLAYABLE_DIR = "playable"  # the copies' folder, inside the render cache folder


class GuardFailed(Exception):
    """The source could not be copied (not a PCM WAV, unreadable, disk full)."""


@dataclass(frozen=True)
class Guarded:
    path: Path  # the copy to load into QSoundEffect
    audible_s: float  # the source's length: the copy is this long plus GUARD_S


def copy_name(source: Path, guard_s: float = GUARD_S) -> str:
    """``<stem>-<digest>.wav``; the digest changes with the source's path, size and time."""
    try:
        stat = source.stat()
    except OSError as exc:
        raise GuardFailed(f"{source.name}: {exc.strerror or exc}") from None
    blob = f"{source.resolve()}|{stat.st_size}|{stat.st_mtime_ns}|{guard_s}".encode()
    return f"{source.stem}-{hashlib.sha256(blob).hexdigest()[:12]}.wav"


def guarded_copy(source: Path, folder: Path, guard_s: float = GUARD_S) -> Guarded:
    """The playable copy of ``source`` in ``folder``, written unless it is there already."""
    source = Path(source)
    target = Path(folder) / copy_name(source, guard_s)
    try:
        with wave.open(str(source), "rb") as w:
            params = w.getparams()
            frames = w.readframes(params.nframes) if not _usable(target) else b""
    except (OSError, EOFError, wave.Error) as exc:
        raise GuardFailed(f"{source.name} is not a readable WAV file ({exc})") from None
    if params.framerate <= 0 or params.nframes <= 0:
        raise GuardFailed(f"{source.name} holds no sound")
    audible_s = params.nframes / params.framerate
    if _usable(target):
        return Guarded(target, audible_s)
    silent_byte = b"\x80" if params.sampwidth == 1 else b"\x00"  # 8-bit WAV is unsigned
    silence = silent_byte * (int(guard_s * params.framerate) * params.nchannels * params.sampwidth)
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(params.nchannels)
        out.setsampwidth(params.sampwidth)
        out.setframerate(params.framerate)
        out.writeframes(frames + silence)
    try:
        atomic_write_bytes(target, buffer.getvalue())
    except OSError as exc:
        raise GuardFailed(f"could not write {target} ({exc.strerror or exc})") from None
    _remove_older_copies(target, source.stem)
    return Guarded(target, audible_s)


def remove_copies_of(folder: Path, stem: str) -> None:
    """Delete every playable copy made from a source named ``<stem>.wav``."""
    for old in (Path(folder) / PLAYABLE_DIR).glob(f"{stem}-*.wav"):
        if len(old.stem) == len(stem) + 13:  # "<stem>-" + 12 hex digits
            _unlink(old)


def _remove_older_copies(keep: Path, stem: str) -> None:
    for old in keep.parent.glob(f"{stem}-*.wav"):
        if old != keep and len(old.stem) == len(keep.stem):
            _unlink(old)


def _unlink(path: Path) -> None:
    try:
        path.unlink()
    except OSError as exc:  # harmless: it is only a cache
        log.info("could not remove %s: %s", path, exc)


def _usable(path: Path) -> bool:
    try:
        return path.stat().st_size > 44
    except OSError:
        return False
