"""`rewire kiosk ...`: set the staff PIN, export the anonymous counts, show the kiosk status.

    rewire kiosk set-pin              prompts twice, never echoes (or reads one line from stdin)
    rewire kiosk export-counts [FILE] CSV of date, practice, sessions, minutes (stdout without FILE)
    rewire kiosk status               what is set up, and what is missing
"""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path

from app.core.atomic import atomic_write_text
from app.core.paths import DataPaths
from app.core.settings import SettingsStore

from app.kiosk.adminlog import admin_log_file, read_admin_exits
from app.kiosk.config import kiosk_file, load_pin, save_pin
from app.kiosk.counts import counts_csv, counts_file, load_counts
from app.kiosk.pin import MAX_DIGITS, MIN_DIGITS, PinError, check_pin_format, hash_pin


def add_arguments(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="kiosk_command", metavar="ACTION", required=True)
    sub.add_parser("set-pin", help="set the staff PIN that unlocks the kiosk",
                   description=f"Set the staff PIN ({MIN_DIGITS}-{MAX_DIGITS} digits). It is "
                   "asked twice and never shown; from a pipe, one line is read from stdin.")
    export = sub.add_parser("export-counts", help="export the anonymous counts as CSV")
    export.add_argument("file", nargs="?", metavar="FILE",
                        help="write the CSV here (default: print it)")
    sub.add_parser("status", help="show whether a PIN is set and how the kiosk is set up")


def run(args: argparse.Namespace, paths: DataPaths) -> int:
    command = args.kiosk_command
    if command == "set-pin":
        return _set_pin(paths)
    if command == "export-counts":
        return _export_counts(paths, args.file)
    return _status(paths)


def _read_pin() -> str:
    if not sys.stdin.isatty():
        line = sys.stdin.readline()
        if not line:
            raise PinError("no PIN on standard input")
        return check_pin_format(line.strip())
    first = getpass.getpass(f"New staff PIN ({MIN_DIGITS}-{MAX_DIGITS} digits): ")
    check_pin_format(first)
    second = getpass.getpass("Type it again: ")
    if second != first:
        raise PinError("the two PINs are not the same")
    return first


def _set_pin(paths: DataPaths) -> int:
    try:
        pin = _read_pin()
    except PinError as exc:
        print(f"rewire kiosk: {exc}; the PIN was not changed.", file=sys.stderr)
        return 1
    except (EOFError, KeyboardInterrupt):
        print("\nrewire kiosk: cancelled; the PIN was not changed.", file=sys.stderr)
        return 1
    try:
        path = save_pin(paths, hash_pin(pin))
    except OSError as exc:
        print(f"rewire kiosk: could not write {kiosk_file(paths)}: {exc}", file=sys.stderr)
        return 1
    print(f"Staff PIN saved (as a salted scrypt hash) in {path}.")
    return 0


def _export_counts(paths: DataPaths, target: str | None) -> int:
    try:
        table = load_counts(counts_file(paths))
    except ValueError as exc:
        print(f"rewire kiosk: {exc}", file=sys.stderr)
        return 1
    text = counts_csv(table)
    if target is None:
        sys.stdout.write(text)
        return 0
    try:
        atomic_write_text(Path(target), text)
    except OSError as exc:
        print(f"rewire kiosk: could not write {target}: {exc}", file=sys.stderr)
        return 1
    rows = text.count("\n") - 1
    print(f"Wrote {rows} row{'s' if rows != 1 else ''} to {target}.")
    return 0


def _status(paths: DataPaths) -> int:
    kiosk = SettingsStore.load(paths.settings_file).settings.kiosk
    pin, notice = load_pin(paths)
    if notice:
        pin_text = f"unusable ({notice.text})"
    else:
        pin_text = "set" if pin else "NOT SET - staff cannot exit; run 'rewire kiosk set-pin'"
    exits = read_admin_exits(paths)
    lines = [
        f"Kiosk mode at start: {'on' if kiosk.enabled else 'off'} "
        f"(settings.json kiosk.enabled; or start with --kiosk)",
        f"Staff PIN: {pin_text}",
        f"Idle: {kiosk.idle_s} s, then a {kiosk.warning_s} s 'Still there?' countdown; "
        f"{kiosk.after_practice_s} s after a practice",
        f"Volume ceiling: {kiosk.volume_ceiling}%",
        f"Practices: {', '.join(kiosk.practices)} (up to {kiosk.max_minutes} min)",
        f"Staff corner: {kiosk.gesture_corner} (five taps within three seconds)",
        f"Anonymous counts: {'on' if kiosk.anonymous_counts else 'off'} ({counts_file(paths)})",
        f"Admin exits logged: {len(exits)}" + (f", last {exits[-1]}" if exits else "")
        + f" ({admin_log_file(paths)})",
    ]
    print("\n".join(lines))
    return 0
