"""Export the log to CSV/JSON and import it back: validated, deduplicated, all or nothing.

JSON is format version 2: ``sessions`` plus a ``checkins`` list (app/storage/checkin_exchange.py);
version 1 files (sessions only) still import. CSV keeps check-ins in a second file.

CSV opens cleanly in a spreadsheet: UTF-8 with a byte-order mark, one header row, and
text cells that a spreadsheet would run as a formula (=, +, -, @, tab, CR) are prefixed
with an apostrophe (removed again on import).

An import reads at most MAX_BYTES (checked before reading anything) and MAX_ROWS rows. Any
invalid row rejects the whole import (each bad row is named); duplicates of sessions
already in the log or earlier in the file are skipped and listed. Good rows go in with one
transaction.
"""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from app.core.atomic import atomic_write_text
from app.core.jsonfile import JsonFileError, loads_json
from app.core.records import KINDS, SOURCES
from app.core.streaks import zone

from app.storage.checkin_exchange import (
    CHECKIN_FIELDS,
    checkin_record,
    checkins_csv_path,
    csv_checkin_records,
    existing_checkin_keys,
    export_checkins_csv,
    is_checkin_header,
    json_checkin_records,
    parse_checkin,
)
from app.storage.counselor import CheckinRow
from app.storage.log import PracticeLog
from app.storage.rows import MAX_NOTE, MAX_SESSION_S, SessionRow, utc_ms

FIELDS = ("started_at", "time_zone", "local_date", "duration_s", "planned_s", "practice",
          "completed", "mood_before", "mood_after", "note", "source")
EXTRA_FIELDS = ("practice_title", "kind", "status", "note_shared")
JSON_VERSION = 2  # 2 adds "checkins" and "note_shared"; 1 still imports
ALL_FIELDS = FIELDS + EXTRA_FIELDS
MB = 1024 * 1024  # the MB of every size message, and of docs/practice-log.md
MAX_BYTES = 64 * MB
MAX_ROWS = 250_000
MAX_TEXT = 200
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
TRUE = {"true", "yes", "1"}
FALSE = {"false", "no", "0"}


class ImportRefused(Exception):
    """The file as a whole cannot be imported (size, format, columns)."""


@dataclass
class ImportReport:
    file: Path
    added: int = 0
    added_checkins: int = 0
    recomputed: int = 0  # check-ins whose score or band in the file was wrong
    duplicates: list[str] = field(default_factory=list)
    rejected: list[str] = field(default_factory=list)
    refused: str = ""

    @property
    def ok(self) -> bool:
        return not self.refused and not self.rejected

    def lines(self) -> list[str]:
        name = self.file.name
        if self.refused:
            return [f"{name}: not imported: {self.refused}"]
        out = [f"{name}: {r}" for r in self.rejected]
        out += [f"{name}: skipped duplicate: {d}" for d in self.duplicates]
        if self.rejected:
            out.append(f"{name}: nothing imported: {len(self.rejected)} bad row(s). Fix or "
                       "remove them and import again.")
        else:
            checkins = (f", {self.added_checkins} check-in(s)" if self.added_checkins else "")
            out.append(f"{name}: imported {self.added} session(s){checkins}, skipped "
                       f"{len(self.duplicates)} duplicate(s).")
            if self.recomputed:
                out.append(f"{name}: {self.recomputed} check-in score(s) in the file did not "
                           "match their answers; Rewire used the scores of the answers.")
        return out


# -- export ------------------------------------------------------------------------------
def row_record(row: SessionRow) -> dict[str, Any]:
    started = row.started_at
    spec = "seconds" if row.started_utc_ms % 1000 == 0 else "milliseconds"
    return {
        "started_at": started.isoformat(timespec=spec),
        "time_zone": row.time_zone,
        "local_date": row.local_date.isoformat(),
        "duration_s": round(row.duration_s, 3),
        "planned_s": row.planned_s,
        "practice": row.practice_id,
        "completed": row.completed,
        "mood_before": row.mood_before,
        "mood_after": row.mood_after,
        "note": row.note,
        "source": row.source,
        "practice_title": row.practice_title,
        "kind": row.kind,
        "status": row.status,
        "note_shared": row.note_shared,
    }


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    text = str(value)
    return "'" + text if text.startswith(FORMULA_START) else text


def export_csv(rows: Iterable[SessionRow]) -> str:
    out = io.StringIO()
    out.write("\ufeff")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(ALL_FIELDS)
    for row in rows:
        record = row_record(row)
        writer.writerow([_cell(record[k]) for k in ALL_FIELDS])
    return out.getvalue()


def export_json(rows: Iterable[SessionRow], now: datetime,
                checkins: Iterable[CheckinRow] = ()) -> str:
    data = {"format": "rewire-practice-log", "version": JSON_VERSION,
            "exported_at": now.astimezone(UTC).isoformat(timespec="seconds"),
            "sessions": [row_record(r) for r in rows],
            "checkins": [checkin_record(c) for c in checkins]}
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def export_text(practice_log: PracticeLog, fmt: str, only_checkins: bool = False) -> str:
    """The whole export as one text (for stdout): JSON holds the sessions and the check-ins;
    CSV holds the sessions, or with `only_checkins` the check-ins."""
    if fmt == "json":
        return export_json(practice_log.all_rows(), practice_log.clock.now(),
                           practice_log.checkins())
    if only_checkins:
        return export_checkins_csv(practice_log.checkins())
    return export_csv(practice_log.all_rows())


def export_files(practice_log: PracticeLog, path: Path, fmt: str) -> list[Path]:
    """Write the export to `path` (the Journal's Export and `rewire log export FILE`), each
    file atomically: JSON is one file; CSV puts the check-ins, if any, in a second CSV beside
    it (docs/practice-log.md). Returns the files written; OSError, whose filename is the file
    that could not be written (nothing of it half written), when one cannot be."""
    if fmt == "json":
        files = [(path, export_text(practice_log, "json"))]
    else:
        files = [(path, export_csv(practice_log.all_rows()))]
        checkins = practice_log.checkins()
        if checkins:
            files.append((checkins_csv_path(path), export_checkins_csv(checkins)))
    for target, text in files:
        try:
            atomic_write_text(target, text)
        except OSError as exc:  # name the file the person chose, not a temporary one
            raise OSError(exc.errno, exc.strerror or str(exc), str(target)) from exc
    return [target for target, _text in files]


# -- import ------------------------------------------------------------------------------
def _text(record: dict[str, Any], key: str, limit: int = MAX_TEXT, required: bool = False) -> str:
    value = record.get(key)
    value = "" if value is None else value
    if not isinstance(value, str):
        raise ValueError(f"{key} must be text, not {_shown(value)}")
    if "\x00" in value:
        raise ValueError(f"{key} holds a NUL character (a byte of value 0), which is not text")
    if value.startswith("'") and value[1:].startswith(FORMULA_START):
        value = value[1:]
    if len(value) > limit:
        raise ValueError(f"{key} is longer than {limit} characters")
    if required and not value.strip():
        raise ValueError(f"{key} is empty")
    return value


def _number(record: dict[str, Any], key: str, low: float, high: float,
            optional: bool = False) -> float | None:
    value = record.get(key)
    if value is None or value == "":
        if optional:
            return None
        raise ValueError(f"{key} is missing")
    if isinstance(value, bool) or not isinstance(value, str | int | float | LongNumber):
        raise ValueError(f"{key} must be a number, not {_shown(value)}")
    digits = str(value).strip().lstrip("+-")
    if len(digits) > 30:
        raise ValueError(f"{key} is a number written with {len(digits)} digits; a real "
                         f"{key} has a few")
    try:
        number = float(value)
    except (ValueError, OverflowError):
        number = None
    if number is None or number != number or number in (float("inf"), float("-inf")):
        raise ValueError(f"{key} must be a number, not {_shown(value)}")
    if not low <= number <= high:
        raise ValueError(f"{key} must be between {low:g} and {high:g}, not {number:g}")
    return number


def _flag(record: dict[str, Any], key: str, default: bool) -> bool:
    value = record.get(key)
    if value is None or value == "":
        return default
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().lower() in TRUE | FALSE:
        return value.strip().lower() in TRUE
    raise ValueError(f"{key} must be true or false")


class LongNumber(str):
    """A JSON number too long to convert safely, kept as its text so the row can be named."""


def _shown(value: Any) -> str:
    """A value as the report shows it: short, and saying what kind of thing it is."""
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, list):
        return "a list"
    text = str(value)
    return repr(text[:20] + ("..." if len(text) > 20 else ""))


def _started(raw_start: str, now: datetime) -> datetime:
    try:
        started = datetime.fromisoformat(raw_start.strip())
    except ValueError:
        raise ValueError(f"started_at {raw_start[:40]!r} is not an ISO 8601 time") from None
    if started.tzinfo is None:
        raise ValueError("started_at has no UTC offset")
    if started.year < 1990:
        raise ValueError(f"started_at {raw_start} is before 1990")
    try:
        utc = started.astimezone(UTC)
    except OverflowError:  # 9999-12-31 with a negative offset is past the calendar's end
        raise ValueError(f"started_at {raw_start} is outside the calendar Rewire can "
                         "store") from None
    if utc > now + timedelta(minutes=5):
        raise ValueError(f"started_at {raw_start} is in the future")
    return started


def parse_record(record: dict[str, Any], now: datetime) -> SessionRow:
    """One imported session, validated. Raises ValueError naming the problem."""
    raw_start = _text(record, "started_at", 40, required=True)
    started = _started(raw_start, now)
    tz_name = _text(record, "time_zone", 64, required=True).strip()
    expected = started.astimezone(zone(tz_name)).utcoffset()  # zone(): ValueError if unknown
    if started.utcoffset() != expected:
        raise ValueError(f"started_at {raw_start} has the offset {_offset(started.utcoffset())}, "
                         f"but {tz_name} was at {_offset(expected)} at that moment")
    local_date = _text(record, "local_date", 10, required=True)
    if local_date != started.date().isoformat():
        raise ValueError(f"local_date {local_date} does not match started_at {raw_start}")
    offset = started.utcoffset() or timedelta(0)
    duration = _number(record, "duration_s", 0, MAX_SESSION_S) or 0.0
    planned = _number(record, "planned_s", 1, MAX_SESSION_S, optional=True)
    practice = _text(record, "practice", required=True).strip()
    moods = [_number(record, k, 1, 5, optional=True) for k in ("mood_before", "mood_after")]
    if any(m is not None and not m.is_integer() for m in moods):
        raise ValueError("moods must be whole numbers from 1 to 5")
    source = _text(record, "source").strip() or "import"
    if source not in SOURCES:
        raise ValueError(f"source must be one of {', '.join(SOURCES)}")
    kind = _text(record, "kind").strip() or ("manual" if source == "manual" else "timer")
    if kind not in KINDS:
        raise ValueError(f"kind must be one of {', '.join(KINDS)}")
    status = _text(record, "status").strip() or "done"
    if status not in ("done", "partial"):
        raise ValueError("status must be done or partial")
    return SessionRow(
        id=0, practice_id=practice, practice_title=_text(record, "practice_title"), kind=kind,
        source=source, started_utc_ms=utc_ms(started),
        utc_offset_min=int(offset.total_seconds() // 60), time_zone=tz_name,
        local_day=started.date().toordinal(), local_minute=started.hour * 60 + started.minute,
        planned_s=None if planned is None else int(planned),
        duration_ms=round(duration * 1000), status=status,
        completed=_flag(record, "completed", True) and status == "done",
        mood_before=None if moods[0] is None else int(moods[0]),
        mood_after=None if moods[1] is None else int(moods[1]),
        note=_text(record, "note", MAX_NOTE), updated_utc_ms=utc_ms(now),
        note_shared=_flag(record, "note_shared", False))


def _offset(delta: timedelta | None) -> str:
    minutes = int((delta or timedelta(0)).total_seconds() // 60)
    sign = "-" if minutes < 0 else "+"
    return f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


Records = Iterator[tuple[str, dict[str, Any]]]


def _csv_records(path: Path) -> tuple[Records, Records]:
    with open(path, encoding="utf-8-sig", newline="") as fh:
        try:
            header = [h.strip() for h in next(csv.reader(fh))]
        except StopIteration:
            raise ImportRefused("the file is empty") from None
    if is_checkin_header(header):
        missing = [f for f in CHECKIN_FIELDS if f not in header]
        unknown = [h for h in header if h not in CHECKIN_FIELDS]
        if missing or unknown:
            raise ImportRefused("a check-ins file needs the columns " + ", ".join(CHECKIN_FIELDS))
        return iter(()), csv_checkin_records(path)
    return _csv_sessions(path), iter(())


def _csv_sessions(path: Path) -> Records:
    with open(path, encoding="utf-8-sig", newline="") as fh:
        reader = csv.reader(fh)
        header = [h.strip() for h in next(reader)]
        missing = [f for f in FIELDS if f not in header]
        unknown = [h for h in header if h not in ALL_FIELDS]
        if missing or unknown or len(set(header)) != len(header):
            parts = []
            if missing:
                parts.append("missing column(s): " + ", ".join(missing))
            if unknown:
                parts.append("unknown column(s): " + ", ".join(u[:30] for u in unknown[:10]))
            if len(set(header)) != len(header):
                parts.append("a column appears twice")
            raise ImportRefused("; ".join(parts) + ". Expected: " + ", ".join(FIELDS))
        for cells in reader:
            where = f"line {reader.line_num}"
            if not any(c.strip() for c in cells):
                continue
            if len(cells) != len(header):
                yield where, {"_error": f"has {len(cells)} cells, expected {len(header)}"}
                continue
            yield where, dict(zip(header, cells, strict=True))


def _json_records(path: Path) -> tuple[Records, Records]:
    try:
        data = loads_json(path.read_bytes(), path, long_numbers=LongNumber)
    except JsonFileError as exc:
        raise ImportRefused(exc.problem) from None
    sessions = data.get("sessions") if isinstance(data, dict) else data
    if not isinstance(sessions, list):
        raise ImportRefused("it holds no list of sessions")
    version = data.get("version", 1) if isinstance(data, dict) else 1
    if isinstance(version, int) and not isinstance(version, bool) and version > JSON_VERSION:
        raise ImportRefused(f"it was made by a newer Rewire (format version {version})")
    checkins = data.get("checkins") if isinstance(data, dict) else None
    return (_json_sessions(sessions),
            json_checkin_records(checkins) if checkins is not None else iter(()))


def _json_sessions(sessions: list[Any]) -> Records:
    for i, item in enumerate(sessions, start=1):
        if not isinstance(item, dict):
            yield f"session #{i}", {"_error": "is not an object"}
            continue
        unknown = [k for k in item if k not in ALL_FIELDS]
        if unknown:
            yield f"session #{i}", {"_error": "unknown field(s): " + ", ".join(unknown[:5])}
            continue
        yield f"session #{i}", item


def read_records(path: Path) -> tuple[Records, Records]:
    """(sessions, check-ins) of an export, each as (where, record) pairs."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ImportRefused(f"it cannot be read ({exc.strerror or exc})") from None
    if size > MAX_BYTES:
        raise ImportRefused(f"it is {size / MB:,.0f} MB; Rewire imports files up to "
                            f"{MAX_BYTES // MB} MB")
    with open(path, "rb") as fh:
        head = fh.read(64).lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith((b"{", b"[")):
        return _json_records(path)
    if b"\x00" in head:
        raise ImportRefused("it is not a CSV or JSON text file")
    return _csv_records(path)


def import_file(practice_log: PracticeLog, path: Path) -> ImportReport:
    """Validate every session and check-in, then add the good ones in one transaction (or
    none)."""
    report = ImportReport(Path(path))
    now = practice_log.clock.now()
    good: list[tuple[str, SessionRow]] = []
    good_checkins: list[tuple[str, CheckinRow]] = []
    try:
        sessions, checkins = read_records(path)
        for count, (where, record) in enumerate(sessions, start=1):
            if count > MAX_ROWS:
                raise ImportRefused(f"it has more than {MAX_ROWS:,} sessions")
            if "_error" in record:
                report.rejected.append(f"{where}: {record['_error']}")
                continue
            try:
                good.append((where, parse_record(record, now)))
            except (ValueError, OverflowError) as exc:
                report.rejected.append(f"{where}: {exc or 'a value cannot be used'}")
        for count, (where, record) in enumerate(checkins, start=1):
            if count > MAX_ROWS:
                raise ImportRefused(f"it has more than {MAX_ROWS:,} check-ins")
            if "_error" in record:
                report.rejected.append(f"{where}: {record['_error']}")
                continue
            try:
                parsed, differs = parse_checkin(record, now)
            except (ValueError, OverflowError) as exc:
                report.rejected.append(f"{where}: {exc or 'a value cannot be used'}")
                continue
            good_checkins.append((where, parsed))
            report.recomputed += int(differs)
    except ImportRefused as exc:
        report.refused = str(exc)
        return report
    except UnicodeDecodeError as exc:
        report.refused = (f"it is not UTF-8 text (the byte at position {exc.start} cannot be "
                          "read); save it as UTF-8 (in a spreadsheet: CSV UTF-8)")
        return report
    except csv.Error as exc:
        report.refused = f"it is not a CSV file Rewire can read ({exc})"
        return report
    except OSError as exc:
        report.refused = f"it cannot be read ({exc.strerror or exc})"
        return report
    if report.rejected:
        return report
    seen = _existing_keys(practice_log.conn, [r for _w, r in good])
    fresh: list[SessionRow] = []
    for where, row in good:
        key = (row.started_utc_ms // 1000, row.practice_id)
        if key in seen:
            report.duplicates.append(f"{where} ({row.started_at.isoformat()} {row.practice_id})")
            continue
        seen.add(key)
        fresh.append(row)
    seen_checkins = existing_checkin_keys(practice_log.conn)
    fresh_checkins: list[CheckinRow] = []
    for where, checkin in good_checkins:
        ckey = (checkin.instrument, checkin.taken_utc_ms // 1000)
        if ckey in seen_checkins:
            report.duplicates.append(
                f"{where} ({checkin.taken_at.isoformat()} {checkin.instrument})")
            continue
        seen_checkins.add(ckey)
        fresh_checkins.append(checkin)
    if not fresh and not fresh_checkins:
        return report
    practice_log.backup_now("before import")
    if not practice_log.add_rows(fresh, fresh_checkins):
        report.refused = "the practice log could not be written; nothing was imported"
        return report
    report.added = len(fresh)
    report.added_checkins = len(fresh_checkins)
    return report


def _existing_keys(conn: sqlite3.Connection, rows: list[SessionRow]) -> set[tuple[int, str]]:
    if not rows:
        return set()
    low = min(r.started_utc_ms for r in rows) - 1000
    high = max(r.started_utc_ms for r in rows) + 1000
    found = conn.execute("SELECT started_utc_ms / 1000, practice_id FROM sessions "
                         "WHERE started_utc_ms BETWEEN ? AND ?", (low, high))
    return {(int(s), str(p)) for s, p in found}
