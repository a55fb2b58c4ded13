"""Retake the main window and Journal screenshots (1280x800) with a realistic year of practice.

    python tools/shell_screenshots.py

Seeds a fresh data folder with `app.storage.seed`, runs the real app under
../shared/tools/xshot with a private PulseAudio null sink (so the sound system starts as on a
machine with speakers), and saves docs/screenshots/main-window.png and journal.png.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
XSHOT = str(ROOT.parent / "shared" / "tools" / "xshot")
OUT = ROOT / "docs" / "screenshots"
SHOTS = {"main-window": "home", "journal": "journal"}


def main() -> int:
    sys.path.insert(0, str(ROOT / "tests" / "end2end"))
    from sound_pulse import PulseServer, pulse_missing_reason

    env = dict(os.environ)
    server = None
    if pulse_missing_reason() is None:
        server = PulseServer(Path(tempfile.mkdtemp(prefix="rewire-pulse-")))
        server.start()
        env = server.env()
    try:
        for name, page in SHOTS.items():
            data = Path(tempfile.mkdtemp(prefix="rewire-shot-"))
            subprocess.run([sys.executable, "-m", "app.storage.seed", "--data-dir", str(data),
                            "--days", "365"], cwd=ROOT, env=env, check=True)
            target = Path(tempfile.mkdtemp()) / f"{name}.png"
            subprocess.run([XSHOT, "--size", "1280x800", "--wait", "4", str(target), "--",
                            sys.executable, "main.py", "--data-dir", str(data), "--page", page],
                           cwd=ROOT, env=env, check=True)
            shutil.copyfile(target, OUT / f"{name}.png")
            shutil.rmtree(data, ignore_errors=True)
            print("saved", OUT / f"{name}.png")
    finally:
        if server is not None:
            server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
