"""Make the practice screenshots (1280x800) the way a person would see them.

    /work/venv/bin/python docs/screenshots/practice_shots.py [NAME ...]   # default: all

Runs the real app under /work/shared/tools/xshot on a private X screen, with a private
PulseAudio null sink (tests/end2end/sound_pulse.py) so the sound system starts as on a machine
with speakers, a fresh data folder whose settings say "no time to settle", and moves by keyboard
only: Tab to a card's "Set up" button, Space, Return (Start). The Tab counts follow the picker's
order (each card: its reading links, then "Set up").
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests" / "end2end"))
XSHOT = "/work/shared/tools/xshot"
OUT = ROOT / "docs" / "screenshots"
PYTHON = sys.executable

# name -> (Tabs from the start to the card's "Set up" button, seconds to wait, shot index)
# "practice-recordings": two imported recordings; Shift+Tab goes back from the sidebar to the
# last card's button, which scrolls the picker to "Your recordings".
SHOTS = {
    "practice-picker": (0, 0, 1),
    "practice-recordings": (-3, 0, 1),
    "pacer-running": (12, 0, 3),  # box breathing: a few seconds in, the shape growing
    "guided-caption": (51, 0, 33),  # body scan, 10 min: the 00:30 cue (after SOS, sounds)
}


def shoot(name: str, tabs: int, shots: int, env: dict[str, str]) -> Path:
    data = Path(tempfile.mkdtemp(prefix="rewire-shot-"))
    (data / "config").mkdir()
    settings = {"schema_version": 1, "practice": {"preparation_s": 0},
                "general": {"theme": "light"}}
    (data / "config" / "settings.json").write_text(json.dumps(settings), encoding="utf-8")
    if name == "practice-recordings":
        import_recordings(data / "data" / "recordings")
    target = Path(tempfile.mkdtemp()) / f"{name}.png"
    cmd = [XSHOT, "--size", "1280x800", "--wait", "4"]
    if tabs > 0:
        cmd += ["--keys", " ".join(["Tab"] * tabs + ["space", "Return"])]
    elif tabs < 0:
        cmd += ["--keys", " ".join(["shift+Tab"] * -tabs)]
    if shots > 1:
        cmd += ["--shots", str(shots)]
    cmd += [str(target), "--", PYTHON, "main.py", "--data-dir", str(data), "--page", "practice"]
    subprocess.run(cmd, cwd=ROOT, env=env, check=True)
    made = target if shots == 1 else target.with_name(f"{name}-{shots}.png")
    final = OUT / f"{name}.png"
    shutil.copyfile(made, final)
    shutil.rmtree(data, ignore_errors=True)
    return final


def import_recordings(folder: Path) -> None:
    """Two recordings as a client might import them (soft tones stand in for the voices)."""
    import math
    import struct
    import wave

    sys.path.insert(0, str(ROOT))
    from app.sound.library import RecordingLibrary

    library = RecordingLibrary(folder)
    for title, seconds in (("Evening wind-down with Dana", 754), ("Temple bell", 6)):
        source = Path(tempfile.mkdtemp()) / "recording.wav"
        second = b"".join(struct.pack("<h", int(3000 * math.sin(i * 0.05)))
                          for i in range(22_050))
        with wave.open(str(source), "wb") as w:
            w.setnchannels(1)
            w.setsampwidth(2)
            w.setframerate(22_050)
            w.writeframes(second * seconds)
        library.import_file(source, title=title)


def main() -> int:
    from sound_pulse import PulseServer, pulse_missing_reason

    reason = pulse_missing_reason()
    server = None
    env = None
    if reason is None:
        server = PulseServer(Path(tempfile.mkdtemp(prefix="rewire-pulse-")))
        server.start()
        env = server.env()
    else:
        print(f"no PulseAudio ({reason}); the shots will show the 'No sound' notice")
        import os

        env = dict(os.environ)
    try:
        for name, (tabs, _wait, shots) in SHOTS.items():
            if sys.argv[1:] and name not in sys.argv[1:]:
                continue
            print("saved", shoot(name, tabs, shots, env))
    finally:
        if server is not None:
            server.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
