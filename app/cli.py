"""Command line: `rewire [--data-dir DIR] [--kiosk]` starts the app;
`rewire log ...` and `rewire kiosk ...` are scripting subcommands.

Everything a subcommand or the app writes goes under --data-dir when it is given.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from app import APP_NAME, __version__

from app.core.logfile import RotatingLogFile
from app.core.paths import DataPaths

# Subcommands: name -> module with add_arguments(parser) and run(args, paths) -> int.
SUBCOMMANDS = {
    "log": ("app.storage.cli", "Export, import and summarise your practice log."),
    "kiosk": ("app.kiosk.cli", "Set up the clinic waiting-room kiosk (admin PIN, counts)."),
    "report": ("app.ui.counselor.report_cli",
               "Write the summary you bring to your counselor as a PDF."),
}


def requested_command(argv: Sequence[str]) -> str | None:
    """The subcommand named on the command line, if any (found without importing it)."""
    skip_next = False
    for arg in argv:
        if skip_next:
            skip_next = False
            continue
        if arg in ("--data-dir", "--page", "--open-article"):
            skip_next = True
            continue
        if not arg.startswith("-"):
            return arg
    return None


def build_parser(load: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The parser. Only the subcommands in `load` import their modules (None: all of them),
    so starting the app does not pay for the scripting commands."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data-dir",
        metavar="DIR",
        help="keep everything (log, settings, cache, log files) under DIR (portable mode)",
    )
    parser = argparse.ArgumentParser(
        prog="rewire",
        description=f"{APP_NAME}: guided practice, readings on brain change and a private "
        "practice log.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument(
        "--kiosk", action="store_true", help="start the clinic waiting-room kiosk (full screen)"
    )
    parser.add_argument(
        "--page",
        choices=["home", "practice", "readings", "journal", "counselor", "settings"],
        help="open this page first",
    )
    parser.add_argument(
        "--open-article", metavar="ID",
        help="open this reading first (e.g. neuroplasticity-basics; for screenshots and tests)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, (module_name, help_text) in SUBCOMMANDS.items():
        sub_parser = sub.add_parser(name, help=help_text, description=help_text)
        sub_parser.add_argument("--data-dir", metavar="DIR", default=argparse.SUPPRESS,
                                help=argparse.SUPPRESS)
        if load is not None and name not in load:
            continue
        try:
            module = importlib.import_module(module_name)
        except ImportError:
            sub_parser.set_defaults(_unavailable=name)
            continue
        module.add_arguments(sub_parser)
    return parser


def resolve_paths(data_dir: str | None) -> DataPaths:
    return DataPaths.portable_in(Path(data_dir)) if data_dir else DataPaths.for_user()


def setup_logging(paths: DataPaths, verbose: bool = False) -> None:
    """A rotating log file in the logs folder (1 MB x 5), plus warnings on stderr."""
    root = logging.getLogger()
    if any(isinstance(h, RotatingLogFile) for h in root.handlers):
        return
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    try:
        paths.logs.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = RotatingLogFile(paths.log_file)
    except OSError as exc:
        print(f"rewire: cannot write log file in {paths.logs}: {exc}", file=sys.stderr)
        handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    err = _StderrHandler()
    err.setLevel(logging.WARNING)
    err.setFormatter(logging.Formatter("rewire: %(levelname)s: %(message)s"))
    root.addHandler(err)


class _StderrHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """Writes to whatever sys.stderr is at the time (it may be replaced after start-up)."""

    @property  # type: ignore[override]
    def stream(self):  # type: ignore[no-untyped-def]
        return sys.stderr

    @stream.setter
    def stream(self, _value: object) -> None:
        pass


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    command = requested_command(argv)
    wants_help = any(a in ("-h", "--help") for a in argv)
    parser = build_parser(None if wants_help else [command] if command else [])
    args = parser.parse_args(argv)
    paths = resolve_paths(args.data_dir)
    from app.core.private import make_private

    make_private((paths.data, paths.config, paths.cache, paths.logs),  # before any write
                 root=paths.data.parent if paths.portable else None)
    if args.command:
        if getattr(args, "_unavailable", None):
            parser.error(f"the '{args.command}' command is not available in this build")
        module = importlib.import_module(SUBCOMMANDS[args.command][0])
        setup_logging(paths)
        return int(module.run(args, paths))
    setup_logging(paths)
    from app.ui.shell.app import run_app

    if args.open_article:
        from app.ui.readings import page as readings

        readings.STARTUP_ARTICLE = args.open_article
    return run_app(paths, kiosk=args.kiosk,
                   first_page="readings" if args.open_article else args.page)
