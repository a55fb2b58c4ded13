"""Start-up: process start to first painted frame, Rewire against a bare PySide6 window.

Both run alternately in the same command, several times, offscreen; medians and their ratio.
Peak RSS is Rewire's at its first frame. Byte code is cached as an installed app has it (pip
compiles it at install time): PYTHONDONTWRITEBYTECODE is cleared for the children, and a
warm-up run of each writes the cache before anything is measured.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
RUNS = int(os.environ.get("REWIRE_BENCH_RUNS", "7"))

GOALS = {"startup_ratio": ("<=", 1.4), "startup_rss_mb": ("<=", 90.0)}

BARE = r"""
import resource
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication([])
w = QWidget(); w.resize(1200, 780)
class F(QObject):
    done = False
    def eventFilter(self, o, e):
        if not self.done and e.type() == QEvent.Type.Paint:
            self.done = True
            def report():
                rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
                print(f"rewire-first-frame rss_kb={rss}", flush=True); app.quit()
            QTimer.singleShot(0, report)
        return False
f = F(); w.installEventFilter(f); w.show(); app.exec()
"""


def first_frame(cmd: list[str], env: dict[str, str]) -> tuple[float, float]:
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True)
    assert proc.stdout is not None
    rss_kb = 0.0
    for line in proc.stdout:
        if line.startswith("rewire-first-frame"):
            elapsed = (time.perf_counter() - started) * 1000
            rss_kb = float(line.split("rss_kb=")[1])
            break
    else:
        raise RuntimeError(f"{cmd} never painted (rc={proc.wait()})")
    proc.wait(timeout=30)
    return elapsed, rss_kb / 1024


def run() -> dict[str, float]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", REWIRE_PROBE="exit")
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    rewire, bare, rss = [], [], []
    with tempfile.TemporaryDirectory() as tmp:
        # One warm-up each so both read their libraries from the page cache.
        first_frame([sys.executable, "main.py", "--data-dir", tmp], env)
        first_frame([sys.executable, "-c", BARE], env)
        for _ in range(RUNS):
            ms, mb = first_frame([sys.executable, "main.py", "--data-dir", tmp], env)
            rewire.append(ms)
            rss.append(mb)
            bare.append(first_frame([sys.executable, "-c", BARE], env)[0])
    r, b = statistics.median(rewire), statistics.median(bare)
    return {
        "startup_first_frame_ms": round(r, 1),
        "bare_qt_first_frame_ms": round(b, 1),
        "startup_ratio": round(r / b, 3),
        "startup_rss_mb": round(max(rss), 1),
    }
