"""Helpers to run the real program as a subprocess."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Every test in this folder starts the real program: each module says so with
    `pytestmark = pytest.mark.end2end` (so `-m "not end2end"` leaves them all out)."""
    here = Path(__file__).parent
    unmarked = sorted({item.path.name for item in items if item.path.parent == here
                       and item.get_closest_marker("end2end") is None})
    if unmarked:
        raise pytest.UsageError(f"end-to-end tests without the end2end marker: {unmarked}")


class Running:
    def __init__(self, proc: subprocess.Popen[str]) -> None:
        self.proc = proc

    def wait_for_line(self, prefix: str, timeout: float = 60.0) -> str:
        import selectors

        assert self.proc.stdout is not None
        sel = selectors.DefaultSelector()
        sel.register(self.proc.stdout, selectors.EVENT_READ)
        import time

        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if not sel.select(timeout=max(0.0, deadline - time.monotonic())):
                break
            line = self.proc.stdout.readline()
            if not line:
                break
            if line.startswith(prefix):
                return line
        raise AssertionError(f"no line starting with {prefix!r} (rc={self.proc.poll()})")


@pytest.fixture
def run_rewire(_isolated_home: Path):
    procs: list[subprocess.Popen[str]] = []

    def start(*args: str, probe: str = "1", env: dict[str, str] | None = None) -> Running:
        full_env = dict(os.environ)
        full_env.update({"QT_QPA_PLATFORM": "offscreen", "REWIRE_PROBE": probe})
        full_env.update(env or {})
        proc = subprocess.Popen(
            [sys.executable, str(ROOT / "main.py"), *args],
            cwd=ROOT, env=full_env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )
        procs.append(proc)
        return Running(proc)

    yield start
    for proc in procs:
        if proc.poll() is None:
            proc.kill()
        proc.wait(timeout=10)
        for stream in (proc.stdout, proc.stderr):
            if stream:
                stream.close()
