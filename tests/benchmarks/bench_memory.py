"""Memory: the real window's RSS through a day's use, and whether repeating it grows.

    python tests/benchmarks/run.py memory

tests/benchmarks/memory_driver.py runs in a fresh process on an empty data folder (offscreen,
no sound device, time on a FakeClock) and reports its RSS (MB):
rss_start_mb: the window shown (Home built).
rss_every_page_mb: after every page was shown once.
rss_after_practice_mb: after a 2-minute open-timer practice with the low gong and the ocean.
rss_all_readings_mb: after every reading was opened.
growth_page_switches_mb: RSS growth over SWITCHES more page switches (goal: ~0, no leak).
growth_practices_mb: RSS growth over CYCLES more 2-minute practices (goal: ~0, no leak).
The sound player's own memory after a cold render is in the `sound` benchmark.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SWITCHES = 50
CYCLES = 20
GOALS = {"growth_page_switches_mb": ("<=", 5.0), "growth_practices_mb": ("<=", 5.0)}


def run() -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        proc = subprocess.run([sys.executable, str(Path(__file__).with_name("memory_driver.py")),
                               tmp, str(SWITCHES), str(CYCLES)], capture_output=True, text=True,
                              timeout=900, cwd=ROOT)
    lines = [x for x in proc.stdout.splitlines() if x.startswith("{")]
    if proc.returncode != 0 or not lines:
        raise RuntimeError(f"memory driver failed (rc={proc.returncode}): {proc.stderr[-2000:]}")
    figures = json.loads(lines[-1])
    if figures["practices_completed"] != CYCLES + 1:
        raise RuntimeError(f"only {figures['practices_completed']} practices ran to the end")
    return {key: float(value) for key, value in figures.items()}
