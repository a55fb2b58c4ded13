"""L3b: kill -9 at a random moment while a damaged log is restored from a backup, N times.

    python tests/benchmarks/run.py restore        (REWIRE_RESTORE_RUNS=50 by default)
    python tests/benchmarks/bench_restore.py [COUNT]

Each run starts from the same folder: a practice log of 3,000 sessions, a verified backup
of it, then the log overwritten with garbage (damaged). A child process opens the log (which
detects the damage, copies the backup to a temporary file, records the restore notice on
disk, sets the damaged file aside and renames the copy into place). The parent sends SIGKILL
at a random moment inside that window (calibrated on an unkilled run first), then starts
again in-process and checks what a client would see.

Figures: restore_runs; empty_logs (the log opened with 0 sessions while the backup had
3,000); wrong_logs (any other count than the backup's); untold_restores (the log came from a
backup but no "Practice log restored" notice was shown); notices_left_after_seen (the notice
came back after the client dismissed it); killed_before / killed_mid / killed_after (where
the kill landed: log still damaged, the copy under way, the restore already in place);
restore_ms (the unkilled restore, for scale).
"""

from __future__ import annotations

import os
import random
import shutil
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
    "empty_logs": ("<=", 0),
    "wrong_logs": ("<=", 0),
    "untold_restores": ("<=", 0),
    "notices_left_after_seen": ("<=", 0),
    "restore_runs": (">=", 50),
}
SESSIONS = 3000


def _template(folder: Path) -> int:
    from datetime import UTC, datetime, timedelta

    from app.storage.log import PracticeLog
    from app.storage.rows import new_row

    lg = PracticeLog.in_folder(folder, auto_backup=False)
    start = datetime(2025, 1, 1, 7, 0, tzinfo=UTC)
    rows = [new_row(practice_id="open-timer", practice_title="Timer", kind="timer",
                    source="app", started_at=start + timedelta(hours=8 * i),
                    time_zone="Europe/Berlin", planned_s=600, duration_s=600.0,
                    status="done", completed=True, note="n" * (i % 80), updated=start)
            for i in range(SESSIONS)]
    assert lg.add_rows(rows)
    lg.backup_now()
    count = lg.stats().sessions
    lg.close()
    (folder / "practice-log.sqlite3").write_bytes(os.urandom(64 * 1024))
    return count


def _child(folder: Path) -> None:
    from app.storage.log import PracticeLog

    print("ready", flush=True)
    sys.stdin.readline()
    PracticeLog.in_folder(folder)
    print("opened", flush=True)
    time.sleep(60)


def _start(folder: Path) -> subprocess.Popen[str]:
    proc = subprocess.Popen([sys.executable, __file__, "--child", str(folder)], cwd=ROOT,
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True)
    assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
    return proc


def _where(folder: Path) -> str:
    log = folder / "practice-log.sqlite3"
    if (folder / "practice-log.sqlite3.restoring").exists():
        return "killed_mid"
    if log.exists() and log.read_bytes()[:16] == b"SQLite format 3\x00":
        return "killed_after"
    return "killed_before"


def _check(folder: Path, expected: int) -> Counter[str]:
    from app.storage.log import PracticeLog

    out = Counter[str]()
    lg = PracticeLog.in_folder(folder)
    sessions = lg.stats().sessions
    told = [n for n in lg.notices if n.title == "Practice log restored"]
    if sessions == 0:
        out["empty_logs"] += 1
    if sessions != expected:
        out["wrong_logs"] += 1
    if not told:
        out["untold_restores"] += 1
    for notice in told:
        notice.mark_seen()
    lg.close()
    again = PracticeLog.in_folder(folder)
    if any(n.title == "Practice log restored" for n in again.notices):
        out["notices_left_after_seen"] += 1
    again.close()
    return out


def run(count: int | None = None) -> dict[str, float]:
    runs = count or int(os.environ.get("REWIRE_RESTORE_RUNS", "50"))
    rng = random.Random(20260313)
    totals = Counter[str]()
    with tempfile.TemporaryDirectory(prefix="rewire-restore-") as tmp:
        template = Path(tmp) / "template"
        template.mkdir()
        expected = _template(template)
        calibrate = Path(tmp) / "calibrate"
        shutil.copytree(template, calibrate)
        proc = _start(calibrate)
        began = time.monotonic()
        assert proc.stdin is not None and proc.stdout is not None
        proc.stdin.write("go\n")
        proc.stdin.flush()
        assert proc.stdout.readline().strip() == "opened"
        window = time.monotonic() - began
        proc.kill()
        proc.wait()
        for i in range(runs):
            folder = Path(tmp) / f"run-{i}"
            shutil.copytree(template, folder)
            proc = _start(folder)
            assert proc.stdin is not None
            proc.stdin.write("go\n")
            proc.stdin.flush()
            time.sleep(rng.uniform(0.0, window * 1.1))
            proc.send_signal(signal.SIGKILL)
            proc.wait()
            for stream in (proc.stdin, proc.stdout):
                if stream is not None:
                    stream.close()
            totals[_where(folder)] += 1
            totals.update(_check(folder, expected))
            totals["restore_runs"] += 1
            shutil.rmtree(folder)
    figures: dict[str, float] = {k: 0.0 for k in (
        "restore_runs", "empty_logs", "wrong_logs", "untold_restores",
        "notices_left_after_seen", "killed_before", "killed_mid", "killed_after")}
    figures.update({k: float(v) for k, v in totals.items()})
    figures["restore_ms"] = round(window * 1000, 1)
    return figures


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        _child(Path(sys.argv[2]))
    else:
        import json

        print(json.dumps(run(int(sys.argv[1]) if len(sys.argv) > 1 else None), indent=2))
