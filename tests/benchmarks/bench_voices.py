"""Stress: short sounds rung back to back on a real (null) audio device, and whether Qt hangs.

    python tests/benchmarks/run.py voices

Each run rings a 100-ms tone every 100 ms for 30 s on a private PulseAudio null
sink (tests/end2end/sound_stress_driver.py), a voice ending as the next begins:
raw_runs_hung: of RUNS runs with plain QSoundEffect.play() (each voice ending by
    itself), how many hung in Qt 6.11's "QSocketNotifier: Invalid socket" storm;
    the baseline that shows the hazard is real on this machine.
bank_runs_hung: of RUNS runs through app.sound.effects.EffectBank (voices stopped
    on the GUI thread inside appended silence), how many hung. Goal: none.
bank_plays: bells rung in all the EffectBank runs together.
bank_most_at_once: the most effects sounding at once (the pool's size).
player_raw_runs_hung / player_app_runs_hung: of PLAYER_RUNS runs starting and stopping an
    ambient loop 400 times with no sound device (tests/end2end/sound_player_stress_driver.py),
    how many deadlocked with QMediaPlayer.stop() called from Python, and how many the app's
    way (queued calls, app/sound/media.py). Goal for the app: none.
Needs pulseaudio + parec for the first four (-1 without them). About 7 minutes.
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
for extra in (ROOT, ROOT / "tests" / "end2end"):
    if str(extra) not in sys.path:
        sys.path.insert(0, str(extra))

RUNS = 3
SECONDS = 30.0
PLAYER_RUNS = 6
GOALS = {"bank_runs_hung": ("<=", 0.0), "player_app_runs_hung": ("<=", 0.0)}


def _player_runs_hung(mode: str, folder: Path) -> float:
    import subprocess

    driver = ROOT / "tests" / "end2end" / "sound_player_stress_driver.py"
    hung = 0
    for i in range(PLAYER_RUNS):
        proc = subprocess.run([sys.executable, str(driver), mode, str(folder / f"{mode}{i}"),
                               "400"], capture_output=True, text=True, timeout=240)
        hung += '"rounds": 400' not in proc.stdout
    return float(hung)


def run() -> dict[str, float]:
    from sound_pulse import pulse_missing_reason, ring_back_to_back

    players: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for mode in ("raw", "app"):
            players[f"player_{mode}_runs_hung"] = _player_runs_hung(mode, Path(tmp))
    if pulse_missing_reason() is not None:
        return {"raw_runs_hung": -1.0, "bank_runs_hung": -1.0, "bank_plays": -1.0,
                "bank_most_at_once": -1.0, **players}
    figures = {"raw_runs_hung": 0.0, "bank_runs_hung": 0.0, "bank_plays": 0.0,
               "bank_most_at_once": 0.0}
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(RUNS):
            for mode in ("raw", "bank"):
                result = ring_back_to_back(Path(tmp) / f"{mode}{i}", mode, SECONDS, 100, 100)
                if result.returncode is None:
                    figures[f"{mode}_runs_hung"] += 1
                elif mode == "bank" and result.returncode == 0:
                    counts = json.loads(result.stdout.strip().splitlines()[-1])
                    figures["bank_plays"] += counts["plays"]
                    figures["bank_most_at_once"] = max(figures["bank_most_at_once"],
                                                       counts["most_at_once"])
    return {**figures, **players}
