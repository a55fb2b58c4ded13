"""Export and import (L8) and the `rewire log` command line."""

from __future__ import annotations

import csv
import io
import json
import time
from argparse import ArgumentParser
from datetime import date
from pathlib import Path

import pytest

from tests.unit.storage.log_helpers import practise

from app.core.paths import DataPaths

from app.storage import cli
from app.storage.exchange import FIELDS, export_csv, export_json, import_file

HEADER = ",".join(FIELDS)
GOOD = ("2026-03-01T07:00:00-08:00,America/Los_Angeles,2026-03-01,600,600,box-breathing,true,"
        "2,4,ok,app")


def _write(tmp_path: Path, name: str, *lines: str) -> Path:
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_export_csv_opens_cleanly_and_round_trips(open_log, clock, tmp_path) -> None:
    lg = open_log()
    sid = practise(lg, clock, practice="box-breathing")
    lg.update_session(sid, note='=HYPERLINK("http://x") , "quoted"\nsecond line', mood_before=3)
    text = export_csv(lg.all_rows())
    assert text.startswith("\ufeff" + ",".join(FIELDS))
    rows = list(csv.DictReader(io.StringIO(text.lstrip("\ufeff"))))
    assert rows[0]["note"].startswith("'=HYPERLINK")  # a spreadsheet shows it as text
    assert rows[0]["started_at"] == "2026-03-10T11:00:00-07:00"
    assert rows[0]["local_date"] == "2026-03-10" and rows[0]["completed"] == "true"
    out = tmp_path / "log.csv"
    out.write_bytes(text.encode("utf-8"))
    other = type(lg).in_folder(tmp_path / "other", clock)
    report = import_file(other, out)
    assert report.ok and report.added == 1
    assert next(iter(other.all_rows())).note == lg.session(sid).note
    again = import_file(other, out)
    assert again.added == 0 and len(again.duplicates) == 1
    other.close()


def test_export_json_round_trips(open_log, clock, tmp_path) -> None:
    lg = open_log()
    practise(lg, clock)
    data = json.loads(export_json(lg.all_rows(), clock.now()))
    assert data["sessions"][0]["duration_s"] == 600 and data["sessions"][0]["planned_s"] == 600
    path = tmp_path / "log.json"
    path.write_text(json.dumps(data))
    other = type(lg).in_folder(tmp_path / "other", clock)
    assert import_file(other, path).added == 1
    assert [r.values()[1:-1] for r in other.all_rows()] == [r.values()[1:-1]
                                                          for r in lg.all_rows()]
    other.close()


BAD_ROWS = {
    "huge duration": GOOD.replace(",600,600,", ",1e300,600,"),
    "future": GOOD.replace("2026-03-01T07", "2027-03-01T07").replace(",2026-03-01,",
                                                                     ",2027-03-01,"),
    "no offset": GOOD.replace("-08:00", ""),
    "bad zone": GOOD.replace("America/Los_Angeles", "Mars/Base"),
    "date mismatch": GOOD.replace(",2026-03-01,", ",2026-03-02,"),
    "bad mood": GOOD.replace(",2,4,", ",2,9,"),
    "bad completed": GOOD.replace(",true,", ",maybe,"),
    "huge note": GOOD.replace(",ok,", "," + "n" * 5000 + ","),
    "too few cells": "2026-03-01T07:00:00-08:00,America/Los_Angeles",
    "negative": GOOD.replace(",600,600,", ",-5,600,"),
}


def test_hostile_rows_are_each_named_and_nothing_is_imported_L8(open_log, tmp_path) -> None:
    lg = open_log()
    second = GOOD.replace("T07:", "T09:")
    path = _write(tmp_path, "hostile.csv", HEADER, GOOD, *BAD_ROWS.values(), second, second)
    report = import_file(lg, path)
    assert not report.ok and report.added == 0
    assert len(report.rejected) == len(BAD_ROWS)
    assert [r.split(":")[0] for r in report.rejected] == [f"line {n}" for n in range(3, 13)]
    assert lg.stats().sessions == 0, "a half import happened"
    text = "\n".join(report.lines())
    for word in ("between 0 and 86400", "future", "no UTC offset", "unknown time zone",
                 "does not match", "has 2 cells", "longer than 2000"):
        assert word in text


def test_duplicates_are_skipped_and_listed(open_log, tmp_path) -> None:
    lg = open_log()
    path = _write(tmp_path, "dups.csv", HEADER, GOOD, GOOD, GOOD.replace("T07:", "T08:"))
    report = import_file(lg, path)
    assert report.ok and report.added == 2 and report.duplicates[0].startswith("line 3")


@pytest.mark.parametrize(("content", "why"), [
    ("a,b\n1,2\n", "missing column"),
    (HEADER + ",extra\n", "unknown column"),
    ("", "empty"),
    ('{"sessions": 5}', "no list of sessions"),
    ("{not json", "not valid JSON"),
])
def test_wrong_files_are_refused_with_a_reason_L8(open_log, tmp_path, content, why) -> None:
    path = tmp_path / "wrong.csv"
    path.write_text(content)
    report = import_file(open_log(), path)
    assert not report.ok and why in report.refused


def test_binary_junk_is_refused(open_log, tmp_path) -> None:
    path = tmp_path / "photo.csv"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00" + bytes(range(256)) * 4)
    report = import_file(open_log(), path)
    assert not report.ok


def test_a_1gb_file_is_refused_without_reading_it_L8(open_log, tmp_path) -> None:
    path = tmp_path / "huge.csv"
    with open(path, "wb") as fh:  # sparse: takes no disk space
        fh.write((HEADER + "\n").encode())
        fh.truncate(1024**3)
    started = time.perf_counter()
    report = import_file(open_log(), path)
    assert time.perf_counter() - started < 0.5
    assert "it is 1,024 MB; Rewire imports files up to 64 MB" in report.refused  # docs: 64 MB


def test_json_with_unknown_fields_names_the_session(open_log, tmp_path) -> None:
    rec = dict(zip(FIELDS, GOOD.split(","), strict=True))
    path = tmp_path / "x.json"
    path.write_text(json.dumps({"sessions": [rec, {**rec, "evil": 1}, 7]}))
    report = import_file(open_log(), path)
    assert report.rejected == ["session #2: unknown field(s): evil",
                               "session #3: is not an object"]


def _cli(data: Path, *argv: str) -> int:
    parser = ArgumentParser()
    cli.add_arguments(parser)
    return cli.run(parser.parse_args(list(argv)), DataPaths.portable_in(data))


def test_cli_import_stats_export(tmp_path, capsys) -> None:
    data = tmp_path / "d"
    days = [GOOD.replace("03-01", f"03-0{d}") for d in (1, 2, 3, 5)]
    good = _write(tmp_path, "good.csv", HEADER, *days)
    assert _cli(data, "import", str(good)) == 0
    assert "imported 4 session(s)" in capsys.readouterr().out
    assert _cli(data, "stats", "--json", "--as-of", "2026-03-06") == 0
    stats = json.loads(capsys.readouterr().out)
    assert stats["current_streak"] == 4  # one rest day (the 4th) by default
    assert (stats["longest_streak"], stats["sessions"], stats["days_practiced"],
            stats["total_minutes"]) == (4, 4, 4, 40.0)
    assert _cli(data, "stats", "--json", "--as-of", "2026-03-08") == 0
    assert json.loads(capsys.readouterr().out)["current_streak"] == 0
    out = tmp_path / "out.json"
    assert _cli(data, "export", "--format", "json", str(out)) == 0
    assert len(json.loads(out.read_text())["sessions"]) == 4
    assert _cli(data, "export", "--format", "csv") == 0
    assert capsys.readouterr().out.count("box-breathing") == 4


def test_cli_bad_import_exits_nonzero_and_changes_nothing(tmp_path, capsys) -> None:
    data = tmp_path / "d"
    bad = _write(tmp_path, "bad.csv", HEADER, GOOD, BAD_ROWS["future"])
    assert _cli(data, "import", str(bad)) == 1
    err = capsys.readouterr().err
    assert "bad.csv: line 3: started_at" in err and "nothing imported" in err
    assert _cli(data, "stats", "--json", "--as-of", date(2026, 3, 2).isoformat()) == 0
    assert json.loads(capsys.readouterr().out)["sessions"] == 0
    assert _cli(data, "stats", "--as-of", "tomorrow") == 2
