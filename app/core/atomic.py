"""Write files so that a crash or a full disk never leaves half a file behind."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write `data` to `path` atomically: temp file in the same folder, fsync, os.replace.

    On any error the original file is untouched and the temp file removed; the error is raised.
    """
    import tempfile

    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp_name, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise
    _fsync_dir(path.parent)


def atomic_write_text(path: Path, text: str) -> None:
    atomic_write_bytes(path, text.encode("utf-8"))


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def keep_aside(path: Path, suffix: str = ".bad", move: bool = False) -> Path | None:
    """Keep the user's damaged file beside itself as ``<name><suffix>`` (copied, or moved
    when ``move``) before anything replaces it. The copy's path, or None when the disk
    refused (logged: the caller goes on, it only loses the spare copy).

    An earlier copy with other content is never overwritten: the new one becomes
    ``<name><suffix>.2`` (.3, ...); the same content again reuses the existing copy."""
    import filecmp
    import logging
    import shutil

    path = Path(path)
    target = path.with_name(path.name + suffix)
    n = 1
    try:
        while target.exists() or target.is_symlink():
            if target.is_file() and filecmp.cmp(path, target, shallow=False):
                if move:
                    os.unlink(path)
                return target
            n += 1
            target = path.with_name(f"{path.name}{suffix}.{n}")
    except OSError:
        pass
    try:
        if move:
            os.replace(path, target)
        else:
            shutil.copyfile(path, target)
    except OSError as exc:
        logging.getLogger(__name__).warning("could not keep a copy of %s: %s", path, exc)
        return None
    return target


def kept_note(kept: Path | None) -> str:
    """" The original is kept as <name>." for a notice, or "" when no copy could be made."""
    return f" The original is kept as {kept.name}." if kept is not None else ""
