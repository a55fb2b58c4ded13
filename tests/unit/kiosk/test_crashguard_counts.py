"""Crash-loop guard across (simulated) restarts, and the anonymous counts."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from app.core.clock import FakeClock
from app.core.paths import DataPaths
from app.core.records import SessionEnd, SessionStart

from app.kiosk.counts import CountingSink, counts_csv, load_counts
from app.kiosk.crashguard import CrashGuard


def test_five_crashes_in_a_minute_show_maintenance(tmp_path) -> None:
    clock = FakeClock()
    path = tmp_path / "cache" / "kiosk-starts.json"
    verdicts = []
    for _ in range(6):
        verdicts.append(CrashGuard(path, clock.now).record_start())  # then "killed"
        clock.advance(5)
    assert [v.maintenance for v in verdicts] == [False] * 5 + [True]
    assert verdicts[-1].recent_crashes == 5


def test_clean_exits_and_old_crashes_do_not_count(tmp_path) -> None:
    clock = FakeClock()
    path = tmp_path / "kiosk-starts.json"
    for _ in range(10):
        guard = CrashGuard(path, clock.now)
        assert not guard.record_start().maintenance
        guard.record_clean_exit()
        clock.advance(2)
    for _ in range(4):
        CrashGuard(path, clock.now).record_start()
        clock.advance(20)  # crashes spread out: never 5 within 60 s
    assert not CrashGuard(path, clock.now).record_start().maintenance


def test_staff_clear_forgets_crashes_and_bad_file_is_survived(tmp_path) -> None:
    clock = FakeClock()
    path = tmp_path / "kiosk-starts.json"
    for _ in range(5):
        CrashGuard(path, clock.now).record_start()
        clock.advance(1)
    guard = CrashGuard(path, clock.now)
    assert guard.record_start().maintenance
    guard.clear()
    clock.advance(1)
    assert not CrashGuard(path, clock.now).record_start().maintenance
    path.write_text("{not json", encoding="utf-8")
    assert not CrashGuard(path, clock.now).record_start().maintenance
    assert json.loads(path.read_text(encoding="utf-8"))["runs"]


def _start(practice: str, at: datetime) -> SessionStart:
    return SessionStart(practice, practice, "guided", 180, at, "America/Los_Angeles", "kiosk")


def test_counts_only_practice_date_minutes_when_on(tmp_path) -> None:
    paths = DataPaths.portable_in(tmp_path)
    path = paths.data / "kiosk-counts.json"
    enabled = [False]
    sink = CountingSink(path, lambda: enabled[0], lambda: "America/Los_Angeles")
    at = datetime(2026, 3, 2, 6, 30, tzinfo=UTC)  # still March 1st in Simi Valley
    sid = sink.session_started(_start("box-breathing", at))
    sink.session_finished(sid, SessionEnd(180.0, True, mood_before=2, note="private"))
    assert not path.exists()  # off: nothing written at all
    enabled[0] = True
    for practised in (180.0, 90.0):
        sid = sink.session_started(_start("box-breathing", at))
        sink.session_finished(sid, SessionEnd(practised, True, mood_after=4, note="secret"))
    text = path.read_text(encoding="utf-8")
    assert "secret" not in text and "mood" not in text and "06:30" not in text
    assert load_counts(path) == {"2026-03-01": {"box-breathing": {"sessions": 2.0,
                                                                   "minutes": 4.5}}}
    assert counts_csv(load_counts(path)) == (
        "date,practice,sessions,minutes\n2026-03-01,box-breathing,2,4.5\n"
    )
