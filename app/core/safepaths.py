"""Paths read from files stay inside the folder they belong to.

A recordings index, a homework plan, a practice's ``voice_track``, a narration manifest or a
clinic profile names files. Such a name is data, and data can be wrong or hostile: ``..``, an
absolute path or a symlink can point at the practice log or anywhere on the disk, and a later
"remove" would delete it. :func:`inside` is the one check: it resolves the name against its
folder (following symlinks) and refuses anything that lands outside.

    try:
        audio = inside(library.folder, entry["file"])
    except UnsafePath as exc:
        notify(Notice(Level.WARNING, "Recording skipped", str(exc), index_path))
"""

from __future__ import annotations

import os
from pathlib import Path, PurePosixPath, PureWindowsPath


class UnsafePath(ValueError):
    """A path from a file that would leave its folder (``name`` as written, ``folder``)."""

    def __init__(self, name: str, folder: Path, why: str) -> None:
        self.name = name
        self.folder = folder
        super().__init__(f"'{name[:120]}' {why}; only files inside {folder} are used")


def inside(folder: Path, name: str | os.PathLike[str]) -> Path:
    """The resolved path of ``name`` inside ``folder``, or :class:`UnsafePath`.

    ``name`` must be relative, without ``..`` parts, a drive or a NUL byte, and after
    following symlinks it must still lie inside ``folder`` (itself resolved). The file need
    not exist.
    """
    text = os.fspath(name)
    folder = Path(folder)
    if not isinstance(text, str) or not text.strip():
        raise UnsafePath(str(text), folder, "is empty")
    if "\x00" in text:
        raise UnsafePath(text.replace("\x00", "\\0"), folder, "holds a NUL byte")
    posix, windows = PurePosixPath(text), PureWindowsPath(text)
    absolute = posix.is_absolute() or windows.is_absolute() or bool(windows.drive)
    if absolute or text.startswith(("/", "\\")):
        raise UnsafePath(text, folder, "is an absolute path")
    if ".." in posix.parts or ".." in windows.parts:
        raise UnsafePath(text, folder, "climbs out of its folder with '..'")
    base = folder.resolve()
    target = (base / text).resolve()
    if target != base and base not in target.parents:
        raise UnsafePath(text, folder, "leads outside its folder (through a link)")
    return target


def is_inside(folder: Path, path: Path) -> bool:
    """True when the existing or future ``path`` resolves inside ``folder``."""
    base = Path(folder).resolve()
    target = Path(path).resolve()
    return target == base or base in target.parents
