"""`rewire log import` names the row and the problem for every bad value, never a traceback.

The class: values a spreadsheet or a script can produce that parse as the right type but
cannot be stored (calendar ends, absurd numbers, nested JSON, an offset the zone did not
have, NUL bytes). Each case below must be rejected with its row named, and the import as a
whole must add nothing.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.storage.exchange import import_file

GOOD = {"started_at": "2026-03-01T08:00:00+01:00", "time_zone": "Europe/Berlin",
        "local_date": "2026-03-01", "duration_s": 600, "planned_s": 600,
        "practice": "open-timer", "completed": True, "mood_before": None,
        "mood_after": None, "note": "", "source": "import"}

BAD: dict[str, tuple[dict, str]] = {
    "calendar end": ({"started_at": "9999-12-31T23:00:00-05:00", "time_zone": "UTC",
                      "local_date": "9999-12-31"}, "outside the calendar"),
    "calendar start": ({"started_at": "0001-01-01T00:00:00+05:00", "time_zone": "UTC",
                        "local_date": "0001-01-01"}, "before 1990"),
    "far future": ({"started_at": "9999-12-31T23:59:59+00:00", "time_zone": "UTC",
                    "local_date": "9999-12-31"}, "in the future"),
    "hundreds of digits": ({"duration_s": "9" * 400}, "400 digits"),
    "long json number": ({"duration_s": int("7" * 400)}, "400 digits"),
    "huge float": ({"duration_s": "1e999"}, "must be a number"),
    "nested value": ({"duration_s": {"a": [1, {"b": 2}]}}, "not an object"),
    "nested text": ({"note": [["deep"]]}, "note must be text, not a list"),
    "offset disagrees": ({"started_at": "2025-07-01T08:00:00+01:00",
                          "local_date": "2025-07-01"}, "was at +02:00"),
    "NUL in note": ({"note": "calm\x00er"}, "NUL character"),
    "NUL in practice": ({"practice": "open\x00timer"}, "NUL character"),
    "zone with NUL": ({"time_zone": "Europe/Berlin\x00"}, "time_zone holds a NUL"),
}


@pytest.mark.parametrize("case", sorted(BAD))
def test_each_bad_value_names_its_row(open_log, tmp_path: Path, case: str) -> None:
    change, words = BAD[case]
    sessions = [GOOD, {**GOOD, "started_at": "2026-03-02T08:00:00+01:00",
                       "local_date": "2026-03-02", **change}]
    path = tmp_path / "export.json"
    path.write_text(json.dumps({"sessions": sessions}))
    lg = open_log()
    report = import_file(lg, path)
    assert report.added == 0 and not report.refused
    assert len(report.rejected) == 1
    assert report.rejected[0].startswith("session #2: ") and words in report.rejected[0]
    assert lg.stats().sessions == 0


def test_the_same_values_in_a_csv_name_their_line(open_log, tmp_path: Path) -> None:
    header = list(GOOD)
    rows = [GOOD, {**GOOD, "started_at": "9999-12-31T23:00:00-05:00", "time_zone": "UTC",
                   "local_date": "9999-12-31"}, {**GOOD, "duration_s": "9" * 400}]
    lines = [",".join(header)] + [",".join("" if r[k] is None else str(r[k]) for k in header)
                                  for r in rows]
    path = tmp_path / "export.csv"
    path.write_text("\n".join(lines) + "\n")
    report = import_file(open_log(), path)
    assert [r.split(":")[0] for r in report.rejected] == ["line 3", "line 4"]


def test_deep_nesting_refuses_the_file_and_says_where(open_log, tmp_path: Path) -> None:
    path = tmp_path / "deep.json"
    path.write_text('{"sessions": [\n' + "[" * 100_000 + "]" * 100_000 + "]}")
    report = import_file(open_log(), path)
    assert "nested more than 64 levels deep (line 2)" in report.refused


def test_no_message_ends_in_an_empty_reason(open_log, tmp_path: Path) -> None:
    path = tmp_path / "bytes.csv"
    path.write_bytes(b"started_at,\xff\xfe\n")
    report = import_file(open_log(), path)
    assert "not UTF-8 text" in report.refused and ": ." not in " ".join(report.lines())
