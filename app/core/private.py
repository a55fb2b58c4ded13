"""Rewire's files are the client's alone: files 0600, folders 0700 (on POSIX).

Moods and notes are health data; on a shared computer the other accounts must not read
them. Two steps, both at the very start of every Rewire process (app, ``rewire log``,
``rewire kiosk``):

1. ``os.umask(0o077)``, so every file created from then on, by Python, by SQLite (the log,
   its -wal and -shm, backups), by Qt or by the log handler (rewire.log and its rotations),
   is born private, without each writer having to remember it.
2. :func:`tighten` walks Rewire's own four folders once and takes group and other bits
   away from what an earlier version created 0644/0755. Only entries owned by this user
   are touched and symlinks are never followed.
"""

from __future__ import annotations

import logging
import os
import stat
from collections.abc import Iterable
from pathlib import Path

log = logging.getLogger(__name__)

UMASK = 0o077
FILE_MODE = 0o600
FOLDER_MODE = 0o700


def make_private(folders: Iterable[Path], root: Path | None = None) -> None:
    """Set the private umask for this process and tighten ``folders`` (created if missing).

    ``root`` (the ``--data-dir`` of a portable install) is made 0700 itself, not walked: it
    is the user's choice of folder and may hold other things."""
    if os.name != "posix":
        return
    os.umask(UMASK)
    if root is not None:
        try:
            Path(root).mkdir(parents=True, exist_ok=True, mode=FOLDER_MODE)
            info = os.lstat(root)
            if info.st_uid == os.getuid() and stat.S_IMODE(info.st_mode) & 0o077:
                os.chmod(root, stat.S_IMODE(info.st_mode) & 0o700)
        except OSError as exc:
            log.warning("cannot make %s private: %s", root, exc)
    for folder in folders:
        try:
            Path(folder).mkdir(parents=True, exist_ok=True, mode=FOLDER_MODE)
        except OSError as exc:
            log.warning("cannot create %s: %s", folder, exc)
            continue
        tighten(Path(folder))


def tighten(folder: Path) -> int:
    """Remove group/other permissions below ``folder`` (itself included); the count fixed."""
    fixed = 0
    uid = os.getuid()
    for root, _dirs, files in os.walk(folder, followlinks=False):
        for name in [None, *files]:  # each folder is visited as a root itself
            path = root if name is None else os.path.join(root, name)
            try:
                info = os.lstat(path)
                if stat.S_ISLNK(info.st_mode) or info.st_uid != uid:
                    continue
                if stat.S_IMODE(info.st_mode) & 0o077:
                    os.chmod(path, FOLDER_MODE if stat.S_ISDIR(info.st_mode) else FILE_MODE)
                    fixed += 1
            except OSError as exc:
                log.info("could not tighten %s: %s", path, exc)
    if fixed:
        log.info("made %d file(s) in %s private", fixed, folder)
    return fixed
