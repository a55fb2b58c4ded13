"""Run Rewire's benchmarks and stress loops, apart from the test suite.

    python tests/benchmarks/run.py [NAME ...] [--json FILE]

Each benchmark is a module tests/benchmarks/bench_<name>.py with `run() -> dict[str, float]`
(its figures) and, optionally, `GOALS = {figure: (comparison, value)}` such as
`{"startup_ratio": ("<=", 1.4)}`. Figures are ratios against a baseline measured in the same
run wherever a machine's speed would otherwise decide the result.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import sys
import time
import traceback
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]


def available() -> dict[str, Path]:
    return {p.stem.removeprefix("bench_"): p for p in sorted(HERE.glob("bench_*.py"))}


def load(path: Path) -> Any:
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def verdict(value: float, goal: tuple[str, float] | None) -> str:
    if goal is None:
        return ""
    op, target = goal
    ok = value <= target if op == "<=" else value >= target
    return f"{'ok  ' if ok else 'MISS'} (goal {op} {target:g})"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[1].strip())
    parser.add_argument("names", nargs="*", help=f"benchmarks to run (default: all): "
                        f"{', '.join(available())}")
    parser.add_argument("--json", metavar="FILE", help="write every figure to this JSON file")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT))
    benches = available()
    names = args.names or list(benches)
    unknown = [n for n in names if n not in benches]
    if unknown:
        parser.error(f"unknown benchmark(s): {', '.join(unknown)}")
    results: dict[str, dict[str, float]] = {}
    failed = False
    for name in names:
        module = load(benches[name])
        print(f"== {name}", flush=True)
        started = time.perf_counter()
        try:
            figures = module.run()
        except Exception:
            traceback.print_exc()
            failed = True
            continue
        goals = getattr(module, "GOALS", {})
        for key, value in figures.items():
            print(f"   {key:<28} {value:>12.3f}   {verdict(value, goals.get(key))}")
        print(f"   ({time.perf_counter() - started:.1f} s)", flush=True)
        results[name] = figures
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2, sort_keys=True) + "\n")
        print(f"figures written to {args.json}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
