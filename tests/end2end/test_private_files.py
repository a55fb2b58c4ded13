"""P2: after an import, a backup and a session in the real program, everything in the data
folder is 0600 (files) or 0700 (folders), including SQLite's -wal/-shm and rewire.log; files
an older Rewire left 0644 in 0755 folders are made private at the next start."""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from app.storage.log import PracticeLog
from app.storage.rows import new_row

ROOT = Path(__file__).resolve().parents[2]

pytestmark = [pytest.mark.end2end,
              pytest.mark.skipif(os.name != "posix", reason="POSIX modes")]


def _modes(folder: Path) -> dict[str, str]:
    """Every entry below ``folder`` whose mode lets another account in, with its mode."""
    loose = {}
    for path in [folder, *folder.rglob("*")]:
        mode = stat.S_IMODE(path.lstat().st_mode)
        wanted = 0o700 if path.is_dir() else 0o600
        if mode != wanted:
            loose[str(path.relative_to(folder))] = oct(mode)
    return loose


def _rewire(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(ROOT / "main.py"), "--data-dir", str(data),
                           *args], cwd=ROOT, capture_output=True, text=True, timeout=120,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})


def test_everything_rewire_writes_is_private(run_rewire, tmp_path: Path) -> None:
    source = tmp_path / "elsewhere"
    lg = PracticeLog.in_folder(source / "data", auto_backup=False)
    start = datetime(2025, 5, 1, 7, tzinfo=UTC)
    lg.add_rows([new_row(practice_id="open-timer", practice_title="Timer", kind="timer",
                         source="app", started_at=start.replace(day=d), time_zone="UTC",
                         planned_s=600, duration_s=600.0, status="done", completed=True,
                         note="felt calmer", updated=start) for d in range(1, 6)])
    lg.close()
    export = tmp_path / "sessions.csv"
    assert _rewire(source, "log", "export", str(export)).returncode == 0

    data = tmp_path / "portable"
    old = data / "data" / "backups"  # what Rewire 0.1 left: world-readable
    old.mkdir(parents=True)
    os.chmod(data / "data", 0o755)
    os.chmod(old, 0o755)
    (old / "notes-from-0.1.txt").write_text("x")
    os.chmod(old / "notes-from-0.1.txt", 0o644)

    assert _rewire(data, "log", "import", str(export)).returncode == 0  # import + backup
    assert _rewire(data, "log", "import", str(export)).returncode in (0, 1)  # backup of data
    app = run_rewire("--data-dir", str(data))
    app.wait_for_line("rewire-first-frame")
    log_file = data / "data" / "practice-log.sqlite3"
    open_now = _modes(data)
    app.proc.send_signal(signal.SIGTERM)
    assert app.proc.wait(timeout=30) == 0
    assert log_file.with_name(log_file.name + "-wal").exists() or "-wal" not in str(open_now)
    assert open_now == {}, "loose modes while the app ran"
    assert _modes(data) == {}
    names = {p.name for p in data.rglob("*")}
    assert {"practice-log.sqlite3", "rewire.log", "backups"} <= names
    assert any(n.startswith("log-") for n in names), "no backup was made"
