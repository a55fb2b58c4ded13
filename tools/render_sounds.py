"""Render the built-in bells, the pacer tick and the soundscapes into audio/rendered/.

    python tools/render_sounds.py           # render, encode, verify, write the manifest
    python tools/render_sounds.py --check   # render and compare with the manifest only

The sounds come from Rewire's own synthesis, the code the app would otherwise run at first
use (app/sound/bells.render_strike, app/sound/ambient.render_ambient), so a shipped file is
exactly what the app would make. Bells and the tick are stored as their single strike in
FLAC (lossless: the cache makes the 1-3 strike versions from it, byte for byte what synthesis
would give); the loops as Ogg Vorbis quality 4 (about 210 KB each instead of 2.1 MB; the
seam and level checks hold on the decoded file). Encoding needs ffmpeg with libvorbis (a
build tool, never needed to run Rewire); -bitexact makes the same input give the same bytes.
Each file gets a line in audio/rendered/manifest.json: its render-cache key, the PCM's length,
SHA-256 and per-second level, the file's SHA-256 and how it was encoded. --check needs no
encoder: it renders everything (about 16 s of CPU) and says what no longer matches.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import platform
import shutil
import subprocess
import sys
import tempfile
import wave
from array import array
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.core.sound_needs import AMBIENT_IDS, BELL_IDS  # noqa: E402

from app.sound.cache import GENERATOR_VERSION, RenderItem, shipped_key  # noqa: E402
from app.sound.shipped import FOLDER, MANIFEST  # noqa: E402

OUT = ROOT / "audio" / FOLDER
RATE = 44_100
VORBIS_QUALITY = 4


def items() -> list[RenderItem]:
    return ([RenderItem("bell", b, 1) for b in BELL_IDS] + [RenderItem("cue", "tick")]
            + [RenderItem("ambient", a) for a in AMBIENT_IDS])


def file_name(item: RenderItem) -> str:
    kind, sound_id, _key = shipped_key(item)
    if kind == "strike":
        return f"bell-{sound_id}.flac"
    if kind == "cue":
        return f"cue-{sound_id}.flac"
    return f"ambient-{sound_id}.ogg"


def render_pcm(item: RenderItem) -> bytes:
    """The 16-bit mono PCM the app's synthesis makes for ``item`` (before strike counts)."""
    from app.sound import ambient, bells

    if item.kind == "ambient":
        segment = ambient.render_ambient(item.sound_id)
    elif item.kind == "cue":
        segment = bells.render_strike(bells.CUE)
    else:
        segment = bells.render_strike(bells.BELLS[item.sound_id])
    assert segment.frame_rate == RATE and segment.channels == 1 and segment.sample_width == 2
    return bytes(segment.raw_data)


def levels_db(pcm: bytes) -> list[float]:
    """RMS level of each whole second, dBFS (a fingerprint a lossy copy keeps)."""
    samples = array("h")
    samples.frombytes(pcm)
    out = []
    for start in range(0, len(samples) - RATE + 1, RATE):
        block = samples[start:start + RATE]
        mean = math.fsum(v * v for v in block) / RATE
        out.append(round(10 * math.log10(mean / 32768**2 + 1e-20), 2))
    return out


def ffmpeg() -> str:
    found = shutil.which("ffmpeg")
    if found is None:
        sys.exit("render_sounds: ffmpeg is needed to encode (Debian package ffmpeg)")
    return found


def encode(pcm: bytes, target: Path, tmp: Path) -> str:
    """Write ``pcm`` to ``target`` (FLAC or Ogg Vorbis by suffix); return the encoder's words."""
    source = tmp / (target.stem + ".wav")
    with wave.open(str(source), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(RATE)
        w.writeframes(pcm)
    if target.suffix == ".flac":
        codec = ["-c:a", "flac", "-compression_level", "12"]
        words = "ffmpeg flac -compression_level 12"
    else:
        codec = ["-c:a", "libvorbis", "-q:a", str(VORBIS_QUALITY)]
        words = f"ffmpeg libvorbis -q:a {VORBIS_QUALITY}"
    subprocess.run([ffmpeg(), "-v", "error", "-y", "-i", str(source), *codec, "-bitexact",
                    "-fflags", "+bitexact", "-map_metadata", "-1", str(target)], check=True)
    return words


def decode(path: Path) -> bytes:
    """Decode with ffmpeg to 16-bit mono PCM at 44.1 kHz (the check of what was written)."""
    out = subprocess.run([ffmpeg(), "-v", "error", "-i", str(path), "-f", "s16le", "-ac", "1",
                          "-ar", str(RATE), "-"], check=True, capture_output=True)
    return out.stdout


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def render_all() -> dict[RenderItem, bytes]:
    with ProcessPoolExecutor(max_workers=2) as pool:
        return dict(zip(items(), pool.map(render_pcm, items()), strict=True))


def check(manifest: dict[str, object]) -> list[str]:
    """What no longer matches between the code's synthesis and the shipped files."""
    problems = []
    entries = {(e["kind"], e["id"]): e for e in manifest["sounds"]}  # type: ignore[attr-defined]
    for item, pcm in render_all().items():
        kind, sound_id, key = shipped_key(item)
        entry = entries.get((kind, sound_id))
        if entry is None:
            problems.append(f"{file_name(item)}: not in the manifest")
            continue
        if entry["key"] != key:
            problems.append(f"{entry['file']}: made from other parameters (key {entry['key']}, "
                            f"the code now gives {key})")
        if entry["pcm_sha256"] != sha256(pcm):
            problems.append(f"{entry['file']}: the synthesis now makes different samples")
        path = OUT / entry["file"]
        if not path.is_file() or sha256(path.read_bytes()) != entry["file_sha256"]:
            problems.append(f"{entry['file']}: missing, or not the file the manifest describes")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare only; write nothing")
    args = parser.parse_args(argv)
    if args.check:
        manifest = json.loads((OUT / MANIFEST).read_text(encoding="utf-8"))
        problems = check(manifest)
        for problem in problems:
            print(problem)
        print("shipped sounds match the synthesis" if not problems else
              "run python tools/render_sounds.py to make them again")
        return 1 if problems else 0
    OUT.mkdir(parents=True, exist_ok=True)
    version = subprocess.run([ffmpeg(), "-version"], capture_output=True, text=True,
                             check=True).stdout.splitlines()[0]
    sounds = []
    with tempfile.TemporaryDirectory() as tmp:
        for item, pcm in render_all().items():
            kind, sound_id, key = shipped_key(item)
            target = OUT / file_name(item)
            words = encode(pcm, target, Path(tmp))
            back = decode(target)
            if len(back) != len(pcm):
                sys.exit(f"{target.name}: decodes to {len(back) // 2} samples, not {len(pcm) // 2}")
            if target.suffix == ".flac" and back != pcm:
                sys.exit(f"{target.name}: FLAC did not give back the same samples")
            data = target.read_bytes()
            sounds.append({
                "file": target.name, "kind": kind, "id": sound_id, "key": key,
                "samples": len(pcm) // 2, "pcm_sha256": sha256(pcm), "levels_db": levels_db(pcm),
                "file_sha256": sha256(data), "bytes": len(data),
                "encoded_with": f"{words} -bitexact ({version})",
            })
            print(f"{target.name:<28} {len(pcm) / 2 / RATE:6.2f} s {len(data):>9,} bytes")
    manifest = {
        "about": "Rewire's built-in sounds, rendered by tools/render_sounds.py from "
                 "app/sound/bells.py and app/sound/ambient.py; see audio/README.md.",
        "rate": RATE, "generator": GENERATOR_VERSION,
        "python": platform.python_version(), "sounds": sounds,
    }
    (OUT / MANIFEST).write_text(json.dumps(manifest, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {OUT / MANIFEST}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
