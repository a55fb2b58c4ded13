"""`rewire log ...`: export, import and summarise the practice log from the command line.

  rewire log export --format csv|json [FILE]     (stdout without FILE; CSV check-ins go to
                                                  FILE's .checkins.csv, or --checkins)
  rewire log import FILE                         (exit 1 and no change when any row is bad)
  rewire log stats --json [--as-of YYYY-MM-DD] [--from YYYY-MM-DD --to YYYY-MM-DD]

All honour --data-dir. Exit codes: 0 done, 1 import refused, 2 usage, 3 log unavailable.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from app.core.paths import DataPaths

if TYPE_CHECKING:
    from app.storage.log import PracticeLog


def add_arguments(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="log_command", metavar="ACTION", required=True)
    export = sub.add_parser("export", help="write every session to CSV or JSON")
    export.add_argument("--format", choices=("csv", "json"), default="csv")
    export.add_argument("file", nargs="?", metavar="FILE", help="output file (default: stdout)")
    export.add_argument("--checkins", action="store_true",
                        help="CSV to stdout: write the check-ins instead of the sessions")
    imp = sub.add_parser("import", help="add sessions from a CSV or JSON export")
    imp.add_argument("file", metavar="FILE")
    stats = sub.add_parser("stats", help="streaks and totals")
    stats.add_argument("--json", action="store_true", help="print JSON")
    stats.add_argument("--as-of", metavar="YYYY-MM-DD", help="compute for this day")
    stats.add_argument("--from", dest="first", metavar="YYYY-MM-DD",
                       help="also the figures of the period from this day (with --to)")
    stats.add_argument("--to", dest="last", metavar="YYYY-MM-DD",
                       help="last day of the period (default: --as-of or today)")


def run(args: argparse.Namespace, paths: DataPaths) -> int:
    from app.storage.log import PracticeLog

    action = getattr(args, "log_command", None)
    dates: dict[str, date | None] = {"as_of": None, "first": None, "last": None}
    if action == "stats":
        for key, flag in (("as_of", "--as-of"), ("first", "--from"), ("last", "--to")):
            value = getattr(args, key, None)
            if not value:
                continue
            try:
                dates[key] = date.fromisoformat(value)
            except ValueError:
                print(f"rewire log stats: {flag} {value!r} is not a date like 2026-03-01",
                      file=sys.stderr)
                return 2
        if dates["last"] is not None and dates["first"] is None:
            print("rewire log stats: --to needs --from", file=sys.stderr)
            return 2
    as_of = dates["as_of"]
    try:
        practice_log = PracticeLog.in_folder(paths.data, recover=False, auto_backup=False)
    except Exception as exc:
        print(f"rewire log: cannot open the practice log in {paths.data}: {exc}", file=sys.stderr)
        return 3
    try:
        for notice in practice_log.notices:
            print(f"rewire log: {notice.describe()}", file=sys.stderr)
        if practice_log.refused:
            return 3
        if action == "export":
            return _export(practice_log, args.format, args.file, bool(args.checkins))
        if action == "import":
            return _import(practice_log, Path(args.file))
        return _stats(practice_log, paths, as_of, bool(args.json), dates["first"],
                      dates["last"])
    except BrokenPipeError:  # `rewire log export | head`: the reader left; not an error
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    finally:
        practice_log.close()


def _export(practice_log: PracticeLog, fmt: str, file: str | None,
            only_checkins: bool = False) -> int:
    from app.storage.exchange import export_files, export_text

    if file is None:
        sys.stdout.buffer.write(export_text(practice_log, fmt, only_checkins).encode("utf-8"))
        sys.stdout.flush()
        return 0
    try:
        export_files(practice_log, Path(file), fmt)
    except OSError as exc:
        print(f"rewire log export: cannot write {exc.filename or file}: "
              f"{exc.strerror or exc}", file=sys.stderr)
        return 1
    return 0


def _import(practice_log: PracticeLog, file: Path) -> int:
    from app.storage.exchange import import_file

    report = import_file(practice_log, file)
    stream = sys.stdout if report.ok else sys.stderr
    for line in report.lines():
        print(line, file=stream)
    return 0 if report.ok else 1


def _stats(practice_log: PracticeLog, paths: DataPaths, as_of: date | None, as_json: bool,
           first: date | None = None, last: date | None = None) -> int:
    from app.core.settings import SettingsStore

    rules = SettingsStore.load(paths.settings_file).settings.journal.streak_rules()
    today = as_of.toordinal() if as_of else None
    data = practice_log.stats(rules, today).as_json()
    if first is not None:
        from app.storage.summary_data import period_summary

        end = last or as_of or date.fromordinal(practice_log.today(rules))
        if end < first:
            print("rewire log stats: --to is before --from", file=sys.stderr)
            return 2
        data["period"] = period_summary(practice_log, paths, rules, first, end).stats_json()
    if as_json:
        print(json.dumps(data, indent=2, sort_keys=True))
    else:
        for key, value in data.items():
            print(f"{key.replace('_', ' ')}: {value}")
    return 0
