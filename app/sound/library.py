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
import io
import json
import logging
import re
import secrets
import wave
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path

from app.core.atomic import atomic_write_bytes, atomic_write_text, keep_aside

from app.sound._pydub import AudioSegment, audioop
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
    def __init__(self, folder: Path, decoder: Decoder | None = None) -> None:
        self.folder = Path(folder)
        self._decode = decoder or _wav_only

    # -- reading ----------------------------------------------------------------------
    def recordings(self) -> list[Recording]:
        index = self.folder / INDEX
        if not index.exists():
            return []
        try:
            raw = json.loads(index.read_text(encoding="utf-8"))
            return [Recording(**item) for item in raw["recordings"]]
        except (OSError, ValueError, KeyError, TypeError) as exc:
            log.warning("recordings index %s unreadable (%s): rebuilt from the files", index, exc)
            return self._rebuild(index)

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
        return self.folder / rec.file if rec is not None else None

    # -- changing ---------------------------------------------------------------------
    def remove(self, recording_id: str) -> None:
        kept = [r for r in self.recordings() if r.recording_id != recording_id]
        gone = self.get(recording_id)
        self._write_index(kept)
        if gone is not None:
            with contextlib.suppress(OSError):
                (self.folder / gone.file).unlink()

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
        measured = gated_loudness_pcm(decoded.pcm, decoded.rate)
        if measured < -69.0:
            raise fail("it contains only silence")
        segment = AudioSegment(decoded.pcm, sample_width=2, frame_rate=decoded.rate, channels=1)
        trimmed = _trim(segment, measured)
        peak = to_dbfs(audioop.max(trimmed.raw_data, 2) / FULL_SCALE)
        gain = target_dbfs - measured
        limited = peak + gain > PEAK_CEILING_DBFS
        if limited:
            gain = PEAK_CEILING_DBFS - peak
        fade = min(EDGE_FADE_MS, len(trimmed) // 4)
        final = trimmed.apply_gain(gain).fade_in(fade).fade_out(fade)
        recording = Recording(
            recording_id=self._new_id(title or path.stem),
            title=(title or path.stem).strip() or "Recording",
            file="", duration_s=round(len(final) / 1000.0, 3), source=name,
            loudness_dbfs=round(measured, 2), gain_db=round(gain, 2),
            imported_at=datetime.now(UTC).isoformat(timespec="seconds"),
        )
        recording = Recording(**{**asdict(recording), "file": f"{recording.recording_id}.wav"})
        self._store(final, recording)
        return ImportReport(recording, round(measured, 2), round(gain, 2), target_dbfs,
                            round(segment.duration_seconds - final.duration_seconds, 3), limited)

    def _new_id(self, title: str) -> str:
        slug = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")[:40] or "recording"
        return f"{slug}-{secrets.token_hex(3)}"

    def _store(self, segment: AudioSegment, recording: Recording) -> None:
        buffer = io.BytesIO()
        segment.export(buffer, format="wav")
        target = self.folder / recording.file
        existing = self.recordings()
        try:
            atomic_write_bytes(target, buffer.getvalue())
            self._write_index([*existing, recording])
        except OSError as exc:
            with contextlib.suppress(OSError):
                target.unlink()
            raise ImportFailed(f"Could not import \u201c{recording.source}\u201d: the library "
                               f"could not be saved ({exc.strerror or exc}).") from exc

    def _write_index(self, recordings: list[Recording]) -> None:
        data = {"version": 1, "recordings": [asdict(r) for r in recordings]}
        atomic_write_text(self.folder / INDEX, json.dumps(data, indent=2, ensure_ascii=False))


def _trim(segment: AudioSegment, loudness_dbfs: float) -> AudioSegment:
    """Cut leading and trailing silence (35 dB under the loudness), keeping 150 ms."""
    threshold = max(loudness_dbfs - 35.0, -70.0)
    limit = FULL_SCALE * 10 ** (threshold / 20.0)
    step = 10  # ms
    data, width = segment.raw_data, segment.frame_rate * 2 * step // 1000
    blocks = [audioop.rms(data[i:i + width], 2) for i in range(0, len(data), width)]
    loud = [i for i, r in enumerate(blocks) if r > limit]
    if not loud:
        return segment
    start = max(0, loud[0] * step - KEEP_SILENCE_MS)
    end = min(len(segment), (loud[-1] + 1) * step + KEEP_SILENCE_MS)
    return segment[start:end]

