"""L1/L2 short version of the kill -9 loop (the full one: tests/benchmarks/run.py crash)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

BENCH = Path(__file__).resolve().parents[2] / "benchmarks" / "bench_crash.py"


def test_kill_9_while_recording_loses_nothing_L1_L2() -> None:
    spec = importlib.util.spec_from_file_location("bench_crash", BENCH)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    figures = module.run(5)
    assert figures["crash_runs"] == 5
    assert figures["sessions_recorded"] > 0
    for name in ("lost_sessions", "duplicated_sessions", "integrity_failures", "bad_partials"):
        assert figures[name] == 0, (name, figures)
