"""K6 and the crash-loop guard with the shipped GNOME Kiosk script as the supervisor:
Rewire killed with SIGKILL comes back within 5 s; after 5 crashes within 60 s it shows the
maintenance screen instead of crashing on; a clean exit (code 0) ends the script.
Also checks the systemd unit's restart settings (systemd itself does not run in CI)."""

from __future__ import annotations

import configparser
import os
import selectors
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "packaging" / "linux" / "gnome-kiosk-script"
UNIT = ROOT / "packaging" / "linux" / "rewire-kiosk.service"

pytestmark = [
    pytest.mark.end2end,
    pytest.mark.skipif(not sys.platform.startswith("linux"),
                       reason="the supervisor script and /proc are Linux's"),
]


def _child_of(pid: int) -> int | None:
    """The supervisor's child process (read from /proc: no procps needed)."""
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            return int(stat.parent.name)
    return None


def _next_frame(stdout, timeout: float) -> float:
    """Seconds until the next 'rewire-first-frame' line."""
    sel = selectors.DefaultSelector()
    sel.register(stdout, selectors.EVENT_READ)
    start = time.monotonic()
    while time.monotonic() - start < timeout:
        if not sel.select(timeout=timeout):
            break
        line = stdout.readline()
        if not line:
            break
        if line.startswith("rewire-first-frame"):
            return time.monotonic() - start
    pytest.fail("Rewire did not come back")


def test_killed_kiosk_comes_back_and_a_crash_loop_rests(tmp_path: Path) -> None:
    data = tmp_path / "kiosk"
    wrapper = tmp_path / "rewire"
    wrapper.write_text(f'#!/bin/sh\nexec "{sys.executable}" "{ROOT / "main.py"}" '
                       f'--data-dir "{data}" "$@"\n', encoding="utf-8")
    wrapper.chmod(0o755)
    env = dict(os.environ, REWIRE=str(wrapper), REWIRE_RESTART_DELAY="0.2",
               QT_QPA_PLATFORM="offscreen", REWIRE_PROBE="1")
    supervisor = subprocess.Popen(["sh", str(SCRIPT)], env=env, stdout=subprocess.PIPE,
                                  stderr=subprocess.DEVNULL, text=True, cwd=ROOT)
    assert supervisor.stdout is not None
    try:
        _next_frame(supervisor.stdout, 60)
        back_s = []
        for _ in range(5):
            child = _child_of(supervisor.pid)
            assert child is not None
            os.kill(child, signal.SIGKILL)
            back_s.append(_next_frame(supervisor.stdout, 30))
        print(f"back on screen after a kill: max {max(back_s):.2f} s "
              f"(all: {', '.join(f'{s:.2f}' for s in back_s)})")
        assert max(back_s) < 5.0
        log_text = (data / "logs" / "rewire.log").read_text(encoding="utf-8")
        assert "showing the maintenance screen" in log_text  # the 6th start, 5 crashes before
        assert log_text.count("showing the maintenance screen") == 1
        time.sleep(0.5)
        child = _child_of(supervisor.pid)
        assert child is not None  # resting on the maintenance screen, not crashing
        os.kill(child, signal.SIGTERM)  # a clean stop (log-out): exit 0 ends the session
        assert supervisor.wait(timeout=30) == 0
    finally:
        if supervisor.poll() is None:
            child = _child_of(supervisor.pid)
            supervisor.kill()
            if child:
                os.kill(child, signal.SIGKILL)
            supervisor.wait(timeout=10)
        supervisor.stdout.close()


def test_systemd_unit_restarts_sensibly() -> None:
    unit = configparser.ConfigParser(strict=False, interpolation=None)
    unit.optionxform = str  # type: ignore[assignment,method-assign]
    unit.read(UNIT, encoding="utf-8")
    service, section = unit["Service"], unit["Unit"]
    assert service["Restart"] == "always"
    assert 0 < float(service["RestartSec"]) <= 2  # back within 5 s (K6)
    assert service["RestartPreventExitStatus"] == "0"  # staff exit and log-out stay stopped
    assert service["ExecStart"].endswith("rewire --kiosk")
    # systemd must not give up before Rewire's own guard (5 crashes / 60 s) can act.
    assert int(section["StartLimitBurst"]) > 5
    assert int(section["StartLimitIntervalSec"]) >= 60
    assert subprocess.run(["sh", "-n", str(SCRIPT)]).returncode == 0
