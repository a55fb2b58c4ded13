"""Admin exits are logged with their time and nothing else, in the logs folder."""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path

from app.core.paths import DataPaths

log = logging.getLogger(__name__)

ADMIN_LOG = "kiosk-admin-exits.log"


def admin_log_file(paths: DataPaths) -> Path:
    return paths.logs / ADMIN_LOG


def log_admin_exit(paths: DataPaths, when: datetime, what: str = "exit") -> None:
    """Append one line: the UTC time and what staff did ("exit" or "settings")."""
    path = admin_log_file(paths)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("a", encoding="utf-8") as handle:
            handle.write(f"{when.isoformat(timespec='seconds')} {what}\n")
    except OSError as exc:
        log.warning("could not write %s: %s", path, exc)


def read_admin_exits(paths: DataPaths) -> list[str]:
    try:
        return admin_log_file(paths).read_text(encoding="utf-8").splitlines()
    except OSError:
        return []
