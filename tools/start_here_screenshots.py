"""Take the screenshots of issue 16 in docs/screenshots/: Start here on a first start, and
SOS started from Home with one key press (the way a person would reach it).

    python tools/start_here_screenshots.py [NAME ...]
    # NAME: start-here-first-start start-here-first-start-es sos-from-home

Each shot gets a fresh data folder under /tmp (nothing practised yet: a first start) and runs
/work/shared/tools/xshot at 1280x800, with a private PulseAudio null sink
(tests/end2end/sound_pulse.py) so the sound system starts as on a machine with speakers.
"sos-from-home" moves by keyboard only, as a client would: Tab into the sidebar, past the
crisis and About buttons and the page itself, to Home's SOS button (the page's first control),
Space, then a few seconds into the practice so its first cue is on screen.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "end2end"))

from app.core.paths import DataPaths  # noqa: E402

XSHOT = Path("/work/shared/tools/xshot")
OUT = ROOT / "docs" / "screenshots"

# name -> (language, keys typed once the window shows, shots one second apart (the last kept))
SHOTS: dict[str, tuple[str, str, int]] = {
    "start-here-first-start": ("en", "", 1),
    "start-here-first-start-es": ("es", "", 1),
    "sos-from-home": ("en", "Tab Tab Tab Tab Tab space", 4),
}
WAIT_S = 10  # the window's first paint on a shared, busy machine

# Xvfb has no window manager: Qt places a restored window 1 px right and 25 px down. xshot
# runs a 1282x826 screen, this saved geometry (QWidget.saveGeometry) puts the 1280x800 client
# area at (1, 25), and the shot is cropped to it (as tools/comfort_screenshots.py does).
FULL_SCREEN_GEOMETRY = ("AdnQywADAAAAAAAAAAAAAAAABQEAAAM5AAAAAQAAABkAAAUAAAADOAAAAAAAAAAABQIAAAAB"
                        "AAAAGQAABQAAAAM4")


def prepare(name: str, language: str) -> Path:
    root = Path(f"/tmp/rewire-shot-{name}")
    shutil.rmtree(root, ignore_errors=True)
    paths = DataPaths.portable_in(root)
    paths.ensure()
    settings = {"schema_version": 1, "journal": {"daily_goal_min": 10},
                "general": {"theme": "light", "language": language}}
    paths.settings_file.write_text(json.dumps(settings, indent=2), encoding="utf-8")
    paths.state_file.write_text(json.dumps({"last_page": "home",
                                            "window_geometry": FULL_SCREEN_GEOMETRY}),
                                encoding="utf-8")
    return root


def shoot(name: str, base_env: dict[str, str]) -> int:
    language, keys, shots = SHOTS[name]
    root = prepare(name, language)
    env = dict(base_env)
    if language == "es":
        env["LANG"] = "es_US.UTF-8"
    out = OUT / f"{name}.png"
    OUT.mkdir(parents=True, exist_ok=True)
    cmd = [str(XSHOT), "--size", "1282x826", "--wait", str(WAIT_S)]
    if keys:
        cmd += ["--keys", keys]
    if shots > 1:
        cmd += ["--shots", str(shots)]
    cmd += [str(out), "--", sys.executable, str(ROOT / "main.py"), "--data-dir", str(root),
            "--page", "home"]
    code = subprocess.run(cmd, env=env, cwd=ROOT).returncode
    if shots > 1:
        for n in range(1, shots + 1):
            taken = out.with_name(f"{name}-{n}.png")
            if n == shots and taken.exists():
                taken.replace(out)
            else:
                taken.unlink(missing_ok=True)
    if code == 0:
        subprocess.run(["convert", str(out), "-crop", "1280x800+1+25", "+repage", str(out)],
                       check=True)
    shutil.rmtree(root, ignore_errors=True)
    return code


def main(argv: list[str]) -> int:
    import tempfile

    from sound_pulse import PulseServer, pulse_missing_reason

    names = argv or list(SHOTS)
    reason = pulse_missing_reason()
    if reason is not None:
        print(f"no PulseAudio ({reason}); the shots will show the 'No sound' notice")
        return max(shoot(n, dict(os.environ)) for n in names)
    server = PulseServer(Path(tempfile.mkdtemp(prefix="rewire-pulse-")))
    server.start()
    try:
        return max(shoot(n, server.env()) for n in names)
    finally:
        server.stop()


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
