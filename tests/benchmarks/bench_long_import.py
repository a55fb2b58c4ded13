"""Long recordings import within a stated memory budget: 21 min, 60 min and 2 h, WAV and MP3.

    python tests/benchmarks/run.py long_import

Each file is made with ffmpeg (a 220 Hz tone that swells and fades every 4 s, so the
loudness gate and the silence trimming have real work, with 3 s of silence at each end),
then imported by a fresh child process through the app's own path
(RecordingLibrary.import_file with app.sound.decode.decode_file: the standard-library WAV
reader, FFmpeg inside Qt for MP3). Past 20 minutes the decoder continues at 22.05 kHz,
where the trimming code once split a frame ("not a whole number of frames").

The memory budget: the child's peak resident memory may be at most its baseline (measured
in the same run: the same child importing a 7-second file of the same format, so FFmpeg's
own buffers count for MP3) plus 1.6 times the decoded audio (mono 16-bit; 2 h at 22.05 kHz
is 303 MB). The decoded audio is built in place (no joined second copy), trimmed through a
view and written in 10-s pieces; before this the 2-hour WAV peaked at 1,248 MB (37 MB +
4.0x). Figures per file: <name>_ok (1 = imported, duration right to 0.5 s),
<name>_peak_over_budget (peak RSS / budget, goal <= 1), <name>_s_per_audio_min (goal <= 1.0,
as bench_sound's import speed).
Needs ffmpeg; about 11 minutes on an idle 2-core machine (25 under load).
REWIRE_LONG_IMPORT=21min_mp3,2h_wav runs only those files.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

LENGTHS = {"21min": 21 * 60, "60min": 60 * 60, "2h": 2 * 3600}
FORMATS = ("wav", "mp3")
BUDGET_FACTOR = 1.6
GOALS = {f"{name}_{fmt}_{figure}": goal for name in LENGTHS for fmt in FORMATS
         for figure, goal in (("ok", (">=", 1)), ("peak_over_budget", ("<=", 1.0)),
                              ("s_per_audio_min", ("<=", 1.0)))}


def _make(folder: Path, seconds: int, fmt: str) -> Path:
    target = folder / f"talk-{seconds}.{fmt}"
    tone = (f"sine=frequency=220:sample_rate=44100:duration={seconds - 6},"
            "volume='0.2+0.15*sin(2*PI*t/4)':eval=frame,"
            "adelay=3000,apad=pad_dur=3")
    codec = ["-c:a", "pcm_s16le"] if fmt == "wav" else ["-c:a", "libmp3lame", "-b:a", "64k"]
    subprocess.run(["nice", "-n", "10", "ffmpeg", "-v", "error", "-y", "-f", "lavfi", "-i",
                    tone, "-ac", "1", *codec, str(target)], check=True, timeout=1200)
    return target


def _child(source: str, folder: str) -> None:
    import resource

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication

    app = QCoreApplication.instance() or QCoreApplication([])  # noqa: F841 (kept alive)
    from app.sound.decode import decode_file
    from app.sound.library import RecordingLibrary

    library = RecordingLibrary(Path(folder), decode_file)
    started = time.perf_counter()
    report = library.import_file(Path(source))
    took = time.perf_counter() - started
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"duration_s": report.recording.duration_s, "took_s": took,
                      "peak_mb": peak_kb / 1024}))


def _import(source: Path, folder: Path) -> dict[str, float]:
    out = subprocess.run(["nice", "-n", "10", sys.executable, __file__, "--child", str(source),
                          str(folder)], capture_output=True, text=True, timeout=3600, cwd=ROOT)
    if out.returncode != 0:
        raise RuntimeError(f"import of {source.name} failed: {out.stderr[-800:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def run() -> dict[str, float]:
    if shutil.which("ffmpeg") is None:
        raise RuntimeError("bench_long_import needs ffmpeg (Debian: apt-get install ffmpeg)")
    figures: dict[str, float] = {}
    with tempfile.TemporaryDirectory(prefix="rewire-long-") as tmp:
        folder = Path(tmp)
        bases = {fmt: _import(_make(folder, 7, fmt), folder / f"lib-base-{fmt}")["peak_mb"]
                 for fmt in FORMATS}
        for fmt, base in bases.items():
            figures[f"baseline_{fmt}_peak_mb"] = round(base, 1)
        only = [w for w in os.environ.get("REWIRE_LONG_IMPORT", "").split(",") if w]
        for name, seconds in LENGTHS.items():
            for fmt in FORMATS:
                if only and f"{name}_{fmt}" not in only:
                    continue
                base = bases[fmt]
                source = _make(folder, seconds, fmt)
                result = _import(source, folder / f"lib-{name}-{fmt}")
                source.unlink()
                rate = 44_100 if seconds <= 20 * 60 else 22_050
                decoded_mb = seconds * rate * 2 / (1024 * 1024)
                budget = base + BUDGET_FACTOR * decoded_mb
                expected = seconds - 6 + 0.3  # the tone, plus 150 ms kept at each end
                key = f"{name}_{fmt}"
                figures[f"{key}_ok"] = float(abs(result["duration_s"] - expected) <= 0.5)
                figures[f"{key}_peak_mb"] = round(result["peak_mb"], 1)
                figures[f"{key}_peak_over_budget"] = round(result["peak_mb"] / budget, 3)
                figures[f"{key}_s_per_audio_min"] = round(result["took_s"] / (seconds / 60), 3)
                shutil.rmtree(folder / f"lib-{name}-{fmt}")
    return figures


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        _child(sys.argv[2], sys.argv[3])
    else:
        print(json.dumps(run(), indent=2))
