"""L1/L2: kill -9 the process at a random moment while it records sessions, N times.

    python tests/benchmarks/run.py crash          (REWIRE_CRASH_RUNS=200 by default)
    python tests/benchmarks/bench_crash.py [COUNT]

A child process records sessions through the SessionSink as fast as it can (start,
checkpoints, finish; a backup every 25 sessions) and appends to a ledger after each call
returns. The parent kills it with SIGKILL at a random moment, reopens the log and checks:
integrity_check is ok, every session the ledger saw finished is there exactly once and
done, and the session that was running is kept as partial with at least its last
checkpointed time. Figures: crash_runs, lost_sessions, duplicated_sessions,
integrity_failures, partial_recovered, bad_partials.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


GOALS = {
    "lost_sessions": ("<=", 0),
    "duplicated_sessions": ("<=", 0),
    "integrity_failures": ("<=", 0),
    "bad_partials": ("<=", 0),
}


def _child(folder: Path, run: int) -> None:
    from datetime import UTC, datetime, timedelta

    from app.core.records import SessionEnd, SessionStart

    from app.storage.log import PracticeLog

    lg = PracticeLog.in_folder(folder)
    ledger = os.open(folder / "ledger.txt", os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
    os.write(ledger, b"ready\n")
    start = datetime(2026, 1, 1, tzinfo=UTC) + timedelta(days=run)
    n = 0
    while True:
        n += 1
        name = f"crash-{run}-{n}"
        sid = lg.session_started(SessionStart(name, "Crash test", "timer", 60,
                                              start + timedelta(minutes=n), "Europe/Berlin"))
        os.write(ledger, f"started {sid} {name}\n".encode())
        for ms in (15_000, 30_000):
            lg.session_progress(sid, ms / 1000)
            os.write(ledger, f"progress {sid} {ms}\n".encode())
        lg.session_finished(sid, SessionEnd(45.0, True, note="x" * (n % 50)))
        os.write(ledger, f"done {sid} {name}\n".encode())
        if n % 25 == 0:
            lg.backup_now()


def _check(folder: Path, run_no: int) -> dict[str, int]:
    import sqlite3

    from app.storage.log import PracticeLog

    lg = PracticeLog.in_folder(folder, auto_backup=False)  # recovers open rows
    lines = (folder / "ledger.txt").read_text().splitlines()
    done = {int(p[1]) for p in (line.split() for line in lines) if p[0] == "done"}
    started = [int(p[1]) for p in (line.split() for line in lines)
               if p[0] == "started" and p[2].startswith(f"crash-{run_no}-")]
    progress: dict[int, int] = {}
    for parts in (line.split() for line in lines):
        if parts[0] == "progress":
            progress[int(parts[1])] = int(parts[2])
    conn = lg.conn
    out = Counter[str]()
    if conn.execute("PRAGMA integrity_check").fetchone() != ("ok",):
        out["integrity_failures"] += 1
    rows = {r[0]: r[1:] for r in conn.execute(
        "SELECT id, practice_id, status, duration_ms FROM sessions")}
    for sid in done:
        if sid not in rows or rows[sid][1] != "done":
            out["lost_sessions"] += 1
    names = Counter(r[0] for r in rows.values())
    out["duplicated_sessions"] += sum(c - 1 for c in names.values() if c > 1)
    for sid in started:
        if sid in done:
            continue
        row = rows.get(sid)
        if row is None or row[1] not in ("partial", "done"):
            out["bad_partials"] += 1
        elif row[1] == "partial":
            out["partial_recovered"] += 1
            if row[2] < progress.get(sid, 0):
                out["bad_partials"] += 1
    if conn.execute("SELECT COUNT(*) FROM sessions WHERE status = 'open'").fetchone()[0]:
        out["bad_partials"] += 1
    lg.close()
    sqlite3.connect(":memory:").close()
    return dict(out)


def run(count: int | None = None) -> dict[str, float]:
    runs = count or int(os.environ.get("REWIRE_CRASH_RUNS", "200"))
    rng = random.Random(20261125)
    totals = Counter[str]()
    with tempfile.TemporaryDirectory(prefix="rewire-crash-") as tmp:
        folder = Path(tmp)
        for i in range(runs):
            proc = subprocess.Popen(
                [sys.executable, __file__, "--child", str(folder), str(i)], cwd=ROOT,
                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
            ledger = folder / "ledger.txt"
            deadline = time.monotonic() + 30
            while time.monotonic() < deadline and proc.poll() is None:
                if ledger.exists() and ledger.read_bytes().count(b"ready") > i:
                    break
                time.sleep(0.005)
            time.sleep(rng.uniform(0.0, 0.25))
            if proc.poll() is not None:
                err = proc.stderr.read().decode() if proc.stderr else ""
                raise RuntimeError(f"the recording child died by itself: {err[-400:]}")
            proc.send_signal(signal.SIGKILL)
            proc.wait()
            if proc.stderr:
                proc.stderr.close()
            totals.update(_check(folder, i))
            totals["crash_runs"] += 1
        sessions = len([ln for ln in (folder / "ledger.txt").read_text().splitlines()
                        if ln.startswith("done")])
    figures: dict[str, float] = {k: 0.0 for k in (
        "crash_runs", "lost_sessions", "duplicated_sessions", "integrity_failures",
        "partial_recovered", "bad_partials")}
    figures.update({k: float(v) for k, v in totals.items()})
    figures["sessions_recorded"] = float(sessions)
    return figures


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        _child(Path(sys.argv[2]), int(sys.argv[3]))
    else:
        import json

        print(json.dumps(run(int(sys.argv[1]) if len(sys.argv) > 1 else None), indent=2))
