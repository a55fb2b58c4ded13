"""Check-ins, appointments and shared notes in the log: schema 3, migrations (L5), export and
import (all or nothing, duplicates skipped, scores recomputed), `rewire log stats --from`."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from argparse import ArgumentParser
from datetime import date, time
from pathlib import Path

import pytest

from tests.unit.storage.log_helpers import practise

from app.core.appointments import make_appointment
from app.core.paths import DataPaths

from app.storage import cli, schema
from app.storage.checkin_exchange import checkins_csv_path
from app.storage.exchange import export_json, import_file
from app.storage.log import PracticeLog

ROOT = Path(__file__).resolve().parents[3]
LA = "America/Los_Angeles"


def _cli(data: Path, *argv: str) -> int:
    parser = ArgumentParser()
    cli.add_arguments(parser)
    return cli.run(parser.parse_args(list(argv)), DataPaths.portable_in(data))


def _old_log(path: Path, version: int) -> None:
    """A log as version 1 or 2 left it, with five sessions."""
    conn = sqlite3.connect(path, isolation_level=None)
    schema._run_script(conn, schema.SCHEMA_V1)
    for day in range(5):
        conn.execute(
            "INSERT INTO sessions (practice_id, kind, started_utc_ms, utc_offset_min, time_zone,"
            " local_day, local_minute, planned_s, duration_ms, status, completed, note) "
            "VALUES ('body-scan-10', 'guided', ?, -480, 'America/Los_Angeles', ?, 420, 600, "
            "600000, 'done', 1, 'old note')", (1772000000000 + day * 86400000, 739670 + day))
    if version >= 2:
        schema.MIGRATIONS[1](conn)
    conn.execute(f"PRAGMA user_version = {version}")
    conn.close()


def _tables(conn: sqlite3.Connection) -> list[tuple[str, str]]:
    return sorted(conn.execute("SELECT name, type FROM sqlite_master"))


@pytest.mark.parametrize("version", [1, 2])
def test_every_earlier_version_migrates_to_3_with_data_intact_L5(data_dir, clock,
                                                                  version) -> None:
    path = data_dir / "practice-log.sqlite3"
    _old_log(path, version)
    lg = PracticeLog(path, clock, auto_backup=False)
    assert lg.conn.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION == 3
    rows = list(lg.all_rows())
    assert len(rows) == 5 and {r.note for r in rows} == {"old note"}
    assert not any(r.note_shared for r in rows)  # nothing is shared by default
    assert lg.stats(today=739676).total_minutes == 50
    assert any(f"before upgrade v{version}" in b.reason for b in lg.backups.list())
    fresh = PracticeLog(data_dir / "other" / "fresh.sqlite3", clock)
    assert _tables(lg.conn) == _tables(fresh.conn)
    assert lg.add_checkin("phq9", [1] * 9, clock.now(), LA) is not None
    lg.close()
    fresh.close()


def test_failure_mid_migration_to_3_leaves_version_2_L5(data_dir, clock, monkeypatch) -> None:
    path = data_dir / "practice-log.sqlite3"
    _old_log(path, 2)

    def half(conn: sqlite3.Connection) -> None:
        conn.execute("ALTER TABLE sessions ADD COLUMN note_shared INTEGER NOT NULL DEFAULT 0")
        raise RuntimeError("power cut")

    monkeypatch.setitem(schema.MIGRATIONS, 2, half)
    with pytest.raises(RuntimeError):
        PracticeLog(path, clock, auto_backup=False)
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 2
    assert "note_shared" not in [r[1] for r in conn.execute("PRAGMA table_info(sessions)")]
    assert "checkins" not in {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    conn.close()


def test_kill_mid_migration_to_3_leaves_old_or_new_schema_L5(data_dir) -> None:
    path = data_dir / "practice-log.sqlite3"
    _old_log(path, 2)
    script = ("import os\nfrom app.storage import schema\nreal = schema.MIGRATIONS[2]\n"
              "def dying(conn):\n    real(conn)\n    os._exit(9)\n"
              "schema.MIGRATIONS[2] = dying\nfrom app.storage.log import PracticeLog\n"
              f"PracticeLog({str(path)!r})\n")
    assert subprocess.run([sys.executable, "-c", script], cwd=ROOT, timeout=60).returncode == 9
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 2
    assert "checkins" not in {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    conn.close()
    lg = PracticeLog(path)  # the next start migrates for real
    assert lg.conn.execute("PRAGMA user_version").fetchone()[0] == 3
    lg.close()


def test_checkins_appointments_and_shared_notes(open_log, clock) -> None:
    lg = open_log()
    row = lg.add_checkin("phq9", [0] * 8 + [1], clock.now(), LA)
    assert row is not None and (row.score, row.band, row.safety_answer) == (1, "minimal", True)
    assert lg.checkins()[0].answers == (0,) * 8 + (1,)
    appt = make_appointment(date(2026, 3, 12), time(16, 0), LA, now=clock.now())
    first = lg.add_appointment(appt)
    assert lg.add_appointment(appt) == first  # the same instant is kept once
    assert [a.local_date for a in lg.appointments()] == [date(2026, 3, 12)]
    sid = practise(lg, clock)
    lg.update_session(sid, note="tell her about Sunday")
    assert not lg.session(sid).note_shared
    assert lg.set_note_shared(sid, True) and lg.session(sid).note_shared
    assert lg.remove_appointment(first) and lg.appointments() == []


def test_export_import_round_trip_with_checkins(open_log, clock, tmp_path) -> None:
    lg = open_log()
    sid = practise(lg, clock)
    lg.update_session(sid, note="shared one")
    lg.set_note_shared(sid, True)
    lg.add_checkin("phq9", [1, 2, 0, 1, 0, 0, 1, 0, 0], clock.now(), LA)
    lg.add_checkin("gad7", [3] * 7, clock.now(), LA)
    data = json.loads(export_json(lg.all_rows(), clock.now(), lg.checkins()))
    assert data["version"] == 2 and len(data["checkins"]) == 2
    assert data["checkins"][0] == {"instrument": "phq9", "taken_at": "2026-03-10T11:10:00-07:00",
                                   "time_zone": LA, "local_date": "2026-03-10",
                                   "answers": [1, 2, 0, 1, 0, 0, 1, 0, 0], "score": 5,
                                   "band": "mild"}
    data["checkins"][1]["score"], data["checkins"][1]["band"] = 0, "minimal"  # lies
    path = tmp_path / "log.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    other = PracticeLog.in_folder(tmp_path / "other", clock)
    report = import_file(other, path)
    assert (report.added, report.added_checkins, report.recomputed) == (1, 2, 1)
    assert [(c.score, c.band) for c in other.checkins()] == [(5, "mild"), (21, "severe")]
    assert next(iter(other.all_rows())).note_shared
    again = import_file(other, path)
    assert (again.added, again.added_checkins, len(again.duplicates)) == (0, 0, 3)
    other.close()


@pytest.mark.parametrize(("change", "why"), [
    ({"answers": [0] * 8}, "9 questions, not 8"),
    ({"answers": [0] * 8 + [4]}, "answer 9 must be a whole number from 0 to 3"),
    ({"instrument": "beck"}, "instrument must be phq9 or gad7"),
    ({"taken_at": "2026-03-10T11:00:00"}, "no UTC offset"),
    ({"time_zone": "Mars/Base"}, "unknown time zone"),
    ({"taken_at": "2031-01-01T10:00:00-08:00", "local_date": "2031-01-01"}, "future"),
])
def test_one_bad_checkin_refuses_the_whole_file_L8(open_log, clock, tmp_path, change,
                                                    why) -> None:
    lg = open_log()
    practise(lg, clock)
    lg.add_checkin("phq9", [0] * 9, clock.now(), LA)
    data = json.loads(export_json(lg.all_rows(), clock.now(), lg.checkins()))
    data["checkins"][0].update(change)
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    other = PracticeLog.in_folder(tmp_path / "other", clock)
    report = import_file(other, path)
    assert not report.ok and why in " ".join(report.lines())
    assert "check-in #1" in report.lines()[0]
    assert list(other.all_rows()) == [] and other.checkins() == []  # not even the session
    other.close()


def test_version_1_files_import_and_newer_ones_are_refused(open_log, clock, tmp_path) -> None:
    lg = open_log()
    practise(lg, clock)
    data = json.loads(export_json(lg.all_rows(), clock.now()))
    data["version"] = 1
    del data["checkins"]
    for record in data["sessions"]:
        del record["note_shared"]
    old = tmp_path / "v1.json"
    old.write_text(json.dumps(data), encoding="utf-8")
    other = PracticeLog.in_folder(tmp_path / "other", clock)
    assert import_file(other, old).added == 1
    data["version"] = 3
    newer = tmp_path / "v3.json"
    newer.write_text(json.dumps(data), encoding="utf-8")
    assert "newer Rewire" in import_file(other, newer).refused
    other.close()


def test_cli_csv_export_writes_checkins_beside_and_they_import(tmp_path, clock, capsys) -> None:
    data = tmp_path / "d"
    lg = PracticeLog.in_folder(DataPaths.portable_in(data).data, clock)
    practise(lg, clock)
    lg.add_checkin("gad7", [1, 1, 1, 1, 1, 1, 1], clock.now(), LA)
    lg.close()
    out = tmp_path / "log.csv"
    assert _cli(data, "export", "--format", "csv", str(out)) == 0
    side = checkins_csv_path(out)
    assert side.name == "log.checkins.csv"
    lines = side.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0] == "instrument,taken_at,time_zone,local_date,answers,score,band"
    assert lines[1].endswith(",1 1 1 1 1 1 1,7,mild")
    assert _cli(data, "export", "--format", "csv", "--checkins") == 0
    assert capsys.readouterr().out.count("gad7") == 1
    other = tmp_path / "other"
    assert _cli(other, "import", str(out)) == 0
    assert _cli(other, "import", str(side)) == 0
    assert "1 check-in(s)" in capsys.readouterr().out


def test_cli_stats_for_a_period(tmp_path, clock, capsys) -> None:
    data = tmp_path / "d"
    lg = PracticeLog.in_folder(DataPaths.portable_in(data).data, clock)
    practise(lg, clock, minutes=12)
    lg.close()
    assert _cli(data, "stats", "--json", "--from", "2026-03-09", "--to", "2026-03-15") == 0
    period = json.loads(capsys.readouterr().out)["period"]
    assert period["minutes"] == 12 and period["weeks"] == [
        {"week_of": "2026-03-09", "days_practiced": 1, "minutes": 12}]
    assert _cli(data, "stats", "--json", "--to", "2026-03-15") == 2
    assert _cli(data, "stats", "--json", "--from", "2026-03-16", "--to", "2026-03-15") == 2
