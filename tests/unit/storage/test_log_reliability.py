"""The practice log under damage, upgrades, backups and a full or read-only disk (L3-L5, L7)."""

from __future__ import annotations

import hashlib
import random
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.unit.storage.log_helpers import practise

from app.core.clock import FakeClock
from app.core.records import SessionEnd, SessionStart

from app.storage import schema
from app.storage.backups import verify
from app.storage.log import PracticeLog

ROOT = Path(__file__).resolve().parents[3]


def _filled(open_log, clock: FakeClock, sessions: int = 60) -> PracticeLog:
    lg = open_log(auto_backup=False)
    for i in range(sessions):
        sid = practise(lg, clock, minutes=5 + i % 7)
        lg.update_session(sid, note=f"session {i}: " + "quiet morning, " * 8)
        clock.advance(20 * 3600)
    return lg


def _damage(path: Path, variant: int) -> None:
    data = bytearray(path.read_bytes())
    rng = random.Random(variant)
    page = 4096
    if variant == 0:
        data = bytearray()  # emptied
    elif variant <= 4:
        data = data[: [len(data) // 2, len(data) // 4, page + 100, 60][variant - 1]]
    elif variant == 5:
        data = bytearray(rng.randbytes(len(data)))  # replaced by garbage
    elif variant == 6:
        data = bytearray(b"not a database at all\n" * 40)
    elif variant == 7:
        data = bytearray(len(data))  # zeros
    elif variant == 8:
        data[0:16] = b"SQLite format 4\x00"  # header magic
    elif variant == 9:
        data[16:18] = b"\x00\x07"  # impossible page size
    else:
        # b-tree page headers of the data pages: type byte and cell counts flipped
        for n in range(1, len(data) // page):
            if rng.random() < 0.7:
                at = n * page + rng.choice([0, 3, 4, 5, 6])
                data[at] ^= rng.choice([0x5A, 0xFF, 0x81, 0x0F])
        for _ in range(variant * 20):
            at = rng.randrange(100, len(data))
            data[at] = rng.randrange(256)
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("variant", range(20))
def test_damaged_log_is_kept_aside_and_newest_backup_restored_L3(open_log, clock, variant):
    lg = _filled(open_log, clock, 40)
    lg.backup_now()
    in_backup = lg.stats().sessions
    practise(lg, clock)  # one more after the backup
    path = lg.path
    lg.close()
    _damage(path, variant)
    again = open_log()
    kept = path.with_name(path.name + ".damaged")
    assert kept.exists(), "the damaged file was not kept"
    assert again.stats().sessions == in_backup, "the newest backup was not restored"
    words = " ".join(n.text for n in again.notices)
    assert "could not be read" in words and "restored the backup" in words
    assert again.conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_damaged_log_without_backup_starts_empty_and_says_so(open_log, clock) -> None:
    lg = _filled(open_log, clock, 5)
    path = lg.path
    lg.close()
    _damage(path, 5)
    again = open_log()
    assert again.stats().sessions == 0 and path.with_name(path.name + ".damaged").exists()
    assert any("no backup" in n.text for n in again.notices)


def test_missing_log_is_restored_from_backup(open_log, clock) -> None:
    lg = _filled(open_log, clock, 3)
    lg.backup_now()
    path = lg.path
    lg.close()
    path.unlink()
    again = open_log()
    assert again.stats().sessions == 3 and any("missing" in n.text for n in again.notices)


def _cache_is_exact(conn: sqlite3.Connection) -> bool:
    cached = conn.execute("SELECT local_day, local_hour, duration_ms, sessions FROM day_totals "
                          "ORDER BY 1, 2").fetchall()
    fresh = conn.execute("SELECT local_day, local_minute / 60, SUM(duration_ms), COUNT(*) "
                         "FROM sessions WHERE status != 'open' GROUP BY 1, 2 ORDER BY 1, 2"
                         ).fetchall()
    return cached == fresh


def test_backups_while_writing_each_restore_to_a_consistent_log_L4(open_log, clock, tmp_path):
    lg = open_log(auto_backup=False)
    lg.backups.keep = 50
    expected: list[int] = []
    for i in range(12):
        sid = lg.session_started(SessionStart("open-timer", "Open", "timer", None, clock.now(),
                                              clock.local_zone()))
        lg.session_progress(sid, 30)
        lg.backup_now()  # mid-session
        expected.append(i)
        clock.advance(3600 * 9)
        lg.session_finished(sid, SessionEnd(300 + i, True))
    backups = lg.backups.list()
    assert len(backups) == 12
    for n, info in enumerate(reversed(backups)):
        ok, why, count = verify(info.path)
        assert ok, why
        assert count == n + 1  # the finished ones plus the one in progress
        target = sqlite3.connect(tmp_path / f"r{n}.sqlite3")
        source = sqlite3.connect(info.path)
        source.backup(target)
        source.close()
        assert target.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert _cache_is_exact(target)
        assert target.execute("SELECT COUNT(*) FROM sessions WHERE status='done'").fetchone() \
            == (n,)
        target.close()
    assert len(list(lg.backups.folder.glob("*.partial"))) == 0


def test_backups_rotate_and_restore_command(open_log, clock) -> None:
    lg = open_log(auto_backup=False)
    lg.backups.keep = 3
    for _ in range(5):
        practise(lg, clock)
        lg.backup_now()
        clock.advance(3600)
    infos = lg.backups.list()
    assert len(infos) == 3
    oldest_kept = infos[-1]
    assert lg.restore(oldest_kept.path) == 3
    assert lg.stats().sessions == 3
    assert any(b.reason == "before restore" for b in lg.backups.list())


def _v1_log(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.executescript(schema.SCHEMA_V1)
    conn.execute("PRAGMA user_version = 1")
    for day in range(5):
        conn.execute(
            "INSERT INTO sessions (practice_id, kind, started_utc_ms, utc_offset_min, time_zone,"
            " local_day, local_minute, planned_s, duration_ms, status, completed, note) "
            "VALUES ('body-scan-10', 'guided', ?, -480, 'America/Los_Angeles', ?, 420, 600, "
            "600000, 'done', 1, 'v1 note')", (1772000000000 + day * 86400000, 739670 + day))
    conn.commit()
    conn.close()


def _schema_of(conn: sqlite3.Connection) -> list[tuple[str, str]]:
    return sorted(conn.execute("SELECT name, type FROM sqlite_master"))


def test_migration_from_version_1_keeps_data_and_backs_up_first_L5(data_dir, clock) -> None:
    path = data_dir / "practice-log.sqlite3"
    _v1_log(path)
    lg = PracticeLog(path, clock, auto_backup=False)
    assert lg.conn.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
    rows = list(lg.all_rows())
    assert len(rows) == 5 and {r.note for r in rows} == {"v1 note"}
    assert lg.stats(today=739676).total_minutes == 50
    assert any("before upgrade" in b.reason for b in lg.backups.list())
    fresh = PracticeLog(data_dir / "other" / "fresh.sqlite3", clock)
    assert _schema_of(lg.conn) == _schema_of(fresh.conn)
    assert _cache_is_exact(lg.conn)
    lg.close()
    fresh.close()


def test_failure_mid_migration_leaves_the_old_schema_L5(data_dir, clock, monkeypatch) -> None:
    path = data_dir / "practice-log.sqlite3"
    _v1_log(path)

    def half(conn: sqlite3.Connection) -> None:
        conn.execute(schema._V2_COLUMNS[0])
        raise RuntimeError("power cut")

    monkeypatch.setitem(schema.MIGRATIONS, 1, half)
    with pytest.raises(RuntimeError):
        PracticeLog(path, clock, auto_backup=False)
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    columns = [r[1] for r in conn.execute("PRAGMA table_info(sessions)")]
    assert "practice_title" not in columns and conn.execute(
        "SELECT COUNT(*) FROM sessions").fetchone()[0] == 5
    conn.close()


def test_kill_mid_migration_leaves_old_or_new_schema_L5(data_dir) -> None:
    path = data_dir / "practice-log.sqlite3"
    _v1_log(path)
    script = (
        "import os, sys\n"
        "from app.storage import schema\n"
        "real = schema.MIGRATIONS[1]\n"
        "def dying(conn):\n"
        "    real(conn)\n"
        "    os._exit(9)\n"
        "schema.MIGRATIONS[1] = dying\n"
        "from app.storage.log import PracticeLog\n"
        f"PracticeLog({str(path)!r})\n"
    )
    proc = subprocess.run([sys.executable, "-c", script], cwd=ROOT, timeout=60)
    assert proc.returncode == 9
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    assert "practice_title" not in [r[1] for r in conn.execute("PRAGMA table_info(sessions)")]
    conn.close()


def test_newer_log_is_refused_without_a_write_L5(data_dir, clock) -> None:
    path = data_dir / "practice-log.sqlite3"
    _v1_log(path)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    lg = PracticeLog(path, clock)
    assert lg.refused and any("newer version" in n.text for n in lg.notices)
    practise(lg, clock)
    lg.close()
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    assert not (data_dir / "backups").exists()


def test_disk_full_keeps_sessions_and_writes_them_when_space_returns_L7(open_log, clock):
    lg = open_log(auto_backup=False)
    practise(lg, clock)
    told: list[str] = []
    lg.notice_handler = lambda n: told.append(n.title)
    pages = lg.conn.execute("PRAGMA page_count").fetchone()[0]
    lg.conn.execute(f"PRAGMA max_page_count = {pages}")
    for _ in range(40):
        sid = practise(lg, clock, minutes=3)
        lg.update_session(sid, note="x" * 1500)
        if told:
            break
    assert told == ["Practice log not saved"]
    on_disk = lg.conn.execute("SELECT COUNT(*) FROM sessions").fetchone()[0]
    assert lg.conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert lg.conn.execute("SELECT COUNT(*) FROM sessions WHERE status = 'open'").fetchone()[0] \
        <= 1
    kept = practise(lg, clock, minutes=7)  # while full: kept in memory
    assert lg.session(kept).duration_s == 420
    lg.conn.execute("PRAGMA max_page_count = 1000000")
    practise(lg, clock, minutes=2)  # the next write succeeds and flushes what was kept
    assert told[-1] == "Practice log saved again"
    total = lg.conn.execute("SELECT COUNT(*) FROM sessions WHERE status = 'done'").fetchone()[0]
    assert total >= on_disk + 2
    assert lg.conn.execute("SELECT COUNT(*) FROM sessions WHERE status = 'open'").fetchone()[0] \
        == 0
    assert _cache_is_exact(lg.conn)


def test_read_only_log_says_so_and_catches_up(open_log, clock) -> None:
    lg = open_log(auto_backup=False)
    told: list[str] = []
    lg.notice_handler = lambda n: told.append(n.text)
    lg.conn.execute("PRAGMA query_only = 1")
    sid = practise(lg, clock)
    assert told and "read-only" in told[0]
    assert lg.session(sid).duration_s == 600  # kept in memory
    lg.conn.execute("PRAGMA query_only = 0")
    lg.close()  # flushes on close
    again = open_log()
    assert again.stats().sessions == 1


def test_unusable_folder_gives_a_notice_not_a_crash(tmp_path, clock) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    lg = PracticeLog(blocker / "sub" / "practice-log.sqlite3", clock)
    assert lg.refused and lg.notices and lg.notices[0].title == "Practice log unavailable"
    practise(lg, clock)
    lg.close()
