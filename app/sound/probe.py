"""Look inside audio containers for what a decoder will not say: is the file cut short?

FFmpeg happily decodes the first half of a half-downloaded MP3 and calls it a
day. These small readers find the length a file *claims* (WAV data chunk, FLAC
STREAMINFO, the Xing/Info frame count LAME writes into MP3s) or whether it
ends cleanly (the last Ogg page carries the end-of-stream flag; every MP4 box
fits in the file), so the importer can say "truncated" instead of importing
half a meditation. Plain Python, no Qt.
"""

from __future__ import annotations

import struct
from pathlib import Path

MP3_RATES = {3: (44100, 48000, 32000), 2: (22050, 24000, 16000), 0: (11025, 12000, 8000)}


def claimed_duration_s(path: Path) -> float | None:
    """The duration the file's header claims, where the format says; else None."""
    suffix = path.suffix.lower()
    try:
        with open(path, "rb") as handle:
            head = handle.read(64 * 1024)
    except OSError:
        return None
    if suffix == ".wav":
        return _wav_claim(head)
    if suffix == ".flac":
        return _flac_claim(head)
    if suffix == ".mp3":
        return _mp3_claim(head)
    return None


def truncation_problem(path: Path) -> str | None:
    """A sentence when the container is visibly cut short, else None."""
    suffix = path.suffix.lower()
    size = path.stat().st_size
    with open(path, "rb") as handle:
        if suffix == ".wav":
            head = handle.read(64 * 1024)
            return _wav_truncated(head, size)
        if suffix == ".ogg":
            if handle.read(4) != b"OggS":
                return None  # not Ogg at all: the decoder will say what it is
            handle.seek(max(0, size - 70_000))
            return _ogg_truncated(handle.read())
        if suffix == ".m4a":
            if handle.read(8)[4:8] != b"ftyp":
                return None  # not an MP4 file: the decoder will say what it is
            return _mp4_truncated(handle, size)
    return None


def _wav_chunks(head: bytes) -> list[tuple[bytes, int, int]]:
    """(id, declared size, offset of data) for each chunk after the RIFF header."""
    chunks = []
    pos = 12
    while pos + 8 <= len(head):
        cid, size = head[pos:pos + 4], struct.unpack_from("<I", head, pos + 4)[0]
        chunks.append((cid, size, pos + 8))
        if cid == b"data":
            break
        pos += 8 + size + (size & 1)
    return chunks


def _wav_claim(head: bytes) -> float | None:
    if head[:4] != b"RIFF" or head[8:12] != b"WAVE":
        return None
    chunks = {cid: (size, off) for cid, size, off in _wav_chunks(head)}
    if b"fmt " not in chunks or b"data" not in chunks:
        return None
    off = chunks[b"fmt "][1]
    byte_rate = struct.unpack_from("<I", head, off + 8)[0]
    return chunks[b"data"][0] / byte_rate if byte_rate else None


def _wav_truncated(head: bytes, size: int) -> str | None:
    if head[:4] != b"RIFF" or head[8:12] != b"WAVE":
        return None
    for cid, declared, offset in _wav_chunks(head):
        if cid == b"data" and declared not in (0, 0xFFFFFFFF) and offset + declared > size + 1:
            have = max(0, size - offset)
            return (f"the file is truncated: it holds {have:,} of the "
                    f"{declared:,} bytes of sound its header announces")
    return None


def _flac_claim(head: bytes) -> float | None:
    if head[:4] != b"fLaC" or len(head) < 26:
        return None
    info = head[8:8 + 34]
    packed = int.from_bytes(info[10:18], "big")
    rate = packed >> 44
    total = packed & ((1 << 36) - 1)
    return total / rate if rate and total else None


def _mp3_claim(head: bytes) -> float | None:
    pos = 0
    if head[:3] == b"ID3" and len(head) > 10:
        size = (head[6] << 21) | (head[7] << 14) | (head[8] << 7) | head[9]
        pos = 10 + size
    sync = head.find(b"\xff", pos)
    while sync != -1 and sync + 4 <= len(head) and (head[sync + 1] & 0xE0) != 0xE0:
        sync = head.find(b"\xff", sync + 1)
    if sync == -1 or sync + 4 > len(head):
        return None
    version = (head[sync + 1] >> 3) & 0x03
    rate_index = (head[sync + 2] >> 2) & 0x03
    if version not in MP3_RATES or rate_index == 3:
        return None
    rate = MP3_RATES[version][rate_index]
    samples_per_frame = 1152 if version == 3 else 576
    for tag in (b"Xing", b"Info"):
        at = head.find(tag, sync, sync + 200)
        if at != -1 and at + 12 <= len(head):
            flags = struct.unpack_from(">I", head, at + 4)[0]
            if flags & 1:
                frames = struct.unpack_from(">I", head, at + 8)[0]
                # The Xing frame itself is silent and not counted as sound.
                return frames * samples_per_frame / rate
    return None


def _ogg_truncated(tail: bytes) -> str | None:
    last = tail.rfind(b"OggS")
    if last == -1 or len(tail) - last < 27:
        return "the file is truncated: it does not end with a complete Ogg page"
    header_type = tail[last + 5]
    segments = tail[last + 26]
    table = tail[last + 27:last + 27 + segments]
    body = sum(table)
    if len(table) < segments or last + 27 + segments + body > len(tail):
        return "the file is truncated: its last Ogg page is cut off"
    if not header_type & 0x04:
        return "the file is truncated: the stream stops before its end-of-stream mark"
    return None


def _mp4_truncated(handle: object, size: int) -> str | None:
    pos = 0
    while pos + 8 <= size:
        handle.seek(pos)  # type: ignore[attr-defined]
        header = handle.read(16)  # type: ignore[attr-defined]
        if len(header) < 8:
            break
        box = struct.unpack_from(">I", header)[0]
        if box == 1 and len(header) >= 16:
            box = struct.unpack_from(">Q", header, 8)[0]
        elif box == 0:
            return None  # "to the end of the file"
        if box < 8:
            return "the file is damaged: an MP4 box has an impossible size"
        if pos + box > size:
            return (f"the file is truncated: it ends {pos + box - size:,} bytes "
                    f"before the end of its {header[4:8].decode('latin-1')!r} box")
        pos += box
    return None
