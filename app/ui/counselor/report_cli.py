"""`rewire report`: the session summary as a PDF, from the command line.

  rewire report [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--weeks N] [--lang en|es] --out FILE.pdf

Without --from, the period starts on the day of the last appointment, else it is the last
--weeks weeks (default 2); --to defaults to today. It writes only FILE. Exit codes: 0 done,
1 FILE could not be written, 2 usage, 3 log unavailable. Needs no display: Qt runs offscreen.
"""

from __future__ import annotations

import argparse
import os
import sys
from datetime import date
from pathlib import Path

from app.core.paths import DataPaths


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--from", dest="first", metavar="YYYY-MM-DD", help="first day")
    parser.add_argument("--to", dest="last", metavar="YYYY-MM-DD", help="last day (today)")
    parser.add_argument("--weeks", type=int, metavar="N",
                        help="the last N weeks (1-12) when --from is not given")
    parser.add_argument("--lang", choices=("en", "es"), help="language (default: settings)")
    parser.add_argument("--out", required=True, metavar="FILE.pdf", help="the PDF to write")


def _date(value: str | None, flag: str) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise SystemExit(f"rewire report: {flag} {value!r} is not a date like 2026-12-01"
                         ) from None


def run(args: argparse.Namespace, paths: DataPaths) -> int:
    try:
        first, last = _date(args.first, "--from"), _date(args.last, "--to")
    except SystemExit as exc:
        print(exc, file=sys.stderr)
        return 2
    if args.weeks is not None and not 1 <= args.weeks <= 12:
        print("rewire report: --weeks must be from 1 to 12", file=sys.stderr)
        return 2
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    from app.core.clinic import load_clinic
    from app.core.settings import SettingsStore

    from app.storage.log import PracticeLog

    from app.ui.counselor.summary_source import language_and_titles, summary_for
    from app.ui.shell.i18n import install_translators

    settings = SettingsStore.load(paths.settings_file).settings
    app = QGuiApplication.instance() or QGuiApplication(["rewire-report"])
    language = install_translators(app, args.lang or settings.general.language)
    try:
        practice_log = PracticeLog.in_folder(paths.data, recover=False, auto_backup=False)
    except Exception as exc:
        print(f"rewire report: cannot open the practice log in {paths.data}: {exc}",
              file=sys.stderr)
        return 3
    try:
        if practice_log.refused:
            for notice in practice_log.notices:
                print(f"rewire report: {notice.describe()}", file=sys.stderr)
            return 3
        clinic, _notice = load_clinic()
        titles = language_and_titles(language)
        summary, writer = summary_for(practice_log, paths, settings, clinic, language, titles,
                                      first=first, last=last, weeks=args.weeks)
        if summary.last < summary.first:
            print("rewire report: --to is before --from", file=sys.stderr)
            return 2
        from app.ui.counselor.pdf import write_pdf

        out = Path(args.out)
        try:
            write_pdf(writer.document(summary), out, writer.tr("My practice summary"))
        except OSError as exc:
            print(f"rewire report: cannot write {out}: {exc.strerror or exc}", file=sys.stderr)
            return 1
        print(f"rewire report: wrote {out} ({summary.first} to {summary.last})")
        return 0
    finally:
        practice_log.close()
