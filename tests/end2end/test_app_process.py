"""The real program: starts, writes only under --data-dir, exits cleanly, one per folder."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from app import __version__

pytestmark = pytest.mark.end2end

ROOT = Path(__file__).resolve().parents[2]


def tree(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


def test_version() -> None:
    out = subprocess.run([sys.executable, str(ROOT / "main.py"), "--version"],
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 0
    assert out.stdout.strip() == f"Rewire {__version__}"


def test_sigterm_exits_zero_and_nothing_is_written_outside_data_dir(
    run_rewire, tmp_path: Path, _isolated_home: Path
) -> None:
    data = tmp_path / "portable"
    before_home = tree(_isolated_home)
    app = run_rewire("--data-dir", str(data))
    app.wait_for_line("rewire-first-frame")
    app.proc.send_signal(signal.SIGTERM)
    assert app.proc.wait(timeout=30) == 0
    assert tree(_isolated_home) == before_home
    assert {"data", "config", "cache", "logs"} <= {p.name for p in data.iterdir()}
    assert "Rewire 0" in (data / "logs" / "rewire.log").read_text()


def test_second_launch_raises_the_first_and_exits(run_rewire, tmp_path: Path) -> None:
    data = tmp_path / "one"
    first = run_rewire("--data-dir", str(data))
    first.wait_for_line("rewire-first-frame")
    second = run_rewire("--data-dir", str(data))
    assert second.proc.wait(timeout=60) == 0
    assert "already open" in (second.proc.stdout.read() if second.proc.stdout else "")
    assert first.proc.poll() is None
    first.proc.send_signal(signal.SIGTERM)
    assert first.proc.wait(timeout=30) == 0


def test_stale_lock_after_a_crash_is_taken_over(run_rewire, tmp_path: Path) -> None:
    data = tmp_path / "crashy"
    first = run_rewire("--data-dir", str(data))
    first.wait_for_line("rewire-first-frame")
    os.kill(first.proc.pid, signal.SIGKILL)
    first.proc.wait(timeout=30)
    assert (data / "data" / "rewire.lock").exists()
    again = run_rewire("--data-dir", str(data), probe="exit")
    again.wait_for_line("rewire-first-frame")
    assert again.proc.wait(timeout=30) == 0


def test_twenty_launches_at_once_leave_exactly_one_owner(run_rewire, tmp_path: Path) -> None:
    data = tmp_path / "crowd"
    apps = [run_rewire("--data-dir", str(data)) for _ in range(20)]
    exited = []
    for app in apps:
        try:
            exited.append(app.proc.wait(timeout=20))  # a busy machine starts slowly
        except subprocess.TimeoutExpired:
            continue
    running = [app for app in apps if app.proc.poll() is None]
    assert len(running) == 1
    assert exited == [0] * 19
    owner = running[0]
    owner.proc.send_signal(signal.SIGTERM)
    assert owner.proc.wait(timeout=30) == 0
