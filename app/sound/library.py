"""The user's own recordings: import, loudness-match, trim, and a JSON index.

Files live in ``paths.data / "recordings"``: one WAV per recording plus
``library.json`` (title, duration, measured loudness, gain). An import either
adds one complete recording or changes nothing: the WAV is written to a temp
name and renamed into place, then the index is replaced atomically, and if the
index cannot be written the new WAV is removed again. Plain Python: decoding
of non-WAV formats is injected (``app.sound.decode.decode_file`` in the app).
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import re
import secrets
import wave
from array import array
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from app.core.atomic import atomic_write_text, keep_aside
from app.core.jsonfile import JsonFileError, read_json
from app.core.notices import Level, Notice
from app.core.safepaths import UnsafePath, inside

from app.sound._pydub import audioop
from app.sound.decode import MAX_S, Decoded, DecodeFailed, decode_wav
from app.sound.probe import claimed_duration_s, truncation_problem
from app.sound.quality import FULL_SCALE, gated_loudness_pcm, to_dbfs

log = logging.getLogger(__name__)

SUPPORTED = (".wav", ".mp3", ".ogg", ".flac", ".m4a")
INDEX = "library.json"
PEAK_CEILING_DBFS = -1.0
EDGE_FADE_MS = 10
KEEP_SILENCE_MS = 150


class ImportFailed(Exception):
    """An import was refused; ``str(exc)`` names the file and the problem."""


@dataclass(frozen=True)
class Recording:
    recording_id: str
    title: str
    file: str  # name inside the recordings folder
    duration_s: float
    source: str  # the imported file's name
    loudness_dbfs: float  # measured before matching
    gain_db: float
    imported_at: str  # ISO 8601, UTC


@dataclass(frozen=True)
class ImportReport:
    recording: Recording
    measured_dbfs: float
    gain_db: float
    target_dbfs: float
    trimmed_s: float
    peak_limited: bool  # gain was held back so the peak stays below -1 dBFS

    def describe(self) -> str:
        rec = self.recording
        text = (f"Imported \u201c{rec.title}\u201d ({_clock(rec.duration_s)}). "
                f"Measured loudness {self.measured_dbfs:.1f} dBFS; gain {self.gain_db:+.1f} dB "
                f"to match {self.target_dbfs:.0f} dBFS")
        if self.peak_limited:
            text += " (held back so the loudest moment does not clip)"
        if self.trimmed_s >= 0.1:
            text += f"; {self.trimmed_s:.1f} s of silence trimmed"
        return text + "."


Decoder = Callable[[Path], Decoded]


def _clock(seconds: float) -> str:
    s = round(seconds)
    if s >= 3600:
        return f"{s // 3600}:{s // 60 % 60:02d}:{s % 60:02d}"
    return f"{s // 60}:{s % 60:02d}"


def _wav_only(path: Path) -> Decoded:
    decoded = decode_wav(path)
    if decoded is None:
        raise DecodeFailed("this WAV flavour needs the full decoder")
    return decoded


class RecordingLibrary:
    """The recordings folder. ``notify`` hears about index entries that were refused."""

    def __init__(self, folder: Path, decoder: Decoder | None = None,
                 notify: Callable[[Notice], None] | None = None) -> None:
        self.folder = Path(folder)
        self._decode = decoder or _wav_only
        self._notify = notify

    # -- reading ----------------------------------------------------------------------
    def recordings(self) -> list[Recording]:
        """The recordings the index lists. An entry whose ``file`` would leave the folder
        (``..``, an absolute path, a link out) or is not a WAV name is refused with a notice
        and dropped from the index (kept first as library.json.bad): nothing outside the
        recordings folder is ever read or deleted through it."""
        index = self.folder / INDEX
        try:
            raw = read_json(index)
            items = raw["recordings"]
            if not isinstance(items, list):
                raise TypeError("'recordings' is not a list")
            entries = [_entry(item) for item in items]
        except FileNotFoundError:
            return []
        except (JsonFileError, KeyError, TypeError, ValueError) as exc:
            log.warning("recordings index %s unreadable (%s): rebuilt from the files", index, exc)
            return self._rebuild(index)
        good: list[Recording] = []
        refused: list[str] = []
        for rec in entries:
            try:
                _check_file(self.folder, rec.file)
            except UnsafePath as exc:
                refused.append(str(exc))
                continue
            good.append(rec)
        if refused:
            self._refuse(index, good, refused)
        return good

    def _refuse(self, index: Path, good: list[Recording], refused: list[str]) -> None:
        log.warning("recordings index %s: refused %s", index, "; ".join(refused))
        kept = keep_aside(index)
        with contextlib.suppress(OSError):
            self._write_index(good)
        if self._notify is not None:
            where = f" The index was kept as {kept.name}." if kept is not None else ""
            self._notify(Notice(
                Level.WARNING, "Recording left out",
                f"{INDEX} names a file Rewire will not use: {refused[0]}. Nothing was "
                f"read or deleted through it.{where}", index))

    def _rebuild(self, index: Path) -> list[Recording]:
        """Keep a damaged index aside as library.json.bad; list the WAVs that are there."""
        keep_aside(index, move=True)
        found = []
        for wav in sorted(self.folder.glob("*.wav")):
            try:
                with wave.open(str(wav), "rb") as w:
                    duration = w.getnframes() / w.getframerate()
            except (OSError, wave.Error, EOFError, ZeroDivisionError):
                continue
            found.append(Recording(wav.stem, wav.stem.rsplit("-", 1)[0].replace("-", " ").title(),
                                   wav.name, round(duration, 3), wav.name, 0.0, 0.0, ""))
        with contextlib.suppress(OSError):
            self._write_index(found)
        return found

    def get(self, recording_id: str) -> Recording | None:
        return next((r for r in self.recordings() if r.recording_id == recording_id), None)

    def path_of(self, recording_id: str) -> Path | None:
        rec = self.get(recording_id)
        return self.file_of(rec) if rec is not None else None

    def file_of(self, rec: Recording) -> Path | None:
        """The checked path of ``rec``'s WAV inside the folder (None when refused)."""
        try:
            return _check_file(self.folder, rec.file)
        except UnsafePath:
            return None

    # -- changing ---------------------------------------------------------------------
    def remove(self, recording_id: str) -> None:
        listed = self.recordings()
        kept = [r for r in listed if r.recording_id != recording_id]
        gone = next((r for r in listed if r.recording_id == recording_id), None)
        self._write_index(kept)
        target = self.file_of(gone) if gone is not None else None
        if target is not None:
            with contextlib.suppress(OSError):
                target.unlink()

    def import_file(self, path: Path, title: str | None = None,
                    target_dbfs: float = -20.0) -> ImportReport:
        """Import ``path`` or raise ImportFailed (then the library is unchanged)."""
        path = Path(path)
        name = path.name

        def fail(problem: str) -> ImportFailed:
            return ImportFailed(f"Could not import \u201c{name}\u201d: {problem}.")

        if not path.is_file():
            raise fail("the file does not exist")
        if path.suffix.lower() not in SUPPORTED:
            raise fail(f"the {path.suffix or 'extension-less'} format is not supported; "
                       "use WAV, MP3, OGG, FLAC or M4A")
        if path.stat().st_size == 0:
            raise fail("the file is empty")
        problem = truncation_problem(path)
        if problem:
            raise fail(problem)
        claimed = claimed_duration_s(path)
        if claimed is not None and claimed > MAX_S:
            raise fail(f"the recording is {claimed / 3600:.1f} hours long; "
                       "the limit is 3 hours")
        try:
            decoded = self._decode(path)
        except DecodeFailed as exc:
            raise fail(str(exc)) from None
        if decoded.duration_s < 0.05:
            raise fail("it contains no sound")
        if claimed is not None and decoded.duration_s + 0.15 + 0.01 * claimed < claimed:
            raise fail(f"the file is truncated: {decoded.duration_s:.1f} s of the "
                       f"{claimed:.1f} s it announces could be read")
        held = [decoded]  # handed over, so this frame keeps no second reference to the PCM
        del decoded
        try:
            return self._process(held, path, title, target_dbfs, fail)
        except (audioop.error, ValueError, OverflowError, MemoryError) as exc:
            log.exception("processing %s failed", path)
            reason = ("there was not enough memory to process it; split it into shorter parts"
                      if isinstance(exc, MemoryError) else
                      "its audio data could not be processed (the file may be damaged)")
            raise fail(reason) from None

    def _process(self, held: list[Decoded], path: Path, title: str | None, target_dbfs: float,
                 fail: Callable[[str], ImportFailed]) -> ImportReport:
        """Loudness, trimming, gain and the stored WAV. ``held`` holds the only reference
        to the decoded audio, which is let go as soon as the trimmed copy exists."""
        name = path.name
        decoded = held.pop()
        measured = gated_loudness_pcm(decoded.pcm, decoded.rate)
        if measured < -69.0:
            raise fail("it contains only silence")
        rate = decoded.rate
        first, last = trim_bounds(decoded.pcm, rate, measured)
        trimmed = memoryview(decoded.pcm)[first * 2:last * 2]  # a view: no second copy
        peak = to_dbfs(audioop.max(trimmed, 2) / FULL_SCALE)
        gain = target_dbfs - measured
        limited = peak + gain > PEAK_CEILING_DBFS
        if limited:
            gain = PEAK_CEILING_DBFS - peak
        decoded_s = decoded.duration_s
        del decoded
        duration_s = len(trimmed) / 2 / rate
        recording = Recording(
            recording_id=self._new_id(title or path.stem),
            title=(title or path.stem).strip() or "Recording",
            file="", duration_s=round(duration_s, 3), source=name,
            loudness_dbfs=round(measured, 2), gain_db=round(gain, 2),
            imported_at=datetime.now(UTC).isoformat(timespec="seconds"),
        )
        recording = Recording(**{**asdict(recording), "file": f"{recording.recording_id}.wav"})
        self._store(trimmed, rate, gain, recording)
        return ImportReport(recording, round(measured, 2), round(gain, 2), target_dbfs,
                            round(decoded_s - duration_s, 3), limited)

    def _new_id(self, title: str) -> str:
        slug = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")[:40] or "recording"
        return f"{slug}-{secrets.token_hex(3)}"

    def _store(self, pcm: memoryview, rate: int, gain_db: float, recording: Recording) -> None:
        target = self.folder / recording.file
        existing = self.recordings()
        try:
            write_matched_wav(target, pcm, rate, gain_db)
            self._write_index([*existing, recording])
        except OSError as exc:
            with contextlib.suppress(OSError):
                target.unlink()
            raise ImportFailed(f"Could not import \u201c{recording.source}\u201d: the library "
                               f"could not be saved ({exc.strerror or exc}).") from exc

    def _write_index(self, recordings: list[Recording]) -> None:
        data = {"version": 1, "recordings": [asdict(r) for r in recordings]}
        atomic_write_text(self.folder / INDEX, json.dumps(data, indent=2, ensure_ascii=False))


def _entry(item: Any) -> Recording:
    """One index entry, with the types a Recording has (TypeError/ValueError otherwise)."""
    if not isinstance(item, dict):
        raise TypeError("an entry is not an object")
    rec = Recording(**item)
    for name in ("recording_id", "title", "file", "source", "imported_at"):
        if not isinstance(getattr(rec, name), str):
            raise TypeError(f"'{name}' is not text")
    for name in ("duration_s", "loudness_dbfs", "gain_db"):
        value = getattr(rec, name)
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise TypeError(f"'{name}' is not a number")
    return rec


def _check_file(folder: Path, name: str) -> Path:
    """``name`` as a WAV directly inside ``folder`` (the only files an import writes)."""
    if "/" in name or "\\" in name or not name.lower().endswith(".wav"):
        raise UnsafePath(name, folder, "is not the name of a WAV file in the recordings folder")
    return inside(folder, name)


def block_frames(rate: int, step_ms: int) -> int:
    """Whole frames in one ``step_ms`` block at ``rate`` (at least one). 10 ms at 22,050 Hz
    is 220.5 frames: counting bytes instead (441) split a 16-bit frame in two."""
    return max(1, rate * step_ms // 1000)


def trim_bounds(pcm: bytes | bytearray, rate: int, loudness_dbfs: float) -> tuple[int, int]:
    """(first, end) frames of mono 16-bit ``pcm`` without its leading and trailing silence
    (35 dB under the loudness), keeping 150 ms. Blocks are whole frames at any rate (long
    recordings continue at 22.05 kHz); the audio itself is not copied."""
    threshold = max(loudness_dbfs - 35.0, -70.0)
    limit = FULL_SCALE * 10 ** (threshold / 20.0)
    frames = block_frames(rate, 10)
    size = frames * 2
    view = memoryview(pcm)
    first = last = -1
    for n, i in enumerate(range(0, len(view), size)):
        if audioop.rms(view[i:i + size], 2) > limit:
            last = n
            if first < 0:
                first = n
    total = len(view) // 2
    if first < 0:
        return 0, total
    keep = rate * KEEP_SILENCE_MS // 1000
    return max(0, first * frames - keep), min(total, (last + 1) * frames + keep)


def write_matched_wav(target: Path, pcm: bytes | memoryview, rate: int, gain_db: float,
                      fade_ms: int = EDGE_FADE_MS, chunk_s: int = 10) -> None:
    """Write mono 16-bit ``pcm`` with ``gain_db`` and short edge fades to ``target``,
    atomically (temp file, fsync, rename) and in ``chunk_s`` pieces, so a 2-hour recording
    needs no second full copy in memory."""
    factor = 10 ** (gain_db / 20.0)
    frames = len(pcm) // 2
    fade = min(rate * fade_ms // 1000, frames // 4)
    step = rate * chunk_s
    target.parent.mkdir(parents=True, exist_ok=True)
    temp = target.with_name(f".{target.name}.{secrets.token_hex(4)}.tmp")
    try:
        with wave.open(str(temp), "wb") as out:
            out.setnchannels(1)
            out.setsampwidth(2)
            out.setframerate(rate)
            for first in range(0, frames, step):
                piece = audioop.mul(pcm[first * 2:(first + step) * 2], 2, factor)
                out.writeframes(_faded(piece, first, frames, fade))
        with open(temp, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(temp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise


def _faded(piece: bytes, first: int, total: int, fade: int) -> bytes:
    """``piece`` (frames from ``first`` of ``total``) with the linear edge fades applied."""
    count = len(piece) // 2
    if fade <= 0 or fade <= first <= total - fade - count:
        return piece
    samples = array("h", piece)
    for i in range(count):
        n = first + i
        if n < fade:
            samples[i] = int(samples[i] * n / fade)
        elif n >= total - fade:
            samples[i] = int(samples[i] * (total - 1 - n) / fade)
    return samples.tobytes()

