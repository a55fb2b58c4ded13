"""Check-ins in exports and imports (docs/practice-log.md, "Check-ins").

JSON (format version 2) carries a top-level ``checkins`` list beside ``sessions``; CSV puts
them in a second file, ``<name>.checkins.csv``, beside the sessions file. Each check-in has
``instrument`` (phq9 | gad7), ``taken_at`` (ISO 8601 with its UTC offset), ``time_zone``
(IANA), ``answers`` (the item answers 0-3 in order), ``score`` and ``band``. An import
checks every one (a wrong number of answers or an answer outside 0-3 refuses the whole file)
and recomputes score and band from the answers: a file's own figures are never trusted.
"""

from __future__ import annotations

import csv
import io
import sqlite3
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from app.core.instruments import INSTRUMENT_IDS, InstrumentError
from app.core.streaks import zone

from app.storage.counselor import CheckinRow, new_checkin

CHECKIN_FIELDS = ("instrument", "taken_at", "time_zone", "local_date", "answers", "score",
                  "band")
REQUIRED = ("instrument", "taken_at", "time_zone", "answers")


def checkin_record(row: CheckinRow) -> dict[str, Any]:
    return {"instrument": row.instrument,
            "taken_at": row.taken_at.isoformat(timespec="seconds"),
            "time_zone": row.time_zone,
            "local_date": datetime.fromordinal(row.local_day).date().isoformat(),
            "answers": list(row.answers), "score": row.score, "band": row.band}


def checkins_csv_path(sessions_file: Path) -> Path:
    """Where the check-ins of a CSV export go: ``log.csv`` -> ``log.checkins.csv``."""
    return sessions_file.with_name(sessions_file.stem + ".checkins.csv")


def export_checkins_csv(rows: Iterable[CheckinRow]) -> str:
    out = io.StringIO()
    out.write("\ufeff")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CHECKIN_FIELDS)
    for row in rows:
        record = checkin_record(row)
        record["answers"] = " ".join(str(a) for a in row.answers)
        writer.writerow([record[k] for k in CHECKIN_FIELDS])
    return out.getvalue()


def is_checkin_header(header: list[str]) -> bool:
    return "instrument" in header and "answers" in header


def parse_checkin(record: dict[str, Any], now: datetime) -> tuple[CheckinRow, bool]:
    """One imported check-in, validated and scored; the flag is True when the file's score
    or band differed from the recomputed ones. Raises ValueError naming the problem."""
    unknown = [k for k in record if k not in CHECKIN_FIELDS]
    if unknown:
        raise ValueError("unknown field(s): " + ", ".join(str(u)[:30] for u in unknown[:5]))
    missing = [k for k in REQUIRED if record.get(k) in (None, "")]
    if missing:
        raise ValueError(f"{missing[0]} is missing")
    ident = record["instrument"]
    if ident not in INSTRUMENT_IDS:
        raise ValueError(f"instrument must be phq9 or gad7, not {str(ident)[:20]!r}")
    raw_time = record["taken_at"]
    if not isinstance(raw_time, str):
        raise ValueError("taken_at must be text")
    try:
        taken = datetime.fromisoformat(raw_time.strip())
    except ValueError:
        raise ValueError(f"taken_at {raw_time[:40]!r} is not an ISO 8601 time") from None
    if taken.tzinfo is None:
        raise ValueError("taken_at has no UTC offset")
    if taken.astimezone(UTC) > now + timedelta(minutes=5):
        raise ValueError(f"taken_at {raw_time} is in the future")
    if taken.year < 1990:
        raise ValueError(f"taken_at {raw_time} is before 1990")
    tz_name = str(record["time_zone"]).strip()
    zone(tz_name)  # ValueError for an unknown zone
    local_date = record.get("local_date")
    if local_date not in (None, "") and local_date != taken.date().isoformat():
        raise ValueError(f"local_date {str(local_date)[:10]} does not match taken_at {raw_time}")
    answers = record["answers"]
    if isinstance(answers, str):
        try:
            answers = [int(a) for a in answers.split()]
        except ValueError:
            raise ValueError("answers must be whole numbers from 0 to 3") from None
    try:
        row = new_checkin(ident, answers, taken, tz_name, source="import")
    except InstrumentError as exc:
        raise ValueError(str(exc)) from None
    given_score, given_band = record.get("score"), record.get("band")
    differs = ((given_score not in (None, "") and str(given_score) != str(row.score))
               or (given_band not in (None, "") and given_band != row.band))
    # taken_at keeps the offset it was written with: the local day is the one in its zone
    return row, bool(differs)


def csv_checkin_records(path: Path) -> Iterator[tuple[str, dict[str, Any]]]:
    with open(path, encoding="utf-8-sig", newline="") as fh:
        reader = csv.reader(fh)
        header = [h.strip() for h in next(reader)]
        for cells in reader:
            where = f"line {reader.line_num}"
            if not any(c.strip() for c in cells):
                continue
            if len(cells) != len(header):
                yield where, {"_error": f"has {len(cells)} cells, expected {len(header)}"}
                continue
            yield where, dict(zip(header, cells, strict=True))


def json_checkin_records(items: Any) -> Iterator[tuple[str, dict[str, Any]]]:
    if not isinstance(items, list):
        yield "checkins", {"_error": "is not a list"}
        return
    for i, item in enumerate(items, start=1):
        where = f"check-in #{i}"
        if not isinstance(item, dict):
            yield where, {"_error": "is not an object"}
            continue
        yield where, item


def existing_checkin_keys(conn: sqlite3.Connection) -> set[tuple[str, int]]:
    return {(str(i), int(ms) // 1000) for i, ms in
            conn.execute("SELECT instrument, taken_utc_ms FROM checkins")}
